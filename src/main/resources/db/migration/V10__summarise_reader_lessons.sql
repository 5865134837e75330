-- Per reader and lesson, a summary of the rows in reader_visit and reader_answer, kept by
-- every save in the same transaction (reader/ReaderStore): the sections visited (their
-- anchors, sorted, separated by spaces), the first and last visit, and the answers of the
-- first attempt ("1C 2B 3D"). A page view reads the sections from here, and the insights
-- pages group these rows, one per reader and lesson, instead of every visit and answer
-- (bench/README.md: 2.6-3.2 s a page before, with 100,000 readers). reader_visit and
-- reader_answer stay the record: when each section was visited, every attempt.
-- Portable SQL: the same file runs on H2 and PostgreSQL.

ALTER TABLE reader_lesson ADD COLUMN visited VARCHAR DEFAULT '' NOT NULL;
ALTER TABLE reader_lesson ADD COLUMN first_visit_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE reader_lesson ADD COLUMN last_visit_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE reader_lesson ADD COLUMN first_answers VARCHAR DEFAULT '' NOT NULL;

UPDATE reader_lesson SET
    visited = COALESCE((SELECT STRING_AGG(v.anchor, ' ' ORDER BY v.anchor) FROM reader_visit v
                        WHERE v.reader_id = reader_lesson.reader_id AND v.lesson_key = reader_lesson.lesson_key), ''),
    first_visit_at = (SELECT MIN(v.visited_at) FROM reader_visit v
                      WHERE v.reader_id = reader_lesson.reader_id AND v.lesson_key = reader_lesson.lesson_key),
    last_visit_at = (SELECT MAX(v.visited_at) FROM reader_visit v
                     WHERE v.reader_id = reader_lesson.reader_id AND v.lesson_key = reader_lesson.lesson_key),
    first_answers = COALESCE((SELECT STRING_AGG(CAST(a.question AS VARCHAR(11)) || a.letter, ' ' ORDER BY a.question)
                              FROM reader_answer a
                              WHERE a.reader_id = reader_lesson.reader_id AND a.lesson_key = reader_lesson.lesson_key
                                AND a.attempt = 1), '');

-- V9's lesson-first indexes served the insights statements that grouped every visit and
-- answer; nothing reads those tables by lesson any more, and a save maintains two fewer
-- indexes.
DROP INDEX reader_visit_lesson_reader_ix;
DROP INDEX reader_answer_lesson_reader_ix;
