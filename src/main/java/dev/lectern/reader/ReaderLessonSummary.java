package dev.lectern.reader;

/**
 * The summary a {@code reader_lesson} row keeps of the reader's rows for that lesson
 * (migration V10): {@code visited}, the anchors of the visited sections sorted and separated
 * by spaces, the first and last visit, and {@code first_answers}, the answers of the first
 * attempt as "1C 2B 3D". {@link ReaderStore} renews it in the transaction of every save
 * that adds a row; the insights pages group it. Portable SQL (H2 and PostgreSQL).
 */
public final class ReaderLessonSummary {

	private static final String SAME_ROW = "v.reader_id = reader_lesson.reader_id AND v.lesson_key = reader_lesson.lesson_key";

	static final String VISITS = """
			visited = COALESCE((SELECT STRING_AGG(v.anchor, ' ' ORDER BY v.anchor) FROM reader_visit v WHERE %1$s), ''),
			first_visit_at = (SELECT MIN(v.visited_at) FROM reader_visit v WHERE %1$s),
			last_visit_at = (SELECT MAX(v.visited_at) FROM reader_visit v WHERE %1$s)""".formatted(SAME_ROW);

	static final String ANSWERS = """
			first_answers = COALESCE((SELECT STRING_AGG(CAST(v.question AS VARCHAR(11)) || v.letter, ' ' ORDER BY v.question)
			                          FROM reader_answer v WHERE %s AND v.attempt = 1), '')""".formatted(SAME_ROW);

	private ReaderLessonSummary() {
	}

	/**
	 * The statement that renews every summary of the {@code reader_lesson} rows matched by
	 * {@code where}, for rows written other than through a save (a test's, a script's).
	 */
	public static String renew(String where) {
		return "UPDATE reader_lesson SET " + VISITS + ",\n" + ANSWERS + "\nWHERE " + where;
	}

}
