"""Opening a deck never writes (issue 15): a signed-in learner's first look at a deck offers
"Start studying", and that POST makes the cards; flashcards added later are offered the same way."""
from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import func, insert, select

from quizapp.bank.models import Flashcard
from quizapp.cards.models import StudyCard
from quizapp.extensions import db
from tests.helpers.app import HX, install_clock
from tests.helpers.cards import open_study
from tests.helpers.queries import counted_statements, writes

NOW = datetime(2026, 3, 10, 15, 0)


def held(app, user_id: int) -> int:
    with app.app_context():
        return db.session.execute(select(func.count()).select_from(StudyCard).where(StudyCard.user_id == user_id)).scalar_one()


def deck_size(app, document_id: int = 1) -> int:
    with app.app_context():
        return db.session.execute(
            select(func.count()).select_from(Flashcard).where(Flashcard.document_id == document_id, Flashcard.retired_at.is_(None))
        ).scalar_one()


def csrf(html: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1) if "csrf_token" in html else ""


def test_a_signed_in_learners_first_study_page_writes_nothing_and_offers_start(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    size = deck_size(app)
    for path, headers in (("/cards/doc-1/study", {}), ("/cards/doc-1/study", HX), ("/cards/doc-1", {})):
        with counted_statements(app) as statements:
            page = client.get(path, headers=headers)
        assert page.status_code == 200
        assert writes(statements) == [], (path, writes(statements))
        # The deck offers every card as new, before any is written.
        assert f"Ready to study {size} cards" in page.text or f'<dd id="count-new">{size}' in page.text, page.text[:2000]
    assert held(app, user_id) == 0
    study = client.get("/cards/doc-1/study").text
    assert 'class="start"' in study and "Start studying" in study
    assert "as a guest" not in study  # an account's progress is not kept "in this browser"
    started = client.post("/cards/doc-1/start", data={"csrf_token": csrf(study)})
    assert started.status_code == 303 and started.headers["Location"] == "/cards/doc-1/study"
    assert held(app, user_id) == size
    after = client.get("/cards/doc-1/study").text
    assert "Reveal the answer" in after and 'class="start"' not in after


def test_flashcards_added_to_a_started_deck_are_offered_once_nothing_else_is_left(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    open_study(client, "doc-1")
    size = held(app, user_id)
    with app.app_context():
        topic_id = db.session.execute(select(Flashcard.topic_id).where(Flashcard.document_id == 1)).scalars().first()
        db.session.execute(insert(Flashcard), [
            {"document_id": 1, "topic_id": topic_id, "bank_id": f"added-{i}", "front": f"Added {i}", "back": "B",
             "source": [1], "tags": [], "content_hash": "0" * 64}
            for i in range(2)
        ])
        db.session.commit()
    # While cards are there to study, the page shows them and writes nothing.
    with counted_statements(app) as statements:
        page = client.get("/cards/doc-1/study")
    assert "Reveal the answer" in page.text and writes(statements) == []
    assert held(app, user_id) == size
    # With nothing left to study today, the added cards are offered, and the POST adds them.
    with app.app_context():
        db.session.execute(StudyCard.__table__.update().where(StudyCard.user_id == user_id).values(last_review=NOW, due=datetime(2027, 1, 1), state=2))
        db.session.commit()
    page = client.get("/cards/doc-1/study", headers=HX).text
    assert "2 new cards in this deck" in page and "Add them to my cards" in page
    response = client.post("/cards/doc-1/start", data={"csrf_token": csrf(page)}, headers=HX)
    assert response.status_code == 200 and "Added " in response.text
    assert held(app, user_id) == size + 2
