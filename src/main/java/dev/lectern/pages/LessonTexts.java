package dev.lectern.pages;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import dev.lectern.content.LessonContent;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The parts of a lesson page that are the same for every reader (its sections, the FAQs,
 * the pager, related lessons, help), rendered once per lesson by Thymeleaf from
 * {@code pages/lesson-text.html} and then printed as they are.
 *
 * <p>Why: rendering was most of a lesson view's cost, and most of the page is content,
 * which only changes with a deployment. The reader's parts (progress, quiz, the CSRF token)
 * are still rendered on every view.
 *
 * <p>The text is rendered during the first view of a lesson, but it is shared with every
 * later reader, so it must not depend on anything that request said. Its links are
 * context-relative ({@code @{/...}}) and are built against the application's own context
 * path ({@code server.servlet.context-path}), never the request's: whatever a filter or a
 * forwarded header might make of the first request, later readers get the same links.
 */
@Component
class LessonTexts {

	static final String CACHE = "lessonTexts";

	private static final String TEMPLATE = "pages/lesson-text";

	private final ITemplateEngine templates;

	private final Cache cache;

	LessonTexts(ITemplateEngine templates, CacheManager caches) {
		this.templates = templates;
		this.cache = caches.getCache(CACHE);
	}

	LessonText of(LessonContent lesson, HttpServletRequest request, HttpServletResponse response) {
		return this.cache.get(lesson.path(), () -> render(lesson, request, response));
	}

	private LessonText render(LessonContent lesson, HttpServletRequest request, HttpServletResponse response) {
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(new ApplicationContextPath(request), response),
				Locale.ENGLISH, Map.of("lesson", lesson));
		return new LessonText(this.templates.process(TEMPLATE, Set.of("sections"), context),
				this.templates.process(TEMPLATE, Set.of("after-quiz"), context));
	}

	/** The request as far as link building goes, with the servlet context's own path. */
	private static final class ApplicationContextPath extends HttpServletRequestWrapper {

		ApplicationContextPath(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getContextPath() {
			return getServletContext().getContextPath();
		}

	}

	/** HTML, escaped by Thymeleaf, to be printed unescaped. */
	record LessonText(String sections, String afterQuiz) {
	}

}
