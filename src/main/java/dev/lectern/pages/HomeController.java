package dev.lectern.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final TrackViews tracks;

	HomeController(TrackViews tracks) {
		this.tracks = tracks;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tracks", this.tracks.all());
		return "pages/home";
	}

}
