package dev.lectern.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lectern.content.Catalogue;
import dev.lectern.content.ContentNotFoundException;
import dev.lectern.content.LessonContent;
import dev.lectern.content.LessonSummary;
import dev.lectern.content.QuestionContent;
import dev.lectern.content.SectionContent;
import dev.lectern.insights.InsightsQueries.LessonAttemptGroup;
import dev.lectern.insights.InsightsQueries.LessonReaderGroup;

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
		List<String> anchors = lesson.sections().stream().map(SectionContent::anchor).toList();
		List<Integer> numbers = lesson.questions().stream().map(QuestionContent::number).toList();
		return LessonInsights.of(lesson, this.queries.readersPerSection(lesson.key()),
				this.queries.readers(lesson.key(), anchors),
				this.queries.firstAttempt(lesson.key(), correctLetters(lesson), numbers));
	}

	/** Position n holds the correct letter of question n (a space where there is no question n). */
	static String correctLetters(LessonContent lesson) {
		int longest = lesson.questions().stream().mapToInt(QuestionContent::number).max().orElse(0);
		char[] letters = " ".repeat(longest).toCharArray();
		for (QuestionContent question : lesson.questions()) {
			if (question.number() > 0) {
				letters[question.number() - 1] = question.correctLetter().charAt(0);
			}
		}
		return new String(letters);
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

		List<String> keys = lessons.stream().map(LessonContent::key).toList();
		List<String> sections = new ArrayList<>();
		List<String> questions = new ArrayList<>();
		List<String> rights = new ArrayList<>();
		for (LessonContent lesson : lessons) {
			lesson.sections().forEach(section -> sections.add(lesson.key() + " " + section.anchor()));
			for (QuestionContent question : lesson.questions()) {
				questions.add(lesson.key() + " " + question.number());
				rights.add(lesson.key() + " " + question.number() + question.correctLetter());
			}
		}
		Map<String, List<LessonReaderGroup>> readers = new HashMap<>();
		this.queries.lessonReaders(keys, sections)
			.forEach(group -> readers.computeIfAbsent(group.lessonKey(), key -> new ArrayList<>()).add(group));
		Map<String, List<LessonAttemptGroup>> attempts = new HashMap<>();
		this.queries.lessonFirstAttempts(keys, questions, rights)
			.forEach(group -> attempts.computeIfAbsent(group.lessonKey(), key -> new ArrayList<>()).add(group));

		List<LessonsOverview.Row> rows = lessons.stream()
			.map(lesson -> row(lesson, readers.getOrDefault(lesson.key(), List.of()),
					attempts.getOrDefault(lesson.key(), List.of())))
			.toList();
		return new LessonsOverview(rows, page, pages, all.size(), from + 1);
	}

	private static LessonsOverview.Row row(LessonContent lesson, List<LessonReaderGroup> readers,
			List<LessonAttemptGroup> attempts) {
		int sections = lesson.sections().size();
		int questions = lesson.questions().size();
		long started = readers.stream().mapToLong(LessonReaderGroup::readers).sum();
		long reachedEnd = readers.stream()
			.filter(group -> sections > 0 && group.sections() == sections)
			.mapToLong(LessonReaderGroup::readers)
			.sum();
		List<LessonAttemptGroup> complete = attempts.stream()
			.filter(group -> questions > 0 && group.answered() == questions)
			.toList();
		LessonInsights.Attempts firstAttempts = new LessonInsights.Attempts(
				complete.stream().mapToLong(LessonAttemptGroup::readers).sum(),
				complete.stream().mapToLong(group -> (long) group.score() * group.readers()).sum(), questions);
		return new LessonsOverview.Row(lesson, started, reachedEnd, firstAttempts);
	}

}
