-- The first lesson of the python-backend track: "Building REST APIs with Flask".
-- It leads into "Introduction to Django" (position 2, added in V3).

INSERT INTO lesson (track_id, slug, title, summary, position, reading_minutes, docs_url, docs_label, updated_on)
SELECT id, 'flask-rest-api',
       'Building REST APIs with Flask',
       'Build a small JSON API with Flask: routes and HTTP methods, status codes, request data, and when to move on to Django.',
       1, 4, 'https://flask.palletsprojects.com/', 'Flask documentation', DATE '2026-10-20'
FROM track WHERE slug = 'python-backend';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'what-flask-is-and-why-it-suits-apis', 'What Flask Is and Why It Suits APIs', 1,
'Flask is a lightweight Python web framework, often called a microframework because its core stays small. It gives you URL routing, request and response objects built on Werkzeug, and the Jinja template engine, and leaves database access, validation and authentication to libraries you choose yourself.

That small core suits REST APIs well. A REST API exposes resources, such as books, at URLs and lets clients act on them with standard HTTP methods, so most of the work is mapping a URL and a method to a function that returns JSON. Here is a complete application:

```python
from flask import Flask

app = Flask(__name__)

@app.get("/health")
def health():
    return {"status": "ok"}
```

Save it as `app.py`, run `flask --app app run`, and open `http://127.0.0.1:5000/health` to see the JSON.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'routes-and-http-methods', 'Routes and HTTP Methods', 2,
'A route connects a URL rule to a view function. `@app.route()` takes a `methods` list, and Flask 2.0 added shortcuts such as `@app.get()` and `@app.post()`. Without `methods`, a route answers only GET (Flask adds HEAD and OPTIONS for you); other methods get `405 Method Not Allowed`.

URL rules can capture parts of the path. A converter such as `int` also validates the value, so `/books/abc` returns 404 without reaching your code:

```python
@app.get("/books/<int:book_id>")
def get_book(book_id):
    ...
```

REST gives each method a conventional meaning:

| Method | Typical URL | Meaning | Usual success status |
|---|---|---|---|
| GET | `/books` or `/books/7` | Read a collection or one item | 200 OK |
| POST | `/books` | Create a new item | 201 Created |
| PUT | `/books/7` | Replace an item | 200 OK |
| PATCH | `/books/7` | Change part of an item | 200 OK |
| DELETE | `/books/7` | Remove an item | 204 No Content |'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'returning-json-and-status-codes', 'Returning JSON and Status Codes', 3,
'Since Flask 2.2, a view can return a `dict` or a `list` and Flask serializes it to JSON. Older code calls `jsonify()`, which still works. To pick a status code, return a tuple of body and status; an optional third element adds headers:

```python
@app.post("/books")
def create_book():
    data = request.get_json()
    book = {"id": len(BOOKS) + 1, "title": data["title"]}
    BOOKS.append(book)
    return book, 201
```

When something goes wrong, `abort(404)` stops the view and sends an error response. Flask renders errors as small HTML pages by default, so register a handler with `@app.errorhandler(404)` that returns JSON instead. Return the status code too, as in `return {"error": "not found"}, 404`, or the error goes out with status 200.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'reading-request-data', 'Reading Request Data', 4,
'The `request` object imported from `flask` always refers to the request currently being handled. The parts you will use most in an API are:

- `request.args` holds query-string parameters, such as `page` in `/books?page=2`. `request.args.get("page", 1, type=int)` adds a default and a conversion.
- `request.get_json()` parses a JSON body. Pass `silent=True` to get `None` instead of an error when the body is missing or is not valid JSON.
- `request.form` and `request.files` hold HTML form fields and uploaded files.
- `request.headers` gives you headers such as `Authorization`.

Flask does not validate input for you. Check required fields yourself and answer `400 Bad Request` when something is missing, or use a library such as marshmallow or Pydantic as payloads grow.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'from-flask-to-django', 'From Flask to Django', 5,
'As an API grows, you add pieces one at a time: an ORM such as SQLAlchemy, a migration tool, authentication, an admin screen. Flask lets you choose each one, and many teams value that control. Others would rather have those decisions made up front, with pieces designed to work together.

That is the trade Django makes. It ships an ORM, migrations, authentication and an admin interface in the box. What you learned here carries straight over: a URL pattern still maps to a view, a view still receives a request and returns a response, and status codes mean the same thing. The next lesson, Introduction to Django, shows that batteries-included approach in practice.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 1, 'Which HTTP methods does a route declared as @app.route("/books"), with no methods argument, accept?', 'C',
       'Without a methods list a Flask route handles GET, and Flask adds HEAD and OPTIONS automatically. Any other method gets a 405 Method Not Allowed response.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api' AND s.anchor = 'routes-and-http-methods';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 2, 'A Flask view ends with return {"id": 7}, 201. What does the client receive?', 'A',
       'Flask serializes a returned dict to JSON, and the second element of the tuple sets the status code, here 201 Created.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api' AND s.anchor = 'returning-json-and-status-codes';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 3, 'Where do you read the value of page in a request to /books?page=2?', 'D',
       'Query-string parameters live in request.args. request.form holds form fields and request.get_json() parses a JSON body.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api' AND s.anchor = 'reading-request-data';

INSERT INTO quiz_option (question_id, letter, label)
SELECT q.id, o.letter, o.label
FROM quiz_question q
JOIN lesson l ON l.id = q.lesson_id
JOIN track t ON t.id = l.track_id
JOIN (VALUES (1, 'A', 'GET, POST, PUT and DELETE'), (1, 'B', 'Only POST'),
             (1, 'C', 'GET, plus HEAD and OPTIONS added automatically'), (1, 'D', 'Any method the client sends'),
             (2, 'A', 'A JSON body with status 201 Created'), (2, 'B', 'A JSON body with status 200 OK'),
             (2, 'C', 'A plain-text body with status 201 Created'), (2, 'D', 'An HTML error page with status 500'),
             (3, 'A', 'request.form'), (3, 'B', 'request.get_json()'), (3, 'C', 'request.files'), (3, 'D', 'request.args'))
     AS o (position, letter, label) ON o.position = q.position
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api';

INSERT INTO faq (lesson_id, position, question, answer)
SELECT l.id, f.position, f.question, f.answer
FROM lesson l JOIN track t ON t.id = l.track_id
CROSS JOIN (VALUES
    (1, 'Do I need an extension such as Flask-RESTful to build an API?',
        'No. Plain Flask routes that return dictionaries and status codes are enough for a complete REST API, and that is all this lesson uses. Extensions such as Flask-RESTful, Flask-RESTX or flask-smorest add class-based resources, request validation or generated OpenAPI documentation, which become useful as an API grows.'),
    (2, 'Can I use the built-in development server in production?',
        'No. The server started by flask run is meant for local development; it is not designed to be efficient, stable or secure under real traffic. In production, run your app with a WSGI server such as Gunicorn or Waitress, usually behind a reverse proxy like Nginx.')
) AS f (position, question, answer)
WHERE t.slug = 'python-backend' AND l.slug = 'flask-rest-api';
