-- bench/run.sh --large: 1,000 more lessons in the python-backend track (positions 101..1100),
-- each a copy of "Introduction to Django" (sections, quiz, FAQs), so a generated lesson
-- costs what the real one costs. Run with H2's RunScript on the stopped database.

INSERT INTO lesson (track_id, slug, title, summary, position, reading_minutes, docs_url, docs_label, updated_on)
SELECT d.track_id, 'generated-lesson-' || x, 'Generated Lesson ' || x, d.summary, 100 + x, d.reading_minutes,
       d.docs_url, d.docs_label, d.updated_on
FROM lesson d, SYSTEM_RANGE(1, 1000)
WHERE d.slug = 'introduction-to-django';

INSERT INTO section (lesson_id, anchor, heading, body, position)
SELECT g.id, s.anchor, s.heading, s.body, s.position
FROM lesson g, lesson d, section s
WHERE g.slug LIKE 'generated-lesson-%' AND d.slug = 'introduction-to-django' AND s.lesson_id = d.id;

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT g.id, q.position, q.prompt, q.correct_letter, q.explanation, gs.id
FROM lesson g, lesson d, quiz_question q, section ds, section gs
WHERE g.slug LIKE 'generated-lesson-%' AND d.slug = 'introduction-to-django' AND q.lesson_id = d.id
  AND ds.id = q.section_id AND gs.lesson_id = g.id AND gs.anchor = ds.anchor;

INSERT INTO quiz_option (question_id, letter, label)
SELECT gq.id, o.letter, o.label
FROM lesson g, lesson d, quiz_question dq, quiz_option o, quiz_question gq
WHERE g.slug LIKE 'generated-lesson-%' AND d.slug = 'introduction-to-django' AND dq.lesson_id = d.id
  AND o.question_id = dq.id AND gq.lesson_id = g.id AND gq.position = dq.position;

INSERT INTO faq (lesson_id, position, question, answer)
SELECT g.id, f.position, f.question, f.answer
FROM lesson g, lesson d, faq f
WHERE g.slug LIKE 'generated-lesson-%' AND d.slug = 'introduction-to-django' AND f.lesson_id = d.id;
