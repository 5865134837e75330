-- The python-backend track and its lesson "Introduction to Django", word for word from
-- the source page. Its neighbours arrive in their own migrations.

INSERT INTO track (slug, title, summary, position)
VALUES ('python-backend', 'Python Backend',
        'Server-side Python from small APIs to full web applications: Flask, Django and the patterns behind them.',
        1);

INSERT INTO lesson (track_id, slug, title, summary, position, reading_minutes, docs_url, docs_label, updated_on)
SELECT id, 'introduction-to-django',
       'Introduction to Django – The Framework for Perfectionists',
       'What Django is, its batteries-included philosophy, the MVT architecture, its key features and why teams pick it for database-driven sites.',
       2, 5, 'https://docs.djangoproject.com/en/stable/', 'Django documentation', DATE '2026-11-02'
FROM track WHERE slug = 'python-backend';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'what-is-django', 'What is Django?', 1,
'Django is a high-level Python web framework that encourages rapid development and clean, pragmatic design. Built by experienced developers, it takes care of much of the hassle of web development, so you can focus on writing your app without needing to reinvent the wheel. It is free, open-source, and powers some of the most heavily-trafficked sites on the internet.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'the-batteries-included-philosophy', 'The ''Batteries-Included'' Philosophy', 2,
'Django follows a ''batteries-included'' philosophy. This means that common tasks—such as user authentication, content administration, site maps, and RSS feeds—are provided out of the box. Unlike Flask, where you must choose and install third-party libraries for these features, Django provides them as part of the core framework.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'core-architecture-mvt', 'Core Architecture: MVT', 3,
'Django uses the Model-View-Template (MVT) architectural pattern. It is similar to the well-known MVC (Model-View-Controller) pattern but with a slight twist in terminology and responsibility.

- **Model:** The data access layer. It handles everything related to the data and the database.
- **Template:** The presentation layer. It handles how the data is displayed to the user.
- **View:** The business logic layer. It bridges the Model and the Template, processing the logic and returning the response.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'key-features', 'Key Features', 4,
'| Feature | Benefit |
|---|---|
| Object-Relational Mapper (ORM) | Interact with your database using Python instead of SQL. |
| Automatic Admin Interface | A production-ready interface for managing your site''s data instantly. |
| Security | Built-in protection against SQL injection, XSS, CSRF, and clickjacking. |
| Scalability | Handles the heaviest traffic loads by scaling horizontally. |
| Versatility | Used for CMS, social networks, scientific computing platforms, and more. |'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'why-choose-django', 'Why Choose Django?', 5,
'For a Technical Lead or Architecture expert, Django is the go-to for complex, database-driven sites. It''s incredibly fast to move from a concept to a launched application. Since it uses Python, it integrates seamlessly with AI/ML libraries and the Gemini API, making it a robust backend choice for modern AI-powered applications.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 1, 'What architectural pattern does Django follow?', 'C',
       'Django calls its pattern Model-View-Template: the template presents the data, and the view holds the logic that a controller would hold in MVC.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django' AND s.anchor = 'core-architecture-mvt';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 2, 'What is the name of the built-in tool used to interact with the database using Python code?', 'B',
       'The Django ORM (Object-Relational Mapper) ships with Django and turns Python classes and queries into SQL. SQLAlchemy and PyMongo are separate libraries.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django' AND s.anchor = 'key-features';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 3, 'Which of these is provided ''out-of-the-box'' by Django?', 'D',
       'Authentication, the admin interface and database migrations all come with Django itself; that is what batteries-included means.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django' AND s.anchor = 'the-batteries-included-philosophy';

INSERT INTO quiz_option (question_id, letter, label)
SELECT q.id, o.letter, o.label
FROM quiz_question q
JOIN lesson l ON l.id = q.lesson_id
JOIN track t ON t.id = l.track_id
JOIN (VALUES (1, 'A', 'MVC'), (1, 'B', 'MVVM'), (1, 'C', 'MVT'), (1, 'D', 'VIPER'),
             (2, 'A', 'SQLAlchemy'), (2, 'B', 'Django ORM'), (2, 'C', 'PyMongo'), (2, 'D', 'Django DB-Connect'),
             (3, 'A', 'User Authentication'), (3, 'B', 'Admin Interface'), (3, 'C', 'Database Migrations'), (3, 'D', 'All of the above'))
     AS o (position, letter, label) ON o.position = q.position
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django';

INSERT INTO faq (lesson_id, position, question, answer)
SELECT l.id, f.position, f.question, f.answer
FROM lesson l JOIN track t ON t.id = l.track_id
CROSS JOIN (VALUES
    (1, 'Is Django too heavy for small projects?',
        'While it has more overhead than Flask, the built-in features often save more time in the long run even for small projects, as you don''t have to spend time configuring basic needs like login or database management.'),
    (2, 'Does Django support REST APIs?',
        'Yes. While Django has built-in support for templates, the ''Django Rest Framework'' (DRF) is the industry standard for building powerful and flexible Web APIs with Django.'),
    (3, 'Is Django good for SEO?',
        'Yes. Django''s ability to create clean, human-readable URLs and its built-in sitemap framework make it one of the best frameworks for SEO-friendly applications.')
) AS f (position, question, answer)
WHERE t.slug = 'python-backend' AND l.slug = 'introduction-to-django';
