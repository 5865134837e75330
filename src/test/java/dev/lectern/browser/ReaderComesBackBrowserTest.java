package dev.lectern.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader closes the browser and comes back: the reader cookie lasts a year, so the same
 * Chromium profile finds the same progress. JavaScript is off, so every visit is a jump
 * through the server.
 */
class ReaderComesBackBrowserTest extends BrowserTestSupport {

	@RegisterExtension
	static final Browser browser = Browser.chromiumWithoutJavaScript();

	@Test
	void closingTheBrowserForgetsNothing() {
		browser.open(DJANGO);
		LessonPage page = new LessonPage(browser);
		for (String anchor : new String[] { "what-is-django", "the-batteries-included-philosophy" }) {
			page.tocLink(anchor).click();
			browser.waiting("the lesson at #" + anchor)
				.until(ExpectedConditions.urlToBe(browser.url(DJANGO + "#" + anchor)));
		}
		assertThat(page.readAnchors()).containsExactly("what-is-django", "the-batteries-included-philosophy");
		int percent = page.percent();
		String left = page.left();
		assertThat(percent).isBetween(1, 99);

		browser.restart();
		browser.open(DJANGO);

		LessonPage again = new LessonPage(browser);
		assertThat(again.readAnchors()).containsExactly("what-is-django", "the-batteries-included-philosophy");
		assertThat(again.percent()).isEqualTo(percent);
		assertThat(again.left()).isEqualTo(left);
		assertThat(again.lastSync()).isEqualTo("just now");
	}

}
