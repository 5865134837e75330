package dev.lectern.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped by invalid lesson files: the list of problems, without a stack trace. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the lesson files (docs/writing-lessons.md describes the format), check them with"
						+ " \"java -jar lectern.jar --check-content DIR\", then start again.",
				cause);
	}

}
