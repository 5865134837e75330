package dev.lectern.insights;

import java.util.Locale;

/**
 * How a figure is printed, and when it is not: a count of one to four readers, or a share
 * of fewer than five, shows {@value #FEWER_THAN_FIVE} instead, on the page and in the CSV
 * alike. Zero is shown: it describes nobody. A share whose count is suppressed is
 * suppressed too, or the count could be worked back from it.
 */
final class Figures {

	static final int MIN_READERS = 5;

	static final String FEWER_THAN_FIVE = "fewer than 5";

	private Figures() {
	}

	static boolean countShown(long count) {
		return count == 0 || count >= MIN_READERS;
	}

	static boolean shareShown(long part, long whole) {
		return whole >= MIN_READERS && countShown(part);
	}

	static String count(long count) {
		return countShown(count) ? Long.toString(count) : FEWER_THAN_FIVE;
	}

	/** A whole percentage, rounded half up: "45%". */
	static String share(long part, long whole) {
		return shareShown(part, whole) ? Math.round(100.0 * part / whole) + "%" : FEWER_THAN_FIVE;
	}

	/** Two decimals, without a "-0.00". */
	static String decimal(double value) {
		String text = String.format(Locale.ROOT, "%.2f", value);
		return "-0.00".equals(text) ? "0.00" : text;
	}

	/** One decimal: "2.4". */
	static String oneDecimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
