package dev.lectern.insights;

import java.util.List;
import java.util.Map;

import dev.lectern.content.QuestionContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuestionFiguresTest {

	static final QuestionContent QUESTION = new QuestionContent(1, "Which methods?",
			List.of(new QuestionContent.Option("A", "All"), new QuestionContent.Option("B", "POST"),
					new QuestionContent.Option("C", "GET"), new QuestionContent.Option("D", "Any")),
			"C", "Because.", "routes", "Routes");

	@Test
	void theShareRightAndEachOptionWithTheMostChosenWrongOneMarked() {
		QuestionFigures figures = QuestionFigures.of(QUESTION, Map.of("A", 4L, "B", 7L, "C", 18L, "D", 5L));

		assertThat(figures.answered()).isEqualTo(34);
		assertThat(figures.right()).isEqualTo(18);
		assertThat(figures.rightShare()).isEqualTo("53%");
		assertThat(figures.mostChosenWrong()).isEqualTo("B");
		assertThat(figures.choices())
			.extracting(QuestionFigures.Choice::letter, QuestionFigures.Choice::count, QuestionFigures.Choice::share,
					QuestionFigures.Choice::note)
			.containsExactly(tuple("A", "fewer than 5", "fewer than 5", ""), tuple("B", "7", "21%", "most chosen wrong answer"),
					tuple("C", "18", "53%", "correct answer"), tuple("D", "5", "15%", ""));
	}

	@Test
	void wrongOptionsTiedAtTheTopAreAllMarkedAndNoneWhenNobodyWasWrong() {
		assertThat(QuestionFigures.of(QUESTION, Map.of("A", 6L, "C", 10L, "D", 6L)).mostChosenWrong()).isEqualTo("A, D");
		QuestionFigures allRight = QuestionFigures.of(QUESTION, Map.of("C", 12L));
		assertThat(allRight.mostChosenWrong()).isEqualTo("none");
		assertThat(allRight.rightShare()).isEqualTo("100%");
		assertThat(allRight.choices()).noneMatch(QuestionFigures.Choice::mostChosenWrong);
	}

	@Test
	void aQuestionAnsweredByFewerThanFiveReadersShowsNoShare() {
		QuestionFigures figures = QuestionFigures.of(QUESTION, Map.of("C", 3L, "B", 1L));
		assertThat(figures.rightShare()).isEqualTo("fewer than 5");
		assertThat(figures.rightShown()).isFalse();
		assertThat(QuestionFigures.of(QUESTION, Map.of()).rightShare()).isEqualTo("fewer than 5");
	}

}
