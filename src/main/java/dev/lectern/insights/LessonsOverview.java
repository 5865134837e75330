package dev.lectern.insights;

import java.util.List;

import dev.lectern.content.LessonContent;

/**
 * {@code /insights}: one page of every track's lessons with their readers, and how far
 * they got. {@code lessons} is page {@code page} of {@code pages} (from 1) of {@code total}.
 */
public record LessonsOverview(List<Row> lessons, int page, int pages, int total, int first) {

	static final int PAGE_SIZE = 20;

	public boolean paged() {
		return this.pages > 1;
	}

	public String pageUrl(int number) {
		return (number <= 1) ? "/insights" : "/insights?page=" + number;
	}

	public String csvUrl() {
		return (this.page <= 1) ? "/insights/lessons.csv" : "/insights/lessons.csv?page=" + this.page;
	}

	public int last() {
		return this.first + this.lessons.size() - 1;
	}

	public Table table() {
		return new Table("Lessons " + this.first + " to " + last() + " of " + this.total + ", with their readers",
				List.of("Lesson", "Track", "Readers who started", "Reached the end", "Finished the quiz (first attempt)",
						"Average first-attempt score"),
				this.lessons.stream()
					.map(row -> List.of(row.lesson().title(), row.lesson().trackTitle(), Figures.count(row.readers()),
							Figures.count(row.reachedEnd()), row.attempts().finishedText(), row.attempts().averageText()))
					.toList(),
				csvUrl(), this.lessons.stream().map(row -> "/insights" + row.lesson().path()).toList());
	}

	public record Row(LessonContent lesson, long readers, long reachedEnd, LessonInsights.Attempts attempts) {
	}

}
