package dev.lectern.quiz;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A quiz answer as posted: one letter A–D, and which page the reader answered from. */
record AnswerForm(@NotBlank(message = AnswerForm.CHOOSE) @Pattern(regexp = "[A-D]", message = AnswerForm.CHOOSE) String answer,
		String from) {

	static final String CHOOSE = "Choose one of the options A–D.";

}
