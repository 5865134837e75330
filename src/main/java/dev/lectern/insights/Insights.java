package dev.lectern.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.lectern.content.Catalogue;
import dev.lectern.content.ContentNotFoundException;
import dev.lectern.content.LessonContent;
import dev.lectern.content.LessonSummary;
import dev.lectern.content.SectionContent;
import dev.lectern.insights.InsightsQueries.AnswerGroup;
import dev.lectern.insights.InsightsQueries.LessonGroup;
import dev.lectern.insights.InsightsQueries.ReaderGroup;
import dev.lectern.insights.InsightsQueries.Reading;

import org.springframework.stereotype.Service;

/** The catalogue's lessons joined with the readers' aggregates. */
@Service
class Insights {

	private final Catalogue catalogue;

	private final InsightsQueries queries;

	Insights(Catalogue catalogue, InsightsQueries queries) {
		this.catalogue = catalogue;
		this.queries = queries;
	}

	/** One lesson's insights; an unknown track or lesson is a 404. */
	LessonInsights lesson(String trackSlug, String lessonSlug) {
		LessonContent lesson = this.catalogue.lesson(trackSlug, lessonSlug);
		List<Reading> reading = this.queries.reading(lesson.key());
		return LessonInsights.of(lesson, InsightsQueries.readersPerSection(reading),
				InsightsQueries.readers(reading, anchors(lesson)),
				InsightsQueries.firstAttempt(this.queries.firstAnswers(lesson.key()), lesson));
	}

	private static Set<String> anchors(LessonContent lesson) {
		return lesson.sections().stream().map(SectionContent::anchor).collect(Collectors.toSet());
	}

	/** One page of every track's lessons, in the catalogue's order; a page past the last is a 404. */
	LessonsOverview overview(int page) {
		List<LessonSummary> all = new ArrayList<>();
		this.catalogue.tracks().forEach(track -> all.addAll(track.lessons()));
		int pages = Math.max(1, (all.size() + LessonsOverview.PAGE_SIZE - 1) / LessonsOverview.PAGE_SIZE);
		if (page < 1 || page > pages) {
			throw new ContentNotFoundException("Page");
		}
		int from = (page - 1) * LessonsOverview.PAGE_SIZE;
		List<LessonContent> lessons = all.subList(from, Math.min(all.size(), from + LessonsOverview.PAGE_SIZE))
			.stream()
			.map(summary -> this.catalogue.lesson(summary.trackSlug(), summary.slug()))
			.toList();

		Map<String, List<LessonGroup>> groups = new HashMap<>();
		this.queries.lessons(lessons.stream().map(LessonContent::key).toList())
			.forEach(group -> groups.computeIfAbsent(group.lessonKey(), key -> new ArrayList<>()).add(group));
		List<LessonsOverview.Row> rows = lessons.stream()
			.map(lesson -> row(lesson, groups.getOrDefault(lesson.key(), List.of())))
			.toList();
		return new LessonsOverview(rows, page, pages, all.size(), from + 1);
	}

	private static LessonsOverview.Row row(LessonContent lesson, List<LessonGroup> groups) {
		int sections = lesson.sections().size();
		int questions = lesson.questions().size();
		List<ReaderGroup> readers = InsightsQueries.readers(groups.stream().map(LessonGroup::reading).toList(),
				anchors(lesson));
		long started = readers.stream().mapToLong(ReaderGroup::readers).sum();
		long reachedEnd = readers.stream()
			.filter(group -> sections > 0 && group.sections() == sections)
			.mapToLong(ReaderGroup::readers)
			.sum();
		long finished = 0;
		long scoreSum = 0;
		for (AnswerGroup answer : InsightsQueries
			.firstAttempt(groups.stream().map(LessonGroup::answers).toList(), lesson)) {
			// a reader who answered every question has one row per question: counted on the first
			if (questions > 0 && answer.answered() == questions
					&& answer.question() == lesson.questions().get(0).number()) {
				finished += answer.readers();
				scoreSum += (long) answer.score() * answer.readers();
			}
		}
		return new LessonsOverview.Row(lesson, started, reachedEnd,
				new LessonInsights.Attempts(finished, scoreSum, questions));
	}

}
