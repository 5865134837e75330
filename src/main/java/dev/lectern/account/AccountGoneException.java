package dev.lectern.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in account no longer exists (deleted on another device). */
@ResponseStatus(value = HttpStatus.NOT_FOUND, reason = "This account no longer exists.")
class AccountGoneException extends RuntimeException {

	AccountGoneException() {
		super("This account no longer exists.");
	}

}
