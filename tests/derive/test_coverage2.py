"""A comparison card for an explanatory paragraph that sets one thing against another of a
different name (issue 10, coverage; brief coverage2): "Unlike a wooden hive, a straw skep holds
the warmth of the cluster through the coldest weeks." («A diferencia de ..., ...»). The two
subjects share no word, so the true/false swap of ``quizapp.derive.contrasts`` is not made, and
such a paragraph, with no name, figure or date, was left without any ready item. It gets a
card: "According to the text, how does a straw skep differ from a wooden hive?" -> "A straw skep
holds ...". Our own small texts (keeping bees in winter; drying chestnuts), written for these
tests."""

from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document, ready_by_paragraph

BEES = document([
    "Keeping bees through the winter",
    "Unlike a wooden hive, a straw skep holds the warmth of the cluster through the coldest weeks.",
    "Unlike the others, the third hive stands on a stone plinth above the wet grass.",
])

CHESTNUTS = document([
    "El secado de las castañas",
    "A diferencia de la cesta de mimbre, el zarzo de castaño deja pasar el humo entre las castañas durante semanas.",
    "A diferencia del horno de leña, los secaderos de piedra guardan el calor toda la noche.",
])


def _cards(paragraphs, code):  # type: ignore[no-untyped-def]
    return {(d.paragraph, d.item["front"], d.item["back"], d.ready) for d in derive_drafts(paragraphs, code) if d.kind == "card"}


def test_unlike_sentence_gets_a_ready_difference_card() -> None:
    ready = ready_by_paragraph(BEES, "en")
    fronts = [(d.item.get("front"), d.item.get("back")) for d in ready.get(2, [])]
    assert (
        "According to the text, how does a straw skep differ from a wooden hive?",
        "A straw skep holds the warmth of the cluster through the coldest weeks.",
    ) in fronts


def test_spanish_a_diferencia_de_gets_a_difference_card() -> None:
    """(Here the paragraph's rare noun, «zarzo», is asked first; the card is drafted all the same.)"""
    assert (
        2, "Según el texto, ¿en qué se diferencia el zarzo de castaño de la cesta de mimbre?",
        "El zarzo de castaño deja pasar el humo entre las castañas durante semanas.",
    ) in {(p, front, back) for p, front, back, _ in _cards(CHESTNUTS, "es")}


def test_no_difference_card_against_a_thing_not_named() -> None:
    """"Unlike the others": the front would not say from what; no card."""
    assert not any(p == 3 and "differ" in front for p, front, _, _ in _cards(BEES, "en"))


def test_spanish_plural_subject_agrees_and_del_contracts() -> None:
    ready = ready_by_paragraph(CHESTNUTS, "es")
    assert "Según el texto, ¿en qué se diferencian los secaderos de piedra del horno de leña?" in [d.item.get("front") for d in ready.get(3, [])]


# A why-card whose effect opens on a quantifier and a plural noun ("Some growers ...", «Hoy
# algunas cofradías ...»): the subject is named, and the sentence's reason or purpose is what a
# teacher asks of an explanatory paragraph. The darjeeling sample's last paragraph ("Some
# estates have turned to ...") is the kind; these are our own sentences.
ORCHARD = document([
    "Winter work in the orchard",
    "Some growers wrap the trunks of young trees in straw because hard frost splits their thin bark.",
    "Several were lost because the carts overturned on the icy track.",
])

LADERAS = document([
    "El cuidado de las laderas",
    "Hoy algunas cofradías plantan robles cada otoño para sujetar la tierra de las laderas.",
])


def _why_cards(paragraphs, code):  # type: ignore[no-untyped-def]
    return {(d.paragraph, d.item["front"], d.item["back"]) for d in derive_drafts(paragraphs, code) if d.kind == "card" and "cause" in d.item.get("tags", ())}


def test_why_card_on_an_effect_opening_with_a_quantified_subject() -> None:
    assert (
        2, "Explain why some growers wrap the trunks of young trees in straw.", "Because hard frost splits their thin bark.",
    ) in _why_cards(ORCHARD, "en")


def test_no_why_card_on_a_bare_quantifier() -> None:
    """"Several were lost": several of what? The front would not say."""
    assert not [c for c in _why_cards(ORCHARD, "en") if c[0] == 3]


def test_spanish_purpose_card_on_algunas_and_a_plural_noun() -> None:
    assert (
        2, "Explica por qué hoy algunas cofradías plantan robles cada otoño.", "Para sujetar la tierra de las laderas.",
    ) in _why_cards(LADERAS, "es")


# "Where X, Y" («Donde X, Y»): a condition told as a place, the commonest way a textbook states
# what a mechanism does under some circumstance. The glacier sample's basal-sliding paragraph
# is the kind; these are our own sentences. A where-clause of the past ("Where the old road
# ended, a track was cut") or a result that only says what stands there ("a stone cross
# stands") is no mechanism: no card.
SLOPES = document([
    "How soil moves on hillsides",
    "Where rainwater soaks into thin soil, it loosens the roots of the grass and lets the turf slide downhill.",
    "Where the two tracks meet, a stone cross stands beside the wall.",
    "Where the old road ended, the shepherds cut a narrow path through the heather.",
])

VEGAS = document([
    "El riego de las vegas",
    "Donde el agua del canal se estanca, la sal sube a la superficie y quema las raíces del trigo.",
])


def _condition_cards(paragraphs, code):  # type: ignore[no-untyped-def]
    return {(d.paragraph, d.item["front"], d.item["back"]) for d in derive_drafts(paragraphs, code) if d.kind == "card" and "condition" in d.item.get("tags", ())}


def test_where_clause_gets_a_what_happens_card() -> None:
    cards = _condition_cards(SLOPES, "en")
    assert (
        2, "According to the text, what happens where rainwater soaks into thin soil?",
        "It loosens the roots of the grass and lets the turf slide downhill.",
    ) in cards
    assert not [c for c in cards if c[0] in (3, 4)]


def test_spanish_donde_clause_gets_a_que_ocurre_card() -> None:
    assert (
        2, "Según el texto, ¿qué ocurre donde el agua del canal se estanca?",
        "La sal sube a la superficie y quema las raíces del trigo.",
    ) in _condition_cards(VEGAS, "es")


# A comparison between two bare nouns ("Unlike quicklime, slaked lime ...") and a Spanish verb
# with its clitic («el hielo del pozo se conserva ...»): a card too.
KILNS = document([
    "Lime for the fields",
    "Unlike quicklime, slaked lime can be handled without gloves on a cold morning.",
    "Unlike before, most farmers now buy their lime from the merchants in town.",
])
POZOS = document([
    "Los pozos de nieve",
    "A diferencia de la nieve de los ventisqueros, el hielo del pozo se conserva meses bajo la paja.",
])


def test_difference_card_between_bare_nouns() -> None:
    cards = _cards(KILNS, "en")
    assert (2, "According to the text, how does slaked lime differ from quicklime?") in {(p, f) for p, f, _, _ in cards}
    assert not [c for c in cards if c[0] == 3 and "differ" in c[1]]


def test_spanish_difference_card_with_a_clitic_verb() -> None:
    assert (
        2, "Según el texto, ¿en qué se diferencia el hielo del pozo de la nieve de los ventisqueros?",
        "El hielo del pozo se conserva meses bajo la paja.",
    ) in {(p, f, b) for p, f, b, _ in _cards(POZOS, "es")}


# A change told in the perfect with its gradual cause after "as" («a medida que»): "Yields have
# fallen in many gardens as the bushes age ..." (the darjeeling sample's last paragraph is the
# kind). Our own sentences; "as" of a name or a role ("has been known as the Old Mill") is none.
PASTURES = document([
    "Upland pastures",
    "Hay crops have shrunk on many upland farms as the summers grow drier and the old meadows are ploughed.",
    "The long barn has been known as the Old Mill since a miller bought it.",
])
RIBERA = document([
    "La ribera",
    "Las cosechas de los huertos han bajado a medida que los pozos se secan y los jóvenes se van a la ciudad.",
])


def test_why_card_on_a_change_and_its_as_clause() -> None:
    cards = _why_cards(PASTURES, "en")
    assert (
        2, "Explain why hay crops have shrunk on many upland farms.", "As the summers grow drier and the old meadows are ploughed.",
    ) in cards
    assert not [c for c in cards if c[0] == 3]


def test_spanish_why_card_on_a_medida_que() -> None:
    assert (
        2, "Explica por qué las cosechas de los huertos han bajado.", "A medida que los pozos se secan y los jóvenes se van a la ciudad.",
    ) in _why_cards(RIBERA, "es")
