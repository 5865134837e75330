package dev.lectern.reader;

import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that tells a returning reader: their reader id, for a year after their last
 * save or visit (sliding), HttpOnly, SameSite=Lax, Secure whenever the request came over
 * HTTPS (directly or through a trusted proxy).
 */
final class ReaderCookie {

	static final String NAME = "LECTERN_READER";

	static final Duration MAX_AGE = Duration.ofDays(365);

	/**
	 * The cookie Spring Security's cookie token repository sets on every page that carries
	 * a CSRF token, that is, every Lectern page: its presence says that this browser has
	 * loaded a Lectern page before.
	 */
	static final String CSRF_COOKIE = "XSRF-TOKEN";

	/** Reader ids are random UUIDs; anything else in the cookie is ignored. */
	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private ReaderCookie() {
	}

	static String readerId(HttpServletRequest request) {
		String value = value(request, NAME);
		return (value != null && ID.matcher(value).matches()) ? value : null;
	}

	static boolean browserKnown(HttpServletRequest request) {
		return value(request, NAME) != null || value(request, CSRF_COOKIE) != null;
	}

	static void write(String readerId, HttpServletRequest request, HttpServletResponse response) {
		String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
		ResponseCookie cookie = ResponseCookie.from(NAME, readerId)
			.path(path)
			.maxAge(MAX_AGE)
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** Whether the request carries a reader cookie at all (a valid id or not). */
	static boolean present(HttpServletRequest request) {
		return value(request, NAME) != null;
	}

	/** Tells the browser to forget the reader cookie. */
	static void clear(HttpServletRequest request, HttpServletResponse response) {
		String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
		ResponseCookie cookie = ResponseCookie.from(NAME, "")
			.path(path)
			.maxAge(0)
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static String value(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
