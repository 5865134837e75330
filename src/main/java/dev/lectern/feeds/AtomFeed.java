package dev.lectern.feeds;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.lectern.content.LessonSummary;
import dev.lectern.content.TrackContent;

/**
 * The Atom 1.0 feed (RFC 4287): one entry per lesson, the most recently updated first.
 * An entry's id is the lesson's absolute URL, so it only stays the same across hosts when
 * {@code lectern.base-url} is set.
 */
final class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	static final String PATH = "/feed.atom";

	private AtomFeed() {
	}

	/**
	 * {@code title} and {@code subtitle} describe the site; {@code absolute} turns an
	 * application path into the URL the world sees.
	 */
	static byte[] of(String title, String subtitle, List<TrackContent> tracks, UnaryOperator<String> absolute) {
		List<Entry> entries = new ArrayList<>();
		for (TrackContent track : tracks) {
			track.lessons().forEach(lesson -> entries.add(new Entry(track, lesson)));
		}
		// a stable sort: lessons updated on the same day keep their order in the catalogue
		entries.sort(Comparator.comparing((Entry entry) -> entry.lesson().updatedOn()).reversed());
		LocalDate updated = entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).lesson().updatedOn();

		XmlDocument xml = new XmlDocument(NAMESPACE, "feed");
		xml.text("title", title).text("subtitle", subtitle);
		xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", absolute.apply(PATH));
		xml.empty("link", "rel", "alternate", "type", "text/html", "href", absolute.apply("/"));
		xml.text("id", absolute.apply(PATH)).text("updated", timestamp(updated));
		xml.open("author").text("name", title).close();
		for (Entry entry : entries) {
			LessonSummary lesson = entry.lesson();
			String url = absolute.apply(lesson.path());
			xml.open("entry").text("title", lesson.title());
			xml.empty("link", "rel", "alternate", "type", "text/html", "href", url);
			xml.text("id", url).text("updated", timestamp(lesson.updatedOn()));
			xml.empty("category", "term", entry.track().slug(), "label", entry.track().title());
			xml.text("summary", lesson.summary()).close();
		}
		return xml.toBytes();
	}

	/** Atom wants a date-time; a lesson records the day it changed, taken as midnight UTC. */
	static String timestamp(LocalDate day) {
		return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC));
	}

	private record Entry(TrackContent track, LessonSummary lesson) {
	}

}
