package dev.lectern.content;

import java.util.List;
import java.util.Optional;

/**
 * A quiz question with its options A–D, the correct letter and the section that teaches
 * the answer.
 */
public record QuestionContent(int number, String prompt, List<Option> options, String correctLetter,
		String explanation, String sectionAnchor, String sectionHeading) {

	public Optional<Option> option(String letter) {
		return this.options.stream().filter(option -> option.letter().equals(letter)).findFirst();
	}

	public Option correctOption() {
		return option(this.correctLetter).orElseThrow();
	}

	public record Option(String letter, String label) {
	}

}
