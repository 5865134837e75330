package dev.lectern.web;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every cache Lectern has. They hold content only, which is the same on every instance
 * and changes only through migrations (a deployment), so they never expire and hold no
 * reader state.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	@Bean
	CacheManager cacheManager() {
		ConcurrentMapCacheManager manager = new ConcurrentMapCacheManager("tracks", "lessons");
		manager.setAllowNullValues(false);
		return manager;
	}

}
