package dev.lectern.insights;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.lectern.content.QuestionContent;

/**
 * One question at the first attempt: how many answered it, how many were right, how often
 * each option was chosen, and the wrong option chosen most (the distractor worth rewriting;
 * every one of them when several share the top count, none when nobody chose a wrong one).
 */
public record QuestionFigures(QuestionContent question, long answered, List<Choice> choices) {

	static QuestionFigures of(QuestionContent question, Map<String, Long> chosenPerLetter) {
		long answered = chosenPerLetter.values().stream().mapToLong(Long::longValue).sum();
		long topWrong = question.options()
			.stream()
			.filter(option -> !option.letter().equals(question.correctLetter()))
			.mapToLong(option -> chosenPerLetter.getOrDefault(option.letter(), 0L))
			.max()
			.orElse(0);
		List<Choice> choices = question.options().stream().map(option -> {
			long chosen = chosenPerLetter.getOrDefault(option.letter(), 0L);
			boolean right = option.letter().equals(question.correctLetter());
			return new Choice(option.letter(), option.label(), chosen, answered, right,
					!right && topWrong > 0 && chosen == topWrong);
		}).toList();
		return new QuestionFigures(question, answered, choices);
	}

	long right() {
		return this.choices.stream().filter(Choice::right).mapToLong(Choice::chosen).sum();
	}

	boolean rightShown() {
		return Figures.shareShown(right(), this.answered);
	}

	double rightFraction() {
		return (this.answered > 0) ? (double) right() / this.answered : 0;
	}

	String rightShare() {
		return Figures.share(right(), this.answered);
	}

	/** The letters of the most chosen wrong options, "B" or "B, D"; "none" when there is none. */
	String mostChosenWrong() {
		Set<String> letters = this.choices.stream()
			.filter(Choice::mostChosenWrong)
			.map(Choice::letter)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		return letters.isEmpty() ? "none" : String.join(", ", letters);
	}

	public record Choice(String letter, String label, long chosen, long of, boolean right, boolean mostChosenWrong) {

		boolean shown() {
			return Figures.shareShown(this.chosen, this.of);
		}

		double fraction() {
			return (this.of > 0) ? (double) this.chosen / this.of : 0;
		}

		String count() {
			return Figures.count(this.chosen);
		}

		String share() {
			return Figures.share(this.chosen, this.of);
		}

		/** What the tables say about the option beside its numbers. */
		String note() {
			if (this.right) {
				return "correct answer";
			}
			return this.mostChosenWrong ? "most chosen wrong answer" : "";
		}

	}

}
