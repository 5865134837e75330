package dev.lectern.account;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The answers the account pages give: a page with a status, or 303 to another page. */
final class Pages {

	private Pages() {
	}

	static ModelAndView page(String view, Map<String, ?> model, HttpStatusCode status) {
		return new ModelAndView(view, model, status);
	}

	/** 303 See Other to a path on this site (the context path is added). */
	static ModelAndView seeOther(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

}
