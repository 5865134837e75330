package dev.lectern.content;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lectern.content.ContentDrafts.FaqDraft;
import dev.lectern.content.ContentDrafts.LessonDraft;
import dev.lectern.content.ContentDrafts.QuestionDraft;
import dev.lectern.content.ContentDrafts.SectionDraft;
import dev.lectern.content.ContentDrafts.TrackDraft;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Writes checked content into the catalogue tables, in the caller's transaction. Rows keep
 * their identity: a track is found by its slug, a lesson by its track and slug, a section by
 * its anchor, a question by its number; they are updated in place, and only what the files
 * no longer hold is deleted. Readers' rows name lessons and sections by those same keys, so
 * an edit leaves every reader's progress in place.
 */
final class ContentWriter {

	private final JdbcClient jdbc;

	ContentWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the content lock (the one row of {@code content_state}): until this transaction
	 * ends, another instance loading content waits here, then finds the hash written.
	 * @return the hash of the content in the tables, null before the first load
	 */
	String lockAndReadHash() {
		return this.jdbc.sql("SELECT hash FROM content_state WHERE id = 1 FOR UPDATE")
			.query(rows -> rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty())
			.orElse(null);
	}

	void write(ContentDrafts content, OffsetDateTime now) {
		Map<String, Long> existing = ids("SELECT slug AS k, id FROM track", Map.of());
		int position = 0;
		for (TrackDraft track : content.tracks()) {
			position++;
			Long id = existing.remove(track.slug());
			if (id == null) {
				id = insert("INSERT INTO track (slug, title, summary, position) VALUES (:slug, :title, :summary, :position)",
						Map.of("slug", track.slug(), "title", track.title(), "summary", track.description(),
								"position", position));
			}
			else {
				this.jdbc.sql("UPDATE track SET title = :title, summary = :summary, position = :position WHERE id = :id")
					.param("title", track.title())
					.param("summary", track.description())
					.param("position", position)
					.param("id", id)
					.update();
			}
			writeLessons(id, track.lessons());
		}
		for (Long removed : existing.values()) {
			for (Long lesson : ids("SELECT slug AS k, id FROM lesson WHERE track_id = :id", Map.of("id", removed)).values()) {
				deleteLesson(lesson);
			}
			this.jdbc.sql("DELETE FROM track WHERE id = :id").param("id", removed).update();
		}
		this.jdbc.sql("UPDATE content_state SET hash = :hash, revision = revision + 1, loaded_at = :now WHERE id = 1")
			.param("hash", content.hash())
			.param("now", now)
			.update();
	}

	private void writeLessons(long trackId, List<LessonDraft> lessons) {
		Map<String, Long> existing = ids("SELECT slug AS k, id FROM lesson WHERE track_id = :id", Map.of("id", trackId));
		// positions are unique per track: out of the way first, so that lessons can swap places
		this.jdbc.sql("UPDATE lesson SET position = -position WHERE track_id = :id").param("id", trackId).update();
		int position = 0;
		for (LessonDraft lesson : lessons) {
			position++;
			Long id = existing.remove(lesson.slug());
			Map<String, Object> values = new HashMap<>();
			values.put("track", trackId);
			values.put("slug", lesson.slug());
			values.put("title", lesson.title());
			values.put("summary", lesson.summary());
			values.put("position", position);
			values.put("minutes", lesson.readingMinutes());
			values.put("docsUrl", lesson.docsUrl());
			values.put("docsLabel", lesson.docsLabel());
			values.put("updated", lesson.updatedOn());
			if (id == null) {
				id = insert("INSERT INTO lesson (track_id, slug, title, summary, position, reading_minutes, docs_url,"
						+ " docs_label, updated_on) VALUES (:track, :slug, :title, :summary, :position, :minutes,"
						+ " :docsUrl, :docsLabel, :updated)", values);
			}
			else {
				values.put("id", id);
				this.jdbc.sql("UPDATE lesson SET title = :title, summary = :summary, position = :position,"
						+ " reading_minutes = :minutes, docs_url = :docsUrl, docs_label = :docsLabel,"
						+ " updated_on = :updated WHERE id = :id")
					.params(values)
					.update();
			}
			Map<String, Long> sections = writeSections(id, lesson.sections());
			writeQuestions(id, lesson.questions(), sections);
			deleteOtherSections(id, new HashSet<>(sections.values()));
			writeFaqs(id, lesson.faqs());
		}
		for (Long removed : existing.values()) {
			deleteLesson(removed);
		}
	}

	/** @return the section ids by anchor */
	private Map<String, Long> writeSections(long lessonId, List<SectionDraft> sections) {
		Map<String, Long> existing = ids("SELECT anchor AS k, id FROM section WHERE lesson_id = :id", Map.of("id", lessonId));
		this.jdbc.sql("UPDATE section SET position = -position WHERE lesson_id = :id").param("id", lessonId).update();
		Map<String, Long> written = new HashMap<>();
		int position = 0;
		for (SectionDraft section : sections) {
			position++;
			Long id = existing.get(section.anchor());
			Map<String, Object> values = Map.of("lesson", lessonId, "anchor", section.anchor(), "heading",
					section.heading(), "body", section.body(), "position", position, "id", (id != null) ? id : 0L);
			if (id == null) {
				id = insert("INSERT INTO section (lesson_id, anchor, heading, body, position)"
						+ " VALUES (:lesson, :anchor, :heading, :body, :position)", values);
			}
			else {
				this.jdbc.sql("UPDATE section SET heading = :heading, body = :body, position = :position WHERE id = :id")
					.params(values)
					.update();
			}
			written.put(section.anchor(), id);
		}
		return written;
	}

	private void writeQuestions(long lessonId, List<QuestionDraft> questions, Map<String, Long> sections) {
		Map<String, Long> existing = ids("SELECT position AS k, id FROM quiz_question WHERE lesson_id = :id",
				Map.of("id", lessonId));
		int number = 0;
		for (QuestionDraft question : questions) {
			number++;
			Long id = existing.remove(Integer.toString(number));
			Map<String, Object> values = new HashMap<>();
			values.put("lesson", lessonId);
			values.put("position", number);
			values.put("prompt", question.prompt());
			values.put("correct", question.correctLetter());
			values.put("explanation", question.explanation());
			values.put("section", sections.get(question.teaches()));
			values.put("hint", question.hint());
			if (id == null) {
				id = insert("INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation,"
						+ " section_id, hint) VALUES (:lesson, :position, :prompt, :correct, :explanation, :section, :hint)",
						values);
			}
			else {
				values.put("id", id);
				this.jdbc.sql("UPDATE quiz_question SET prompt = :prompt, correct_letter = :correct,"
						+ " explanation = :explanation, section_id = :section, hint = :hint WHERE id = :id")
					.params(values)
					.update();
				this.jdbc.sql("DELETE FROM quiz_option WHERE question_id = :id").param("id", id).update();
			}
			for (Map.Entry<String, String> option : question.options().entrySet()) {
				this.jdbc.sql("INSERT INTO quiz_option (question_id, letter, label, feedback)"
						+ " VALUES (:question, :letter, :label, :feedback)")
					.param("question", id)
					.param("letter", option.getKey())
					.param("label", option.getValue())
					.param("feedback", question.feedback().get(option.getKey()))
					.update();
			}
		}
		for (Long removed : existing.values()) {
			deleteQuestion(removed);
		}
	}

	private void deleteOtherSections(long lessonId, Set<Long> kept) {
		for (Long id : ids("SELECT anchor AS k, id FROM section WHERE lesson_id = :id", Map.of("id", lessonId)).values()) {
			if (!kept.contains(id)) {
				this.jdbc.sql("DELETE FROM section WHERE id = :id").param("id", id).update();
			}
		}
	}

	/** FAQs have no identity of their own that anything keeps: they are written anew. */
	private void writeFaqs(long lessonId, List<FaqDraft> faqs) {
		this.jdbc.sql("DELETE FROM faq WHERE lesson_id = :id").param("id", lessonId).update();
		int position = 0;
		for (FaqDraft faq : faqs) {
			position++;
			this.jdbc.sql("INSERT INTO faq (lesson_id, position, question, answer) VALUES (:lesson, :position, :question, :answer)")
				.param("lesson", lessonId)
				.param("position", position)
				.param("question", faq.question())
				.param("answer", faq.answer())
				.update();
		}
	}

	private void deleteLesson(long lessonId) {
		for (Long question : ids("SELECT position AS k, id FROM quiz_question WHERE lesson_id = :id",
				Map.of("id", lessonId)).values()) {
			deleteQuestion(question);
		}
		this.jdbc.sql("DELETE FROM faq WHERE lesson_id = :id").param("id", lessonId).update();
		this.jdbc.sql("DELETE FROM section WHERE lesson_id = :id").param("id", lessonId).update();
		this.jdbc.sql("DELETE FROM lesson WHERE id = :id").param("id", lessonId).update();
	}

	private void deleteQuestion(long questionId) {
		this.jdbc.sql("DELETE FROM quiz_option WHERE question_id = :id").param("id", questionId).update();
		this.jdbc.sql("DELETE FROM quiz_question WHERE id = :id").param("id", questionId).update();
	}

	/** A query of (k, id) rows as a map from k (as text) to id. */
	private Map<String, Long> ids(String sql, Map<String, ?> params) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((rs, row) -> {
			ids.put(rs.getString("k"), rs.getLong("id"));
			return null;
		}).list();
		return ids;
	}

	private long insert(String sql, Map<String, ?> params) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

}
