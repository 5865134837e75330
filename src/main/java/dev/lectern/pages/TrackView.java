package dev.lectern.pages;

import java.util.List;

import dev.lectern.content.LessonSummary;
import dev.lectern.content.TrackContent;
import dev.lectern.progress.ProgressView;

/**
 * A track with the reader's state per lesson: for the home page and the track contents page.
 * {@code lessons} are one page of the track's lessons ({@code page} of {@code pages}, from 1);
 * {@code total} counts them all.
 */
public record TrackView(TrackContent track, List<LessonRow> lessons, int page, int pages, int total) {

	public boolean paged() {
		return this.pages > 1;
	}

	public String pageUrl(int number) {
		return (number <= 1) ? this.track.path() : this.track.path() + "?page=" + number;
	}

	/**
	 * One lesson in a track list. {@code score} is null until the reader has answered every
	 * question; the action label says whether the reader starts, continues or revisits.
	 */
	public record LessonRow(int number, LessonSummary lesson, ProgressView progress, Integer score, int questions) {

		public String actionLabel() {
			if (this.progress.percent() == 100) {
				return "Read again";
			}
			return this.progress.started() ? "Continue" : "Start";
		}

		public String actionUrl() {
			return this.progress.started() ? this.progress.continueUrl() : this.lesson.path();
		}

	}

}
