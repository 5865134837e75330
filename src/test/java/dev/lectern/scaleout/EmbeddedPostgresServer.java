package dev.lectern.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server for the whole test run (zonky's binaries, unpacked under
 * {@code java.io.tmpdir}, which surefire points at {@code target/}), with a fresh, empty
 * database for every caller. The server stops when the JVM exits. Run as root, zonky starts
 * PostgreSQL inside a user namespace ({@code unshare -U}), since PostgreSQL refuses root.
 */
final class EmbeddedPostgresServer {

	/** The application connects as this ordinary role, as it would in production. */
	static final String USERNAME = "lectern";

	static final String PASSWORD = "lectern-test";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private EmbeddedPostgresServer() {
	}

	/** A new, empty database owned by {@link #USERNAME}: no tables, no Flyway history. */
	static Database newDatabase(String prefix) {
		EmbeddedPostgres postgres = server();
		String name = prefix + "_" + databases.incrementAndGet();
		execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name + " OWNER " + USERNAME);
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(url);
		dataSource.setUser(USERNAME);
		dataSource.setPassword(PASSWORD);
		return new Database(url, USERNAME, PASSWORD, dataSource);
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
			execute(server.getPostgresDatabase(),
					"CREATE ROLE " + USERNAME + " LOGIN PASSWORD '" + PASSWORD + "'");
		}
		return server;
	}

	private static void execute(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	record Database(String url, String username, String password, DataSource dataSource) {
	}

}
