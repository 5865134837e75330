package dev.lectern.content;

import java.io.PrintStream;

/**
 * {@code java -jar lectern.jar --check-content [DIR]}: checks a content folder (the shipped
 * lessons without DIR) as start-up would, without starting anything.
 */
public final class ContentCheck {

	public static final String OPTION = "--check-content";

	private ContentCheck() {
	}

	/** @return the exit status: 0 valid, 1 problems (each printed as path:line: message), 2 usage */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length > 1) {
			err.println("usage: java -jar lectern.jar " + OPTION + " [DIR]");
			return 2;
		}
		ContentSource source = ContentSource.of((args.length == 1) ? args[0] : null);
		ContentReader.Result result = new ContentReader().read(source);
		if (!result.valid()) {
			result.problems().forEach(err::println);
			err.println(result.problems().size() + ((result.problems().size() == 1) ? " problem" : " problems")
					+ " in " + source);
			return 1;
		}
		ContentDrafts content = result.content();
		int sections = content.tracks()
			.stream()
			.flatMap(track -> track.lessons().stream())
			.mapToInt(lesson -> lesson.sections().size())
			.sum();
		int questions = content.tracks()
			.stream()
			.flatMap(track -> track.lessons().stream())
			.mapToInt(lesson -> lesson.questions().size())
			.sum();
		out.println("OK: " + count(content.tracks().size(), "track") + ", " + count(content.lessonCount(), "lesson")
				+ ", " + count(sections, "section") + ", " + count(questions, "quiz question") + " in " + source);
		return 0;
	}

	private static String count(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

}
