package dev.lectern.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.lectern.reader.ReaderAccounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After the sign-in form's password check: what this browser did anonymously moves into the
 * account's reader, the session names that reader from now on, and the reader goes back to
 * the page they came from.
 */
@Component
class SignedIn implements AuthenticationSuccessHandler {

	private final AccountStore accounts;

	private final ReaderAccounts readers;

	SignedIn(AccountStore accounts, ReaderAccounts readers) {
		this.accounts = accounts;
		this.readers = readers;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		Optional<Account> account = this.accounts.find(authentication.getName());
		if (account.isEmpty()) {
			// deleted on another device between the password check and now
			request.getSession().invalidate();
			Continue.seeOther(request, response, "/sign-in");
			return;
		}
		String reader = account.get().readerId();
		this.readers.anonymousReader(request).ifPresent(anonymous -> this.readers.merge(anonymous, reader));
		this.readers.signIn(reader, request, response);
		Continue.seeOther(request, response, Continue.orHome(request.getParameter(Continue.PARAMETER)));
	}

}
