package dev.lectern.content;

import java.time.LocalDate;

/** A lesson as it appears in lists: track contents, previous/next, related content. */
public record LessonSummary(String trackSlug, String slug, String title, String summary, int readingMinutes,
		LocalDate updatedOn) {

	/** What readers' rows name the lesson by: {@code track/lesson}. */
	public String key() {
		return this.trackSlug + "/" + this.slug;
	}

	public String path() {
		return "/" + this.trackSlug + "/" + this.slug;
	}

}
