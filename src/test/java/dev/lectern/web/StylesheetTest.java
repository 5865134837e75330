package dev.lectern.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet is one file that several features append to. A block left open (a merge
 * that dropped a closing brace) makes browsers read every later rule as part of it, and the
 * pages styled by those rules lose their look without any error anywhere.
 */
class StylesheetTest {

	@Test
	void everyBlockOfTheStylesheetIsClosedBeforeTheNextTopLevelRule() throws IOException {
		String css;
		try (InputStream in = new ClassPathResource("static/css/lectern.css").getInputStream()) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int depth = 0;
		int line = 1;
		for (int i = 0; i < css.length(); i++) {
			if (css.startsWith("/*", i)) {
				int end = css.indexOf("*/", i + 2);
				assertThat(end).as("the comment opened on line %d is closed", line).isNotNegative();
				line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
				i = end + 1;
				continue;
			}
			char c = css.charAt(i);
			if (c == '\n') {
				line++;
				// this file indents what is inside a block: a line that starts at the margin
				// with a selector or an at-rule starts a top-level rule
				if (i + 1 < css.length() && startsTopLevelRule(css.charAt(i + 1))) {
					assertThat(depth).as("line %d starts a rule while a block is still open", line).isZero();
				}
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).as("line %d closes a block that was never opened", line).isNotNegative();
			}
		}
		assertThat(depth).as("blocks left open at the end of the stylesheet").isZero();
	}

	private static boolean startsTopLevelRule(char c) {
		return c == '.' || c == '@' || c == ':' || c == '[' || c == '*' || Character.isLetter(c);
	}

}
