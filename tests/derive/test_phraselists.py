"""A list of noun-phrase items under a lead-in (issue 10, brief phraselists): "Among the requests
the school board sent in 2022 were the following:" above "- a full study of the effect of the
new timetable on the pupils' journeys and their safety;", each item a long noun phrase ending in
";". No card asked it: an item past MAX_ITEM_WORDS with no clause to cut at was no short phrase,
and one with a "once"/«una vez que» was cut inside its conjunction. The list's card now shows
each item cut to its head noun phrase, cites the lead-in and every item, and is offered. Own
texts."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def _doc(title: str, intro: str, items: list[str], after: str) -> list[Paragraph]:
    paragraphs = [Paragraph(1, title, is_heading=True), Paragraph(2, intro)]
    paragraphs += [Paragraph(3 + k, item, False, True) for k, item in enumerate(items)]
    paragraphs.append(Paragraph(3 + len(items), after))
    return paragraphs


def _list_cards(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.ready and d.kind == "card" and "list" in d.item.get("tags", [])]


BUSES = _doc(
    "The Marlow school buses",
    "The county school board has asked the bus company for changes, both by letter and at the"
    " transport forum. Among the requests its transport committee sent in 2022 were the following:",
    [
        "a full study of the effect of the new timetable on the pupils' journeys and their safety;",
        "figures on the use of the late bus and the stops that will be dropped in winter;",
        "the inclusion of the two valley villages in the review of routes planned by the county;",
        "the regular publication of the buses' punctuality once the new timetable is in force.",
    ],
    "The company answered in May that the study would appear before the autumn term.",
)

MERCADO = _doc(
    "El mercado de San Telmo",
    "La asociación de vecinos ha pedido al ayuntamiento más información, tanto por escrito como en"
    " el pleno del distrito. Entre las peticiones enviadas en 2022 por su junta directiva figuraban las siguientes:",
    [
        "un estudio completo del efecto de la reforma sobre los puestos y el tráfico del barrio;",
        "datos sobre el uso del aparcamiento y los puestos que se cerrarán durante las obras;",
        "la inclusión del mercado en el plan de rehabilitación de edificios históricos del distrito;",
        "la publicación periódica de los gastos de la obra una vez que la reforma esté en marcha.",
    ],
    "El ayuntamiento respondió en mayo que el estudio se publicaría antes del otoño.",
)


def test_a_list_of_long_noun_phrases_gets_a_card_of_their_heads() -> None:
    cards = _list_cards(derive_drafts(BUSES, "en"))
    assert len(cards) == 1
    card = cards[0].item
    items = card["back"].rstrip(".").split("; ")
    assert items == [
        "A full study of the effect of the new timetable",
        "figures on the use of the late bus",
        "the inclusion of the two valley villages in the review",
        "the regular publication of the buses' punctuality",
    ]
    assert "requests" in card["front"]
    assert card["source"] == [2, 3, 4, 5, 6]


def test_a_spanish_list_of_long_noun_phrases_gets_a_card_of_their_heads() -> None:
    cards = _list_cards(derive_drafts(MERCADO, "es"))
    assert len(cards) == 1
    card = cards[0].item
    items = card["back"].rstrip(".").split("; ")
    assert items == [
        "Un estudio completo del efecto de la reforma",
        "datos sobre el uso del aparcamiento y los puestos",
        "la inclusión del mercado en el plan de rehabilitación",
        "la publicación periódica de los gastos de la obra",
    ]
    assert "peticiones" in card["front"]
    assert card["source"] == [2, 3, 4, 5, 6]


HARBOUR = _doc(
    "The Penmarth harbour wall",
    "The fishermen's guild has asked the harbour trust for more information, both by letter and at"
    " the annual meeting. Among the requests the guild sent in 2021 were the following:",
    [
        "a full survey of the damage done to the outer wall by the winter storms of that year;",
        "figures on the cost of the repairs and the berths that will be closed during the work;",
        "the inclusion of the guild in the committee that oversees the works at the quay;",
        "the regular publication of the tide gauge readings once the new wall is finished.",
    ],
    "The trust replied in June that the survey would be published before the autumn.",
)


def test_a_noun_phrase_is_cut_after_a_participle_too() -> None:
    """"the damage done | to the outer wall": a cut may follow any word of the phrase but an
    article or a preposition, never "the damage done to the"."""
    cards = _list_cards(derive_drafts(HARBOUR, "en"))
    assert [c.item["back"] for c in cards] == [
        "A full survey of the damage done; figures on the cost of the repairs and the berths;"
        " the inclusion of the guild in the committee; the regular publication of the tide gauge readings."
    ]
    assert "Among the requests the guild sent in 2021" in cards[0].item["front"]
