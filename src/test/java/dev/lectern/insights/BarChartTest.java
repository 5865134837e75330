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
	void aLongLabelIsCutWithAnEllipsis() {
		String label = "C \u00b7 correct answer \u00b7 GET, plus HEAD and OPTIONS added automatically";
		assertThat(BarChart.Bar.of(label, true, 0.5, "50%", "right").shortLabel())
			.hasSize(BarChart.Bar.MAX_LABEL)
			.endsWith("\u2026")
			.startsWith("C \u00b7 correct answer \u00b7 GET, plus HEAD");
	}

}
