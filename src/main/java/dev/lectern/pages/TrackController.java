package dev.lectern.pages;

import dev.lectern.content.ContentNotFoundException;
import dev.lectern.content.Slugs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TrackController {

	private final TrackViews tracks;

	TrackController(TrackViews tracks) {
		this.tracks = tracks;
	}

	/** {@code page} (from 1) pages a long track, {@value TrackViews#PAGE_SIZE} lessons a page. */
	@GetMapping("/{track:" + Slugs.PATTERN + "}")
	String track(@PathVariable String track, @RequestParam(name = "page", required = false) String page,
			Model model) {
		model.addAttribute("track", this.tracks.of(track, pageNumber(page)));
		return "pages/track";
	}

	private static int pageNumber(String page) {
		if (page == null) {
			return 1;
		}
		if (!page.matches("[0-9]{1,6}")) {
			throw new ContentNotFoundException("Page");
		}
		return Integer.parseInt(page);
	}

}
