package dev.lectern.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: a username that failed to sign in {@code perUsername} times within
 * the window, or a client address that failed {@code perAddress} times over any usernames,
 * must wait until the oldest of those failures leaves the window. The failures are rows in
 * the shared database, so every instance counts the same. An attempt made while waiting is
 * refused without checking the password and is not counted, so the wait never grows.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int perUsername;

	private final int perAddress;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, Clock clock,
			@Value("${lectern.sign-in.failures-per-username:5}") int perUsername,
			@Value("${lectern.sign-in.failures-per-address:50}") int perAddress,
			@Value("${lectern.sign-in.window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.perUsername = perUsername;
		this.perAddress = perAddress;
		this.window = window;
	}

	/** Seconds to wait before this username may be tried from this address; empty when it may be tried now. */
	OptionalLong retryAfterSeconds(String username, String address) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.window);
		long wait = Math.max(
				secondsToWait(recent("username_key", usernameKey(username), since, this.perUsername), this.perUsername,
						this.window, now),
				secondsToWait(recent("address", addressKey(address), since, this.perAddress), this.perAddress,
						this.window, now));
		return (wait > 0) ? OptionalLong.of(wait) : OptionalLong.empty();
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < :since")
			.param("since", utc(now.minus(this.window)))
			.update();
		this.jdbc.sql("INSERT INTO sign_in_failure (username_key, address, failed_at) VALUES (:username, :address, :now)")
			.param("username", usernameKey(username))
			.param("address", addressKey(address))
			.param("now", utc(now))
			.update();
	}

	/** The right password: this username's failures are forgotten (its address's are not). */
	void succeeded(String username) {
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE username_key = :username")
			.param("username", usernameKey(username))
			.update();
	}

	/**
	 * How long until fewer than {@code limit} of these failures are within the window.
	 * @param newestFirst the most recent failures in the window, newest first, at most
	 * {@code limit} of them
	 * @return seconds, rounded up; 0 when another attempt may be made now
	 */
	static long secondsToWait(List<Instant> newestFirst, int limit, Duration window, Instant now) {
		if (newestFirst.size() < limit) {
			return 0;
		}
		Instant free = newestFirst.get(limit - 1).plus(window);
		long millis = Duration.between(now, free).toMillis();
		return (millis <= 0) ? 0 : (millis + 999) / 1000;
	}

	private List<Instant> recent(String column, String value, Instant since, int limit) {
		return this.jdbc
			.sql("SELECT failed_at FROM sign_in_failure WHERE " + column + " = :value AND failed_at > :since "
					+ "ORDER BY failed_at DESC LIMIT " + limit)
			.param("value", value)
			.param("since", utc(since))
			.query((rs, row) -> rs.getObject("failed_at", OffsetDateTime.class).toInstant())
			.list();
	}

	/** Whatever was typed, as a key that fits the column: lower case, printable, cut to the longest username. */
	static String usernameKey(String username) {
		String key = (username != null) ? username.replaceAll("\\p{Cntrl}", "?").toLowerCase(Locale.ROOT) : "";
		return (key.length() > Usernames.MAX) ? key.substring(0, Usernames.MAX) : key;
	}

	private static String addressKey(String address) {
		String key = (address != null) ? address : "unknown";
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
