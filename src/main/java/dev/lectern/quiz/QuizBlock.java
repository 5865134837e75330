package dev.lectern.quiz;

import java.util.List;

/**
 * What the quiz fragment shows, the same on the lesson page and the quiz page: one
 * question (with its feedback once answered) or the results. The URLs differ by page, so
 * that answering from the lesson page brings the reader back to the lesson. {@code hint} is
 * the question's hint while it is unanswered, else null.
 */
public record QuizBlock(int number, int total, String prompt, List<OptionView> options, Feedback feedback,
		String actionUrl, String returnTo, String error, String notice, Results results, String retakeUrl,
		String hint) {

	public boolean showsResults() {
		return this.results != null;
	}

	public boolean answered() {
		return this.feedback != null;
	}

	/** One option; {@code chosen} and {@code correct} only matter once the question is answered. */
	public record OptionView(String letter, String label, boolean chosen, boolean correct) {
	}

	/**
	 * Right or wrong, the correct option spelled out, why, and where the lesson teaches it;
	 * {@code optionFeedback} is what the author wrote for the wrong option chosen (or null).
	 */
	public record Feedback(boolean correct, String chosen, String correctAnswer, String explanation,
			String reviewUrl, String reviewHeading, String nextUrl, String nextLabel, String optionFeedback) {
	}

	public record Results(int score, int total, List<ResultLine> lines) {
	}

	public record ResultLine(int number, String prompt, String chosen, String correctAnswer, boolean correct,
			String url) {
	}

}
