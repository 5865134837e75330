package dev.lectern.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lectern.content.ContentDrafts.FaqDraft;
import dev.lectern.content.ContentDrafts.LessonDraft;
import dev.lectern.content.ContentDrafts.QuestionDraft;
import dev.lectern.content.ContentDrafts.SectionDraft;

/**
 * Reads one lesson file (docs/writing-lessons.md describes the format): YAML front matter,
 * then "## " sections, then the "## Quiz" and "## Frequently Asked Questions" parts. Every
 * problem found is added with its line; the lesson is only returned when there is none.
 */
final class LessonParser {

	static final String QUIZ = "Quiz";

	static final String FAQ = "Frequently Asked Questions";

	static final int WORDS_PER_MINUTE = 238;

	static final Set<String> KEYS = Set.of("title", "slug", "summary", "minutes", "updated", "docs_url",
			"docs_label");

	static final List<String> LETTERS = List.of("A", "B", "C", "D");

	/** Ids the lesson page gives its own elements: a section anchor must not take one. */
	static final Set<String> RESERVED_ANCHORS = Set.of("main", "quiz", "quiz-title", "quiz-error", "feedback", "faq",
			"faq-title", "related-title", "help-title", "toc-title");

	private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);

	private static final Pattern EXPLICIT_ID = Pattern.compile("^(.*?)\\s*\\{#([^}]*)\\}\\s*$");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

	private static final Pattern OPTION = Pattern.compile("^[-*+] \\[([ xX])\\](.*)$");

	private static final Pattern OPTION_TEXT = Pattern.compile("^\\s*(\\S)[.)]\\s+(.*\\S)\\s*$");

	private static final Pattern LABEL = Pattern
		.compile("^(?i)(Explanation|Teaches|Hint|Feedback)(?:\\s+([^:\\s]))?\\s*:\\s*(.*)$");

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	/**
	 * @return the slug (with its line) whenever the front matter gives one, so that the track
	 * can be checked against it, and the lesson when the file has no problem
	 */
	ParsedLesson parse(String path, byte[] bytes, List<ContentProblem> problems) {
		int before = problems.size();
		String text = decode(path, bytes, problems);
		if (text == null) {
			return new ParsedLesson(null, 0, null);
		}
		String[] lines = text.split("\n", -1);
		if (!lines[0].strip().equals("---")) {
			problems.add(new ContentProblem(path, 1,
					"a lesson starts with its front matter: a line \"---\", the YAML fields, a line \"---\""));
			return new ParsedLesson(null, 0, null);
		}
		int end = 1;
		while (end < lines.length && !lines[end].strip().equals("---")) {
			end++;
		}
		if (end == lines.length) {
			problems.add(new ContentProblem(path, 1, "the front matter is never closed: end it with a line \"---\""));
			return new ParsedLesson(null, 0, null);
		}
		YamlFields front = YamlFields.parse(path, String.join("\n", List.of(lines).subList(1, end)), 2, 1, KEYS,
				problems);
		if (front == null) {
			// the rest of the file is still checked, so that one run lists every problem
			Body body = new Body(path, problems);
			body.read(lines, end + 1);
			body.questions(body.sections());
			body.faqs();
			return new ParsedLesson(null, 0, null);
		}
		String slug = front.text("slug", true, 120);
		if (slug != null && !SLUG.matcher(slug).matches()) {
			front.problem(front.lineOf("slug"), "slug \"" + slug
					+ "\" may only hold lower-case letters, digits and hyphens, and starts with a letter or digit");
			slug = null;
		}
		String title = front.text("title", true, 200);
		String summary = front.text("summary", true, 300);
		Integer minutes = minutes(front);
		LocalDate updated = date(front);
		String docsUrl = front.text("docs_url", true, 300);
		if (docsUrl != null && !docsUrl.matches("https?://\\S+")) {
			front.problem(front.lineOf("docs_url"), "docs_url must be a web address starting with https:// or http://");
		}
		String docsLabel = front.text("docs_label", true, 200);

		Body body = new Body(path, problems);
		body.read(lines, end + 1);
		List<SectionDraft> sections = body.sections();
		List<QuestionDraft> questions = body.questions(sections);
		List<FaqDraft> faqs = body.faqs();

		if (problems.size() > before) {
			return new ParsedLesson(slug, front.lineOf("slug"), null);
		}
		int words = sections.stream().mapToInt(SectionDraft::words).sum();
		int readingMinutes = (minutes != null) ? minutes : Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
		return new ParsedLesson(slug, front.lineOf("slug"), new LessonDraft(slug, title, summary, readingMinutes,
				docsUrl, docsLabel, updated, sections, questions, faqs));
	}

	/** The file as text, or null with a problem on the line of the first byte that is not UTF-8. */
	static String decode(String path, byte[] bytes, List<ContentProblem> problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int position = in.position();
			int line = 1;
			for (int i = 0; i < position; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			problems.add(new ContentProblem(path, line, String.format(
					"invalid UTF-8 (byte 0x%02X): save the file as UTF-8", bytes[position] & 0xFF)));
			return null;
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static Integer minutes(YamlFields front) {
		String text = front.text("minutes", false, 4);
		if (text == null) {
			return null;
		}
		if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 1) {
			front.problem(front.lineOf("minutes"), "minutes must be a whole number of minutes, 1 or more");
			return null;
		}
		return Integer.valueOf(text);
	}

	private static LocalDate date(YamlFields front) {
		String text = front.text("updated", true, 40);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			front.problem(front.lineOf("updated"), "updated must be a date written YYYY-MM-DD, such as 2026-11-02");
			return null;
		}
	}

	record ParsedLesson(String slug, int slugLine, LessonDraft lesson) {
	}

	private record Line(int number, String text) {

		boolean blank() {
			return this.text.isBlank();
		}

	}

	private enum Kind {

		SECTION, QUIZ, FAQ

	}

	/** A "## " heading and the lines under it. */
	private static final class Part {

		final Kind kind;

		final String heading;

		final String id;

		final int line;

		final List<Line> lines = new ArrayList<>();

		Part(Kind kind, String heading, String id, int line) {
			this.kind = kind;
			this.heading = heading;
			this.id = id;
			this.line = line;
		}

	}

	/** The Markdown after the front matter, cut into its parts. */
	private final class Body {

		private final String path;

		private final List<ContentProblem> problems;

		private final List<Part> sections = new ArrayList<>();

		private Part quiz;

		private Part faq;

		Body(String path, List<ContentProblem> problems) {
			this.path = path;
			this.problems = problems;
		}

		void read(String[] lines, int first) {
			Part current = null;
			boolean strayText = false;
			String fence = null;
			int fenceLine = 0;
			for (int i = first; i < lines.length; i++) {
				int number = i + 1;
				String text = lines[i];
				if (fence == null && (text.startsWith("## ") || text.strip().equals("##"))) {
					current = part(text.strip().substring(2).strip(), number);
					continue;
				}
				if (fence == null) {
					Matcher opening = FENCE.matcher(text);
					if (opening.lookingAt()) {
						fence = opening.group(1);
						fenceLine = number;
					}
				}
				else if (closes(text, fence)) {
					fence = null;
				}
				if (current == null) {
					if (!text.isBlank() && !strayText) {
						problem(number, "text before the first \"## \" heading: everything in a lesson belongs to a"
								+ " section (the page title comes from the front matter's title)");
						strayText = true;
					}
					continue;
				}
				current.lines.add(new Line(number, text));
			}
			if (fence != null) {
				problem(fenceLine, "this code block is never closed: end it with a line " + fence);
			}
			if (this.sections.isEmpty()) {
				problem(1, "no section: a lesson needs at least one \"## \" heading with text under it");
			}
			if (this.quiz == null) {
				problem(1, "no \"## " + QUIZ + "\": a lesson needs a quiz of at least one question");
			}
			if (this.faq == null) {
				problem(1, "no \"## " + FAQ + "\": a lesson needs at least one frequently asked question");
			}
		}

		private Part part(String heading, int number) {
			if (heading.equals(QUIZ) || heading.equals(FAQ)) {
				boolean quiz = heading.equals(QUIZ);
				Part existing = quiz ? this.quiz : this.faq;
				Part part = new Part(quiz ? Kind.QUIZ : Kind.FAQ, heading, null, number);
				if (existing != null) {
					problem(number, "a second \"## " + heading + "\" (the first is on line " + existing.line + ")");
				}
				else if (quiz) {
					this.quiz = part;
				}
				else {
					this.faq = part;
				}
				return part;
			}
			if (this.quiz != null || this.faq != null) {
				problem(number, "section \"" + heading + "\" comes after the quiz or the FAQs: sections come first");
			}
			Matcher explicit = EXPLICIT_ID.matcher(heading);
			Part part = explicit.matches() ? new Part(Kind.SECTION, explicit.group(1), explicit.group(2).strip(), number)
					: new Part(Kind.SECTION, heading, null, number);
			this.sections.add(part);
			return part;
		}

		List<SectionDraft> sections() {
			Map<String, Integer> anchors = new HashMap<>();
			List<SectionDraft> drafts = new ArrayList<>();
			for (Part part : this.sections) {
				if (part.heading.isEmpty()) {
					problem(part.line, "a \"## \" heading without text");
					continue;
				}
				String anchor;
				if (part.id != null) {
					anchor = part.id;
					if (!SLUG.matcher(anchor).matches()) {
						problem(part.line, "id {#" + anchor + "} may only hold lower-case letters, digits and hyphens");
						continue;
					}
				}
				else {
					anchor = Slugs.of(part.heading);
					if (anchor.isEmpty()) {
						problem(part.line, "heading \"" + part.heading
								+ "\" gives no anchor: add an id, as in \"## " + part.heading + " {#my-id}\"");
						continue;
					}
				}
				if (RESERVED_ANCHORS.contains(anchor)) {
					problem(part.line, "anchor \"" + anchor
							+ "\" is used by the lesson page itself: give the section another id, as in {#my-" + anchor + "}");
				}
				else if (anchor.length() > 120) {
					problem(part.line, "anchor \"" + anchor + "\" is longer than 120 characters: give the section a shorter id");
				}
				Integer other = anchors.putIfAbsent(anchor, part.line);
				if (other != null) {
					problem(part.line, "duplicate anchor \"" + anchor + "\": the section on line " + other
							+ " has it too; give one of them an id, as in {#other-" + anchor + "}");
				}
				if (part.heading.length() > 200) {
					problem(part.line, "heading is " + part.heading.length() + " characters long; at most 200");
				}
				String body = markdown(part.lines);
				if (body.isEmpty()) {
					problem(part.line, "section \"" + part.heading + "\" has no text");
				}
				else if (body.length() > 20000) {
					problem(part.line, "section \"" + part.heading + "\" is " + body.length()
							+ " characters long; at most 20000: split it in two");
				}
				drafts.add(new SectionDraft(anchor, part.heading, body,
						LessonParser.this.markdown.render(body).words()));
			}
			return drafts;
		}

		List<QuestionDraft> questions(List<SectionDraft> sections) {
			if (this.quiz == null) {
				return List.of();
			}
			List<String> anchors = sections.stream().map(SectionDraft::anchor).toList();
			List<QuestionDraft> questions = new ArrayList<>();
			Question question = null;
			boolean strayText = false;
			for (Line line : this.quiz.lines) {
				if (line.text().startsWith("### ")) {
					if (question != null) {
						questions.add(question.draft(anchors));
					}
					question = new Question(line.number(), line.text().substring(4).strip());
				}
				else if (question == null) {
					if (!line.blank() && !strayText) {
						problem(line.number(), "text in the quiz before its first question: each question starts with a"
								+ " \"### \" line holding the question");
						strayText = true;
					}
				}
				else {
					question.read(line);
				}
			}
			if (question != null) {
				questions.add(question.draft(anchors));
			}
			if (questions.isEmpty()) {
				problem(this.quiz.line, "the quiz has no question: each starts with a \"### \" line holding the question");
			}
			return questions;
		}

		List<FaqDraft> faqs() {
			if (this.faq == null) {
				return List.of();
			}
			List<FaqDraft> faqs = new ArrayList<>();
			String question = null;
			int questionLine = 0;
			List<String> answer = new ArrayList<>();
			boolean strayText = false;
			for (Line line : this.faq.lines) {
				if (line.text().startsWith("### ")) {
					if (question != null) {
						faqs.add(faq(question, questionLine, answer));
					}
					question = line.text().substring(4).strip();
					questionLine = line.number();
					answer = new ArrayList<>();
				}
				else if (question == null) {
					if (!line.blank() && !strayText) {
						problem(line.number(), "text among the FAQs before their first question: each starts with a"
								+ " \"### \" line holding the question, its answer below");
						strayText = true;
					}
				}
				else if (!line.blank()) {
					answer.add(line.text().strip());
				}
			}
			if (question != null) {
				faqs.add(faq(question, questionLine, answer));
			}
			if (faqs.isEmpty()) {
				problem(this.faq.line, "no question under \"## " + FAQ
						+ "\": each starts with a \"### \" line holding the question, its answer below");
			}
			return faqs;
		}

		private FaqDraft faq(String question, int line, List<String> answer) {
			String text = String.join(" ", answer);
			if (question.isEmpty()) {
				problem(line, "a \"### \" FAQ heading without a question");
			}
			else if (question.length() > 300) {
				problem(line, "FAQ question is " + question.length() + " characters long; at most 300");
			}
			if (text.isEmpty()) {
				problem(line, "FAQ \"" + question + "\" has no answer: write it under the question");
			}
			else if (text.length() > 2000) {
				problem(line, "the answer to \"" + question + "\" is " + text.length() + " characters long; at most 2000");
			}
			return new FaqDraft(question, text);
		}

		void problem(int line, String message) {
			this.problems.add(new ContentProblem(this.path, line, message));
		}

		/** One "### " block of the quiz, line by line. */
		private final class Question {

			private final int line;

			private final String prompt;

			private final Map<String, String> options = new LinkedHashMap<>();

			private final List<String> correct = new ArrayList<>();

			private final Map<String, String> feedback = new LinkedHashMap<>();

			private final Map<String, StringBuilder> labels = new LinkedHashMap<>();

			private final Map<String, Integer> labelLines = new HashMap<>();

			/** The labelled value that a following line continues, until a blank line. */
			private StringBuilder open;

			Question(int line, String prompt) {
				this.line = line;
				this.prompt = prompt;
			}

			void read(Line line) {
				String text = line.text();
				if (line.blank()) {
					this.open = null;
					return;
				}
				Matcher option = OPTION.matcher(text);
				Matcher label = LABEL.matcher(text);
				if (option.matches()) {
					this.open = null;
					option(line, option.group(1), option.group(2));
				}
				else if (text.matches("^[-*+] .*")) {
					this.open = null;
					problem(line.number(), "an option is written \"- [ ] A. text\", the correct one \"- [x] C. text\"");
				}
				else if (label.matches()) {
					label(line, label.group(1), label.group(2), label.group(3).strip());
				}
				else if (this.open != null) {
					this.open.append(' ').append(text.strip());
				}
				else {
					this.open = null;
					problem(line.number(), "unexpected line in a question: expected an option (\"- [ ] A. text\"),"
							+ " \"Explanation:\", \"Teaches:\", \"Hint:\" or \"Feedback B:\"");
				}
			}

			private void option(Line line, String mark, String rest) {
				Matcher text = OPTION_TEXT.matcher(rest);
				if (!text.matches()) {
					problem(line.number(), "an option starts with its letter: \"- [ ] A. text\"");
					return;
				}
				String letter = text.group(1);
				if (!LETTERS.contains(letter)) {
					problem(line.number(), "option letter \"" + letter + "\" is outside A–D");
					return;
				}
				if (this.options.containsKey(letter)) {
					problem(line.number(), "option " + letter + " is given twice");
					return;
				}
				if (text.group(2).length() > 300) {
					problem(line.number(), "option " + letter + " is " + text.group(2).length()
							+ " characters long; at most 300");
				}
				this.options.put(letter, text.group(2));
				if (!mark.isBlank()) {
					this.correct.add(letter);
				}
			}

			private void label(Line line, String name, String letter, String value) {
				String key = name.substring(0, 1).toUpperCase() + name.substring(1).toLowerCase();
				if (key.equals("Feedback")) {
					if (letter == null) {
						problem(line.number(), "feedback names its option: \"Feedback B: why B is wrong\"");
						this.open = null;
						return;
					}
					if (!LETTERS.contains(letter)) {
						problem(line.number(), "feedback for option \"" + letter + "\", outside A–D");
						this.open = null;
						return;
					}
					key = key + " " + letter;
				}
				else if (letter != null) {
					problem(line.number(), "unexpected \"" + letter + "\" after " + key + " (write \"" + key + ": text\")");
					this.open = null;
					return;
				}
				if (this.labels.containsKey(key)) {
					problem(line.number(), "a second \"" + key + ":\" in this question (the first is on line "
							+ this.labelLines.get(key) + ")");
					this.open = null;
					return;
				}
				StringBuilder text = new StringBuilder(value);
				this.labels.put(key, text);
				this.labelLines.put(key, line.number());
				this.open = text;
			}

			QuestionDraft draft(List<String> anchors) {
				if (this.prompt.isEmpty()) {
					problem(this.line, "a \"### \" quiz heading without a question");
				}
				else if (this.prompt.length() > 500) {
					problem(this.line, "the question is " + this.prompt.length() + " characters long; at most 500");
				}
				List<String> letters = List.copyOf(this.options.keySet());
				if (!letters.equals(LETTERS)) {
					if (letters.size() == 4) {
						problem(this.line, "options must come in the order A, B, C, D (found " + String.join(", ", letters) + ")");
					}
					else {
						List<String> missing = LETTERS.stream().filter(l -> !this.options.containsKey(l)).toList();
						problem(this.line, "a question has four options A–D: " + String.join(", ", missing) + " missing");
					}
				}
				String correctLetter = null;
				if (this.correct.isEmpty()) {
					problem(this.line, "no correct answer: mark the right option with [x], as in \"- [x] C. text\"");
				}
				else if (this.correct.size() > 1) {
					problem(this.line, "more than one correct answer (" + String.join(", ", this.correct)
							+ "): mark only one option with [x]");
				}
				else {
					correctLetter = this.correct.get(0);
				}
				String explanation = value("Explanation", 1000);
				if (explanation == null) {
					problem(this.line, "no \"Explanation:\": say why the right answer is right");
				}
				String teaches = value("Teaches", 120);
				if (teaches == null) {
					problem(this.line, "no \"Teaches:\": name the section that teaches the answer, as in \"Teaches: #"
							+ (anchors.isEmpty() ? "anchor" : anchors.get(0)) + "\"");
				}
				else {
					teaches = teaches.startsWith("#") ? teaches.substring(1).strip() : teaches;
					if (!anchors.contains(teaches)) {
						problem(this.labelLines.get("Teaches"), "\"Teaches: #" + teaches
								+ "\" is not a section of this lesson (its anchors: " + String.join(", ", anchors) + ")");
					}
				}
				String hint = value("Hint", 1000);
				Map<String, String> feedback = new LinkedHashMap<>();
				for (String letter : LETTERS) {
					String text = value("Feedback " + letter, 1000);
					if (text != null && letter.equals(correctLetter)) {
						problem(this.labelLines.get("Feedback " + letter), "feedback for " + letter
								+ ", the correct answer: feedback is for wrong options (the explanation speaks for the right one)");
					}
					else if (text != null) {
						feedback.put(letter, text);
					}
				}
				return new QuestionDraft(this.prompt, Collections.unmodifiableMap(new LinkedHashMap<>(this.options)),
						correctLetter, explanation, teaches, hint, Collections.unmodifiableMap(feedback));
			}

			private String value(String key, int maxLength) {
				StringBuilder text = this.labels.get(key);
				if (text == null) {
					return null;
				}
				String value = text.toString().strip();
				int line = this.labelLines.get(key);
				if (value.isEmpty()) {
					problem(line, "\"" + key + ":\" is empty");
					return null;
				}
				if (value.length() > maxLength) {
					problem(line, "\"" + key + ":\" is " + value.length() + " characters long; at most " + maxLength);
				}
				return value;
			}

		}

	}

	/** The lines as Markdown, without the blank lines around them. */
	private static String markdown(List<Line> lines) {
		int from = 0;
		int to = lines.size();
		while (from < to && lines.get(from).blank()) {
			from++;
		}
		while (to > from && lines.get(to - 1).blank()) {
			to--;
		}
		StringBuilder text = new StringBuilder();
		for (int i = from; i < to; i++) {
			if (i > from) {
				text.append('\n');
			}
			text.append(lines.get(i).text());
		}
		return text.toString();
	}

	private static boolean closes(String line, String fence) {
		String stripped = line.strip();
		if (stripped.length() < fence.length() || line.length() - line.stripLeading().length() > 3) {
			return false;
		}
		char mark = fence.charAt(0);
		return stripped.chars().allMatch(c -> c == mark);
	}

}
