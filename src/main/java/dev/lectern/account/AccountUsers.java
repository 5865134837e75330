package dev.lectern.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts as Spring Security sees them. The principal is Spring's own {@link User}, so the
 * session holds no class of Lectern's.
 */
class AccountUsers implements UserDetailsService {

	private final AccountStore accounts;

	private final Authors authors;

	AccountUsers(AccountStore accounts, Authors authors) {
		this.accounts = accounts;
		this.authors = authors;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (!Usernames.valid(username)) {
			// no such account can exist; the provider still checks a password against a dummy hash
			throw new UsernameNotFoundException("No account");
		}
		Account account = this.accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("No account"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(this.authors.authorities(account.username()))
			.build();
	}

}
