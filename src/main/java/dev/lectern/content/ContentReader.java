package dev.lectern.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lectern.content.ContentDrafts.LessonDraft;
import dev.lectern.content.ContentDrafts.TrackDraft;
import dev.lectern.content.ContentSource.ContentFile;
import dev.lectern.content.ContentSource.Folder;
import dev.lectern.content.LessonParser.ParsedLesson;

/**
 * Reads and checks a whole content folder: every track file, every lesson file, and that
 * each track lists exactly the lessons in its folder. Either all of it is valid, or the
 * answer is every problem found.
 */
final class ContentReader {

	static final Set<String> TRACK_KEYS = Set.of("slug", "title", "description", "lessons");

	/**
	 * Part of the content hash: change it when the same files should be written into the
	 * tables differently (a new column, another rendering of a field).
	 */
	static final String FORMAT = "lectern-content-1";

	private final LessonParser lessons = new LessonParser();

	Result read(ContentSource source) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Folder> folders;
		try {
			folders = source.folders();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(source.toString(), 0, "cannot be read: " + ex.getMessage()));
			return new Result(null, problems);
		}
		if (folders.isEmpty()) {
			problems.add(new ContentProblem(source.toString(), 0,
					"no track folder: each track is a folder holding a track.yml and its lesson files"));
		}
		List<TrackDraft> tracks = new ArrayList<>();
		Map<String, String> trackFiles = new LinkedHashMap<>();
		for (Folder folder : folders) {
			TrackDraft track = track(folder, trackFiles, problems);
			if (track != null) {
				tracks.add(track);
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(null);
			return new Result(null, problems);
		}
		tracks.sort(Comparator.comparing(TrackDraft::slug));
		return new Result(new ContentDrafts(List.copyOf(tracks), hash(folders)), List.of());
	}

	private TrackDraft track(Folder folder, Map<String, String> trackFiles, List<ContentProblem> problems) {
		int before = problems.size();
		ContentFile trackFile = null;
		Map<String, ParsedLesson> bySlug = new LinkedHashMap<>();
		Map<String, ContentFile> fileBySlug = new LinkedHashMap<>();
		Set<String> unreadable = new java.util.HashSet<>();
		for (ContentFile file : folder.files()) {
			if (file.name().equals(ContentFile.TRACK_FILE)) {
				trackFile = file;
				continue;
			}
			ParsedLesson lesson = this.lessons.parse(file.path(), file.bytes(), problems);
			if (lesson.slug() == null) {
				// its front matter has a problem of its own: it is probably the lesson its name says
				unreadable.add(file.name().substring(0, file.name().length() - ".md".length()));
				continue;
			}
			ContentFile other = fileBySlug.putIfAbsent(lesson.slug(), file);
			if (other != null) {
				problems.add(new ContentProblem(file.path(), lesson.slugLine(),
						"slug \"" + lesson.slug() + "\" is the slug of " + other.path() + " too"));
			}
			else {
				bySlug.put(lesson.slug(), lesson);
			}
		}
		String trackPath = folder.path() + "/" + ContentFile.TRACK_FILE;
		if (trackFile == null) {
			problems.add(new ContentProblem(trackPath, 0,
					"missing: a track folder holds a track.yml with the track's slug, title, description and lessons"));
			return null;
		}
		String text = LessonParser.decode(trackPath, trackFile.bytes(), problems);
		if (text == null) {
			return null;
		}
		YamlFields fields = YamlFields.parse(trackPath, text, 1, 1, TRACK_KEYS, problems);
		if (fields == null) {
			return null;
		}
		String slug = fields.text("slug", true, 80);
		if (slug != null && !slug.matches(Slugs.PATTERN)) {
			fields.problem(fields.lineOf("slug"), "slug \"" + slug
					+ "\" may only hold lower-case letters, digits and hyphens, and starts with a letter or digit");
		}
		else if (slug != null) {
			String other = trackFiles.putIfAbsent(slug, trackPath);
			if (other != null) {
				fields.problem(fields.lineOf("slug"), "track slug \"" + slug + "\" is the slug of " + other + " too");
			}
		}
		String title = fields.text("title", true, 200);
		String description = fields.text("description", true, 300);
		List<YamlFields.Item> listed = fields.list("lessons");
		List<LessonDraft> lessons = new ArrayList<>();
		if (listed != null) {
			if (listed.isEmpty()) {
				fields.problem(fields.lineOf("lessons"), "lessons is empty: list the slugs of the track's lessons, in order");
			}
			Map<String, Integer> seen = new LinkedHashMap<>();
			for (YamlFields.Item item : listed) {
				Integer first = seen.putIfAbsent(item.value(), item.line());
				ParsedLesson lesson = bySlug.get(item.value());
				if (first != null) {
					fields.problem(item.line(), "lesson \"" + item.value() + "\" is listed twice (first on line " + first + ")");
				}
				else if (lesson == null && unreadable.contains(item.value())) {
					continue;
				}
				else if (lesson == null) {
					fields.problem(item.line(), "lesson \"" + item.value() + "\" is listed, but no lesson file in "
							+ folder.path() + " has \"slug: " + item.value() + "\"");
				}
				else {
					lessons.add(lesson.lesson());
				}
			}
			bySlug.forEach((lessonSlug, lesson) -> {
				if (!seen.containsKey(lessonSlug)) {
					problems.add(new ContentProblem(fileBySlug.get(lessonSlug).path(), lesson.slugLine(), "lesson \""
							+ lessonSlug + "\" is not listed in " + trackPath + ": add it to lessons where it belongs"));
				}
			});
		}
		if (problems.size() > before) {
			return null;
		}
		return new TrackDraft(slug, title, description, List.copyOf(lessons));
	}

	/** What the content is, byte for byte: equal hashes mean there is nothing to write. */
	private static String hash(List<Folder> folders) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
			for (Folder folder : folders) {
				for (ContentFile file : folder.files()) {
					digest.update((byte) 0);
					digest.update((folder.name() + "/" + file.name()).getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0);
					digest.update(Integer.toString(file.bytes().length).getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0);
					digest.update(file.bytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Either the content (and no problem) or the problems, sorted by file and line. */
	record Result(ContentDrafts content, List<ContentProblem> problems) {

		boolean valid() {
			return this.content != null;
		}

	}

}
