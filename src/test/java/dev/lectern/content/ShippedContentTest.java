package dev.lectern.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lectern.content.ContentDrafts.LessonDraft;
import dev.lectern.content.ContentDrafts.QuestionDraft;
import dev.lectern.content.ContentDrafts.SectionDraft;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lessons shipped in the jar ({@code src/main/resources/content/}), read as start-up
 * reads them: valid, held to the product's rules, and the Django lesson word for word as
 * the source page (src/test/resources/seed, a copy of ../shared/seed).
 */
class ShippedContentTest {

	private static ContentDrafts shipped;

	@BeforeAll
	static void readTheShippedLessons() {
		ContentReader.Result result = new ContentReader().read(ContentSource.of(""));
		assertThat(result.problems()).isEmpty();
		shipped = result.content();
	}

	@Test
	void thePythonBackendTrackStartsWithItsFirstThreeLessons() {
		assertThat(shipped.tracks()).extracting(ContentDrafts.TrackDraft::slug).contains("python-backend");
		assertThat(track().title()).isEqualTo("Python Backend");
		assertThat(track().lessons()).extracting(LessonDraft::slug)
			.startsWith("flask-rest-api", "introduction-to-django", "django-mvc-mvt");
	}

	@Test
	void everyShippedLessonMeetsTheContentRules() {
		MarkdownRenderer markdown = new MarkdownRenderer();
		for (ContentDrafts.TrackDraft track : shipped.tracks()) {
			for (LessonDraft lesson : track.lessons()) {
				String name = track.slug() + "/" + lesson.slug();
				assertThat(lesson.sections()).as(name).hasSizeGreaterThanOrEqualTo(4);
				assertThat(lesson.questions()).as(name).hasSize(3).allSatisfy(question -> {
					assertThat(question.hint()).as(name + " hint").isNotBlank();
					// every wrong option says why it is wrong
					assertThat(question.feedback().keySet()).as(name + " feedback")
						.containsExactlyElementsOf(List.of("A", "B", "C", "D")
							.stream()
							.filter(letter -> !letter.equals(question.correctLetter()))
							.toList());
				});
				assertThat(lesson.faqs()).as(name).hasSizeGreaterThanOrEqualTo(2);
				assertThat(lesson.summary().length()).as(name + " summary").isBetween(50, 160);
				if (!lesson.slug().equals("introduction-to-django")) {
					assertThat(lesson.sections().stream().mapToInt(SectionDraft::words).sum()).as(name)
						.isGreaterThanOrEqualTo(350);
					assertThat(lesson.sections()).as(name)
						.anySatisfy(s -> assertThat(markdown.render(s.body()).html()).containsAnyOf("<ul>", "<ol>",
								"<table>"));
				}
			}
		}
	}

	@Test
	void theDjangoLessonIsTheSourcePageWordForWord() throws IOException {
		LessonDraft django = lesson("introduction-to-django");
		List<String> seed = seedLines();
		assertThat(django.title()).isEqualTo(seed.get(3)).isEqualTo("Introduction to Django – The Framework for Perfectionists");
		assertThat(django.readingMinutes()).isEqualTo(5);
		List<String> headings = django.sections().stream().map(SectionDraft::heading).toList();
		assertThat(headings).containsExactly("What is Django?", "The 'Batteries-Included' Philosophy",
				"Core Architecture: MVT", "Key Features", "Why Choose Django?");
		assertThat(django.sections()).extracting(SectionDraft::anchor)
			.containsExactly("what-is-django", "the-batteries-included-philosophy", "core-architecture-mvt",
					"key-features", "why-choose-django");

		// every line of the sections' text, as the page shows it
		MarkdownRenderer markdown = new MarkdownRenderer();
		List<String> page = new ArrayList<>();
		for (SectionDraft section : django.sections()) {
			page.add(section.heading());
			Document html = Jsoup.parse(markdown.render(section.body()).html());
			for (Element block : html.select("p, li")) {
				page.add(block.text());
			}
			for (Element row : html.select("tr")) {
				page.add(String.join("", row.select("th, td").eachText()));
			}
		}
		List<String> seedSections = nonBlank(seed, "What is Django?", "Test Your Knowledge");
		assertThat(page).containsExactlyElementsOf(seedSections);
	}

	@Test
	void theDjangoQuizAndFaqsAreTheSourcePageWordForWord() throws IOException {
		LessonDraft django = lesson("introduction-to-django");
		List<String> quiz = nonBlank(seedLines(), "Test Your Knowledge", "Frequently Asked Questions");
		assertThat(quiz).hasSize(1 + 3 * 11);
		for (int i = 0; i < 3; i++) {
			List<String> block = quiz.subList(1 + i * 11, 1 + (i + 1) * 11);
			QuestionDraft question = django.questions().get(i);
			assertThat(block.subList(0, 2)).containsExactly("Q" + (i + 1), "of 3");
			assertThat(question.prompt()).isEqualTo(block.get(2));
			assertThat(question.options()).containsExactly(Map.entry(block.get(3), block.get(4)),
					Map.entry(block.get(5), block.get(6)), Map.entry(block.get(7), block.get(8)),
					Map.entry(block.get(9), block.get(10)));
		}
		// the seed's README gives the answers
		assertThat(django.questions()).extracting(QuestionDraft::correctLetter).containsExactly("C", "B", "D");

		List<String> faqs = nonBlank(seedLines(), "Frequently Asked Questions", "Previous");
		List<String> shippedFaqs = new ArrayList<>(List.of("Frequently Asked Questions"));
		django.faqs().forEach(faq -> shippedFaqs.addAll(List.of(faq.question(), faq.answer())));
		assertThat(shippedFaqs).containsExactlyElementsOf(faqs);
	}

	private static ContentDrafts.TrackDraft track() {
		return shipped.tracks().stream().filter(t -> t.slug().equals("python-backend")).findFirst().orElseThrow();
	}

	private static LessonDraft lesson(String slug) {
		return track().lessons().stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static List<String> seedLines() throws IOException {
		try (InputStream in = ShippedContentTest.class.getResourceAsStream("/seed/introduction-to-django.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	/** The non-blank lines from the first {@code from} (included) to the next {@code to}, trimmed. */
	private static List<String> nonBlank(List<String> lines, String from, String to) {
		int start = lines.lastIndexOf(from);
		int end = start + lines.subList(start, lines.size()).indexOf(to);
		return lines.subList(start, end)
			.stream()
			.map(line -> line.replace("•", "").strip())
			.filter(line -> !line.isEmpty())
			.toList();
	}

}
