package dev.lectern.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the lesson files are: a folder on disk ({@code lectern.content.dir},
 * {@code LECTERN_CONTENT_DIR}) or, by default, {@code content/} in the jar. Either holds one
 * folder per track; files directly in it and deeper folders are not content.
 */
final class ContentSource {

	static final String SHIPPED = "classpath:content/";

	private static final String CLASSPATH = "classpath:";

	private final String location;

	private final Path directory;

	private ContentSource(String location, Path directory) {
		this.location = location;
		this.directory = directory;
	}

	/** A folder path, "classpath:some/folder/", or blank for the shipped lessons. */
	static ContentSource of(String setting) {
		if (setting == null || setting.isBlank()) {
			return new ContentSource(SHIPPED, null);
		}
		String location = setting.strip();
		if (location.startsWith(CLASSPATH)) {
			return new ContentSource(location.endsWith("/") ? location : location + "/", null);
		}
		return new ContentSource(location, Path.of(location));
	}

	Optional<Path> directory() {
		return Optional.ofNullable(this.directory);
	}

	@Override
	public String toString() {
		return this.location;
	}

	/** The track folders, in name order, with their files in name order. */
	List<Folder> folders() throws IOException {
		return (this.directory != null) ? foldersOnDisk() : foldersOnClasspath();
	}

	private List<Folder> foldersOnDisk() throws IOException {
		if (!Files.isDirectory(this.directory)) {
			throw new IOException("no such folder");
		}
		List<Folder> folders = new ArrayList<>();
		for (Path folder : list(this.directory)) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			List<ContentFile> files = new ArrayList<>();
			for (Path file : list(folder)) {
				if (Files.isRegularFile(file) && ContentFile.isContent(file.getFileName().toString())) {
					files.add(new ContentFile(folder.getFileName().toString(), file.getFileName().toString(),
							file.toString(), Files.readAllBytes(file)));
				}
			}
			folders.add(new Folder(folder.getFileName().toString(), folder.toString(), files));
		}
		return folders;
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter(path -> !path.getFileName().toString().startsWith("."))
				.sorted(Comparator.comparing(path -> path.getFileName().toString()))
				.toList();
		}
	}

	private List<Folder> foldersOnClasspath() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				ContentSource.class.getClassLoader());
		Resource root = resolver.getResource(this.location);
		if (!root.exists()) {
			throw new IOException("no such folder on the class path");
		}
		String rootUrl = root.getURL().toString();
		String rootName = this.location.substring(CLASSPATH.length());
		Map<String, List<ContentFile>> byFolder = new TreeMap<>();
		for (Resource resource : resolver.getResources(this.location + "*/*")) {
			String url = resource.getURL().toString();
			String relative = url.startsWith(rootUrl) ? url.substring(rootUrl.length())
					: url.substring(url.lastIndexOf(rootName) + rootName.length());
			int slash = relative.indexOf('/');
			if (slash < 0 || relative.indexOf('/', slash + 1) >= 0 || !resource.isReadable()) {
				continue;
			}
			String folder = relative.substring(0, slash);
			String name = relative.substring(slash + 1);
			if (ContentFile.isContent(name) && !folder.startsWith(".")) {
				try (InputStream in = resource.getInputStream()) {
					byFolder.computeIfAbsent(folder, f -> new ArrayList<>())
						.add(new ContentFile(folder, name, rootName + relative, in.readAllBytes()));
				}
			}
		}
		List<Folder> folders = new ArrayList<>();
		byFolder.forEach((folder, files) -> folders.add(new Folder(folder, rootName + folder,
				files.stream().sorted(Comparator.comparing(ContentFile::name)).toList())));
		return folders;
	}

	record Folder(String name, String path, List<ContentFile> files) {
	}

	/** A track file or a lesson file; {@code path} is how problems name it. */
	record ContentFile(String folder, String name, String path, byte[] bytes) {

		static final String TRACK_FILE = "track.yml";

		static boolean isContent(String name) {
			return name.equals(TRACK_FILE) || isLesson(name);
		}

		/** Every Markdown file of a track folder but its README. */
		static boolean isLesson(String name) {
			return name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
		}

	}

}
