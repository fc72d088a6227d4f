"""A paragraph with one ready draft is offered its best claim card too (issue 10, coverage).

A reaction or argument paragraph's one ready draft is often a gap on a figure or a name of another
sentence, which the fresh reviews may reject (a headline fact, a guess); the claim card the paragraph makes ("what did the union leaders in Tarbes recall?") was
held back behind it, as the why-cards were before ``_second_why_card`` (brief ifcards). Our own
texts, written for these tests."""

from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document, ready_cards_by_paragraph

FAIR = document([
    "The Cattle Fair Dispute",
    "The fair moved to a new ground in the spring. The Ashworth town council chose a field by the river, and the traders' guild "
    "paid for the new pens.",
    "The council approved the move by 17 votes to 12. Union leaders and part of the local press recalled "
    "that the council had promised a covered market hall and that the final plan included no hall at all.",
    "The new ground opened on 3 May with 412 head of cattle, against 530 the year before.",
])

FERIA = document([
    "La disputa de la feria de ganado",
    "La feria se trasladó a un nuevo recinto en primavera, en un prado junto al río.",
    "El pleno aprobó el traslado por 17 votos contra 12. Dirigentes sindicales y parte de la prensa local "
    "recordaron que el ayuntamiento había prometido un mercado cubierto y que el plan final no incluía ningún mercado.",
    "El nuevo recinto abrió el 3 de mayo con 412 cabezas de ganado, frente a 530 el año anterior.",
])


def test_a_paragraph_with_one_ready_draft_offers_its_claim_card_too() -> None:
    for doc, code, asked in ((FAIR, "en", "recall"), (FERIA, "es", "recordaron")):
        ready_in_3 = [d for d in derive_drafts(doc, code) if d.ready and d.paragraph == 3]
        cards = ready_cards_by_paragraph(doc, code, "claim").get(3, [])
        assert any(asked in str(c.item["front"]) for c in cards), (code, [d.item for d in ready_in_3])
        assert len(ready_in_3) >= 2, (code, [d.item for d in ready_in_3])

