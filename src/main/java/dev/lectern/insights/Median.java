package dev.lectern.insights;

import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;

/** The median of values given as a histogram (value → how many times it occurs). */
final class Median {

	private Median() {
	}

	/** The middle value; with an even count, the mean of the two middle ones. Empty when there are none. */
	static OptionalDouble of(NavigableMap<Long, Long> histogram) {
		long count = histogram.values().stream().mapToLong(Long::longValue).sum();
		if (count == 0) {
			return OptionalDouble.empty();
		}
		// the 1-based positions of the middle value(s)
		long lowMiddle = (count + 1) / 2;
		long highMiddle = count / 2 + 1;
		Long low = null;
		Long high = null;
		long seen = 0;
		for (Map.Entry<Long, Long> entry : histogram.entrySet()) {
			seen += entry.getValue();
			if (low == null && seen >= lowMiddle) {
				low = entry.getKey();
			}
			if (seen >= highMiddle) {
				high = entry.getKey();
				break;
			}
		}
		return OptionalDouble.of((low + high) / 2.0);
	}

}
