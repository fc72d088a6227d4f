"""In Chromium: a teacher's projector and three students' phones, each in its own browser
context, play a three-question live game over the event stream. One phone reloads mid-game
and lands on the current question with its answer kept; the set's results page and CSV show
what the phones showed; axe-core finds nothing serious on the projector or a phone; a phone
320 px wide needs no sideways scrolling.

The polling fallbacks (phones every few seconds, the projector's activity every second) are
switched off here: every stage, join and answer count must come by the event streams."""
from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest

from quizapp.bank.models import QuestionVersion
from quizapp.extensions import db
from quizapp.live.models import LiveSession
from tests.helpers.app import make_user
from tests.helpers.browser import expect, sign_in
from tests.helpers.sets import make_set, question_ids

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 320, "height": 640}}
# Counts, from the page's first script on (a DevTools init script, not blocked by the CSP),
# the messages htmx's SSE extension swaps in: in window.sseMessages, per page load.
COUNT_SSE_MESSAGES = """
window.sseMessages = 0;
document.addEventListener('htmx:sse:after:message', () => { window.sseMessages += 1; });
"""


@pytest.fixture
def events_only(monkeypatch):
    """No polling fallback: what the pages show must come by their event streams."""
    from quizapp.live import views

    monkeypatch.setattr(views, "POLL_SECONDS", 0)
    monkeypatch.setattr(views, "ACTIVITY_POLL_SECONDS", 0)


def right_option(app, session_id: int) -> str:
    """The text of the right option of the open question (choices are not shuffled live)."""
    with app.app_context():
        session = db.session.get(LiveSession, session_id)
        content = db.session.get(QuestionVersion, session.version_ids[session.position - 1]).content
    if content["type"] == "true_false":
        return "True" if content["answer"] else "False"
    return next(c["text"] for c in content["choices"] if c["correct"])


def wrong_option(app, session_id: int) -> str:
    with app.app_context():
        session = db.session.get(LiveSession, session_id)
        content = db.session.get(QuestionVersion, session.version_ids[session.position - 1]).content
    if content["type"] == "true_false":
        return "False" if content["answer"] else "True"
    return next(c["text"] for c in content["choices"] if not c["correct"])


def tap(phone: Any, text: str) -> None:
    phone.locator("#live-stage button.live-option", has_text=re.compile(f"^{re.escape(text)}$")).click()
    expect(phone.locator("#live-stage")).to_contain_text("Answer sent")


def test_a_live_game_on_a_projector_and_three_phones(app, page, new_page, axe, events_only):
    teacher_id = make_user(app, "teacher")
    set_id = make_set(app, teacher_id, question_ids(app, "single_choice", 2) + question_ids(app, "true_false", 1))
    names = ["ana", "ben", "cy"]
    for name in names:
        make_user(app, name)

    projector = page
    projector.add_init_script(COUNT_SSE_MESSAGES)
    sign_in(projector, "teacher")
    projector.goto(f"/sets/{set_id}")
    projector.get_by_role("button", name="Start live session").click()
    expect(projector.locator(".live-code")).to_be_visible()
    code = projector.locator(".live-code").inner_text().strip()
    session_id = int(re.search(r"/live/sessions/(\d+)", projector.url).group(1))

    phones = {}
    for name in names:
        phone = new_page(**PHONE)
        phone.add_init_script(COUNT_SSE_MESSAGES)
        sign_in(phone, name)
        phone.goto("/live")
        phone.get_by_label("Code on the screen").fill(code.lower())
        phone.get_by_role("button", name="Join").click()
        expect(phone.get_by_label("Your name")).to_have_value(name)  # the account's name by default
        phone.get_by_role("button", name="Join the game").click()
        expect(phone.locator("#live-stage")).to_contain_text("You're in!")
        assert phone.locator("#live-stage [hx-trigger^=every]").count() == 0  # no polling here
        phones[name] = phone
    # the joins reach the projector by its activity stream (no polling: nothing else asks)
    expect(projector.locator("#live-activity")).to_contain_text("3 players have joined")
    assert projector.locator("#live-activity [hx-trigger^=every]").count() == 0
    assert axe(projector) == []
    assert axe(phones["ana"]) == []

    # who answers right, per question: the phones must say so, and the results must agree
    plan = {"ana": [True, True, True], "ben": [True, False, False], "cy": [False, None, True]}
    seen_right = dict.fromkeys(names, 0)
    for question in range(3):
        projector.get_by_role("button", name="Start the game" if question == 0 else re.compile("Next question|Finish the game")).click()
        expect(projector.locator("#projector-stage")).to_contain_text(f"Question {question + 1} of 3")
        for phone in phones.values():  # the event stream brings the question to every phone
            expect(phone.locator("#live-stage")).to_contain_text(f"Question {question + 1} of 3")
        right, wrong = right_option(app, session_id), wrong_option(app, session_id)
        for name in names:
            if plan[name][question] is not None:
                tap(phones[name], right if plan[name][question] else wrong)
        if question == 1:
            # ben's phone reloads (a locked phone, a lost network): back at question 2, answer kept
            phones["ben"].reload()
            expect(phones["ben"].locator("#live-stage")).to_contain_text("Question 2 of 3")
            expect(phones["ben"].locator("#live-stage")).to_contain_text("Answer sent")
        answered = sum(1 for name in names if plan[name][question] is not None)
        expect(projector.locator("#live-activity")).to_contain_text(f"{answered} of 3 answered")
        projector.get_by_role("button", name="Show the answers").click()
        expect(projector.locator("#projector-stage p.qtype")).to_contain_text(f"{answered} of 3 answered")
        for name in names:
            stage = phones[name].locator("#live-stage")
            expected = {True: "Right!", False: "Not quite", None: "No answer this time"}[plan[name][question]]
            expect(stage.locator("h1")).to_have_text(expected)
            if plan[name][question]:
                seen_right[name] += 1
        if question == 0:
            assert axe(phones["cy"]) == []
            assert axe(projector) == []
    projector.get_by_role("button", name="Finish the game").click()
    expect(projector.locator("#projector-stage")).to_contain_text("Final standings")
    for name in names:
        expect(phones[name].locator("#live-stage h1")).to_have_text("Game over")
    # Every stage came by the event stream: 3 questions, 3 reveals and the end (ben's page
    # counts from its reload: question 2's reveal, question 3, its reveal and the end).
    counts = {name: phones[name].evaluate("window.sseMessages") for name in names}
    assert counts["ana"] >= 7 and counts["cy"] >= 7 and counts["ben"] >= 4, counts
    # a phone 320 px wide never scrolls sideways
    for phone in phones.values():
        assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    assert all(not phone.problems.errors for phone in phones.values()), [p.problems.errors for p in phones.values()]
    assert not projector.problems.errors, projector.problems.errors

    # the set's results and its CSV show the same scores as the phones
    projector.goto(f"/sets/{set_id}/results")
    for name in names:
        expect(projector.locator("table").first).to_contain_text(name)
    export = projector.request.get(f"/sets/{set_id}/export/wide.csv")
    rows = list(csv.DictReader(io.StringIO(export.body().decode("utf-8-sig"))))
    scores = {row["Student"]: float(row["Score"]) for row in rows}
    assert scores == {name: float(count) for name, count in seen_right.items()}
    assert {row["Out of"] for row in rows} == {"3"}


def test_a_phone_without_javascript_joins_answers_and_follows_the_room(app, nojs_page):
    """Plain forms and a page that reloads itself while there is nothing to answer."""
    from tests.helpers.live import act, start

    from tests.helpers.sets import T0

    app.config["CLOCK"] = lambda: T0  # the server's clock stands still: the question stays open
    teacher_id = make_user(app, "teacher")
    set_id = make_set(app, teacher_id, question_ids(app, "single_choice", 2))
    session_id = start(app, set_id)
    with app.app_context():
        code = db.session.get(LiveSession, session_id).code
    phone = nojs_page
    phone.goto(f"/live?code={code}")  # the plain GET form's address
    phone.get_by_label("Your name").fill("Nojs")
    phone.get_by_role("button", name="Join the game").click()
    expect(phone.locator("#live-stage")).to_contain_text("You're in!")
    assert phone.locator('noscript').count() >= 1  # <meta http-equiv="refresh"> inside <noscript>
    act(app, session_id, "next", T0)
    # the lobby page reloads itself within 3 s and shows the question
    expect(phone.locator("#live-stage")).to_contain_text("Question 1 of 2", timeout=8000)
    phone.locator("#live-stage button.live-option", has_text=re.compile(f"^{re.escape(right_option(app, session_id))}$")).click()
    expect(phone.locator("#live-stage")).to_contain_text("Answer sent")
    assert phone.url.endswith(f"/live/{code}/play")  # 303 back to the page
    act(app, session_id, "reveal", T0)
    expect(phone.locator("#live-stage h1")).to_have_text("Right!", timeout=8000)


def test_a_phone_whose_event_extension_arrives_late_still_follows_the_room_by_events(app, new_page, events_only):
    """htmx starts itself on a timer; when the SSE extension (a later deferred script, from the
    CDN) arrives after that, htmx has processed the page without it: static/live.js has the
    extension connect the stream anyway. Polling is off, so only the stream can move the page."""
    import time

    from quizapp.config import HTMX_SSE_URL
    from tests.browser.conftest import HTMX_SSE_JS
    from tests.helpers.live import act, start
    from tests.helpers.sets import T0

    app.config["CLOCK"] = lambda: T0
    session_id = start(app, make_set(app, make_user(app, "teacher"), question_ids(app, "single_choice", 2)))
    with app.app_context():
        code = db.session.get(LiveSession, session_id).code
    phone = new_page(**PHONE)
    phone.add_init_script(COUNT_SSE_MESSAGES)
    extension = HTMX_SSE_JS.read_bytes()

    def late(route: Any) -> None:
        time.sleep(0.6)  # htmx's own start (a 0 ms timer) runs in the browser meanwhile
        route.fulfill(status=200, body=extension, content_type="application/javascript", headers={"Access-Control-Allow-Origin": "*"})

    phone.context.route(HTMX_SSE_URL, late)  # the latest route is asked first
    phone.goto(f"/live?code={code}")
    phone.get_by_label("Your name").fill("Late")
    phone.get_by_role("button", name="Join the game").click()
    expect(phone.locator("#live-stage")).to_contain_text("You're in!")
    act(app, session_id, "next", T0)
    expect(phone.locator("#live-stage")).to_contain_text("Question 1 of 2")
    assert phone.evaluate("window.sseMessages") >= 1
    assert not phone.problems.errors, phone.problems.errors
