package dev.lectern.insights;

import java.util.List;

/**
 * A table of figures, printed on the page and downloaded as CSV from the same cells, so the
 * two cannot differ. The first cell of each row names the row (a {@code th} on the page).
 */
public record Table(String caption, List<String> headers, List<List<String>> rows, String csvUrl, List<String> links) {

	Table(String caption, List<String> headers, List<List<String>> rows, String csvUrl) {
		this(caption, headers, rows, csvUrl, List.of());
	}

	/** Whether each row's first cell links to a page of its own ({@code links}, one per row). */
	public boolean linked() {
		return !this.links.isEmpty();
	}

	/**
	 * RFC 4180: CRLF line ends; a cell with a comma, a quote or a line break is quoted, its
	 * quotes doubled. The cells are figures and the lesson's own words (trusted, written by
	 * the authors who read this), so nothing is rewritten for spreadsheets' formulas.
	 */
	public String csv() {
		StringBuilder csv = new StringBuilder();
		line(csv, this.headers);
		this.rows.forEach(row -> line(csv, row));
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	private static String cell(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
