package dev.lectern.progress;

import java.util.List;

import dev.lectern.content.Catalogue;
import dev.lectern.content.LessonContent;
import dev.lectern.content.Slugs;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.view.RedirectView;

@Controller
@RequestMapping(Slugs.LESSON_PATH)
class ProgressController {

	private final Catalogue catalogue;

	private final ProgressService progress;

	ProgressController(Catalogue catalogue, ProgressService progress) {
		this.catalogue = catalogue;
		this.progress = progress;
	}

	/** A table-of-contents link: works without JavaScript and counts the section as visited. */
	@GetMapping("/sections/{anchor}")
	RedirectView jump(@PathVariable String track, @PathVariable String lesson, @PathVariable String anchor) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		// an unknown anchor is rejected with 400 by jump(), before any redirect
		this.progress.jump(content, anchor);
		return seeOther(content.path() + "#" + anchor);
	}

	@PostMapping(path = "/progress", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@ResponseBody
	ProgressSync sync(@PathVariable String track, @PathVariable String lesson,
			@RequestParam(name = "section", required = false) List<String> sections) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		return ProgressSync.of(this.progress.record(content, sections));
	}

	@PostMapping(path = "/progress/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	RedirectView reset(@PathVariable String track, @PathVariable String lesson,
			@RequestParam(name = "from", required = false) String from) {
		LessonContent content = this.catalogue.lesson(track, lesson);
		this.progress.reset(content);
		return seeOther("contents".equals(from) ? content.path() + "/contents" : content.path());
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
