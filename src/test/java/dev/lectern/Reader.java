package dev.lectern;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** One reader in MVC tests: keeps their session cookie from request to request. */
public final class Reader {

	/**
	 * The session cookie's name on a real server. Under MockMvc there is no servlet
	 * container to apply {@code server.servlet.session.cookie.*}, and Spring Session falls
	 * back to its default name.
	 */
	public static final String SESSION_COOKIE = "LECTERN_SESSION";

	private static final String MOCK_SESSION_COOKIE = "SESSION";

	private final MockMvcTester mvc;

	private Cookie session;

	Reader(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult get(String url) {
		return remember(withSession(this.mvc.get().uri(url)).exchange());
	}

	public MvcTestResult getJson(String url) {
		return remember(withSession(this.mvc.get().uri(url)).accept(MediaType.APPLICATION_JSON).exchange());
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

	/** A form post with a valid CSRF token; params are name, value, name, value… */
	public MvcTestResult post(String url, String... params) {
		return remember(form(url, params).with(csrf()).exchange());
	}

	public MvcTestResult postJson(String url, String... params) {
		return remember(form(url, params).with(csrf()).accept(MediaType.APPLICATION_JSON).exchange());
	}

	public MvcTestResult postWithoutCsrf(String url, String... params) {
		return remember(form(url, params).exchange());
	}

	private MockMvcTester.MockMvcRequestBuilder form(String url, String... params) {
		MockMvcTester.MockMvcRequestBuilder request = withSession(this.mvc.post().uri(url))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private MockMvcTester.MockMvcRequestBuilder withSession(MockMvcTester.MockMvcRequestBuilder request) {
		return (this.session != null) ? request.cookie(this.session) : request;
	}

	private MvcTestResult remember(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
		if (cookie == null) {
			cookie = result.getResponse().getCookie(MOCK_SESSION_COOKIE);
		}
		if (cookie != null) {
			this.session = cookie;
		}
		return result;
	}

}
