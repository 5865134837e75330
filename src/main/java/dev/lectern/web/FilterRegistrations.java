package dev.lectern.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Registers Lectern's own servlet filters, and says where they run: before Spring Session
 * and Spring Security see a request.
 */
@Configuration(proxyBeanMethods = false)
class FilterRegistrations {

	/**
	 * Tomcat limits form bodies ({@code server.tomcat.max-http-form-post-size}) only when
	 * they are parsed, and Boot has no limit for other bodies; this refuses any declared
	 * body over {@code lectern.max-request-body} with 413 before anything reads it.
	 */
	@Bean
	FilterRegistrationBean<BodySizeFilter> bodySizeFilter(@Value("${lectern.max-request-body:64KB}") DataSize limit) {
		FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(
				new BodySizeFilter(limit.toBytes()));
		registration.setOrder(BodySizeFilter.ORDER);
		return registration;
	}

}
