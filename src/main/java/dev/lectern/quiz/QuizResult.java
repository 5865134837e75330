package dev.lectern.quiz;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lectern.content.QuestionContent;

/** A reader's answers to one lesson's quiz, graded. */
public record QuizResult(List<Graded> questions) {

	public static QuizResult grade(List<QuestionContent> questions, Map<Integer, String> answers) {
		return new QuizResult(questions.stream().map(q -> new Graded(q, answers.get(q.number()))).toList());
	}

	public int score() {
		return (int) this.questions.stream().filter(Graded::correct).count();
	}

	public int total() {
		return this.questions.size();
	}

	public int answeredCount() {
		return (int) this.questions.stream().filter(Graded::answered).count();
	}

	public boolean started() {
		return answeredCount() > 0;
	}

	public boolean complete() {
		return answeredCount() == total();
	}

	public Optional<Graded> firstUnanswered() {
		return this.questions.stream().filter(graded -> !graded.answered()).findFirst();
	}

	public Optional<Graded> question(int number) {
		return this.questions.stream().filter(graded -> graded.question().number() == number).findFirst();
	}

	/** One question and the letter the reader chose, or null while unanswered. */
	public record Graded(QuestionContent question, String chosen) {

		public boolean answered() {
			return this.chosen != null;
		}

		public boolean correct() {
			return question.correctLetter().equals(this.chosen);
		}

	}

}
