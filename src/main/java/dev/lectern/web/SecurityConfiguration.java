package dev.lectern.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Readers need no login: every page is public. What Spring Security gives Lectern is a
 * CSRF token on every POST and the security headers. Scripts and styles are static files,
 * so the policy allows no inline code at all.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain lecternSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/insights/**").hasRole("AUTHOR")
			.anyRequest()
			.permitAll())
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

	/** No accounts: keeps Boot from generating a default user and logging its password. */
	@Bean
	UserDetailsService noAccounts() {
		return new InMemoryUserDetailsManager();
	}

}
