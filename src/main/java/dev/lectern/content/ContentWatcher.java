package dev.lectern.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * While writing lessons ({@code lectern.content.watch=true} with {@code lectern.content.dir}
 * set): looks at the folder every half second and, when a file was added, changed or
 * removed, loads the content again, so an edit shows on the next page load. Production
 * leaves it off and loads content once, at start-up.
 */
@Component
@ConditionalOnProperty(name = "lectern.content.watch", havingValue = "true")
class ContentWatcher {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	private final ContentLoader loader;

	private String seen;

	ContentWatcher(ContentLoader loader) {
		this.loader = loader;
		this.seen = fingerprint();
		if (loader.source().directory().isEmpty()) {
			log.warn("lectern.content.watch is on but lectern.content.dir is not set: the shipped lessons never change");
		}
		else {
			log.info("Watching {} for lesson changes", loader.source());
		}
	}

	@Scheduled(fixedDelay = 500)
	void check() {
		String now = fingerprint();
		if (!now.equals(this.seen)) {
			this.seen = now;
			this.loader.reload();
		}
	}

	/** Names, sizes and modification times of the track folders' files. */
	private String fingerprint() {
		Path directory = this.loader.source().directory().orElse(null);
		if (directory == null || !Files.isDirectory(directory)) {
			return "";
		}
		StringBuilder fingerprint = new StringBuilder();
		try (Stream<Path> paths = Files.walk(directory, 2)) {
			paths.sorted().forEach(path -> {
				try {
					BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
					fingerprint.append(path)
						.append(' ')
						.append(attributes.size())
						.append(' ')
						.append(attributes.lastModifiedTime().toMillis())
						.append('\n');
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// a file removed while looking: the next look sees the folder as it is then
			return "";
		}
		return fingerprint.toString();
	}

}
