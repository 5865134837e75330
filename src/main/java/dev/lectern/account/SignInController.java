package dev.lectern.account;

import java.security.Principal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-in page. The form posts to Spring Security's form login ({@code POST /sign-in});
 * a failed attempt is answered with the form again, or with the page that says how long to
 * wait ({@link SignInFailed}).
 */
@Controller
class SignInController {

	static final String WRONG = "Wrong username or password.";

	@GetMapping("/sign-in")
	ModelAndView form(@RequestParam(name = Continue.PARAMETER, required = false) String target, Principal signedIn) {
		if (signedIn != null) {
			return Pages.seeOther(Continue.path(target) != null ? Continue.path(target) : "/account");
		}
		return signInPage("", new FormProblems(), target, HttpStatus.OK);
	}

	/**
	 * The answer to a failed sign-in: the form again, or how long to wait.
	 * @see SignInFailed
	 */
	static ModelAndView failed(AuthenticationException failure, String username, String target) {
		if (failure instanceof SignInThrottledException throttled) {
			Map<String, Object> model = new HashMap<>();
			model.put("wait", waitInWords(throttled.retryAfterSeconds()));
			model.put("continueTo", Continue.path(target));
			return Pages.page("account/too-many", model, HttpStatus.TOO_MANY_REQUESTS);
		}
		return signInPage(Usernames.echo((username != null) ? username.trim() : null),
				new FormProblems().add("password", WRONG), target, HttpStatus.UNAUTHORIZED);
	}

	private static ModelAndView signInPage(String username, FormProblems problems, String target,
			HttpStatus status) {
		Map<String, Object> model = new HashMap<>();
		model.put("username", username);
		model.put("errors", problems.byField());
		model.put("firstError", problems.first());
		model.put("continueTo", Continue.path(target));
		return Pages.page("account/sign-in", model, status);
	}

	/** "14 minutes", "1 minute", "40 seconds": how long the reader waits, rounded up. */
	static String waitInWords(long seconds) {
		if (seconds < 60) {
			return seconds + ((seconds == 1) ? " second" : " seconds");
		}
		long minutes = Duration.ofSeconds(seconds + 59).toMinutes();
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

}
