package dev.lectern.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as SVG on the server: per bar a label line, then the bar with
 * its value after it. Widths are percentages of the chart's width, so the chart fits any
 * screen while its text keeps the page's size; the longest possible bar takes
 * {@value #MAX_WIDTH}% and leaves room for the value. A suppressed figure draws no bar, only
 * its text. The same numbers are in a table beside the chart.
 */
public record BarChart(String id, String title, List<Bar> bars) {

	static final int MAX_WIDTH = 78;

	static final int ROW_HEIGHT = 50;

	static final int BAR_HEIGHT = 18;

	static BarChart of(String id, String title, List<Bar> bars) {
		return new BarChart(id, title, List.copyOf(bars));
	}

	public String titleId() {
		return this.id + "-title";
	}

	public int height() {
		return this.bars.size() * ROW_HEIGHT;
	}

	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < this.bars.size(); i++) {
			rows.add(new Row(this.bars.get(i), i * ROW_HEIGHT));
		}
		return rows;
	}

	/**
	 * @param fraction 0..1, or null when the figure is suppressed (no bar is drawn)
	 * @param kind a modifier of the bar's class: "", "right" or "distractor"
	 */
	public record Bar(String label, Double fraction, String value, String kind) {

		/** Longer labels are cut (with an ellipsis) to fit a phone's width; the table has them whole. */
		static final int MAX_LABEL = 46;

		public String shortLabel() {
			return (this.label.length() <= MAX_LABEL) ? this.label
					: this.label.substring(0, MAX_LABEL - 1).stripTrailing() + "\u2026";
		}

		static Bar of(String label, boolean shown, double fraction, String value, String kind) {
			return new Bar(label, shown ? fraction : null, value, kind);
		}

	}

	/** A bar placed in the chart: the coordinates the template prints. */
	public record Row(Bar bar, int top) {

		public int labelY() {
			return this.top + 16;
		}

		public int barY() {
			return this.top + 24;
		}

		public int valueY() {
			return this.top + 24 + BAR_HEIGHT - 4;
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
