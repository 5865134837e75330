package dev.lectern.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Usernames: 3 to 40 characters of ASCII letters, digits, dot, underscore and hyphen, one
 * account per name without regard to case. ASCII only, so that no two names look alike
 * and lower-casing is the same in every locale.
 */
final class Usernames {

	static final int MIN = 3;

	static final int MAX = 40;

	private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

	private Usernames() {
	}

	static boolean valid(String username) {
		return username != null && username.length() >= MIN && username.length() <= MAX
				&& ALLOWED.matcher(username).matches();
	}

	/** What is wrong with a username chosen at sign-up, or null when it may be used. */
	static String problem(String username) {
		if (username == null || username.isEmpty()) {
			return "Enter a username.";
		}
		if (!ALLOWED.matcher(username).matches()) {
			return "Use only letters a–z, digits, dots (.), underscores (_) and hyphens (-).";
		}
		if (username.length() < MIN || username.length() > MAX) {
			return "Use " + MIN + " to " + MAX + " characters; this one has " + username.length() + ".";
		}
		return null;
	}

	/** The form a username is unique in. */
	static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}

	/**
	 * A typed username as it may be shown again in a form: without control characters and
	 * cut to a length a field can show.
	 */
	static String echo(String typed) {
		if (typed == null) {
			return "";
		}
		String printable = typed.replaceAll("\\p{Cntrl}", "");
		return (printable.length() > 100) ? printable.substring(0, 100) : printable;
	}

}
