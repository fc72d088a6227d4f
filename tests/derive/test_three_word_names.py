"""A person named by three words in English accepts the surname alone (issue 10, rule 3).

The fresh reviews refused typed items keyed "Sigurður Ingi Jóhannsson" or "Pedro Cea" that took
only the full name, while other name items of the same bank took the surname: a learner who read
the text types "Whitcombe" for "Ruth Ellen Whitcombe". A name of two words already did; three words
did only after a title. Languages with two surnames keep their own rule (``double_surname``:
«Luis Lacalle Pou» → «Lacalle Pou», «Lacalle»). Our own text, written for this test."""

from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document, typed_accepts

TALKS = document([
    "The Herring Talks",
    "The delegates met again in Oslo in 2012. Ruth Ellen Whitcombe, the harbour board's lawyer, said the offer was fair.",
    "Two years later the board sold its last trawler to a firm in Hull.",
])


def test_a_three_word_english_name_accepts_the_surname() -> None:
    assert ["Ruth Ellen Whitcombe", "Whitcombe"] in typed_accepts(derive_drafts(TALKS, "en"))


def test_a_three_word_place_opening_with_a_given_name_gets_no_short_form() -> None:
    """"John Street Bridge": a given name opens it, but "Bridge" is no surname."""
    doc = document([
        "The Bridge",
        "The council closed John Street Bridge in 1998 after a lorry struck its railings. It reopened in 2001.",
    ])
    for accept in typed_accepts(derive_drafts(doc, "en")):
        assert "Bridge" not in accept and "Street Bridge" not in accept
