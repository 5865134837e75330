package dev.lectern.web;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session JDBC runs its statements in plain JDBC transactions. Without this bean it
 * borrows the application's JPA transaction manager, which opens (and closes) a Hibernate
 * session around every load and save of a session, on every request, for statements that
 * never touch JPA. The transaction manager here is deliberately not a bean, so the JPA one
 * stays the application's only one.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** The name Spring Session's JDBC configuration looks for. */
	@Bean
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

}
