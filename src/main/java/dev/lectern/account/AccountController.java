package dev.lectern.account;

import java.security.Principal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.lectern.reader.ReaderAccounts;
import dev.lectern.reader.ReaderData;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The account page: who is signed in, their data to take away, a new password, and the
 * way out. Only a signed-in reader gets here (the security configuration sends everyone
 * else to sign in). Changing the password and deleting the account need the password, and
 * wrong passwords count towards the sign-in throttle like the sign-in form's.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	static final String WRONG_PASSWORD = "That is not your password.";

	private final AccountStore accounts;

	private final ReaderAccounts readers;

	private final AccountSessions sessions;

	private final SignInThrottle throttle;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AccountController(AccountStore accounts, ReaderAccounts readers, AccountSessions sessions,
			SignInThrottle throttle, PasswordEncoder passwordEncoder, Clock clock, DataSource dataSource) {
		this.accounts = accounts;
		this.readers = readers;
		this.sessions = sessions;
		this.throttle = throttle;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	@GetMapping
	ModelAndView page(Principal signedIn, @RequestParam(name = "changed", required = false) String changed,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<Account> account = this.accounts.find(signedIn.getName());
		if (account.isEmpty()) {
			return gone(request, response);
		}
		return accountPage(account.get(), new FormProblems(), changed != null, HttpStatus.OK);
	}

	@GetMapping(path = "/data.json")
	ResponseEntity<DataExport> data(Principal signedIn) {
		Account account = this.accounts.find(signedIn.getName()).orElseThrow(AccountGoneException::new);
		ReaderData reader = this.readers.export(account.readerId()).orElseThrow(AccountGoneException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("lectern-" + account.username() + ".json").build().toString())
			.body(DataExport.of(account, reader, this.clock.instant()));
	}

	@PostMapping("/password")
	ModelAndView changePassword(Principal signedIn,
			@RequestParam(name = "current-password", required = false) String current,
			@RequestParam(name = "new-password", required = false) String next, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Account> found = this.accounts.find(signedIn.getName());
		if (found.isEmpty()) {
			return gone(request, response);
		}
		Account account = found.get();
		Optional<ModelAndView> refused = checkPassword(account, current, "current-password", request, response);
		if (refused.isPresent()) {
			return refused.get();
		}
		FormProblems problems = new FormProblems().add("new-password", Passwords.problem(next, account.username()));
		if (!problems.isEmpty()) {
			return accountPage(account, problems, false, HttpStatus.BAD_REQUEST);
		}
		this.accounts.changePassword(account.id(), this.passwordEncoder.encode(next));
		// whoever else knew the old password is signed out
		this.sessions.signOutElsewhere(account, request);
		return Pages.seeOther("/account?changed=password");
	}

	@PostMapping("/delete")
	ModelAndView delete(Principal signedIn, @RequestParam(name = "password", required = false) String password,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<Account> found = this.accounts.find(signedIn.getName());
		if (found.isEmpty()) {
			return gone(request, response);
		}
		Account account = found.get();
		Optional<ModelAndView> refused = checkPassword(account, password, "delete-password", request, response);
		if (refused.isPresent()) {
			return refused.get();
		}
		this.transaction.executeWithoutResult(status -> {
			this.accounts.delete(account.id());
			this.readers.delete(account.readerId());
		});
		this.throttle.succeeded(account.username());
		this.sessions.signOutEverywhere(account, request, response);
		return Pages.seeOther("/account/deleted");
	}

	@GetMapping("/deleted")
	String deleted() {
		return "account/deleted";
	}

	/**
	 * The account's password, checked as at sign-in: refused while throttled, a wrong one
	 * counted. Empty when it is right.
	 */
	private Optional<ModelAndView> checkPassword(Account account, String password, String field,
			HttpServletRequest request, HttpServletResponse response) {
		OptionalLong wait = this.throttle.retryAfterSeconds(account.username(), request.getRemoteAddr());
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
			Map<String, Object> model = new HashMap<>();
			model.put("wait", SignInController.waitInWords(wait.getAsLong()));
			model.put("continueTo", "/account");
			return Optional.of(Pages.page("account/too-many", model, HttpStatus.TOO_MANY_REQUESTS));
		}
		if (password == null || password.isEmpty()) {
			return Optional.of(accountPage(account, new FormProblems().add(field, "Enter your password."), false,
					HttpStatus.BAD_REQUEST));
		}
		if (!this.passwordEncoder.matches(password, account.passwordHash())) {
			this.throttle.failed(account.username(), request.getRemoteAddr());
			return Optional.of(accountPage(account, new FormProblems().add(field, WRONG_PASSWORD), false,
					HttpStatus.BAD_REQUEST));
		}
		return Optional.empty();
	}

	private static ModelAndView accountPage(Account account, FormProblems problems, boolean changed,
			HttpStatus status) {
		Map<String, Object> model = new HashMap<>();
		model.put("username", account.username());
		model.put("since", DATE.format(account.createdAt()));
		model.put("changed", changed);
		model.put("errors", problems.byField());
		model.put("firstError", problems.first());
		return Pages.page("account/account", model, status);
	}

	/** The account was deleted on another device while this session lived: signed out. */
	private ModelAndView gone(HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		this.readers.signOut(request, response);
		return Pages.seeOther("/sign-in");
	}

}
