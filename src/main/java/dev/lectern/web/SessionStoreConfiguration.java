package dev.lectern.web;

import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** How Spring Session JDBC talks to the database. */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** How often a session in use has its last access written: see CoarseAccessTimeSessionRepository. */
	static final Duration ACCESS_TIME_RESOLUTION = Duration.ofMinutes(1);

	/**
	 * Spring Session's filter gets the JDBC store wrapped in a
	 * {@link CoarseAccessTimeSessionRepository}. Wrapped after initialisation rather than
	 * declared as a SessionRepository bean of our own, because Boot's JDBC session
	 * auto-configuration (the properties spring.session.*, the customizers, the clean-up
	 * job) backs off as soon as one exists. The JDBC store's own lifecycle (start and stop of
	 * its clean-up job) still runs on the original object. The wrapper is a plain
	 * SessionRepository: Actuator's {@code sessions} endpoint, which looks sessions up by
	 * principal, would not find it, and Lectern (no accounts, only {@code health} exposed)
	 * does not offer it.
	 */
	@Bean
	static BeanPostProcessor coarseSessionAccessTime() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository jdbc)
						? new CoarseAccessTimeSessionRepository(jdbc, ACCESS_TIME_RESOLUTION) : bean;
			}
		};
	}

	/**
	 * Spring Session JDBC runs its statements in plain JDBC transactions. Without this bean it
	 * borrows the application's JPA transaction manager, which opens (and closes) a Hibernate
	 * session around every load and save of a session, on every request, for statements that
	 * never touch JPA. The transaction manager here is deliberately not a bean, so the JPA one
	 * stays the application's only one. (The bean name is the one Spring Session looks for.)
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	/**
	 * On PostgreSQL, writing a session attribute is an upsert: two instances that add the same
	 * attribute of one reader at the same moment both succeed instead of one failing on the
	 * primary key. (Within one instance a reader's requests never overlap.)
	 *
	 * <p>Decided by the database the application is connected to, not by the profile: with
	 * Spring AOT (the recommended launch, see bench/README.md) the beans are fixed when the
	 * jar is built, where no profile is active.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributesOnPostgreSql(
			DataSource dataSource) {
		PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		return (repository) -> {
			if (isPostgreSql(dataSource)) {
				upsert.customize(repository);
			}
		};
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database the sessions are stored in", ex);
		}
	}

}
