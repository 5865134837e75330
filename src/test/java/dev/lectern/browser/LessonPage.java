package dev.lectern.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** What a reader sees of a lesson page's progress: the "On this page" panel and "Last Sync". */
final class LessonPage {

	static final List<String> ANCHORS = List.of("what-is-django", "the-batteries-included-philosophy",
			"core-architecture-mvt", "key-features", "why-choose-django");

	private final WebDriver driver;

	LessonPage(Browser browser) {
		this.driver = browser.driver();
	}

	/** The percentage as printed, e.g. {@code "37%"}. */
	String percentText() {
		return find("[data-progress-percent]").getText();
	}

	/** The percentage as a number, from the printed text. */
	int percent() {
		return Integer.parseInt(percentText().replace("%", "").trim());
	}

	/** The progress bar's value. */
	int barValue() {
		return (int) Double.parseDouble(find("progress[data-progress-bar]").getDomProperty("value"));
	}

	/** e.g. {@code "4 min left"}. */
	String left() {
		return find("[data-progress-left]").getText();
	}

	String lastSync() {
		return find("[data-last-sync]").getText();
	}

	/** The sections ticked as read in the table of contents, in page order. */
	List<String> readAnchors() {
		return this.driver.findElements(By.cssSelector(".toc-panel .toc-list__item.is-read"))
			.stream()
			.map(item -> item.getDomAttribute("data-anchor"))
			.toList();
	}

	/** The screen-reader state of a section's entry: "(read)" or nothing. */
	String stateOf(String anchor) {
		return find(".toc-panel .toc-list__item[data-anchor='" + anchor + "'] .toc-list__state")
			.getDomProperty("textContent");
	}

	WebElement tocLink(String anchor) {
		return find(".toc-panel a.toc-list__link[data-anchor='" + anchor + "']");
	}

	WebElement heading(String anchor) {
		return this.driver.findElement(By.id(anchor));
	}

	private WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

}
