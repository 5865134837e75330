package dev.lectern.account;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The password rules: at least 10 characters, not the username, nothing else about what it
 * contains. At most 72 bytes, because bcrypt reads no further; and no control characters,
 * which no keyboard types into a password field.
 */
final class Passwords {

	static final int MIN = 10;

	static final int MAX_BYTES = 72;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private Passwords() {
	}

	/** What is wrong with a new password, or null when it may be used. */
	static String problem(String password, String username) {
		if (password == null || password.isEmpty()) {
			return "Enter a password.";
		}
		if (CONTROL.matcher(password).find()) {
			return "A password cannot contain control characters such as tabs or line breaks.";
		}
		if (password.codePointCount(0, password.length()) < MIN) {
			return "Use at least " + MIN + " characters.";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "Use at most " + MAX_BYTES + " characters (letters with accents and emoji count as two to four).";
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			return "Choose a password that is not your username.";
		}
		return null;
	}

}
