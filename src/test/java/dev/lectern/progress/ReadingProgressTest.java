package dev.lectern.progress;

import java.util.List;
import java.util.Set;

import dev.lectern.content.LessonContent;
import dev.lectern.content.LessonSummary;
import dev.lectern.content.SectionContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingProgressTest {

	/** Five sections of 100, 100, 200, 300 and 300 words (1,000 in all), read in 5 minutes. */
	private final LessonContent lesson = lesson(5, 100, 100, 200, 300, 300);

	@Test
	void freshReaderHasReadNothingAndTheWholeTimeLeft() {
		ReadingProgress progress = ReadingProgress.of(this.lesson, Set.of());
		assertThat(progress.percent()).isZero();
		assertThat(progress.minutesLeft()).isEqualTo(5);
		assertThat(progress.sectionsRead()).isZero();
		assertThat(progress.sectionCount()).isEqualTo(5);
		assertThat(progress.complete()).isFalse();
	}

	@Test
	void sectionsWeighByTheirWords() {
		assertThat(ReadingProgress.of(this.lesson, Set.of("s1")).percent()).isEqualTo(10);
		assertThat(ReadingProgress.of(this.lesson, Set.of("s5")).percent()).isEqualTo(30);
		assertThat(ReadingProgress.of(this.lesson, Set.of("s4", "s5")).percent()).isEqualTo(60);
	}

	@Test
	void minutesLeftRoundUp() {
		// 10% read: 4.5 minutes left, shown as 5
		assertThat(ReadingProgress.of(this.lesson, Set.of("s1")).minutesLeft()).isEqualTo(5);
		// 20% read: exactly 4 minutes left, not 5 through a rounding error
		assertThat(ReadingProgress.of(this.lesson, Set.of("s1", "s2")).minutesLeft()).isEqualTo(4);
		// 90% read: half a minute left is still a minute
		assertThat(ReadingProgress.of(this.lesson, Set.of("s2", "s3", "s4", "s5")).minutesLeft()).isEqualTo(1);
	}

	@Test
	void everySectionReadIsAHundredPercentAndNothingLeft() {
		ReadingProgress progress = ReadingProgress.of(this.lesson, Set.of("s1", "s2", "s3", "s4", "s5"));
		assertThat(progress.percent()).isEqualTo(100);
		assertThat(progress.minutesLeft()).isZero();
		assertThat(progress.complete()).isTrue();
	}

	@Test
	void percentNeverRoundsUpToAHundredBeforeTheEnd() {
		LessonContent lopsided = lesson(5, 999, 1);
		ReadingProgress progress = ReadingProgress.of(lopsided, Set.of("s1"));
		assertThat(progress.percent()).isEqualTo(99);
		assertThat(progress.minutesLeft()).isEqualTo(1);
	}

	@Test
	void anchorsOfOtherLessonsDoNotCount() {
		assertThat(ReadingProgress.of(this.lesson, Set.of("elsewhere")).percent()).isZero();
	}

	static LessonContent lesson(int minutes, int... words) {
		List<SectionContent> sections = new java.util.ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			sections.add(new SectionContent("s" + (i + 1), "Section " + (i + 1), "<p>text</p>", words[i]));
		}
		LessonSummary summary = new LessonSummary("track", "lesson", "A lesson", "About it", minutes, null);
		return new LessonContent("track", "Track", summary, "https://example.org", "Docs", sections, List.of(),
				List.of(), null, null, List.of());
	}

}
