package dev.lectern.quiz;

import dev.lectern.Reader;
import dev.lectern.WebTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class QuizControllerTest extends WebTestSupport {

	static final String DJANGO = "/python-backend/introduction-to-django";

	static final String FLASK = "/python-backend/flask-rest-api";

	@Test
	void theQuizPageStartsAtQuestionOne() {
		Document page = newReader().page(DJANGO + "/quiz");
		assertThat(page.select(".quiz__count").text()).isEqualTo("Q1 of 3");
		assertThat(page.select("fieldset legend").text()).isEqualTo("What architectural pattern does Django follow?");
		assertThat(page.select("button[type=submit]").text()).isEqualTo("Answer");
		assertThat(page.select("fieldset .option label")).hasSize(4);
	}

	@Test
	void aRightAnswerRedirectsAndShowsItsFeedback() {
		Reader reader = newReader();
		reader.page(DJANGO + "/quiz");
		assertThat(reader.post(DJANGO + "/quiz/1", "answer", "C")).hasStatus(HttpStatus.SEE_OTHER)
			.hasHeader("Location", DJANGO + "/quiz/1#feedback");
		Document page = reader.page(DJANGO + "/quiz/1");
		assertThat(page.select(".feedback[role=status] .feedback__verdict").text()).startsWith("Correct!")
			.contains("You chose C. MVT.");
		assertThat(page.select(".feedback__explanation").text()).isNotBlank();
		assertThat(page.select(".feedback__review")).isEmpty();
		assertThat(page.select(".quiz__next a").text()).isEqualTo("Next question");
		assertThat(page.select(".quiz__next a").attr("href")).isEqualTo(DJANGO + "/quiz/2");
		assertThat(page.select("form.quiz__form")).isEmpty();
	}

	@Test
	void aWrongAnswerSpellsOutTheRightOneAndLinksToTheSectionThatTeachesIt() {
		Reader reader = newReader();
		reader.page(DJANGO + "/quiz");
		reader.post(DJANGO + "/quiz/1", "answer", "A");
		Document page = reader.page(DJANGO + "/quiz/1");
		assertThat(page.select(".feedback__verdict").text()).startsWith("Not quite.")
			.contains("You chose A. MVC.", "The correct answer is C. MVT.");
		assertThat(page.select(".feedback__review a").text()).isEqualTo("Review: Core Architecture: MVT");
		assertThat(page.select(".feedback__review a").attr("href")).isEqualTo(DJANGO + "#core-architecture-mvt");
		assertThat(page.select(".answered-option.is-wrong").text()).contains("MVC", "Your answer");
		assertThat(page.select(".answered-option.is-correct").text()).contains("MVT", "Correct answer");
	}

	@Test
	void reviewLinksPointAtTheTeachingSectionOfEachQuestion() {
		Reader reader = newReader();
		reader.page(DJANGO + "/quiz");
		reader.post(DJANGO + "/quiz/2", "answer", "A");
		reader.post(DJANGO + "/quiz/3", "answer", "A");
		assertThat(reader.page(DJANGO + "/quiz/2").select(".feedback__review a").attr("href"))
			.isEqualTo(DJANGO + "#key-features");
		assertThat(reader.page(DJANGO + "/quiz/3").select(".feedback__review a").attr("href"))
			.isEqualTo(DJANGO + "#the-batteries-included-philosophy");
	}

	@Test
	void afterTheLastQuestionTheResultsShowTheScoreAndEachAnswer() {
		Reader reader = newReader();
		reader.page(DJANGO + "/quiz");
		reader.post(DJANGO + "/quiz/1", "answer", "C");
		reader.post(DJANGO + "/quiz/2", "answer", "A");
		reader.post(DJANGO + "/quiz/3", "answer", "D");
		assertThat(reader.page(DJANGO + "/quiz/3").select(".quiz__next a").text()).isEqualTo("See your results");

		Document results = reader.page(DJANGO + "/quiz");
		assertThat(results.select(".score").text()).isEqualTo("You scored 2 of 3");
		assertThat(results.select(".results__item")).hasSize(3);
		assertThat(results.select(".results__item").get(1).text()).contains("Wrong", "Your answer A. SQLAlchemy",
				"Correct answer B. Django ORM");
		assertThat(results.select(".results__item").get(0).text()).contains("Right", "C. MVT");
		assertThat(results.select("form[action$=/quiz/reset] button").text()).isEqualTo("Retake");

		assertThat(reader.page("/python-backend").select(".lesson-card").get(1).text()).contains("Quiz: 2 of 3");
	}

	@Test
	void anAnsweredQuestionCannotBeSilentlyReanswered() throws Exception {
		Reader reader = newReader();
		reader.page(DJANGO + "/quiz");
		reader.post(DJANGO + "/quiz/1", "answer", "A");
		MvcTestResult again = reader.post(DJANGO + "/quiz/1", "answer", "C");
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(Jsoup.parse(again.getResponse().getContentAsString()).select(".notice").text())
			.isEqualTo(QuizController.ALREADY_ANSWERED);
		assertThat(reader.page(DJANGO + "/quiz/1").select(".feedback__verdict").text()).contains("You chose A. MVC.");
	}

	@Test
	void retakeClearsThisLessonsAnswersOnly() {
		Reader reader = newReader();
		reader.page(DJANGO + "/quiz");
		reader.post(DJANGO + "/quiz/1", "answer", "C");
		reader.post(FLASK + "/quiz/1", "answer", "A");
		assertThat(reader.post(DJANGO + "/quiz/reset")).hasStatus(HttpStatus.SEE_OTHER)
			.hasHeader("Location", DJANGO + "/quiz");
		assertThat(reader.page(DJANGO + "/quiz").select(".quiz__count").text()).isEqualTo("Q1 of 3");
		assertThat(reader.page(DJANGO + "/quiz/1").select("form.quiz__form")).hasSize(1);
		assertThat(reader.page(FLASK + "/quiz").select(".quiz__count").text()).isEqualTo("Q2 of 3");
	}

	@Test
	void answeringFromTheLessonPageComesBackToTheLesson() {
		Reader reader = newReader();
		Document lesson = reader.page(DJANGO);
		assertThat(lesson.select("#quiz form input[name=from]").attr("value")).isEqualTo("lesson");
		assertThat(reader.post(DJANGO + "/quiz/1", "answer", "B", "from", "lesson")).hasStatus(HttpStatus.SEE_OTHER)
			.hasHeader("Location", DJANGO + "?q=1#feedback");
		Document back = reader.page(DJANGO + "?q=1");
		assertThat(back.select("#quiz .feedback__verdict").text()).contains("Not quite.", "The correct answer is C. MVT.");
		assertThat(back.select("#quiz .feedback__review a").attr("href")).isEqualTo(DJANGO + "#core-architecture-mvt");
		assertThat(back.select("#quiz .quiz__next a").attr("href")).isEqualTo(DJANGO + "?q=2#quiz");
		// without q the lesson shows the next unanswered question
		assertThat(reader.page(DJANGO).select("#quiz .quiz__count").text()).isEqualTo("Q2 of 3");
	}

	@Test
	void theNeighbourLessonsQuizWorksTheSameWay() {
		Reader reader = newReader();
		Document first = reader.page(FLASK + "/quiz");
		assertThat(first.select(".quiz__count").text()).isEqualTo("Q1 of 3");
		for (int n = 1; n <= 3; n++) {
			assertThat(reader.post(FLASK + "/quiz/" + n, "answer", "A")).hasStatus(HttpStatus.SEE_OTHER);
		}
		Document results = reader.page(FLASK + "/quiz");
		// the Flask quiz's answers are C, A and D: answering A throughout gets one right
		assertThat(results.select(".score").text()).isEqualTo("You scored 1 of 3");
		assertThat(results.select(".results__item")).hasSize(3);
		assertThat(results.select(".results__item").get(0).text()).contains("Wrong", "Correct answer C.");
		assertThat(results.select(".results__item").get(1).text()).contains("Right");
		assertThat(reader.page(FLASK + "/quiz/1").select(".feedback__review a").attr("href"))
			.isEqualTo(FLASK + "#routes-and-http-methods");
	}

	@Test
	void aMissingOrMalformedAnswerIsA400WithTheQuestionAndAMessage() throws Exception {
		Reader reader = newReader();
		reader.page(DJANGO + "/quiz");
		for (String[] params : new String[][] { {}, { "answer", "" }, { "answer", "E" }, { "answer", "a" },
				{ "answer", "AB" }, { "answer", "<script>alert(1)</script>" } }) {
			MvcTestResult result = reader.post(DJANGO + "/quiz/2", params);
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select("fieldset .quiz__error").text()).isEqualTo("Choose one of the options A–D.");
			assertThat(page.select("fieldset legend").text()).startsWith("What is the name of the built-in tool");
			assertThat(result.getResponse().getContentAsString()).doesNotContain("<script>alert(1)</script>");
		}
		assertThat(reader.page(DJANGO + "/quiz/2").select("form.quiz__form")).hasSize(1);
	}

	@Test
	void unknownQuestionsAndLessonsAreNotFoundAndCsrfIsRequired() {
		Reader reader = newReader();
		reader.page(DJANGO + "/quiz");
		assertThat(reader.get(DJANGO + "/quiz/0")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.get(DJANGO + "/quiz/4")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.get(DJANGO + "/quiz/x")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.get(DJANGO + "/quiz/99999999999")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.post(DJANGO + "/quiz/4", "answer", "A")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.post(DJANGO + "/quiz/x", "answer", "A")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.get("/python-backend/nope/quiz")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.post("/python-backend/nope/quiz/1", "answer", "A")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(reader.postWithoutCsrf(DJANGO + "/quiz/1", "answer", "C")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(reader.page(DJANGO + "/quiz/1").select("form.quiz__form")).hasSize(1);
	}

}
