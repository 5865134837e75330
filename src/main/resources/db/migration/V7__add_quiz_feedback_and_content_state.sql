-- Lessons are files now (content/ in the jar or LECTERN_CONTENT_DIR, see
-- docs/writing-lessons.md): Flyway keeps the schema only. V3-V5, which inserted the first
-- lessons, are gone from the code; databases that ran them keep their rows, which the
-- content loader updates in place (application.properties ignores missing migrations).
-- Portable SQL: the same file runs on H2 and PostgreSQL.

-- a hint before answering; feedback for a reader who chose a wrong option
ALTER TABLE quiz_question ADD COLUMN hint VARCHAR(1000);
ALTER TABLE quiz_option ADD COLUMN feedback VARCHAR(1000);

-- One row: the hash of the content in the tables (NULL before the first load). Loading
-- locks it (SELECT ... FOR UPDATE), so instances starting together load one at a time,
-- and the later ones find the hash written and write nothing.
CREATE TABLE content_state (
    id        INT                      NOT NULL,
    hash      VARCHAR(64),
    revision  INT                      NOT NULL,
    loaded_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT content_state_pk PRIMARY KEY (id),
    CONSTRAINT content_state_one_ck CHECK (id = 1)
);

INSERT INTO content_state (id, hash, revision) VALUES (1, NULL, 0);

-- H2 (2.4.240) evaluates "letter IN ('A', 'B', 'C', 'D')" with the session that created the
-- constraint: once that connection is closed (a pool retiring it, a connection without a
-- pool), every insert fails with "Check constraint invalid" until the database is reopened.
-- Content is now written after Flyway, by other connections, so the letters are checked
-- without IN (and without OR, which H2 turns into IN). reader_answer had the same check.
ALTER TABLE quiz_question DROP CONSTRAINT quiz_question_letter_ck;
ALTER TABLE quiz_question ADD CONSTRAINT quiz_question_letter_ck
    CHECK (correct_letter = UPPER(correct_letter) AND correct_letter BETWEEN 'A' AND 'D');
ALTER TABLE quiz_option DROP CONSTRAINT quiz_option_letter_ck;
ALTER TABLE quiz_option ADD CONSTRAINT quiz_option_letter_ck
    CHECK (letter = UPPER(letter) AND letter BETWEEN 'A' AND 'D');
ALTER TABLE reader_answer DROP CONSTRAINT reader_answer_letter_ck;
ALTER TABLE reader_answer ADD CONSTRAINT reader_answer_letter_ck
    CHECK (letter = UPPER(letter) AND letter BETWEEN 'A' AND 'D');
