"""Card backs and fronts a fresh review of unseen documents rejected (brief cardbacks, issue 10):
a "what happens when ...?" card whose back takes one step of a process the next sentence goes
on telling, and a why-card cut inside a "not only ... but also" pair. Own texts, English and
Spanish (kettles, cooking pots, harbour walls, old maps)."""
from __future__ import annotations

from quizapp.derive import derive_drafts
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
