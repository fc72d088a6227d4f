"""The server-drawn charts in Chromium at a phone's 320 px and a desktop's 1280 px: every label's
box lies inside the SVG's viewBox and no two labels' boxes intersect (the flashcard
statistics' dates, the set results' values and axis title), and no chart is wider than the page.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from quizapp.cards import services as cards_services
from quizapp.cards.models import CardReview, StudyCard
from quizapp.extensions import db
from tests.helpers.app import install_clock, make_user
from tests.helpers.browser import sign_in
from tests.helpers.sets import T0, make_set, question_ids, take

pytestmark = pytest.mark.browser

NOW = datetime(2026, 3, 31, 12, 0)

# Each <text> of each chart with its box in the SVG's own units, the viewBox, and the SVG's
# drawn width against the page's.
MEASURE = """(selector) => [...document.querySelectorAll(selector)].map((svg) => {
  const view = svg.viewBox.baseVal;
  const rect = svg.getBoundingClientRect();
  return {
    id: svg.id,
    view: [view.x, view.y, view.width, view.height],
    drawn: [rect.left, rect.right],
    page: document.documentElement.clientWidth,
    labels: [...svg.querySelectorAll("text")].map((t) => {
      const b = t.getBBox();
      return {text: t.textContent, box: [b.x, b.y, b.x + b.width, b.y + b.height]};
    }),
  };
})"""


def check_charts(page: Any, selector: str, expected: int) -> list[dict[str, Any]]:
    charts = page.evaluate(MEASURE, selector)
    assert len(charts) == expected, charts
    for chart in charts:
        x0, y0, w, h = chart["view"]
        assert chart["labels"], chart["id"]
        for label in chart["labels"]:
            left, top, right, bottom = label["box"]
            assert x0 <= left and right <= x0 + w and y0 <= top and bottom <= y0 + h, (chart["id"], label, chart["view"])
        labels = chart["labels"]
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                (al, at, ar, ab), (bl, bt, br, bb) = a["box"], b["box"]
                assert ar <= bl or br <= al or ab <= bt or bb <= at, (chart["id"], a, b)
        assert chart["drawn"][0] >= 0 and chart["drawn"][1] <= chart["page"] + 0.5, (chart["id"], chart["drawn"], chart["page"])
    return charts


@pytest.fixture
def reviewer(app) -> str:
    """A learner with 30 days of reviews, one day with over a thousand (a wide scale label)."""
    install_clock(app, NOW)
    user_id = make_user(app, "ana")
    with app.app_context():
        deck = next(deck for deck, _ in cards_services.bank_decks() if deck.kind == "topic")
        cards_services.enrol(user_id, deck, NOW)
        card = db.session.execute(select(StudyCard).where(StudyCard.user_id == user_id)).scalars().first()
        for day in range(30):
            for n in range(1234 if day == 10 else day % 4):
                moment = NOW - timedelta(days=day, seconds=n)
                db.session.add(CardReview(card=card, user_id=user_id, rating=3, reviewed_at=moment, prev_state=1, prev_step=0, prev_due=moment))
        db.session.commit()
    return "ana"


@pytest.mark.parametrize("width", [320, 1280])
def test_flashcard_statistics_dates_neither_overlap_nor_spill(page, reviewer, width):
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, reviewer)
    page.goto("/cards/stats")
    charts = check_charts(page, "svg.chart", 2)
    reviews = next(c for c in charts if c["id"] == "reviews-chart")
    texts = [label["text"] for label in reviews["labels"]]
    assert "1234" in texts and "31 Mar" in texts and len(texts) >= 6, texts  # the scale, today, and dates between


@pytest.mark.parametrize("width", [320, 1280])
def test_set_results_values_and_axis_title_neither_overlap_nor_spill(app, page, width):
    install_clock(app, T0)
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 3))
    for n, pattern in enumerate([[True, True, True], [True, False, False], [False, False, False], [True, True, False]] * 3):
        take(app, set_id, make_user(app, f"student{n}"), pattern)
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}/results")
    (chart,) = check_charts(page, "svg.score-chart", 1)
    texts = [label["text"] for label in chart["labels"]]
    assert "percent (band start)" in texts and "100" not in texts and "90" in texts, texts
