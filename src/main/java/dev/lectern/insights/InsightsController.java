package dev.lectern.insights;

import java.util.function.Function;

import dev.lectern.content.ContentNotFoundException;
import dev.lectern.content.Slugs;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The authors' pages (web/SecurityConfiguration lets only authors in): every lesson with its
 * readers, and one lesson in detail; each table also as CSV.
 */
@Controller
class InsightsController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final String LESSON = "/insights/{track:" + Slugs.PATTERN + "}/{lesson:" + Slugs.PATTERN + "}";

	private final Insights insights;

	InsightsController(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/insights")
	String overview(@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("overview", this.insights.overview(pageNumber(page)));
		return "insights/overview";
	}

	@GetMapping("/insights/lessons.csv")
	ResponseEntity<String> overviewCsv(@RequestParam(name = "page", required = false) String page) {
		int number = pageNumber(page);
		return csv((number <= 1) ? "lessons.csv" : "lessons-page-" + number + ".csv",
				this.insights.overview(number).table());
	}

	@GetMapping(LESSON)
	String lesson(@PathVariable String track, @PathVariable String lesson, Model model) {
		model.addAttribute("insights", this.insights.lesson(track, lesson));
		return "insights/lesson";
	}

	@GetMapping(LESSON + "/reach.csv")
	ResponseEntity<String> reach(@PathVariable String track, @PathVariable String lesson) {
		return lessonCsv(track, lesson, "reach", LessonInsights::reachTable);
	}

	@GetMapping(LESSON + "/questions.csv")
	ResponseEntity<String> questions(@PathVariable String track, @PathVariable String lesson) {
		return lessonCsv(track, lesson, "questions", LessonInsights::questionsTable);
	}

	@GetMapping(LESSON + "/options.csv")
	ResponseEntity<String> options(@PathVariable String track, @PathVariable String lesson) {
		return lessonCsv(track, lesson, "options", LessonInsights::optionsTable);
	}

	private ResponseEntity<String> lessonCsv(String track, String lesson, String name,
			Function<LessonInsights, Table> table) {
		return csv(track + "-" + lesson + "-" + name + ".csv", table.apply(this.insights.lesson(track, lesson)));
	}

	private static ResponseEntity<String> csv(String filename, Table table) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(table.csv());
	}

	/** {@code page} counts from 1, like a track's pages; anything else is a 404. */
	private static int pageNumber(String page) {
		if (page == null) {
			return 1;
		}
		if (!page.matches("[0-9]{1,6}")) {
			throw new ContentNotFoundException("Page");
		}
		return Integer.parseInt(page);
	}

}
