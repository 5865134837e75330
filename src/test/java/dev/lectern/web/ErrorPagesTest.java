package dev.lectern.web;

import dev.lectern.WebTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown things get the site's own 404 page; nothing leaks. */
class ErrorPagesTest extends WebTestSupport {

	@Test
	void unknownLessonTrackAndPaths() {
		for (String url : new String[] { "/python-backend/no-such-lesson", "/no-such-track",
				"/no-such-track/introduction-to-django", "/python-backend/introduction-to-django/quiz/9",
				"/python-backend/introduction-to-django/quiz/abc", "/python-backend/introduction-to-django?q=7",
				"/Python-Backend", "/a/b/c/d" }) {
			MvcTestResult result = newReader().get(url);
			assertThat(result).as(url).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void actuatorShowsHealthOnly() {
		assertThat(newReader().get("/actuator/health")).hasStatusOk();
		assertThat(newReader().get("/actuator/env")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(newReader().get("/actuator/beans")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(newReader().get("/h2-console")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void securityHeadersOnPages() {
		MvcTestResult result = newReader().get("/python-backend/introduction-to-django");
		assertThat(result).hasStatusOk()
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'",
				"base-uri 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	static Document parse(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
