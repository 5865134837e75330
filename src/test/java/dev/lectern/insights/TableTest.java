package dev.lectern.insights;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

	@Test
	void theCsvHasTheHeadersThenEachRowWithCellsQuotedOnlyWhenTheyMustBe() {
		Table table = new Table("Options", List.of("Question", "Option", "Share"),
				List.of(List.of("Q1", "A: GET, POST, PUT and DELETE", "fewer than 5"),
						List.of("Q2", "B: return {\"id\": 7}", "25%")),
				"/insights/t/l/options.csv");

		assertThat(table.csv()).isEqualTo("Question,Option,Share\r\n" + "Q1,\"A: GET, POST, PUT and DELETE\",fewer than 5\r\n"
				+ "Q2,\"B: return {\"\"id\"\": 7}\",25%\r\n");
	}

}
