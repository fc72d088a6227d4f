"""Defects found in review: each test failed before its fix."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from quizapp.cards.models import CardReview
from quizapp.extensions import db
from tests.conftest import install_clock

NOW = datetime(2026, 3, 10, 12, 0)
HUGE = "9" * 30  # more than a 64-bit INTEGER holds
SUPERSCRIPT = "\u00b2"  # "²": str.isdigit() says yes, int() says no


@pytest.mark.parametrize(
    "path",
    [
        "/cards/doc-{huge}", "/cards/topic-{huge}", "/cards/doc-{sup}", "/cards/missed/card/{huge}",
        "/cards/doc-1/card/{huge}/back", "/cards/missed/study?cram=1&after={huge}", "/cards/missed/study?cram=1&after={sup}",
    ],
)
def test_bad_numbers_in_card_urls_are_not_server_errors(client, auth, path):
    auth.create_and_login("alice")
    response = client.get(path.format(huge=HUGE, sup=SUPERSCRIPT))
    assert response.status_code in (200, 404)


def test_a_rating_with_a_bad_shown_at_still_counts_once(client, auth, app):
    install_clock(app, NOW)
    auth.create_and_login("alice")
    page = client.get("/cards/doc-1/study")
    card_id = int(page.text.split("/card/")[1].split("/")[0])
    response = client.post(f"/cards/doc-1/card/{card_id}/rate", data={"rating": "3", "token": "new", "shown_at": SUPERSCRIPT})
    assert response.status_code == 303
    with app.app_context():
        assert db.session.execute(select(func.count(CardReview.id))).scalar_one() == 1
    assert client.post(f"/cards/doc-1/card/{HUGE}/rate", data={"rating": "3"}).status_code == 404


def test_two_ratings_sent_together_count_once(client, auth, app):
    """A double click sends two rating requests that both saw the card unrated; the second
    must not rate it again (two log rows, a schedule moved twice)."""
    from quizapp.cards import services
    from quizapp.cards.models import StudyCard

    install_clock(app, NOW)
    auth.create_and_login("alice")
    page = client.get("/cards/doc-1/study")
    card_id = int(page.text.split("/card/")[1].split("/")[0])
    with app.app_context():
        seen = db.session.get(StudyCard, card_id)  # the second request has read the card …
        assert seen.last_review is None
        with app.app_context():  # … when the first one, with its own session, rates it and commits
            assert services.rate_card(db.session.get(StudyCard, card_id), 3, NOW) is not None
        assert services.rate_card(seen, 3, NOW) is None
        db.session.rollback()
        assert db.session.execute(select(func.count(CardReview.id))).scalar_one() == 1
        assert db.session.get(StudyCard, card_id).last_review == NOW
