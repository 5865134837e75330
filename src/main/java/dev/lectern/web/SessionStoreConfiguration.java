package dev.lectern.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * On PostgreSQL, writing a session attribute is an upsert: two instances that add the same
 * attribute of one reader at the same moment both succeed instead of one failing on the
 * primary key. (Within one instance a reader's requests never overlap.)
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
