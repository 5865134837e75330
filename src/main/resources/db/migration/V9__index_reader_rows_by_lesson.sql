-- The insights pages aggregate one lesson's (or one page of lessons') reader rows at a
-- time, per reader: these indexes lead with lesson_key, then reader_id, and hold every
-- column those statements read, so a lesson's rows are one range of the index, in reader
-- order, and PostgreSQL can answer from the index alone (insights/InsightsQueries).
-- They replace V6's indexes for the same purpose (no other statement used those), so a
-- save maintains as many indexes as before.
-- Portable SQL: the same file runs on H2 and PostgreSQL.

CREATE INDEX reader_visit_lesson_reader_ix ON reader_visit (lesson_key, reader_id, anchor, visited_at);
CREATE INDEX reader_answer_lesson_reader_ix ON reader_answer (lesson_key, attempt, reader_id, question, letter);

DROP INDEX reader_visit_lesson_ix;
DROP INDEX reader_answer_lesson_ix;
