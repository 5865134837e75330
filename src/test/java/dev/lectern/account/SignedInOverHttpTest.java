package dev.lectern.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.lectern.HttpBrowser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in over real HTTP, where the session cookie is the one browsers get: it lasts 30
 * days from the last visit, is HttpOnly and SameSite=Lax, and gets a new value at sign-in.
 * The form again after a failed sign-in and the 403 page without a token are whole pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignedInOverHttpTest {

	private static final String THIRTY_DAYS = "Max-Age=2592000";

	@LocalServerPort
	private int port;

	@Test
	void theSignedInCookieLastsThirtyDaysFromTheLastVisitAndChangesAtSignIn() {
		String name = AccountTest.name("http");
		String credentials = "username=" + name + "&password=correct+horse+battery";
		HttpBrowser browser = new HttpBrowser(this.port);
		browser.get("/sign-up");
		HttpResponse<String> signUp = browser.post("/sign-up", credentials);
		assertThat(signUp.statusCode()).isEqualTo(303);
		assertThat(sessionCookie(signUp)).contains(THIRTY_DAYS, "HttpOnly", "SameSite=Lax", "Path=/");
		String first = browser.cookie("LECTERN_SESSION");

		// every page a signed-in reader opens renews the 30 days
		HttpResponse<String> page = browser.get("/python-backend");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(page)).startsWith("LECTERN_SESSION=" + first + ";").contains(THIRTY_DAYS);
		assertThat(Jsoup.parse(page.body()).select(".site-nav__account").text()).endsWith(name);

		assertThat(browser.post("/sign-out", "").statusCode()).isEqualTo(303);
		assertThat(browser.cookie("LECTERN_SESSION")).isNull();
		browser.get("/sign-in");
		HttpResponse<String> wrong = browser.post("/sign-in", "username=" + name + "&password=not+it+at+all");
		assertThat(wrong.statusCode()).isEqualTo(401);
		Document form = Jsoup.parse(wrong.body());
		assertThat(form.select("header.site-header")).hasSize(1);
		assertThat(form.select("#password-error").text()).isEqualTo("Error: Wrong username or password.");
		assertThat(form.select("#username").val()).isEqualTo(name);
		assertThat(form.select("form[action=/sign-in] input[name=_csrf]").val()).isNotEmpty();

		HttpResponse<String> signIn = browser.post("/sign-in", credentials);
		assertThat(signIn.statusCode()).isEqualTo(303);
		assertThat(sessionCookie(signIn)).contains(THIRTY_DAYS);
		assertThat(browser.cookie("LECTERN_SESSION")).isNotNull().isNotEqualTo(first);
	}

	@Test
	void aSignInWithoutItsTokenGetsTheForbiddenPage() throws Exception {
		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/sign-in"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString("username=someone&password=whatever+it+is"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(forged.body()).select("main").text()).contains("The form may have expired");
		assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("LECTERN_SESSION"));
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("LECTERN_SESSION="))
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
