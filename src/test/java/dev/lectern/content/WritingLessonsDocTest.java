package dev.lectern.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.lectern.content.ContentDrafts.LessonDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The example in docs/writing-lessons.md is valid content and checks as the page says. */
class WritingLessonsDocTest {

	private static final Path DOC = Path.of("docs/writing-lessons.md");

	@TempDir
	Path root;

	@Test
	void theDocumentedExampleIsValidContent() throws IOException {
		List<String> doc = Files.readAllLines(DOC);
		Path track = Files.createDirectories(this.root.resolve("my-lessons/web-basics"));
		Files.writeString(track.resolve("track.yml"), example(doc, "track.yml"));
		Files.writeString(track.resolve("http-status-codes.md"), example(doc, "lesson"));

		ContentReader.Result result = new ContentReader().read(ContentSource.of(this.root.resolve("my-lessons").toString()));

		assertThat(result.problems()).isEmpty();
		// it shows every part of the format
		LessonDraft lesson = result.content().tracks().get(0).lessons().get(0);
		assertThat(lesson.sections()).extracting(ContentDrafts.SectionDraft::anchor)
			.containsExactly("five-families-of-codes", "common-codes");
		assertThat(lesson.questions().get(0).hint()).isNotBlank();
		assertThat(lesson.questions().get(0).feedback()).containsOnlyKeys("A", "D");
		assertThat(lesson.faqs()).hasSize(1);
	}

	@Test
	void checkingTheExampleAnswersWhatThePageSays() throws IOException {
		List<String> doc = Files.readAllLines(DOC);
		Path folder = this.root.resolve("my-lessons");
		Path track = Files.createDirectories(folder.resolve("web-basics"));
		Files.writeString(track.resolve("track.yml"), example(doc, "track.yml"));
		Files.writeString(track.resolve("http-status-codes.md"), example(doc, "lesson"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = ContentCheck.run(new String[] { folder.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err);

		assertThat(status).isZero();
		String said = out.toString(StandardCharsets.UTF_8).strip().replace(folder.toString(), "my-lessons");
		assertThat(String.join("\n", doc)).contains("`" + said + "`");
	}

	@Test
	void theDocumentedProblemsAreWhatTheCheckSays() throws IOException {
		List<String> doc = Files.readAllLines(DOC);
		Path folder = this.root.resolve("my-lessons");
		Path track = Files.createDirectories(folder.resolve("web-basics"));
		Files.writeString(track.resolve("track.yml"), example(doc, "track.yml") + "  - caching-headers\n");
		Files.writeString(track.resolve("http-status-codes.md"),
				example(doc, "lesson").replace("Teaches: #common-codes", "Teaches: #common-code"));

		ContentReader.Result result = new ContentReader().read(ContentSource.of(folder.toString()));

		List<String> said = result.problems()
			.stream()
			.map(problem -> problem.toString().replace(folder.toString(), "my-lessons"))
			.toList();
		int at = doc.indexOf("A problem reads `path:line: message`, for example:");
		assertThat(said).containsExactlyElementsOf(doc.subList(at + 3, at + 5));
	}

	/** The fenced block after the line {@code <!-- example: name -->}. */
	static String example(List<String> doc, String name) {
		int marker = doc.indexOf("<!-- example: " + name + " -->");
		assertThat(marker).as("example " + name).isNotNegative();
		String fence = doc.get(marker + 1).replaceAll("[^`~].*$", "");
		int end = marker + 2;
		while (!doc.get(end).equals(fence)) {
			end++;
		}
		return String.join("\n", doc.subList(marker + 2, end)) + "\n";
	}

}
