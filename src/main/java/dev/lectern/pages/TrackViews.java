package dev.lectern.pages;

import java.util.ArrayList;
import java.util.List;

import dev.lectern.content.Catalogue;
import dev.lectern.content.ContentNotFoundException;
import dev.lectern.content.LessonContent;
import dev.lectern.content.LessonSummary;
import dev.lectern.content.TrackContent;
import dev.lectern.progress.ProgressService;
import dev.lectern.quiz.QuizResult;
import dev.lectern.quiz.QuizService;

import org.springframework.stereotype.Component;

/** Builds track views: the catalogue's lessons joined with this reader's progress and scores. */
@Component
class TrackViews {

	private final Catalogue catalogue;

	private final ProgressService progress;

	private final QuizService quiz;

	TrackViews(Catalogue catalogue, ProgressService progress, QuizService quiz) {
		this.catalogue = catalogue;
		this.progress = progress;
		this.quiz = quiz;
	}

	/** Lessons on one page of a track, and per track on the home page. */
	static final int PAGE_SIZE = 20;

	/** The home page: every track with its first page of lessons. */
	List<TrackView> all() {
		return this.catalogue.tracks().stream().map(track -> view(track, 1)).toList();
	}

	/** One page of a track's lessons; a page past the last is a 404. */
	TrackView of(String trackSlug, int page) {
		return view(this.catalogue.track(trackSlug), page);
	}

	private TrackView view(TrackContent track, int page) {
		int total = track.lessons().size();
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		if (page < 1 || page > pages) {
			throw new ContentNotFoundException("Page");
		}
		int from = (page - 1) * PAGE_SIZE;
		List<TrackView.LessonRow> rows = new ArrayList<>();
		int number = from + 1;
		for (LessonSummary summary : track.lessons().subList(from, Math.min(total, from + PAGE_SIZE))) {
			LessonContent lesson = this.catalogue.lesson(track.slug(), summary.slug());
			QuizResult result = this.quiz.result(lesson);
			rows.add(new TrackView.LessonRow(number++, summary, this.progress.view(lesson),
					result.complete() ? result.score() : null, result.total()));
		}
		return new TrackView(track, rows, page, pages, total);
	}

}
