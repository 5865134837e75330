package dev.lectern.content;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.lectern.content.ContentDrafts.LessonDraft;
import dev.lectern.content.ContentDrafts.QuestionDraft;
import dev.lectern.content.LessonParser.ParsedLesson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One lesson file: what it reads, and every rule with its message and line. */
class LessonParserTest {

	private static final String PATH = "lessons/web/status.md";

	/** A valid lesson; the line numbers in the tests below count in this text. */
	static final String VALID = """
			---
			title: HTTP Status Codes
			slug: status-codes
			summary: What the three digits mean.
			updated: 2026-12-01
			docs_url: https://example.org/status
			docs_label: "Docs: status codes"
			---

			## Five Families

			The first digit gives the family.

			## The Common Ones {#common}

			- 200 OK
			- 404 Not Found

			## Quiz

			### Which code says "not found"?

			- [ ] A. 200
			- [ ] B. 201
			- [x] C. 404
			- [ ] D. 500

			Hint: Think of the client's mistakes.

			Explanation: 404 is the client asking for
			something that is not there.

			Teaches: #common

			Feedback A: 200 means success.

			Feedback D: 5xx is the server failing.

			## Frequently Asked Questions

			### Must I know every code?

			No. A handful covers most APIs;
			look up the others.
			""";

	private final List<ContentProblem> problems = new ArrayList<>();

	@Test
	void aValidLessonIsReadWhole() {
		LessonDraft lesson = parse(VALID).lesson();

		assertThat(this.problems).isEmpty();
		assertThat(lesson.slug()).isEqualTo("status-codes");
		assertThat(lesson.title()).isEqualTo("HTTP Status Codes");
		assertThat(lesson.docsLabel()).isEqualTo("Docs: status codes");
		assertThat(lesson.updatedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(lesson.sections()).extracting(s -> s.anchor() + "|" + s.heading())
			.containsExactly("five-families|Five Families", "common|The Common Ones");
		assertThat(lesson.sections().get(1).body()).isEqualTo("- 200 OK\n- 404 Not Found");
		QuestionDraft question = lesson.questions().get(0);
		assertThat(question.prompt()).isEqualTo("Which code says \"not found\"?");
		assertThat(question.options()).containsExactly(entry("A", "200"), entry("B", "201"), entry("C", "404"),
				entry("D", "500"));
		assertThat(question.correctLetter()).isEqualTo("C");
		assertThat(question.explanation()).isEqualTo("404 is the client asking for something that is not there.");
		assertThat(question.teaches()).isEqualTo("common");
		assertThat(question.hint()).isEqualTo("Think of the client's mistakes.");
		assertThat(question.feedback()).containsExactly(entry("A", "200 means success."),
				entry("D", "5xx is the server failing."));
		assertThat(lesson.faqs()).singleElement()
			.satisfies(faq -> assertThat(faq.question() + "|" + faq.answer())
				.isEqualTo("Must I know every code?|No. A handful covers most APIs; look up the others."));
	}

	@Test
	void readingMinutesAreTheWordsOver238RoundedUpUnlessGiven() {
		assertThat(parse(VALID).lesson().readingMinutes()).isEqualTo(1);
		String words = "word ".repeat(239);
		assertThat(parse(VALID.replace("The first digit gives the family.", words)).lesson().readingMinutes())
			.isEqualTo(2);
		assertThat(parse(VALID.replace("updated:", "minutes: 7\nupdated:")).lesson().readingMinutes()).isEqualTo(7);
	}

	@Test
	void aHeadingInsideACodeBlockIsCode() {
		LessonDraft lesson = parse(VALID.replace("The first digit gives the family.",
				"```python\n## not a heading\n```")).lesson();
		assertThat(this.problems).isEmpty();
		assertThat(lesson.sections()).hasSize(2);
		assertThat(lesson.sections().get(0).body()).contains("## not a heading");
	}

	@Test
	void windowsLineEndingsAndAByteOrderMarkAreFine() {
		String text = "\uFEFF" + VALID.replace("\n", "\r\n");
		assertThat(parse(text).lesson()).isNotNull();
		assertThat(this.problems).isEmpty();
	}

	// Front matter

	@Test
	void aMissingTitle() {
		assertProblem(VALID.replace("title: HTTP Status Codes\n", ""), 1, "missing title");
	}

	@Test
	void anEmptyTitle() {
		assertProblem(VALID.replace("title: HTTP Status Codes", "title:"), 2, "title is empty");
	}

	@Test
	void anUnknownKey() {
		assertProblem(VALID.replace("summary:", "autor: me\nsummary:"), 4,
				"unknown key \"autor\" (known keys: docs_label, docs_url, minutes, slug, summary, title, updated)");
	}

	@Test
	void aKeyGivenTwice() {
		assertProblem(VALID.replace("summary:", "title: Again\nsummary:"), 4, "\"title\" is given twice");
	}

	@Test
	void unreadableYaml() {
		assertProblem(VALID.replace("summary: What the three digits mean.", "summary: Codes: what they mean"), 4,
				"unreadable YAML: mapping values are not allowed here");
	}

	@Test
	void unreadableYamlStillListsTheProblemsBelowIt() {
		assertProblems(VALID.replace("summary: What the three digits mean.", "summary: Codes: what they mean")
			.replace("- [x] C. 404", "- [ ] C. 404"), PATH + ":4: unreadable YAML: mapping values are not allowed here",
				PATH + ":21: no correct answer: mark the right option with [x], as in \"- [x] C. text\"");
	}

	@Test
	void aSlugThatIsNotASlug() {
		assertProblem(VALID.replace("slug: status-codes", "slug: Status Codes"), 3,
				"slug \"Status Codes\" may only hold lower-case letters, digits and hyphens, and starts with a letter or digit");
	}

	@Test
	void aDateThatIsNotADate() {
		assertProblem(VALID.replace("2026-12-01", "1 December 2026"), 5,
				"updated must be a date written YYYY-MM-DD, such as 2026-11-02");
	}

	@Test
	void minutesThatAreNotAWholeNumber() {
		assertProblem(VALID.replace("updated:", "minutes: five\nupdated:"), 5,
				"minutes must be a whole number of minutes, 1 or more");
	}

	@Test
	void aDocsLinkThatIsNotAWebAddress() {
		assertProblem(VALID.replace("https://example.org/status", "example.org/status"), 6,
				"docs_url must be a web address starting with https:// or http://");
	}

	@Test
	void aTitleTooLong() {
		assertProblem(VALID.replace("title: HTTP Status Codes", "title: " + "x".repeat(201)), 2,
				"title is 201 characters long; at most 200");
	}

	@Test
	void noFrontMatter() {
		assertProblem(VALID.substring(VALID.indexOf("## Five")), 1,
				"a lesson starts with its front matter: a line \"---\", the YAML fields, a line \"---\"");
	}

	@Test
	void frontMatterNeverClosed() {
		assertProblem(VALID.replaceFirst("---\n\n", ""), 1, "the front matter is never closed: end it with a line \"---\"");
	}

	@Test
	void invalidUtf8() {
		byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
		int at = VALID.indexOf("gives");
		byte[] bytes = valid.clone();
		bytes[at] = (byte) 0xE9; // "é" in Latin-1
		this.problems.clear();
		new LessonParser().parse(PATH, bytes, this.problems);
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly(PATH + ":12: invalid UTF-8 (byte 0xE9): save the file as UTF-8");
	}

	// Sections

	@Test
	void textBeforeTheFirstSection() {
		assertProblem(VALID.replace("---\n\n## Five", "---\n\n# HTTP Status Codes\n\n## Five"), 10,
				"text before the first \"## \" heading: everything in a lesson belongs to a section (the page title comes from the front matter's title)");
	}

	@Test
	void aDuplicateAnchor() {
		assertProblem(VALID.replace("## Quiz", "## Five Families\n\nOnce more.\n\n## Quiz"), 19,
				"duplicate anchor \"five-families\": the section on line 10 has it too; give one of them an id, as in {#other-five-families}");
	}

	@Test
	void anExplicitIdThatIsNotASlug() {
		assertProblem(VALID.replace("## Five Families", "## Five Families {#Five}"), 10,
				"id {#Five} may only hold lower-case letters, digits and hyphens");
	}

	@Test
	void aHeadingWithoutAnAnchor() {
		assertProblem(VALID.replace("## Five Families", "## ???"), 10,
				"heading \"???\" gives no anchor: add an id, as in \"## ??? {#my-id}\"");
	}

	@Test
	void anAnchorThePageUsesItself() {
		assertProblem(VALID.replace("## Five Families", "## Quiz {#quiz}"), 10,
				"anchor \"quiz\" is used by the lesson page itself: give the section another id, as in {#my-quiz}");
	}

	@Test
	void aSectionWithoutText() {
		assertProblem(VALID.replace("The first digit gives the family.", ""), 10, "section \"Five Families\" has no text");
	}

	@Test
	void aSectionAfterTheQuiz() {
		assertProblem(VALID + "\n## Afterwords\n\nMore.\n", 46,
				"section \"Afterwords\" comes after the quiz or the FAQs: sections come first");
	}

	@Test
	void aCodeBlockNeverClosed() {
		// the rest of the file is code then: the quiz and the FAQs are missing too
		assertProblems(VALID.replace("The first digit gives the family.", "```sh\necho hi"),
				PATH + ":12: this code block is never closed: end it with a line ```",
				PATH + ":1: no \"## Quiz\": a lesson needs a quiz of at least one question",
				PATH + ":1: no \"## Frequently Asked Questions\": a lesson needs at least one frequently asked question");
	}

	@Test
	void noSectionAtAll() {
		String text = VALID.substring(0, VALID.indexOf("## Five")) + VALID.substring(VALID.indexOf("## Quiz"));
		assertThat(parse(text).lesson()).isNull();
		assertThat(this.problems).extracting(ContentProblem::toString)
			.contains(PATH + ":1: no section: a lesson needs at least one \"## \" heading with text under it");
	}

	@Test
	void noQuiz() {
		String text = VALID.substring(0, VALID.indexOf("## Quiz")) + VALID.substring(VALID.indexOf("## Frequently"));
		assertProblem(text, 1, "no \"## Quiz\": a lesson needs a quiz of at least one question");
	}

	@Test
	void noFaqs() {
		assertProblem(VALID.substring(0, VALID.indexOf("## Frequently")), 1,
				"no \"## Frequently Asked Questions\": a lesson needs at least one frequently asked question");
	}

	@Test
	void twoQuizzes() {
		String quiz = VALID.substring(VALID.indexOf("## Quiz"), VALID.indexOf("## Frequently"));
		assertProblem(VALID.replace("## Frequently", quiz + "## Frequently"), 39,
				"a second \"## Quiz\" (the first is on line 19)");
	}

	// The quiz

	@Test
	void aQuestionWithoutACorrectAnswer() {
		assertProblem(VALID.replace("- [x] C. 404", "- [ ] C. 404"), 21,
				"no correct answer: mark the right option with [x], as in \"- [x] C. text\"");
	}

	@Test
	void aQuestionWithTwoCorrectAnswers() {
		assertProblem(VALID.replace("- [ ] A. 200", "- [x] A. 200"), 21,
				"more than one correct answer (A, C): mark only one option with [x]");
	}

	@Test
	void aLetterOutsideAToD() {
		assertProblems(VALID.replace("- [ ] D. 500", "- [ ] E. 500"), PATH + ":26: option letter \"E\" is outside A–D",
				PATH + ":21: a question has four options A–D: D missing");
	}

	@Test
	void aMissingOption() {
		assertProblem(VALID.replace("- [ ] B. 201\n", ""), 21, "a question has four options A–D: B missing");
	}

	@Test
	void optionsOutOfOrder() {
		assertProblem(VALID.replace("- [ ] A. 200\n- [ ] B. 201", "- [ ] B. 201\n- [ ] A. 200"), 21,
				"options must come in the order A, B, C, D (found B, A, C, D)");
	}

	@Test
	void anOptionGivenTwice() {
		assertProblems(VALID.replace("- [ ] B. 201", "- [ ] A. 201"), PATH + ":24: option A is given twice",
				PATH + ":21: a question has four options A–D: B missing");
	}

	@Test
	void anOptionWithoutItsLetter() {
		assertProblems(VALID.replace("- [ ] B. 201", "- [ ] 201"),
				PATH + ":24: an option starts with its letter: \"- [ ] A. text\"",
				PATH + ":21: a question has four options A–D: B missing");
	}

	@Test
	void anOptionWithoutACheckBox() {
		assertProblems(VALID.replace("- [ ] B. 201", "- B. 201"),
				PATH + ":24: an option is written \"- [ ] A. text\", the correct one \"- [x] C. text\"",
				PATH + ":21: a question has four options A–D: B missing");
	}

	@Test
	void aTeachesAnchorThatDoesNotExist() {
		assertProblem(VALID.replace("Teaches: #common", "Teaches: #commons"), 33,
				"\"Teaches: #commons\" is not a section of this lesson (its anchors: five-families, common)");
	}

	@Test
	void noTeaches() {
		assertProblem(VALID.replace("Teaches: #common\n", ""), 21,
				"no \"Teaches:\": name the section that teaches the answer, as in \"Teaches: #five-families\"");
	}

	@Test
	void noExplanation() {
		assertProblem(VALID.replace("Explanation: 404 is the client asking for\nsomething that is not there.\n", ""), 21,
				"no \"Explanation:\": say why the right answer is right");
	}

	@Test
	void feedbackForTheCorrectOption() {
		assertProblem(VALID.replace("Feedback A:", "Feedback C:"), 35,
				"feedback for C, the correct answer: feedback is for wrong options (the explanation speaks for the right one)");
	}

	@Test
	void feedbackForALetterOutsideAToD() {
		assertProblem(VALID.replace("Feedback A:", "Feedback F:"), 35, "feedback for option \"F\", outside A–D");
	}

	@Test
	void aLabelGivenTwice() {
		assertProblem(VALID.replace("Teaches: #common", "Teaches: #common\n\nHint: again"), 35,
				"a second \"Hint:\" in this question (the first is on line 28)");
	}

	@Test
	void anUnexpectedLineInAQuestion() {
		assertProblem(VALID.replace("Teaches: #common", "Teaches: #common\n\nRemember this one."), 35,
				"unexpected line in a question: expected an option (\"- [ ] A. text\"), \"Explanation:\", \"Teaches:\", \"Hint:\" or \"Feedback B:\"");
	}

	@Test
	void textBeforeTheFirstQuestion() {
		assertProblem(VALID.replace("## Quiz\n", "## Quiz\n\nAnswer these.\n"), 21,
				"text in the quiz before its first question: each question starts with a \"### \" line holding the question");
	}

	@Test
	void aQuizWithoutQuestions() {
		String text = VALID.substring(0, VALID.indexOf("### Which")) + VALID.substring(VALID.indexOf("## Frequently"));
		assertProblem(text, 19, "the quiz has no question: each starts with a \"### \" line holding the question");
	}

	// FAQs

	@Test
	void anFaqWithoutAnswer() {
		assertProblem(VALID.replace("No. A handful covers most APIs;\nlook up the others.\n", ""), 41,
				"FAQ \"Must I know every code?\" has no answer: write it under the question");
	}

	@Test
	void everyProblemOfAFileIsListed() {
		String text = VALID.replace("title: HTTP Status Codes\n", "")
			.replace("- [x] C. 404", "- [ ] C. 404")
			.replace("Teaches: #common", "Teaches: #nowhere");
		assertThat(parse(text).lesson()).isNull();
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactlyInAnyOrder(PATH + ":1: missing title",
					PATH + ":20: no correct answer: mark the right option with [x], as in \"- [x] C. text\"",
					PATH + ":32: \"Teaches: #nowhere\" is not a section of this lesson (its anchors: five-families, common)");
	}

	private ParsedLesson parse(String text) {
		this.problems.clear();
		return new LessonParser().parse(PATH, text.getBytes(StandardCharsets.UTF_8), this.problems);
	}

	private void assertProblem(String text, int line, String message) {
		ParsedLesson parsed = parse(text);
		assertThat(this.problems).extracting(ContentProblem::toString).containsExactly(PATH + ":" + line + ": " + message);
		assertThat(parsed.lesson()).isNull();
	}

	private void assertProblems(String text, String... expected) {
		ParsedLesson parsed = parse(text);
		assertThat(this.problems).extracting(ContentProblem::toString).containsExactlyInAnyOrder(expected);
		assertThat(parsed.lesson()).isNull();
	}

	private static java.util.Map.Entry<String, String> entry(String key, String value) {
		return java.util.Map.entry(key, value);
	}

}
