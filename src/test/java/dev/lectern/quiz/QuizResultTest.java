package dev.lectern.quiz;

import java.util.List;
import java.util.Map;

import dev.lectern.content.QuestionContent;
import dev.lectern.content.QuestionContent.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizResultTest {

	private final List<QuestionContent> questions = List.of(question(1, "C"), question(2, "B"), question(3, "D"));

	@Test
	void nothingAnsweredScoresZeroAndStartsAtTheFirstQuestion() {
		QuizResult result = QuizResult.grade(this.questions, Map.of());
		assertThat(result.score()).isZero();
		assertThat(result.total()).isEqualTo(3);
		assertThat(result.started()).isFalse();
		assertThat(result.complete()).isFalse();
		assertThat(result.firstUnanswered()).get().extracting(g -> g.question().number()).isEqualTo(1);
	}

	@Test
	void gradesEachAnswerAgainstItsCorrectLetter() {
		QuizResult result = QuizResult.grade(this.questions, Map.of(1, "C", 2, "A", 3, "D"));
		assertThat(result.score()).isEqualTo(2);
		assertThat(result.complete()).isTrue();
		assertThat(result.firstUnanswered()).isEmpty();
		assertThat(result.question(2)).get().satisfies(graded -> {
			assertThat(graded.answered()).isTrue();
			assertThat(graded.correct()).isFalse();
			assertThat(graded.chosen()).isEqualTo("A");
		});
	}

	@Test
	void theNextQuestionIsTheFirstUnansweredOneInOrder() {
		QuizResult result = QuizResult.grade(this.questions, Map.of(1, "A", 3, "D"));
		assertThat(result.firstUnanswered()).get().extracting(g -> g.question().number()).isEqualTo(2);
		assertThat(result.score()).isEqualTo(1);
		assertThat(result.answeredCount()).isEqualTo(2);
	}

	@Test
	void anUnansweredQuestionIsNotCorrect() {
		QuizResult result = QuizResult.grade(this.questions, Map.of());
		assertThat(result.question(1)).get().satisfies(graded -> assertThat(graded.correct()).isFalse());
	}

	private static QuestionContent question(int number, String correct) {
		return new QuestionContent(number, "Question " + number,
				List.of(new Option("A", "a"), new Option("B", "b"), new Option("C", "c"), new Option("D", "d")),
				correct, "Because.", "section", "Section");
	}

}
