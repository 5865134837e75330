package dev.lectern.content;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content as the loader leaves it (the fixture track, see src/test/resources/config),
 * read through the repositories. The shipped lessons' own rules: ShippedContentTest.
 */
@DataJpaTest
@Import(ContentLoader.class)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class CatalogueRepositoryTest {

	@Autowired
	private TrackRepository tracks;

	@Autowired
	private LessonRepository lessons;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void resetStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.clear();
	}

	@Test
	void theDjangoLessonLoadsWithItsWholeGraphInOneQuery() {
		Lesson lesson = this.lessons.findPage("python-backend", "introduction-to-django").orElseThrow();

		assertThat(lesson.getTitle()).isEqualTo("Introduction to Django – The Framework for Perfectionists");
		assertThat(lesson.getReadingMinutes()).isEqualTo(5);
		assertThat(lesson.getSections()).extracting(Section::getAnchor)
			.containsExactly("what-is-django", "the-batteries-included-philosophy", "core-architecture-mvt",
					"key-features", "why-choose-django");
		assertThat(lesson.getQuestions()).extracting(QuizQuestion::getCorrectLetter).containsExactly("C", "B", "D");
		assertThat(lesson.getQuestions()).extracting(q -> q.getSection().getAnchor())
			.containsExactly("core-architecture-mvt", "key-features", "the-batteries-included-philosophy");
		assertThat(lesson.getQuestions()).allSatisfy(q -> assertThat(q.getOptions()).extracting(QuizOption::letter)
			.containsExactly("A", "B", "C", "D"));
		assertThat(lesson.getFaqs()).extracting(Faq::getQuestion)
			.containsExactly("Is Django too heavy for small projects?", "Does Django support REST APIs?",
					"Is Django good for SEO?");
		assertThat(lesson.getTrack().getSlug()).isEqualTo("python-backend");

		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(1);
	}

	@Test
	void theTrackListsItsThreeLessonsInOrder() {
		List<Track> all = this.tracks.findAllWithLessons();
		assertThat(all).extracting(Track::getSlug).containsExactly("python-backend");
		assertThat(all.get(0).getLessons()).extracting(Lesson::getSlug)
			.containsExactly("flask-rest-api", "introduction-to-django", "django-mvc-mvt");
	}

	@Test
	void neighboursLinkTheTrackEndToEnd() {
		Catalogue catalogue = new Catalogue(this.tracks, this.lessons);
		LessonContent first = catalogue.lesson("python-backend", "flask-rest-api");
		LessonContent django = catalogue.lesson("python-backend", "introduction-to-django");
		LessonContent last = catalogue.lesson("python-backend", "django-mvc-mvt");
		assertThat(first.previous()).isNull();
		assertThat(first.next().slug()).isEqualTo("introduction-to-django");
		assertThat(django.previous().slug()).isEqualTo("flask-rest-api");
		assertThat(django.next().slug()).isEqualTo("django-mvc-mvt");
		assertThat(last.next()).isNull();
		assertThat(django.related()).extracting(LessonSummary::slug).containsExactly("flask-rest-api", "django-mvc-mvt");
	}

	@Test
	void unknownLessonsAreNotFound() {
		assertThat(this.lessons.findPage("python-backend", "no-such-lesson")).isEmpty();
		assertThat(this.lessons.findPage("no-such-track", "introduction-to-django")).isEmpty();
	}

}
