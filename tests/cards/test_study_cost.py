"""A learner's study page and rating cost what the deck holds, not what the learner holds
(issue 15): SQLite reads the deck's own index ranges, never every card or every review of the
learner's. Checked on the query plan of each statement the two requests actually run, so the
check does not depend on timing or on how much data a test can afford to make.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from quizapp.bank.models import Document, Flashcard, Topic
from quizapp.cards.models import CardReview, StudyCard
from quizapp.extensions import db
from tests.helpers.app import HX, install_clock
from tests.helpers.queries import executed_statements as executed

NOW = datetime(2026, 3, 10, 15, 0)


def plan_lines(app, seen: list[tuple[str, Any]]) -> list[str]:
    """The query-plan steps that touch the learner's cards or reviews, for every statement."""
    lines = []
    with app.app_context():
        raw = db.engine.raw_connection()
        try:
            for statement, parameters in seen:
                if "study_card" not in statement and "card_review" not in statement:
                    continue
                for row in raw.cursor().execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall():
                    detail = row[-1]
                    if "study_card" in detail or "card_review" in detail:
                        lines.append(detail)
        finally:
            raw.close()
    return lines


def walks_the_learner(detail: str) -> bool:
    """A step whose cost grows with everything the learner holds: a scan, a range of the
    learner's index entries narrowed by nothing else, or every review of the day."""
    return (
        detail.startswith("SCAN")
        or detail.endswith("(user_id=?)")
        or "ix_card_review_user_reviewed_rating" in detail
        or "ix_study_card_user_due" in detail
    )


def other_document_with_first_ratings_today(app, user_id: int, cards: int) -> None:
    """Another document whose cards the learner holds, all rated for the first time today
    (lower flashcard ids would come first in the learner's (user_id, flashcard_id) order)."""
    with app.app_context():
        document = Document(slug="other", title="Other document", paragraph_count=1)
        db.session.add(document)
        db.session.flush()
        topic = Topic(document_id=document.id, slug="t", title="Other topic", position=0)
        db.session.add(topic)
        db.session.flush()
        db.session.execute(insert(Flashcard), [
            {"document_id": document.id, "topic_id": topic.id, "bank_id": f"o-{i}", "front": "F", "back": "B",
             "source": [1], "tags": [], "content_hash": "0" * 64}
            for i in range(cards)
        ])
        for flashcard_id in db.session.execute(select(Flashcard.id).where(Flashcard.document_id == document.id)).scalars():
            card = StudyCard(user_id=user_id, kind="bank", flashcard_id=flashcard_id, document_id=document.id, topic_id=topic.id,
                             state=2, step=None, stability=5.0, difficulty=5.0, due=NOW + timedelta(days=3),
                             last_review=NOW - timedelta(hours=1))
            db.session.add(card)
            db.session.flush()
            db.session.add(CardReview(card_id=card.id, user_id=user_id, rating=3, reviewed_at=NOW - timedelta(hours=1),
                                      prev_state=1, prev_step=0, prev_due=NOW - timedelta(days=1), prev_last_review=None))
        db.session.commit()


def test_the_study_page_and_a_rating_never_walk_the_learners_other_decks(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    assert client.post("/cards/doc-1/start").status_code == 303
    other_document_with_first_ratings_today(app, user_id, cards=10)  # under the daily 20 new

    with executed(app) as seen:
        page = client.get("/cards/doc-1/study", headers=HX)
    assert page.status_code == 200 and b"Reveal the answer" in page.data
    study_plan = plan_lines(app, seen)
    assert study_plan and not [line for line in study_plan if walks_the_learner(line)], study_plan

    card_id = int(page.data.split(b"/cards/doc-1/card/")[1].split(b"/")[0])
    with executed(app) as seen:
        rated = client.post(f"/cards/doc-1/card/{card_id}/rate", data={"rating": "3", "token": "new"}, headers=HX)
    assert rated.status_code == 200 and b"Undo the last rating" in rated.data
    rating_plan = plan_lines(app, seen)
    assert rating_plan and not [line for line in rating_plan if walks_the_learner(line)], rating_plan


def missed_and_own_cards(app, user_id: int) -> str:
    """Two new missed-question cards and an own deck of two new cards, for the learner who
    also holds the bank deck; returns the own deck's key."""
    from quizapp.bank.models import QuestionVersion
    from quizapp.cards.models import OwnDeck

    with app.app_context():
        versions = db.session.execute(select(QuestionVersion.id, QuestionVersion.question_id).limit(2)).all()
        for version_id, question_id in versions:
            db.session.add(StudyCard(user_id=user_id, kind="missed", question_id=question_id, question_version_id=version_id, due=NOW))
        deck = OwnDeck(user_id=user_id, title="Mine")
        db.session.add(deck)
        db.session.flush()
        for front in ("One", "Two"):
            db.session.add(StudyCard(user_id=user_id, kind="own", own_deck_id=deck.id, front=front, back="B", due=NOW))
        db.session.commit()
        return f"own-{deck.id}"


def test_missed_and_own_decks_are_read_from_their_own_cards(app, client, auth):
    """Their new cards have no flashcard: they come in the order they were made, read from the
    deck's own index range, not by walking the learner's (user_id, flashcard_id) index."""
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    assert client.post("/cards/doc-1/start").status_code == 303
    own_key = missed_and_own_cards(app, user_id)
    for deck_key, first in (("missed", None), (own_key, "One")):
        with executed(app) as seen:
            page = client.get(f"/cards/{deck_key}/study", headers=HX)
        assert page.status_code == 200 and b"Reveal the answer" in page.data
        if first is not None:
            assert f">{first}</h2>".encode() in page.data  # the first made comes first
        plan = plan_lines(app, seen)
        assert plan and not [line for line in plan if walks_the_learner(line)], (deck_key, plan)
