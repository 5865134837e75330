package dev.lectern.insights;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

	@Test
	void aCountOfOneToFourReadersIsNotShownButNoneAndFiveAre() {
		assertThat(Figures.count(0)).isEqualTo("0");
		assertThat(Figures.count(1)).isEqualTo("fewer than 5");
		assertThat(Figures.count(4)).isEqualTo("fewer than 5");
		assertThat(Figures.count(5)).isEqualTo("5");
		assertThat(Figures.count(100000)).isEqualTo("100000");
	}

	@Test
	void aShareIsAWholePercentRoundedHalfUp() {
		assertThat(Figures.share(10, 40)).isEqualTo("25%");
		assertThat(Figures.share(5, 8)).isEqualTo("63%");
		assertThat(Figures.share(17, 34)).isEqualTo("50%");
		assertThat(Figures.share(40, 40)).isEqualTo("100%");
		assertThat(Figures.share(0, 40)).isEqualTo("0%");
	}

	@Test
	void aShareOfFewerThanFiveReadersOrOfOneToFourIsNotShown() {
		// 3 of 4: drawn from four readers
		assertThat(Figures.share(3, 4)).isEqualTo("fewer than 5");
		assertThat(Figures.share(0, 4)).isEqualTo("fewer than 5");
		assertThat(Figures.share(0, 0)).isEqualTo("fewer than 5");
		// 3 of 40 would tell the count that is not shown
		assertThat(Figures.share(3, 40)).isEqualTo("fewer than 5");
		assertThat(Figures.share(5, 5)).isEqualTo("100%");
	}

	@Test
	void decimalsHaveTwoPlacesAndNoNegativeZero() {
		assertThat(Figures.decimal(0.64198)).isEqualTo("0.64");
		assertThat(Figures.decimal(-0.125)).isEqualTo("-0.13");
		assertThat(Figures.decimal(-0.001)).isEqualTo("0.00");
		assertThat(Figures.oneDecimal(2.5)).isEqualTo("2.5");
	}

}
