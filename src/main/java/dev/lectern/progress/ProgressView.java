package dev.lectern.progress;

import java.util.List;

/**
 * The "On this page" panel and the contents page: the progress numbers, "Last Sync" in
 * words and the table of contents with a read mark per section. {@code lastSyncAt} is the
 * ISO instant of the last save, or null.
 */
public record ProgressView(String lessonPath, int percent, int readingMinutes, int minutesLeft, int sectionsRead,
		int sectionCount, String lastSync, String lastSyncAt, List<TocEntry> entries) {

	public String syncUrl() {
		return this.lessonPath + "/progress";
	}

	public String resetUrl() {
		return this.lessonPath + "/progress/reset";
	}

	public boolean started() {
		return this.sectionsRead > 0;
	}

	/** Where "Continue" leads: the first section not read yet, or the top of the lesson. */
	public String continueUrl() {
		return this.entries.stream()
			.filter(entry -> !entry.read())
			.findFirst()
			.map(TocEntry::jumpUrl)
			.orElse(this.lessonPath);
	}

	public record TocEntry(String anchor, String heading, boolean read, String jumpUrl) {
	}

}
