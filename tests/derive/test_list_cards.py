"""A list the text introduces and counts ("The strike committee put three demands to the board:
...", «La cofradía exigía tres cosas: ...») is what a reader of the paragraph should be able to
name: a card, the lead-in's statement and the noun it counts on its front and the items, trimmed to their names, on its back
(quizapp.derive.list_cards). Fresh reviews left such paragraphs with no item at all. Own texts."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from tests.helpers.drafts import document


def _list_cards(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.kind == "card" and "list" in d.item.get("tags", [])]


STRIKE = document([
    "The Harwell dock strike",
    "The dockers of Harwell stopped work on 3 May 1911 and stayed out for nine weeks.",
    "The strike committee put three demands to the harbour board: a shorter working day, a fixed rate for "
    "night shifts and the return of the dismissed foremen.",
    "The board refused all of them at first, but it gave way on the night rate in July 1911.",
])

COFRADIA = document([
    "El motín de los pescadores de Bermeo",
    "Los pescadores de Bermeo se amotinaron en abril de 1804 contra el nuevo impuesto sobre la sal.",
    "La cofradía exigía tres cosas: la rebaja del diezmo del pescado, el fin de las levas forzosas y la "
    "libertad de los presos del motín.",
    "El corregidor aceptó la primera en junio de 1804 y negó las otras dos.",
])

HOSPICES = [
    Paragraph(1, "The hospices of the Vernay pass", is_heading=True),
    Paragraph(2, "The canons of Saint-Aubert guarded the Vernay pass from 1320 until the road tunnel opened in 1964."),
    Paragraph(3, "Travellers found shelter all the way up, because the canons kept four hospices along the old pass road:"),
    Paragraph(4, "- Saint-Aubert, the lowest, beside the toll bridge; - La Combe, a stable for forty mules; "
                 "- Vernay, at the foot of the last climb; - Col-Haut, on the summit itself, open all year."),
    Paragraph(5, "The canons sold Col-Haut to the canton in 1965, a year after the tunnel opened."),
]


def test_an_inline_counted_list_is_a_card_of_its_items() -> None:
    cards = _list_cards(derive_drafts(STRIKE, "en"))
    assert [(c.item["front"], c.item["back"], c.item["source"]) for c in cards] == [(
        "The strike committee put three demands to the harbour board. What demands does the text list?",
        "A shorter working day; a fixed rate for night shifts; the return of the dismissed foremen.",
        [3],
    )]
    assert cards[0].ready  # the paragraph has nothing else to ask


def test_a_spanish_inline_counted_list_is_a_card_of_its_items() -> None:
    cards = _list_cards(derive_drafts(COFRADIA, "es"))
    assert [(c.item["front"], c.item["back"]) for c in cards] == [(
        "La cofradía exigía tres cosas. ¿Qué cosas enumera el texto?",
        "La rebaja del diezmo del pescado; el fin de las levas forzosas; la libertad de los presos del motín.",
    )]
    assert cards[0].ready


def test_a_list_paragraph_under_its_lead_in_is_a_card_of_the_items_names_citing_both() -> None:
    cards = _list_cards(derive_drafts(HOSPICES, "en"))
    assert [(c.item["front"], c.item["back"], c.item["source"]) for c in cards] == [(
        "Travellers found shelter all the way up, because the canons kept four hospices along the old pass road. "
        "What hospices does the text list?",
        "Saint-Aubert; La Combe; Vernay; Col-Haut.",
        [3, 4],
    )]


def test_no_card_when_the_count_is_not_the_number_of_items_or_the_lead_in_leans_on_what_came_before() -> None:
    miscounted = document([
        "El motín de los pescadores de Bermeo",
        "Los pescadores de Bermeo se amotinaron en abril de 1804 contra el nuevo impuesto sobre la sal.",
        "La cofradía exigía cuatro cosas: la rebaja del diezmo del pescado, el fin de las levas forzosas y la "
        "libertad de los presos del motín.",
    ])
    assert _list_cards(derive_drafts(miscounted, "es")) == []
    leaning = document([
        "The Harwell dock strike",
        "The dockers of Harwell stopped work on 3 May 1911 and stayed out for nine weeks.",
        "These were their three demands: a shorter working day, a fixed rate for night shifts and the return "
        "of the dismissed foremen.",
    ])
    assert _list_cards(derive_drafts(leaning, "en")) == []
    unowned = document([
        "El motín de los pescadores de Bermeo",
        "Los pescadores de Bermeo se amotinaron en abril de 1804 contra el nuevo impuesto sobre la sal.",
        "Conviene recordar sus tres peticiones: la rebaja del diezmo del pescado, el fin de las levas forzosas y la "
        "libertad de los presos del motín.",
    ])
    assert _list_cards(derive_drafts(unowned, "es")) == []


def test_a_list_card_waits_when_its_paragraph_has_a_ready_item_of_its_own() -> None:
    busy = document([
        "The Harwell dock strike",
        "The dockers of Harwell stopped work on 3 May 1911 and stayed out for nine weeks.",
        "Led by Albert Moss, the strike committee put three demands to the harbour board: a shorter working day, "
        "a fixed rate for night shifts and the return of the dismissed foremen.",
    ])
    drafts = derive_drafts(busy, "en")
    cards = _list_cards(drafts)
    assert any(d.ready and d.paragraph == 3 and d not in cards for d in drafts)
    assert cards and not any(c.ready for c in cards)


KILN = [
    Paragraph(1, "The lime kilns of Beer Head", is_heading=True),
    Paragraph(2, "The kilns at Beer Head burned chalk from 1790 until the last one was banked in 1902. "
                 "A burner describes a kiln by what goes in at the top and what comes out at the draw hole. "
                 "The usual charges and yields of one burning were these:"),
    Paragraph(3, "- chalk from the cliff quarry, broken to the size of a fist; - culm from the Welsh pits, "
                 "shipped in by ketch; - a small load of furze faggots to light the fire; "
                 "- quicklime, drawn hot at the bottom."),
]


def test_a_lead_in_pointing_ahead_to_its_list_and_an_item_of_ten_words_still_make_a_card() -> None:
    cards = _list_cards(derive_drafts(KILN, "en"))
    assert [c.item["back"] for c in cards] == [
        "Chalk from the cliff quarry; culm from the Welsh pits; a small load of furze faggots to light the fire; quicklime."
    ]
