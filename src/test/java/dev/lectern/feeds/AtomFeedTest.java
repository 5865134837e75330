package dev.lectern.feeds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dev.lectern.content.LessonSummary;
import dev.lectern.content.TrackContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static dev.lectern.feeds.AtomFeed.NAMESPACE;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the content says, the feed and the sitemap stay well-formed and say it back exactly. */
class AtomFeedTest {

	private static final String NASTY = "<b>Tom & Jerry's \"Q&A\" – ]]> </entry>";

	private static final TrackContent TRACK = new TrackContent("t", "Track <1> & \"2\"", "Summary",
			List.of(new LessonSummary("t", "a", NASTY, NASTY + " summary", 3, LocalDate.of(2026, 1, 2)),
					new LessonSummary("t", "b", "Later", "Later summary", 3, LocalDate.of(2026, 3, 4))));

	@Test
	void escapesTitlesSummariesAndAttributes() {
		byte[] bytes = AtomFeed.of("Site & <co>", "It's", List.of(TRACK), path -> "https://x.example" + path);
		Element feed = Xml.root(bytes);
		assertThat(Xml.text(feed, NAMESPACE, "title")).isEqualTo("Site & <co>");
		Element entry = Xml.children(feed, NAMESPACE, "entry").get(1);
		assertThat(Xml.text(entry, NAMESPACE, "title")).isEqualTo(NASTY);
		assertThat(Xml.text(entry, NAMESPACE, "summary")).isEqualTo(NASTY + " summary");
		assertThat(Xml.child(entry, NAMESPACE, "category").getAttribute("label")).isEqualTo("Track <1> & \"2\"");
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Tom &amp; Jerry's", "–")
			.doesNotContain("<b>");
	}

	@Test
	void newestFirstAndTheFeedIsAsNewAsItsNewestEntry() {
		Element feed = Xml.root(AtomFeed.of("S", "T", List.of(TRACK), path -> "https://x.example" + path));
		assertThat(Xml.children(feed, NAMESPACE, "entry")).extracting(e -> Xml.text(e, NAMESPACE, "id"))
			.containsExactly("https://x.example/t/b", "https://x.example/t/a");
		assertThat(Xml.text(feed, NAMESPACE, "updated")).isEqualTo("2026-03-04T00:00:00Z");
	}

	@Test
	void theSitemapEscapesToo() {
		Element urlset = Xml.root(Sitemap.of(List.of(TRACK), path -> "https://x.example" + path + "?a=1&b=2"));
		assertThat(Xml.children(urlset, Sitemap.NAMESPACE, "url")).extracting(
				url -> Xml.text(url, Sitemap.NAMESPACE, "loc")).contains("https://x.example/t/a?a=1&b=2");
	}

}
