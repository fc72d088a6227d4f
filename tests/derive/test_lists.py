"""Lists and the paragraphs that introduce them (quizapp.derive.lists): a list pairing names
with what they are or do is a matching item, a list of steps the text says are in a fixed order
an ordering item; either cites the list and its lead-in. Own texts, two list styles a language."""
from __future__ import annotations

import re

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs

# A markdown list under its lead-in paragraph ("**Name**: ..."), then a numbered one.
MILL_EN = """# The Marlow paper mill

The paper mill at Marlow Bottom opened in 1792 and made writing paper from linen rags until 1911, when a fire closed it.

## The four rooms

The mill had four rooms, each with its own task:

- **The cutting room**: women sorted the linen and chopped it into small squares.
- **The beater room**: a heavy roller ground the wet squares into a thin pulp.
- **The vat room**: the vatman lifted a layer of fibres from the pulp on a wire mould.
- **The drying loft**: the damp sheets hung on ropes of horsehair until they were dry.

## Making a sheet

Every sheet went through the same steps in this order:

1. The vatman dipped the mould into the warm pulp.
2. He shook the mould gently to lock the fibres together.
3. The coucher turned the wet sheet onto a woollen felt.
4. A screw press squeezed the pile of felts and sheets.
5. The sheets were dipped in gelatine to stop ink from spreading.

The Marlow mill sold most of its paper to lawyers in Oxford, who prized its strength.
"""

# The lead-in and a list of quoted names in one paragraph ("- a - b - c" once joined).
BELLS_EN = """# The bell foundry at Wexcombe

The Wexcombe foundry cast church bells from 1701 to 1958.

The foundry's account book has four chapters, each in a different hand:
- "Lady Day", which lists the copper and tin bought each year - "Michaelmas", which records the loam and horse dung for each mould - "Candlemas", which gives the notes struck after each casting - "Metal sales", which lists the metal sold as scrap
"""

# «Nombre: descripción» under its lead-in, then steps under «una secuencia fija».
TELAR_ES = """# El telar de Santa Eulalia

El taller de Santa Eulalia tejió mantas de lana churra desde 1868 hasta 1974 y llegó a tener once telares de madera.

## Las piezas del telar

Cada telar de madera tenía cinco piezas principales:

- El enjulio: el rodillo trasero donde se enrolla la urdimbre antes de tejer.
- Los lizos: unos marcos que levantan la mitad de los hilos para abrir paso a la trama.
- La lanzadera: una pieza hueca que lleva el hilo de un lado a otro.
- El peine: una rejilla que aprieta cada pasada contra la anterior.
- Los pedales: las tablas que la tejedora pisa para mover los lizos.

## La preparación de la lana

La preparación de la lana seguía una secuencia fija:

- Las mujeres lavaban los vellones en el arroyo con agua fría.
- Después cardaban la lana a mano con peines de púas.
- Luego hilaban la lana en la rueca durante el invierno.
- Por último teñían las madejas con nogal o con rubia.

La última tejedora del taller, Remedios Alonso, donó su telar al museo de la comarca en 1981.
"""

# «Nombre», que ... joined with its lead-in; then lower-case steps «en este orden».
BODEGA_ES = """# Las bodegas de Villacarrillo

Las bodegas de Villacarrillo guardaban en 1900 unas 40.000 arrobas de vino.

El vino pasaba por cuatro lugares antes de venderse:
- «El lagar», donde se pisaba la uva descalzo - «La cueva», que mantenía los tinajones a la misma temperatura todo el año - «El jaraíz», que servía para prensar el orujo - «La trastienda», donde el bodeguero cobraba a los arrieros

Los pasos de la vendimia eran siempre los mismos, en este orden:
- cortar los racimos con navaja - llevar los racimos en serones a lomos de mula - pisar la uva en el lagar - dejar fermentar el mosto en las tinajas
"""


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def of_type(drafts: list[Draft], qtype: str) -> list[Draft]:
    return [d for d in ready(drafts) if d.item.get("type") == qtype]


def normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def number_of(paragraphs: list[Paragraph], opening: str) -> int:
    return next(p.number for p in paragraphs if p.text.startswith(opening))


def test_a_list_of_named_rooms_is_matched_to_its_descriptions_citing_the_lead_in() -> None:
    paragraphs = read_paragraphs(MILL_EN)
    lead, items = number_of(paragraphs, "The mill had four rooms"), number_of(paragraphs, "- **The cutting room**")
    matchings = of_type(derive_drafts(paragraphs, "en"), "matching")
    assert matchings, [(d.key, d.problems) for d in derive_drafts(paragraphs, "en") if d.paragraph == items]
    m = matchings[0]
    assert m.item["source"] == [lead, items]
    pairs = {p["left"]: p["right"] for p in m.item["pairs"]}
    assert pairs["The beater room"] == "A heavy roller ground the wet squares into a thin pulp"
    assert pairs["The vat room"].startswith("The vatman lifted a layer of fibres")
    # "The drying loft" <-> "... until they were dry": matched from the words alone, left out.
    assert "The drying loft" not in pairs


def test_a_numbered_list_of_steps_is_an_ordering_of_its_trimmed_clauses() -> None:
    paragraphs = read_paragraphs(MILL_EN)
    lead, steps = number_of(paragraphs, "Every sheet went through"), number_of(paragraphs, "1. The vatman")
    orderings = [d for d in of_type(derive_drafts(paragraphs, "en"), "ordering") if d.paragraph == steps]
    assert orderings
    o = orderings[0]
    assert o.item["source"] == [lead, steps]
    assert o.item["items"][:3] == [
        "The vatman dipped the mould into the warm pulp",
        "Shook the mould gently to lock the fibres together",  # the doer's pronoun cut, as in a narrative step
        "The coucher turned the wet sheet onto a woollen felt",
    ]
    assert not any(re.match(r"\d", i) for i in o.item["items"])  # no item says its own place


def test_quoted_names_with_which_clauses_in_one_paragraph_with_their_lead_in() -> None:
    paragraphs = read_paragraphs(BELLS_EN)
    items = number_of(paragraphs, "The foundry's account book")
    matchings = of_type(derive_drafts(paragraphs, "en"), "matching")
    assert matchings and matchings[0].item["source"] == [items]
    pairs = {p["left"]: p["right"] for p in matchings[0].item["pairs"]}
    assert pairs == {
        "Lady Day": "Lists the copper and tin bought each year",
        "Michaelmas": "Records the loam and horse dung for each mould",
        "Candlemas": "Gives the notes struck after each casting",
    }  # "Metal sales" <-> "lists the metal sold as scrap" repeats its name: left out


def test_spanish_name_colon_description_items_are_matched() -> None:
    paragraphs = read_paragraphs(TELAR_ES)
    lead, items = number_of(paragraphs, "Cada telar de madera"), number_of(paragraphs, "- El enjulio")
    matchings = of_type(derive_drafts(paragraphs, "es"), "matching")
    assert matchings
    m = matchings[0]
    assert m.item["source"] == [lead, items]
    assert "Relacione" in m.item["prompt"]
    pairs = {p["left"]: p["right"] for p in m.item["pairs"]}
    assert pairs["La lanzadera"] == "Una pieza hueca que lleva el hilo de un lado a otro"
    assert pairs["El enjulio"] == "El rodillo trasero donde se enrolla la urdimbre antes de tejer"
    # «Los lizos: unos marcos que levantan la mitad de los hilos para abrir paso a la trama» runs
    # past a side's length with no comma to cut at: left out, the other four pairs matched.
    assert "Los lizos" not in pairs and len(pairs) == 4


def test_spanish_steps_under_a_fixed_sequence_are_ordered_without_their_markers() -> None:
    paragraphs = read_paragraphs(TELAR_ES)
    lead, steps = number_of(paragraphs, "La preparación de la lana seguía"), number_of(paragraphs, "- Las mujeres lavaban")
    orderings = [d for d in of_type(derive_drafts(paragraphs, "es"), "ordering") if d.paragraph == steps]
    assert orderings
    o = orderings[0]
    assert o.item["source"] == [lead, steps]  # the list's ordering, not the narrative one of its markers alone
    assert o.item["items"] == [
        "Las mujeres lavaban los vellones en el arroyo con agua fría",
        "Cardaban la lana a mano con peines de púas",
        "Hilaban la lana en la rueca durante el invierno",
        "Teñían las madejas con nogal o con rubia",
    ]


def test_spanish_quoted_places_and_lower_case_steps_joined_in_one_paragraph() -> None:
    paragraphs = read_paragraphs(BODEGA_ES)
    drafts = derive_drafts(paragraphs, "es")
    places = number_of(paragraphs, "El vino pasaba")
    matchings = [d for d in of_type(drafts, "matching") if d.paragraph == places]
    assert matchings
    pairs = {p["left"]: p["right"] for p in matchings[0].item["pairs"]}
    assert pairs["La cueva"] == "Mantenía los tinajones a la misma temperatura todo el año"
    assert pairs["La trastienda"] == "Donde el bodeguero cobraba a los arrieros"
    steps = number_of(paragraphs, "Los pasos de la vendimia")
    orderings = [d for d in of_type(drafts, "ordering") if d.paragraph == steps]
    assert orderings and orderings[0].item["items"][0] == "Cortar los racimos con navaja"
    assert orderings[0].item["source"] == [steps]  # its lead-in is in the same paragraph


def test_a_step_leaning_on_the_one_before_holds_the_ordering_back() -> None:
    text = BODEGA_ES.replace("llevar los racimos", "llevarlos")
    paragraphs = read_paragraphs(text)
    steps = number_of(paragraphs, "Los pasos de la vendimia")
    held = [d for d in derive_drafts(paragraphs, "es") if d.item.get("type") == "ordering" and d.paragraph == steps]
    assert held and all(d.problems for d in held)  # «Llevarlos en serones»: the clitic leans on the step before


def test_list_items_read_one_per_paragraph_by_the_import_are_one_list() -> None:
    paragraphs = [
        Paragraph(1, "El telar de Santa Eulalia", is_heading=True),
        Paragraph(2, "El taller de Santa Eulalia tejió mantas de lana churra desde 1868 hasta 1974 y llegó a tener once telares de madera."),
        Paragraph(3, "Cada telar de madera tenía cinco piezas principales:"),
        Paragraph(4, "El enjulio: el rodillo trasero donde se enrolla la urdimbre antes de tejer.", is_list_item=True),
        Paragraph(5, "Los lizos: unos marcos que levantan la mitad de los hilos para abrir paso a la trama.", is_list_item=True),
        Paragraph(6, "La lanzadera: una pieza hueca que lleva el hilo de un lado a otro.", is_list_item=True),
        Paragraph(7, "El peine: una rejilla que aprieta cada pasada contra la anterior.", is_list_item=True),
    ]
    matchings = of_type(derive_drafts(paragraphs, "es"), "matching")
    assert matchings
    assert matchings[0].item["source"] == [3, 4, 5, 6, 7]


def test_a_bulleted_list_without_order_or_pairs_gets_neither() -> None:
    text = """# Trees of the valley

The valley's woods hold many kinds of tree:

- oaks on the dry southern slopes above the village
- alders along the stream and in the wet meadows
- a few yews in the churchyard and beside the old road
"""
    drafts = derive_drafts(read_paragraphs(text), "en")
    assert not [d for d in drafts if d.item.get("type") in ("matching", "ordering")]
