package dev.lectern.content;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
class Faq {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Lesson lesson;

	private String question;

	private String answer;

	private int position;

	protected Faq() {
	}

	String getQuestion() {
		return question;
	}

	String getAnswer() {
		return answer;
	}

	int getPosition() {
		return position;
	}

}
