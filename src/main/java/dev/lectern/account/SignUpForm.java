package dev.lectern.account;

/** The sign-up form as posted; checked by {@link Usernames} and {@link Passwords}. */
record SignUpForm(String username, String password) {

	/** The username as chosen: surrounding spaces are a slip of the keyboard, not part of it. */
	String chosenUsername() {
		return (this.username != null) ? this.username.trim() : "";
	}

	@Override
	public String toString() {
		return "SignUpForm[" + this.username + "]";
	}

}
