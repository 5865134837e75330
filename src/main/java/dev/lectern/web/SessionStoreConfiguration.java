package dev.lectern.web;

import java.sql.DatabaseMetaData;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How Spring Session JDBC talks to the database. Sessions hold only what signing in puts
 * there (Spring Security's context, the reader's id as a plain string); a visitor who only
 * reads has none.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SessionStoreConfiguration.class);

	/**
	 * Spring Session JDBC runs its statements in plain JDBC transactions. Without this bean it
	 * borrows the application's JPA transaction manager, which opens (and closes) a Hibernate
	 * session around every load and save of a session, for statements that never touch JPA.
	 * The transaction manager here is deliberately not a bean, so the JPA one stays the
	 * application's only one. (The bean name is the one Spring Session looks for.)
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	/**
	 * A stored attribute that cannot be read back (a class that changed in a deployment,
	 * foreign bytes) counts as absent: the request goes on as if it had never been stored,
	 * which for Spring Security's context means signed out. Logged once per attribute name,
	 * never a 500 and never an empty page.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> unreadableSessionAttributesCountAsAbsent() {
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, new AbsentWhenUnreadable(new DeserializingConverter()));
		return (repository) -> repository.setConversionService(conversion);
	}

	/**
	 * On PostgreSQL, writing a session attribute is an upsert: two instances that add the same
	 * attribute at the same moment both succeed instead of one failing on the primary key.
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

	/** Deserialises, or answers null (absent) for bytes it cannot read, logging the first such failure. */
	static final class AbsentWhenUnreadable implements Converter<byte[], Object> {

		private final Converter<byte[], Object> delegate;

		private final Set<String> logged = ConcurrentHashMap.newKeySet();

		AbsentWhenUnreadable(Converter<byte[], Object> delegate) {
			this.delegate = delegate;
		}

		@Override
		public Object convert(byte[] source) {
			try {
				return this.delegate.convert(source);
			}
			catch (RuntimeException ex) {
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				if (this.logged.size() < 100 && this.logged.add(cause.getClass().getName() + ": " + cause.getMessage())) {
					log.warn("A stored session attribute could not be read back and counts as absent: {}",
							cause.toString());
				}
				return null;
			}
		}

	}

}
