package dev.lectern.web;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every cache Lectern has: content as views ({@code tracks}, {@code lessons}) and the
 * reader-independent HTML of lesson pages ({@code lessonTexts}). They hold content only,
 * which is the same on every instance and changes only through migrations (a deployment),
 * so they never expire and hold no reader state.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	@Bean
	CacheManager cacheManager() {
		ConcurrentMapCacheManager manager = new ConcurrentMapCacheManager("tracks", "lessons", "lessonTexts");
		manager.setAllowNullValues(false);
		return manager;
	}

}
