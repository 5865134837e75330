package dev.lectern.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading progress with JavaScript on, as a reader sees it: table-of-contents clicks and
 * scrolling move the bar and tick sections without loading a page, and the server keeps it.
 */
class LessonProgressBrowserTest extends BrowserTestSupport {

	@RegisterExtension
	static final Browser browser = Browser.chromium();

	/** Scroll steps: small enough that every heading and every section end passes on screen. */
	private static final int STEP = 150;

	private static final long PAUSE_MILLIS = 150;

	@Test
	void aTocClickJumpsToTheSectionAndSavesItWithoutLoadingAPage() {
		browser.open(DJANGO);
		LessonPage page = new LessonPage(browser);
		// straight after loading, before the script's first save can have landed
		assertThat(page.lastSync()).isEqualTo("Not yet");
		assertThat(page.percentText()).isEqualTo("0%");
		browser.script("window.lecternSamePage = 'yes'");

		page.tocLink("key-features").click();

		browser.waiting("Key Features ticked").until(d -> page.readAnchors().contains("key-features"));
		browser.waiting("Last Sync: just now").until(d -> page.lastSync().equals("just now"));
		assertThat(browser.<String>script("return window.lecternSamePage")).as("no page load since the click")
			.isEqualTo("yes");
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url(DJANGO + "#key-features"));
		assertThat(browser.<String>script("return document.activeElement.id")).isEqualTo("key-features");
		assertThat(page.stateOf("key-features")).isEqualTo("(read)");
		// the section the smooth scroll flies past does not count (the first two may, having
		// been on the first screen since the page loaded)
		assertThat(page.readAnchors()).doesNotContain("core-architecture-mvt");
		assertThat(page.percent()).isBetween(1, 99);
		assertThat(page.barValue()).isEqualTo(page.percent());
		assertThat(page.left()).matches("[1-5] min left");
		// the (smooth) scroll ends with the heading at the top of the window, under the header
		browser.waiting("Key Features heading at the top of the window").until(d -> {
			double top = topOf(page.heading("key-features"));
			return top >= 0 && top < 150;
		});
	}

	@Test
	void scrollingThroughTheWholeLessonReachesAHundredPercentAndTheServerKeepsIt() {
		browser.open(DJANGO);
		LessonPage page = new LessonPage(browser);
		browser.screenshot("lesson-0-percent");
		// still nothing saved after the screenshot, so the screenshot shows 0% too
		assertThat(page.percentText()).isEqualTo("0%");
		assertThat(page.lastSync()).isEqualTo("Not yet");
		assertThat(page.left()).isEqualTo("5 min left");
		assertThat(page.readAnchors()).isEmpty();

		// mid-way: down to just above the last section, so four of five have been on screen
		long lastSectionTop = browser.<Number>script(
				"return document.querySelector('section[data-section=\"why-choose-django\"]')"
						+ ".getBoundingClientRect().top + window.scrollY")
			.longValue();
		scrollStepwiseTo(lastSectionTop - innerHeight() - 4);
		browser.waiting("the first four sections ticked")
			.until(d -> page.readAnchors().equals(LessonPage.ANCHORS.subList(0, 4)));
		browser.waiting("bar and percentage agreeing above 0")
			.until(d -> page.barValue() == page.percent() && page.percent() > 0);
		assertThat(page.percent()).isBetween(1, 99);
		assertThat(page.left()).matches("[1-4] min left");
		assertThat(page.lastSync()).isEqualTo("just now");
		browser.screenshot("lesson-midway");

		scrollStepwiseTo(Long.MAX_VALUE);
		browser.waiting("100%").until(d -> page.percentText().equals("100%"));
		assertThat(page.barValue()).isEqualTo(100);
		assertThat(page.left()).isEqualTo("0 min left");
		assertThat(page.readAnchors()).containsExactlyElementsOf(LessonPage.ANCHORS);
		assertThat(page.lastSync()).isEqualTo("just now");
		browser.screenshot("lesson-100-percent");

		browser.script("window.lecternSamePage = 'yes'");
		browser.driver().navigate().refresh();
		assertThat(browser.<Object>script("return window.lecternSamePage")).as("reloaded").isNull();
		assertThat(page.percentText()).isEqualTo("100%");
		assertThat(page.barValue()).isEqualTo(100);
		assertThat(page.left()).isEqualTo("0 min left");
		assertThat(page.readAnchors()).containsExactlyElementsOf(LessonPage.ANCHORS);
		assertThat(LessonPage.ANCHORS).allSatisfy(anchor -> assertThat(page.stateOf(anchor)).isEqualTo("(read)"));
		assertThat(page.lastSync()).isEqualTo("just now");
	}

	@Test
	void onAPhoneTheProgressPanelSitsAboveTheTextAndNothingScrollsSideways() {
		browser.emulatePhone(390, 844);
		browser.open(DJANGO);
		assertThat(innerWidth()).isEqualTo(390);
		assertThat(browser.<Number>script("return document.documentElement.scrollWidth").longValue())
			.as("page width").isLessThanOrEqualTo(390);
		double panelBottom = bottomOf(".toc-panel");
		double textTop = browser.<Number>script(
				"return document.querySelector('article.lesson-body').getBoundingClientRect().top")
			.doubleValue();
		assertThat(panelBottom).as("panel above the text").isLessThanOrEqualTo(textTop);
		assertThat(browser.driver().findElement(By.cssSelector(".toc-panel")).getRect().getWidth())
			.isLessThanOrEqualTo(390);
		// the title, "Last Sync" and the progress numbers are on the first screen
		assertThat(bottomOf("h1.lesson-title")).isLessThan(844);
		assertThat(bottomOf("[data-progress-percent]")).isLessThan(844);
		browser.screenshot("lesson-390px");
		browser.fullPageScreenshot("lesson-390px-full");
	}

	private static double topOf(WebElement element) {
		return browser.<Number>script("return arguments[0].getBoundingClientRect().top", element).doubleValue();
	}

	private double bottomOf(String css) {
		return browser.<Number>script("return document.querySelector(arguments[0]).getBoundingClientRect().bottom",
				css)
			.doubleValue();
	}

	private long innerHeight() {
		return browser.<Number>script("return window.innerHeight").longValue();
	}

	private long innerWidth() {
		return browser.<Number>script("return window.innerWidth").longValue();
	}

	/**
	 * Scrolls down the way a reader does, a little at a time, until {@code y} (or the end
	 * of the page) is at the top of the window.
	 */
	private void scrollStepwiseTo(long y) {
		for (int steps = 0; steps < 500; steps++) {
			List<Number> position = browser.script(
					"var max = document.documentElement.scrollHeight - window.innerHeight;"
							+ "return [window.scrollY, Math.min(max, arguments[0])];",
					(double) Math.min(y, Integer.MAX_VALUE));
			double now = position.get(0).doubleValue();
			double goal = position.get(1).doubleValue();
			if (now >= goal - 1) {
				return;
			}
			browser.script("window.scrollTo({ top: Math.min(window.scrollY + arguments[0], arguments[1]), "
					+ "behavior: 'instant' })", STEP, goal);
			pause();
		}
		throw new AssertionError("the page never got to " + y);
	}

	private static void pause() {
		try {
			Thread.sleep(PAUSE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
