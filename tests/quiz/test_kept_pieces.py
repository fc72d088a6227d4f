"""The question card's pieces kept per worker (quiz/fragments.py) and the templates' kept URLs
(``quizapp.template_url_for``), issue 15: a kept piece must show each learner exactly what
drawing it afresh would, whoever drew it first.
"""
from __future__ import annotations

import html
import re
from collections import Counter

import jinja2
import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.quiz.models import AttemptQuestion
from tests.helpers.app import HX, PASSWORD, csrf_token
from tests.helpers.quiz import all_topics, attempt_id_of, right_form, start_quiz, wrong_form


def _nav_links(page: str) -> list[str]:
    return re.findall(r'<li id="nav-q-\d+"[^>]*>\s*<a href="([^"]+)"', page)


def test_navigator_entries_link_to_their_own_attempt_and_state(client, app, auth):
    auth.create_and_login()
    first = attempt_id_of(start_quiz(client, app, count=4, types=["true_false"]))
    second = attempt_id_of(start_quiz(client, app, count=4, types=["true_false"]))
    client.post(f"/quiz/{first}/q/1", data=right_form(app, first, 1), headers=HX)
    client.get(f"/quiz/{first}/q/2")  # its entries are drawn and kept first

    page = client.get(f"/quiz/{second}/q/2").text
    assert _nav_links(page) == [f"/quiz/{second}/q/{n}" for n in (1, 2, 3, 4)]
    assert f"/quiz/{first}/" not in page
    assert 'class="nav-entry answered' not in page  # the first attempt's answer is its own
    assert "Question 2: not answered, current question" in page

    page = client.get(f"/quiz/{first}/q/3", headers=HX).text
    assert _nav_links(page) == [f"/quiz/{first}/q/{n}" for n in (1, 2, 3, 4)]
    assert 'id="nav-q-1" data-keep-focus class="nav-entry answered right"' in page
    assert "Question 3: not answered, current question" in page and "Question 2: not answered</span>" in page


def _shown_choices(page: str) -> list[str]:
    return [html.unescape(text.strip()) for text in re.findall(r'name="choice" value="\d+">\s*([^<]*?)\s*</label>', page)]


def test_question_inputs_follow_each_attempts_frozen_layout(client, app, auth):
    auth.create_and_login()
    attempts = [attempt_id_of(start_quiz(client, app, count=30, types=["single_choice"])) for _ in range(3)]
    with app.app_context():
        rows = db.session.execute(
            select(AttemptQuestion).where(AttemptQuestion.attempt_id.in_(attempts))
        ).scalars().all()
        expected = {
            (aq.attempt_id, aq.position): [aq.version.content["choices"][b]["text"] for b in aq.layout["choices"]] for aq in rows
        }
        layouts_by_version: dict[int, set[str]] = {}
        for aq in rows:
            layouts_by_version.setdefault(aq.question_version_id, set()).add(repr(aq.layout))
    # The same question in two attempts in different orders: a cache keyed without the layout
    # would show the second one the first one's order.
    assert any(len(layouts) > 1 for layouts in layouts_by_version.values())
    for (attempt_id, position), choices in sorted(expected.items()):
        headers = HX if position % 2 else {}
        assert _shown_choices(client.get(f"/quiz/{attempt_id}/q/{position}", headers=headers).text) == choices


@pytest.fixture
def inputs_drawn(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each question type's inputs template is rendered."""
    drawn: Counter[str] = Counter()
    original = jinja2.Template.render

    def counting(self, *args, **kwargs):
        if self.name and self.name.startswith("qtypes/"):
            drawn[self.name] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", counting)
    return drawn


def test_question_inputs_are_drawn_once_and_afresh_after_an_error(client, app, auth, inputs_drawn):
    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, types=["single_choice"]))
    from quizapp.quiz import fragments

    fragments.QUESTION_INPUTS.clear()
    first = client.get(f"/quiz/{attempt_id}/q/1").text
    again = client.get(f"/quiz/{attempt_id}/q/1", headers=HX).text
    assert inputs_drawn["qtypes/choices/question.html"] == 1
    assert _shown_choices(first) == _shown_choices(again) != []

    # Sent empty: the form comes back with the error, described by it, drawn afresh.
    refused = client.post(f"/quiz/{attempt_id}/q/1", data={}, headers=HX)
    assert refused.status_code == 422
    assert 'aria-describedby="answer-error"' in refused.text
    assert inputs_drawn["qtypes/choices/question.html"] == 2
    # The next plain page is the kept one again, with no trace of the error.
    page = client.get(f"/quiz/{attempt_id}/q/1").text
    assert 'aria-describedby="q-prompt"' in page and inputs_drawn["qtypes/choices/question.html"] == 2


def test_kept_urls_follow_the_apps_mount_point(client, app, auth):
    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, types=["true_false"]))
    plain = client.get(f"/quiz/{attempt_id}/q/1").text
    mounted = client.get(f"/quiz/{attempt_id}/q/1", base_url="http://localhost/school/").text
    assert 'href="/static/app.css"' in plain and "/school/" not in plain
    assert 'href="/school/static/app.css"' in mounted and 'href="/static/app.css"' not in mounted
    assert f'action="/school/quiz/{attempt_id}/q/1"' in mounted and 'href="/school/cards/"' in mounted
    assert _nav_links(mounted) == [f"/school/quiz/{attempt_id}/q/{n}" for n in (1, 2)]
    unmounted_again = client.get(f"/quiz/{attempt_id}/q/1").text
    assert 'href="/static/app.css"' in unmounted_again and "/school/" not in unmounted_again


def test_template_url_for_builds_what_url_for_builds(app):
    url_for = app.jinja_env.globals["url_for"]
    with app.test_request_context("/"):
        assert url_for("quiz.question", attempt_id=3, position=2) == "/quiz/3/q/2"
        assert url_for("quiz.question", attempt_id=4, position=2) == "/quiz/4/q/2"  # not the kept one
        assert url_for("static", filename="app.css", _external=True) == "http://localhost/static/app.css"
        assert url_for("bank.home", _anchor="top") == "/#top"
        assert url_for("quiz.new", topic=[1, 2]) == "/quiz/new?topic=1&topic=2"  # unhashable: built
    with app.app_context(), pytest.raises(RuntimeError):  # outside a request, as url_for: no SERVER_NAME
        url_for("quiz.new")


def _csrf(page: str) -> str:
    return csrf_token(page)


def test_a_sessions_signed_csrf_token_is_kept_and_accepted(tmp_path, template_db):
    import shutil

    from tests.helpers.app import make_app

    path = tmp_path / "csrf.sqlite"
    shutil.copy(template_db, path)
    app = make_app(path, tmp_path, WTF_CSRF_ENABLED=True)
    client = app.test_client()
    form = client.get("/quiz/new").text
    started = client.post("/quiz/new", data={
        "csrf_token": _csrf(form), "document": 1, "topics": all_topics(app), "count": 2, "types": ["true_false"],
        "mode": "practice", "focus": "all",
    })
    attempt_id = attempt_id_of(started.headers["Location"])
    first = client.get(f"/quiz/{attempt_id}/q/1").text
    token = _csrf(first)
    assert f'"X-CSRFToken": "{token}"' in first  # the layout's and the form's: one per request
    assert _csrf(client.get(f"/quiz/{attempt_id}/q/2", headers=HX).text) == token
    other = app.test_client()
    other_token = _csrf(other.get("/quiz/new").text)
    assert other_token != token  # another session, its own token
    forged = client.post(f"/quiz/{attempt_id}/q/2", data={"answer": "true", "csrf_token": other_token})
    assert forged.status_code == 400
    answered = client.post(f"/quiz/{attempt_id}/q/1", data={**right_form(app, attempt_id, 1), "csrf_token": token}, headers=HX)
    assert answered.status_code == 200 and 'id="feedback"' in answered.text


def test_a_partials_title_reads_what_the_context_processors_give(app):
    """``htmx.page_title`` skips the context processors when the page's own variables are all
    its title reads; a title that reads one of theirs still gets it."""
    from jinja2 import ChoiceLoader, DictLoader

    from quizapp.htmx import page_title

    app.jinja_loader = ChoiceLoader([  # type: ignore[misc]
        DictLoader({
            "own.html": '{% extends "layout.html" %}{% block title %}Hello {{ name }}{% endblock %}',
            "processed.html": '{% extends "layout.html" %}{% block title %}At {{ request.path }} {{ name }}{% endblock %}',
        }),
        app.jinja_loader,
    ])
    with app.test_request_context("/somewhere"):
        assert page_title("own.html", {"name": "Ana"}) == "Hello Ana · Quizapp"
        assert page_title("processed.html", {"name": "Ana"}) == "At /somewhere Ana · Quizapp"
        assert page_title("quiz/new.html", {}) == "New quiz · Quizapp"


def test_attempt_urls_are_what_url_for_builds_at_any_mount_point(app):
    from flask import url_for

    attempt_url = app.jinja_env.globals["attempt_url"]
    cases = [("quiz.question", 3), ("quiz.answer", 20), ("quiz.flag", 12), ("quiz.summary", None),
             ("quiz.results", None), ("quiz.finish", None)]
    for base_url in ("http://localhost/", "http://localhost/school/", "http://localhost/918273645/"):
        with app.test_request_context("/", base_url=base_url):
            for endpoint, position in cases:
                for attempt_id in (1, 42, 918273645):
                    values = {"attempt_id": attempt_id} | ({} if position is None else {"position": position})
                    assert attempt_url(endpoint, attempt_id, position) == url_for(endpoint, **values)
    with app.test_request_context("/", base_url="http://localhost/school/"):
        assert attempt_url("quiz.flag", 7, 2) == "/school/quiz/7/q/2/flag"


def test_the_navigators_summary_link_is_its_own_attempts(client, app, auth):
    auth.create_and_login()
    first = attempt_id_of(start_quiz(client, app, count=2, types=["true_false"]))
    second = attempt_id_of(start_quiz(client, app, count=2, types=["true_false"]))
    assert f'<a href="/quiz/{first}/summary">Summary and finish</a>' in client.get(f"/quiz/{first}/q/1").text
    page = client.get(f"/quiz/{second}/q/2", headers=HX).text
    assert f'<a href="/quiz/{second}/summary">Summary and finish</a>' in page and f"/quiz/{first}/" not in page
    summary = client.get(f"/quiz/{second}/summary").text
    assert "Summary and finish" not in summary  # the summary's own navigator has no link to itself
    assert _nav_links(summary) == [f"/quiz/{second}/q/{n}" for n in (1, 2)]


def test_the_layouts_kept_links_are_each_apps_and_each_visitors(app, client, auth, tmp_path):
    """The layout's links are kept per worker (``htmx.layout_piece``): two apps in one process
    with different script addresses each link their own; a visitor is offered Sign in and
    Register, a signed-in learner their account, as drawing the layout afresh would."""
    from quizapp import create_app

    visitor = client.get("/").text
    assert f'<script src="{app.config["HTMX_URL"]}"' in visitor
    assert '<a href="/auth/login">Sign in</a>\n          <a href="/auth/register">Register</a>' in visitor
    assert '<a class="brand" href="/">Quizapp</a>' in visitor and '<li><a href="/cards/">Flashcards</a></li>' in visitor
    other = create_app({
        "TESTING": True, "SECRET_KEY": "other", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'other.sqlite'}",
        "HTMX_URL": "https://example.org/htmx-other.js", "SORTABLE_URL": "https://example.org/sortable-other.js",
    })
    with other.app_context():
        db.create_all()
    page = other.test_client().get("/auth/login").text
    assert '<script src="https://example.org/htmx-other.js"' in page and "sortable-other.js" in page
    assert app.config["HTMX_URL"] not in page
    assert f'<script src="{app.config["HTMX_URL"]}"' in client.get("/auth/login").text  # the first app's own again
    auth.create_and_login()
    signed_in = client.get("/").text
    assert "Sign in</a>" not in signed_in and '<a href="/auth/account">Account</a>' in signed_in
    with other.app_context():
        db.engine.dispose()


def test_a_kept_question_card_shows_each_attempt_its_own_page(client, app, auth):
    """The unanswered card is kept per question version (quiz/fragments.py ``question_card``):
    another attempt holding the same version, at another place, flagged or not, sees what
    drawing its card afresh shows: its own addresses, position, counts and CSRF token."""
    from quizapp.quiz import fragments

    auth.create_and_login()
    first, second, third = (attempt_id_of(start_quiz(client, app, count=40, types=["true_false"])) for _ in range(3))
    with app.app_context():
        rows = db.session.execute(select(AttemptQuestion).where(AttemptQuestion.attempt_id.in_([first, second, third]))).scalars().all()
        places = {(aq.attempt_id, aq.question_version_id): aq.position for aq in rows}
    totals = Counter(aq.attempt_id for aq in rows)
    shared = [v for (a, v) in places if a == first and (second, v) in places and (third, v) in places]
    assert shared, "the attempts draw from the same bank"
    client.post(f"/quiz/{second}/q/1", data=right_form(app, second, 1), headers=HX)  # counts differ
    client.post(f"/quiz/{third}/q/{places[(third, shared[0])]}/flag", data={"csrf_token": csrf_token(client.get(f"/quiz/{third}/q/1").text), "flagged": "1"})

    pages = [(a, places[(a, v)]) for v in shared[:4] for a in (first, second, third) if places[(a, v)] != 1 or a != second]
    fragments.QUESTION_CARDS.clear()
    kept = {(a, p): (client.get(f"/quiz/{a}/q/{p}").text, client.get(f"/quiz/{a}/q/{p}", headers=HX).text) for a, p in pages}
    assert len(fragments.QUESTION_CARDS._pieces) < 2 * len(pages)  # some pages were the kept card
    for (attempt, position), (page, partial) in kept.items():
        fragments.QUESTION_CARDS.clear()
        assert client.get(f"/quiz/{attempt}/q/{position}").text == page
        assert client.get(f"/quiz/{attempt}/q/{position}", headers=HX).text == partial
        assert f'action="/quiz/{attempt}/q/{position}"' in partial and f"Question {position} of {totals[attempt]}" in partial
        assert f'action="/quiz/{attempt}/q/{position}/flag"' in partial
        assert 'id="feedback"' not in partial
    flagged = kept[(third, places[(third, shared[0])])][1]
    assert "Remove the flag" in flagged


def test_an_answered_question_is_not_the_kept_unanswered_card(client, app, auth):
    """Once answered, a question shows its feedback, not the card kept from before."""
    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=2, types=["true_false"]))
    before = client.get(f"/quiz/{attempt_id}/q/1", headers=HX).text
    client.post(f"/quiz/{attempt_id}/q/1", data=right_form(app, attempt_id, 1), headers=HX)
    after = client.get(f"/quiz/{attempt_id}/q/1", headers=HX).text
    assert 'id="feedback"' not in before and 'class="answer-form"' in before
    assert 'id="feedback"' in after and 'class="answer-form"' not in after and "Right!" in after


@pytest.fixture
def kept_pages(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each question page was served from kept pieces (``kept_question_page``), in order;
    the kept pieces cleared first."""
    from quizapp.quiz import fragments

    for pieces in (fragments.QUESTION_CARDS, fragments.QUESTION_INPUTS, fragments.PAGE_FRAMES):
        pieces.clear()
    served: list[bool] = []
    original = fragments.kept_question_page

    def recording(*args, **kwargs):
        page = original(*args, **kwargs)
        served.append(page is not None)
        return page

    monkeypatch.setattr(fragments, "kept_question_page", recording)
    return served


def _untokened(page: str) -> str:
    """The page with its CSRF token (signed with the time, under the tests' settings) as CSRF."""
    return page.replace(csrf_token(page), "CSRF")


def _retitle(app, attempt_id: int, title: str) -> None:
    from quizapp.quiz.models import Attempt

    with app.app_context():
        db.session.get(Attempt, attempt_id).title = title
        db.session.commit()


def test_a_page_from_kept_pieces_is_the_drawn_page_with_each_learners_values(client, app, auth, kept_pages):
    """The question page and its htmx region served from kept pieces are byte for byte the
    pages drawn by the templates, with this learner's name, this attempt's title (escaped),
    position, counts and CSRF token, whoever's page drew the pieces first."""
    from quizapp.quiz import fragments
    from tests.helpers.app import make_user

    auth.create_and_login("ana")
    client.get("/")  # shows "Signed in as ana."
    first = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    _retitle(app, first, 'Kings & "Queens" <i>of</i> Spain')
    drawn_full = client.get(f"/quiz/{first}/q/2").text
    kept_partial = client.get(f"/quiz/{first}/q/2", headers=HX).text
    kept_full = client.get(f"/quiz/{first}/q/2").text
    for pieces in (fragments.QUESTION_CARDS, fragments.PAGE_FRAMES):
        pieces.clear()
    drawn_partial = client.get(f"/quiz/{first}/q/2", headers=HX).text
    assert kept_pages == [False, True, True, False]
    assert _untokened(kept_full) == _untokened(drawn_full) and _untokened(kept_partial) == _untokened(drawn_partial)
    assert kept_full.count(csrf_token(kept_full)) == 4  # the layout's two (htmx, sign out), the answer's, the flag's
    assert "Kings &amp; &#34;Queens&#34; &lt;i&gt;of&lt;/i&gt; Spain" in kept_full
    assert "<title>Question 2 of 3 — Kings &amp; &#34;Queens&#34; &lt;i&gt;of&lt;/i&gt; Spain · Quizapp</title>" in kept_partial
    assert "<strong>ana</strong>" in kept_full

    other = app.test_client()
    make_user(app, "bruno")
    assert other.post("/auth/login", data={"username": "bruno", "password": PASSWORD}).status_code == 303
    other.get("/")
    second = attempt_id_of(start_quiz(other, app, count=3, types=["true_false"]))
    client.get(f"/quiz/{first}/q/1")  # ana's page keeps the frame of a signed-in learner's page
    # Bruno's quiz draws its questions at random and may share one whose card ana's pages kept:
    # forget the cards (not the frame), so his first page is drawn and his second is the kept one.
    fragments.QUESTION_CARDS.clear()
    kept_pages.clear()
    page = other.get(f"/quiz/{second}/q/1").text
    page = other.get(f"/quiz/{second}/q/1").text
    assert kept_pages == [False, True]
    assert "<strong>bruno</strong>" in page and "ana" not in _untokened(page) and "Kings" not in page  # a token may hold "ana"
    assert f'action="/quiz/{second}/q/1"' in page and f"/quiz/{first}/" not in page
    for pieces in (fragments.QUESTION_CARDS, fragments.PAGE_FRAMES):
        pieces.clear()
    assert _untokened(other.get(f"/quiz/{second}/q/1").text) == _untokened(page)


def test_a_waiting_message_or_a_template_listener_gets_the_drawn_page(client, app, auth, kept_pages):
    """A flashed message waiting is shown by the full page (drawn, as the layout shows it) and
    only once; the htmx region never shows it, kept or not. A listener of Flask's template
    signals hears every page, so with one connected the page is drawn."""
    from flask import template_rendered

    auth.create_and_login()
    attempt_id = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    client.get(f"/quiz/{attempt_id}/q/1")
    with client.session_transaction() as session:
        session["_flashes"] = [("info", "Your teacher moved the deadline.")]
    assert "moved the deadline" not in client.get(f"/quiz/{attempt_id}/q/1", headers=HX).text
    assert "moved the deadline" in client.get(f"/quiz/{attempt_id}/q/1").text
    assert "moved the deadline" not in client.get(f"/quiz/{attempt_id}/q/1").text
    assert kept_pages == [False, True, False, True]

    heard: list[str] = []

    def listener(sender, template, context, **extra):
        heard.append(template.name)

    with template_rendered.connected_to(listener, app):
        client.get(f"/quiz/{attempt_id}/q/1")
        client.get(f"/quiz/{attempt_id}/q/1", headers=HX)
    assert heard == ["quiz/question.html", "quiz/_question.html"]


def test_kept_question_json_stays_as_stored_after_pages_and_answers(client, app, auth):
    """A question's content and layout are decoded once per worker and shared by every request
    that reads the same text (services._json_value): nothing on the question page or the answer
    path may change them, or the next learner would be shown and graded on the changed value."""
    import json

    from quizapp.bank.models import QuestionVersion
    from quizapp.quiz import services

    auth.create_and_login()
    attempt = attempt_id_of(start_quiz(client, app, count=8))
    for position in range(1, 9):
        client.get(f"/quiz/{attempt}/q/{position}")
        client.get(f"/quiz/{attempt}/q/{position}", headers=HX)
        form = right_form(app, attempt, position) if position % 2 else wrong_form(app, attempt, position)
        client.post(f"/quiz/{attempt}/q/{position}", data=form, headers=HX if position % 3 else {})
        client.get(f"/quiz/{attempt}/q/{position}", headers=HX)
    with app.app_context():
        stored = db.session.execute(
            select(AttemptQuestion.__table__.c.layout, QuestionVersion.__table__.c.content)
            .select_from(AttemptQuestion.__table__.join(QuestionVersion.__table__))
            .where(AttemptQuestion.__table__.c.attempt_id == attempt)
        ).all()
        texts = [text for row in stored for text in (json.dumps(row.layout), json.dumps(row.content))]
        found = services.question_in_attempt(attempt, 1)
    assert found is not None and found.question.content == stored[0].content
    for text in texts:
        assert services._json_value(text) == json.loads(text)
    # The texts as SQLite stores them, read as the question statement reads them: kept values.
    with app.app_context():
        raw = db.session.connection().exec_driver_sql(
            "SELECT aq.layout, qv.content FROM attempt_question aq JOIN question_version qv ON qv.id = aq.question_version_id"
            " WHERE aq.attempt_id = ?", (attempt,)
        ).all()
    assert len(raw) == 8
    for layout, content in raw:
        assert services._json_value(layout) == json.loads(layout)
        assert services._json_value(content) == json.loads(content)
        assert services._json_value(content) is services._json_value(content)  # kept, not decoded again


def test_a_kept_page_with_text_beyond_ascii_is_the_drawn_page_in_utf8(client, app, auth, kept_pages):
    """A title beyond ASCII (accents, a symbol outside the first plane) in a page served from
    kept pieces: the same bytes as the drawn page, and a Content-Length that counts them."""
    from quizapp.quiz import fragments

    auth.create_and_login("núria")
    client.get("/")  # shows "Signed in as núria."
    first = attempt_id_of(start_quiz(client, app, count=3, types=["true_false"]))
    _retitle(app, first, "Año de los ríos 🌊 — ½")
    for headers in ({}, HX):
        for pieces in (fragments.QUESTION_CARDS, fragments.PAGE_FRAMES):
            pieces.clear()
        drawn = client.get(f"/quiz/{first}/q/2", headers=headers)
        kept = client.get(f"/quiz/{first}/q/2", headers=headers)
        assert _untokened(kept.text) == _untokened(drawn.text)
        assert "Año de los ríos 🌊 — ½" in kept.text
        assert int(kept.headers["Content-Length"]) == len(kept.data) == len(kept.text.encode())
    assert kept_pages[-2:] == [False, True]
