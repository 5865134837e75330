package dev.lectern.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files are served from three narrow patterns instead of Boot's {@code /**}
 * ({@code spring.web.resources.add-mappings=false}).
 *
 * <p>Why: with content-hash names on, Thymeleaf passes every link of a page through
 * {@code ResourceUrlProvider}. Under a {@code /**} mapping every link matches, so each
 * page link (sections, quiz, lessons: about forty on a lesson page) was looked up on the
 * class path in four static locations, jar entry by jar entry, on every request; misses
 * are not cached. That was the largest single cost of rendering the lesson page (JFR, see
 * bench/README.md). With these patterns only links to {@code /css/}, {@code /js/} and the
 * favicon are resolved, and their results are cached.
 *
 * <p>The cache period and the content-hash strategy still come from
 * {@code spring.web.resources.*} in application.properties.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	private final WebProperties.Resources resources;

	StaticResourcesConfiguration(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		register(registry, "/css/**", "classpath:/static/css/");
		register(registry, "/js/**", "classpath:/static/js/");
		register(registry, "/favicon.svg", "classpath:/static/");
	}

	private void register(ResourceHandlerRegistry registry, String pattern, String location) {
		CacheControl cacheControl = this.resources.getCache().getCachecontrol().toHttpCacheControl();
		WebProperties.Resources.Chain.Strategy.Content content = this.resources.getChain().getStrategy().getContent();
		VersionResourceResolver versions = new VersionResourceResolver();
		if (content.isEnabled()) {
			versions.addContentVersionStrategy("/**");
		}
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(cacheControl)
			.resourceChain(this.resources.getChain().isCache())
			.addResolver(versions);
	}

}
