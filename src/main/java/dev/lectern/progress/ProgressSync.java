package dev.lectern.progress;

import java.util.List;

/** The JSON answer of a progress save. */
record ProgressSync(int percent, int minutesLeft, List<String> sectionsRead, String lastSync, String lastSyncAt) {

	static ProgressSync of(ProgressView view) {
		return new ProgressSync(view.percent(), view.minutesLeft(),
				view.entries().stream().filter(ProgressView.TocEntry::read).map(ProgressView.TocEntry::anchor).toList(),
				view.lastSync(), view.lastSyncAt());
	}

}
