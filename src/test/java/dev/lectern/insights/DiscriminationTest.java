package dev.lectern.insights;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DiscriminationTest {

	/*
	 * Worked by hand. 40 readers answered all three questions at their first attempt, ten with
	 * each total score 3, 2, 1 and 0. Right answers per score (each row adds up to score x 10):
	 *
	 *   score  readers  Q1  Q2  Q3
	 *     3      10     10  10  10
	 *     2      10      8   2  10
	 *     1      10      4   6   0
	 *     0      10      0   0   0
	 *
	 * Each group is 27% of 40 = 10.8, rounded: 11 readers.
	 * Upper: the 10 readers who scored 3, and 1 of the 10 who scored 2 (counted as 1/10 of each).
	 * Lower: the 10 readers who scored 0, and 1 of the 10 who scored 1.
	 *   Q1: upper right 10 + 8/10 = 10.8, lower 0 + 4/10 = 0.4  -> (10.8 - 0.4) / 11 = 0.9454...
	 *   Q2: upper right 10 + 2/10 = 10.2, lower 0 + 6/10 = 0.6  -> (10.2 - 0.6) / 11 = 0.8727...
	 *   Q3: upper right 10 + 10/10 = 11,  lower 0 + 0/10 = 0    -> 11 / 11 = 1
	 */
	private static final List<Discrimination.Score> WORKED = List.of(
			new Discrimination.Score(2, 10, Map.of(1, 8L, 2, 2L, 3, 10L)),
			new Discrimination.Score(0, 10, Map.of()),
			new Discrimination.Score(3, 10, Map.of(1, 10L, 2, 10L, 3, 10L)),
			new Discrimination.Score(1, 10, Map.of(1, 4L, 2, 6L)));

	@Test
	void theWorkedExample() {
		Map<Integer, Double> index = Discrimination.of(WORKED, List.of(1, 2, 3)).orElseThrow();

		assertThat(index.get(1)).isCloseTo(10.4 / 11, within(1e-9));
		assertThat(index.get(2)).isCloseTo(9.6 / 11, within(1e-9));
		assertThat(index.get(3)).isCloseTo(1.0, within(1e-9));
		assertThat(Figures.decimal(index.get(1))).isEqualTo("0.95");
		assertThat(Figures.decimal(index.get(2))).isEqualTo("0.87");
	}

	@Test
	void aQuestionTheWeakerReadersGetRightMoreOftenHasANegativeIndex() {
		// 30 readers: 15 scored 2 (all of them right on Q1 and Q2, wrong on Q3), 15 scored 1
		// (right on Q3 only). Groups of round(8.1) = 8: upper all from score 2, lower all from 1.
		List<Discrimination.Score> scores = List.of(new Discrimination.Score(2, 15, Map.of(1, 15L, 2, 15L)),
				new Discrimination.Score(1, 15, Map.of(3, 15L)));

		Map<Integer, Double> index = Discrimination.of(scores, List.of(1, 2, 3)).orElseThrow();

		assertThat(index.get(1)).isCloseTo(1.0, within(1e-9));
		assertThat(index.get(2)).isCloseTo(1.0, within(1e-9));
		assertThat(index.get(3)).isCloseTo(-1.0, within(1e-9));
	}

	@Test
	void whenEveryoneHasTheSameScoreNoQuestionDiscriminates() {
		List<Discrimination.Score> scores = List.of(new Discrimination.Score(1, 30, Map.of(1, 10L, 2, 20L)));

		Map<Integer, Double> index = Discrimination.of(scores, List.of(1, 2)).orElseThrow();

		assertThat(index.get(1)).isCloseTo(0.0, within(1e-9));
		assertThat(index.get(2)).isCloseTo(0.0, within(1e-9));
	}

	@Test
	void fewerThanThirtyReadersWhoAnsweredEveryQuestionGiveNoIndex() {
		List<Discrimination.Score> scores = List.of(new Discrimination.Score(1, 14, Map.of(1, 14L)),
				new Discrimination.Score(0, 15, Map.of()));

		assertThat(Discrimination.of(scores, List.of(1))).isEmpty();
		assertThat(Discrimination.of(List.of(), List.of(1))).isEmpty();
	}

}
