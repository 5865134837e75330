package dev.lectern.content;

import java.util.List;
import java.util.stream.Collectors;

/** The lesson files have problems: the application does not start on them. */
class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	InvalidContentException(String source, List<ContentProblem> problems) {
		super(problems.size() + ((problems.size() == 1) ? " problem" : " problems") + " in the lesson files of " + source
				+ ":\n" + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	List<ContentProblem> problems() {
		return this.problems;
	}

}
