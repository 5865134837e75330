package dev.lectern.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lectern's forms are a few hundred bytes; a body declared larger than the limit is refused
 * with 413 before anything parses it. (Bodies sent without a length are capped by Tomcat's
 * form size limit.)
 */
class BodySizeFilter extends OncePerRequestFilter {

	static final int ORDER = Integer.MIN_VALUE + 10;

	private final long limit;

	BodySizeFilter(long limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
