"""A list of noun phrases a text introduces, each item a paragraph of its own (as the import and
``flask bank derive`` read a markdown list), is asked by a card whose front says what the list is
OF in the document's own terms (the lead-in's noun, with the sentence that names whose), not a
label ("The text introduces a list: ..."), and which is ready by default: it covers every item,
which nothing else asks (quizapp.derive.list_cards). Own texts."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def _list_cards(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.kind == "card" and "list" in d.item.get("tags", [])]


def _doc(title: str, intro: str, lead: str, items: list[str], after: str) -> list[Paragraph]:
    paragraphs = [Paragraph(1, title, is_heading=True), Paragraph(2, intro), Paragraph(3, lead)]
    paragraphs += [Paragraph(4 + k, item, False, True) for k, item in enumerate(items)]
    paragraphs.append(Paragraph(4 + len(items), after))
    return paragraphs


KITES = _doc(
    "Kite generators",
    "Kite generators fly a wing on a long tether and pump power as the wing pulls the line out.",
    "Kite generators still face serious hurdles. The main ones are:",
    [
        "the wear of the tether, which frayed within six weeks in the 2015 trials at Husum;",
        "the need for wide empty land around each site;",
        "the noise of the winch at the ground station;",
        "conflicts with aviation rules near airfields.",
    ],
    "A Dutch firm flew the first kite generator of one megawatt in 2021.",
)

EMBALSE = _doc(
    "El embalse de Riaño",
    "El embalse de Riaño se llenó en 1987 tras veinte años de obras y de pleitos.",
    "Los críticos señalaron cuatro objeciones principales:",
    [
        "el costo de las expropiaciones, que en 1986 superó los tres mil millones de pesetas;",
        "el riesgo para los pastos de la montaña;",
        "la pérdida de los huertos de la ribera;",
        "el traslado del cementerio del pueblo.",
    ],
    "La presa riega hoy unas ochenta mil hectáreas de la meseta.",
)


def test_a_list_card_names_what_the_list_is_of_and_is_ready_beside_an_items_own_draft() -> None:
    cards = _list_cards(derive_drafts(KITES, "en"))
    assert [(c.item["front"], c.item["back"]) for c in cards] == [(
        "Kite generators still face serious hurdles. What hurdles does the text list?",
        "The wear of the tether; the need for wide empty land around each site; the noise of the winch at the "
        "ground station; conflicts with aviation rules near airfields.",
    )]
    assert cards[0].ready, cards[0].problems  # the first item's year has its own gap: the card still covers the rest


def test_a_spanish_list_card_names_what_the_list_is_of_and_is_ready() -> None:
    cards = _list_cards(derive_drafts(EMBALSE, "es"))
    assert [(c.item["front"], c.item["back"]) for c in cards] == [(
        "Los críticos señalaron cuatro objeciones principales. ¿Qué objeciones principales enumera el texto?",
        "El costo de las expropiaciones; el riesgo para los pastos de la montaña; la pérdida de los huertos de la "
        "ribera; el traslado del cementerio del pueblo.",
    )]
    assert cards[0].ready, cards[0].problems


def _with_second_list(paragraphs: list[Paragraph], lead: str, items: list[str]) -> list[Paragraph]:
    n = len(paragraphs)
    more = [Paragraph(n + 1, lead)] + [Paragraph(n + 2 + k, item, False, True) for k, item in enumerate(items)]
    return [*paragraphs, *more]


def _selects(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "multiple_select" and "list" in d.item.get("tags", [])]


def test_a_list_is_also_asked_as_a_multiple_select_whose_wrong_options_are_another_lists_items() -> None:
    doc = _with_second_list(KITES, "The designers hoped for several advantages:", [
        "a much lighter structure than a tower;", "access to the steadier winds higher up;", "a lower cost per megawatt-hour.",
    ])
    selects = _selects(derive_drafts(doc, "en"))
    hurdles = next(s for s in selects if "hurdles" in s.item["prompt"])
    assert hurdles.item["prompt"] == (
        "Kite generators still face serious hurdles. Which of these does the text list as hurdles? Select all that apply."
    )
    assert sorted((c["text"], c["correct"]) for c in hurdles.item["choices"]) == [
        ("A much lighter structure than a tower", False),
        ("Access to the steadier winds higher up", False),
        ("Conflicts with aviation rules near airfields", True),
        ("The need for wide empty land around each site", True),
        ("The noise of the winch at the ground station", True),
        ("The wear of the tether", True),
    ]
    # Alone in its document, a list has no other list's items to offer as wrong options.
    assert _selects(derive_drafts(KITES, "en")) == []


def test_a_spanish_list_is_also_asked_as_a_multiple_select_over_another_lists_items() -> None:
    doc = _with_second_list(EMBALSE, "Los ingenieros defendieron varias ventajas:", [
        "un riego seguro para las tierras bajas;", "la electricidad para tres comarcas;", "el fin de las riadas del río.",
    ])
    selects = _selects(derive_drafts(doc, "es"))
    objeciones = next(s for s in selects if "objeciones" in s.item["prompt"])
    assert objeciones.item["prompt"] == (
        "Los críticos señalaron cuatro objeciones principales. ¿Cuáles de las siguientes enumera el texto como "
        "objeciones principales? Marque todas las que correspondan."
    )
    assert sorted(c["text"] for c in objeciones.item["choices"] if not c["correct"]) == [
        "La electricidad para tres comarcas", "Un riego seguro para las tierras bajas",
    ]
    assert _selects(derive_drafts(EMBALSE, "es")) == []


def test_no_multiple_select_takes_wrong_options_from_a_list_of_another_shape_or_section() -> None:
    names = _with_second_list(KITES, "The firm flew its test kites at three sites:", ["Husum;", "Texel;", "Borkum."])
    assert _selects(derive_drafts(names, "en")) == []  # names beside phrases: told apart by their shape
    section = [*EMBALSE, Paragraph(len(EMBALSE) + 1, "Las ventajas", is_heading=True)]
    section = _with_second_list(section, "Los ingenieros defendieron varias ventajas:", [
        "un riego seguro para las tierras bajas;", "la electricidad para tres comarcas;", "el fin de las riadas del río.",
    ])
    assert _selects(derive_drafts(section, "es")) == []  # another section's list


def test_a_counted_kind_of_thing_keeps_its_complement_and_a_list_of_single_words_takes_no_phrases_as_wrong_options() -> None:
    apples = _doc(
        "The Lowfield orchards",
        "The Lowfield orchards cover about 400 hectares of clay south of the river.",
        "Cider growers in Lowfield grow three kinds of apple:",
        ["bittersweets, which give tannin;", "sharps, which give acid;", "sweets, which give sugar for fermentation."],
        "The growers sell most of their fruit to two cider mills in the county.",
    )
    apples = _with_second_list(apples, "The growers name several threats to the orchards:", [
        "late frost in blossom time;", "scab on wet summers;", "the falling price of bulk juice;",
    ])
    drafts = derive_drafts(apples, "en")
    assert "Cider growers in Lowfield grow three kinds of apple. What kinds of apple does the text list?" in [
        c.item["front"] for c in _list_cards(drafts)
    ]
    assert _selects(drafts) == []


FERRIES = _doc(
    "The Skerry ferries",
    "The Skerry ferries have carried cars and freight between the islands since 1972.",
    "Sailings on the islands' routes are run by a group of licensed operators. In the busiest summers the "
    "routes carried about 400 crossings a week, far fewer by the time the new harbour opened. The main operators were:",
    [
        "the Skerry Council Ferries, which ran the short crossings;",
        "the Northlink Shipping Company, which ran the night freight;",
        "the island co-operatives, which hired small boats in summer;",
        "private skippers, who carried only foot passengers.",
    ],
    "The council bought the last private boat in 1998.",
)
MERCADO = _doc(
    "El mercado de Sonsonate",
    "El mercado de Sonsonate abrió en 1911 junto a la estación del tren.",
    "El comercio del mercado seguía una cadena fija de vendedores con licencia. En los años setenta el recinto "
    "tenía unos 900 puestos, cifra que bajó mucho antes del cierre. Los principales vendedores eran:",
    [
        "los mayoristas de grano, que compraban a los productores del valle;",
        "los carniceros, que tenían sus puestos junto al río;",
        "las vendedoras de fruta, que llegaban cada mañana desde Nahuizalco;",
        "los vendedores ambulantes, que recorrían los pasillos.",
    ],
    "El mercado se trasladó a un edificio nuevo en 1994.",
)


def test_a_lead_in_naming_its_noun_alone_takes_the_statement_that_names_it_from_its_paragraph() -> None:
    """"The main operators were:" quoted alone says operators of nothing ("The text introduces a
    list: ... What does it list?", a fresh review's "participants in what?"): the front is the
    paragraph's statement naming those operators, without a figure (another item's key), and the
    question on the noun."""
    cards = _list_cards(derive_drafts(FERRIES, "en"))
    assert [c.item["front"] for c in cards] == [
        "Sailings on the islands' routes are run by a group of licensed operators. What operators does the text list?"
    ]
    cards = _list_cards(derive_drafts(MERCADO, "es"))
    assert [c.item["front"] for c in cards] == [
        "El comercio del mercado seguía una cadena fija de vendedores con licencia. ¿Qué vendedores enumera el texto?"
    ]
