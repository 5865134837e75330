package dev.lectern.browser;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The lesson's quiz, answered with the keyboard alone. */
class QuizKeyboardBrowserTest extends BrowserTestSupport {

	@RegisterExtension
	static final Browser browser = Browser.chromium();

	@Test
	void aReaderTabsFromTheLastSectionIntoTheQuizAndAnswersWithArrowsAndEnter() {
		browser.open(DJANGO);
		WebDriver driver = browser.driver();

		// from the top of the page, Tab to the contents entry of the last section and follow it
		int presses = tabUntil(focused -> "why-choose-django".equals(focused.getDomAttribute("data-anchor")), 15);
		assertThat(presses).as("Tab presses from the top to the last contents entry").isLessThanOrEqualTo(11);
		press(Keys.ENTER);
		browser.waiting("focus on the Why Choose Django? heading")
			.until(d -> "why-choose-django".equals(focused().getDomAttribute("id")));

		// the next Tab from that section lands on the quiz's first option
		press(Keys.TAB);
		List<WebElement> options = driver.findElements(By.cssSelector("#quiz fieldset input[type=radio]"));
		assertThat(options).hasSize(4);
		assertThat(focused()).isEqualTo(options.get(0));
		assertThat(options).noneMatch(WebElement::isSelected);

		press(Keys.ARROW_DOWN);
		press(Keys.ARROW_DOWN);
		assertThat(focused()).isEqualTo(options.get(2));
		assertThat(options.get(2).getDomAttribute("value")).isEqualTo("C");
		assertThat(options.stream().map(WebElement::isSelected)).containsExactly(false, false, true, false);

		press(Keys.ENTER);
		browser.waiting("the lesson at ?q=1#feedback").until(ExpectedConditions.urlContains("?q=1#feedback"));
		WebElement verdict = browser.waiting("the verdict shown")
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quiz .feedback__verdict")));
		assertThat(driver.getCurrentUrl()).isEqualTo(browser.url(DJANGO + "?q=1#feedback"));
		assertThat(verdict.getText()).startsWith("Correct!").contains("You chose C. MVT.");
		assertThat(driver.findElements(By.cssSelector("#quiz form.quiz__form"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector("#quiz .quiz__next a")).getText()).isEqualTo("Next question");
		// the verdict has the focus, so it is read first, and Tab goes on to the next question
		browser.waiting("focus on the feedback")
			.until(d -> String.valueOf(focused().getDomAttribute("class")).contains("feedback"));
		press(Keys.TAB);
		assertThat(focused().getText()).isEqualTo("Next question");
		browser.screenshot("quiz-feedback");
	}

	private static WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}

	private static void press(CharSequence key) {
		new Actions(browser.driver()).sendKeys(key).perform();
	}

	/** Presses Tab until the focused element matches; answers how many presses it took. */
	private static int tabUntil(Predicate<WebElement> wanted, int limit) {
		for (int presses = 1; presses <= limit; presses++) {
			press(Keys.TAB);
			if (wanted.test(focused())) {
				return presses;
			}
		}
		throw new AssertionError("not reached with " + limit + " Tab presses; focus is on "
				+ focused().getTagName() + " " + focused().getDomAttribute("href"));
	}

}
