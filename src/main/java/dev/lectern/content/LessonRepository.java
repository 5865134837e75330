package dev.lectern.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LessonRepository extends Repository<Lesson, Long> {

	/** The whole graph a lesson page shows, in one query. */
	@EntityGraph(Lesson.PAGE_GRAPH)
	@Query("select l from Lesson l where l.track.slug = :trackSlug and l.slug = :lessonSlug")
	Optional<Lesson> findPage(String trackSlug, String lessonSlug);

}
