"""What flashcards do when the layers below them announce something (quizapp.events).

Each receiver runs inside the sender's transaction and only flushes: the sender commits once.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update

from quizapp import events
from quizapp.cards.models import KIND_MISSED, CardReview, DeckExam, DeckSetting, OwnDeck, StudyCard
from quizapp.cards.services import merge_guest_cards, stage_missed_card, stage_missed_cards, stage_missed_question
from quizapp.extensions import db


def card_for_missed_answer(
    _sender: Any, *, user_id: int, question_id: int, version_id: int, correct: bool, answers_visible: bool, now: datetime, **_: Any
) -> None:
    """A wrong answer whose correct answer the learner may see becomes a missed-question card.

    A card's back is the correct answer: while it is hidden (a test, a set that reveals later)
    the card would give it away, so none is made until ``attempt_finished`` reveals it.
    """
    if answers_visible and not correct:
        stage_missed_card(user_id, question_id, version_id, now)


def cards_for_revealed_misses(attempt: Any, *, answers_revealed: bool, now: datetime, **_: Any) -> None:
    """Finishing revealed the correct answers: each wrong answer becomes a missed-question card."""
    if not answers_revealed:
        return
    for attempt_question in attempt.questions:
        response = attempt_question.response
        if response is not None and not response.is_correct:
            stage_missed_question(attempt.user_id, attempt_question.version, response.answered_at)


def cards_follow_regrade(
    _sender: Any, *, question_id: int, version_id: int, missed: list[int], cleared: list[int], now: datetime, **_: Any
) -> None:
    """A teacher fixed a question's key and regraded it: missed-question cards follow the new
    marks as if the answers had been graded so from the start. A student with an answer now
    wrong (that they may see corrected) has a card showing the fixed version, made or moved to
    it, its schedule kept; a student whose answers are now right loses the card, and its
    reviews, made from the old key."""
    stage_missed_cards(missed, question_id, version_id, now)
    if cleared:
        cards = select(StudyCard.id).where(
            StudyCard.question_id == question_id, StudyCard.kind == KIND_MISSED, StudyCard.user_id.in_(cleared)
        )
        db.session.execute(delete(CardReview).where(CardReview.card_id.in_(cards)))
        db.session.execute(delete(StudyCard).where(StudyCard.id.in_(cards)))


def keep_guest_cards(_sender: Any, *, guest_id: int, account_id: int, **_: Any) -> None:
    """A guest who signs in to an existing account keeps their cards and reviews."""
    merge_guest_cards(guest_id, account_id)


def delete_guest_cards(_sender: Any, *, guest_ids: list[int], **_: Any) -> None:
    """Idle guests are deleted: their reviews, cards, own decks, deck limits and exam dates go first."""
    cards = select(StudyCard.id).where(StudyCard.user_id.in_(guest_ids))
    db.session.execute(delete(CardReview).where(CardReview.user_id.in_(guest_ids) | CardReview.card_id.in_(cards)))
    db.session.execute(delete(StudyCard).where(StudyCard.user_id.in_(guest_ids)))
    db.session.execute(delete(DeckExam).where(DeckExam.user_id.in_(guest_ids)))
    db.session.execute(delete(OwnDeck).where(OwnDeck.user_id.in_(guest_ids)))
    db.session.execute(delete(DeckSetting).where(DeckSetting.user_id.in_(guest_ids)))


def follow_moved_flashcards(_sender: Any, *, moved: dict[int, int], **_: Any) -> None:
    """Learners' cards keep a copy of their flashcard's topic (so a deck is one index range):
    when the bank moves a flashcard to another topic, its cards follow."""
    for flashcard_id, topic_id in moved.items():
        db.session.execute(update(StudyCard).where(StudyCard.flashcard_id == flashcard_id).values(topic_id=topic_id))


def subscribe() -> None:
    """Connect the receivers above; called once the cards blueprint is registered."""
    events.subscribe(events.answer_recorded, card_for_missed_answer)
    events.subscribe(events.attempt_finished, cards_for_revealed_misses)
    events.subscribe(events.answers_regraded, cards_follow_regrade)
    events.subscribe(events.guest_merged, keep_guest_cards)
    events.subscribe(events.guests_deleting, delete_guest_cards)
    events.subscribe(events.flashcards_moved, follow_moved_flashcards)
