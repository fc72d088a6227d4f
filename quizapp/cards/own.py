"""A learner's own decks and cards: written, edited and deleted by their owner, and studied
like every other card (the scheduling is ``services``', by FSRS; a card of one's own is a
``study_card`` of kind "own", so study, statistics and export need nothing apart).

Each function that changes data is one unit of work and changes nothing when it refuses
(``CardError``, whose message tells the learner what to fix).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fsrs import State
from sqlalchemy import delete, select

from quizapp.auth.models import User
from quizapp.bank.models import Document
from quizapp.bank.user_documents import visible_documents
from quizapp.cards.models import KIND_OWN, MAX_BACK_CHARS, MAX_DECK_TITLE_CHARS, MAX_FRONT_CHARS, CardReview, OwnDeck, StudyCard
from quizapp.cards.services import CardError, Deck, own_deck
from quizapp.extensions import db
from quizapp.transactions import unit_of_work


@dataclass(frozen=True)
class SourceDocument:
    """A bank document a learner may cite on a card of their own, with its paragraph count."""

    id: int
    title: str
    paragraphs: int


@dataclass(frozen=True)
class CardText:
    """What the learner wrote, read from a form: the two sides, and the optional source."""

    front: str
    back: str
    document_id: int | None = None
    paragraph: int | None = None


def source_documents(user_id: int | None) -> list[SourceDocument]:
    """The documents whose paragraphs the learner may cite: those of the banks they may see."""
    rows = db.session.execute(
        select(Document.id, Document.title, Document.paragraph_count).where(visible_documents(user_id)).order_by(Document.title)
    ).all()
    return [SourceDocument(*row) for row in rows]


def _checked(user_id: int, text: CardText) -> CardText:
    """``text`` with its sides trimmed, or CardError saying what is wrong with it."""
    front, back = text.front.strip(), text.back.strip()
    if not front:
        raise CardError("Write the front of the card: the question or prompt.")
    if not back:
        raise CardError("Write the back of the card: the answer.")
    if len(front) > MAX_FRONT_CHARS:
        raise CardError(f"The front is {len(front):,} characters long; keep it to {MAX_FRONT_CHARS:,}.")
    if len(back) > MAX_BACK_CHARS:
        raise CardError(f"The back is {len(back):,} characters long; keep it to {MAX_BACK_CHARS:,}.")
    if text.paragraph is not None and text.document_id is None:
        raise CardError("Choose the document the paragraph is in, or leave the paragraph empty.")
    if text.document_id is not None:
        document = next((d for d in source_documents(user_id) if d.id == text.document_id), None)
        if document is None:
            raise CardError("Choose a document from the list.")
        if text.paragraph is None:
            raise CardError(f"Give the number of the paragraph of “{document.title}” the card comes from.")
        if not 1 <= text.paragraph <= document.paragraphs:
            raise CardError(f"“{document.title}” has paragraphs 1 to {document.paragraphs}; there is no paragraph {text.paragraph}.")
    return CardText(front, back, text.document_id, text.paragraph)


@unit_of_work
def create_own_deck(user: User, title: str, now: datetime) -> Deck:
    """A new, empty deck of the learner's own."""
    title = title.strip()
    if not title:
        raise CardError("Give the deck a name.")
    if len(title) > MAX_DECK_TITLE_CHARS:
        raise CardError(f"Keep the deck's name to {MAX_DECK_TITLE_CHARS} characters.")
    deck = OwnDeck(user_id=user.id, title=title, created_at=now)
    db.session.add(deck)
    db.session.commit()
    return own_deck(deck)


def own_cards(user_id: int, deck: Deck) -> list[StudyCard]:
    """The deck's cards in the order they were written (one range of the deck's index)."""
    return list(
        db.session.execute(
            select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.own_deck_id == deck.ref_id).order_by(StudyCard.id)
        ).scalars()
    )


@unit_of_work
def add_own_card(user: User, deck: Deck, text: CardText, now: datetime) -> StudyCard:
    """A new card in the learner's deck, new to FSRS (due now, never rated)."""
    if not deck.is_own:
        raise CardError("Cards can be added only to a deck of your own.")
    text = _checked(user.id, text)
    card = StudyCard(
        user_id=user.id, kind=KIND_OWN, own_deck_id=deck.ref_id, front=text.front, back=text.back,
        source_document_id=text.document_id, source_paragraph=text.paragraph,
        state=int(State.Learning), step=0, due=now, created_at=now,
    )
    db.session.add(card)
    db.session.commit()
    return card


@unit_of_work
def edit_own_card(card: StudyCard, text: CardText) -> None:
    """New wording for a card; its schedule is kept (as in Anki, editing is not forgetting)."""
    if card.kind != KIND_OWN:
        raise CardError("Only cards of your own can be edited.")
    text = _checked(card.user_id, text)
    card.front, card.back = text.front, text.back
    card.source_document_id, card.source_paragraph = text.document_id, text.paragraph
    db.session.commit()


@unit_of_work
def delete_own_card(card: StudyCard) -> None:
    """Delete a card of the learner's own and its review history."""
    if card.kind != KIND_OWN:
        raise CardError("Only cards of your own can be deleted here.")
    db.session.execute(delete(CardReview).where(CardReview.card_id == card.id))
    db.session.delete(card)
    db.session.commit()
