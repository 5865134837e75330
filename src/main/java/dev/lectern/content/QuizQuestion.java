package dev.lectern.content;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

@Entity
class QuizQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Lesson lesson;

	private int position;

	private String prompt;

	private String correctLetter;

	private String explanation;

	/** Shown before answering, under "Hint"; null when the author gave none. */
	private String hint;

	/** The section that teaches the answer: the "Review" link of a wrong answer. */
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Section section;

	@ElementCollection
	@CollectionTable(name = "quiz_option", joinColumns = @JoinColumn(name = "question_id"))
	@OrderBy("letter")
	private Set<QuizOption> options = new LinkedHashSet<>();

	protected QuizQuestion() {
	}

	int getPosition() {
		return position;
	}

	String getPrompt() {
		return prompt;
	}

	String getCorrectLetter() {
		return correctLetter;
	}

	String getExplanation() {
		return explanation;
	}

	String getHint() {
		return hint;
	}

	Section getSection() {
		return section;
	}

	Set<QuizOption> getOptions() {
		return options;
	}

}
