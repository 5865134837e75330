package dev.lectern.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The content as read from the lesson files and checked, ready to be written into the
 * tables: tracks in order, each with its lessons in the order the track file lists them.
 */
record ContentDrafts(List<TrackDraft> tracks, String hash) {

	int lessonCount() {
		return this.tracks.stream().mapToInt(track -> track.lessons().size()).sum();
	}

	record TrackDraft(String slug, String title, String description, List<LessonDraft> lessons) {
	}

	record LessonDraft(String slug, String title, String summary, int readingMinutes, String docsUrl,
			String docsLabel, LocalDate updatedOn, List<SectionDraft> sections, List<QuestionDraft> questions,
			List<FaqDraft> faqs) {
	}

	record SectionDraft(String anchor, String heading, String body, int words) {
	}

	/** {@code options} and {@code feedback} are keyed by letter, A–D in order. */
	record QuestionDraft(String prompt, Map<String, String> options, String correctLetter, String explanation,
			String teaches, String hint, Map<String, String> feedback) {
	}

	record FaqDraft(String question, String answer) {
	}

}
