package dev.lectern.quiz;


import dev.lectern.content.Catalogue;
import dev.lectern.content.LessonContent;
import dev.lectern.content.Slugs;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
@RequestMapping(Slugs.LESSON_PATH + "/quiz")
class QuizController {

	/** Question numbers in URLs: digits only, so "abc" or a 20-digit number is a 404, not a 400. */
	private static final String NUMBER = "/{number:[0-9]{1,4}}";

	static final String ALREADY_ANSWERED = "You have answered this question already. Retake the quiz to answer again.";

	private final Catalogue catalogue;

	private final QuizService quiz;

	QuizController(Catalogue catalogue, QuizService quiz) {
		this.catalogue = catalogue;
		this.quiz = quiz;
	}

	@GetMapping
	String quiz(@PathVariable String track, @PathVariable String lesson, Model model) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		return page(model, content, this.quiz.block(content, null, QuizPlace.QUIZ));
	}

	@GetMapping(NUMBER)
	String question(@PathVariable String track, @PathVariable String lesson, @PathVariable int number, Model model) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		return page(model, content, this.quiz.block(content, number, QuizPlace.QUIZ));
	}

	@PostMapping(path = NUMBER, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Object answer(@PathVariable String track, @PathVariable String lesson, @PathVariable int number,
			@Valid @ModelAttribute AnswerForm form, BindingResult binding, Model model, HttpServletResponse response) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		QuizService.requireQuestion(content, number);
		QuizPlace place = QuizPlace.from(form.from());
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, content, this.quiz.block(content, number, place, AnswerForm.CHOOSE, null));
		}
		if (!this.quiz.answer(content, number, form.answer())) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, content, this.quiz.block(content, number, place, null, ALREADY_ANSWERED));
		}
		return seeOther(place.feedbackUrl(content, number));
	}

	@PostMapping(path = "/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	RedirectView retake(@PathVariable String track, @PathVariable String lesson,
			@RequestParam(name = "from", required = false) String from) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		this.quiz.reset(content);
		return seeOther(QuizPlace.from(from).quizUrl(content));
	}

	private static String page(Model model, LessonContent lesson, QuizBlock block) {
		model.addAttribute("lesson", lesson);
		model.addAttribute("quiz", block);
		return "quiz/page";
	}

	/**
	 * 303 See Other to a path of this application. RedirectView puts the context path in
	 * front (so under {@code server.servlet.context-path=/learn} the reader lands on
	 * {@code /learn/...}) and keeps a {@code #fragment}.
	 */
	private static RedirectView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		redirect.setExpandUriTemplateVariables(false);
		return redirect;
	}

}
