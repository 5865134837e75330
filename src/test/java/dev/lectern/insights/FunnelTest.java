package dev.lectern.insights;

import java.util.List;
import java.util.Map;

import dev.lectern.content.SectionContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FunnelTest {

	private static final List<SectionContent> SECTIONS = List.of(section("intro", "Intro"),
			section("routes", "Routes"), section("json", "JSON"), section("end", "The end"));

	@Test
	void eachSectionInPageOrderWithTheShareOfTheLessonsReaders() {
		// the map's order is not the page's; a removed section ("gone") is not a step
		Funnel funnel = Funnel.of(SECTIONS, Map.of("json", 20L, "intro", 36L, "gone", 9L, "routes", 30L), 40);

		assertThat(funnel.steps()).extracting(Funnel.Step::heading, Funnel.Step::count, Funnel.Step::share)
			.containsExactly(tuple("Intro", "36", "90%"), tuple("Routes", "30", "75%"), tuple("JSON", "20", "50%"),
					tuple("The end", "0", "0%"));
		assertThat(funnel.steps().get(1).fraction()).isEqualTo(0.75);
	}

	@Test
	void aSectionReadByOneToFourReadersShowsNeitherCountNorShare() {
		Funnel funnel = Funnel.of(SECTIONS, Map.of("intro", 40L, "routes", 4L, "json", 1L), 40);

		assertThat(funnel.steps()).extracting(Funnel.Step::count, Funnel.Step::share, Funnel.Step::shown)
			.containsExactly(tuple("40", "100%", true), tuple("fewer than 5", "fewer than 5", false),
					tuple("fewer than 5", "fewer than 5", false), tuple("0", "0%", true));
	}

	@Test
	void aLessonWithFewerThanFiveReadersShowsNoShareAtAll() {
		Funnel funnel = Funnel.of(SECTIONS, Map.of("intro", 4L), 4);

		assertThat(funnel.steps()).extracting(Funnel.Step::share).containsOnly("fewer than 5");
		assertThat(funnel.steps()).noneMatch(Funnel.Step::shown);
	}

	private static SectionContent section(String anchor, String heading) {
		return new SectionContent(anchor, heading, "<p>text</p>", 100);
	}

}
