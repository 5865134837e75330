package dev.lectern.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Section bodies are Markdown (CommonMark with GFM tables). Raw HTML in the source is
 * escaped and unsafe link targets are dropped, so the HTML it returns is safe to print
 * unescaped.
 */
class MarkdownRenderer {

	private static final Pattern WORD = Pattern.compile("\\S+");

	private final Parser parser;

	private final HtmlRenderer html;

	private final TextContentRenderer text;

	MarkdownRenderer() {
		List<Extension> extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.html = HtmlRenderer.builder()
			.extensions(extensions)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory(context -> headerCellScope())
			.build();
		this.text = TextContentRenderer.builder().extensions(extensions).build();
	}

	Rendered render(String markdown) {
		Node document = this.parser.parse(markdown);
		return new Rendered(this.html.render(document), countWords(this.text.render(document)));
	}

	static int countWords(String plainText) {
		Matcher matcher = WORD.matcher(plainText);
		int words = 0;
		while (matcher.find()) {
			words++;
		}
		return words;
	}

	/** Header cells of a table name the column they head, for screen readers. */
	private static AttributeProvider headerCellScope() {
		return (node, tagName, attributes) -> {
			if (node instanceof TableCell cell && cell.isHeader()) {
				attributes.put("scope", "col");
			}
		};
	}

	record Rendered(String html, int words) {
	}

}
