"""Guests: made only by a POST that stores work, kept fresh while active, purged when idle."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from quizapp.auth.models import AccountSession, User
from quizapp.cards.models import CardReview, StudyCard
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from tests.helpers.app import install_clock
from tests.helpers.cards import study_one
from tests.helpers.quiz import attempt_id_of, right_form, start_quiz

NOW = datetime(2026, 3, 10, 12, 0)


def count(app, model) -> int:
    with app.app_context():
        return db.session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def deck_and_card(app) -> tuple[str, int]:
    """A deck key and a card id that exist (another learner's card)."""
    with app.app_context():
        user = User(username="owner")
        db.session.add(user)
        db.session.flush()
        from quizapp.cards import services

        deck = services.find_deck("doc-1")
        services.enrol(user.id, deck, NOW)
        card_id = db.session.execute(select(StudyCard.id).limit(1)).scalar_one()
        return deck.key, card_id


def test_fifty_cookie_less_gets_of_the_study_pages_create_no_account_and_no_cards(app, deck_and_card):
    key, card_id = deck_and_card
    accounts, cards = count(app, User), count(app, StudyCard)
    study_pages = [f"/cards/{key}/study", f"/cards/{key}/study?cram=1", f"/cards/{key}/card/{card_id}", f"/cards/{key}/card/{card_id}/back", "/cards/missed/study"]
    for path in study_pages:
        for _ in range(50):
            response = app.test_client().get(path)  # a new client each time: no cookies at all
            assert response.status_code in (200, 404), path
            assert not any(c.startswith("remember_token=") for c in response.headers.getlist("Set-Cookie")), path
    other_pages = ["/", "/cards/", f"/cards/{key}", "/cards/missed", "/cards/settings", "/cards/stats", "/quiz/new", "/quiz/progress", "/sets/", "/auth/login", "/auth/register"]
    for path in other_pages:
        for _ in range(3):
            assert app.test_client().get(path).status_code in (200, 302), path
    assert count(app, User) == accounts
    assert count(app, StudyCard) == cards
    assert count(app, AccountSession) == 0


def test_a_visitor_sees_the_deck_and_a_start_button_and_the_post_makes_the_guest(client, app):
    page = client.get("/cards/doc-1/study")
    assert page.status_code == 200
    assert "Ready to study" in page.text and "Start studying" in page.text
    assert re.search(r'<form class="start" method="post" action="/cards/doc-1/start" hx-post="/cards/doc-1/start"', page.text)
    assert count(app, User) == 0
    started = client.post("/cards/doc-1/start")
    assert started.status_code == 303 and started.headers["Location"] == "/cards/doc-1/study"
    assert count(app, User) == 1 and count(app, StudyCard) > 0
    study = client.get("/cards/doc-1/study")
    assert "Reveal the answer" in study.text and "Studying as a guest" in study.text
    # htmx: the start button swaps the study region in place
    other = app.test_client()
    swapped = other.post("/cards/doc-1/start", headers={"HX-Request": "true"})
    assert swapped.status_code == 200 and "<html" not in swapped.text and "Reveal the answer" in swapped.text
    assert client.post("/cards/no-such-deck/start").status_code == 404


def test_a_guests_last_activity_is_written_at_most_hourly(client, app):
    clock = install_clock(app, NOW)
    start_quiz(client, app, count=1)
    with app.app_context():
        guest_id = db.session.execute(select(User.id)).scalar_one()

    def seen() -> datetime:
        with app.app_context():
            return db.session.get(User, guest_id).last_seen_at

    assert seen() == NOW
    clock.advance(minutes=50)
    client.get("/quiz/progress")
    assert seen() == NOW
    clock.advance(minutes=20)
    client.get("/quiz/progress")
    assert seen() == NOW + timedelta(minutes=70)


def make_busy_guest(app, when: datetime) -> int:
    """A guest (own client) with an answered quiz attempt and a rated flashcard; returns its id."""
    install_clock(app, when)
    client = app.test_client()
    url = start_quiz(client, app, count=2)
    attempt_id = attempt_id_of(url)
    client.post(url, data=right_form(app, attempt_id, 1))
    client.post("/cards/doc-1/start")
    study_one(client, "doc-1", 3)
    with app.app_context():
        return db.session.get(Attempt, attempt_id).user_id


def rows_of(app, user_id: int) -> dict[str, int]:
    with app.app_context():
        attempts = select(Attempt.id).where(Attempt.user_id == user_id)
        questions = select(AttemptQuestion.id).where(AttemptQuestion.attempt_id.in_(attempts))
        one = lambda q: db.session.execute(select(func.count()).select_from(q.subquery())).scalar_one()  # noqa: E731
        return {
            "account": one(select(User.id).where(User.id == user_id)),
            "attempts": one(attempts),
            "attempt questions": one(questions),
            "responses": one(select(Response.id).where(Response.attempt_question_id.in_(questions))),
            "cards": one(select(StudyCard.id).where(StudyCard.user_id == user_id)),
            "reviews": one(select(CardReview.id).where(CardReview.user_id == user_id)),
            "sessions": one(select(AccountSession.id).where(AccountSession.user_id == user_id)),
        }


def test_purge_deletes_idle_guests_with_all_their_rows_and_nothing_else(app, runner, auth):
    idle = make_busy_guest(app, NOW - timedelta(days=40))
    active = make_busy_guest(app, NOW - timedelta(days=3))
    member = auth.create("alice")
    with app.app_context():  # a registered account idle for a year is never purged …
        db.session.get(User, member).last_seen_at = NOW - timedelta(days=365)
        # … but its sign-in sessions older than a remember cookie lives are forgotten
        db.session.add(AccountSession(user_id=member, token="old", created_at=NOW - timedelta(days=31)))
        db.session.add(AccountSession(user_id=member, token="recent", created_at=NOW - timedelta(days=29)))
        db.session.commit()
    before_idle = rows_of(app, idle)
    assert all(before_idle.values()), before_idle

    install_clock(app, NOW)
    result = runner.invoke(args=["guests", "purge", "--older-than", "30d"])
    assert result.exit_code == 0, result.output
    assert "Deleted 1 guest idle for more than 30d." in result.output
    assert "Forgot 1 expired sign-in session." in result.output
    assert not any(rows_of(app, idle).values()), rows_of(app, idle)
    assert all(rows_of(app, active)[k] for k in ("account", "attempts", "responses", "cards", "reviews"))
    with app.app_context():
        assert db.session.get(User, member) is not None
        assert db.session.execute(select(AccountSession.token).filter_by(user_id=member)).scalars().all() == ["recent"]

    result = runner.invoke(args=["guests", "purge", "--older-than", "2d"])
    assert "Deleted 1 guest " in result.output
    assert rows_of(app, active)["account"] == 0


@pytest.mark.parametrize("age", ["0d", "soon", "-3d", "30y", ""])
def test_purge_refuses_an_unclear_age(runner, age):
    result = runner.invoke(args=["guests", "purge", "--older-than", age])
    assert result.exit_code == 2
    assert "is not an age" in result.output
