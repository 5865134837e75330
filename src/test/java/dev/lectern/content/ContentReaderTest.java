package dev.lectern.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole content folder: tracks, their lesson lists, and --check-content's answers. */
class ContentReaderTest {

	static final String TRACK = """
			slug: web
			title: The Web
			description: How browsers and servers talk.
			lessons:
			  - status-codes
			""";

	@TempDir
	Path root;

	private Path web;

	@BeforeEach
	void aValidFolder() throws IOException {
		this.web = Files.createDirectories(this.root.resolve("web"));
		write("web/track.yml", TRACK);
		write("web/status.md", LessonParserTest.VALID);
	}

	@Test
	void aValidFolderIsReadInTrackOrder() throws IOException {
		write("web/README.md", "Notes for authors: not a lesson.");
		write("web/picture.png", "not content");
		write("notes.txt", "files beside the track folders are not content");
		Path other = Files.createDirectories(this.root.resolve("a-first"));
		Files.writeString(other.resolve("track.yml"), TRACK.replace("slug: web", "slug: apis"));
		Files.writeString(other.resolve("status.md"), LessonParserTest.VALID);

		ContentReader.Result result = read();

		assertThat(result.problems()).isEmpty();
		assertThat(result.content().tracks()).extracting(ContentDrafts.TrackDraft::slug).containsExactly("apis", "web");
		assertThat(result.content().tracks().get(1).lessons()).extracting(ContentDrafts.LessonDraft::slug)
			.containsExactly("status-codes");
		assertThat(result.content().hash()).hasSize(64);
	}

	@Test
	void theHashChangesWithAnyEditAndOnlyThen() throws IOException {
		String before = read().content().hash();
		assertThat(read().content().hash()).isEqualTo(before);
		write("web/status.md", LessonParserTest.VALID.replace("gives the family", "gives its family"));
		assertThat(read().content().hash()).isNotEqualTo(before);
	}

	@Test
	void aLessonListedWithoutAFile() throws IOException {
		write("web/track.yml", TRACK + "  - caching\n");
		assertProblems(this.web.resolve("track.yml") + ":6: lesson \"caching\" is listed, but no lesson file in "
				+ this.web + " has \"slug: caching\"");
	}

	@Test
	void aLessonFileNotListed() throws IOException {
		write("web/caching.md", LessonParserTest.VALID.replace("slug: status-codes", "slug: caching"));
		assertProblems(this.web.resolve("caching.md") + ":3: lesson \"caching\" is not listed in "
				+ this.web.resolve("track.yml") + ": add it to lessons where it belongs");
	}

	@Test
	void twoLessonFilesWithOneSlug() throws IOException {
		write("web/status-again.md", LessonParserTest.VALID);
		assertProblems(this.web.resolve("status.md") + ":3: slug \"status-codes\" is the slug of "
				+ this.web.resolve("status-again.md") + " too");
	}

	@Test
	void aLessonListedTwice() throws IOException {
		write("web/track.yml", TRACK + "  - status-codes\n");
		assertProblems(this.web.resolve("track.yml") + ":6: lesson \"status-codes\" is listed twice (first on line 5)");
	}

	@Test
	void aLessonWhoseFrontMatterCannotBeReadIsNotAlsoCalledMissing() throws IOException {
		Files.delete(this.web.resolve("status.md"));
		write("web/status-codes.md", LessonParserTest.VALID.replace("summary: What", "summary: Codes: what"));
		assertProblems(this.web.resolve("status-codes.md") + ":4: unreadable YAML: mapping values are not allowed here");
	}

	@Test
	void aTrackFolderWithoutTrackFile() throws IOException {
		Files.delete(this.web.resolve("track.yml"));
		assertProblems(this.web.resolve("track.yml")
				+ ": missing: a track folder holds a track.yml with the track's slug, title, description and lessons");
	}

	@Test
	void aTrackFileWithoutTitle() throws IOException {
		write("web/track.yml", TRACK.replace("title: The Web\n", ""));
		assertProblems(this.web.resolve("track.yml") + ":1: missing title");
	}

	@Test
	void aTrackFileWhoseLessonsAreNotAList() throws IOException {
		write("web/track.yml", TRACK.replace("lessons:\n  - status-codes\n", "lessons: status-codes\n"));
		assertProblems(this.web.resolve("track.yml") + ":4: lessons must be a list, one \"- item\" per line");
	}

	@Test
	void twoTracksWithOneSlug() throws IOException {
		Path copy = Files.createDirectories(this.root.resolve("web-copy"));
		Files.writeString(copy.resolve("track.yml"), TRACK);
		Files.writeString(copy.resolve("status.md"), LessonParserTest.VALID);
		assertProblems(copy.resolve("track.yml") + ":1: track slug \"web\" is the slug of "
				+ this.web.resolve("track.yml") + " too");
	}

	@Test
	void aTrackFileThatIsNotUtf8() throws IOException {
		Files.write(this.web.resolve("track.yml"), TRACK.replace("The Web", "Le Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
		assertProblems(this.web.resolve("track.yml") + ":2: invalid UTF-8 (byte 0xE9): save the file as UTF-8");
	}

	@Test
	void anEmptyFolderAndAMissingOne() {
		Path empty = this.root.resolve("empty");
		assertThat(new ContentReader().read(ContentSource.of(this.root.resolve("nowhere").toString())).problems())
			.extracting(ContentProblem::toString)
			.containsExactly(this.root.resolve("nowhere") + ": cannot be read: no such folder");
		empty.toFile().mkdirs();
		assertThat(new ContentReader().read(ContentSource.of(empty.toString())).problems())
			.extracting(ContentProblem::toString)
			.containsExactly(empty + ": no track folder: each track is a folder holding a track.yml and its lesson files");
	}

	@Test
	void problemsOfEveryFileAreListedTogetherInFileOrder() throws IOException {
		write("web/track.yml", TRACK + "  - caching\n");
		write("web/status.md", LessonParserTest.VALID.replace("- [x] C. 404", "- [ ] C. 404"));
		assertProblems(
				this.web.resolve("status.md")
						+ ":21: no correct answer: mark the right option with [x], as in \"- [x] C. text\"",
				this.web.resolve("track.yml") + ":6: lesson \"caching\" is listed, but no lesson file in " + this.web
						+ " has \"slug: caching\"");
	}

	@Test
	void checkContentSaysOkWithASummary() {
		Output output = check(this.root.toString());
		assertThat(output.status()).isZero();
		assertThat(output.out()).isEqualTo("OK: 1 track, 1 lesson, 2 sections, 1 quiz question in " + this.root + "\n");
		assertThat(output.err()).isEmpty();
	}

	@Test
	void checkContentListsTheProblemsAndFails() throws IOException {
		write("web/track.yml", TRACK + "  - caching\n");
		Output output = check(this.root.toString());
		assertThat(output.status()).isEqualTo(1);
		assertThat(output.out()).isEmpty();
		assertThat(output.err()).isEqualTo(this.web.resolve("track.yml") + ":6: lesson \"caching\" is listed, but no"
				+ " lesson file in " + this.web + " has \"slug: caching\"\n1 problem in " + this.root + "\n");
	}

	@Test
	void checkContentWithoutAFolderChecksTheShippedLessons() {
		Output output = check();
		assertThat(output.status()).as(output.err()).isZero();
		assertThat(output.out()).startsWith("OK: 1 track, ").endsWith(" in classpath:content/\n");
	}

	@Test
	void checkContentTakesOneFolderAtMost() {
		assertThat(check("a", "b").status()).isEqualTo(2);
	}

	private ContentReader.Result read() {
		return new ContentReader().read(ContentSource.of(this.root.toString()));
	}

	private void assertProblems(String... expected) {
		ContentReader.Result result = read();
		assertThat(result.valid()).isFalse();
		assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(expected);
	}

	private void write(String path, String text) throws IOException {
		Files.writeString(this.root.resolve(path), text);
	}

	private static Output check(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ContentCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Output(int status, String out, String err) {
	}

}
