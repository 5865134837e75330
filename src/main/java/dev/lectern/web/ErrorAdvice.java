package dev.lectern.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input that a feature rejects with a reason of its own (an unknown section, too many
 * values): the reader sees that reason, on the site's error page or as problem JSON. The
 * reasons are written by Lectern, never an exception's internals.
 */
@ControllerAdvice
class ErrorAdvice {

	@ExceptionHandler(value = ResponseStatusException.class, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemDetail> json(ResponseStatusException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatusCode(), ex.getReason());
		problem.setTitle(reasonPhrase(ex.getStatusCode()));
		problem.setProperty("path", request.getRequestURI());
		return ResponseEntity.status(ex.getStatusCode())
			.headers(ex.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView page(ResponseStatusException ex, HttpServletRequest request, HttpServletResponse response) {
		HttpStatusCode status = ex.getStatusCode();
		ex.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		String view = status.is4xxClientError() ? "error/4xx" : "error/5xx";
		return new ModelAndView(view, Map.of("status", status.value(), "error", reasonPhrase(status), "message",
				(ex.getReason() != null) ? ex.getReason() : "", "path", request.getRequestURI()), status);
	}

	private static String reasonPhrase(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

}
