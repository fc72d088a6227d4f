"""Lists of names with figures (quizapp.derive.lists): "- the town council, 49 percent; - the
Ferry Board, 22.5 percent; ..." pairs each party with its share, a matching whose right sides are
figures of one unit; the same list written inline ("the council 49 percent, the board 22.5
percent and the trust 12.6 percent") too. The integrator's probe (probes/shares-en.md) and own
texts on other subjects and units, in English and Spanish."""
from __future__ import annotations

from pathlib import Path

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs

# Acres of a common allotted by an enclosure award: another unit, another subject.
COMMON_EN = """# The Hethersett enclosure

The open common at Hethersett was grazed by the whole village until the enclosure award of 1804.

## The award

The commissioners met at the Queen's Head in the spring of 1803. When they divided the common, the land was allotted in this way:

- the parish church, 120 acres;
- the Earl of Stowe, 85 acres;
- the village poor, 40 acres;
- the miller, 12 acres.

The village poor lost their right to graze geese on the green, and many left for Norwich within a decade.
"""

# «- la cofradía, 40 por ciento; ...»: the first sale of the catch shared by fixed keys.
LONJA_ES = """# La lonja de Portosín

La lonja de Portosín vende cada mañana la pesca de unos treinta barcos de bajura.

## El reparto

El convenio de 1998 se renueva cada invierno entre la cofradía y los armadores. El valor de la primera venta se repartía con porcentajes fijos:

- la cofradía, 40 por ciento;
- los armadores, 35 por ciento;
- la tripulación, 18,5 por ciento;
- el fondo de jubilaciones, 6,5 por ciento.

Los marineros más jóvenes se quejaban de que el reparto favorecía a los barcos grandes.
"""

# The same kind of list inside one sentence, its items parted by commas and "and"/«y».
LEAT_EN = """# The Abbey leat

The Abbey leat carried water from the river Wensum to the town for six hundred years.

The monks dug the leat in 1240, and the town bought it from the Crown in 1545. By the charter of 1602, the water was shared: the tannery 40 percent, the brewery 35 percent and the kitchen gardens 25 percent.

The leat was filled in after the cholera of 1849.
"""

ACEQUIA_ES = """# La acequia de Benifaió

La acequia de Benifaió riega las huertas del valle desde la Edad Media.

Los regantes se reúnen en la ermita cada primer domingo de mes. Según las ordenanzas de 1750, el agua se repartía así: la huerta del convento 45 por ciento, el molino harinero 30 por ciento y los vecinos del arrabal 25 por ciento.

La acequia se entubó en 1972.
"""


def _probe(name: str) -> list[Paragraph]:
    return read_paragraphs((Path(__file__).parent / "probes" / name).read_text(encoding="utf-8"))


def _matchings(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.ready and d.item.get("type") == "matching"]


def _pairs(draft: Draft) -> dict[str, str]:
    return {p["left"]: p["right"] for p in draft.item["pairs"]}


def _number_of(paragraphs: list[Paragraph], opening: str) -> int:
    return next(p.number for p in paragraphs if p.text.startswith(opening))


def test_the_probes_parties_are_matched_with_their_shares_citing_the_lead_in() -> None:
    paragraphs = _probe("shares-en.md")
    drafts = derive_drafts(paragraphs, "en")
    lead, items = _number_of(paragraphs, "Under the Lakeside"), _number_of(paragraphs, "- the town council")
    matchings = _matchings(drafts)
    assert matchings, [(d.key, d.problems) for d in drafts if d.paragraph in (lead, items)]
    m = matchings[0]
    assert m.item["source"] == [lead, items]
    pairs = _pairs(m)
    assert pairs["The town council"] == "49 percent"
    assert pairs["The Ferry Board"] == "22.5 percent"
    assert pairs["The harbour trust"] == "12.6 percent"
    # "a reserve of 15.9 percent left for ...": its figure inside its name, left out or read as the reserve.
    assert set(pairs) - {"The town council", "The Ferry Board", "The harbour trust"} <= {"A reserve"}
    assert "share" in m.item["prompt"]  # what the figures are, from the lead-in ("the main shares were distributed")


def test_acres_allotted_to_parties_are_matched_in_english() -> None:
    paragraphs = read_paragraphs(COMMON_EN)
    matchings = _matchings(derive_drafts(paragraphs, "en"))
    assert matchings
    assert _pairs(matchings[0]) == {
        "The parish church": "120 acres",
        "The Earl of Stowe": "85 acres",
        "The village poor": "40 acres",
        "The miller": "12 acres",
    }
    assert "allotted in this way" in matchings[0].item["prompt"]  # the lead-in quoted: what the acres are


def test_spanish_shares_with_decimal_commas_are_matched() -> None:
    paragraphs = read_paragraphs(LONJA_ES)
    lead, items = _number_of(paragraphs, "El convenio de 1998"), _number_of(paragraphs, "- la cofradía")
    matchings = _matchings(derive_drafts(paragraphs, "es"))
    assert matchings
    m = matchings[0]
    assert m.item["source"] == [lead, items]
    assert _pairs(m) == {
        "La cofradía": "40 por ciento",
        "Los armadores": "35 por ciento",
        "La tripulación": "18,5 por ciento",
        "El fondo de jubilaciones": "6,5 por ciento",
    }
    assert "Relacione" in m.item["prompt"]


def test_an_inline_list_of_shares_is_matched_in_english_and_spanish() -> None:
    english = read_paragraphs(LEAT_EN)
    matchings = _matchings(derive_drafts(english, "en"))
    assert matchings
    assert _pairs(matchings[0]) == {"The tannery": "40 percent", "The brewery": "35 percent", "The kitchen gardens": "25 percent"}
    assert matchings[0].item["source"] == [_number_of(english, "The monks dug")]
    spanish = read_paragraphs(ACEQUIA_ES)
    matchings = _matchings(derive_drafts(spanish, "es"))
    assert matchings
    assert _pairs(matchings[0]) == {
        "La huerta del convento": "45 por ciento", "El molino harinero": "30 por ciento", "Los vecinos del arrabal": "25 por ciento",
    }


def test_figures_of_different_units_or_one_figure_twice_make_no_matching() -> None:
    mixed = COMMON_EN.replace("85 acres", "85 pounds").replace("40 acres", "40 bushels")
    assert not _matchings(derive_drafts(read_paragraphs(mixed), "en"))
    twice = LONJA_ES.replace("35 por ciento", "40 por ciento").replace("18,5 por ciento", "40 por ciento")
    assert not _matchings(derive_drafts(read_paragraphs(twice), "es"))


def test_a_part_named_by_the_noun_of_its_figure_is_matched_as_the_text_writes_it() -> None:
    text = LONJA_ES.replace("- el fondo de jubilaciones, 6,5 por ciento.", "- una reserva del 6,5 por ciento para las viudas de los marineros.")
    matchings = _matchings(derive_drafts(read_paragraphs(text), "es"))
    assert matchings
    assert _pairs(matchings[0])["Una reserva"] == "6,5 por ciento"


def test_list_items_that_are_sentences_ending_in_a_figure_make_no_matching() -> None:
    text = COMMON_EN.replace("- the parish church, 120 acres;", "- the parish church kept 120 acres;").replace(
        "- the Earl of Stowe, 85 acres;", "- the Earl of Stowe bought 85 acres;").replace("- the village poor, 40 acres;", "- the village poor farmed 40 acres;")
    assert not _matchings(derive_drafts(read_paragraphs(text), "en"))
