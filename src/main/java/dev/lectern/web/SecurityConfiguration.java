package dev.lectern.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Readers need no login: every page but the account's and the authors' is public. What
 * Spring Security gives Lectern is a CSRF token on every POST (the sign-in form's too), the
 * security headers, and optional accounts: form login at {@code /sign-in}, sign-out at
 * {@code POST /sign-out}. Scripts and styles are static files, so the policy allows no
 * inline code at all.
 *
 * <p>How an account is checked and what happens after a sign-in, a failed one or a
 * sign-out is the account feature's (its beans, by Spring Security's types): this layer
 * knows no feature.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain lecternSecurity(HttpSecurity http, AuthenticationSuccessHandler signedIn,
			AuthenticationFailureHandler signInFailed, LogoutHandler signedOut) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/account/deleted")
			.permitAll()
			.requestMatchers("/account", "/account/**")
			.authenticated()
			.requestMatchers("/insights", "/insights/**")
			.hasRole("AUTHOR")
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(signedIn)
				.failureHandler(signInFailed))
			// invalidates the session (whose cookie Spring Session then expires)
			.logout(logout -> logout.logoutUrl("/sign-out")
				.addLogoutHandler(signedOut)
				.logoutSuccessHandler((request, response, authentication) -> seeOther(request, response, "/")))
			// a new session id at sign-in; a session exists only from then on
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInFirst()))
			// the token lives in a cookie, not in a session: a visitor who only reads gets no
			// stored session, and the token still guards every POST (the cookie alone is not
			// enough: the token must come back in the form field or the header as well)
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * The CSRF token's cookie: HttpOnly (the script reads the token from the page's meta tag),
	 * SameSite=Lax, Secure over HTTPS; the header keeps the name pages announce.
	 */
	private static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setHeaderName("X-CSRF-TOKEN");
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
	}

	/**
	 * Spring Security would otherwise wrap each of its filters in a Micrometer observation
	 * (Actuator brings an observation registry), on every request, for traces nobody here
	 * collects. The request as a whole is still observed (http.server.requests).
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * A page that needs an account, asked for by a visitor who is not signed in: the sign-in
	 * page, which comes back here afterwards. The way back travels in a parameter rather
	 * than a saved request, so that no session is made before signing in.
	 */
	private static AuthenticationEntryPoint signInFirst() {
		return (request, response, exception) -> {
			String location = "/sign-in";
			if ("GET".equals(request.getMethod())) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				String here = (request.getQueryString() != null) ? path + "?" + request.getQueryString() : path;
				location += "?continue=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
			}
			seeOther(request, response, location);
		};
	}

	private static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + path);
	}

}
