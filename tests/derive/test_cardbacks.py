"""Card backs and fronts a fresh review of unseen documents rejected (brief cardbacks, issue 10):
a "what happens when ...?" card whose back takes one step of a process the next sentence goes
on telling, a list card whose list the text goes on with or whose item loses its abbreviation,
and a why-card cut inside a "not only ... but also" pair. Own texts, English and Spanish
(kettles, cooking pots, a cobblers' strike, plastics, harbour walls, old maps)."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from quizapp.derive.list_cards import LIST_GOES_ON_HOLD
from quizapp.documents.reading import read_markdown
from tests.helpers.drafts import document


def _cards(lines: list[str], language: str) -> list[tuple[str, str, bool]]:
    """Every card drafted (front, back, ready)."""
    return [(str(d.item["front"]), str(d.item["back"]), d.ready) for d in derive_drafts(document(lines), language) if d.kind == "card"]


# --- 1. a "what happens when" back that stops half-way through its process ---------------------

KETTLE_EN = [
    "Kettles",
    "When the kettle is switched on, a current flows through the coil at its base and heats the water around it. "
    "At the same time, the warm water rises and cooler water sinks to take its place.",
    "Most kettles switch themselves off once the water boils.",
]
POT_ES = [
    "Ollas",
    "Cuando la olla se calienta, el agua del fondo sube hacia la superficie. "
    "Mientras tanto, el agua más fría baja por los lados y ocupa su lugar.",
    "La mayoría de las ollas modernas tienen un fondo grueso.",
]
# The process goes on past what a back can carry: no card.
KETTLE_LONG_EN = [
    "Kettles",
    "When the kettle is switched on, a current flows through the thin coil at its base and heats the water around it. "
    "To spread that heat through the whole kettle, the warm water rises towards the lid, cooler water sinks along the "
    "sides to take its place, and the slow loop goes on until every part of the water is near the boil.",
    "Most kettles switch themselves off once the water boils.",
]
POT_LONG_ES = [
    "Ollas",
    "Cuando la olla se calienta, el agua del fondo sube hacia la superficie. "
    "Luego el agua más fría baja por los lados, ocupa el lugar de la caliente y se calienta a su vez sobre el fondo, "
    "de modo que el ciclo se repite una y otra vez hasta que toda el agua de la olla llega a hervir.",
    "La mayoría de las ollas modernas tienen un fondo grueso.",
]
# A next sentence that starts something else: the card keeps its one-sentence back.
KETTLE_KEPT_EN = [
    "Kettles",
    "When the kettle is switched on, a current flows through the coil at its base and heats the water around it. "
    "A kettle of this kind costs little to run.",
    "Most kettles switch themselves off once the water boils.",
]
POT_KEPT_ES = [
    "Ollas",
    "Cuando la olla se calienta, el agua del fondo sube hacia la superficie. "
    "Una olla de este tipo cuesta poco.",
    "La mayoría de las ollas modernas tienen un fondo grueso.",
]


def _happens(lines: list[str], language: str) -> list[tuple[str, str, bool]]:
    return [c for c in _cards(lines, language) if "happens when" in c[0] or "ocurre cuando" in c[0]]


def test_a_what_happens_card_carries_the_step_the_next_sentence_goes_on_with() -> None:
    """"When the kettle is switched on, a current ... heats the water. At the same time, the warm
    water rises ...": the back with only the first sentence is half the answer (a fresh review:
    an incomplete key). It carries the sentence that opens on a continuation marker."""
    for lines, language, going_on in ((KETTLE_EN, "en", "warm water rises"), (POT_ES, "es", "más fría baja")):
        cards = _happens(lines, language)
        assert cards and all(going_on in back for _, back, _ in cards), cards


def test_a_what_happens_card_is_held_when_the_process_goes_on_too_long() -> None:
    """A purpose opening the next sentence ("To spread that heat ..., the warm water rises ...")
    or «Luego ...» going on for longer than a back can carry: no card rather than half of it."""
    for lines, language in ((KETTLE_LONG_EN, "en"), (POT_LONG_ES, "es")):
        assert _happens(lines, language) == [], _happens(lines, language)


def test_a_what_happens_card_keeps_its_back_when_the_next_sentence_starts_something_else() -> None:
    for lines, language, back in ((KETTLE_KEPT_EN, "en", "A current flows through the coil at its base and heats the water around it."),
                                  (POT_KEPT_ES, "es", "El agua del fondo sube hacia la superficie.")):
        assert [c[1] for c in _happens(lines, language)] == [back], _happens(lines, language)


# --- 3. a why-card cut inside "not only ... but also" -------------------------------------------

MAPS_ES = [
    "Mapas",
    "Los mapas antiguos no solo sirven para orientarse, sino también para conocer cómo imaginaban el mundo sus autores.",
    "Muchos se guardan hoy en archivos públicos.",
]
MAPS_KEPT_ES = [
    "Mapas",
    "Los mapas antiguos sirven para conocer cómo imaginaban el mundo sus autores.",
    "Muchos se guardan hoy en archivos públicos.",
]
WALL_EN = [
    "The harbour wall",
    "The harbour wall was not only raised so that larger ships could moor, but also to shelter the fishing fleet.",
    "The work took four years.",
]
WALL_KEPT_EN = [
    "The harbour wall",
    "The harbour wall was raised by two metres so that larger ships could moor beside it.",
    "The work took four years.",
]


def test_a_why_card_is_not_cut_inside_a_not_only_pair() -> None:
    """«Los mapas antiguos no solo sirven | para orientarse, sino también ...»: the front
    "Explica por qué los mapas antiguos no solo sirven." is cut and the back a fragment (a fresh
    review: garbled). The same sentence without the pair keeps its card."""
    for lines, language in ((MAPS_ES, "es"), (WALL_EN, "en")):
        cards = _cards(lines, language)
        assert not [c for c in cards if "no solo" in c[0] or "not only" in c[0]], cards
    for lines, language in ((MAPS_KEPT_ES, "es"), (WALL_KEPT_EN, "en")):
        assert [c for c in _cards(lines, language) if c[0].startswith(("Explica por qué", "Explain why"))], _cards(lines, language)


# --- 2. a list card whose list the text goes on with, or whose item loses its abbreviation ------

def _markdown(text: str) -> list[Paragraph]:
    """The paragraphs a markdown document is read into, as ``flask bank derive`` reads them."""
    blocks = read_markdown(text.encode()).blocks
    return [Paragraph(n, b.text, b.is_heading, b.is_list_item) for n, b in enumerate(blocks, start=1)]


def _list_cards(text: str, language: str) -> list[tuple[str, str, list[str]]]:
    return [(str(d.item["front"]), str(d.item["back"]), list(d.problems)) for d in derive_drafts(_markdown(text), language)
            if d.kind == "card" and "list" in d.item.get("tags", [])]


STRIKE_EN = """# The Cobblers' Strike

The cobblers of Marlow stopped work in May 1890 and stayed out for six weeks.

## What the Cobblers Asked For

The strike committee drew up its claims in the first week. The main demands were:

- a shorter working day of ten hours;
- a fixed rate for each pair of boots;
- the return of the dismissed foremen.

{after}

The masters refused all of them at first, but gave way on the fixed rate in July 1890.
"""
STRIKE_ES = """# La huelga de los zapateros

Los zapateros de Tordes dejaron de trabajar en mayo de 1890 y siguieron en huelga seis semanas.

## Lo que pedían los zapateros

La junta de huelga redactó sus peticiones la primera semana. Las principales exigencias eran:

- una jornada más corta, de diez horas;
- una tarifa fija por cada par de botas;
- la readmisión de los capataces despedidos.

{after}

Los maestros las rechazaron todas al principio, pero cedieron en la tarifa fija en julio de 1890.
"""
ONE_MORE = {
    "en": "Another demand was a heated room for the winter months, which the masters called too costly.",
    "es": "Otra exigencia era una sala caldeada para los meses de invierno, que los maestros consideraban demasiado cara.",
}
SOMETHING_ELSE = {
    "en": "The masters met the committee twice in June, each time in the town hall.",
    "es": "Los maestros se reunieron con la junta dos veces en junio, siempre en el ayuntamiento.",
}


def test_a_list_card_is_held_when_the_text_names_one_more_item_after_the_list() -> None:
    """"The main demands were: ... . Another demand was a heated room ...": a back of the three
    bullets is an incomplete list (a fresh review: a list card missing a member), held for good;
    the same list followed by something else keeps its card (held only until coverage asks)."""
    for text, language in ((STRIKE_EN, "en"), (STRIKE_ES, "es")):
        held = _list_cards(text.format(after=ONE_MORE[language]), language)
        assert held and all(any(p.startswith(LIST_GOES_ON_HOLD) for p in c[2]) for c in held), held
        kept = _list_cards(text.format(after=SOMETHING_ELSE[language]), language)
        assert kept and not [c for c in kept if any(p.startswith(LIST_GOES_ON_HOLD) for p in c[2])], kept


PLASTICS_EN = """# Plastics and Their Uses

Plastics are made from long chains of small molecules, and most of them come from oil or gas.

## Common Kinds

Not every plastic is alike. Each kind has its own mix of strength, price and ease of recycling. The main kinds are:

1. **Polyvinyl chloride (PVC):** rigid and cheap, used for pipes and window frames.
2. **Low-density polyethylene (LDPE) and high-density polyethylene (HDPE):** light and tough, used for bags and bottles.
3. **Polystyrene (PS):** brittle and light, used for cups and packaging foam.

Recycling rates for these kinds stay low in many countries, and most waste plastic is burned or buried.
"""
PLASTICS_ES = """# Los plásticos y sus usos

Los plásticos están hechos de largas cadenas de moléculas pequeñas, y la mayoría procede del petróleo o del gas.

## Tipos comunes

No todos los plásticos son iguales. Cada tipo tiene su propia mezcla de resistencia, precio y facilidad de reciclaje. Los tipos principales son:

1. **Policloruro de vinilo (PVC):** rígido y barato, usado en tuberías y marcos de ventanas.
2. **Polietileno de baja densidad (PEBD) y polietileno de alta densidad (PEAD):** ligeros y resistentes, usados en bolsas y botellas.
3. **Poliestireno (PS):** frágil y ligero, usado en vasos y embalajes.

Las tasas de reciclaje de estos tipos siguen siendo bajas en muchos países, y la mayor parte del plástico se quema o se entierra.
"""


def test_a_list_card_keeps_the_abbreviations_and_the_second_name_of_an_item() -> None:
    """"**Low-density polyethylene (LDPE) and high-density polyethylene (HDPE):** ...": a back
    showing "Low-density polyethylene" drops an abbreviation and a whole member of the list (a
    fresh review: a wrong list). The item is shown by its whole label; no card shows it cut."""
    for text, language, whole in (
        (PLASTICS_EN, "en", "Low-density polyethylene (LDPE) and high-density polyethylene (HDPE)"),
        (PLASTICS_ES, "es", "Polietileno de baja densidad (PEBD) y polietileno de alta densidad (PEAD)"),
    ):
        cards = _list_cards(text, language)
        assert cards and all(whole.lower() in back.lower() for _, back, _ in cards), cards
        assert all("(PS)" in back for _, back, _ in cards), cards


# --- 3b. a comparison "as long in salt air as ..." read as a cause ------------------------------

def test_a_comparison_with_words_between_its_two_as_makes_no_why_card() -> None:
    """"Few structures ... have lasted as long in salt air | as the old iron pier": the second "as"
    opens what is compared with, and the card ("Explain why few structures ... have lasted as
    long in salt air." / "As the old iron pier at Selby Bay.") is a truncated comparison with a
    back that is no sentence (a fresh review: garbled). AS_COMPARED caught only "as quietly as";
    a gradual cause ("as the water grows warmer") keeps its card, even after "as much as"."""
    for sentence in (
        "Few structures on the coast have lasted as long in salt air as the old iron pier at Selby Bay.",
        "Few coastal towns have grown as fast in one decade as the fishing ports of the north coast.",
    ):
        cards = _cards(["Piers", sentence, "The pier was painted every spring."], "en")
        assert not [c for c in cards if c[0].startswith("Explain why")], cards
    for sentence, back in (
        ("Catches have fallen along the whole coast as the water grows warmer each summer.", "As the water grows warmer each summer."),
        ("Catches have fallen as much as a third along the coast as the water grows warmer each summer.", "As the water grows warmer each summer."),
    ):
        cards = _cards(["Piers", sentence, "The pier was painted every spring."], "en")
        assert [c[1] for c in cards if c[0].startswith("Explain why")] == [back], cards


# --- 4. "what happens to X in Y?" asked in the present of a back in the past ---------------------

MILL_PAST_ES = [
    "Molinos",
    "El molino de la aldea dependía del caudal del río. En los veranos secos, el coste de moler trigo se disparaba "
    "y los vecinos tenían que esperar a las lluvias de otoño.",
    "El molino cerró en 1950.",
]
MILL_PAST2_ES = [
    "Molinos",
    "El molino de la aldea dependía del caudal del río. En los veranos secos, el coste de moler trigo subía hasta el doble de lo normal.",
    "El molino cerró en 1950.",
]
MILL_PRESENT_ES = [
    "Molinos",
    "El molino de la aldea depende del caudal del río. En los veranos secos, el coste de moler trigo se dispara hasta el doble de lo normal.",
    "El molino cerró en 1950.",
]


def test_a_happening_card_in_the_present_takes_no_back_in_the_past() -> None:
    """«¿qué le ocurre al coste de moler trigo en los veranos secos?» / «Se disparaba ...»: the front
    asks what happens, the back tells what used to (a fresh review: misleading, the text says it no
    longer holds). No such card; the same sentence in the present keeps it."""
    for lines in (MILL_PAST_ES, MILL_PAST2_ES):
        cards = _cards(lines, "es")
        assert not [c for c in cards if "veranos secos" in c[0]], cards
    assert [c[1] for c in _cards(MILL_PRESENT_ES, "es") if "veranos secos" in c[0]] == ["Se dispara hasta el doble de lo normal."]
