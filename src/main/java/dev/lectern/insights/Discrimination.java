package dev.lectern.insights;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The discrimination index of each question: the share right among the upper 27% of readers
 * (by first-attempt total score) minus the share right among the lower 27%, counting only
 * readers who answered every question at their first attempt. Near 1, the question tells
 * strong readers from weak ones; near 0 or below, it does not (ambiguous, or misleading
 * the readers who otherwise do well).
 *
 * <p>Scores tie a lot (a three-question quiz has four totals), so a group's edge usually
 * falls inside a score: readers of that score count in the group with the fraction that
 * fills it, which is what picking them at random would give on average, and needs no list
 * of readers, only per score how many readers had it and how many of them got each
 * question right.
 */
final class Discrimination {

	/** Fewer readers who answered every question than this: "not enough answers yet". */
	static final int MIN_READERS = 30;

	static final double GROUP = 0.27;

	private Discrimination() {
	}

	/**
	 * @param scores per total score, its readers and per question how many of them were right
	 * @return the index per question number, or empty with fewer than {@value #MIN_READERS} readers
	 */
	static Optional<Map<Integer, Double>> of(List<Score> scores, List<Integer> questions) {
		long readers = scores.stream().mapToLong(Score::readers).sum();
		if (readers < MIN_READERS) {
			return Optional.empty();
		}
		long group = Math.round(GROUP * readers);
		Map<Integer, Double> upper = rightInGroup(scores, questions, group, Comparator.comparingInt(Score::total).reversed());
		Map<Integer, Double> lower = rightInGroup(scores, questions, group, Comparator.comparingInt(Score::total));
		Map<Integer, Double> index = new HashMap<>();
		for (Integer question : questions) {
			index.put(question, (upper.get(question) - lower.get(question)) / group);
		}
		return Optional.of(index);
	}

	/** Per question, how many readers of the group (counted fractionally at its edge) were right. */
	private static Map<Integer, Double> rightInGroup(List<Score> scores, List<Integer> questions, long group,
			Comparator<Score> order) {
		Map<Integer, Double> right = new HashMap<>();
		questions.forEach(question -> right.put(question, 0.0));
		double left = group;
		for (Score score : scores.stream().filter(score -> score.readers() > 0).sorted(order).toList()) {
			if (left <= 0) {
				break;
			}
			double taken = Math.min(left, score.readers());
			double weight = taken / score.readers();
			for (Integer question : questions) {
				right.merge(question, weight * score.right().getOrDefault(question, 0L), Double::sum);
			}
			left -= taken;
		}
		return right;
	}

	/** The readers who had one total score, and per question number how many of them were right. */
	record Score(int total, long readers, Map<Integer, Long> right) {
	}

}
