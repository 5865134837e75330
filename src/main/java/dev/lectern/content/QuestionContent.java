package dev.lectern.content;

import java.util.List;
import java.util.Optional;

/**
 * A quiz question with its options A–D, the correct letter, the section that teaches the
 * answer and, when the author wrote one, a hint (else null).
 */
public record QuestionContent(int number, String prompt, List<Option> options, String correctLetter,
		String explanation, String sectionAnchor, String sectionHeading, String hint) {

	public QuestionContent(int number, String prompt, List<Option> options, String correctLetter, String explanation,
			String sectionAnchor, String sectionHeading) {
		this(number, prompt, options, correctLetter, explanation, sectionAnchor, sectionHeading, null);
	}

	public Optional<Option> option(String letter) {
		return this.options.stream().filter(option -> option.letter().equals(letter)).findFirst();
	}

	public Option correctOption() {
		return option(this.correctLetter).orElseThrow();
	}

	/** {@code feedback}: for a wrong option, what the reader who chose it reads; null when none. */
	public record Option(String letter, String label, String feedback) {

		public Option(String letter, String label) {
			this(letter, label, null);
		}

	}

}
