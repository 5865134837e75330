package dev.lectern.account;

import java.security.Principal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.lectern.reader.ReaderAccounts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Creating an account. The reader's anonymous progress becomes the account's (the same
 * reader row, kept from now on); they are signed in and go back where they came from.
 */
@Controller
class SignUpController {

	static final String TAKEN = "That username is taken. Choose another.";

	private final AccountStore accounts;

	private final ReaderAccounts readers;

	private final AccountSessions sessions;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	/** The reader row and the account row are made together or not at all. */
	private final TransactionTemplate transaction;

	SignUpController(AccountStore accounts, ReaderAccounts readers, AccountSessions sessions,
			PasswordEncoder passwordEncoder, Clock clock, DataSource dataSource) {
		this.accounts = accounts;
		this.readers = readers;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	@GetMapping("/sign-up")
	ModelAndView form(@RequestParam(name = Continue.PARAMETER, required = false) String target, Principal signedIn) {
		if (signedIn != null) {
			return Pages.seeOther(Continue.path(target) != null ? Continue.path(target) : "/account");
		}
		return signUpPage("", new FormProblems(), target, HttpStatus.OK);
	}

	@PostMapping("/sign-up")
	ModelAndView signUp(SignUpForm form, @RequestParam(name = Continue.PARAMETER, required = false) String target,
			HttpServletRequest request, HttpServletResponse response) {
		String username = form.chosenUsername();
		String usernameProblem = Usernames.problem(username);
		if (usernameProblem == null && this.accounts.exists(username)) {
			usernameProblem = TAKEN;
		}
		FormProblems problems = new FormProblems().add("username", usernameProblem)
			.add("password", Passwords.problem(form.password(), username));
		if (!problems.isEmpty()) {
			return signUpPage(Usernames.echo(username), problems, target, HttpStatus.BAD_REQUEST);
		}
		// hashed before the transaction: bcrypt's tenth of a second holds no connection
		String hash = this.passwordEncoder.encode(form.password());
		try {
			this.transaction.executeWithoutResult(status -> this.accounts.create(username, hash,
					this.readers.readerForNewAccount(request), this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			// taken by someone else a moment ago
			return signUpPage(username, new FormProblems().add("username", TAKEN), target, HttpStatus.BAD_REQUEST);
		}
		Account account = this.accounts.find(username).orElseThrow();
		this.sessions.signIn(account, request, response);
		return Pages.seeOther(Continue.orHome(target));
	}

	private static ModelAndView signUpPage(String username, FormProblems problems, String target, HttpStatus status) {
		Map<String, Object> model = new HashMap<>();
		model.put("username", username);
		model.put("errors", problems.byField());
		model.put("firstError", problems.first());
		model.put("continueTo", Continue.path(target));
		return Pages.page("account/sign-up", model, status);
	}

}
