package dev.lectern.account;

import java.util.OptionalLong;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's check: refused at once while the username or the client address is
 * throttled, otherwise Spring Security's username and password check, whose failures are
 * counted. That check answers an unknown username and a wrong password alike and takes the
 * same time for both (it runs the encoder against a dummy hash when there is no account).
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwordCheck;

	private final SignInThrottle throttle;

	ThrottledSignIn(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		OptionalLong wait = this.throttle.retryAfterSeconds(username, address);
		if (wait.isPresent()) {
			throw new SignInThrottledException(wait.getAsLong());
		}
		try {
			Authentication signedIn = this.passwordCheck.authenticate(authentication);
			this.throttle.succeeded(username);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
