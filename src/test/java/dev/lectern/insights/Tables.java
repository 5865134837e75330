package dev.lectern.insights;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Tables read back as cells: from a page (by its caption's id) and from CSV (RFC 4180). */
public final class Tables {

	private Tables() {
	}

	/** Every row of the table, the header row first, each cell's text. */
	public static List<List<String>> onPage(Document page, String captionId) {
		Element caption = page.getElementById(captionId);
		if (caption == null) {
			throw new AssertionError("No table with caption #" + captionId);
		}
		Element table = caption.closest("table");
		List<List<String>> rows = new ArrayList<>();
		for (Element row : table.select("tr")) {
			rows.add(row.children().stream().map(Element::text).toList());
		}
		return rows;
	}

	public static List<List<String>> fromCsv(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			throw new AssertionError("The CSV does not end with CRLF");
		}
		return rows;
	}

}
