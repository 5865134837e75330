package dev.lectern.content;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Related content is the lessons nearest in the track, never the whole of a long track. */
class RelatedLessonsTest {

	private static List<LessonSummary> track(int size) {
		return IntStream.rangeClosed(1, size)
			.mapToObj(n -> new LessonSummary("t", "l" + n, "L" + n, "s", 5, LocalDate.of(2026, 1, 1)))
			.toList();
	}

	private static List<String> related(int size, int index) {
		return Catalogue.related(track(size), index).stream().map(LessonSummary::slug).toList();
	}

	@Test
	void aShortTrackRelatesEveryOtherLesson() {
		assertThat(related(3, 1)).containsExactly("l1", "l3");
		assertThat(related(3, 0)).containsExactly("l2", "l3");
		assertThat(related(1, 0)).isEmpty();
	}

	@Test
	void aLongTrackRelatesTheFourNearest() {
		assertThat(related(1000, 0)).containsExactly("l2", "l3", "l4", "l5");
		assertThat(related(1000, 500)).containsExactly("l499", "l500", "l502", "l503");
		assertThat(related(1000, 999)).containsExactly("l996", "l997", "l998", "l999");
	}

}
