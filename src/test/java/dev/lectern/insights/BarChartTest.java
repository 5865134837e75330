package dev.lectern.insights;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BarChartTest {

	@Test
	void barsAreAShareOfTheScaleAndASuppressedFigureDrawsNone() {
		BarChart chart = BarChart.of("reach", "Reach",
				List.of(BarChart.Bar.of("Intro", true, 1.0, "100%", ""), BarChart.Bar.of("Routes", true, 0.5, "50%", ""),
						BarChart.Bar.of("JSON", false, 0.05, "fewer than 5", ""),
						BarChart.Bar.of("End", true, 0.0, "0%", "")));

		assertThat(chart.rows()).extracting(BarChart.Row::drawn, BarChart.Row::width, BarChart.Row::valueDx,
				BarChart.Row::top)
			.containsExactly(tuple(true, "78.00%", 6, 0), tuple(true, "39.00%", 6, 50), tuple(false, "0.00%", 0, 100),
					tuple(true, "0.00%", 0, 150));
		assertThat(chart.height()).isEqualTo(200);
	}

	@Test
	void aLongLabelWrapsOntoASecondLineAndBeyondThatIsCut() {
		BarChart.Bar shortOne = BarChart.Bar.of("A \u00b7 request.form", true, 0.1, "10%", "");
		BarChart.Bar twoLines = BarChart.Bar.of(
				"C \u00b7 correct answer \u00b7 GET, plus HEAD and OPTIONS added automatically", true, 0.5, "50%", "right");
		BarChart.Bar longer = BarChart.Bar.of("B \u00b7 " + "a very long option ".repeat(8), true, 0.2, "20%", "");

		assertThat(shortOne.labelLines()).containsExactly("A \u00b7 request.form");
		assertThat(twoLines.labelLines()).containsExactly("C \u00b7 correct answer \u00b7 GET, plus HEAD and",
				"OPTIONS added automatically");
		assertThat(longer.labelLines()).hasSize(2);
		assertThat(longer.labelLines().get(1)).hasSize(BarChart.Bar.LINE).endsWith("\u2026");

		// each label line takes 18px: the bar below a two-line label starts lower, and so does the next row
		List<BarChart.Row> rows = BarChart.of("q", "Q", List.of(twoLines, shortOne)).rows();
		assertThat(rows).extracting(BarChart.Row::top, BarChart.Row::barY).containsExactly(tuple(0, 42), tuple(68, 92));
		assertThat(BarChart.of("q", "Q", List.of(twoLines, shortOne)).height()).isEqualTo(68 + 50);
	}

}
