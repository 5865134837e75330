package dev.lectern.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA as axe-core checks it, on every kind of page a reader meets, in the light and
 * the dark colour scheme: the pages as a new reader sees them, with quiz feedback showing,
 * with the lesson read to the end and with the quiz's results, and the account pages (with
 * and without problems in their forms). What axe cannot check (radio
 * grouping, focus, keyboard order, phones, print) is in {@link KeyboardAndLayoutBrowserTest}.
 */
class AccessibilityBrowserTest extends BrowserTestSupport {

	@RegisterExtension
	static final Browser browser = Browser.chromium();

	private static final String TRACK = "/python-backend";

	/** {@code getComputedStyle(document.body).backgroundColor} in each scheme (lectern.css's --bg). */
	private static final Map<String, String> BACKGROUNDS = Map.of("light", "rgb(251, 250, 247)", "dark",
			"rgb(21, 24, 28)");

	private final Map<String, List<Axe.Violation>> violations = new LinkedHashMap<>();

	@Test
	void noPageHasAnAxeViolationInTheLightOrTheDarkScheme() {
		// a new reader
		check("home", "/");
		check("track", TRACK);
		check("lesson", DJANGO);
		check("contents", DJANGO + "/contents");
		check("quiz", DJANGO + "/quiz");

		// feedback on a wrong answer, on the quiz page and on the lesson page
		answer(1, "A");
		check("quiz-feedback", DJANGO + "/quiz/1");
		assertThat(browser.driver().findElements(By.cssSelector(".feedback[role=status]"))).hasSize(1);
		check("lesson-feedback", DJANGO + "?q=1#quiz");

		// the whole lesson read, through the table of contents' jump links
		LessonPage.ANCHORS.forEach(anchor -> browser.open(DJANGO + "/sections/" + anchor));
		assertThat(new LessonPage(browser).percentText()).isEqualTo("100%");
		check("lesson-100-percent", DJANGO);

		// all three questions answered: the results
		answer(2, "B");
		answer(3, "C");
		check("quiz-results", DJANGO + "/quiz");
		assertThat(browser.driver().findElement(By.cssSelector(".score")).getText()).startsWith("You scored");
		check("lesson-results", DJANGO + "#quiz");
		check("track-with-progress", TRACK);
		check("home-with-progress", "/");

		// the account pages: the forms as they come and with their problems, then the account
		check("sign-in", "/sign-in");
		check("sign-up", "/sign-up");
		submit("Create account");
		checkHere("sign-up-problems");
		browser.open("/sign-in");
		type("username", "nobody-" + UUID.randomUUID().toString().substring(0, 8));
		type("password", "not a password anyone has");
		submit("Sign in");
		checkHere("sign-in-problem");
		browser.open("/sign-up");
		type("username", "a11y-" + UUID.randomUUID().toString().substring(0, 8));
		type("password", "a password for axe");
		submit("Create account");
		browser.waiting("signed up").until(d -> !d.findElements(By.cssSelector(".site-nav__account")).isEmpty());
		check("account", "/account");
		type("delete-password", "not my password at all");
		submit("Delete my account");
		checkHere("account-problem");
		check("home-signed-in", "/");
		check("account-deleted", "/account/deleted");

		check("not-found", "/no-such-track");
		// axe really ran: an image without a text alternative is found
		browser.script("document.querySelector('main').appendChild(document.createElement('img'))");
		assertThat(Axe.check(browser)).extracting(Axe.Violation::id).containsExactly("image-alt");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("We could not find that page");

		assertThat(this.violations).as(() -> "axe-core (" + String.join(", ", Axe.TAGS) + ") found:\n"
				+ this.violations.entrySet()
					.stream()
					.map(page -> "  " + page.getKey() + ":\n"
							+ page.getValue().stream().map(v -> "    " + v).collect(Collectors.joining("\n")))
					.collect(Collectors.joining("\n")))
			.isEmpty();
	}

	/** Opens the page and runs axe in both schemes; keeps a screenshot of each. */
	private void check(String name, String path) {
		browser.emulateColorScheme("light");
		browser.open(path);
		checkHere(name);
	}

	/** Runs axe on the page the browser shows, in both schemes; keeps a screenshot of each. */
	private void checkHere(String name) {
		for (String scheme : List.of("light", "dark")) {
			browser.emulateColorScheme(scheme);
			assertThat(browser.<String>script("return getComputedStyle(document.body).backgroundColor"))
				.as("%s in the %s scheme", name, scheme)
				.isEqualTo(BACKGROUNDS.get(scheme));
			List<Axe.Violation> found = Axe.check(browser);
			if (!found.isEmpty()) {
				this.violations.put(name + " (" + scheme + ")", found);
			}
			browser.screenshot("a11y/" + name + "-" + scheme);
		}
		browser.emulateColorScheme("light");
	}

	private static void type(String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Clicks the page's submit button of that label and waits for the answer. Chromium can
	 * hand out a button of the document it is about to drop (a "stale" element, or "does
	 * not belong to the document" when asked whether it is enabled, before any click): then
	 * the button is found again.
	 */
	private static void submit(String label) {
		WebElement clicked = browser.waiting("the button " + label).until(driver -> {
			WebElement button = driver.findElements(By.cssSelector("main button[type=submit]"))
				.stream()
				.filter(b -> b.getText().equals(label))
				.findFirst()
				.orElse(null);
			if (button == null) {
				return null;
			}
			try {
				browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
				button.click();
				return button;
			}
			catch (StaleElementReferenceException ex) {
				return null;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return null;
				}
				throw ex;
			}
		});
		browser.waiting("the answer to " + label).until(ExpectedConditions.stalenessOf(clicked));
	}

	/** Answers question {@code number} on the quiz page, by mouse. */
	private static void answer(int number, String letter) {
		browser.open(DJANGO + "/quiz/" + number);
		browser.driver().findElement(By.cssSelector("label[for='answer-" + number + "-" + letter + "']")).click();
		WebElement submit = browser.driver().findElement(By.cssSelector("form.quiz__form button[type=submit]"));
		submit.click();
		browser.waiting("feedback on question " + number)
			.until(d -> !d.findElements(By.cssSelector(".feedback__verdict")).isEmpty());
	}

}
