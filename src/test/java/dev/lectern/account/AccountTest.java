package dev.lectern.account;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts as a reader meets them through the whole application (security filters, Spring
 * Session, the database): signing up and in carries progress over, a second device sees the
 * same, signing out leaves a fresh reader, the data can be taken away and deleted, guessing
 * is slowed, and bad input gets the form back with the problem named.
 */
class AccountTest extends WebTestSupport {

	static final String DJANGO = "/python-backend/introduction-to-django";

	static final String PASSWORD = "correct horse battery";

	/**
	 * The session cookie as Spring Session names it behind MockMvc: Boot applies
	 * server.servlet.session.cookie.* (LECTERN_SESSION, Max-Age 30 days, HttpOnly) only with
	 * an embedded server, so that cookie is tested over HTTP (SignedInOverHttpTest).
	 */
	static final String SESSION_COOKIE = "SESSION";

	@Autowired
	private JdbcClient jdbc;

	// ---- signing up and in ----

	@Test
	void signingUpKeepsWhatWasReadAnonymouslyAndSignsIn() {
		Reader reader = newReader();
		reader.page(DJANGO);
		assertThat(reader.get(DJANGO + "/sections/key-features")).hasStatus(HttpStatus.SEE_OTHER);
		String anonymous = reader.cookie(Reader.READER_COOKIE);
		assertThat(anonymous).isNotNull();

		String name = name("Ada");
		reader.page("/sign-up?continue=" + DJANGO);
		MvcTestResult signUp = reader.post("/sign-up", "username", name, "password", PASSWORD, "continue", DJANGO);

		assertThat(signUp).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(signUp.getResponse().getHeader("Location")).isEqualTo(DJANGO);
		assertThat(reader.cookie(Reader.READER_COOKIE)).as("the session names the reader now").isNull();
		assertThat(reader.cookie(SESSION_COOKIE)).isNotNull();
		Document lesson = reader.page(DJANGO);
		assertThat(readAnchors(lesson)).containsExactly("key-features");
		assertThat(lesson.select(".site-nav__account").text()).isEqualTo("Your account: " + name);
		assertThat(lesson.select(".site-nav__sign-out button").text()).isEqualTo("Sign out");
		// the anonymous reader became the account's: the same row, kept from now on
		assertThat(this.jdbc.sql("SELECT reader_id FROM account WHERE username = ?").param(name).query(String.class).single())
			.isEqualTo(anonymous);
		assertThat(this.jdbc.sql("SELECT kept FROM reader WHERE id = ?").param(anonymous).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void signingInMergesTheAnonymousReaderAndTheAccountsAnswerStands() {
		String name = name("merge");
		Reader laptop = signedUp(name);
		assertThat(laptop.get(DJANGO + "/sections/what-is-django")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(laptop.post(DJANGO + "/quiz/1", "answer", "B")).hasStatus(HttpStatus.SEE_OTHER);

		Reader phone = newReader();
		phone.page(DJANGO);
		assertThat(phone.get(DJANGO + "/sections/key-features")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(phone.post(DJANGO + "/quiz/1", "answer", "C")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(phone.post(DJANGO + "/quiz/2", "answer", "A")).hasStatus(HttpStatus.SEE_OTHER);
		String anonymous = phone.cookie(Reader.READER_COOKIE);

		MvcTestResult signIn = signIn(phone, name, PASSWORD);
		assertThat(signIn).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(signIn.getResponse().getHeader("Location")).isEqualTo("/");

		for (Reader device : List.of(phone, laptop)) {
			assertThat(readAnchors(device.page(DJANGO))).containsExactly("what-is-django", "key-features");
			// both answered question 1: the account's answer stands; question 2 came over
			assertThat(verdict(device, 1)).contains("You chose B.");
			assertThat(verdict(device, 2)).contains("You chose A.");
		}
		assertThat(phone.cookie(Reader.READER_COOKIE)).isNull();
		assertThat(count("SELECT count(*) FROM reader WHERE id = ?", anonymous)).as("merged, then deleted").isZero();
	}

	@Test
	void aSecondDeviceSeesTheSamePercentMarksLastSyncAnswersAndContinueLink() {
		String name = name("devices");
		Reader laptop = signedUp(name);
		laptop.page(DJANGO);
		assertThat(laptop.postJson(DJANGO + "/progress", "section", "what-is-django", "section", "core-architecture-mvt"))
			.hasStatusOk();
		assertThat(laptop.post(DJANGO + "/quiz/1", "answer", "C")).hasStatus(HttpStatus.SEE_OTHER);
		Document onLaptop = laptop.page(DJANGO);

		Reader phone = newReader();
		assertThat(signIn(phone, name, PASSWORD)).hasStatus(HttpStatus.SEE_OTHER);
		Document onPhone = phone.page(DJANGO);

		assertThat(onPhone.select("[data-progress-percent]").text()).isEqualTo(onLaptop.select("[data-progress-percent]").text())
			.isNotEqualTo("0%");
		assertThat(readAnchors(onPhone)).containsExactly("what-is-django", "core-architecture-mvt");
		assertThat(onPhone.select("[data-last-sync]").text()).isEqualTo("just now");
		assertThat(verdict(phone, 1)).contains("You chose C.");
		assertThat(phone.page("/python-backend").select("main").text())
			.isEqualTo(laptop.page("/python-backend").select("main").text());
	}

	@Test
	void signingOutLeavesAFreshAnonymousReaderAndEndsTheSession() {
		String name = name("leaving");
		Reader reader = signedUp(name);
		assertThat(reader.get(DJANGO + "/sections/what-is-django")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(sessionsOf(name)).isEqualTo(1);

		reader.page("/");
		MvcTestResult signOut = reader.post("/sign-out");

		assertThat(signOut).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(signOut.getResponse().getHeader("Location")).isEqualTo("/");
		assertThat(reader.cookie(SESSION_COOKIE)).isNull();
		assertThat(reader.cookie(Reader.READER_COOKIE)).isNull();
		assertThat(sessionsOf(name)).isZero();
		Document lesson = reader.page(DJANGO);
		assertThat(readAnchors(lesson)).isEmpty();
		assertThat(lesson.select(".site-nav__account")).isEmpty();
		assertThat(lesson.select(".site-nav a").eachText()).contains("Sign in");
	}

	@Test
	void theSessionIdChangesAtSignInAndTheSessionLastsThirtyDaysInTheDatabase() {
		String name = name("fixation");
		Reader reader = signedUp(name);
		String first = reader.cookie(SESSION_COOKIE);
		assertThat(first).isNotNull();
		reader.page("/");
		assertThat(reader.post("/sign-in", "username", name, "password", PASSWORD)).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.cookie(SESSION_COOKIE)).isNotNull().isNotEqualTo(first);
		assertThat(this.jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
			.param(name)
			.query(Integer.class)
			.single()).isEqualTo(30 * 24 * 3600);
	}

	@Test
	void readingTheSignInAndSignUpPagesMakesNoSession() {
		long sessions = count("SELECT count(*) FROM spring_session");
		for (String path : List.of("/sign-in", "/sign-up", "/sign-in?continue=/python-backend", "/account/deleted")) {
			MvcTestResult page = newReader().get(path);
			assertThat(page).as(path).hasStatusOk();
			assertThat(page.getResponse().getHeaders("Set-Cookie")).as(path)
				.allSatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="));
		}
		MvcTestResult account = newReader().get("/account");
		assertThat(account).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(account.getResponse().getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(SESSION_COOKIE));
		assertThat(count("SELECT count(*) FROM spring_session")).isEqualTo(sessions);
	}

	@Test
	void aProtectedPageSendsToSignInAndSigningInComesBack() {
		String name = name("back");
		signedUp(name).post("/sign-out");
		Reader reader = newReader();

		MvcTestResult account = reader.get("/account/data.json");
		assertThat(account).hasStatus(HttpStatus.SEE_OTHER);
		String location = account.getResponse().getHeader("Location");
		assertThat(location).isEqualTo("/sign-in?continue=%2Faccount%2Fdata.json");

		Document form = reader.page("/sign-in?continue=/account/data.json");
		assertThat(form.select("input[name=continue]").val()).isEqualTo("/account/data.json");
		MvcTestResult signIn = reader.post("/sign-in", "username", name, "password", PASSWORD, "continue",
				"/account/data.json");
		assertThat(signIn.getResponse().getHeader("Location")).isEqualTo("/account/data.json");
		assertThat(reader.get("/account/data.json")).hasStatusOk();

		// the header's link comes back to the page it was on
		String link = newReader().page(DJANGO + "/contents").select(".site-nav a:contains(Sign in)").attr("href");
		assertThat(URLDecoder.decode(link, StandardCharsets.UTF_8)).isEqualTo("/sign-in?continue=" + DJANGO + "/contents");
	}

	@Test
	void aContinueParameterNeverLeavesTheSite() {
		String name = name("stays");
		signedUp(name).post("/sign-out");
		for (String target : List.of("https://elsewhere.example/", "//elsewhere.example/x", "/\\elsewhere.example",
				"javascript:alert(1)", "/sign-out", "/%0d%0aSet-Cookie:x=y", "/a\r\nSet-Cookie: x=y")) {
			Reader reader = newReader();
			reader.page("/sign-in");
			MvcTestResult signIn = reader.post("/sign-in", "username", name, "password", PASSWORD, "continue", target);
			assertThat(signIn).as(target).hasStatus(HttpStatus.SEE_OTHER);
			assertThat(signIn.getResponse().getHeader("Location")).as(target)
				.isIn("/", "/%0d%0aSet-Cookie:x=y");
		}
	}

	@Test
	void onlyAccountsNamedAsAuthorsSeeTheAuthorsPages() {
		assertThat(newReader().get("/insights").getResponse().getHeader("Location"))
			.isEqualTo("/sign-in?continue=%2Finsights");
		assertThat(signedUp(name("reader")).get("/insights")).hasStatus(HttpStatus.FORBIDDEN);
		// lectern.authors=Author-In-Tests in the test settings; names compare without regard to case
		MvcTestResult author = signedUp("author-in-tests").get("/insights");
		assertThat(author.getResponse().getStatus()).isNotIn(303, 401, 403);
	}

	// ---- the account page: data, password, deletion ----

	@Test
	void theDataDownloadHasTheAccountEveryVisitWithWhenAndEveryAttempt() throws Exception {
		String name = name("export");
		Reader reader = signedUp(name);
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		assertThat(reader.get(DJANGO + "/sections/key-features")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.post(DJANGO + "/quiz/1", "answer", "A")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.post(DJANGO + "/quiz/reset")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.post(DJANGO + "/quiz/1", "answer", "C")).hasStatus(HttpStatus.SEE_OTHER);

		MvcTestResult data = reader.get("/account/data.json");

		assertThat(data).hasStatusOk().hasContentType("application/json");
		assertThat(data.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"lectern-" + name + ".json\"");
		assertThat(data).bodyJson().extractingPath("$.account.username").isEqualTo(name);
		assertThat(data).bodyJson().extractingPath("$.lessons[0].lesson").isEqualTo("python-backend/introduction-to-django");
		assertThat(data).bodyJson().extractingPath("$.lessons[0].currentAttempt").isEqualTo(2);
		assertThat(data).bodyJson().extractingPath("$.lessons[0].visitedSections[0].section").isEqualTo("key-features");
		assertThat(data).bodyJson()
			.extractingPath("$.lessons[0].visitedSections[0].visitedAt")
			.asString()
			.satisfies(when -> assertThat(Instant.parse(when)).isAfterOrEqualTo(before));
		assertThat(data).bodyJson().extractingPath("$.lessons[0].answers[*].attempt").asArray().containsExactly(1, 2);
		assertThat(data).bodyJson().extractingPath("$.lessons[0].answers[*].answer").asArray().containsExactly("A", "C");
		assertThat(data).bodyJson().extractingPath("$.lessons[0].answers[1].answeredAt").isNotNull();
		assertThat(data.getResponse().getContentAsString()).doesNotContain("bcrypt").doesNotContain("password");
	}

	@Test
	void deletingTheAccountNeedsThePasswordRemovesEveryRowAndEndsEverySession() {
		String name = name("goodbye");
		Reader reader = signedUp(name);
		assertThat(reader.get(DJANGO + "/sections/key-features")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.post(DJANGO + "/quiz/1", "answer", "A")).hasStatus(HttpStatus.SEE_OTHER);
		String readerId = this.jdbc.sql("SELECT reader_id FROM account WHERE username = ?").param(name).query(String.class).single();
		Reader otherDevice = newReader();
		assertThat(signIn(otherDevice, name, PASSWORD)).hasStatus(HttpStatus.SEE_OTHER);

		reader.page("/account");
		MvcTestResult wrong = reader.post("/account/delete", "password", "not the password");
		assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Reader.html(wrong).select("#delete-password-error").text()).isEqualTo("Error: That is not your password.");
		assertThat(count("SELECT count(*) FROM account WHERE username = ?", name)).isEqualTo(1);

		MvcTestResult delete = reader.post("/account/delete", "password", PASSWORD);

		assertThat(delete).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(delete.getResponse().getHeader("Location")).isEqualTo("/account/deleted");
		assertThat(reader.page("/account/deleted").select("h1").text()).isEqualTo("Your account is deleted");
		assertThat(reader.cookie(SESSION_COOKIE)).isNull();
		assertThat(count("SELECT count(*) FROM account WHERE username = ?", name)).isZero();
		for (String table : List.of("reader WHERE id", "reader_lesson WHERE reader_id", "reader_visit WHERE reader_id",
				"reader_answer WHERE reader_id")) {
			assertThat(count("SELECT count(*) FROM " + table + " = ?", readerId)).as(table).isZero();
		}
		assertThat(sessionsOf(name)).as("every device signed out").isZero();
		assertThat(otherDevice.get("/account")).hasStatus(HttpStatus.SEE_OTHER);

		MvcTestResult again = signIn(newReader().from("198.51.100.61"), name, PASSWORD);
		assertThat(again).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(Reader.html(again).select(".error-summary").text()).contains("Wrong username or password.");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndSignsOutOtherDevices() {
		String name = name("newpass");
		Reader reader = signedUp(name);
		Reader otherDevice = newReader();
		assertThat(signIn(otherDevice, name, PASSWORD)).hasStatus(HttpStatus.SEE_OTHER);
		reader.page("/account");

		MvcTestResult wrong = reader.post("/account/password", "current-password", "wrong wrong wrong", "new-password",
				"another good password");
		assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(field(Reader.html(wrong), "current-password")).isEqualTo("Error: That is not your password.");
		MvcTestResult weak = reader.post("/account/password", "current-password", PASSWORD, "new-password", "short");
		assertThat(weak).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(field(Reader.html(weak), "new-password")).isEqualTo("Error: Use at least 10 characters.");

		MvcTestResult changed = reader.post("/account/password", "current-password", PASSWORD, "new-password",
				"another good password");
		assertThat(changed.getResponse().getHeader("Location")).isEqualTo("/account?changed=password");
		assertThat(reader.page("/account?changed=password").select(".notice[role=status]").text()).startsWith("Your password is changed.");
		assertThat(otherDevice.get("/account")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(reader.get("/account")).hasStatusOk();

		Reader elsewhere = newReader().from("198.51.100.62");
		assertThat(signIn(elsewhere, name, PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(signIn(elsewhere, name, "another good password")).hasStatus(HttpStatus.SEE_OTHER);
	}

	// ---- guessing ----

	@Test
	void anUnknownUsernameAndAWrongPasswordGetTheSameAnswerInSimilarTime() {
		String name = name("known");
		signedUp(name);
		Reader guesser = newReader().from("198.51.100.71");
		signIn(guesser, name("warm-up"), PASSWORD); // the dummy hash is made on first use

		List<Long> unknown = new ArrayList<>();
		List<Long> wrong = new ArrayList<>();
		Document unknownPage = null;
		Document wrongPage = null;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			MvcTestResult a = signIn(guesser, "nobody-" + i + "-" + name, PASSWORD);
			unknown.add(System.nanoTime() - start);
			start = System.nanoTime();
			MvcTestResult b = signIn(guesser, name, "wrong password " + i);
			wrong.add(System.nanoTime() - start);
			assertThat(a).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(b).hasStatus(HttpStatus.UNAUTHORIZED);
			unknownPage = Reader.html(a);
			wrongPage = Reader.html(b);
		}
		assertThat(unknownPage.select("main").text().replace("nobody-2-" + name, name))
			.isEqualTo(wrongPage.select("main").text());
		assertThat(field(wrongPage, "password")).isEqualTo("Error: Wrong username or password.");
		// without the dummy hash an unknown name would answer in a fraction of the time
		long fastUnknown = unknown.stream().sorted().toList().get(1);
		long fastWrong = wrong.stream().sorted().toList().get(1);
		assertThat((double) fastUnknown / fastWrong).isBetween(0.33, 3.0);
	}

	@Test
	void fiveFailuresForOneUsernameWithinFifteenMinutesMakeItWait() {
		String name = name("guessed");
		signedUp(name);
		Reader guesser = newReader().from("198.51.100.81");
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(guesser, name, "guess number " + i)).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult throttled = signIn(guesser, name.toUpperCase(), "guess number 5");
		assertThat(throttled).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(throttled.getResponse().getHeader("Retry-After"))).isBetween(880L, 900L);
		Document page = Reader.html(throttled);
		assertThat(page.select("h1").text()).isEqualTo("Too many attempts");
		assertThat(page.select("main").text()).contains("Try again in 15 minutes.");
		// the right password waits too, from any address
		assertThat(signIn(newReader().from("198.51.100.82"), name, PASSWORD)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		// another username is not held up, from the same address
		String other = name("bystander");
		signedUp(other);
		assertThat(signIn(guesser, other, PASSWORD)).hasStatus(HttpStatus.SEE_OTHER);
	}

	@Test
	void afterTheWaitTheRightPasswordWorks() {
		String name = name("patient");
		signedUp(name);
		failures("username_key", name.toLowerCase(), 5, 16);
		assertThat(signIn(newReader().from("198.51.100.91"), name, PASSWORD)).hasStatus(HttpStatus.SEE_OTHER);

		String later = name("waiting");
		signedUp(later);
		failures("username_key", later.toLowerCase(), 5, 14);
		MvcTestResult waiting = signIn(newReader().from("198.51.100.92"), later, PASSWORD);
		assertThat(waiting).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(waiting.getResponse().getHeader("Retry-After"))).isBetween(50L, 60L);
		assertThat(Reader.html(waiting).select("main").text()).containsPattern("Try again in (1 minute|5\\d seconds)\\.");
	}

	@Test
	void fiftyFailuresFromOneAddressOverManyUsernamesMakeItWait() {
		String name = name("crowd");
		signedUp(name);
		String address = "203.0.113.50";
		failures("address", address, 49, 1);
		assertThat(signIn(newReader().from(address), name("nobody"), PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);

		MvcTestResult throttled = signIn(newReader().from(address), name, PASSWORD);
		assertThat(throttled).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(throttled.getResponse().getHeader("Retry-After")).isNotNull();
		assertThat(signIn(newReader().from("203.0.113.51"), name, PASSWORD)).hasStatus(HttpStatus.SEE_OTHER);
	}

	// ---- bad input ----

	@Test
	void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
		String name = name("csrf");
		signedUp(name);
		long accounts = count("SELECT count(*) FROM account");

		MvcTestResult signIn = newReader().postWithoutCsrf("/sign-in", "username", name, "password", PASSWORD);
		assertThat(signIn).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(signIn.getResponse().getCookie(SESSION_COOKIE)).isNull();
		Reader reader = newReader();
		reader.page("/sign-up");
		assertThat(reader.postWithoutCsrf("/sign-up", "username", name("forged"), "password", PASSWORD))
			.hasStatus(HttpStatus.FORBIDDEN);
		Reader signedIn = signedUp(name("victim"));
		assertThat(signedIn.postWithoutCsrf("/sign-out")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(signedIn.postWithoutCsrf("/account/delete", "password", PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(signedIn.get("/account")).hasStatusOk();
		assertThat(count("SELECT count(*) FROM account")).isEqualTo(accounts + 1);
	}

	@Test
	void badSignUpsGetTheFormBackWithTheProblemNextToItsFieldAndCreateNothing() {
		String taken = name("Taken");
		signedUp(taken);
		String name = name("fresh");
		record Case(String username, String password, String field, String problem) {
		}
		List<Case> cases = List.of(new Case("", PASSWORD, "username", "Enter a username."),
				new Case("ab", PASSWORD, "username", "Use 3 to 40 characters; this one has 2."),
				new Case("x".repeat(41), PASSWORD, "username", "Use 3 to 40 characters; this one has 41."),
				new Case("y".repeat(20_000), PASSWORD, "username", "Use 3 to 40 characters; this one has 20000."),
				new Case("bad\u0000name", PASSWORD, "username",
						"Use only letters a\u2013z, digits, dots (.), underscores (_) and hyphens (-)."),
				new Case("two words", PASSWORD, "username",
						"Use only letters a\u2013z, digits, dots (.), underscores (_) and hyphens (-)."),
				new Case("\u00e9lodie-" + name, PASSWORD, "username",
						"Use only letters a\u2013z, digits, dots (.), underscores (_) and hyphens (-)."),
				new Case(taken.toUpperCase(), PASSWORD, "username", "That username is taken. Choose another."),
				new Case(name, "", "password", "Enter a password."),
				new Case(name, "too short", "password", "Use at least 10 characters."),
				new Case(name, name.toUpperCase(), "password", "Choose a password that is not your username."),
				new Case(name, "tab\tin the middle", "password",
						"A password cannot contain control characters such as tabs or line breaks."),
				new Case(name, "\u00e9".repeat(40), "password",
						"Use at most 72 characters (letters with accents and emoji count as two to four)."));
		long accounts = count("SELECT count(*) FROM account");
		long readers = count("SELECT count(*) FROM reader");

		for (Case bad : cases) {
			Reader reader = newReader();
			reader.page("/sign-up");
			MvcTestResult result = reader.post("/sign-up", "username", bad.username(), "password", bad.password());

			assertThat(result).as(bad.toString()).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Reader.html(result);
			assertThat(field(page, bad.field())).as(bad.toString()).isEqualTo("Error: " + bad.problem());
			Element input = page.getElementById(bad.field());
			assertThat(input.attr("aria-invalid")).isEqualTo("true");
			assertThat(input.attr("aria-describedby").split(" ")).contains(bad.field() + "-error");
			assertThat(input.hasAttr("autofocus")).isTrue();
			assertThat(page.select(".error-summary[role=alert] a").eachAttr("href")).containsExactly("#" + bad.field());
			assertThat(page.title()).startsWith("Error: ");
			assertThat(page.select("#password").val()).as("a password is never sent back").isEmpty();
			assertThat(page.select("#username").val().length()).isLessThanOrEqualTo(100);
			assertThat(reader.cookie(SESSION_COOKIE)).isNull();
		}
		Reader nothing = newReader();
		nothing.page("/sign-up");
		MvcTestResult empty = nothing.post("/sign-up");
		assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Reader.html(empty).select(".error-summary a").eachText()).containsExactly("Enter a username.",
				"Enter a password.");
		assertThat(Reader.html(empty).select("#username").hasAttr("autofocus")).isTrue();
		assertThat(Reader.html(empty).select("#password").hasAttr("autofocus")).isFalse();

		assertThat(count("SELECT count(*) FROM account")).isEqualTo(accounts);
		assertThat(count("SELECT count(*) FROM reader")).isEqualTo(readers);
	}

	@Test
	void oddSignInsAreWrongPasswordsNotErrors() {
		String name = name("odd");
		signedUp(name);
		Reader reader = newReader().from("198.51.100.99");
		for (String[] attempt : List.of(new String[] { "z".repeat(10_000), PASSWORD },
				new String[] { "nul\u0000" + name, PASSWORD }, new String[] { name, "p".repeat(5_000) },
				new String[] { "", "" })) {
			MvcTestResult result = signIn(reader, attempt[0], attempt[1]);
			assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
			assertThat(field(Reader.html(result), "password")).isEqualTo("Error: Wrong username or password.");
		}
		MvcTestResult missing = reader.post("/sign-in");
		assertThat(missing).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	// ---- helpers ----

	/** A username of this test run's own. */
	static String name(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new reader who signs up (as a browser would: the form first) and loads the home page. */
	private Reader signedUp(String name) {
		Reader reader = newReader();
		reader.page("/sign-up");
		assertThat(reader.post("/sign-up", "username", name, "password", PASSWORD)).hasStatus(HttpStatus.SEE_OTHER);
		reader.page("/");
		return reader;
	}

	/** The sign-in form, filled in and sent; the reader then loads the page it lands on when it worked. */
	private static MvcTestResult signIn(Reader reader, String username, String password) {
		reader.page("/sign-in");
		MvcTestResult result = reader.post("/sign-in", "username", username, "password", password);
		if (result.getResponse().getStatus() == 303) {
			reader.page(result.getResponse().getHeader("Location"));
		}
		return result;
	}

	private static List<String> readAnchors(Document lesson) {
		return lesson.select(".toc-panel .toc-list__item.is-read").eachAttr("data-anchor");
	}

	private static String verdict(Reader reader, int question) {
		return reader.page(DJANGO + "/quiz/" + question).select(".feedback__verdict").text();
	}

	/** The problem printed next to a field. */
	private static String field(Document page, String id) {
		return page.select("#" + id + "-error").text();
	}

	private long sessionsOf(String name) {
		return count("SELECT count(*) FROM spring_session WHERE principal_name = ?", name);
	}

	/** Failed sign-ins stored as if made that many minutes ago. */
	private void failures(String column, String value, int howMany, int minutesAgo) {
		Instant at = Instant.now().minus(minutesAgo, ChronoUnit.MINUTES);
		for (int i = 0; i < howMany; i++) {
			this.jdbc.sql("INSERT INTO sign_in_failure (username_key, address, failed_at) VALUES (?, ?, ?)")
				.param(column.equals("username_key") ? value : "f" + i + "-" + UUID.randomUUID().toString().substring(0, 8))
				.param(column.equals("address") ? value : "192.0.2." + i)
				.param(at.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	private long count(String sql, Object... params) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}

}
