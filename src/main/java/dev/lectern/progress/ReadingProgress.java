package dev.lectern.progress;

import java.util.Set;

import dev.lectern.content.LessonContent;
import dev.lectern.content.SectionContent;

/**
 * How far a reader got in a lesson. Sections weigh by their words, so reading a long
 * section moves the bar further than a short one. Integer arithmetic keeps the boundaries
 * exact: 100% and "0 min left" only when every section was read.
 */
public record ReadingProgress(int percent, int minutesLeft, int sectionsRead, int sectionCount) {

	public static ReadingProgress of(LessonContent lesson, Set<String> visited) {
		long total = 0;
		long read = 0;
		int sectionsRead = 0;
		for (SectionContent section : lesson.sections()) {
			total += section.words();
			if (visited.contains(section.anchor())) {
				read += section.words();
				sectionsRead++;
			}
		}
		if (total == 0) {
			boolean done = sectionsRead == lesson.sections().size();
			return new ReadingProgress(done ? 100 : 0, done ? 0 : lesson.readingMinutes(), sectionsRead,
					lesson.sections().size());
		}
		int percent = (int) (read * 100 / total);
		int minutesLeft = (int) ceilDiv(lesson.readingMinutes() * (total - read), total);
		return new ReadingProgress(percent, minutesLeft, sectionsRead, lesson.sections().size());
	}

	private static long ceilDiv(long dividend, long divisor) {
		return (dividend + divisor - 1) / divisor;
	}

	public boolean complete() {
		return this.sectionsRead == this.sectionCount;
	}

}
