package dev.lectern.pages;

import dev.lectern.WebTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A track page shows its lessons {@value TrackViews#PAGE_SIZE} at a time (bench/run.sh
 * --large makes a track of a thousand); the three-lesson track fits on one page.
 */
class TrackPagingTest extends WebTestSupport {

	@Test
	void aShortTrackIsOnePageWithoutAPager() {
		Document page = newReader().page("/python-backend");
		assertThat(page.select(".lesson-card")).hasSize(3);
		assertThat(page.select("nav.pager")).isEmpty();
		assertThat(newReader().page("/python-backend?page=1").select(".lesson-card")).hasSize(3);
	}

	@Test
	void aPageThatDoesNotExistIsNotFound() {
		assertThat(newReader().get("/python-backend?page=2")).hasStatus(404);
		assertThat(newReader().get("/python-backend?page=0")).hasStatus(404);
		assertThat(newReader().get("/python-backend?page=abc")).hasStatus(404);
	}

}
