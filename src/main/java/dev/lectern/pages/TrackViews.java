package dev.lectern.pages;

import java.util.ArrayList;
import java.util.List;

import dev.lectern.content.Catalogue;
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

	List<TrackView> all() {
		return this.catalogue.tracks().stream().map(this::view).toList();
	}

	TrackView of(String trackSlug) {
		return view(this.catalogue.track(trackSlug));
	}

	private TrackView view(TrackContent track) {
		List<TrackView.LessonRow> rows = new ArrayList<>();
		int number = 1;
		for (LessonSummary summary : track.lessons()) {
			LessonContent lesson = this.catalogue.lesson(track.slug(), summary.slug());
			QuizResult result = this.quiz.result(lesson);
			rows.add(new TrackView.LessonRow(number++, summary, this.progress.view(lesson),
					result.complete() ? result.score() : null, result.total()));
		}
		return new TrackView(track, rows);
	}

}
