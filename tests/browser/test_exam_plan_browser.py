"""In Chromium: a learner sets an exam date for a deck and reads the plan, with JavaScript
(the plan swaps in place, focus on its heading) and without, on a phone and a desktop."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from quizapp.bank.models import Topic
from quizapp.extensions import db
from tests.helpers.app import make_user
from tests.helpers.browser import expect, sign_in

pytestmark = pytest.mark.browser


def _deck_key(app) -> str:
    with app.app_context():
        return f"topic-{db.session.execute(select(Topic.id).order_by(Topic.position)).scalars().first()}"


@pytest.mark.parametrize("width", [320, 1280])
def test_exam_plan_with_javascript(page, app, axe, width):
    make_user(app, "ana")
    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, "ana")
    page.goto(f"/cards/{_deck_key(app)}")
    page.get_by_role("link", name="Plan for an exam date").click()
    exam = date.today() + timedelta(days=7)
    page.get_by_label("Exam date").fill(exam.isoformat())
    page.get_by_role("button", name="Make my plan").click()
    expect(page.locator(".plan-table tbody tr")).to_have_count(7)
    expect(page.get_by_role("heading", name="Exam plan")).to_be_focused()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert axe(page) == []


def test_exam_plan_without_javascript(nojs_page, app):
    make_user(app, "ana")
    sign_in(nojs_page, "ana")
    nojs_page.goto(f"/cards/{_deck_key(app)}/plan")
    nojs_page.get_by_label("Exam date").fill((date.today() + timedelta(days=3)).isoformat())
    nojs_page.get_by_role("button", name="Make my plan").click()
    expect(nojs_page.locator(".plan-table tbody tr")).to_have_count(3)
    expect(nojs_page.get_by_text("Plan made.")).to_be_visible()
