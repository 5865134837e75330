package dev.lectern;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One reader in MVC tests: a browser's cookie jar (the reader cookie, the CSRF cookie and,
 * once signed in, the session cookie) kept from request to request.
 */
public final class Reader {

	/** The reader cookie: set by the first save, names the reader's rows. */
	public static final String READER_COOKIE = "LECTERN_READER";

	private final MockMvcTester mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String token;

	private String address;

	Reader(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult get(String url) {
		return remember(withCookies(this.mvc.get().uri(url)).exchange());
	}

	public MvcTestResult getJson(String url) {
		return remember(withCookies(this.mvc.get().uri(url)).accept(MediaType.APPLICATION_JSON).exchange());
	}

	/** A page as the reader sees it: asserts 200 and parses the HTML. */
	public Document page(String url) {
		MvcTestResult result = get(url);
		assertThat(result).hasStatusOk();
		return html(result);
	}

	public static Document html(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A form post with the CSRF token a page gave this reader, as a browser sends it (the
	 * token cookie, and the token in the form); params are name, value, name, value…
	 */
	public MvcTestResult post(String url, String... params) {
		String token = token();
		return remember(form(url, params).param("_csrf", token).exchange());
	}

	public MvcTestResult postJson(String url, String... params) {
		String token = token();
		return remember(form(url, params).param("_csrf", token).accept(MediaType.APPLICATION_JSON).exchange());
	}

	public MvcTestResult postWithoutCsrf(String url, String... params) {
		return remember(form(url, params).exchange());
	}

	/** This reader's requests come from that client address (MockMvc's default is 127.0.0.1). */
	public Reader from(String address) {
		this.address = address;
		return this;
	}

	/** The value of one of the reader's cookies, or null. */
	public String cookie(String name) {
		Cookie cookie = this.cookies.get(name);
		return (cookie != null) ? cookie.getValue() : null;
	}

	/**
	 * The token of the last page this reader loaded; a reader who has loaded none loads the
	 * home page first, as nobody posts a form they have not seen. (Not Spring Security's
	 * csrf() post-processor: it swaps the shared context's token store for a session-based
	 * one, and the cookie-based store is what is under test.)
	 */
	private String token() {
		if (this.token == null) {
			page("/");
		}
		return this.token;
	}

	private MockMvcTester.MockMvcRequestBuilder form(String url, String... params) {
		MockMvcTester.MockMvcRequestBuilder request = withCookies(this.mvc.post().uri(url))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private MockMvcTester.MockMvcRequestBuilder withCookies(MockMvcTester.MockMvcRequestBuilder request) {
		if (this.address != null) {
			String address = this.address;
			request.with(mock -> {
				mock.setRemoteAddr(address);
				return mock;
			});
		}
		return this.cookies.isEmpty() ? request : request.cookie(this.cookies.values().toArray(Cookie[]::new));
	}

	private MvcTestResult remember(MvcTestResult result) {
		String type = result.getResponse().getContentType();
		if (type != null && type.startsWith("text/html")) {
			String token = html(result).select("meta[name=_csrf]").attr("content");
			if (!token.isEmpty()) {
				this.token = token;
			}
		}
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

}
