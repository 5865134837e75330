package dev.lectern.content;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

@Entity
class Track {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String summary;

	private int position;

	@OneToMany(mappedBy = "track")
	@OrderBy("position")
	private List<Lesson> lessons = new ArrayList<>();

	protected Track() {
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

	List<Lesson> getLessons() {
		return lessons;
	}

}
