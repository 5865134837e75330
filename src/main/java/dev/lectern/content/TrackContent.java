package dev.lectern.content;

import java.util.List;

public record TrackContent(String slug, String title, String summary, List<LessonSummary> lessons) {

	public String path() {
		return "/" + this.slug;
	}

}
