package dev.lectern.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Section bodies are Markdown (CommonMark with GFM tables). Raw HTML in the source is
 * escaped and unsafe link targets are dropped, so the HTML it returns is safe to print
 * unescaped.
 */
class MarkdownRenderer {

	private static final Pattern WORD = Pattern.compile("\\S+");

	private final Parser parser;

	private final HtmlRenderer html;

	MarkdownRenderer() {
		List<Extension> extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.html = HtmlRenderer.builder()
			.extensions(extensions)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory(context -> headerCellScope())
			.build();
	}

	Rendered render(String markdown) {
		Node document = this.parser.parse(markdown);
		return new Rendered(this.html.render(document), countWords(document));
	}

	/** The words a reader reads: text, code and table cells, no list bullets or table pipes. */
	static int countWords(Node document) {
		StringBuilder text = new StringBuilder();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Text node) {
				text.append(node.getLiteral());
			}

			@Override
			public void visit(Code node) {
				text.append(node.getLiteral());
			}

			@Override
			public void visit(FencedCodeBlock node) {
				text.append(' ').append(node.getLiteral()).append(' ');
			}

			@Override
			public void visit(IndentedCodeBlock node) {
				text.append(' ').append(node.getLiteral()).append(' ');
			}

			@Override
			public void visit(SoftLineBreak node) {
				text.append(' ');
			}

			@Override
			public void visit(HardLineBreak node) {
				text.append(' ');
			}

			@Override
			public void visit(Paragraph node) {
				visitChildren(node);
				text.append(' ');
			}

			@Override
			public void visit(CustomNode node) {
				visitChildren(node);
				text.append(' ');
			}
		});
		Matcher matcher = WORD.matcher(text);
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
