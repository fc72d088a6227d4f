"""kinds18: flashcards offered as ready that the end review of unseen documents still failed
after kinds17 (issue 10, the drafter; session 11's "cards2" brief). Each kind is fixed generally
and tested on our own small texts (EN and ES, topics of our own: salt pans, beeswax)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.card_checks import CardContext, problems
from quizapp.languages import language_for
from tests.helpers.drafts import document


def _reasons(language: str, front: str, back: str, tags: list[str], text: str = "", title: str = "Un documento") -> list[str]:
    lang = language_for(language)
    item: dict[str, Any] = {"type": "card", "front": front, "back": back, "source": [2], "tags": tags}
    draft = Draft("p2-card-x", "card", item, 2, None, 1.0)
    return problems(draft, CardContext(lang, language, [title], {}, {2: text}))


def _ready_cards(lines: list[str], language: str) -> list[tuple[str, str]]:
    return [(str(d.item["front"]), str(d.item["back"])) for d in derive_drafts(document(lines), language) if d.ready and d.kind == "card"]


def _named(language: str, term: str) -> str:
    return language_for(language).prompt("card_named", term=term)


# --- 2. A term's back cut from what happens in the thing -----------------------------------------

SHED_EN = [
    "Making salt from brine",
    "The brine is pumped from wells into open pans over a slow fire for two days.",
    "The crystals are then dried in a shed called the hothouse.",
]
DECANTADOR_ES = [
    "La cera de abeja",
    "Los apicultores funden los panales en calderas de cobre con agua durante una hora.",
    "El agua de las calderas se filtra en una unidad llamada el decantador.",
]


def test_a_term_back_cut_from_what_happens_in_the_thing_is_no_definition() -> None:
    """"hothouse" -> "Dried in a shed", «decantador» -> «Filtra en una unidad»: the walk back from
    "called" read "in a shed" as where the thing named is, and backed what happens in it. A thing
    brought in with "a" and named is the thing named; only a part of another's ("on the root
    surface called nodules") says where."""
    cards = _ready_cards(SHED_EN, "en") + _ready_cards(DECANTADOR_ES, "es")
    fragments = [(f, b) for f, b in cards if any(t in f for t in ("hothouse", "decantador"))]
    assert not fragments, fragments
