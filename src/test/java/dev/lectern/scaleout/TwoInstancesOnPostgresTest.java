package dev.lectern.scaleout;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.lectern.HttpBrowser;
import dev.lectern.insights.FortyReaders;
import dev.lectern.insights.Tables;
import dev.lectern.scaleout.EmbeddedPostgresServer.Database;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out set-up for real: two instances of Lectern with the {@code postgres} profile,
 * started at the same moment against one empty PostgreSQL database, then a reader who moves
 * between them.
 * <p>
 * Only two application contexts are started for the whole class (each costs seconds): the
 * concurrent start is also the start of the two instances the reader uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesOnPostgresTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	private static final String TITLE = "Introduction to Django – The Framework for Perfectionists";

	/** How long the first migration holds Flyway's lock, so that the other instance must wait for it. */
	private static final long FIRST_MIGRATION_HOLD_MILLIS = 2000;

	private final List<MigrateRun> migrateRuns = new CopyOnWriteArrayList<>();

	private final List<MigrateRun> firstMigration = new CopyOnWriteArrayList<>();

	private Database database;

	private Instance a;

	private Instance b;

	@BeforeAll
	void startTwoInstancesAtTheSameMomentOnAnEmptyDatabase() throws Exception {
		this.database = EmbeddedPostgresServer.newDatabase("scaleout");
		assertThat(tables(this.database.dataSource())).isEmpty();
		CyclicBarrier bothAtMigrate = new CyclicBarrier(2);
		AtomicBoolean firstMigrationSeen = new AtomicBoolean();
		ExecutorService starters = Executors.newFixedThreadPool(2);
		try {
			Future<Instance> first = starters
				.submit(() -> Instance.start(this.database, migrateAtOnce("A", bothAtMigrate, firstMigrationSeen)));
			Future<Instance> second = starters
				.submit(() -> Instance.start(this.database, migrateAtOnce("B", bothAtMigrate, firstMigrationSeen)));
			try {
				this.a = first.get(3, TimeUnit.MINUTES);
			}
			finally {
				this.b = second.get(3, TimeUnit.MINUTES);
			}
		}
		finally {
			starters.shutdownNow();
		}
	}

	@AfterAll
	void stopBothInstances() {
		for (Instance instance : new Instance[] { this.a, this.b }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void bothInstancesRunOnPostgresqlConfiguredFromEnvironmentVariables() throws SQLException {
		for (Instance instance : List.of(this.a, this.b)) {
			ConfigurableApplicationContext context = instance.context();
			assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("postgres");
			try (Connection connection = context.getBean(DataSource.class).getConnection()) {
				assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
				assertThat(connection.getMetaData().getURL()).isEqualTo(this.database.url());
				assertThat(connection.getMetaData().getUserName()).isEqualTo(EmbeddedPostgresServer.USERNAME);
			}
			assertThat(context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size"))
				.isEqualTo("10");
		}
	}

	@Test
	void theWholeFlywayHistoryIsAppliedOnceAndSuccessfully() throws Exception {
		List<String> expected = migrationVersionsOnTheClasspath();
		// V3-V5 inserted the first lessons and are gone; content comes from the lesson files now
		assertThat(expected).startsWith("1", "2", "6", "7");
		List<String> applied = new ArrayList<>();
		try (Connection connection = this.database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
			while (rows.next()) {
				assertThat(rows.getBoolean("success")).as("migration %s", rows.getString("version")).isTrue();
				applied.add(rows.getString("version"));
			}
		}
		assertThat(applied).containsExactlyElementsOf(expected);
		// Spring Session JDBC's tables come from V2 like every other table
		assertThat(tables(this.database.dataSource())).contains("spring_session", "spring_session_attributes",
				"track", "lesson", "section", "quiz_question", "quiz_option", "faq");
		// content was loaded once, not once per instance: the second found it loaded
		assertThat(count("SELECT count(*) FROM track WHERE slug = 'python-backend'")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM lesson")).isEqualTo(3);
		assertThat(count("SELECT count(*) FROM section")).isEqualTo(15);
		assertThat(count("SELECT revision FROM content_state")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM content_state WHERE hash IS NOT NULL")).isEqualTo(1);
	}

	@Test
	void theTwoStartsReallyMigratedAtTheSameTimeAndFlywaySerialisedThem() {
		assertThat(this.migrateRuns).hasSize(2);
		assertThat(this.firstMigration).hasSize(1);
		MigrateRun first = this.firstMigration.get(0);
		// each instance called migrate() while the first migration was holding the lock …
		for (MigrateRun run : this.migrateRuns) {
			assertThat(run.startNanos()).as("instance %s entered migrate()", run.instance())
				.isLessThan(first.endNanos());
			assertThat(run.endNanos()).isGreaterThan(first.startNanos());
		}
		// … and between them they applied every migration exactly once
		assertThat(this.migrateRuns.stream().mapToInt(MigrateRun::executed).sum())
			.isEqualTo(migrationVersionsOnTheClasspath().size());
	}

	@Test
	void bothInstancesServeTheLessonFromPostgresql() throws Exception {
		for (Instance instance : List.of(this.a, this.b)) {
			HttpResponse<String> response = instance.get(LESSON, null);
			assertThat(response.statusCode()).isEqualTo(200);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("h1").text()).isEqualTo(TITLE);
			assertThat(page.select(".toc-list__item")).hasSize(5);
		}
	}

	@Test
	void aReaderMovesBetweenInstancesWithTheirProgressAnswersAndCsrfToken() throws Exception {
		// On A: load the lesson (the CSRF cookie), jump to a section (the reader is made
		// here), save progress, answer quiz question 1.
		HttpBrowser onA = new HttpBrowser(this.a.port());
		ok(onA.get(LESSON));
		assertThat(onA.get(LESSON + "/sections/key-features").statusCode()).isEqualTo(303);
		HttpResponse<String> saved = onA.postJson(LESSON + "/progress", "section=what-is-django");
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("\"sectionsRead\":[\"what-is-django\",\"key-features\"]");
		assertThat(onA.post(LESSON + "/quiz/1", "answer=A").statusCode()).isEqualTo(303);

		// On B, with nothing but the cookies: the same progress and the same answer, and B
		// takes the token A's page gave (the token is a cookie, not instance state).
		HttpBrowser onB = onA.on(this.b.port());
		HttpResponse<String> savedOnB = onB.postJson(LESSON + "/progress", "section=why-choose-django");
		assertThat(savedOnB.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(ok(onB.get(LESSON)));
		assertThat(page.select(".toc-list__item.is-read").eachAttr("data-anchor"))
			.containsExactlyInAnyOrder("what-is-django", "key-features", "why-choose-django");
		assertThat(page.select(".last-sync").text()).isEqualTo("Last Sync: just now");
		assertThat(onB.page(LESSON + "/quiz/1").select(".feedback__verdict").text()).contains("You chose A. MVC.");
		assertThat(onB.post(LESSON + "/quiz/2", "answer=B").statusCode()).isEqualTo(303);

		// Back on A: what was done on B is there.
		assertThat(onA.page(LESSON + "/quiz/2").select(".feedback__verdict").text()).contains("You chose B.");

		// One reader, rows of its own; no session was stored for them.
		String reader = onA.cookie("LECTERN_READER");
		assertThat(count("SELECT count(*) FROM reader_visit WHERE reader_id = '" + reader + "'")).isEqualTo(3);
		assertThat(count("SELECT count(*) FROM reader_answer WHERE reader_id = '" + reader + "'")).isEqualTo(2);
		assertThat(onA.cookie("LECTERN_SESSION")).isNull();
	}

	@Test
	void aPostWithoutTheTokenIsRefusedOnEitherInstance() throws Exception {
		HttpBrowser reader = new HttpBrowser(this.a.port());
		ok(reader.get(LESSON));
		String cookie = "XSRF-TOKEN=" + reader.cookie("XSRF-TOKEN");
		for (Instance instance : List.of(this.a, this.b)) {
			assertThat(instance.post(LESSON + "/progress", cookie, null, "section=what-is-django").statusCode())
				.isEqualTo(403);
			assertThat(instance.post(LESSON + "/progress", cookie, "not-a-token", "section=what-is-django").statusCode())
				.isEqualTo(403);
		}
	}

	@Test
	void simultaneousSavesOfOneReaderOnTwoInstancesAreAllKept() throws Exception {
		HttpBrowser onA = new HttpBrowser(this.a.port());
		ok(onA.get(LESSON));
		assertThat(onA.postJson(LESSON + "/progress", "section=what-is-django").statusCode()).isEqualTo(200);
		HttpBrowser onB = onA.on(this.b.port());
		List<String> anchors = List.of("what-is-django", "the-batteries-included-philosophy", "core-architecture-mvt",
				"key-features", "why-choose-django");
		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				assertThat(onA.post(LESSON + "/progress/reset", "").statusCode()).isEqualTo(303);
				String first = anchors.get(round % 5);
				String second = anchors.get((round + 1 + round % 3) % 5);
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<Integer>> saves = tabs.invokeAll(List.of(() -> {
					together.await();
					return onA.postJson(LESSON + "/progress", "section=" + first).statusCode();
				}, () -> {
					together.await();
					return onB.postJson(LESSON + "/progress", "section=" + second).statusCode();
				}));
				assertThat(saves.get(0).get()).isEqualTo(200);
				assertThat(saves.get(1).get()).isEqualTo(200);
				assertThat(onB.page(LESSON).select(".toc-list__item.is-read").eachAttr("data-anchor"))
					.as("round " + round)
					.containsExactlyInAnyOrder(first, second);
			}
		}
		finally {
			tabs.shutdownNow();
		}
	}

	@Test
	void twoAnswersToOneQuestionAtTheSameMomentOnTwoInstancesKeepOne() throws Exception {
		HttpBrowser onA = new HttpBrowser(this.a.port());
		ok(onA.get(LESSON));
		assertThat(onA.postJson(LESSON + "/progress", "section=what-is-django").statusCode()).isEqualTo(200);
		HttpBrowser onB = onA.on(this.b.port());
		String reader = onA.cookie("LECTERN_READER");
		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			// two questions at once: both answers are in the lesson's summary of the first attempt
			CyclicBarrier both = new CyclicBarrier(2);
			List<Future<Integer>> twoQuestions = tabs.invokeAll(List.of(() -> {
				both.await();
				return onA.post(LESSON + "/quiz/1", "answer=C").statusCode();
			}, () -> {
				both.await();
				return onB.post(LESSON + "/quiz/2", "answer=B").statusCode();
			}));
			assertThat(List.of(twoQuestions.get(0).get(), twoQuestions.get(1).get())).containsExactly(303, 303);

			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<Integer>> answers = tabs.invokeAll(List.of(() -> {
				together.await();
				return onA.post(LESSON + "/quiz/3", "answer=D").statusCode();
			}, () -> {
				together.await();
				return onB.post(LESSON + "/quiz/3", "answer=A").statusCode();
			}));
			List<Integer> statuses = List.of(answers.get(0).get(), answers.get(1).get());
			assertThat(statuses).containsExactlyInAnyOrder(303, 409);
		}
		finally {
			tabs.shutdownNow();
		}
		assertThat(count("SELECT count(*) FROM reader_answer WHERE question = 3 AND reader_id = '" + reader + "'"))
			.isEqualTo(1);
		String kept = count("SELECT count(*) FROM reader_answer WHERE question = 3 AND letter = 'D' AND reader_id = '"
				+ reader + "'") == 1 ? "D" : "A";
		assertThat(text("SELECT first_answers FROM reader_lesson WHERE reader_id = '" + reader + "'"))
			.isEqualTo("1C 2B 3" + kept);
	}

	/**
	 * The forty readers of the insights tests, half of them on each instance, and an author
	 * on the other: the insights statements' PostgreSQL form gives the figures counted by hand.
	 */
	@Test
	void anAuthorSeesTheFiguresOfReadersOfBothInstances() throws Exception {
		FortyReaders.send(i -> new FortyReaders.HttpReader(new HttpBrowser((i % 2 == 0) ? this.a.port() : this.b.port())));
		HttpBrowser author = new HttpBrowser(this.b.port());
		ok(author.get("/sign-up"));
		assertThat(author.post("/sign-up", "username=Author-In-Tests&password=a+long+walk+in+the+park").statusCode())
			.isEqualTo(303);
		HttpBrowser onA = author.on(this.a.port());

		Document lesson = onA.page("/insights" + FortyReaders.LESSON);
		assertThat(lesson.select(".insights__summary dd").eachText()).startsWith("40", "10", "20", "2.5 of 3");
		assertThat(Tables.onPage(lesson, "reach-caption")).isEqualTo(FortyReaders.REACH);
		assertThat(Tables.onPage(lesson, "questions-caption")).isEqualTo(FortyReaders.QUESTIONS);
		assertThat(Tables.onPage(lesson, "options-caption")).isEqualTo(FortyReaders.OPTIONS);
		assertThat(Tables.onPage(onA.page("/insights"), "lessons-caption")).contains(FortyReaders.OVERVIEW_ROW);
	}

	@Test
	void aReaderSignsInOnOneInstanceAndSavesOnTheOther() throws Exception {
		String name = "Postgres-Reader";
		String credentials = "username=" + name + "&password=a+long+walk+in+the+park";
		HttpBrowser onA = new HttpBrowser(this.a.port());
		ok(onA.get("/sign-up"));
		assertThat(onA.post("/sign-up", credentials).statusCode()).isEqualTo(303);
		ok(onA.get("/"));
		assertThat(onA.post("/sign-out", "").statusCode()).isEqualTo(303);
		assertThat(onA.cookie("LECTERN_SESSION")).isNull();

		// form login on A, with the usual CSRF token
		ok(onA.get("/sign-in"));
		assertThat(onA.post("/sign-in", credentials.replace(name, name.toLowerCase())).statusCode()).isEqualTo(303);
		assertThat(onA.cookie("LECTERN_SESSION")).isNotNull();

		// B knows the session: the header names the account, and saves go to its reader
		HttpBrowser onB = onA.on(this.b.port());
		Document lesson = Jsoup.parse(ok(onB.get(LESSON)));
		assertThat(lesson.select(".site-nav__account").text()).isEqualTo("Your account: " + name);
		assertThat(onB.postJson(LESSON + "/progress", "section=key-features").statusCode()).isEqualTo(200);
		assertThat(onB.post(LESSON + "/quiz/1", "answer=C").statusCode()).isEqualTo(303);

		Document onAAgain = Jsoup.parse(ok(onA.get(LESSON)));
		assertThat(onAAgain.select(".toc-list__item.is-read").eachAttr("data-anchor")).containsExactly("key-features");
		String reader = "(SELECT reader_id FROM account WHERE username_key = 'postgres-reader')";
		assertThat(count("SELECT count(*) FROM reader_visit WHERE reader_id = " + reader)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM reader_answer WHERE reader_id = " + reader)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM spring_session WHERE principal_name = '" + name + "'")).isEqualTo(1);
		assertThat(onA.cookie("LECTERN_READER")).isNull();
	}

	/**
	 * Makes both instances call Flyway's migrate() at the same moment (a barrier in the
	 * migration strategy), and makes the first migration applied hold Flyway's lock for a
	 * while, so the other instance is certainly trying to migrate meanwhile.
	 */
	private ApplicationContextInitializer<ConfigurableApplicationContext> migrateAtOnce(String name,
			CyclicBarrier bothAtMigrate, AtomicBoolean firstMigrationSeen) {
		FlywayMigrationStrategy strategy = flyway -> {
			try {
				bothAtMigrate.await(2, TimeUnit.MINUTES);
			}
			catch (Exception ex) {
				throw new IllegalStateException("The other instance never reached Flyway", ex);
			}
			long start = System.nanoTime();
			MigrateResult result = flyway.migrate();
			this.migrateRuns.add(new MigrateRun(name, start, System.nanoTime(), result.migrationsExecuted));
		};
		Callback holdFirstMigration = new Callback() {

			@Override
			public boolean supports(Event event, Context context) {
				return event == Event.BEFORE_EACH_MIGRATE;
			}

			@Override
			public boolean canHandleInTransaction(Event event, Context context) {
				return true;
			}

			@Override
			public void handle(Event event, Context context) {
				if (firstMigrationSeen.compareAndSet(false, true)) {
					long start = System.nanoTime();
					try {
						Thread.sleep(FIRST_MIGRATION_HOLD_MILLIS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					TwoInstancesOnPostgresTest.this.firstMigration.add(new MigrateRun(name, start, System.nanoTime(), 1));
				}
			}

			@Override
			public String getCallbackName() {
				return "holdFirstMigration";
			}

		};
		return context -> {
			context.getBeanFactory().registerSingleton("testMigrationStrategy", strategy);
			context.getBeanFactory().registerSingleton("testHoldFirstMigration", holdFirstMigration);
		};
	}

	private static List<String> migrationVersionsOnTheClasspath() {
		Pattern name = Pattern.compile("V([0-9_.]+)__.+\\.sql");
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/V*__*.sql");
			TreeSet<MigrationVersion> versions = new TreeSet<>();
			Arrays.stream(resources).forEach(resource -> {
				Matcher matcher = name.matcher(resource.getFilename());
				assertThat(matcher.matches()).as(resource.getFilename()).isTrue();
				versions.add(MigrationVersion.fromVersion(matcher.group(1)));
			});
			return versions.stream().map(MigrationVersion::getVersion).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> tables(DataSource dataSource) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME"));
			}
		}
		return tables;
	}

	private long count(String sql) throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private String text(String sql) throws SQLException {
		try (Connection connection = this.database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private record MigrateRun(String instance, long startNanos, long endNanos, int executed) {
	}

}
