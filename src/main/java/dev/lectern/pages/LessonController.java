package dev.lectern.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.lectern.content.Catalogue;
import dev.lectern.content.ContentNotFoundException;
import dev.lectern.content.LessonContent;
import dev.lectern.content.Slugs;
import dev.lectern.progress.ProgressService;
import dev.lectern.quiz.QuizPlace;
import dev.lectern.quiz.QuizService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping(Slugs.LESSON_PATH)
class LessonController {

	private final Catalogue catalogue;

	private final ProgressService progress;

	private final QuizService quiz;

	private final LessonTexts texts;

	LessonController(Catalogue catalogue, ProgressService progress, QuizService quiz, LessonTexts texts) {
		this.catalogue = catalogue;
		this.progress = progress;
		this.quiz = quiz;
		this.texts = texts;
	}

	/**
	 * The lesson page. {@code q} picks the quiz question shown under "Test Your Knowledge"
	 * (answering from the lesson page comes back here with it); without it the reader sees
	 * their next unanswered question, or their results.
	 */
	@GetMapping
	String lesson(@PathVariable String track, @PathVariable String lesson,
			@RequestParam(name = "q", required = false) String question, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		Integer number = questionNumber(question);
		model.addAttribute("lesson", content);
		model.addAttribute("text", this.texts.of(content, request, response));
		model.addAttribute("progress", this.progress.view(content));
		model.addAttribute("quiz", this.quiz.block(content, number, QuizPlace.LESSON));
		return "pages/lesson";
	}

	@GetMapping("/contents")
	String contents(@PathVariable String track, @PathVariable String lesson, Model model) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		model.addAttribute("lesson", content);
		model.addAttribute("progress", this.progress.view(content));
		return "pages/contents";
	}

	private static Integer questionNumber(String question) {
		if (question == null) {
			return null;
		}
		if (!question.matches("[0-9]{1,4}")) {
			throw new ContentNotFoundException("Question");
		}
		return Integer.valueOf(question);
	}

}
