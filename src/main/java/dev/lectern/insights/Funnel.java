package dev.lectern.insights;

import java.util.List;
import java.util.Map;

import dev.lectern.content.SectionContent;

/**
 * The reach funnel: per section, in page order, how many of the lesson's readers read it,
 * and which share of them that is. Visits to sections that no longer exist are not counted.
 */
record Funnel(long readers, List<Step> steps) {

	static Funnel of(List<SectionContent> sections, Map<String, Long> readersPerAnchor, long readers) {
		return new Funnel(readers, sections.stream()
			.map(section -> new Step(section.anchor(), section.heading(),
					readersPerAnchor.getOrDefault(section.anchor(), 0L), readers))
			.toList());
	}

	record Step(String anchor, String heading, long readers, long of) {

		boolean shown() {
			return Figures.shareShown(this.readers, this.of);
		}

		/** The share as a fraction (0..1), for the chart; 0 when nobody is counted. */
		double fraction() {
			return (this.of > 0) ? (double) this.readers / this.of : 0;
		}

		String count() {
			return Figures.count(this.readers);
		}

		String share() {
			return Figures.share(this.readers, this.of);
		}

	}

}
