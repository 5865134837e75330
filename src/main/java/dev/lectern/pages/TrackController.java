package dev.lectern.pages;

import dev.lectern.content.Slugs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class TrackController {

	private final TrackViews tracks;

	TrackController(TrackViews tracks) {
		this.tracks = tracks;
	}

	@GetMapping("/{track:" + Slugs.PATTERN + "}")
	String track(@PathVariable String track, Model model) {
		model.addAttribute("track", this.tracks.of(track));
		return "pages/track";
	}

}
