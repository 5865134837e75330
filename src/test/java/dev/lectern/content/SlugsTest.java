package dev.lectern.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@Test
	void headingsBecomeAnchors() {
		assertThat(Slugs.of("What is Django?")).isEqualTo("what-is-django");
		assertThat(Slugs.of("The 'Batteries-Included' Philosophy")).isEqualTo("the-batteries-included-philosophy");
		assertThat(Slugs.of("Core Architecture: MVT")).isEqualTo("core-architecture-mvt");
		assertThat(Slugs.of("  Crème brûlée & Co.  ")).isEqualTo("creme-brulee-co");
	}

}
