package dev.lectern;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser over real HTTP, for tests against a running server: a cookie jar (the reader
 * cookie, the CSRF cookie, a session cookie once signed in) and the CSRF token of the last
 * page it loaded, sent back with every form as a browser does. Redirects are not followed.
 * {@link #on(int)} is the same browser talking to another instance on this machine (as
 * through a load balancer: one host, one cookie jar).
 */
public final class HttpBrowser {

	static final String ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient http;

	private final CookieManager cookies;

	private final AtomicReference<String> token;

	private final String base;

	public HttpBrowser(int port) {
		this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.build();
		this.token = new AtomicReference<>();
		this.base = "http://localhost:" + port;
	}

	private HttpBrowser(HttpBrowser other, int port) {
		this.cookies = other.cookies;
		this.http = other.http;
		this.token = other.token;
		this.base = "http://localhost:" + port;
	}

	/** This browser (its cookies and token) talking to the server on another port. */
	public HttpBrowser on(int port) {
		return new HttpBrowser(this, port);
	}

	/** A GET as a browser's navigation sends it, preferring HTML. */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT_HTML).GET());
	}

	/** A page: its HTML, parsed. */
	public Document page(String path) {
		return Jsoup.parse(get(path).body());
	}

	/** A form post with the token of the last page loaded; {@code form} is urlencoded, may be empty. */
	public HttpResponse<String> post(String path, String form) {
		return post(path, form, false);
	}

	/** The same, asking for JSON, as the script does. */
	public HttpResponse<String> postJson(String path, String form) {
		return post(path, form, true);
	}

	private HttpResponse<String> post(String path, String form, boolean json) {
		String token = this.token.get();
		if (token == null) {
			throw new IllegalStateException("Load a page before posting a form");
		}
		String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (json) {
			request.header("Accept", "application/json");
		}
		return send(request);
	}

	/** Puts a cookie into the jar, as if the server had set it. */
	public void setCookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.base), cookie);
	}

	/** The value of one of this browser's cookies, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				String token = Jsoup.parse(response.body()).select("meta[name=_csrf]").attr("content");
				if (!token.isEmpty()) {
					this.token.set(token);
				}
			}
			return response;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

}
