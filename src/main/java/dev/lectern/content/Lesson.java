package dev.lectern.content;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A lesson with everything its page shows. The collections are sets so that the whole
 * graph can be fetched in one query (several fetched lists would be a cartesian "bag");
 * their order comes from {@code position}.
 */
@Entity
@NamedEntityGraph(name = Lesson.PAGE_GRAPH,
		attributeNodes = { @NamedAttributeNode("track"), @NamedAttributeNode("sections"),
				@NamedAttributeNode(value = "questions", subgraph = "question"), @NamedAttributeNode("faqs") },
		subgraphs = @NamedSubgraph(name = "question",
				attributeNodes = { @NamedAttributeNode("options"), @NamedAttributeNode("section") }))
class Lesson {

	static final String PAGE_GRAPH = "Lesson.page";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Track track;

	private String slug;

	private String title;

	private String summary;

	private int position;

	private int readingMinutes;

	private String docsUrl;

	private String docsLabel;

	private LocalDate updatedOn;

	@OneToMany(mappedBy = "lesson")
	@OrderBy("position")
	private Set<Section> sections = new LinkedHashSet<>();

	@OneToMany(mappedBy = "lesson")
	@OrderBy("position")
	private Set<QuizQuestion> questions = new LinkedHashSet<>();

	@OneToMany(mappedBy = "lesson")
	@OrderBy("position")
	private Set<Faq> faqs = new LinkedHashSet<>();

	protected Lesson() {
	}

	Long getId() {
		return id;
	}

	Track getTrack() {
		return track;
	}

	String getSlug() {
		return slug;
	}

	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
	}

	int getPosition() {
		return position;
	}

	int getReadingMinutes() {
		return readingMinutes;
	}

	String getDocsUrl() {
		return docsUrl;
	}

	String getDocsLabel() {
		return docsLabel;
	}

	LocalDate getUpdatedOn() {
		return updatedOn;
	}

	Set<Section> getSections() {
		return sections;
	}

	Set<QuizQuestion> getQuestions() {
		return questions;
	}

	Set<Faq> getFaqs() {
		return faqs;
	}

}
