package dev.lectern.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressControllerTest extends WebTestSupport {

	static final String DJANGO = "/python-backend/introduction-to-django";

	@Test
	void aJumpRecordsTheSectionAndRedirectsToItsAnchor() {
		Reader reader = newReader();
		reader.page(DJANGO);
		MvcTestResult jump = reader.get(DJANGO + "/sections/key-features");
		assertThat(jump).hasStatus(HttpStatus.SEE_OTHER).hasHeader("Location", DJANGO + "#key-features");

		Document page = reader.page(DJANGO);
		assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor")).containsExactly("key-features");
		assertThat(page.select(".toc-list__item.is-read .toc-list__state").text()).isEqualTo("(read)");
		assertThat(page.select(".last-sync").text()).isEqualTo("Last Sync: just now");
		int percent = Integer.parseInt(page.select("[data-progress-percent]").text().replace("%", ""));
		assertThat(percent).isBetween(1, 99);
	}

	@Test
	void theFirstJumpOfABrowserThatLoadedALessonPageCounts() {
		Reader reader = newReader();
		reader.page("/python-backend");
		assertThat(reader.cookie(Reader.READER_COOKIE)).isNull();
		assertThat(reader.get(DJANGO + "/sections/what-is-django")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.cookie(Reader.READER_COOKIE)).isNotNull();
		assertThat(reader.page(DJANGO).select(".toc-list__item.is-read").eachAttr("data-anchor"))
			.containsExactly("what-is-django");
	}

	@Test
	void aJumpWithoutALecternCookieOnlyLeadsToTheSection() {
		// a crawler or a link preview: it finds the section, and nothing is stored for it
		Reader crawler = newReader();
		MvcTestResult jump = crawler.get(DJANGO + "/sections/key-features");
		assertThat(jump).hasStatus(HttpStatus.SEE_OTHER).hasHeader("Location", DJANGO + "#key-features");
		assertThat(jump.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(crawler.page(DJANGO).select(".toc-list__item.is-read")).isEmpty();
		assertThat(crawler.get(DJANGO + "/sections/no-such-section")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aSaveAnswersTheNewProgressAsJson() {
		Reader reader = newReader();
		reader.page(DJANGO);
		MvcTestResult result = reader.postJson(DJANGO + "/progress", "section", "what-is-django", "section",
				"core-architecture-mvt");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.sectionsRead").asArray()
			.containsExactly("what-is-django", "core-architecture-mvt");
		assertThat(result).bodyJson().extractingPath("$.lastSync").isEqualTo("just now");
		assertThat(result).bodyJson().extractingPath("$.percent").asNumber().satisfies(p -> assertThat(p.intValue()).isBetween(1, 99));
		assertThat(result).bodyJson().extractingPath("$.minutesLeft").asNumber().satisfies(m -> assertThat(m.intValue()).isBetween(1, 5));
		assertThat(result).bodyJson().extractingPath("$.lastSyncAt").isNotNull();
	}

	@Test
	void allFiveSectionsReadIsAHundredPercentAndNothingLeft() {
		Reader reader = newReader();
		reader.page(DJANGO);
		MvcTestResult result = reader.postJson(DJANGO + "/progress", "section", "what-is-django", "section",
				"the-batteries-included-philosophy", "section", "core-architecture-mvt", "section", "key-features",
				"section", "why-choose-django");
		assertThat(result).bodyJson().extractingPath("$.percent").isEqualTo(100);
		assertThat(result).bodyJson().extractingPath("$.minutesLeft").isEqualTo(0);
		Document page = reader.page(DJANGO);
		assertThat(page.select("[data-progress-percent]").text()).isEqualTo("100%");
		assertThat(page.select("[data-progress-left]").text()).isEqualTo("0 min left");
		assertThat(page.select(".toc-list__item.is-read")).hasSize(5);
	}

	@Test
	void readersDoNotSeeEachOthersProgress() {
		Reader first = newReader();
		first.page(DJANGO);
		first.postJson(DJANGO + "/progress", "section", "what-is-django");
		Reader second = newReader();
		Document page = second.page(DJANGO);
		assertThat(page.select("[data-progress-percent]").text()).isEqualTo("0%");
		assertThat(page.select(".toc-list__item.is-read")).isEmpty();
		assertThat(page.select(".last-sync").text()).isEqualTo("Last Sync: Not yet");
	}

	@Test
	void progressIsKeptPerLesson() {
		Reader reader = newReader();
		reader.page(DJANGO);
		reader.postJson(DJANGO + "/progress", "section", "what-is-django");
		assertThat(reader.page("/python-backend/flask-rest-api").select("[data-progress-percent]").text())
			.isEqualTo("0%");
	}

	@Test
	void resetForgetsThisLessonOnly() {
		Reader reader = newReader();
		reader.page(DJANGO);
		reader.postJson(DJANGO + "/progress", "section", "what-is-django");
		reader.get("/python-backend/flask-rest-api/sections/from-flask-to-django");
		assertThat(reader.post(DJANGO + "/progress/reset")).hasStatus(HttpStatus.SEE_OTHER)
			.hasHeader("Location", DJANGO);
		Document page = reader.page(DJANGO);
		assertThat(page.select("[data-progress-percent]").text()).isEqualTo("0%");
		assertThat(page.select(".last-sync").text()).isEqualTo("Last Sync: Not yet");
		assertThat(reader.page("/python-backend/flask-rest-api").select(".toc-list__item.is-read")).hasSize(1);
	}

	@Test
	void unknownSectionsAreRejectedAndNothingIsStored() {
		Reader reader = newReader();
		reader.page(DJANGO);
		MvcTestResult json = reader.postJson(DJANGO + "/progress", "section", "what-is-django", "section", "nope");
		assertThat(json).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(json).bodyJson().extractingPath("$.detail").asString().contains("nope");

		MvcTestResult page = reader.get(DJANGO + "/sections/nope");
		assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(page).bodyText().contains("Unknown section", "nope");

		assertThat(reader.page(DJANGO).select(".toc-list__item.is-read")).isEmpty();
	}

	@Test
	void floodsAndOversizedNamesAreRejected() {
		Reader reader = newReader();
		reader.page(DJANGO);
		List<String> params = new ArrayList<>();
		for (String anchor : Collections.nCopies(ProgressService.MAX_SECTIONS_PER_SAVE + 1, "what-is-django")) {
			params.add("section");
			params.add(anchor);
		}
		assertThat(reader.postJson(DJANGO + "/progress", params.toArray(String[]::new)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(reader.postJson(DJANGO + "/progress", "section", "x".repeat(10_000)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(reader.postJson(DJANGO + "/progress")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(reader.page(DJANGO).select(".toc-list__item.is-read")).isEmpty();
	}

	@Test
	void withoutACsrfTokenNothingIsSaved() {
		Reader reader = newReader();
		reader.page(DJANGO);
		assertThat(reader.postWithoutCsrf(DJANGO + "/progress", "section", "what-is-django"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(reader.postWithoutCsrf(DJANGO + "/progress/reset")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(reader.page(DJANGO).select(".toc-list__item.is-read")).isEmpty();
	}

	@Test
	void unknownLessonsAreNotFound() {
		Reader reader = newReader();
		assertThat(reader.postJson("/python-backend/nope/progress", "section", "a")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.get("/python-backend/nope/sections/a")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theContentsPageShowsMarksPercentAndMinutes() {
		Reader reader = newReader();
		reader.page(DJANGO);
		reader.get(DJANGO + "/sections/what-is-django");
		Document contents = reader.page(DJANGO + "/contents");
		assertThat(contents.select("h1").text()).startsWith("Contents");
		assertThat(contents.select(".toc-list__item")).hasSize(5);
		assertThat(contents.select(".toc-list__item.is-read").eachAttr("data-anchor")).containsExactly("what-is-django");
		assertThat(contents.select("[data-progress-left]").text()).endsWith("min left");
		assertThat(contents.select(".contents-links a.button").attr("href"))
			.isEqualTo(DJANGO + "/sections/the-batteries-included-philosophy");
	}

	@Test
	void theTrackPageShowsPercentAndContinuesAtTheFirstUnreadSection() {
		Reader reader = newReader();
		reader.page(DJANGO);
		reader.get(DJANGO + "/sections/what-is-django");
		Document track = reader.page("/python-backend");
		var django = track.select(".lesson-card").get(1);
		assertThat(django.select(".lesson-card__meta").text()).matches("[1-9][0-9]?% read .*");
		assertThat(django.select(".lesson-card__actions a").text()).isEqualTo("Continue");
		assertThat(django.select(".lesson-card__actions a").attr("href"))
			.isEqualTo(DJANGO + "/sections/the-batteries-included-philosophy");
		var flask = track.select(".lesson-card").get(0);
		assertThat(flask.select(".lesson-card__meta").text()).startsWith("0% read");
		assertThat(flask.select(".lesson-card__actions a").text()).isEqualTo("Start");
	}

}
