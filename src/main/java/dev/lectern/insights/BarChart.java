package dev.lectern.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as SVG on the server: per bar its label (one or two lines),
 * then the bar with its value after it. Widths are percentages of the chart's width, so the
 * chart fits any screen while its text keeps the page's size; the longest possible bar
 * takes {@value #MAX_WIDTH}% and leaves room for the value. A suppressed figure draws no
 * bar, only its text. The same numbers are in a table beside the chart.
 */
public record BarChart(String id, String title, List<Bar> bars) {

	static final int MAX_WIDTH = 78;

	static final int LINE_HEIGHT = 18;

	static final int BAR_HEIGHT = 18;

	static BarChart of(String id, String title, List<Bar> bars) {
		return new BarChart(id, title, List.copyOf(bars));
	}

	public String titleId() {
		return this.id + "-title";
	}

	public int height() {
		return this.bars.stream().mapToInt(bar -> Row.height(bar.labelLines().size())).sum();
	}

	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		int top = 0;
		for (Bar bar : this.bars) {
			Row row = new Row(bar, top);
			rows.add(row);
			top += Row.height(row.lines().size());
		}
		return rows;
	}

	/**
	 * @param fraction 0..1, or null when the figure is suppressed (no bar is drawn)
	 * @param kind a modifier of the bar's class: "", "right" or "distractor"
	 */
	public record Bar(String label, Double fraction, String value, String kind) {

		/**
		 * Characters on a label line: what a phone's width holds at the chart's type size.
		 * SVG text does not wrap, so labels are wrapped here, on two lines at most, the rest
		 * cut with an ellipsis (the table has them whole).
		 */
		static final int LINE = 42;

		static Bar of(String label, boolean shown, double fraction, String value, String kind) {
			return new Bar(label, shown ? fraction : null, value, kind);
		}

		public List<String> labelLines() {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : this.label.trim().split("\\s+")) {
				if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append((line.length() > 0) ? " " : "").append(word);
			}
			lines.add(line.toString());
			if (lines.size() > 2) {
				lines = List.of(lines.get(0), String.join(" ", lines.subList(1, lines.size())));
			}
			return lines.stream().map(Bar::cut).toList();
		}

		private static String cut(String text) {
			return (text.length() <= LINE) ? text : text.substring(0, LINE - 1).stripTrailing() + "\u2026";
		}

	}

	/** A bar placed in the chart: the coordinates the template prints. */
	public record Row(Bar bar, int top) {

		static int height(int lines) {
			return lines * LINE_HEIGHT + 32;
		}

		public List<String> lines() {
			return this.bar.labelLines();
		}

		public int labelY(int line) {
			return this.top + 14 + line * LINE_HEIGHT;
		}

		public int barY() {
			return this.top + lines().size() * LINE_HEIGHT + 6;
		}

		public int valueY() {
			return barY() + BAR_HEIGHT - 4;
		}

		public boolean drawn() {
			return this.bar.fraction() != null;
		}

		/** The bar's width; a non-zero figure is at least a sliver, so it is seen. */
		public String width() {
			double fraction = drawn() ? this.bar.fraction() : 0;
			double percent = fraction * MAX_WIDTH;
			if (fraction > 0) {
				percent = Math.max(percent, 0.5);
			}
			return String.format(Locale.ROOT, "%.2f%%", percent);
		}

		/** The pale band behind the bar: the whole scale, 100%. */
		public String trackWidth() {
			return MAX_WIDTH + "%";
		}

		/** Where the value is written: just after the bar (at the left edge when none is drawn). */
		public String valueX() {
			return width();
		}

		public int valueDx() {
			return (drawn() && this.bar.fraction() > 0) ? 6 : 0;
		}

		public String barClass() {
			return this.bar.kind().isEmpty() ? "chart__bar" : "chart__bar chart__bar--" + this.bar.kind();
		}

	}

}
