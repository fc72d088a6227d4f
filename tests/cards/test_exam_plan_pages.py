"""The exam-date plan of a deck through the test client: set a date, see the daily plan,
refuse dates no plan can serve, change and remove it; another learner never sees it."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from quizapp.bank.models import Flashcard, Topic
from quizapp.cards.models import DeckExam
from quizapp.extensions import db
from tests.helpers.app import HX, install_clock
from tests.helpers.cards import study_one

NOW = datetime(2026, 3, 10, 12, 0)


@pytest.fixture
def clock(app):
    return install_clock(app, NOW)


@pytest.fixture
def topic(app) -> tuple[str, int]:
    with app.app_context():
        topic_id = db.session.execute(select(Topic.id).order_by(Topic.position)).scalars().first()
        cards = db.session.execute(
            select(func.count()).select_from(Flashcard).where(Flashcard.topic_id == topic_id, Flashcard.retired_at.is_(None))
        ).scalar_one()
        return f"topic-{topic_id}", cards


def _rows(page: str) -> list[tuple[int, int]]:
    body = re.search(r'<table class="data plan-table">.*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    return [(int(new), int(reviews)) for new, reviews in re.findall(r'<td class="num">(\d+)</td><td class="num">(\d+)</td>', body)]


def test_a_learner_sets_an_exam_date_and_reads_the_daily_plan(client, auth, app, clock, topic):
    key, total = topic
    auth.create_and_login("ana")
    study_one(client, key, 3)  # one card studied, the others new
    page = client.get(f"/cards/{key}/plan")
    assert page.status_code == 200 and "plan-table" not in page.text
    saved = client.post(f"/cards/{key}/plan", data={"exam_on": "2026-03-20", "target": "90"})
    assert saved.status_code == 303
    page = client.get(f"/cards/{key}/plan").text
    rows = _rows(page)
    assert len(rows) == 10  # 10 to 19 March: the exam is on the 20th
    assert sum(new for new, _ in rows) == total - 1 and rows[-1][0] == 0  # new cards before the eve
    assert sum(reviews for _, reviews in rows) >= total  # every card comes back before the exam
    assert re.search(r"FSRS expects you to remember\s+<strong>(\d+) %</strong>", page)
    assert 'value="2026-03-20"' in page and 'value="90"' in page

    # htmx: the plan region alone, the new target shown.
    changed = client.post(f"/cards/{key}/plan", data={"exam_on": "2026-03-15", "target": "95"}, headers=HX)
    assert changed.status_code == 200 and changed.text.lstrip().startswith('<section id="exam-plan"')
    assert len(_rows(changed.text)) == 5 and "target 95 %" in changed.text


@pytest.mark.parametrize(
    "data,message",
    [
        ({"exam_on": "2026-03-10", "target": "90"}, "Choose an exam date after today."),
        ({"exam_on": "2027-06-01", "target": "90"}, "Choose an exam date within a year."),
        ({"exam_on": "2026-03-20", "target": "50"}, "Choose between 70 and 99 %."),
        ({"exam_on": "someday", "target": "90"}, "Not a valid date value."),
        ({"exam_on": "", "target": "90"}, "Give the date of your exam."),
    ],
)
def test_dates_and_targets_no_plan_can_serve_get_422_and_store_nothing(client, auth, app, clock, topic, data, message):
    key, _ = topic
    auth.create_and_login("ana")
    for headers in ({}, HX):
        response = client.post(f"/cards/{key}/plan", data=data, headers=headers)
        assert response.status_code == 422 and message in response.text
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(DeckExam)).scalar_one() == 0


def test_the_plan_is_the_learners_own_and_can_be_removed(client, auth, app, clock, topic):
    key, _ = topic
    auth.create_and_login("ana")
    client.post(f"/cards/{key}/plan", data={"exam_on": "2026-03-20", "target": "90"})
    auth.logout()
    auth.create_and_login("ben")
    assert "plan-table" not in client.get(f"/cards/{key}/plan").text
    auth.logout()
    auth.login("ana")
    assert "plan-table" in client.get(f"/cards/{key}/plan").text
    removed = client.post(f"/cards/{key}/plan/clear")
    assert removed.status_code == 303
    assert "plan-table" not in client.get(f"/cards/{key}/plan").text
    assert client.get("/cards/no-such-deck/plan").status_code == 404


def test_an_exam_day_that_has_come_asks_for_the_next_date(client, auth, app, clock, topic):
    key, _ = topic
    auth.create_and_login("ana")
    client.post(f"/cards/{key}/plan", data={"exam_on": "2026-03-12", "target": "90"})
    clock.now = NOW + timedelta(days=2)
    page = client.get(f"/cards/{key}/plan").text
    assert "has come" in page and "plan-table" not in page
