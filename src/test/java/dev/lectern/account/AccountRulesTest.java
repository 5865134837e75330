package dev.lectern.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of accounts that need no server: names, passwords, waiting, where to go back to. */
class AccountRulesTest {

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

	@Test
	void usernames() {
		assertThat(Usernames.problem("ada")).isNull();
		assertThat(Usernames.problem("Ada.Lovelace_1815-x")).isNull();
		assertThat(Usernames.problem("a".repeat(40))).isNull();
		assertThat(Usernames.problem("a".repeat(41))).isEqualTo("Use 3 to 40 characters; this one has 41.");
		assertThat(Usernames.problem("ad")).isEqualTo("Use 3 to 40 characters; this one has 2.");
		assertThat(Usernames.problem(null)).isEqualTo("Enter a username.");
		for (String odd : List.of("ada lovelace", "ada\u0000", "ada\n", "ad\u00e1", "ada@home", "\u0430da")) {
			assertThat(Usernames.problem(odd)).as(odd).startsWith("Use only letters");
		}
		assertThat(Usernames.key("Ada.LOVELACE")).isEqualTo("ada.lovelace");
		assertThat(Usernames.echo("a\u0000b\u0007c")).isEqualTo("abc");
		assertThat(Usernames.echo("x".repeat(500))).hasSize(100);
	}

	@Test
	void passwords() {
		assertThat(Passwords.problem("ten chars!", "ada")).isNull();
		assertThat(Passwords.problem("nine char", "ada")).isEqualTo("Use at least 10 characters.");
		// characters, not UTF-16 units: ten emoji are ten characters
		assertThat(Passwords.problem("\ud83d\ude00".repeat(10), "ada")).isNull();
		assertThat(Passwords.problem("\ud83d\ude00".repeat(19), "ada")).startsWith("Use at most 72 characters");
		assertThat(Passwords.problem("x".repeat(72), "ada")).isNull();
		assertThat(Passwords.problem("x".repeat(73), "ada")).startsWith("Use at most 72 characters");
		assertThat(Passwords.problem("Ada.Lovelace", "ada.lovelace")).isEqualTo("Choose a password that is not your username.");
		assertThat(Passwords.problem("line\nbreak here", "ada")).startsWith("A password cannot contain control characters");
		assertThat(Passwords.problem(null, "ada")).isEqualTo("Enter a password.");
		// no composition rules: lower-case words are fine
		assertThat(Passwords.problem("correct horse battery staple", "ada")).isNull();
	}

	@Test
	void aUsernameOrAddressWaitsUntilTheOldestCountedFailureLeavesTheWindow() {
		List<Instant> four = List.of(NOW.minusSeconds(10), NOW.minusSeconds(20), NOW.minusSeconds(30),
				NOW.minusSeconds(40));
		assertThat(SignInThrottle.secondsToWait(four, 5, WINDOW, NOW)).isZero();

		List<Instant> five = List.of(NOW.minusSeconds(10), NOW.minusSeconds(20), NOW.minusSeconds(30),
				NOW.minusSeconds(40), NOW.minusSeconds(300));
		assertThat(SignInThrottle.secondsToWait(five, 5, WINDOW, NOW)).isEqualTo(900 - 300);
		// rounded up: never "0 seconds" while still waiting
		List<Instant> almost = List.of(NOW, NOW, NOW, NOW, NOW.minus(WINDOW).plusMillis(1));
		assertThat(SignInThrottle.secondsToWait(almost, 5, WINDOW, NOW)).isEqualTo(1);
		List<Instant> gone = List.of(NOW, NOW, NOW, NOW, NOW.minus(WINDOW));
		assertThat(SignInThrottle.secondsToWait(gone, 5, WINDOW, NOW)).isZero();
	}

	@Test
	void failuresAreCountedUnderAKeyThatFitsTheTable() {
		assertThat(SignInThrottle.usernameKey("Ada")).isEqualTo("ada");
		assertThat(SignInThrottle.usernameKey("z".repeat(5000))).hasSize(40);
		assertThat(SignInThrottle.usernameKey("a\u0000b")).isEqualTo("a?b");
		assertThat(SignInThrottle.usernameKey(null)).isEmpty();
	}

	@Test
	void theWaitInWords() {
		assertThat(SignInController.waitInWords(1)).isEqualTo("1 second");
		assertThat(SignInController.waitInWords(59)).isEqualTo("59 seconds");
		assertThat(SignInController.waitInWords(60)).isEqualTo("1 minute");
		assertThat(SignInController.waitInWords(61)).isEqualTo("2 minutes");
		assertThat(SignInController.waitInWords(900)).isEqualTo("15 minutes");
	}

	@Test
	void onlyPathsOnThisSiteAreFollowedAfterSigningIn() {
		assertThat(Continue.orHome("/python-backend/introduction-to-django?q=1#quiz"))
			.isEqualTo("/python-backend/introduction-to-django?q=1#quiz");
		assertThat(Continue.orHome("/account")).isEqualTo("/account");
		for (String elsewhere : List.of("https://elsewhere.example/", "//elsewhere.example", "/\\elsewhere.example",
				"\\\\elsewhere.example", "javascript:alert(1)", "elsewhere", "/a\r\nLocation: x", "/a b", "/\u007f",
				"/sign-in", "/sign-in?continue=/x", "/sign-up", "/sign-out", "/account/deleted", "",
				"/" + "x".repeat(500))) {
			assertThat(Continue.orHome(elsewhere)).as(elsewhere).isEqualTo("/");
		}
		assertThat(Continue.orHome(null)).isEqualTo("/");
		assertThat(Continue.path("/sign-inside")).isEqualTo("/sign-inside");
	}

}
