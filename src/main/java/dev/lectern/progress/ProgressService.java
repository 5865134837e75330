package dev.lectern.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.lectern.content.LessonContent;
import dev.lectern.content.SectionContent;
import dev.lectern.reader.ReaderSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Reads and records a reader's progress through a lesson. */
@Service
public class ProgressService {

	/** More names than this in one save is a flood, not a reader. */
	static final int MAX_SECTIONS_PER_SAVE = 50;

	static final int MAX_ANCHOR_LENGTH = 120;

	private final ReaderSession reader;

	private final Clock clock;

	ProgressService(ReaderSession reader, Clock clock) {
		this.reader = reader;
		this.clock = clock;
	}

	public ProgressView view(LessonContent lesson) {
		String key = lesson.key();
		Set<String> visited = this.reader.visitedSections(key);
		ReadingProgress progress = ReadingProgress.of(lesson, visited);
		Instant lastSync = this.reader.lastSync(key).orElse(null);
		List<ProgressView.TocEntry> entries = lesson.sections()
			.stream()
			.map(section -> new ProgressView.TocEntry(section.anchor(), section.heading(),
					visited.contains(section.anchor()), lesson.path() + "/sections/" + section.anchor()))
			.toList();
		return new ProgressView(lesson.path(), progress.percent(), lesson.readingMinutes(), progress.minutesLeft(),
				progress.sectionsRead(), progress.sectionCount(),
				LastSync.describe(lastSync, this.clock.instant(), this.clock.getZone()),
				(lastSync != null) ? lastSync.toString() : null, entries);
	}

	public ReadingProgress progress(LessonContent lesson) {
		return ReadingProgress.of(lesson, this.reader.visitedSections(lesson.key()));
	}

	/**
	 * Records the visited sections, all or none: a single unknown or malformed name rejects
	 * the whole save with 400 and nothing is stored.
	 */
	public ProgressView record(LessonContent lesson, List<String> anchors) {
		if (anchors == null || anchors.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Name at least one section (form field 'section').");
		}
		if (anchors.size() > MAX_SECTIONS_PER_SAVE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Too many sections in one save: at most " + MAX_SECTIONS_PER_SAVE + ".");
		}
		Set<String> known = new LinkedHashSet<>();
		for (String anchor : anchors) {
			known.add(requireSection(lesson, anchor).anchor());
		}
		this.reader.visit(lesson.key(), known, this.clock.instant());
		return view(lesson);
	}

	/**
	 * A contents link followed: the section counts as visited for a browser that has loaded a
	 * Lectern page before. A crawler or a link preview, holding no Lectern cookie, only finds
	 * the section, and nothing is stored for it. An unknown anchor is a 400 either way.
	 */
	public void jump(LessonContent lesson, String anchor) {
		SectionContent section = requireSection(lesson, anchor);
		if (this.reader.browserKnown()) {
			this.reader.visit(lesson.key(), List.of(section.anchor()), this.clock.instant());
		}
	}

	public void reset(LessonContent lesson) {
		this.reader.resetProgress(lesson.key());
	}

	static SectionContent requireSection(LessonContent lesson, String anchor) {
		if (anchor == null || anchor.isBlank() || anchor.length() > MAX_ANCHOR_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A section name must be 1 to "
					+ MAX_ANCHOR_LENGTH + " characters long.");
		}
		// echo the name back only when it looks like an anchor; anything else is not repeated
		String named = anchor.matches("[a-z0-9-]+") ? " \u201c" + anchor + "\u201d" : "";
		return lesson.section(anchor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown section" + named + " in this lesson."));
	}

}
