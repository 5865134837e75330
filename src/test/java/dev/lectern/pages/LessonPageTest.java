package dev.lectern.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Django lesson page shows everything of the source page, word for word. */
class LessonPageTest extends WebTestSupport {

	static final String DJANGO = "/python-backend/introduction-to-django";

	static final List<String> ANCHORS = List.of("what-is-django", "the-batteries-included-philosophy",
			"core-architecture-mvt", "key-features", "why-choose-django");

	@Test
	void everySentenceOfTheFiveSectionsIsThereVerbatim() throws IOException {
		Document page = newReader().page(DJANGO);
		String article = normalize(page.selectFirst("article").text());
		List<String> paragraphs = seedParagraphs();
		assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(7);
		for (String paragraph : paragraphs) {
			assertThat(article).as("seed text").contains(paragraph);
		}
	}

	@Test
	void headingsCarryStableIdsAndTheTocLinksToEach() {
		Document page = newReader().page(DJANGO);
		assertThat(page.select("article h2[id]").eachAttr("id")).containsSubsequence(ANCHORS);
		assertThat(page.select("article h2#core-architecture-mvt").text()).isEqualTo("Core Architecture: MVT");
		assertThat(page.select("article h2#the-batteries-included-philosophy").text())
			.isEqualTo("The 'Batteries-Included' Philosophy");
		List<String> tocLinks = page.select(".toc-panel a.toc-list__link").eachAttr("href");
		assertThat(tocLinks).containsExactlyElementsOf(ANCHORS.stream().map(a -> DJANGO + "/sections/" + a).toList());
	}

	@Test
	void showsTheHeaderBreadcrumbAndAFreshProgressPanel() {
		Document page = newReader().page(DJANGO);
		assertThat(page.select("h1").text()).isEqualTo("Introduction to Django – The Framework for Perfectionists");
		assertThat(page.select("nav.breadcrumb li").eachText()).containsExactly("python-backend",
				"Introduction to Django – The Framework for Perfectionists");
		assertThat(page.select(".last-sync").text()).isEqualTo("Last Sync: Not yet");
		Element panel = page.selectFirst(".toc-panel");
		assertThat(panel.select("h2").text()).isEqualTo("On this page");
		assertThat(panel.select(".toc-panel__count").text()).isEqualTo("5");
		assertThat(panel.select("[data-progress-percent]").text()).isEqualTo("0%");
		assertThat(panel.text()).contains("5 min read", "5 min left",
				"Click any section to jump — progress syncs automatically");
		assertThat(panel.select("progress").attr("value")).isEqualTo("0");
	}

	@Test
	void keyFeaturesIsARealTableAndMvtAList() {
		Document page = newReader().page(DJANGO);
		Element table = page.selectFirst("section[data-section=key-features] table");
		assertThat(table.select("thead th").eachText()).containsExactly("Feature", "Benefit");
		assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
		assertThat(table.select("tbody tr")).hasSize(5);
		assertThat(table.select("tbody tr").get(1).select("td").eachText()).containsExactly("Automatic Admin Interface",
				"A production-ready interface for managing your site's data instantly.");
		assertThat(page.select("section[data-section=core-architecture-mvt] ul li strong").eachText())
			.containsExactly("Model:", "Template:", "View:");
	}

	@Test
	void theQuizShowsTheFirstQuestionAsARadioGroup() {
		Document page = newReader().page(DJANGO);
		Element quiz = page.selectFirst("#quiz");
		assertThat(quiz.select("h2").text()).isEqualTo("Test Your Knowledge");
		assertThat(quiz.select(".quiz__count").text()).isEqualTo("Q1 of 3");
		assertThat(quiz.select("fieldset legend").text()).isEqualTo("What architectural pattern does Django follow?");
		assertThat(quiz.select("fieldset input[type=radio][name=answer]").eachAttr("value"))
			.containsExactly("A", "B", "C", "D");
		assertThat(quiz.select("fieldset label").eachText()).containsExactly("A MVC", "B MVVM", "C MVT", "D VIPER");
		assertThat(quiz.select("form").attr("method")).isEqualTo("post");
		assertThat(quiz.select("form input[name=_csrf]")).hasSize(1);
	}

	@Test
	void theFaqsAreDisclosures() {
		Document page = newReader().page(DJANGO);
		assertThat(page.select("#faq h2").text()).isEqualTo("Frequently Asked Questions");
		assertThat(page.select("#faq details summary").eachText()).containsExactly(
				"Is Django too heavy for small projects?", "Does Django support REST APIs?", "Is Django good for SEO?");
		assertThat(page.select("#faq details p").get(2).text()).isEqualTo(
				"Yes. Django's ability to create clean, human-readable URLs and its built-in sitemap framework make it one of the best frameworks for SEO-friendly applications.");
	}

	@Test
	void previousNextRelatedAndHelpLinkTheTrack() {
		Document page = newReader().page(DJANGO);
		assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/python-backend/flask-rest-api");
		assertThat(page.select("a[rel=prev]").text()).startsWith("Previous");
		assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/python-backend/django-mvc-mvt");
		assertThat(page.select("a[rel=next]").text()).startsWith("Next");
		assertThat(page.select(".related h2").text()).isEqualTo("Related Content");
		assertThat(page.select(".related a").eachAttr("href")).containsExactly("/python-backend/flask-rest-api",
				"/python-backend/django-mvc-mvt");
		assertThat(page.select(".help h2").text()).isEqualTo("Need help?");
		assertThat(page.select(".help a").eachAttr("href")).contains("https://docs.djangoproject.com/en/stable/",
				"#faq");
	}

	@Test
	void theFirstLessonHasNoPreviousAndTheLastNoNext() {
		Document first = newReader().page("/python-backend/flask-rest-api");
		assertThat(first.select("a[rel=prev]")).isEmpty();
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo(DJANGO);
		Document last = newReader().page("/python-backend/django-mvc-mvt");
		assertThat(last.select("a[rel=next]")).isEmpty();
		assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo(DJANGO);
		assertThat(last.select("#quiz fieldset input[type=radio]")).hasSize(4);
	}

	@Test
	void everyPageCarriesTheCsrfMetaTagsAndNoInlineCode() {
		for (String url : List.of("/", "/python-backend", DJANGO, DJANGO + "/contents", DJANGO + "/quiz")) {
			Document page = newReader().page(url);
			assertThat(page.select("meta[name=_csrf]").attr("content")).as(url).isNotBlank();
			assertThat(page.select("meta[name=_csrf_header]").attr("content")).isEqualTo("X-CSRF-TOKEN");
			assertThat(page.select("script:not([src])")).as(url).isEmpty();
			assertThat(page.select("[style]")).as(url).isEmpty();
			assertThat(page.select("style")).as(url).isEmpty();
			assertThat(page.select("html").attr("lang")).isEqualTo("en");
			assertThat(page.select("h1")).as(url).hasSize(1);
		}
	}

	@Test
	void homeAndTrackPagesListTheLessonsInOrder() {
		Document home = newReader().page("/");
		assertThat(home.select(".track h2").text()).isEqualTo("Python Backend");
		assertThat(home.select(".lesson-card__title a").eachAttr("href")).containsExactly(
				"/python-backend/flask-rest-api", DJANGO, "/python-backend/django-mvc-mvt");
		Document track = newReader().page("/python-backend");
		assertThat(track.select("h1").text()).isEqualTo("Python Backend");
		assertThat(track.select(".lesson-card__title").eachText()).containsExactly("Building REST APIs with Flask",
				"Introduction to Django – The Framework for Perfectionists", "Django's MVT Pattern Compared with MVC");
		assertThat(track.select(".lesson-card").get(1).select(".lesson-card__sections li")).hasSize(5);
	}

	/** The section text of the source page: paragraphs and list items, table rows aside. */
	static List<String> seedParagraphs() throws IOException {
		List<String> lines;
		try (InputStream in = LessonPageTest.class.getResourceAsStream("/seed/introduction-to-django.txt")) {
			lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		int start = lines.indexOf("What is Django?");
		int end = lines.indexOf("Test Your Knowledge");
		int tableStart = lines.indexOf("Key Features");
		int tableEnd = lines.indexOf("Why Choose Django?");
		List<String> paragraphs = new ArrayList<>();
		for (int i = start; i < end; i++) {
			if (i > tableStart && i < tableEnd) {
				continue;
			}
			String line = normalize(lines.get(i).replace("•", ""));
			if (!line.isEmpty()) {
				paragraphs.add(line);
			}
		}
		return paragraphs;
	}

	static String normalize(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

}
