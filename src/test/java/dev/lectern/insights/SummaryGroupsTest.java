package dev.lectern.insights;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lectern.content.LessonContent;
import dev.lectern.content.LessonSummary;
import dev.lectern.content.QuestionContent;
import dev.lectern.insights.InsightsQueries.AnswerGroup;
import dev.lectern.insights.InsightsQueries.FirstAnswers;
import dev.lectern.insights.InsightsQueries.ReaderGroup;
import dev.lectern.insights.InsightsQueries.Reading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary rows' groups read against the lesson as it is now. */
class SummaryGroupsTest {

	@Test
	void theSummaryColumnsReadBack() {
		assertThat(InsightsQueries.anchors("intro routes")).containsExactly("intro", "routes");
		assertThat(InsightsQueries.anchors("")).isEmpty();
		assertThat(InsightsQueries.letters("1C 2B 10D")).isEqualTo(Map.of(1, "C", 2, "B", 10, "D"));
		assertThat(InsightsQueries.letters("")).isEmpty();
	}

	@Test
	void visitsToSectionsThatAreGoneDoNotCountAndReadersWhoOnlyAnsweredDo() {
		List<Reading> groups = List.of(new Reading(List.of("gone", "intro", "routes"), false, 12L, 7),
				new Reading(List.of("gone", "intro"), false, 3L, 4), new Reading(List.of("gone"), false, null, 2),
				new Reading(List.of(), true, null, 3));

		List<ReaderGroup> readers = InsightsQueries.readers(groups, Set.of("intro", "routes"));

		// the 2 who read only a removed section are no readers; the minutes of those who read
		// one current section are not counted
		assertThat(readers).containsExactly(new ReaderGroup(2, 12L, 7), new ReaderGroup(1, null, 4),
				new ReaderGroup(0, null, 3));
		assertThat(InsightsQueries.readersPerSection(groups)).isEqualTo(Map.of("gone", 13L, "intro", 11L, "routes", 7L));
	}

	@Test
	void answersToQuestionsThatAreGoneCountNeitherAsAnsweredNorInTheScore() {
		// the lesson now has questions 1 (right: C) and 3 (right: D); question 2 was removed
		LessonContent lesson = lesson(question(1, "C"), question(3, "D"));
		List<FirstAnswers> groups = List.of(new FirstAnswers(Map.of(1, "C", 2, "B", 3, "A"), 6),
				new FirstAnswers(Map.of(2, "B"), 5), new FirstAnswers(Map.of(3, "D"), 2));

		assertThat(InsightsQueries.firstAttempt(groups, lesson)).containsExactly(new AnswerGroup(2, 1, 1, "C", 6),
				new AnswerGroup(2, 1, 3, "A", 6), new AnswerGroup(1, 1, 3, "D", 2));
	}

	private static QuestionContent question(int number, String right) {
		return new QuestionContent(number, "Question " + number + "?",
				List.of(new QuestionContent.Option("A", "a"), new QuestionContent.Option("B", "b"),
						new QuestionContent.Option("C", "c"), new QuestionContent.Option("D", "d")),
				right, "Because.", "intro", "Intro");
	}

	private static LessonContent lesson(QuestionContent... questions) {
		LessonSummary summary = new LessonSummary("track", "lesson", "A lesson", "About it", 5, null);
		return new LessonContent("track", "Track", summary, "https://example.org", "Docs", List.of(),
				List.of(questions), List.of(), null, null, List.of());
	}

}
