package dev.lectern.content;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Lesson lesson;

	private String anchor;

	private String heading;

	/** Markdown; rendered once into the cached {@link SectionContent}. */
	private String body;

	private int position;

	protected Section() {
	}

	String getAnchor() {
		return anchor;
	}

	String getHeading() {
		return heading;
	}

	String getBody() {
		return body;
	}

	int getPosition() {
		return position;
	}

}
