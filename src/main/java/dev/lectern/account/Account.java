package dev.lectern.account;

import java.time.Instant;

/** An account as stored: who, the password's hash, and the reader whose rows hold their progress. */
record Account(long id, String username, String passwordHash, String readerId, Instant createdAt) {

	@Override
	public String toString() {
		// never the hash, not even in a log line
		return "Account[" + this.username + "]";
	}

}
