package dev.lectern.content;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs in URLs and section anchors. */
public final class Slugs {

	/** What a track or lesson slug may look like in a URL; anything else never reaches a controller. */
	public static final String PATTERN = "[a-z0-9][a-z0-9-]*";

	/** The base path of every lesson URL, as a request mapping pattern. */
	public static final String LESSON_PATH = "/{track:" + PATTERN + "}/{lesson:" + PATTERN + "}";

	private Slugs() {
	}

	/** "The 'Batteries-Included' Philosophy" becomes "the-batteries-included-philosophy". */
	public static String of(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
