"""gapfixes (issue 10, the drafter): a clause cut for an ordering step, a list item or a card's
back is never cut inside a number ("entre 2 y 2,5 litros" gave the step «muele entre 2 y 2»;
kind 7 of the brief). Our own texts (cider pressing), English and Spanish."""
from __future__ import annotations

import re

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document

SIDRA_ES = [
    "La sidra de Villaviciosa",
    "La sidra del valle se elabora todavía en lagares de madera con manzanas de la comarca.",
    "Primero, el lagarero muele entre 3 y 3,5 toneladas de manzana, cada hora, en un molino. Luego prensa la pulpa entre 9 y 9,5 días, "
    "bajo una viga de roble. Después deja fermentar el mosto entre 1 y 1,5 meses, en toneles de castaño. Por último embotella la sidra "
    "en primavera, cuando ya no queda azúcar.",
    "El concejo produce cada año cerca de 45 millones de litros, y los lagares dan trabajo a 300 familias.",
]
CIDER_EN = [
    "Pressing cider in Somerset",
    "Farm cider in the valley is still made in wooden presses with apples from the parish.",
    "First, the presser grinds between 3 and 3.5 tonnes of apples, every hour, in a roller mill. Next he presses the pulp for between 9 "
    "and 9.5 days, under an oak beam. Then he leaves the juice to ferment for 1 and 1.5 months, in chestnut casks. Finally he "
    "bottles the cider in spring, when no sugar is left.",
    "The parish makes about 45 million litres a year, and the presses employ 300 families.",
]
# What follows a piece of text that stops inside a number: a decimal or a thousands' separator and
# a digit, or "and"/«y» and the range's other end.
NUMBER_GOES_ON = re.compile(r"^(?:[,.:]\d|\s(?:and|y)\s\d)")


def _shown_texts(item: dict[str, object]) -> list[str]:
    texts = [str(x) for x in item.get("items", []) or []]  # type: ignore[attr-defined]
    texts += [str(c["text"]) for c in item.get("choices", []) or []]  # type: ignore[attr-defined,index]
    texts += [str(item[f]) for f in ("back",) if f in item]
    return texts


def test_no_step_item_or_back_is_cut_inside_a_number() -> None:
    for lines, language in ((SIDRA_ES, "es"), (CIDER_EN, "en")):
        paragraph = lines[2]
        folded = paragraph.lower()
        for d in derive_drafts(document(lines), language):
            if not d.ready:
                continue
            for text in _shown_texts(d.item):
                piece = text.rstrip(" .").lower()
                at = folded.find(piece)
                if at >= 0 and piece[-1:].isdigit():
                    assert not NUMBER_GOES_ON.match(paragraph[at + len(piece):]), (text, d.item)
