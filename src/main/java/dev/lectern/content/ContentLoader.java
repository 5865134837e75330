package dev.lectern.content;

import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the lesson files into the catalogue tables at start-up, after Flyway and before the
 * server takes requests: invalid content stops the start with every problem listed; content
 * whose hash is already in the tables writes nothing; several instances starting at once
 * take turns on the content lock, so the first writes and the others find it written.
 */
@Component
class ContentLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

	private final ContentSource source;

	private final ContentReader reader = new ContentReader();

	private final ContentWriter writer;

	private final TransactionTemplate transactions;

	private final ObjectProvider<CacheManager> caches;

	ContentLoader(@Value("${lectern.content.dir:}") String directory, DataSource dataSource,
			PlatformTransactionManager transactionManager, ObjectProvider<CacheManager> caches) {
		this.source = ContentSource.of(directory);
		this.writer = new ContentWriter(JdbcClient.create(dataSource));
		this.transactions = new TransactionTemplate(transactionManager);
		this.caches = caches;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ContentReader.Result result = this.reader.read(this.source);
		if (!result.valid()) {
			throw new InvalidContentException(this.source.toString(), result.problems());
		}
		load(result.content());
	}

	/**
	 * Reads the files again (the development watcher calls this): valid content that changed
	 * is written and the caches emptied; invalid content is logged and the pages keep the
	 * content they had. One reload at a time, so that the last one reads the files as they are.
	 */
	synchronized void reload() {
		ContentReader.Result result = this.reader.read(this.source);
		if (!result.valid()) {
			log.warn("{}; the site keeps the content it had", new InvalidContentException(this.source.toString(),
					result.problems()).getMessage());
			return;
		}
		if (load(result.content())) {
			clearCaches();
		}
	}

	ContentSource source() {
		return this.source;
	}

	/** @return whether the tables changed */
	boolean load(ContentDrafts content) {
		boolean written = Boolean.TRUE.equals(this.transactions.execute(status -> {
			String hash = this.writer.lockAndReadHash();
			if (content.hash().equals(hash)) {
				return false;
			}
			this.writer.write(content, OffsetDateTime.now());
			return true;
		}));
		if (written) {
			log.info("Content from {} written: {} track(s), {} lesson(s)", this.source, content.tracks().size(),
					content.lessonCount());
		}
		else {
			log.info("Content from {} unchanged: {} track(s), {} lesson(s)", this.source, content.tracks().size(),
					content.lessonCount());
		}
		return written;
	}

	/**
	 * Every cache Lectern has is built from content (web/CacheConfiguration): the views and the
	 * rendered lesson texts alike must go when the content changes.
	 */
	private void clearCaches() {
		this.caches.ifAvailable(manager -> manager.getCacheNames().forEach(name -> {
			Cache cache = manager.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}));
	}

}
