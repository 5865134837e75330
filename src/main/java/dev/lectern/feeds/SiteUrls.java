package dev.lectern.feeds;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs for what is read away from the page: canonical links, Open Graph, the
 * sitemap, the feed and robots.txt. A configured {@code lectern.base-url} always wins;
 * without one, each request's own scheme, host and port are used: Tomcat's remote-IP valve
 * ({@code server.forward-headers-strategy=native}) has already applied what a trusted proxy
 * says about them, and nothing else a client sends changes them.
 * <p>
 * Only for what is rendered per request: HTML shared between readers links
 * context-relative ({@code @{/...}}), never through this.
 * <p>
 * Public because the layout template calls it as {@code @siteUrls}.
 */
@Component("siteUrls")
public class SiteUrls {

	/**
	 * The request headers (besides Host) the URLs depend on when no base URL is configured:
	 * those Tomcat's remote-IP valve reads from a trusted proxy.
	 */
	static final List<String> FORWARDED_HEADERS = List.of("X-Forwarded-Host", "X-Forwarded-Port",
			"X-Forwarded-Proto");

	/** Without a trailing slash; null when not configured. */
	private final String baseUrl;

	SiteUrls(@Value("${lectern.base-url:}") String baseUrl) {
		this.baseUrl = normalize(baseUrl);
	}

	/** The absolute URL of a path of the application, such as "/" or "/python-backend". */
	public String absolute(String path) {
		Assert.isTrue(path != null && path.startsWith("/"), () -> "Not an application path: " + path);
		if (this.baseUrl != null) {
			return this.baseUrl + path;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	/** True when the URLs come from the configuration, the same whatever the request says. */
	boolean configured() {
		return this.baseUrl != null;
	}

	private static String normalize(String url) {
		if (!StringUtils.hasText(url)) {
			return null;
		}
		String trimmed = url.trim();
		URI uri;
		try {
			uri = URI.create(trimmed);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(trimmed);
		}
		boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
		if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw invalid(trimmed);
		}
		return trimmed.replaceAll("/+$", "");
	}

	private static IllegalStateException invalid(String url) {
		return new IllegalStateException(
				"lectern.base-url must be an absolute http(s) URL such as https://lectern.example.org, not '" + url
						+ "'");
	}

}
