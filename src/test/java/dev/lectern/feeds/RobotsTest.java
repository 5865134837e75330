package dev.lectern.feeds;

import dev.lectern.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsTest extends WebTestSupport {

	@Test
	void pointsAtTheSitemapAndKeepsCrawlersOffTheJumpLinksAndTheSignedInPages() throws Exception {
		MvcTestResult result = newReader().get("/robots.txt");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=3600, public");
		assertThat(result.getResponse().getContentAsString().lines()).containsExactly("User-agent: *",
				"Disallow: /*/*/sections/", "Disallow: /actuator/", "Disallow: /sign-in", "Disallow: /sign-up",
				"Disallow: /account", "Disallow: /insights", "", "Sitemap: http://localhost/sitemap.xml");
	}

}
