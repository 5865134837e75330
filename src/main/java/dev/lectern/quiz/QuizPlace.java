package dev.lectern.quiz;

import dev.lectern.content.LessonContent;

/** Where the quiz block is shown: its links keep the reader on that page. */
public enum QuizPlace {

	/** The lesson page, under "Test Your Knowledge". */
	LESSON {
		@Override
		String questionUrl(LessonContent lesson, int number) {
			return lesson.path() + "?q=" + number + "#quiz";
		}

		@Override
		String quizUrl(LessonContent lesson) {
			return lesson.path() + "#quiz";
		}

		@Override
		String returnTo() {
			return "lesson";
		}
	},

	/** The quiz's own pages. */
	QUIZ {
		@Override
		String questionUrl(LessonContent lesson, int number) {
			return lesson.path() + "/quiz/" + number;
		}

		@Override
		String quizUrl(LessonContent lesson) {
			return lesson.path() + "/quiz";
		}

		@Override
		String returnTo() {
			return null;
		}
	};

	abstract String questionUrl(LessonContent lesson, int number);

	/**
	 * Where an answer leads: the question with its feedback in view. The feedback is
	 * focusable, so the browser moves focus to it and a screen reader reads the verdict first.
	 */
	String feedbackUrl(LessonContent lesson, int number) {
		String question = questionUrl(lesson, number);
		int fragment = question.indexOf('#');
		return ((fragment < 0) ? question : question.substring(0, fragment)) + "#" + FEEDBACK_ANCHOR;
	}

	abstract String quizUrl(LessonContent lesson);

	static final String FEEDBACK_ANCHOR = "feedback";

	/** The value of the form's hidden {@code from} field, or null. */
	abstract String returnTo();

	static QuizPlace from(String returnTo) {
		return "lesson".equals(returnTo) ? LESSON : QUIZ;
	}

}
