package dev.lectern.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lesson files edited under a running application (the development watcher on): what
 * readers see next, and that their progress stays. A database and a content folder of its
 * own (a copy of the fixture track), so the other tests' content never changes.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:content-loading;DB_CLOSE_DELAY=-1",
		"lectern.content.watch=true" })
class ContentLoadingTest extends WebTestSupport {

	private static final String DJANGO = "/python-backend/introduction-to-django";

	private static final Path FOLDER = copyOfTheFixture();

	private static final Path DJANGO_FILE = FOLDER.resolve("python-backend/introduction-to-django.md");

	@Autowired
	private ContentLoader loader;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("lectern.content.dir", FOLDER::toString);
	}

	@AfterEach
	void putTheFixtureBack() {
		restoreFixture();
		this.loader.reload();
	}

	@Test
	void progressSurvivesAnEditOfOneSectionsTextAndAnothersHeading() throws IOException {
		Reader reader = newReader();
		reader.page(DJANGO);
		assertThat(reader.postJson(DJANGO + "/progress", "section", "what-is-django", "section", "key-features"))
			.hasStatusOk();
		Map<String, Long> sectionIds = sectionIds();

		edit(DJANGO_FILE, "It is free, open-source,", "It is free, open source,");
		edit(DJANGO_FILE, "## Key Features {#key-features}", "## Django's Key Features {#key-features}");

		// the watcher loads the edit: the next page load shows it
		await().atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> newReader().page(DJANGO).select("h2#key-features").text().equals("Django's Key Features"));
		Document page = reader.page(DJANGO);
		assertThat(page.select("section[data-section=what-is-django]").text()).contains("It is free, open source,");
		assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor"))
			.containsExactly("what-is-django", "key-features");
		assertThat(page.select(".toc-panel__count").text()).isEqualTo("5");
		// the sections are the same rows, updated in place
		assertThat(sectionIds()).isEqualTo(sectionIds);
	}

	@Test
	void contentThatDidNotChangeWritesNothing() throws IOException {
		long revision = revision();
		this.loader.reload();
		// a file saved again without a change: the watcher reads the folder again, writes nothing
		edit(DJANGO_FILE, "Why Choose Django?", "Why Choose Django?");
		Files.setLastModifiedTime(DJANGO_FILE,
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
		this.loader.reload();
		assertThat(revision()).isEqualTo(revision);
	}

	@Test
	void aRemovedSectionDropsOutOfThePercentAndARemovedLessonOutOfTheTrack() throws IOException {
		Reader reader = newReader();
		reader.page(DJANGO);
		for (String section : new String[] { "what-is-django", "the-batteries-included-philosophy",
				"core-architecture-mvt", "key-features" }) {
			assertThat(reader.postJson(DJANGO + "/progress", "section", section)).hasStatusOk();
		}
		reader.page("/python-backend/django-mvc-mvt");
		assertThat(reader.postJson("/python-backend/django-mvc-mvt/progress", "section", "mvc-in-a-nutshell"))
			.hasStatusOk();
		assertThat(reader.page(DJANGO).select("[data-progress-percent]").text()).isNotEqualTo("100%");

		String text = Files.readString(DJANGO_FILE);
		int from = text.indexOf("## Why Choose Django?");
		Files.writeString(DJANGO_FILE, text.substring(0, from) + text.substring(text.indexOf("## Quiz")));
		Path track = FOLDER.resolve("python-backend/track.yml");
		edit(track, "  - django-mvc-mvt\n", "");
		Files.delete(FOLDER.resolve("python-backend/django-mvc-mvt.md"));
		this.loader.reload();

		Document page = reader.page(DJANGO);
		assertThat(page.select(".toc-panel__count").text()).isEqualTo("4");
		assertThat(page.select("[data-progress-percent]").text()).isEqualTo("100%");
		assertThat(page.select("a[rel=next]")).isEmpty();
		assertThat(reader.page("/python-backend").select(".lesson-card__title").eachText())
			.containsExactly("Building REST APIs with Flask", "Introduction to Django – The Framework for Perfectionists");
		assertThat(reader.page("/").select(".lesson-card__title a").eachAttr("href")).hasSize(2);
		assertThat(reader.get("/python-backend/django-mvc-mvt")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.sql("SELECT count(*) FROM lesson WHERE slug = 'django-mvc-mvt'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anInvalidEditKeepsTheContentThePagesHad() throws IOException {
		long revision = revision();
		edit(DJANGO_FILE, "- [x] C. MVT", "- [ ] C. MVT");
		this.loader.reload();
		assertThat(revision()).isEqualTo(revision);
		assertThat(newReader().page(DJANGO + "/quiz").select("fieldset legend").text())
			.isEqualTo("What architectural pattern does Django follow?");
	}

	@Test
	void aWrongOptionsFeedbackAndTheHintAreShown() {
		Reader reader = newReader();
		Document question = reader.page(DJANGO + "/quiz/1");
		assertThat(question.select("form.quiz__form details.quiz__hint summary").text()).isEqualTo("Show a hint");
		assertThat(question.select("details.quiz__hint p").text())
			.isEqualTo("The last letter stands for the part that decides how the data is displayed.");
		reader.post(DJANGO + "/quiz/1", "answer", "B");
		Document answered = reader.page(DJANGO + "/quiz/1");
		assertThat(answered.select(".feedback .feedback__option").text()).isEqualTo(
				"MVVM (Model-View-ViewModel) comes from client-side and desktop user interfaces; Django has no view models.");
		assertThat(answered.select(".feedback .feedback__explanation").text()).startsWith("Django calls its pattern");
		assertThat(answered.select("details.quiz__hint")).isEmpty();
	}

	private long revision() {
		return this.jdbc.sql("SELECT revision FROM content_state").query(Long.class).single();
	}

	private Map<String, Long> sectionIds() {
		return this.jdbc.sql("SELECT s.anchor, s.id FROM section s JOIN lesson l ON l.id = s.lesson_id"
				+ " WHERE l.slug = 'introduction-to-django'")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static void edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains(from);
		Files.writeString(file, text.replace(from, to));
	}

	private static Path copyOfTheFixture() {
		try {
			Path folder = Files.createTempDirectory("lectern-content");
			restoreFixture(folder);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void restoreFixture() {
		restoreFixture(FOLDER);
	}

	/**
	 * The fixture track, with an explicit id on "Key Features" (its anchor stays key-features).
	 * Every state the watcher may see on the way is invalid but the last.
	 */
	private static void restoreFixture(Path folder) {
		try {
			Path fixture = Path.of(ContentLoadingTest.class.getResource("/fixture-content").toURI());
			Path target = folder.resolve("python-backend");
			if (Files.exists(target)) {
				try (Stream<Path> paths = Files.walk(target)) {
					paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
			Files.createDirectories(target);
			try (Stream<Path> files = Files.list(fixture.resolve("python-backend"))) {
				for (Path file : files.toList()) {
					if (!file.getFileName().toString().equals("introduction-to-django.md")) {
						Files.copy(file, target.resolve(file.getFileName()));
					}
				}
			}
			Path django = fixture.resolve("python-backend/introduction-to-django.md");
			Files.writeString(target.resolve(django.getFileName()),
					Files.readString(django).replace("## Key Features", "## Key Features {#key-features}"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
