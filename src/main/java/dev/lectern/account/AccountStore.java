package dev.lectern.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account rows (migration V8). A username is found without regard to case. */
@Repository
class AccountStore {

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> find(String username) {
		return this.jdbc.sql("""
				SELECT id, username, password_hash, reader_id, created_at FROM account
				WHERE username_key = :key""")
			.param("key", Usernames.key(username))
			.query(AccountStore::account)
			.optional();
	}

	boolean exists(String username) {
		return this.jdbc.sql("SELECT count(*) FROM account WHERE username_key = :key")
			.param("key", Usernames.key(username))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the username (in any case)
	 * was taken meanwhile
	 */
	void create(String username, String passwordHash, String readerId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO account (username, username_key, password_hash, reader_id, created_at)
				VALUES (:username, :key, :hash, :reader, :now)""")
			.param("username", username)
			.param("key", Usernames.key(username))
			.param("hash", passwordHash)
			.param("reader", readerId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	void changePassword(long id, String passwordHash) {
		this.jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM account WHERE id = :id").param("id", id).update();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("reader_id"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
