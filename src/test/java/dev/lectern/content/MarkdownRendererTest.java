package dev.lectern.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersTablesWithHeaderCellsThatNameTheirColumn() {
		String html = this.renderer.render("| Feature | Benefit |\n|---|---|\n| ORM | SQL-free |").html();
		assertThat(html).contains("<table>", "<th scope=\"col\">Feature</th>", "<td>ORM</td>");
	}

	@Test
	void escapesRawHtmlInsteadOfPassingItThrough() {
		String html = this.renderer.render("Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>").html();
		assertThat(html).doesNotContain("<script>", "<b ").contains("&lt;script&gt;");
	}

	@Test
	void dropsScriptLinks() {
		String html = this.renderer.render("[click](javascript:alert(1))").html();
		assertThat(html).doesNotContain("javascript:");
	}

	@Test
	void countsTheWordsAReaderReadsNotTheMarkup() {
		// Model: The data layer. View: Logic.
		assertThat(this.renderer.render("- **Model:** The data layer.\n- **View:** Logic.").words()).isEqualTo(6);
		assertThat(this.renderer.render("| A | B |\n|---|---|\n| one two | three |").words()).isEqualTo(5);
	}

}
