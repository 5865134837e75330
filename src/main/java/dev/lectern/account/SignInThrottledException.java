package dev.lectern.account;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password was checked: too many recent failures. */
class SignInThrottledException extends AuthenticationException {

	private final long retryAfterSeconds;

	SignInThrottledException(long retryAfterSeconds) {
		super("Too many failed sign-ins");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
