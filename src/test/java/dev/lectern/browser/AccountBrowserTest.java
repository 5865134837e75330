package dev.lectern.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One reader, two browsers side by side (two Chromium profiles): a laptop without
 * JavaScript where they sign up and read, a phone with JavaScript where they sign in and
 * find the same progress. Screenshots of the account pages at 1280 and 390 pixels wide are
 * kept under target/screenshots/account/.
 */
class AccountBrowserTest extends BrowserTestSupport {

	@RegisterExtension
	static final Browser laptop = Browser.chromiumWithoutJavaScript();

	@RegisterExtension
	static final Browser phone = Browser.chromium();

	private static final String PASSWORD = "a long walk in the park";

	@Test
	void signUpReadTwoSectionsAndSignInOnASecondBrowserToTheSameProgress() {
		String name = "Reader-" + UUID.randomUUID().toString().substring(0, 8);

		// the laptop: from the lesson, "Sign in", then "Create one"
		laptop.open(DJANGO);
		laptop.driver().findElement(By.cssSelector(".site-nav")).findElement(By.linkText("Sign in")).click();
		laptop.waiting("the sign-in page").until(ExpectedConditions.titleIs("Sign in · Lectern"));
		laptop.driver().findElement(By.linkText("Create one")).click();
		laptop.waiting("the sign-up page").until(ExpectedConditions.titleIs("Create an account · Lectern"));
		atBothWidths(laptop, "sign-up");
		fill(laptop, "username", name);
		fill(laptop, "password", PASSWORD);
		submit(laptop, "Create account");
		laptop.waiting("back on the lesson").until(ExpectedConditions.urlToBe(laptop.url(DJANGO)));
		assertThat(header(laptop)).contains(name, "Sign out").doesNotContain("Sign in", "Insights");

		LessonPage onLaptop = new LessonPage(laptop);
		for (String anchor : List.of("what-is-django", "key-features")) {
			onLaptop.tocLink(anchor).click();
			laptop.waiting("the lesson at #" + anchor)
				.until(ExpectedConditions.urlToBe(laptop.url(DJANGO + "#" + anchor)));
		}
		assertThat(onLaptop.readAnchors()).containsExactly("what-is-django", "key-features");
		int percent = onLaptop.percent();
		assertThat(percent).isBetween(1, 99);
		laptop.open("/python-backend");
		List<String> laptopTrack = lessonCards(laptop);

		laptop.open("/account");
		assertThat(laptop.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
		atBothWidths(laptop, "account");

		// the phone: from the track page, "Sign in"; back on the track page afterwards
		phone.open("/python-backend");
		phone.driver().findElement(By.cssSelector(".site-nav")).findElement(By.linkText("Sign in")).click();
		phone.waiting("the sign-in page").until(ExpectedConditions.titleIs("Sign in · Lectern"));
		atBothWidths(phone, "sign-in");
		fill(phone, "username", name.toLowerCase());
		fill(phone, "password", "not the password");
		submit(phone, "Sign in");
		phone.waiting("the form again").until(ExpectedConditions.titleIs("Error: Sign in · Lectern"));
		assertThat(phone.driver().findElement(By.cssSelector(".error-summary")).getText())
			.contains("Wrong username or password.");
		assertThat(phone.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("password");
		atBothWidths(phone, "sign-in-error");
		fill(phone, "password", PASSWORD);
		submit(phone, "Sign in");
		phone.waiting("back on the track page").until(ExpectedConditions.urlToBe(phone.url("/python-backend")));

		assertThat(lessonCards(phone)).isEqualTo(laptopTrack);
		phone.open(DJANGO);
		LessonPage onPhone = new LessonPage(phone);
		assertThat(onPhone.percent()).isEqualTo(percent);
		assertThat(onPhone.readAnchors()).contains("what-is-django", "key-features");

		// signing out on the laptop: a fresh reader there, the phone still signed in
		laptop.open(DJANGO);
		laptop.driver().findElement(By.cssSelector(".site-nav__sign-out button")).click();
		laptop.waiting("the home page").until(ExpectedConditions.urlToBe(laptop.url("/")));
		assertThat(header(laptop)).contains("Sign in").doesNotContain(name);
		laptop.open(DJANGO);
		assertThat(new LessonPage(laptop).percent()).isZero();
		phone.open("/account");
		assertThat(phone.driver().findElement(By.cssSelector(".account-name")).getText()).isEqualTo(name);
	}

	static void fill(Browser browser, String id, String text) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	static void submit(Browser browser, String label) {
		browser.driver()
			.findElements(By.cssSelector("main button[type=submit]"))
			.stream()
			.filter(button -> button.getText().equals(label))
			.findFirst()
			.orElseThrow()
			.click();
	}

	private static String header(Browser browser) {
		return browser.driver().findElement(By.cssSelector(".site-header")).getText();
	}

	/** Each lesson card's progress line and its button, as the track page prints them. */
	private static List<String> lessonCards(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector(".lesson-card__meta, .lesson-card__actions"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * Screenshots of the page as it is, at 1280 pixels and as a phone of 390 pixels shows it,
	 * where nothing may scroll sideways.
	 */
	private static void atBothWidths(Browser browser, String name) {
		browser.screenshot("account/" + name + "-1280");
		ChromeDriver chromium = (ChromeDriver) browser.driver();
		chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		try {
			assertThat(browser.<Number>script("return window.innerWidth").intValue()).isEqualTo(390);
			assertThat(browser.<Number>script("return document.documentElement.scrollWidth").intValue())
				.as("width of %s at 390 px", name)
				.isLessThanOrEqualTo(390);
			browser.fullPageScreenshot("account/" + name + "-390");
		}
		finally {
			chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

}
