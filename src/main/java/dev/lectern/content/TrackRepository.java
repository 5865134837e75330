package dev.lectern.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TrackRepository extends Repository<Track, Long> {

	@Query("select distinct t from Track t left join fetch t.lessons order by t.position")
	List<Track> findAllWithLessons();

	@Query("select t from Track t left join fetch t.lessons where t.slug = :slug")
	Optional<Track> findWithLessons(String slug);

}
