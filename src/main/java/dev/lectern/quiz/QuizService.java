package dev.lectern.quiz;

import java.util.List;

import dev.lectern.content.ContentNotFoundException;
import dev.lectern.content.LessonContent;
import dev.lectern.content.QuestionContent;
import dev.lectern.reader.ReaderSession;

import org.springframework.stereotype.Service;

/** The quiz of a lesson for the current reader: grading, the quiz block, answering, retaking. */
@Service
public class QuizService {

	private final ReaderSession reader;

	QuizService(ReaderSession reader) {
		this.reader = reader;
	}

	public QuizResult result(LessonContent lesson) {
		return QuizResult.grade(lesson.questions(), this.reader.answers(lesson.key()));
	}

	/**
	 * The quiz block for a page: question {@code number} when given (404 when there is no
	 * such question), else the first unanswered question, else the results.
	 */
	public QuizBlock block(LessonContent lesson, Integer number, QuizPlace place) {
		return block(lesson, number, place, null, null);
	}

	QuizBlock block(LessonContent lesson, Integer number, QuizPlace place, String error, String notice) {
		QuizResult result = result(lesson);
		if (number == null) {
			return result.firstUnanswered()
				.map(graded -> question(lesson, result, graded, place, error, notice))
				.orElseGet(() -> results(lesson, result, place));
		}
		QuizResult.Graded graded = result.question(number)
			.orElseThrow(() -> new ContentNotFoundException("Question"));
		return question(lesson, result, graded, place, error, notice);
	}

	/** @return false when the question had been answered already (nothing changes then) */
	boolean answer(LessonContent lesson, int number, String letter) {
		requireQuestion(lesson, number);
		return this.reader.answer(lesson.key(), number, letter);
	}

	void reset(LessonContent lesson) {
		this.reader.resetQuiz(lesson.key());
	}

	static QuestionContent requireQuestion(LessonContent lesson, int number) {
		return lesson.question(number).orElseThrow(() -> new ContentNotFoundException("Question"));
	}

	private static QuizBlock question(LessonContent lesson, QuizResult result, QuizResult.Graded graded,
			QuizPlace place, String error, String notice) {
		QuestionContent question = graded.question();
		List<QuizBlock.OptionView> options = question.options()
			.stream()
			.map(option -> new QuizBlock.OptionView(option.letter(), option.label(),
					option.letter().equals(graded.chosen()), option.letter().equals(question.correctLetter())))
			.toList();
		QuizBlock.Feedback feedback = graded.answered() ? feedback(lesson, result, graded, place) : null;
		return new QuizBlock(question.number(), result.total(), question.prompt(), options, feedback,
				lesson.path() + "/quiz/" + question.number(), place.returnTo(), error, notice, null,
				lesson.path() + "/quiz/reset", graded.answered() ? null : question.hint());
	}

	private static QuizBlock.Feedback feedback(LessonContent lesson, QuizResult result, QuizResult.Graded graded,
			QuizPlace place) {
		QuestionContent question = graded.question();
		boolean last = question.number() == result.total();
		String nextUrl;
		String nextLabel;
		if (!last) {
			nextUrl = place.questionUrl(lesson, question.number() + 1);
			nextLabel = "Next question";
		}
		else {
			nextUrl = place.quizUrl(lesson);
			nextLabel = result.complete() ? "See your results" : "Back to the quiz";
		}
		return new QuizBlock.Feedback(graded.correct(), spelled(question, graded.chosen()),
				spelled(question, question.correctLetter()), question.explanation(),
				lesson.path() + "#" + question.sectionAnchor(), question.sectionHeading(), nextUrl, nextLabel,
				graded.correct() ? null : question.option(graded.chosen()).map(QuestionContent.Option::feedback).orElse(null));
	}

	private static QuizBlock results(LessonContent lesson, QuizResult result, QuizPlace place) {
		List<QuizBlock.ResultLine> lines = result.questions()
			.stream()
			.map(graded -> new QuizBlock.ResultLine(graded.question().number(), graded.question().prompt(),
					spelled(graded.question(), graded.chosen()),
					spelled(graded.question(), graded.question().correctLetter()), graded.correct(),
					place.questionUrl(lesson, graded.question().number())))
			.toList();
		return new QuizBlock(0, result.total(), null, List.of(), null, null, place.returnTo(), null, null,
				new QuizBlock.Results(result.score(), result.total(), lines), lesson.path() + "/quiz/reset", null);
	}

	/** "C. MVT" */
	private static String spelled(QuestionContent question, String letter) {
		return question.option(letter).map(option -> option.letter() + ". " + option.label()).orElse(letter);
	}

}
