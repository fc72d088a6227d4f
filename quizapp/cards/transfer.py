"""A learner's deck as an Anki package (.apkg): its cards, each with a Source field holding
the citation and the cited passages."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from quizapp.bank.models import Flashcard
from quizapp.cards.models import KIND_MISSED, KIND_OWN, StudyCard
from quizapp.cards.services import _bank_condition, card_face
from quizapp.extensions import db
from quizapp.formats.anki import build_apkg
from quizapp.formats.base import slugify
from quizapp.formats.services import cited_passages


def deck_package(deck: Any, user_id: int | None) -> tuple[bytes, str]:
    """A learner's deck (a document's or topic's flashcards, their missed questions, or a deck
    of their own) as an .apkg, each card's Source field with the citation and the cited
    passages; and its name."""
    cards: list[dict[str, Any]] = []
    cited: dict[str, tuple[int | None, list[int]]] = {}
    if deck.is_missed:
        assert user_id is not None
        rows = db.session.execute(
            select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == KIND_MISSED).order_by(StudyCard.id)
        ).scalars()
        for card in rows:
            face = card_face(card)
            question = card.question_version.question if card.question_version is not None else None
            ident = question.bank_id if question is not None else f"missed-{card.id}"
            back = [*face.back, face.explanation] if face.explanation else face.back
            cards.append({"id": ident, "front": face.front, "back": "\n".join(back), "source": face.source, "tags": ["missed"]})
            cited[ident] = (question.document_id if question is not None else None, face.source)
        parts = ["Quizapp", "My missed questions"]
    elif deck.is_own:
        assert user_id is not None
        rows = db.session.execute(
            select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == KIND_OWN, StudyCard.own_deck_id == deck.ref_id).order_by(StudyCard.id)
        ).scalars()
        for card in rows:
            ident = f"own-{card.id}"
            source = [card.source_paragraph] if card.source_paragraph is not None else []
            cards.append({"id": ident, "front": card.front or "", "back": card.back or "", "source": source, "tags": ["own"]})
            cited[ident] = (card.source_document_id, source)
        parts = ["Quizapp", deck.title]
    else:
        for flashcard in db.session.execute(select(Flashcard).where(_bank_condition(deck)).order_by(Flashcard.topic_id, Flashcard.id)).scalars():
            cards.append({"id": flashcard.bank_id, "front": flashcard.front, "back": flashcard.back, "source": list(flashcard.source), "tags": list(flashcard.tags)})
            cited[flashcard.bank_id] = (flashcard.document_id, list(flashcard.source))
        parts = ["Quizapp", *([deck.parent] if deck.parent else []), deck.title]
    by_document: dict[int, set[int]] = {}
    for document_id, numbers in cited.values():
        if document_id is not None:
            by_document.setdefault(document_id, set()).update(numbers)
    texts = {d: cited_passages(d, numbers) for d, numbers in by_document.items()}
    passages_of = {ident: {n: texts[d][n] for n in numbers if n in texts[d]} for ident, (d, numbers) in cited.items() if d is not None}
    name = "::".join(p.replace("::", ":") for p in parts)  # "::" nests decks in Anki
    data = build_apkg(cards, {c["id"]: name for c in cards}, passages_of=passages_of)
    return data, f"{slugify(deck.title)}.apkg"
