package dev.lectern.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for one test class, driven through the system's chromedriver.
 * <p>
 * Register it in a static field of a {@link BrowserTestSupport} subclass:
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = Browser.chromium();
 * </pre>
 * It starts one browser before the class's first test and quits it after the last. Before
 * each test it makes a new reader: the session cookie and the page's storage on the
 * application's origin are wiped, and the window is back at {@link #WIDTH}x{@link #HEIGHT}.
 * <p>
 * Nothing is downloaded: the driver executable is named explicitly, so Selenium Manager
 * never runs. Without {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} the class
 * is skipped, or fails when the system property {@code lectern.browser.required} is
 * {@code true} (surefire passes it through; {@code .ci/run} sets it).
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final int WIDTH = 1280;

	public static final int HEIGHT = 900;

	/** Screenshots for people to look at; failures get one too, under {@code failures/}. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final Consumer<ChromeOptions> customizer;

	private ChromeDriverService service;

	private ChromeDriver driver;

	private Path profile;

	private String origin;

	private Browser(Consumer<ChromeOptions> customizer) {
		this.customizer = customizer;
	}

	/** Chromium as a reader has it: JavaScript on. */
	public static Browser chromium() {
		return new Browser(options -> {
		});
	}

	/** Chromium with JavaScript switched off for every site, as a reader can set it. */
	public static Browser chromiumWithoutJavaScript() {
		return new Browser(options -> options.setExperimentalOption("prefs",
				Map.of("profile.managed_default_content_settings.javascript", 2)));
	}

	/** Chromium with further options (flags, preferences) on top of the defaults. */
	public static Browser chromium(Consumer<ChromeOptions> customizer) {
		return new Browser(customizer);
	}

	// ---- JUnit callbacks ----

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		String missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter(path -> !Files.isExecutable(path))
			.map(Path::toString)
			.reduce((a, b) -> a + " and " + b)
			.orElse(null);
		if (missing != null) {
			String message = "Chromium not installed: " + missing
					+ " missing (apt-get install chromium chromium-driver); browser tests need it";
			if (Boolean.getBoolean("lectern.browser.required")) {
				Assertions.fail(message + ", and lectern.browser.required is true");
			}
			message += ". " + context.getRequiredTestClass().getSimpleName()
					+ " skipped; set -Dlectern.browser.required=true to fail instead.";
			// surefire counts a class aborted before its first test as "Tests run: 0" and
			// shows no reason, so the reason goes to the log as well
			LoggerFactory.getLogger(Browser.class).warn(message);
			Assumptions.abort(message);
		}
		System.setProperty("SE_AVOID_STATS", "true");
		// surefire points java.io.tmpdir at target/, so profiles stay in the build directory
		this.profile = Files.createTempDirectory("lectern-chromium-");
		start();
	}

	private void start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=" + WIDTH + "," + HEIGHT,
				"--user-data-dir=" + this.profile.toAbsolutePath());
		this.customizer.accept(options);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			this.driver = new ChromeDriver(this.service, options);
		}
		catch (RuntimeException ex) {
			this.service.stop();
			this.service = null;
			deleteProfile();
			throw ex;
		}
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(15));
	}

	/**
	 * Quits Chromium, as a reader closes the browser, and starts it again on the same
	 * profile: what the browser kept on disk (persistent cookies) is there, session cookies
	 * are not.
	 */
	public void restart() {
		this.driver.quit();
		this.service.stop();
		start();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		int port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		this.origin = "http://localhost:" + port;
		try {
			Files.deleteIfExists(SCREENSHOTS.resolve(failureName(context) + ".png"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		newReader();
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (this.driver != null) {
			try {
				screenshot(failureName(context));
			}
			catch (RuntimeException ex) {
				cause.addSuppressed(ex);
			}
		}
	}

	private static String failureName(ExtensionContext context) {
		return "failures/" + context.getRequiredTestClass().getSimpleName() + "-"
				+ context.getRequiredTestMethod().getName();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			if (this.service != null) {
				this.service.stop();
			}
			deleteProfile();
		}
	}

	// ---- for tests ----

	public WebDriver driver() {
		return this.driver;
	}

	/** An address on the application under test, e.g. {@code url("/python-backend")}. */
	public String url(String path) {
		return this.origin + path;
	}

	public void open(String path) {
		this.driver.get(url(path));
	}

	/** An explicit wait; {@code expectation} says in the failure what did not happen. */
	public WebDriverWait waiting(String expectation) {
		WebDriverWait wait = new WebDriverWait(this.driver, TIMEOUT, Duration.ofMillis(50));
		wait.withMessage(expectation);
		return wait;
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Runs an asynchronous script: it is handed a callback as its last argument and the
	 * result is what it passes to that callback.
	 */
	@SuppressWarnings("unchecked")
	public <T> T asyncScript(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) this.driver).executeAsyncScript(script, arguments);
	}

	/**
	 * Forgets the reader: no session cookie, nothing pending in the page's storage, the
	 * window at its usual size, no emulated media. Cookies and storage can only be reached
	 * from a page on the origin, so a static file of the application is opened first (it
	 * starts no session).
	 */
	public void newReader() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		emulateMedia("", Map.of());
		this.driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
		this.driver.get(url("/assets/favicon.svg"));
		this.driver.manage().deleteAllCookies();
		script("try { window.sessionStorage.clear(); window.localStorage.clear(); } catch (e) {}");
		this.driver.get("about:blank");
	}

	/**
	 * Lays pages out as a phone of that size would: a viewport of {@code width} CSS pixels
	 * with overlay scrollbars and touch, drawn at twice the density. Undone by
	 * {@link #newReader()}.
	 */
	public void emulatePhone(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
	}

	/**
	 * Renders pages as a reader who set their system to {@code "light"} or {@code "dark"}
	 * would see them ({@code prefers-color-scheme}). Undone by {@link #newReader()}.
	 */
	public void emulateColorScheme(String scheme) {
		emulateMedia("", Map.of("prefers-color-scheme", scheme));
	}

	/**
	 * Emulates a media type ({@code "print"}, {@code "screen"}, or {@code ""} for the real
	 * one) and media features such as {@code prefers-reduced-motion}; it replaces whatever
	 * was emulated before. Undone by {@link #newReader()}.
	 */
	public void emulateMedia(String type, Map<String, String> features) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type, "features",
				features.entrySet().stream().map(f -> Map.of("name", f.getKey(), "value", f.getValue())).toList()));
	}

	/** Saves what the window shows as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		try {
			Files.createDirectories(file.getParent());
			Path shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** Saves the whole page, beyond the window, as {@code target/screenshots/<name>.png}. */
	public Path fullPageScreenshot(String name) {
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Path file = SCREENSHOTS.resolve(name + ".png");
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private void deleteProfile() {
		if (this.profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover profile under target/ is harmless
		}
		this.profile = null;
	}

}
