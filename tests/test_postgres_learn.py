"""Issue 13's learner items on PostgreSQL: the progress-over-time aggregate (GROUP BY a CASE over
bound period bounds), own decks and cards studied, and per-deck new-card limits.

Runs when QUIZAPP_TEST_POSTGRES_URL names an empty scratch database, as tests/test_postgres.py.
"""
from __future__ import annotations

import os
import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from quizapp.bank.models import Topic
from quizapp.extensions import db
from tests.helpers.app import PG_URL, install_clock
from tests.helpers.cards import study_one
from tests.helpers.progress import answer, versions_by_topic

if not PG_URL:
    if os.environ.get("CI") == "true":
        pytest.fail("CI must run the PostgreSQL tests: QUIZAPP_TEST_POSTGRES_URL is not set", pytrace=False)
    pytestmark = pytest.mark.skip(reason="set QUIZAPP_TEST_POSTGRES_URL to an empty PostgreSQL database to run these")

NOW = datetime(2026, 3, 10, 12, 0)


def sign_in(app, client, username: str = "ana") -> int:
    from tests.helpers.app import make_user

    user_id = make_user(app, username)
    assert client.post("/auth/login", data={"username": username, "password": "correct horse battery"}).status_code == 303
    return user_id


def test_progress_over_time_on_postgres(pg_app):
    install_clock(pg_app, NOW)
    client = pg_app.test_client()
    user_id = sign_in(pg_app, client)
    topic, versions = next(iter(versions_by_topic(pg_app).items()))
    answer(pg_app, user_id, [(versions[0], NOW - timedelta(hours=1), 1.0), (versions[0], NOW - timedelta(days=2), 0.5)])
    page = client.get("/quiz/progress").text
    assert "2 questions answered" in page and "75%" in page
    weeks = client.get(f"/quiz/progress?period=week&topic={topic}")
    assert weeks.status_code == 200 and "<td class=\"num\">2</td>" in weeks.text


def test_own_cards_and_deck_limits_on_postgres(pg_app):
    install_clock(pg_app, NOW)
    client = pg_app.test_client()
    sign_in(pg_app, client)
    made = client.post("/cards/own/new", data={"title": "Mine"})
    key = made.headers["Location"].removeprefix("/cards/")
    assert client.post(f"/cards/{key}/cards", data={"front": "F", "back": "B", "document": "1", "paragraph": "1"}).status_code == 303
    study_one(client, key, 3)
    with pg_app.app_context():
        topic_key = f"topic-{db.session.execute(select(Topic.id).order_by(Topic.position)).scalars().first()}"
    assert client.post(f"/cards/{topic_key}/settings", data={"new_cards_per_day": "1"}).status_code == 303
    study_one(client, topic_key, 4)
    assert "All done for now" in client.get(f"/cards/{topic_key}/study").text
    decks = client.get("/cards/").text
    row = re.search(rf'<tr id="deck-{topic_key}"[^>]*>.*?</tr>', decks, re.S).group(0)
    assert "1 a day" in row
    assert client.get(f"/cards/{key}/deck.apkg").status_code == 200
    assert "2 reviews" in client.get("/cards/stats").text


def test_study_figures_deck_list_and_statistics_on_postgres(pg_app):
    """The study region's one-statement figures (two one-row subqueries side by side, scalar
    subqueries for undo and the next card), the deck list's prebuilt counts and the statistics'
    per-day statement with bound boundaries, on PostgreSQL (issue 15)."""
    install_clock(pg_app, NOW)
    client = pg_app.test_client()
    sign_in(pg_app, client)
    hx = {"HX-Request": "true"}
    rated = study_one(client, "doc-1", 3, headers=hx)  # an htmx rating: the next card in place
    assert "Reveal the answer" in rated and "Undo the last rating" in rated
    assert re.search(r"In learning: <strong>1</strong>", rated), rated[:600]
    decks = client.get("/cards/").text
    assert "My missed questions" in decks
    stats = client.get("/cards/stats").text
    assert "of your 1 review" in stats
