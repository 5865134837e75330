package dev.lectern.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import dev.lectern.content.Catalogue;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What crawlers and feed readers fetch: the sitemap, the Atom feed and robots.txt. They
 * show no reader state, so shared caches may keep them for an hour (Spring Security
 * leaves a Cache-Control that is already set alone), and reading them creates no session.
 */
@RestController
class FeedsController {

	static final CacheControl ONE_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private static final MediaType ATOM = new MediaType(MediaType.APPLICATION_ATOM_XML, StandardCharsets.UTF_8);

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final Catalogue catalogue;

	private final SiteUrls urls;

	private final MessageSource messages;

	FeedsController(Catalogue catalogue, SiteUrls urls, MessageSource messages) {
		this.catalogue = catalogue;
		this.urls = urls;
		this.messages = messages;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		return cacheable(XML, Sitemap.of(this.catalogue.tracks(), this.urls::absolute));
	}

	@GetMapping(AtomFeed.PATH)
	ResponseEntity<byte[]> feed() {
		return cacheable(ATOM, AtomFeed.of(message("site.name"), message("site.tagline"), this.catalogue.tracks(),
				this.urls::absolute));
	}

	/**
	 * Every page may be crawled except the table-of-contents jump links, which only record
	 * a visit and redirect to the lesson, the operator's actuator, and the pages of accounts
	 * and authors (forms and pages behind a sign-in, nothing to index). The paths start with
	 * the path Lectern is served under (e.g. {@code /learn/}); crawlers only read the
	 * host's own /robots.txt, so under a path the operator copies these lines there.
	 */
	@GetMapping("/robots.txt")
	ResponseEntity<byte[]> robots() {
		String root = URI.create(this.urls.absolute("/")).getRawPath();
		String robots = """
				User-agent: *
				Disallow: %s*/*/sections/
				Disallow: %sactuator/
				Disallow: %ssign-in
				Disallow: %ssign-up
				Disallow: %saccount
				Disallow: %sinsights

				Sitemap: %s
				""".formatted(root, root, root, root, root, root, this.urls.absolute("/sitemap.xml"));
		return cacheable(TEXT, robots.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * When the URLs come from the request, a shared cache must not hand a copy made for
	 * one forwarded host to a request for another.
	 */
	private ResponseEntity<byte[]> cacheable(MediaType type, byte[] body) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type).cacheControl(ONE_HOUR);
		if (!this.urls.configured()) {
			response.varyBy(SiteUrls.FORWARDED_HEADERS.toArray(String[]::new));
		}
		return response.body(body);
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, Locale.ENGLISH);
	}

}
