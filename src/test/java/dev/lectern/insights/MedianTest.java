package dev.lectern.insights;

import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MedianTest {

	@Test
	void theMiddleValueOfAnOddCount() {
		// 2, 4, 4, 9, 30
		assertThat(Median.of(histogram(2, 1, 4, 2, 9, 1, 30, 1))).hasValue(4.0);
	}

	@Test
	void theMeanOfTheTwoMiddleValuesOfAnEvenCount() {
		// 200 readers each took 2, 4, 6 and 8 minutes: the 400th value is 4, the 401st is 6
		assertThat(Median.of(histogram(2, 200, 4, 200, 6, 200, 8, 200))).hasValue(5.0);
		assertThat(Median.of(histogram(3, 1, 10, 1))).hasValue(6.5);
	}

	@Test
	void valuesNobodyHadDoNotMoveIt() {
		assertThat(Median.of(histogram(1, 0, 5, 3, 7, 0))).hasValue(5.0);
		assertThat(Median.of(histogram())).isEmpty();
	}

	private static TreeMap<Long, Long> histogram(long... valueAndCount) {
		TreeMap<Long, Long> histogram = new TreeMap<>();
		for (int i = 0; i < valueAndCount.length; i += 2) {
			histogram.put(valueAndCount[i], valueAndCount[i + 1]);
		}
		return histogram;
	}

}
