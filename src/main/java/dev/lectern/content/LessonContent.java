package dev.lectern.content;

import java.util.List;
import java.util.Optional;

/**
 * Everything a lesson page shows of the catalogue, immutable, built once from the lesson
 * graph and cached. {@code previous}/{@code next} are null at the ends of the track.
 */
public record LessonContent(String trackSlug, String trackTitle, LessonSummary summary, String docsUrl,
		String docsLabel, List<SectionContent> sections, List<QuestionContent> questions, List<FaqContent> faqs,
		LessonSummary previous, LessonSummary next, List<LessonSummary> related) {

	public String slug() {
		return this.summary.slug();
	}

	public String title() {
		return this.summary.title();
	}

	public String key() {
		return this.summary.key();
	}

	public String path() {
		return this.summary.path();
	}

	public int readingMinutes() {
		return this.summary.readingMinutes();
	}

	public int totalWords() {
		return this.sections.stream().mapToInt(SectionContent::words).sum();
	}

	public Optional<SectionContent> section(String anchor) {
		return this.sections.stream().filter(section -> section.anchor().equals(anchor)).findFirst();
	}

	public Optional<QuestionContent> question(int number) {
		return this.questions.stream().filter(question -> question.number() == number).findFirst();
	}

}
