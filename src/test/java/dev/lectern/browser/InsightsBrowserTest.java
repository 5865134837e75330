package dev.lectern.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.lectern.HttpBrowser;
import dev.lectern.insights.FortyReaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insights pages as an author reads them in Chromium, after forty readers read and
 * answered over HTTP ({@link FortyReaders}): the figures match what was sent, axe finds
 * nothing in either colour scheme, nothing runs off a phone's screen, and the screenshots
 * (target/screenshots/insights/) are there to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsBrowserTest extends BrowserTestSupport {

	@RegisterExtension
	static final Browser browser = Browser.chromium();

	/** Named in lectern.authors in the test settings. */
	private static final String AUTHOR = "Browser-Author";

	private static final String PASSWORD = "insights for the author";

	private static final String LESSON_PAGE = "/insights" + FortyReaders.LESSON;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private final Map<String, List<Axe.Violation>> violations = new LinkedHashMap<>();

	@BeforeAll
	void fortyReadersOverHttp() {
		for (String table : List.of("reader_visit", "reader_answer", "reader_lesson")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE lesson_key = ?").param(FortyReaders.KEY).update();
		}
		FortyReaders.send(i -> new FortyReaders.HttpReader(new HttpBrowser(this.port)));
	}

	@Test
	void anAuthorReadsBothPagesAtDesktopAndPhoneWidthInBothSchemes() {
		signInAsAuthor();

		browser.open("/insights");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Insights");
		// an author finds the insights from the header of every page
		browser.open("/");
		browser.driver().findElement(By.cssSelector(".site-nav")).findElement(By.linkText("Insights")).click();
		browser.waiting("the insights from the header").until(ExpectedConditions.urlToBe(browser.url("/insights")));
		assertThat(rows("lessons-caption")).contains(FortyReaders.OVERVIEW_ROW);
		browser.open(LESSON_PAGE);
		assertThat(rows("reach-caption")).isEqualTo(FortyReaders.REACH);
		assertThat(rows("questions-caption")).isEqualTo(FortyReaders.QUESTIONS);
		assertThat(rows("options-caption")).isEqualTo(FortyReaders.OPTIONS);

		for (String width : List.of("1280", "390")) {
			if (width.equals("390")) {
				browser.emulatePhone(390, 844);
			}
			check("overview-" + width, "/insights");
			check("lesson-" + width, LESSON_PAGE);
		}

		assertThat(this.violations).as(() -> "axe-core (" + String.join(", ", Axe.TAGS) + ") found:\n"
				+ this.violations.entrySet()
					.stream()
					.map(page -> "  " + page.getKey() + ":\n"
							+ page.getValue().stream().map(v -> "    " + v).collect(Collectors.joining("\n")))
					.collect(Collectors.joining("\n")))
			.isEmpty();
	}

	@Test
	void theChartsAreDrawnInTheirColoursAndAtTheirWidths() {
		signInAsAuthor();
		browser.open(LESSON_PAGE);
		WebElement right = browser.driver().findElement(By.cssSelector("#options-chart-1-title ~ g rect.chart__bar--right"));
		WebElement distractor = browser.driver()
			.findElement(By.cssSelector("#options-chart-1-title ~ g rect.chart__bar--distractor"));
		assertThat(browser.<String>script("return getComputedStyle(arguments[0]).fill", right))
			.isNotEqualTo(browser.<String>script("return getComputedStyle(arguments[0]).fill", distractor));
		// the reach chart's first bar: 90% of the scale, drawn as wide as that
		WebElement svg = browser.driver().findElement(By.cssSelector("svg[aria-labelledby=reach-chart-title]"));
		WebElement bar = svg.findElement(By.cssSelector("rect.chart__bar"));
		assertThat((double) bar.getRect().getWidth() / svg.getRect().getWidth()).isCloseTo(0.702,
				org.assertj.core.api.Assertions.within(0.01));
	}

	/**
	 * Opens the page in both schemes: axe, a full-page screenshot, and at phone width nothing
	 * beyond the edge: the tables of figures too, whose rows are cards there (their header
	 * row is hidden as visually-hidden hides, for screen readers).
	 */
	private void check(String name, String path) {
		browser.emulateColorScheme("light");
		browser.open(path);
		for (String scheme : List.of("light", "dark")) {
			browser.emulateColorScheme(scheme);
			List<Axe.Violation> found = Axe.check(browser);
			if (!found.isEmpty()) {
				this.violations.put(name + " (" + scheme + ")", found);
			}
			browser.fullPageScreenshot("insights/" + name + "-" + scheme);
		}
		int width = browser.<Number>script("return window.innerWidth").intValue();
		assertThat(browser.<Number>script("return document.documentElement.scrollWidth").intValue())
			.as("width of %s", path)
			.isLessThanOrEqualTo(width);
		List<String> wide = browser.script("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(function (el) { var r = el.getBoundingClientRect();"
				+ "  return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5)"
				+ "    && !el.closest('.visually-hidden, .skip-link, .figures__table thead'); })"
				+ ".map(function (el) { return el.tagName + '.' + el.getAttribute('class') + ' ' + el.textContent.slice(0, 40); })");
		assertThat(wide).as("elements beyond the edge of %s at %spx", path, width).isEmpty();
		browser.emulateColorScheme("light");
	}

	/** The table's cells as shown, the header row first. */
	private static List<List<String>> rows(String captionId) {
		WebElement table = browser.driver().findElement(By.cssSelector("table:has(#" + captionId + ")"));
		List<List<String>> rows = new ArrayList<>();
		for (WebElement row : table.findElements(By.tagName("tr"))) {
			rows.add(row.findElements(By.cssSelector("th, td"))
				.stream()
				.map(cell -> cell.getDomProperty("textContent").trim())
				.toList());
		}
		return rows;
	}

	/**
	 * An author arrives as anyone does: {@code /insights} sends a visitor who is not signed in
	 * to the sign-in page, and after signing in (or making the account named in
	 * {@code lectern.authors} in the test settings, the first time) they are back on it.
	 */
	private void signInAsAuthor() {
		browser.open("/insights");
		if (browser.driver().getCurrentUrl().equals(browser.url("/insights"))) {
			return; // signed in already, by the other test
		}
		browser.waiting("the sign-in page").until(ExpectedConditions.titleIs("Sign in · Lectern"));
		AccountBrowserTest.fill(browser, "username", AUTHOR);
		AccountBrowserTest.fill(browser, "password", PASSWORD);
		AccountBrowserTest.submit(browser, "Sign in");
		// signed in (back on the insights) or refused, the first time (no such account yet)
		browser.waiting("the answer to the sign-in")
			.until(ExpectedConditions.or(ExpectedConditions.urlToBe(browser.url("/insights")),
					ExpectedConditions.titleContains("Error:")));
		if (browser.driver().getTitle().startsWith("Error:")) {
			browser.open("/sign-up?continue=%2Finsights");
			AccountBrowserTest.fill(browser, "username", AUTHOR);
			AccountBrowserTest.fill(browser, "password", PASSWORD);
			AccountBrowserTest.submit(browser, "Create account");
		}
		browser.waiting("back on the insights").until(ExpectedConditions.urlToBe(browser.url("/insights")));
	}

	/** A reader over real HTTP, saving and answering as the lesson page's forms do. */

}
