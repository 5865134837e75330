-- bench/run.sh --large: 100,000 readers who have been here before, in the reader tables
-- (migration V6), so that a returning reader's page, a save and the insights pages are
-- measured against tables of a realistic size. Run with H2's RunScript on the stopped
-- database (after generate-lessons.sql; the lesson keys are strings, so the rows do not
-- depend on it).
--
-- Every reader (a random UUID, like the reader cookie's) has:
--   reader          created in the last 180 days, last seen between then and now
--   reader_lesson   python-backend/introduction-to-django (the benchmark's lesson: its
--                   insights aggregate all 100,000 readers), attempt 1, synced when last seen;
--                   a quarter of the readers also one generated lesson (generated-lesson-1..1000)
--   reader_visit    2 to 5 sections of each of those lessons: from the top for 70% of the
--                   readers, from a section further down (a jump from a link) for the rest
--   reader_answer   first attempt only: none for a quarter of the readers, else questions
--                   1..1, 1..2 or 1..3 of the Django lesson, the letters spread over A-D per
--                   question (correct C, B, D: 60%, 65%, 70%; each question has a tempting
--                   wrong answer)
-- The spread is fixed (ORA_HASH of the reader's number with a seed per property), not
-- random: every run makes the same counts (with H2 2.4.240: 100,000 readers, 124,866
-- reader_lesson, 436,329 reader_visit, 149,661 reader_answer; run.sh prints them). Rows go
-- in in key order: less work for H2's B-trees than random order (~40% less CPU in a test).

CREATE TEMPORARY TABLE gen_time AS
SELECT g.*,
       DATEADD('SECOND', -g.age_s, n.now) AS created_at,
       DATEADD('SECOND', -(g.age_s * g.seen_permille / 1000), n.now) AS last_seen_at,
       g.age_s - g.age_s * g.seen_permille / 1000 AS span_s
FROM (SELECT x,
             CAST(RANDOM_UUID() AS VARCHAR(36)) AS id,
             -- seconds since the reader was made (up to 180 days); last seen at a point of that
             ORA_HASH(x, 15551999, 1) AS age_s,
             ORA_HASH(x, 999, 2) AS seen_permille,
             -- sections visited in the Django lesson, and where the reader started
             2 + ORA_HASH(x, 3, 3) AS visits,
             CASE WHEN ORA_HASH(x, 9, 4) < 7 THEN 0 ELSE 1 + ORA_HASH(x, 3, 5) END AS start_at,
             -- questions answered (0 to 3)
             ORA_HASH(x, 3, 6) AS answered,
             -- a second lesson for a quarter of the readers, and its sections visited
             CASE WHEN ORA_HASH(x, 3, 7) = 0 THEN 1 + ORA_HASH(x, 999, 8) ELSE 0 END AS other_lesson,
             2 + ORA_HASH(x, 3, 9) AS other_visits
      FROM SYSTEM_RANGE(1, 100000)) g,
     (SELECT CAST(CURRENT_TIMESTAMP(0) AS TIMESTAMP WITH TIME ZONE) AS now) n;

-- the Django lesson's sections, in their order (V3)
CREATE TEMPORARY TABLE gen_anchor (pos INT PRIMARY KEY, anchor VARCHAR(120) NOT NULL);
INSERT INTO gen_anchor VALUES (0, 'what-is-django'), (1, 'the-batteries-included-philosophy'),
  (2, 'core-architecture-mvt'), (3, 'key-features'), (4, 'why-choose-django');

-- the answers' spread per question: letter chosen when the reader's draw (0..99) is in [lo, hi]
CREATE TEMPORARY TABLE gen_letter (question INT, letter CHAR(1), lo INT, hi INT);
INSERT INTO gen_letter VALUES
  (1, 'A', 0, 24), (1, 'B', 25, 29), (1, 'C', 30, 89), (1, 'D', 90, 99),
  (2, 'A', 0, 19), (2, 'B', 20, 84), (2, 'C', 85, 89), (2, 'D', 90, 99),
  (3, 'A', 0, 9), (3, 'B', 10, 19), (3, 'C', 20, 29), (3, 'D', 30, 99);

INSERT INTO reader (id, created_at, last_seen_at)
SELECT id, created_at, last_seen_at FROM gen_time ORDER BY id;

INSERT INTO reader_lesson (reader_id, lesson_key, synced_at, attempt)
SELECT id, 'python-backend/introduction-to-django', last_seen_at, 1 FROM gen_time ORDER BY id;

INSERT INTO reader_lesson (reader_id, lesson_key, synced_at, attempt)
SELECT id, 'python-backend/generated-lesson-' || other_lesson, DATEADD('SECOND', -(span_s / 2), last_seen_at), 1
FROM gen_time WHERE other_lesson > 0 ORDER BY id;

-- the visits: the rank of a section in the reader's walk spreads its time over the span
INSERT INTO reader_visit (reader_id, lesson_key, anchor, visited_at)
SELECT t.id, 'python-backend/introduction-to-django', a.anchor,
       DATEADD('SECOND', t.span_s * MOD(a.pos - t.start_at + 5, 5) / t.visits, t.created_at)
FROM gen_time t, gen_anchor a
WHERE MOD(a.pos - t.start_at + 5, 5) < t.visits
ORDER BY t.id, a.anchor;

INSERT INTO reader_visit (reader_id, lesson_key, anchor, visited_at)
SELECT t.id, 'python-backend/generated-lesson-' || t.other_lesson, a.anchor,
       DATEADD('SECOND', (t.span_s / 2) * a.pos / t.other_visits, t.created_at)
FROM gen_time t, gen_anchor a
WHERE t.other_lesson > 0 AND a.pos < t.other_visits
ORDER BY t.id, a.anchor;

INSERT INTO reader_answer (reader_id, lesson_key, attempt, question, letter, answered_at)
SELECT t.id, 'python-backend/introduction-to-django', 1, q.question, q.letter,
       DATEADD('SECOND', t.span_s * q.question / 4, t.created_at)
FROM gen_time t, gen_letter q
WHERE q.question <= t.answered
  AND ORA_HASH(t.x * 4 + q.question, 99, 10) BETWEEN q.lo AND q.hi
ORDER BY t.id, q.question;

DROP TABLE gen_letter;
DROP TABLE gen_anchor;
DROP TABLE gen_time;

-- every reader_lesson row's summary of the rows above (migration V10; a save keeps it
-- the same way): the insights pages group these
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
