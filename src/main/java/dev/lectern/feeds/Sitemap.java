package dev.lectern.feeds;

import java.util.List;
import java.util.function.UnaryOperator;

import dev.lectern.content.LessonSummary;
import dev.lectern.content.TrackContent;

/**
 * The sitemaps.org document: the home page, every track page and every lesson. Lessons
 * carry their last change ({@code lesson.updated_on}, kept by the content migrations);
 * the home and track pages carry none, since nothing records when a track's own text
 * changed and a guessed date is worse than none.
 */
final class Sitemap {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private Sitemap() {
	}

	/** {@code absolute} turns an application path into the URL the world sees. */
	static byte[] of(List<TrackContent> tracks, UnaryOperator<String> absolute) {
		XmlDocument xml = new XmlDocument(NAMESPACE, "urlset");
		url(xml, absolute.apply("/"));
		for (TrackContent track : tracks) {
			url(xml, absolute.apply(track.path()));
		}
		for (TrackContent track : tracks) {
			for (LessonSummary lesson : track.lessons()) {
				xml.open("url").text("loc", absolute.apply(lesson.path()));
				xml.text("lastmod", lesson.updatedOn().toString()).close();
			}
		}
		return xml.toBytes();
	}

	private static void url(XmlDocument xml, String location) {
		xml.open("url").text("loc", location).close();
	}

}
