-- Readers as rows of their own (replaces the reader state that was a serialised bean in
-- the HTTP session). A reader is made by the first thing worth keeping (a recorded visit
-- or an answer), never by reading; the reader cookie carries its id.
-- Lessons are named by their key, "track-slug/lesson-slug": reader rows stay valid
-- whatever happens to the content rows, and a lesson that goes away leaves rows that no
-- page asks for.
-- Portable SQL: the same file runs on H2 and PostgreSQL.

CREATE TABLE reader (
    id           VARCHAR(36)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reader_pk PRIMARY KEY (id)
);

-- the clean-up of readers not seen for a year
CREATE INDEX reader_last_seen_ix ON reader (last_seen_at);

-- per reader and lesson: when progress was last saved, and the quiz attempt in progress
CREATE TABLE reader_lesson (
    reader_id  VARCHAR(36)              NOT NULL,
    lesson_key VARCHAR(201)             NOT NULL,
    synced_at  TIMESTAMP WITH TIME ZONE,
    attempt    INT                      NOT NULL DEFAULT 1,
    CONSTRAINT reader_lesson_pk PRIMARY KEY (reader_id, lesson_key),
    CONSTRAINT reader_lesson_reader_fk FOREIGN KEY (reader_id) REFERENCES reader (id) ON DELETE CASCADE,
    CONSTRAINT reader_lesson_attempt_ck CHECK (attempt > 0)
);

-- a visited section: inserted once, when first visited
CREATE TABLE reader_visit (
    reader_id  VARCHAR(36)              NOT NULL,
    lesson_key VARCHAR(201)             NOT NULL,
    anchor     VARCHAR(120)             NOT NULL,
    visited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reader_visit_pk PRIMARY KEY (reader_id, lesson_key, anchor),
    CONSTRAINT reader_visit_reader_fk FOREIGN KEY (reader_id) REFERENCES reader (id) ON DELETE CASCADE
);

-- an answer: once per question and attempt, whatever instance receives it
CREATE TABLE reader_answer (
    reader_id   VARCHAR(36)              NOT NULL,
    lesson_key  VARCHAR(201)             NOT NULL,
    attempt     INT                      NOT NULL,
    question    INT                      NOT NULL,
    letter      CHAR(1)                  NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reader_answer_pk PRIMARY KEY (reader_id, lesson_key, attempt, question),
    CONSTRAINT reader_answer_reader_fk FOREIGN KEY (reader_id) REFERENCES reader (id) ON DELETE CASCADE,
    CONSTRAINT reader_answer_letter_ck CHECK (letter IN ('A', 'B', 'C', 'D'))
);

-- aggregates per lesson (insights) read these without a reader id
CREATE INDEX reader_visit_lesson_ix ON reader_visit (lesson_key, anchor);
CREATE INDEX reader_answer_lesson_ix ON reader_answer (lesson_key, attempt, question);

-- The old reader state was a Java-serialised bean in these tables; it is not carried over
-- (Lectern is pre-1.0: the upgrade starts readers over, see docs/readers.md).
DELETE FROM SPRING_SESSION_ATTRIBUTES;
DELETE FROM SPRING_SESSION;
