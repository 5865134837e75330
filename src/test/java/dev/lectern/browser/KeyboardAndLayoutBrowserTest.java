package dev.lectern.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What axe-core does not check: the keyboard path through a page, focus that is always
 * visible and never under the sticky header, the quiz's radio group, phones, reduced
 * motion and print.
 */
class KeyboardAndLayoutBrowserTest extends BrowserTestSupport {

	@RegisterExtension
	static final Browser browser = Browser.chromium();

	/** Where the focused element sits: the landmark around it, by role and name. */
	private static final String PLACE = """
			var el = arguments[0];
			var nav = el.closest('nav');
			if (nav) {
			  var by = nav.getAttribute('aria-labelledby');
			  return 'nav ' + (by ? document.getElementById(by).textContent.trim() : nav.getAttribute('aria-label'));
			}
			if (el.closest('body > header')) return 'banner';
			if (el.closest('main')) return 'main';
			return el.className;
			""";

	@Test
	void tabFromTheTopReachesTheSkipLinkThenTheSiteNavThenTheBreadcrumbThenTheContents() {
		browser.open(DJANGO);

		press(Keys.TAB);
		WebElement skip = focused();
		assertThat(skip.getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(browser.<Number>script("return arguments[0].getBoundingClientRect().top", skip).doubleValue())
			.as("the focused skip link is on screen")
			.isGreaterThanOrEqualTo(0);

		List<String> places = new ArrayList<>();
		while (places.size() < 8 && !places.contains("nav On this page")) {
			press(Keys.TAB);
			places.add(browser.script(PLACE, focused()));
		}
		// the site nav: "Tracks" and "Sign in"
		assertThat(places).containsExactly("banner", "nav Site", "nav Site", "nav Breadcrumb", "nav Breadcrumb",
				"nav On this page");
		assertThat(browser.driver()
			.findElement(By.cssSelector("nav[aria-label=Breadcrumb] li:last-child a"))
			.getDomAttribute("aria-current")).isEqualTo("page");

		// Enter on the skip link: focus on the content, and the next Tab is the breadcrumb's first link
		browser.open(DJANGO);
		press(Keys.TAB);
		press(Keys.ENTER);
		assertThat(focused().getDomAttribute("id")).isEqualTo("main");
		press(Keys.TAB);
		assertThat(browser.<String>script(PLACE, focused())).isEqualTo("nav Breadcrumb");
	}

	@Test
	void enterOnAContentsEntryPutsItsHeadingBelowTheHeaderAndMarksTheEntryAsTheCurrentLocation() {
		browser.emulateMedia("", Map.of("prefers-reduced-motion", "reduce"));
		browser.open(DJANGO);
		assertThat(browser.<String>script("return getComputedStyle(document.documentElement).scrollBehavior"))
			.as("no smooth scrolling for a reader who asked for less motion")
			.isEqualTo("auto");
		LessonPage page = new LessonPage(browser);

		page.tocLink("key-features").sendKeys(Keys.ENTER);

		browser.waiting("focus on the Key Features heading")
			.until(d -> "key-features".equals(focused().getDomAttribute("id")));
		browser.waiting("the Key Features heading just below the header").until(d -> {
			double top = topOf(page.heading("key-features"));
			return top >= headerBottom() && top < headerBottom() + 40;
		});
		assertThat(page.tocLink("key-features").getDomAttribute("aria-current")).isEqualTo("location");
		assertThat(browser.driver().findElements(By.cssSelector(".toc-panel [aria-current]"))).hasSize(1);

		browser.emulateMedia("", Map.of());
		assertThat(browser.<String>script("return getComputedStyle(document.documentElement).scrollBehavior"))
			.isEqualTo("smooth");
	}

	@Test
	void everyFocusedElementShowsAnOutlineAndNoneIsHiddenUnderTheHeader() {
		// without smooth scrolling, each element is where it will stay as soon as it has focus
		browser.emulateMedia("", Map.of("prefers-reduced-motion", "reduce"));
		browser.open(DJANGO + "?q=1");
		// forward to the last focusable element, then back up: going up is when the browser
		// scrolls a focused element to the top of the window, where the sticky header is
		int forward = 0;
		List<String> seen = new ArrayList<>();
		do {
			press(Keys.TAB);
			forward++;
			assertOutlined(focused());
			seen.add(describe(focused()));
		}
		while (!lastFocusable() && forward < 80);
		assertThat(forward).as("Tab presses to the last link").isLessThan(80);
		assertThat(seen).anyMatch(s -> s.startsWith("input radio"))
			.anyMatch(s -> s.startsWith("summary"))
			.anyMatch(s -> s.startsWith("button"));

		for (int back = 1; back < forward; back++) {
			new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
			WebElement element = focused();
			assertOutlined(element);
			boolean inHeader = browser.script("return !!arguments[0].closest('body > header, .skip-link')", element);
			if (!inHeader) {
				assertThat(topOf(element)).as("top of %s", describe(element))
					.isGreaterThanOrEqualTo(headerBottom() - 0.5);
			}
		}
	}

	@Test
	void theQuizOptionsAreOneLabelledRadioGroupWithAVisibleFocus() {
		browser.open(DJANGO + "/quiz/1");
		List<WebElement> radios = browser.driver().findElements(By.cssSelector("input[type=radio]"));
		assertThat(radios).hasSize(4);
		for (WebElement radio : radios) {
			assertThat(radio.getDomAttribute("name")).isEqualTo("answer");
			assertThat(browser.<String>script("var f = arguments[0].closest('fieldset');"
					+ "return f && f.querySelector(':scope > legend') ? f.querySelector(':scope > legend').textContent.trim() : null",
					radio))
				.as("the legend of the fieldset around %s", radio.getDomAttribute("id"))
				.isEqualTo("What architectural pattern does Django follow?");
			assertThat(browser.<String>script(
					"return Array.from(arguments[0].labels).map(function (l) { return l.textContent; }).join(' ').replace(/\\s+/g, ' ').trim()",
					radio))
				.as("label of %s", radio.getDomAttribute("id"))
				.matches("[A-D] \\S.*");
			assertThat(radio.getAccessibleName()).isNotBlank();
		}
		assertThat(browser.driver().findElements(By.cssSelector("fieldset"))).hasSize(1);

		// from the breadcrumb's last link, Tab lands on the first option, with the ring on the option's box
		focusBefore("#quiz");
		press(Keys.TAB);
		assertThat(focused()).isEqualTo(radios.get(0));
		assertOutlined(radios.get(0));
		assertOutlined(browser.driver().findElement(By.cssSelector("label[for='" + radios.get(0).getDomAttribute("id") + "']")));
		browser.screenshot("a11y/quiz-radio-focus");
	}

	@Test
	void atPhoneWidthNothingScrollsSidewaysEveryTargetIsBigEnoughAndTheContentsComeFirst() {
		browser.emulatePhone(390, 844);
		browser.open(DJANGO + "/quiz/1");
		answerWith("A");
		for (String path : List.of("/", "/python-backend", DJANGO, DJANGO + "?q=1#quiz", DJANGO + "/contents",
				DJANGO + "/quiz/1", DJANGO + "/quiz/2", "/no-such-page")) {
			browser.open(path);
			assertThat(browser.<Number>script("return window.innerWidth").intValue()).isEqualTo(390);
			assertThat(browser.<Number>script("return document.documentElement.scrollWidth").intValue())
				.as("width of %s", path)
				.isLessThanOrEqualTo(390);
			List<String> wide = browser.script("return Array.from(document.querySelectorAll('body *'))"
					+ ".filter(function (el) { var r = el.getBoundingClientRect();"
					+ "  return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5)"
					+ "    && !el.closest('.visually-hidden, .skip-link, .prose table'); })"
					+ ".map(function (el) { return el.tagName + '.' + el.className; })");
			assertThat(wide).as("elements beyond the edge of %s", path).isEmpty();
			// a radio's target is its whole labelled row
			List<String> small = browser.script(
					"return Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), summary'))"
					+ ".filter(function (el) { return el.getClientRects().length > 0; })"
					+ ".map(function (el) { return el.type === 'radio' ? el.labels[0] : el; })"
					+ ".filter(function (el) { var r = el.getBoundingClientRect(); return r.width < 24 || r.height < 24; })"
					+ ".map(function (el) { var r = el.getBoundingClientRect();"
					+ "  return el.textContent.trim() + ' ' + Math.round(r.width) + 'x' + Math.round(r.height); })");
			assertThat(small).as("targets under 24x24px on %s", path).isEmpty();
		}

		browser.open(DJANGO);
		WebElement table = browser.driver().findElement(By.cssSelector(".prose table"));
		assertThat(table.getAriaRole()).as("still a table to assistive technology").isEqualTo("table");
		assertThat(table.getRect().getX() + table.getRect().getWidth()).isLessThanOrEqualTo(390);
		assertThat(browser.<String>script("return getComputedStyle(arguments[0]).overflowX", table))
			.as("a table too wide for the phone scrolls in its own box")
			.isEqualTo("auto");
		assertThat(bottomOf(".toc-panel")).as("the contents above the text")
			.isLessThanOrEqualTo(topOf(browser.driver().findElement(By.cssSelector("article.lesson-body"))));
		for (String scheme : List.of("light", "dark")) {
			browser.emulateColorScheme(scheme);
			browser.fullPageScreenshot("a11y/lesson-390px-" + scheme);
			browser.open(DJANGO + "/quiz/1");
			browser.fullPageScreenshot("a11y/quiz-feedback-390px-" + scheme);
			browser.open("/python-backend");
			browser.fullPageScreenshot("a11y/track-390px-" + scheme);
			browser.open(DJANGO);
		}
	}

	@Test
	void printingShowsTheLessonAndEveryAnswerWithoutPanelsOrButtonsEvenFromADarkSystem() throws Exception {
		browser.open(DJANGO);
		List<WebElement> answers = browser.driver().findElements(By.cssSelector("details.faq .faq__answer"));
		assertThat(answers).isNotEmpty().noneMatch(KeyboardAndLayoutBrowserTest::rendered);

		browser.emulateMedia("print", Map.of("prefers-color-scheme", "dark"));
		assertThat(browser.<String>script("return getComputedStyle(document.body).backgroundColor"))
			.isEqualTo("rgb(255, 255, 255)");
		assertThat(browser.<String>script("return getComputedStyle(document.body).color")).isEqualTo("rgb(0, 0, 0)");
		assertThat(answers).as("closed answers, printed").allMatch(KeyboardAndLayoutBrowserTest::rendered);
		assertThat(browser.driver().findElements(By.cssSelector("details.faq[open]"))).isEmpty();
		for (String hidden : List.of(".site-header", ".toc-panel", ".quiz", ".pager", ".lesson-extras", ".button",
				".last-sync")) {
			assertThat(browser.driver().findElements(By.cssSelector(hidden)))
				.as("%s in print", hidden)
				.noneMatch(KeyboardAndLayoutBrowserTest::rendered);
		}
		assertThat(browser.driver().findElements(By.cssSelector(".lesson-section h2")))
			.hasSize(LessonPage.ANCHORS.size())
			.allMatch(KeyboardAndLayoutBrowserTest::rendered);

		// for browsers without ::details-content the script opens them around printing
		browser.script("window.dispatchEvent(new Event('beforeprint'))");
		assertThat(browser.driver().findElements(By.cssSelector("details.faq:not([open])"))).isEmpty();
		browser.script("window.dispatchEvent(new Event('afterprint'))");
		assertThat(browser.driver().findElements(By.cssSelector("details.faq[open]"))).isEmpty();

		browser.emulateMedia("", Map.of());
		String pdf = ((PrintsPage) browser.driver()).print(new PrintOptions()).getContent();
		Path file = Browser.SCREENSHOTS.resolve("a11y/lesson-print.pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode(pdf));
	}

	// ---- helpers ----

	/** A focus ring as lectern.css draws it: an outline at least 2px wide. */
	private static void assertOutlined(WebElement element) {
		Map<String, Object> outline = browser.script(
				"var s = getComputedStyle(arguments[0]); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };",
				element);
		String what = describe(element);
		assertThat(outline.get("style")).as("outline style of %s", what).isNotEqualTo("none");
		assertThat(((Number) outline.get("width")).doubleValue()).as("outline width of %s", what)
			.isGreaterThanOrEqualTo(2);
	}

	/** Whether the focused element is the last one a Tab can reach on the page. */
	private static boolean lastFocusable() {
		return browser.script("var all = Array.from(document.querySelectorAll('a[href], button, input, summary'))"
				+ ".filter(function (el) { return el.getClientRects().length > 0; });"
				+ "return document.activeElement === all[all.length - 1];");
	}

	/** Rendered, with a size: closed {@code <details>} and {@code display: none} are not. */
	private static boolean rendered(WebElement element) {
		return browser.script("var r = arguments[0].getBoundingClientRect();"
				+ "return arguments[0].checkVisibility() && r.width > 0 && r.height > 0;", element);
	}

	/** Focuses the element just before {@code css}'s first focusable descendant, without a click. */
	private static void focusBefore(String css) {
		browser.script("var all = Array.from(document.querySelectorAll('a[href], button, input, summary'));"
				+ "var first = document.querySelector(arguments[0]).querySelector('a[href], button, input, summary');"
				+ "all[all.indexOf(first) - 1].focus();", css);
	}

	private static void answerWith(String letter) {
		browser.driver().findElement(By.cssSelector("input[type=radio][value='" + letter + "'] + label")).click();
		browser.driver().findElement(By.cssSelector("form.quiz__form button[type=submit]")).click();
		browser.waiting("feedback").until(d -> !d.findElements(By.cssSelector(".feedback__verdict")).isEmpty());
	}

	private static String describe(WebElement element) {
		return element.getTagName() + " " + (element.getDomAttribute("type") != null ? element.getDomAttribute("type") + " " : "")
				+ element.getText().replaceAll("\\s+", " ");
	}

	private static WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}

	private static void press(CharSequence key) {
		new Actions(browser.driver()).sendKeys(key).perform();
	}

	private static double topOf(WebElement element) {
		return browser.<Number>script("return arguments[0].getBoundingClientRect().top", element).doubleValue();
	}

	private static double bottomOf(String css) {
		return browser.<Number>script("return document.querySelector(arguments[0]).getBoundingClientRect().bottom",
				css)
			.doubleValue();
	}

	private static double headerBottom() {
		return bottomOf(".site-header");
	}

}
