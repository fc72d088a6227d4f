"""Definition cards that define nothing (issue 10, rule 4), found by this session's fresh
reviews of unseen documents, on our own texts:

- «La reinyección» → «Una parte esencial del método»: a part of the method is what every step
  of it is; the back names a class every sibling shares and nothing that says which one.
- «¿a qué se llama «así»?»: «Se llama así a una zona donde ...» names its term in the sentence
  before («un acuífero»); «así» is no term."""

from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts

FILTER = [
    Paragraph(1, "El filtro de arena", is_heading=True),
    Paragraph(2, "El agua del río pasa primero por un decantador de hormigón de 12 metros. El contralavado es una parte esencial "
                 "del método. Cada 48 horas se invierte el flujo y el agua limpia arrastra los lodos hacia un canal de desagüe."),
    Paragraph(3, "Para regar no basta con que llueva: hace falta un acuífero. Se llama así a una capa de roca porosa donde se "
                 "acumula el agua de lluvia bajo otra capa impermeable. Los pozos de la comarca llegan a 80 metros."),
]


def _ready_cards() -> list[tuple[str, str]]:
    return [(str(d.item["front"]), str(d.item["back"])) for d in derive_drafts(FILTER, "es") if d.ready and d.kind == "card"]


def test_a_back_that_only_says_the_term_is_a_part_of_something_is_held_back() -> None:
    assert not [c for c in _ready_cards() if "parte esencial" in c[1]], _ready_cards()


def test_a_card_never_asks_what_a_pointing_word_is_called() -> None:
    assert not [c for c in _ready_cards() if "«así»" in c[0] or "«Así»" in c[0]], _ready_cards()
