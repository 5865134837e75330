package dev.lectern.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.lectern.reader.ReaderAccounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account: made at sign-in (form login does that itself;
 * sign-up does it here), ended on every device when the account is deleted, on the other
 * devices when its password changes.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ReaderAccounts readers;

	private final Authors authors;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ReaderAccounts readers,
			Authors authors) {
		this.sessions = sessions;
		this.readers = readers;
		this.authors = authors;
	}

	/** Signs in a new account's owner, as the sign-in form would: a new session id, the account's reader. */
	void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		// Spring's own User, as the sign-in form makes it, without the password
		User principal = new User(account.username(), "", this.authors.authorities(account.username()));
		principal.eraseCredentials();
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.readers.signIn(account.readerId(), request, response);
	}

	/** Ends every session of the account but this request's. */
	void signOutElsewhere(Account account, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		this.sessions.findByPrincipalName(account.username())
			.keySet()
			.stream()
			.filter(id -> current == null || !id.equals(current.getId()))
			.forEach(this.sessions::deleteById);
	}

	/** Ends every session of the account, this request's too. */
	void signOutEverywhere(Account account, HttpServletRequest request, HttpServletResponse response) {
		signOutElsewhere(account, request);
		HttpSession current = request.getSession(false);
		if (current != null) {
			current.invalidate();
		}
		this.holder.clearContext();
		this.readers.signOut(request, response);
	}

}
