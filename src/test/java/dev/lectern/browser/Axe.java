package dev.lectern.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, run inside the page a {@link Browser} shows. The script is the {@code axe.min.js}
 * that Deque's {@code com.deque.html.axe-core:selenium} artifact bundles (a test dependency),
 * so nothing is fetched when the tests run. Only the violations come back, each reduced to
 * what a failing assertion should say: rule, impact, help and the elements it found.
 */
final class Axe {

	/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and Deque's best practices. */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private static final String SOURCE = load();

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then(function (results) {
			    done(results.violations.map(function (rule) {
			      return { id: rule.id, impact: rule.impact || '', help: rule.help, url: rule.helpUrl,
			        nodes: rule.nodes.map(function (node) {
			          return node.target.join(' ') + ': ' + (node.failureSummary || '').replace(/\\s+/g, ' ');
			        }) };
			    }));
			  })
			  .catch(function (error) { done([{ id: 'axe-error', impact: '', help: String(error), url: '', nodes: [] }]); });
			""";

	private Axe() {
	}

	/** The violations axe finds in the page as it is now, one per rule. */
	static List<Violation> check(Browser browser) {
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
			browser.script(SOURCE);
		}
		List<Map<String, Object>> found = browser.asyncScript(RUN, TAGS);
		return found.stream().map(Violation::of).toList();
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One rule that failed, and where. */
	record Violation(String id, String impact, String help, String url, List<String> nodes) {

		@SuppressWarnings("unchecked")
		static Violation of(Map<String, Object> raw) {
			return new Violation((String) raw.get("id"), (String) raw.get("impact"), (String) raw.get("help"),
					(String) raw.get("url"), (List<String>) raw.get("nodes"));
		}

		@Override
		public String toString() {
			return this.id + " (" + this.impact + "): " + this.help + " <" + this.url + ">"
					+ this.nodes.stream().map(node -> "\n      " + node).collect(Collectors.joining());
		}

	}

}
