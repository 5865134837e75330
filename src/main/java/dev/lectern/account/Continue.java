package dev.lectern.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Where a reader goes after signing in or up: back to the page they came from, named by the
 * {@code continue} parameter. Only a path on this site is followed; anything else (another
 * host, {@code //host}, a backslash, a control character, the sign-in pages themselves)
 * goes to the home page, so a link cannot send a reader elsewhere.
 */
final class Continue {

	static final String PARAMETER = "continue";

	static final int MAX_LENGTH = 500;

	private static final List<String> SIGNING_IN = List.of("/sign-in", "/sign-up", "/sign-out", "/account/deleted");

	private Continue() {
	}

	/** The path to continue to, or null when there is none worth keeping. */
	static String path(String target) {
		if (target == null || target.isEmpty() || target.length() > MAX_LENGTH || !target.startsWith("/")
				|| target.startsWith("//") || target.indexOf('\\') >= 0) {
			return null;
		}
		for (int i = 0; i < target.length(); i++) {
			char c = target.charAt(i);
			if (c <= ' ' || c == 0x7f) {
				return null;
			}
		}
		String path = target.split("[?#]", 2)[0];
		return SIGNING_IN.stream().anyMatch(page -> path.equals(page) || path.startsWith(page + "/")) ? null : target;
	}

	/** The path to continue to, or the home page. */
	static String orHome(String target) {
		String path = path(target);
		return (path != null) ? path : "/";
	}

	/** The page a request is for (path and query, without the context path), as a place to come back to. */
	static String here(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return path((query != null) ? uri + "?" + query : uri);
	}

	/** 303 See Other to a path on this site. */
	static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + path);
	}

}
