package dev.lectern.account;

import dev.lectern.reader.ReaderAccounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * What the security configuration (web/) plugs into its form login and sign-out, beside
 * {@link SignedIn} and {@link SignInFailed}: how an account is checked, and what signing
 * out forgets.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/** bcrypt today; hashes name their algorithm ("{bcrypt}…"), so a later one can take over. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The one way to sign in. Being an AuthenticationProvider bean, it also keeps Boot from
	 * generating a default user with a logged password.
	 */
	@Bean
	AuthenticationProvider accountSignIn(AccountStore accounts, Authors authors, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(new AccountUsers(accounts, authors));
		passwordCheck.setPasswordEncoder(passwordEncoder);
		return new ThrottledSignIn(passwordCheck, throttle);
	}

	/** Signing out leaves a fresh anonymous reader: no reader cookie either. */
	@Bean
	LogoutHandler forgetReaderOnSignOut(ReaderAccounts readers) {
		return (request, response, authentication) -> readers.signOut(request, response);
	}

}
