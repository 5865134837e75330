package dev.lectern.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A request without an Accept header (curl, a simple client) is answered as a browser is:
 * HTML where there is a page, else whatever the endpoint produces (JSON for a save). Without
 * this, an error while a page was rendering sent such a client to Boot's JSON error view
 * with the failed page's {@code text/html} still set, and it got an empty 500.
 */
@Configuration(proxyBeanMethods = false)
class DefaultContentTypeConfiguration implements WebMvcConfigurer {

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.defaultContentType(MediaType.TEXT_HTML, MediaType.ALL);
	}

}
