package dev.lectern.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated corpus of hostile and malformed requests. Every answer must be a client
 * error (never a 5xx), on the site's own error page or as JSON for JSON clients, and no
 * input comes back unescaped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	private static final String SCRIPT = "<script>alert(1)</script>";

	@LocalServerPort
	private int port;

	private String cookie;

	private String token;

	@BeforeEach
	void openASession() throws Exception {
		RawHttp.Response page = RawHttp.send(this.port,
				RawHttp.request("GET", bytes(LESSON), Map.of("Accept", "text/html"), null));
		this.cookie = page.header("set-cookie").split(";", 2)[0];
		this.token = page.body().replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
	}

	@Test
	void everyHostileRequestGetsAClientErrorOnTheSitesOwnPage() throws Exception {
		List<Case> corpus = corpus();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
		List<String> failures = new ArrayList<>();
		for (Case c : corpus) {
			RawHttp.Response response;
			try {
				response = RawHttp.send(this.port, c.request());
			}
			catch (java.io.IOException ex) {
				failures.add(c.name() + " -> no answer: " + ex);
				continue;
			}
			String problem = check(c, response);
			if (problem != null) {
				failures.add(c.name() + " -> " + response.status() + ": " + problem);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void wrongMethodsAre405WithAllow() throws Exception {
		RawHttp.Response response = RawHttp.send(this.port, form("POST", LESSON, "x=1"));
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("allow")).contains("GET");
		assertThat(response.body()).contains("site-header");
	}

	@Test
	void unsupportedMediaTypesAre415AndOversizedBodies413() throws Exception {
		Map<String, String> json = headers("application/json");
		json.put("X-CSRF-TOKEN", this.token);
		RawHttp.Response unsupported = RawHttp.send(this.port,
				RawHttp.request("POST", bytes(LESSON + "/progress"), json, bytes("{\"section\":\"key-features\"}")));
		assertThat(unsupported.status()).isEqualTo(415);

		byte[] big = ("section=" + "a".repeat(70_000) + "&_csrf=" + enc(this.token)).getBytes(StandardCharsets.US_ASCII);
		RawHttp.Response tooLarge = RawHttp.send(this.port, RawHttp.request("POST", bytes(LESSON + "/progress"),
				headers("application/x-www-form-urlencoded"), big));
		assertThat(tooLarge.status()).isEqualTo(413);
	}

	private String check(Case c, RawHttp.Response response) {
		if (response.status() >= 500 || response.status() == 0) {
			return "server error or no answer";
		}
		if (response.status() < 400) {
			return c.mayPass() ? null : "accepted";
		}
		String type = String.valueOf(response.header("content-type"));
		if (c.wantsJson()) {
			if (!type.contains("json")) {
				return "expected JSON, got " + type;
			}
		}
		else if (!response.body().contains("class=\"site-header\"")) {
			return "not the site's error page: " + response.body().substring(0, Math.min(200, response.body().length()));
		}
		if (response.body().contains(SCRIPT) || response.body().contains("<script>alert")) {
			return "input echoed unescaped";
		}
		if (response.body().contains("Exception") || response.body().contains("at dev.lectern")) {
			return "internals leaked";
		}
		return null;
	}

	private List<Case> corpus() {
		List<Case> cases = new ArrayList<>();
		Random random = new Random(42);
		List<String> badSegments = new ArrayList<>(List.of("..", "%2e%2e", "%252e%252e", "..%2f..%2fetc%2fpasswd",
				"%2e%2e%5c", "..;", ";jsessionid=1", "%00", "%ff%fe", "%c0%af", "%e2%82", "a%0d%0aSet-Cookie:x=1",
				enc(SCRIPT), "%3Cscript%3E", "\"'><img src=x onerror=alert(1)>".replace(" ", "%20"),
				"UPPER", "-leading", "x".repeat(3000), "1e9", "-1", "0", "4", "99999999999999999999", "%20",
				"WEB-INF", "META-INF", "application.properties", "%2fetc%2fpasswd", "a b".replace(" ", "%20"),
				"%u0041", "..%c0%af..", "\u00e9t\u00e9"));
		for (int i = 0; i < 8; i++) {
			badSegments.add(randomSegment(random));
		}
		List<String> templates = List.of("/%s", "/python-backend/%s", LESSON + "/sections/%s", LESSON + "/quiz/%s",
				"/%s/introduction-to-django", "/assets/css/%s");
		for (String template : templates) {
			for (String segment : badSegments) {
				String path = template.formatted(segment);
				cases.add(new Case("GET " + path, RawHttp.request("GET", bytes(path), headers(null), null), false,
						path.startsWith("/python-backend/%s".formatted(segment)) && false));
			}
		}
		// raw bytes no client should send, and a JSON client's view of a few of them
		for (byte[] raw : List.of(new byte[] { '/', (byte) 0xff, (byte) 0xfe }, new byte[] { '/', 'a', (byte) 0xc3 },
				new byte[] { '/', (byte) 0x80 })) {
			cases.add(new Case("GET raw bytes", RawHttp.request("GET", raw, headers(null), null), false, false));
		}
		for (String path : List.of("/nope", LESSON + "/quiz/9", LESSON + "/sections/nope", "/python-backend/nope")) {
			Map<String, String> json = headers(null);
			json.put("Accept", "application/json");
			cases.add(new Case("GET json " + path, RawHttp.request("GET", bytes(path), json, null), true, false));
		}
		// query strings
		for (String query : List.of("q=" + enc(SCRIPT), "q=%ff", "q=-1", "q=99999999999", "q=" + "9".repeat(5000),
				"q=1&q=2", "q=1.5", "q=%00")) {
			String path = LESSON + "?" + query;
			cases.add(new Case("GET " + path, RawHttp.request("GET", bytes(path), headers(null), null), false, false));
		}
		// wrong methods
		for (String method : List.of("PUT", "DELETE", "PATCH")) {
			for (String path : List.of("/", LESSON, LESSON + "/quiz/1", LESSON + "/progress", "/python-backend")) {
				cases.add(new Case(method + " " + path, formBytes(method, path, "a=1"), false, false));
			}
		}
		for (String path : List.of("/", LESSON, "/python-backend", LESSON + "/contents", LESSON + "/quiz")) {
			cases.add(new Case("POST " + path, formBytes("POST", path, "a=1"), false, false));
		}
		// bad form values for the quiz and progress endpoints
		List<String> badValues = List.of("", "E", "a", "AB", SCRIPT, "x".repeat(20_000), "%ff%fe", "%00", "A%00",
				"%c0%80", "\u00c4".repeat(10), "1", "null", "undefined", "[\"A\"]", "A;B", "' OR '1'='1",
				"key-features' OR '1'='1", "../../etc/passwd");
		for (String value : badValues) {
			String encoded = value.contains("%") ? value : enc(value);
			cases.add(new Case("POST answer=" + abbreviate(value), formBytes("POST", LESSON + "/quiz/2", "answer=" + encoded),
					false, false));
			cases.add(new Case("POST section=" + abbreviate(value), formBytes("POST", LESSON + "/progress", "section=" + encoded),
					false, false));
			cases.add(new Case("POST json section=" + abbreviate(value),
					jsonAccepting(formBytes("POST", LESSON + "/progress", "section=" + encoded)), true, false));
		}
		// floods of repeated fields
		for (int count : new int[] { 51, 500, 5000 }) {
			StringBuilder body = new StringBuilder();
			for (int i = 0; i < count; i++) {
				body.append("section=key-features&");
			}
			cases.add(new Case("POST " + count + " sections", formBytes("POST", LESSON + "/progress", body.toString()),
					false, false));
			cases.add(new Case("POST " + count + " answers",
					formBytes("POST", LESSON + "/quiz/3", body.toString().replace("section=key-features", "answer=D")),
					false, true));
		}
		// binary bodies and foreign media types
		byte[] binary = new byte[4096];
		random.nextBytes(binary);
		for (String type : List.of("application/octet-stream", "application/json", "text/plain", "application/xml",
				"multipart/form-data; boundary=x", "image/png")) {
			Map<String, String> headers = headers(type);
			headers.put("X-CSRF-TOKEN", this.token);
			cases.add(new Case("POST " + type, RawHttp.request("POST", bytes(LESSON + "/progress"), headers, binary),
					false, false));
			cases.add(new Case("POST quiz " + type, RawHttp.request("POST", bytes(LESSON + "/quiz/1"), headers, binary),
					false, false));
		}
		// oversized declared bodies
		for (String path : List.of(LESSON + "/progress", LESSON + "/quiz/1", "/")) {
			Map<String, String> headers = headers("application/x-www-form-urlencoded");
			headers.put("Content-Length", "10485760");
			cases.add(new Case("POST 10 MB " + path, RawHttp.request("POST", bytes(path), headers, new byte[0]), false,
					false));
		}
		// without a CSRF token
		for (String path : List.of(LESSON + "/progress", LESSON + "/quiz/1", LESSON + "/quiz/reset",
				LESSON + "/progress/reset")) {
			Map<String, String> headers = headers("application/x-www-form-urlencoded");
			cases.add(new Case("POST no csrf " + path,
					RawHttp.request("POST", bytes(path), headers, bytes("section=key-features&answer=A")), false, false));
		}
		return cases;
	}

	private byte[] formBytes(String method, String path, String body) {
		String withToken = body + (body.isEmpty() || body.endsWith("&") ? "" : "&") + "_csrf=" + enc(this.token);
		return RawHttp.request(method, bytes(path), headers("application/x-www-form-urlencoded"),
				withToken.getBytes(StandardCharsets.ISO_8859_1));
	}

	private byte[] form(String method, String path, String body) {
		return formBytes(method, path, body);
	}

	private static byte[] jsonAccepting(byte[] request) {
		String text = new String(request, StandardCharsets.ISO_8859_1).replace("Accept: text/html", "Accept: application/json");
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private Map<String, String> headers(String contentType) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", "text/html");
		headers.put("Cookie", this.cookie);
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		return headers;
	}

	private static String randomSegment(Random random) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int length = 1 + random.nextInt(40);
		for (int i = 0; i < length; i++) {
			out.writeBytes(String.format("%%%02x", random.nextInt(256)).getBytes(StandardCharsets.US_ASCII));
		}
		return out.toString(StandardCharsets.US_ASCII);
	}

	private static String abbreviate(String value) {
		return value.length() > 30 ? value.substring(0, 30) + "…(" + value.length() + ")" : value;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	record Case(String name, byte[] request, boolean wantsJson, boolean mayPass) {
	}

}
