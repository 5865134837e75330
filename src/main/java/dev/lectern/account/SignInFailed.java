package dev.lectern.account;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A failed sign-in is answered in the same response, from inside Spring Security's filter:
 * 401 with the form again, or 429 with {@code Retry-After} and the page that says how long
 * to wait. Not a redirect, which would lose the status and put the typed username in a URL
 * or in a session; not a forward, which would run the form login's filter again.
 */
@Component
class SignInFailed implements AuthenticationFailureHandler {

	private final ViewResolver views;

	SignInFailed(@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException, ServletException {
		ModelAndView answer = SignInController.failed(failure, request.getParameter("username"),
				request.getParameter(Continue.PARAMETER));
		if (failure instanceof SignInThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
		}
		response.setStatus(answer.getStatus().value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			View view = this.views.resolveViewName(answer.getViewName(), Locale.ENGLISH);
			view.render(answer.getModel(), request, response);
		}
		catch (IOException | ServletException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException("The sign-in page could not be rendered", ex);
		}
	}

}
