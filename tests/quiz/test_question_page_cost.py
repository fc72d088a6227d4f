"""What keeps the question page and the answer's fragment cheap to render (issue 15): guards on
the work a render does, not timings (the machines are too noisy for those).

- No Jinja ``Undefined`` is escaped while drawing the question card: a bare ``x if y`` in a
  template yields one when ``y`` is false, and escaping it costs an exception; the navigator did
  it three times per question (tests/benchmarks/instructions_per_request.py counts the cost).
- The Finish form is built only where the card shows it.
- Templates' globals (``quizapp.TemplateGlobals``) are a plain dict (copied in C for every
  context) and still see the environment's globals, as the ChainMap Jinja makes by default does.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import jinja2.runtime
import pytest

from tests.helpers.app import HX, csrf_token
from tests.helpers.quiz import all_topics, attempt_id_of, right_form, start_quiz, wrong_form


@pytest.fixture
def undefined_made(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """How many Undefined values the templates make, by the name they stand for."""
    made: Counter[str] = Counter()
    original = jinja2.runtime.Undefined.__init__

    def counting(self, hint=None, obj=jinja2.runtime.missing, name=None, exc=jinja2.exceptions.UndefinedError):
        made[str(name)] += 1
        original(self, hint, obj, name, exc)

    monkeypatch.setattr(jinja2.runtime.Undefined, "__init__", counting)
    yield made


def test_question_pages_make_no_undefined(client, app, auth, undefined_made):
    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=12, types=["single_choice", "true_false"]))
    for position in (1, 2, 3):  # answered: the navigator shows marks, the card its feedback
        form = right_form(app, attempt_id, position) if position != 2 else wrong_form(app, attempt_id, position)
        client.post(f"/quiz/{attempt_id}/q/{position}", data=form, headers=HX)
    client.post(f"/quiz/{attempt_id}/q/5/flag", data={"flagged": "1"}, headers=HX)
    undefined_made.clear()
    full = client.get(f"/quiz/{attempt_id}/q/4")
    partial = client.get(f"/quiz/{attempt_id}/q/6", headers=HX)
    answered = client.post(f"/quiz/{attempt_id}/q/4", data=right_form(app, attempt_id, 4), headers=HX)
    assert full.status_code == partial.status_code == answered.status_code == 200
    assert 'class="nav-entry answered right"' in answered.text and 'class="nav-entry flagged"' in partial.text
    assert 'class="sources"' in answered.text  # the cited paragraphs' list, whose last comma made one
    assert not undefined_made, undefined_made


def test_finish_form_only_where_the_card_offers_it(client, app, auth, monkeypatch):
    from quizapp.auth import forms

    built: list[object] = []
    original = forms.EmptyForm.__init__

    def counting(self, *args, **kwargs):
        built.append(self)
        original(self, *args, **kwargs)

    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, types=["true_false"]))
    monkeypatch.setattr(forms.EmptyForm, "__init__", counting)
    first = client.get(f"/quiz/{attempt_id}/q/1", headers=HX)
    assert "See my results" not in first.text and built == []
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1), headers=HX)
    last = client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2), headers=HX)
    assert f'action="/quiz/{attempt_id}/finish"' in last.text and "See my results" in last.text
    assert len(built) == 1


def test_template_globals_are_the_environments(app):
    template = app.jinja_env.from_string("{{ late_global }}")
    assert isinstance(template.globals, dict) and "url_for" in template.globals  # copied in C
    app.jinja_env.globals["late_global"] = "seen"  # added after the template was made
    assert {"late_global", "url_for"} <= template.globals.keys()  # as Jinja's imports ask
    assert template.render() == "seen"
    app.jinja_env.globals.update(late_global="replaced")
    assert template.render() == "replaced"
    template.globals["late_global"] = "the template own"  # over the environment's, as before
    app.jinja_env.globals["late_global"] = "replaced again"
    assert template.render() == "the template own"
    del app.jinja_env.globals["late_global"]
    assert app.jinja_env.from_string("{{ late_global is defined }}").render() == "False"


def test_a_question_page_holds_one_connection_at_a_time(client, app, auth):
    """The question GET reads its one statement on the request's one connection (a kept page
    checks out exactly one); a page that reads more (an answered question's cited passages)
    never holds two at once, and every one is returned."""
    from sqlalchemy import event

    from quizapp.extensions import db

    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["single_choice", "true_false"]))
    client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1), headers=HX)
    held: list[int] = [0]
    most: list[int] = [0]
    checkouts: list[int] = [0]

    def checked_out(*_: object) -> None:
        held[0] += 1
        checkouts[0] += 1
        most[0] = max(most[0], held[0])

    def checked_in(*_: object) -> None:
        held[0] -= 1

    with app.app_context():
        pool = db.engine.pool
    event.listen(pool, "checkout", checked_out)
    event.listen(pool, "checkin", checked_in)
    try:
        for headers in ({}, HX):
            client.get(f"/quiz/{attempt_id}/q/2", headers=headers)  # drawn once, then from kept pieces
            checkouts[0] = 0
            page = client.get(f"/quiz/{attempt_id}/q/2", headers=headers)
            assert page.status_code == 200 and ('name="choice"' in page.text or 'name="answer"' in page.text)
            assert checkouts[0] == 1
            answered = client.get(f"/quiz/{attempt_id}/q/1", headers=headers)
            assert answered.status_code == 200 and 'class="sources"' in answered.text
        assert most[0] == 1 and held[0] == 0
    finally:
        event.remove(pool, "checkout", checked_out)
        event.remove(pool, "checkin", checked_in)


class MissingNames(list[str]):
    watch: Any


@pytest.fixture
def missing_names(monkeypatch: pytest.MonkeyPatch) -> MissingNames:
    """The names a ``BadRequestKeyError`` was made for (how Werkzeug's ``Headers`` and
    ``MultiDict`` say "missing"); collected only while ``missing_names.app`` runs a request
    (not while the test client builds it)."""
    from werkzeug.exceptions import BadRequestKeyError

    made = MissingNames()
    original = BadRequestKeyError.__init__
    inside = [False]

    def counting(self, arg=None, *args, **kwargs):
        if inside[0]:
            made.append(str(arg))
        original(self, arg, *args, **kwargs)

    def watched(app):
        wsgi_app = app.wsgi_app

        def running(environ, start_response):
            inside[0] = True
            try:
                return wsgi_app(environ, start_response)
            finally:
                inside[0] = False

        monkeypatch.setattr(app, "wsgi_app", running)

    monkeypatch.setattr(BadRequestKeyError, "__init__", counting)
    made.watch = watched
    return made


def test_a_kept_question_page_finds_missing_headers_without_exceptions(client, app, auth, missing_names):
    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    client.get(f"/quiz/{attempt_id}/q/2")  # drawn: the kept pieces made
    client.get(f"/quiz/{attempt_id}/q/2", headers=HX)
    missing_names.watch(app)
    full = client.get(f"/quiz/{attempt_id}/q/2")
    partial = client.get(f"/quiz/{attempt_id}/q/2", headers=HX)
    assert full.status_code == partial.status_code == 200
    assert partial.headers["Vary"] == "HX-Request, HX-Request-Type, Cookie" and "Content-Security-Policy" in partial.headers
    assert missing_names == [], " ".join(missing_names)


def test_response_headers_answer_as_werkzeugs_headers():
    from werkzeug.datastructures import Headers

    from quizapp import ResponseHeaders

    items = [("Content-Type", "text/html"), ("X-Count", "12"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]
    ours, theirs = ResponseHeaders(items), Headers(items)
    for name in ("content-type", "X-COUNT", "set-cookie", "Vary", "x-missing", ""):
        assert (name in ours) == (name in theirs), name
        assert ours.get(name) == theirs.get(name), name
        assert ours.get(name, "default") == theirs.get(name, "default"), name
        assert ours.get(name, -1, type=int) == theirs.get(name, -1, type=int), name
    assert list(ours) == list(theirs) and ours.getlist("Set-Cookie") == ["a=1", "b=2"]
    assert isinstance(app_response_headers(), ResponseHeaders)


def app_response_headers():
    from quizapp import create_app

    return create_app({"TESTING": True, "SECRET_KEY": "headers", "SQLALCHEMY_DATABASE_URI": "sqlite://"}).response_class("x").headers


def test_a_kept_question_page_escapes_only_its_own_values(client, app, auth, monkeypatch):
    """A page from kept pieces writes its addresses from patterns escaped when they were kept:
    what it escapes is the attempt's title, its mode and the CSRF token (and a learner's name)."""
    from quizapp.quiz import fragments

    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    client.get(f"/quiz/{attempt_id}/q/1")  # shows the sign-in's flashed message: drawn
    drawn = client.get(f"/quiz/{attempt_id}/q/2").text
    escaped: list[str] = []
    original = fragments.escape

    def counting(value):
        escaped.append(str(value))
        return original(value)

    monkeypatch.setattr(fragments, "escape", counting)
    kept = client.get(f"/quiz/{attempt_id}/q/2").text
    assert kept == drawn.replace(csrf_token(drawn), csrf_token(kept))
    assert f'action="/quiz/{attempt_id}/q/2"' in kept and f'href="/quiz/{attempt_id}/q/3"' in kept
    assert len(escaped) <= 4 and not any(value.startswith("/quiz/") for value in escaped), escaped


def test_a_kept_question_page_reads_its_user_and_clock_without_flasks_proxies(client, app, auth, monkeypatch):
    """The user is loaded once and then read from ``g`` (``extensions.request_user``), and the
    clock's setting from the app of the context (``timeutil.app_now``): no ``current_user`` or
    ``current_app`` lookup on a kept page, which runs every request of a class."""
    import flask_login.utils

    from quizapp import timeutil

    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    client.get(f"/quiz/{attempt_id}/q/1")  # drawn (and the sign-in's flashed message shown)
    client.get(f"/quiz/{attempt_id}/q/2", headers=HX)
    asked: list[str] = []
    load_user = flask_login.utils._get_user

    def counting_user():
        asked.append("current_user")
        return load_user()

    class CountingApp:
        def __getattr__(self, name):
            asked.append("current_app")
            return getattr(flask.current_app._get_current_object(), name)

    import flask

    monkeypatch.setattr(flask_login.utils, "_get_user", counting_user)
    monkeypatch.setattr(timeutil, "current_app", CountingApp())
    page = client.get(f"/quiz/{attempt_id}/q/2", headers=HX)
    assert page.status_code == 200 and 'class="answer-form"' in page.text
    assert asked == []


def test_the_question_statement_finds_its_compiled_form_without_hashing_its_key(client, app, auth, monkeypatch):
    """The question page's and the answer's one SELECT is built once; SQLAlchemy finds its
    compiled form by the statement's cache key, a nested tuple of about a thousand parts hashed
    anew at every execution (about 5 µs, issue 15). The statement keeps its compiled form by the
    key's identity instead: neither a page nor an answer looks it up in the engine's cache,
    and both still read the question."""
    from quizapp.extensions import db
    from quizapp.quiz import services

    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["single_choice", "true_false"]))
    with app.app_context():
        engine_cache = db.engine._compiled_cache
    question_key = services._question_statement()._generate_cache_key().key
    looked_up: list[str] = []
    original_get = type(engine_cache).get

    def counting_get(self, key, *default):
        looked_up.append("question statement" if key[1] is question_key else "other")
        return original_get(self, key, *default)

    monkeypatch.setattr(type(engine_cache), "get", counting_get)
    for headers in ({}, HX):
        page = client.get(f"/quiz/{attempt_id}/q/2", headers=headers)
        assert page.status_code == 200 and ('name="choice"' in page.text or 'name="answer"' in page.text)
    assert looked_up == []
    answered = client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2), headers=HX)
    assert answered.status_code == 200 and 'class="nav-entry answered right"' in answered.text
    again = client.get(f"/quiz/{attempt_id}/q/2")
    assert again.status_code == 200 and 'name="choice"' not in again.text and 'name="answer"' not in again.text
    assert "question statement" not in looked_up


def test_an_answers_feedback_reads_its_passages_without_rewriting_the_statement(client, app, auth, monkeypatch):
    """The feedback on an answer shows the paragraphs the question cites: a statement with
    ``number IN (…)``. Written with an "expanding" parameter, SQLAlchemy rewrote its SQL text
    for the list at every execution (about 12 µs an answer, issue 15); a question cites a few
    paragraphs, so the statement for that many is built once and only bound. The feedback still
    shows every cited paragraph."""
    from sqlalchemy.sql import compiler

    rewritten: list[object] = []
    original = compiler.SQLCompiler._process_parameters_for_postcompile

    def counting(self, *args, **kwargs):
        rewritten.append(self.string)
        return original(self, *args, **kwargs)

    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["single_choice", "true_false"]))
    monkeypatch.setattr(compiler.SQLCompiler, "_process_parameters_for_postcompile", counting)
    answered = client.post(f"/quiz/{attempt_id}/q/1", data=wrong_form(app, attempt_id, 1), headers=HX)
    assert answered.status_code == 200 and 'class="sources"' in answered.text
    page = client.get(f"/quiz/{attempt_id}/q/1")
    assert page.status_code == 200 and 'class="sources"' in page.text
    assert rewritten == []


def test_source_passages_reads_every_cited_paragraph_once_in_order(app):
    from sqlalchemy import select

    from quizapp.bank.models import SourceParagraph
    from quizapp.bank.services import source_passages
    from quizapp.extensions import db

    with app.app_context():
        document_id, *_ = db.session.execute(select(SourceParagraph.document_id)).first()
        numbers = list(db.session.execute(
            select(SourceParagraph.number).where(SourceParagraph.document_id == document_id).order_by(SourceParagraph.number)
        ).scalars())
        assert len(numbers) > 20
        for cited in ([numbers[4]], [numbers[7], numbers[2]], [numbers[3], numbers[3], numbers[1]], numbers[:12], numbers):
            rows = source_passages(document_id, cited)
            assert [row.number for row in rows] == sorted(set(cited))
            assert all(row.text for row in rows)
        assert source_passages(document_id, []) == [] and source_passages(None, numbers[:2]) == []


def test_the_finish_form_writes_the_sessions_kept_csrf_token(tmp_path, template_db, monkeypatch):
    """The Finish form (on the last answer's feedback and every page of an attempt all answered)
    writes the session's token as every other form of the page does: signed once per session
    and worker (``quizapp.kept_csrf_token``), not signed anew by Flask-WTF for each page (an
    HMAC, a JSON dump and a timestamp, about a tenth of such a page, issue 15)."""
    import re
    import shutil

    from itsdangerous import URLSafeTimedSerializer

    from tests.helpers.app import make_app

    path = tmp_path / "csrf.sqlite"
    shutil.copy(template_db, path)
    app = make_app(path, tmp_path, WTF_CSRF_ENABLED=True)
    client = app.test_client()

    def token_of(page: str) -> str:
        tokens = set(re.findall(r'name="csrf_token"[^>]*value="([^"]+)"', page))
        assert len(tokens) == 1, tokens  # every form of the page writes the same one
        return tokens.pop()

    started = client.post("/quiz/new", data={
        "csrf_token": token_of(client.get("/quiz/new").text), "document": 1, "topics": all_topics(app), "count": 2,
        "types": ["true_false"], "mode": "practice", "focus": "all",
    })
    attempt_id = attempt_id_of(started.headers["Location"])
    token = token_of(client.get(f"/quiz/{attempt_id}/q/1").text)
    client.post(f"/quiz/{attempt_id}/q/1", data={**right_form(app, attempt_id, 1), "csrf_token": token}, headers=HX)
    signed: list[object] = []
    original = URLSafeTimedSerializer.dumps

    def counting(self, *args, **kwargs):
        signed.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(URLSafeTimedSerializer, "dumps", counting)
    last = client.post(f"/quiz/{attempt_id}/q/2", data={**right_form(app, attempt_id, 2), "csrf_token": token}, headers=HX)
    again = client.get(f"/quiz/{attempt_id}/q/1", headers=HX)
    for page in (last, again):
        assert page.status_code == 200 and f'action="/quiz/{attempt_id}/finish"' in page.text
        assert token_of(page.text) == token
    assert signed == []
    finished = client.post(f"/quiz/{attempt_id}/finish", data={"csrf_token": token})
    assert finished.status_code == 303


def test_an_answers_card_builds_its_addresses_without_flasks_proxies(client, app, auth, monkeypatch):
    """The answered card drawn after an answer writes its attempt's addresses (the answer form,
    the flag, previous and next, the navigator) through ``fragments.attempt_url``: each found
    its mount point and URL-default callbacks through the request and app proxies (about eight
    addresses an answer, issue 15). The request context gives both; the addresses are the same."""
    from quizapp.quiz import fragments

    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1), headers=HX)  # drawn once
    asked: list[str] = []

    class Counting:
        def __init__(self, name, real):
            self._name, self._real = name, real

        def __getattr__(self, attribute):
            asked.append(f"{self._name}.{attribute}")
            return getattr(self._real._get_current_object(), attribute)

    import flask

    monkeypatch.setattr(fragments, "request", Counting("request", flask.request), raising=False)
    monkeypatch.setattr(fragments, "current_app", Counting("current_app", flask.current_app))
    card = client.post(f"/quiz/{attempt_id}/q/2", data=right_form(app, attempt_id, 2), headers=HX)
    assert card.status_code == 200
    assert [name for name in asked if name in ("current_app.url_default_functions", "request.script_root")] == []
    assert f'action="/quiz/{attempt_id}/q/2/flag"' in card.text
    assert f'href="/quiz/{attempt_id}/q/3"' in card.text and f'href="/quiz/{attempt_id}/q/1"' in card.text
