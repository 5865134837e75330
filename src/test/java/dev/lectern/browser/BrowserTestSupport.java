package dev.lectern.browser;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real port, for tests in a real browser. Every browser test
 * class extends this, so they all share one Spring context; each registers its own
 * {@link Browser} (one Chromium per class, a new reader per test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

	protected static final String DJANGO = "/python-backend/introduction-to-django";

}
