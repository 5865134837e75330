-- The third lesson of the python-backend track: "Django's MVT Pattern Compared with MVC".
-- It deepens the MVT section of "Introduction to Django" (position 2, added in V3).

INSERT INTO lesson (track_id, slug, title, summary, position, reading_minutes, docs_url, docs_label, updated_on)
SELECT id, 'django-mvc-mvt',
       'Django''s MVT Pattern Compared with MVC',
       'How Django''s Model-View-Template pattern maps onto MVC, and how a request travels from the URLconf to a view, model and template.',
       3, 4, 'https://docs.djangoproject.com/en/stable/topics/http/views/', 'Django documentation: Writing views', DATE '2026-11-10'
FROM track WHERE slug = 'python-backend';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'mvc-in-a-nutshell', 'MVC in a Nutshell', 1,
'Model-View-Controller (MVC) splits an application into three roles so that each can change independently:

- The **model** owns the data and its rules, such as how a book is stored and what makes it valid.
- The **view** presents that data to the user, for example as an HTML page.
- The **controller** receives the user''s input, asks the model for data and picks the view that shows the result.

The pattern comes from Smalltalk desktop applications of the late 1970s. On the web, the input is an HTTP request and the output an HTTP response, and frameworks such as Ruby on Rails and Spring MVC use these names. Django keeps the same separation but labels the parts differently, which often confuses newcomers.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'how-mvt-names-map-to-mvc-roles', 'How MVT Names Map to MVC Roles', 2,
'In Django''s Model-View-Template (MVT) pattern the model is what you would expect. The surprise is the word "view":

| MVC role | Django name | What it is in Django |
|---|---|---|
| Model | Model | A Python class in `models.py` that the ORM maps to a database table |
| View (presentation) | Template | A file with template tags that decides how the data looks |
| Controller | View, with the URLconf | A function or class in `views.py` that handles the request and chooses the response |

Django''s FAQ explains the reasoning: a view describes *which* data the user sees, while the template describes *how* it is shown. Most of a controller''s dispatching is done by the framework, which routes each request to a view using your URL configuration. So when a Django developer says "view", think "the code that handles a request", not "the HTML".'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'following-a-request-through-django', 'Following a Request Through Django', 3,
'Let us follow a request for `/books/7/` from arrival to response:

1. **Handler and middleware.** The application server (Gunicorn, Uvicorn or the development server) hands the request to Django through WSGI or ASGI. Django builds an `HttpRequest` and passes it through the middleware in `settings.MIDDLEWARE`, such as sessions and CSRF protection.
2. **URLconf.** Django tries the `urlpatterns` of the module named by `ROOT_URLCONF` in order. The first match wins, and captured values such as `book_id=7` become keyword arguments.
3. **View.** Django calls the matching view with the request and those arguments.
4. **Model.** The view asks the model layer for data, for example `Book.objects.get(pk=7)`, and the ORM turns that into SQL.
5. **Template.** The view passes the data to a template, which renders the HTML.
6. **Response.** The view returns an `HttpResponse`, which travels back out through the middleware to the client.

If no pattern matches, no view runs and Django answers with a 404.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'models-views-and-templates-in-code', 'Models, Views and Templates in Code', 4,
'Here are the pieces behind that request, trimmed to essentials. The model, in `models.py`:

```python
class Book(models.Model):
    title = models.CharField(max_length=200)
```

The URL pattern, in `urls.py`, and the view, in `views.py`:

```python
path("books/<int:book_id>/", views.book_detail)

def book_detail(request, book_id):
    book = get_object_or_404(Book, pk=book_id)
    return render(request, "books/detail.html", {"book": book})
```

`get_object_or_404` fetches the row or raises `Http404`. `render` loads the template, fills it with the context dictionary and returns an `HttpResponse`. The template `books/detail.html` only has to print `{{ book.title }}` inside its markup.

Each piece has one job: the model knows the data, the view decides what to fetch and which response to send, and the template decides how it looks.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt';

INSERT INTO section (lesson_id, anchor, heading, position, body)
SELECT l.id, 'where-the-controller-really-lives', 'Where the Controller Really Lives', 5,
'If the view plays the controller role, why not call it a controller? Because in Django the controller job is split in two. Receiving requests, running middleware, matching URLs and dispatching is framework machinery that you configure rather than write. The part you do write, deciding what a URL returns, is the view.

That split suggests a few habits:

- Put business rules in models or small service functions, so views, the admin and management commands can share them.
- Keep views thin: read the input, call the model layer, choose a response.
- Keep templates to loops, conditions and formatting; the template language is deliberately limited to encourage this.

Once you read "view" as "the code that handles a request", Django''s MVT and classic MVC describe the same architecture with different labels.'
FROM lesson l JOIN track t ON t.id = l.track_id
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 1, 'In classic MVC terms, which role does a Django view mostly play?', 'B',
       'A Django view receives the request, fetches data through the models and chooses the response, which is controller work. Presentation belongs to the template.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt' AND s.anchor = 'how-mvt-names-map-to-mvc-roles';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 2, 'When a request for /books/7/ arrives, what decides which view handles it?', 'A',
       'Django checks the urlpatterns of the module named by ROOT_URLCONF in order, and the first matching pattern selects the view.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt' AND s.anchor = 'following-a-request-through-django';

INSERT INTO quiz_question (lesson_id, position, prompt, correct_letter, explanation, section_id)
SELECT l.id, 3, 'What does render(request, "books/detail.html", {"book": book}) return?', 'D',
       'render loads the template, fills it with the context dictionary and wraps the resulting text in an HttpResponse that the view can return.',
       s.id
FROM lesson l JOIN track t ON t.id = l.track_id JOIN section s ON s.lesson_id = l.id
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt' AND s.anchor = 'models-views-and-templates-in-code';

INSERT INTO quiz_option (question_id, letter, label)
SELECT q.id, o.letter, o.label
FROM quiz_question q
JOIN lesson l ON l.id = q.lesson_id
JOIN track t ON t.id = l.track_id
JOIN (VALUES (1, 'A', 'The model'), (1, 'B', 'The controller'),
             (1, 'C', 'The presentation layer that formats HTML'), (1, 'D', 'The database driver'),
             (2, 'A', 'The urlpatterns in the URLconf named by ROOT_URLCONF'), (2, 'B', 'The file name of the template'),
             (2, 'C', 'The name of the model''s database table'), (2, 'D', 'The order in which views are defined in views.py'),
             (3, 'A', 'The template source as a string'), (3, 'B', 'A Book model instance'),
             (3, 'C', 'The context dictionary, unchanged'), (3, 'D', 'An HttpResponse whose body is the rendered template'))
     AS o (position, letter, label) ON o.position = q.position
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt';

INSERT INTO faq (lesson_id, position, question, answer)
SELECT l.id, f.position, f.question, f.answer
FROM lesson l JOIN track t ON t.id = l.track_id
CROSS JOIN (VALUES
    (1, 'So is Django an MVC framework or not?',
        'In spirit, yes: it separates data, request handling and presentation just as MVC does. It only uses different names. What MVC calls the view is a Django template, and what MVC calls the controller is mostly a Django view, with the framework''s URL dispatching doing the rest. Django''s own FAQ suggests the label MTV, for model, template and view.'),
    (2, 'Can a Django view return JSON instead of rendering a template?',
        'Yes. A view only has to return an HttpResponse, and JsonResponse is a subclass that serializes a dictionary to JSON. The template step simply disappears, which is common in APIs. For larger APIs, Django REST Framework adds serializers and API views on top of the same URLconf-to-view flow.')
) AS f (position, question, answer)
WHERE t.slug = 'python-backend' AND l.slug = 'django-mvc-mvt';
