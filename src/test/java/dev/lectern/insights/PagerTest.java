package dev.lectern.insights;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pager shared by the track page and the insights overview (templates/pager.html), as
 * a reader sees it on a list of 45 lessons: no test track is long enough to need one. The
 * application runs under /learn here, as behind a proxy with a path.
 */
class PagerTest {

	private final SpringTemplateEngine engine = engine();

	@Test
	void aMiddlePageLinksBothWaysAndSaysWhereTheReaderIs() {
		Document pager = render(new LessonsOverview(List.of(), 2, 3, 45, 21));

		assertThat(pager.select("nav.pager").attr("aria-label")).isEqualTo("Pages of lessons");
		assertThat(pager.select("a[rel=prev]").attr("href")).isEqualTo("/learn/insights");
		assertThat(pager.select("a[rel=prev]").text()).isEqualTo("Previous page");
		assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo("/learn/insights?page=3");
		assertThat(pager.select(".pager__title").text()).isEqualTo("Page 2 of 3 · 45 lessons");
	}

	@Test
	void theFirstAndLastPagesLinkOneWayAndOnePageShowsNoPager() {
		assertThat(render(new LessonsOverview(List.of(), 1, 3, 45, 1)).select("a").eachAttr("rel"))
			.containsExactly("next");
		assertThat(render(new LessonsOverview(List.of(), 3, 3, 45, 41)).select("a").eachAttr("rel"))
			.containsExactly("prev");
		assertThat(render(new LessonsOverview(List.of(), 1, 1, 3, 1)).select("nav")).isEmpty();
	}

	private Document render(Object paging) {
		MockServletContext servletContext = new MockServletContext();
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/learn/insights");
		request.setContextPath("/learn");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(request, new MockHttpServletResponse()), Locale.ENGLISH, Map.of("paging", paging));
		return Jsoup.parse(this.engine.process("pager-test", context));
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		return engine;
	}

}
