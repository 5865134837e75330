package dev.lectern.reader;

import org.springframework.beans.factory.config.CustomScopeConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link ReaderScope} under {@value ReaderScope#NAME}. */
@Configuration(proxyBeanMethods = false)
class ReaderScopeConfiguration {

	@Bean
	static CustomScopeConfigurer readerScope() {
		CustomScopeConfigurer configurer = new CustomScopeConfigurer();
		configurer.addScope(ReaderScope.NAME, new ReaderScope());
		return configurer;
	}

}
