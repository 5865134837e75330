package dev.lectern.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The lesson in a browser with JavaScript switched off: the server does all the work. */
class LessonWithoutJavaScriptBrowserTest extends BrowserTestSupport {

	@RegisterExtension
	static final Browser browser = Browser.chromiumWithoutJavaScript();

	@Test
	void aTocLinkGoesThroughTheServerAndTheSectionIsTickedOnTheLessonItLandsOn() {
		browser.open(DJANGO);
		LessonPage page = new LessonPage(browser);
		assertThat(browser.driver().findElements(By.cssSelector(".section-end"))).as("lectern.js did not run")
			.isEmpty();
		assertThat(page.percentText()).isEqualTo("0%");
		assertThat(page.readAnchors()).isEmpty();
		assertThat(page.lastSync()).isEqualTo("Not yet");

		WebElement link = page.tocLink("core-architecture-mvt");
		assertThat(link.getDomAttribute("href")).isEqualTo(DJANGO + "/sections/core-architecture-mvt");
		link.click();

		browser.waiting("the lesson at #core-architecture-mvt")
			.until(ExpectedConditions.urlToBe(browser.url(DJANGO + "#core-architecture-mvt")));
		// the browser asked for /sections/core-architecture-mvt and was sent on (303) to the lesson
		assertThat(browser.<Number>script("return performance.getEntriesByType('navigation')[0].redirectCount")
			.intValue()).isEqualTo(1);
		assertThat(page.readAnchors()).containsExactly("core-architecture-mvt");
		assertThat(page.stateOf("core-architecture-mvt")).isEqualTo("(read)");
		assertThat(page.percent()).isBetween(1, 99);
		assertThat(page.barValue()).isEqualTo(page.percent());
		assertThat(page.left()).matches("[1-4] min left");
		assertThat(page.lastSync()).isEqualTo("just now");
		assertThat(browser.driver().findElements(By.cssSelector(".section-end"))).isEmpty();
	}

}
