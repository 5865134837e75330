package dev.lectern.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security on every page request (not on static files). Tells the
 * layout's header who is signed in, or where its "Sign in" link should come back to, as
 * request attributes, like the CSRF token: the error pages see them too. And keeps a
 * signed-in reader signed in for 30 days after their last visit: the session lives 30 days
 * from its last use in the database, and its cookie's Max-Age is renewed here, because the
 * session store writes the cookie only when the session is made.
 */
@Component
class SignedInRequests extends OncePerRequestFilter {

	/** The username of the signed-in reader (layout.html). */
	static final String SIGNED_IN_AS = "lecternSignedInAs";

	/** The path the header's "Sign in" link continues to (layout.html). */
	static final String SIGN_IN_CONTINUE = "lecternSignInContinue";

	/** Present (true) when the signed-in account is one of the authors: the header links the insights. */
	static final String SIGNED_IN_AS_AUTHOR = "lecternSignedInAsAuthor";

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final CookieSerializer sessionCookie;

	SignedInRequests(CookieSerializer sessionCookie) {
		this.sessionCookie = sessionCookie;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (this.trust.isAuthenticated(authentication)) {
			request.setAttribute(SIGNED_IN_AS, authentication.getName());
			if (authentication.getAuthorities().stream().anyMatch(granted -> Authors.AUTHOR.getAuthority().equals(granted.getAuthority()))) {
				request.setAttribute(SIGNED_IN_AS_AUTHOR, Boolean.TRUE);
			}
			HttpSession session = request.getSession(false);
			if (session != null && "GET".equals(request.getMethod())) {
				this.sessionCookie.writeCookieValue(new CookieValue(request, response, session.getId()));
			}
		}
		else if ("GET".equals(request.getMethod())) {
			request.setAttribute(SIGN_IN_CONTINUE, Continue.here(request));
		}
		chain.doFilter(request, response);
	}

}
