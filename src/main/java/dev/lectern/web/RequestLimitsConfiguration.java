package dev.lectern.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Filters that run first, before Spring Session and Spring Security see a request. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

	@Bean
	FilterRegistrationBean<BodySizeFilter> bodySizeFilter(
			@Value("${lectern.max-request-body:64KB}") org.springframework.util.unit.DataSize limit) {
		FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(
				new BodySizeFilter(limit.toBytes()));
		registration.setOrder(BodySizeFilter.ORDER);
		return registration;
	}

}
