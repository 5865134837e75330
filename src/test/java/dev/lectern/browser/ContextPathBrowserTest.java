package dev.lectern.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lectern under {@code /learn} in a real browser, with its script: the stylesheet and the
 * script load, a contents click saves through the script's fetch, an answer lands on its
 * feedback. The same context as {@code web/ContextPathTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.servlet.context-path=/learn", "server.tomcat.remoteip.internal-proxies=192.0.2.0/24" })
class ContextPathBrowserTest {

	private static final String LESSON = "/learn/python-backend/introduction-to-django";

	@RegisterExtension
	static final Browser browser = Browser.chromium();

	@Test
	void aReaderReadsSavesAndAnswersUnderThePath() {
		browser.open(LESSON);
		LessonPage page = new LessonPage(browser);
		// the stylesheet applied: the site header sticks to the top
		assertThat(browser.<String>script("return getComputedStyle(document.querySelector('.site-header')).position"))
			.isEqualTo("sticky");
		browser.script("window.lecternSamePage = 'yes'");

		page.tocLink("key-features").click();

		browser.waiting("Key Features ticked").until(d -> page.readAnchors().contains("key-features"));
		browser.waiting("Last Sync: just now").until(d -> page.lastSync().equals("just now"));
		assertThat(browser.<String>script("return window.lecternSamePage")).isEqualTo("yes");

		browser.open(LESSON);
		assertThat(new LessonPage(browser).readAnchors()).contains("key-features");

		// chosen and sent by script: smooth scrolling would move the options under a real click
		browser.script("arguments[0].click(); arguments[1].click()",
				browser.driver().findElement(By.cssSelector("#quiz input.option__input")),
				browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")));
		browser.waiting("the feedback").until(d -> !d.findElements(By.id("feedback")).isEmpty());
		assertThat(browser.driver().getCurrentUrl()).startsWith(browser.url(LESSON + "?q=1"));
	}

}
