package dev.lectern.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.lectern.LecternApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The application does not start on invalid lesson files, and says why, file by file. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusesInvalidContentTest {

	@TempDir
	Path root;

	@Test
	void startUpStopsWithEveryProblemListed(CapturedOutput output) throws IOException {
		Path track = Files.createDirectories(this.root.resolve("web"));
		Files.writeString(track.resolve("track.yml"), ContentReaderTest.TRACK + "  - caching\n");
		Files.writeString(track.resolve("status.md"), LessonParserTest.VALID.replace("- [x] C. 404", "- [ ] C. 404")
			.replace("Teaches: #common", "Teaches: #nowhere"));

		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(LecternApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:refused;DB_CLOSE_DELAY=-1",
				"--lectern.content.dir=" + this.root));

		String[] problems = { track.resolve("status.md") + ":21: no correct answer: mark the right option with [x], as in \"- [x] C. text\"",
				track.resolve("status.md") + ":33: \"Teaches: #nowhere\" is not a section of this lesson (its anchors: five-families, common)",
				track.resolve("track.yml") + ":6: lesson \"caching\" is listed, but no lesson file in " + track
						+ " has \"slug: caching\"" };
		assertThat(failure).isInstanceOf(InvalidContentException.class)
			.hasMessage("3 problems in the lesson files of " + this.root + ":\n" + String.join("\n", problems));
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", problems[0], problems[1], problems[2],
				"--check-content");
	}

}
