package dev.lectern.account;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems of one submitted form, by the id of the field they belong to, in the order
 * the fields appear: the page lists them in its error summary, names each next to its field
 * and puts the focus on the first.
 */
final class FormProblems {

	private final Map<String, String> byField = new LinkedHashMap<>();

	FormProblems add(String field, String problem) {
		if (problem != null) {
			this.byField.putIfAbsent(field, problem);
		}
		return this;
	}

	boolean isEmpty() {
		return this.byField.isEmpty();
	}

	/** For the templates: field id to problem, in field order. */
	Map<String, String> byField() {
		return this.byField;
	}

	/** The id of the field the focus goes to, or null. */
	String first() {
		return this.byField.isEmpty() ? null : this.byField.keySet().iterator().next();
	}

}
