"""Lists of named steps (brief steplists, issue 10): "Blocking, in which the felt is pulled over
a wooden form.", «El cuajado, en el que la leche ...». The list gets an ordering of the step
names, a card per step (what happens in it) and a choice per step (which step the text
describes so). Own texts (a felt hat, a cheese), English and Spanish, each item a paragraph
of its own as the import reads a markdown list."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def _doc(title: str, intro: str, lead: str, items: list[str]) -> list[Paragraph]:
    return [
        Paragraph(1, title, is_heading=True),
        Paragraph(2, intro),
        Paragraph(3, lead),
        *(Paragraph(4 + k, item, is_list_item=True) for k, item in enumerate(items)),
    ]


def _ready(drafts: list[Draft], kind: str) -> list[Draft]:
    return [d for d in drafts if d.ready and (d.item.get("type") == kind if kind != "card" else "front" in d.item)]


HAT = _doc(
    "How a felt hat is made",
    "The making of a felt hat is a slow process, and each stage needs the one before it.",
    "A hatter works through the following stages:", [
        "Carding, in which the rabbit fur is combed into a loose, even web.",
        "Hardening, in which the web is pressed with warm water until the fibres lock together.",
        "Blocking, in which the felt is pulled over a wooden form.",
        "Sizing, which consists of steaming the hat and shrinking it to the head size.",
    ])

QUESO = _doc(
    "Cómo se hace un queso",
    "La elaboración de un queso curado es un proceso lento en el que cada etapa depende de la anterior.",
    "En la quesería de Valdeón se siguen estas etapas:", [
        "El cuajado, en el que la leche templada se espesa con el cuajo de cordero.",
        "El desuerado, es decir, la separación del suero por medio de un paño de lino.",
        "El moldeado, que consiste en prensar la cuajada en aros de madera durante un día.",
        "La maduración, en la que las piezas reposan tres meses en una cueva húmeda.",
    ])


def test_named_steps_are_ordered_by_their_names_with_the_process_in_the_prompt() -> None:
    orderings = _ready(derive_drafts(HAT, "en"), "ordering")
    assert [d.item["items"] for d in orderings] == [["Carding", "Hardening", "Blocking", "Sizing"]]
    assert "felt hat" in orderings[0].item["prompt"]
    assert orderings[0].item["source"] == [2, 4, 5, 6, 7]  # the process the prompt names and the steps, not the lead-in (givesaway3)


def test_spanish_named_steps_are_ordered_by_their_names() -> None:
    orderings = _ready(derive_drafts(QUESO, "es"), "ordering")
    assert [d.item["items"] for d in orderings] == [["El cuajado", "El desuerado", "El moldeado", "La maduración"]]
    assert "queso" in orderings[0].item["prompt"]


def test_each_named_step_gets_a_card_asking_what_happens_in_it() -> None:
    cards = {d.item["front"]: d.item for d in _ready(derive_drafts(HAT, "en"), "card")}
    blocking = [item for front, item in cards.items() if "blocking" in front]
    assert len(blocking) == 1 and "felt hat" in next(f for f in cards if "blocking" in f)
    assert blocking[0]["back"] == "The felt is pulled over a wooden form."
    assert 6 in blocking[0]["source"]
    sizing = [item for front, item in cards.items() if "sizing" in front]
    assert sizing and sizing[0]["back"] == "Steaming the hat and shrinking it to the head size."


def test_spanish_step_cards_ask_what_each_step_consists_of() -> None:
    cards = {d.item["front"]: d.item for d in _ready(derive_drafts(QUESO, "es"), "card")}
    assert cards["En la elaboración de un queso curado, ¿en qué consiste el cuajado?"]["back"] == (
        "La leche templada se espesa con el cuajo de cordero.")
    assert cards["En la elaboración de un queso curado, ¿en qué consiste la maduración?"]["back"] == (
        "Las piezas reposan tres meses en una cueva húmeda.")
    assert cards["En la elaboración de un queso curado, ¿en qué consiste el moldeado?"]["source"] == [2, 6]


def test_no_choice_asks_which_step_a_description_is_when_the_names_say_their_action() -> None:
    """"Which stage does the text describe as “the felt is pulled over a wooden form”?" among
    Blocking, Carding, Hardening, Sizing: a blind reader matched such descriptions to names
    that are words ("blocking", «acanalado») by meaning alone (end-of-session blind reading), so
    no such choice is offered; each step keeps its card and the list its ordering."""
    for doc, lang in ((HAT, "en"), (QUESO, "es")):
        drafts = derive_drafts(doc, lang)
        assert not [d for d in drafts if d.item.get("type") == "single_choice" and "{" not in str(d.item.get("prompt")) and ("wooden form" in d.item["prompt"] or "paño de lino" in d.item["prompt"])]
        assert _ready(drafts, "ordering")
    backs = [d.item["back"] for d in _ready(derive_drafts(QUESO, "es"), "card")]
    assert any("paño de lino" in b for b in backs), backs


def test_names_that_give_the_order_away_make_no_ordering_of_names() -> None:
    labelled = _doc(
        "How a felt hat is made", "The making of a felt hat is a slow process.", "A hatter works through the following stages:", [
            "Stage one, in which the rabbit fur is combed into a loose, even web.",
            "Stage two, in which the web is pressed with warm water until the fibres lock together.",
            "Stage three, in which the felt is pulled over a wooden form.",
        ])
    drafts = derive_drafts(labelled, "en")
    assert not any(d.item.get("items", [None])[0] == "Stage one" for d in drafts)
    assert not any("stage one" in d.item.get("front", "").lower() for d in drafts)


def test_a_list_of_named_things_that_is_no_process_gets_no_step_drafts() -> None:
    rooms = _doc(
        "The old mill", "The mill at Hebden stood by the weir for two centuries.", "Its rooms included the following:", [
            "The loft, where the grain was stored in wooden bins.",
            "The stone floor, where the millstones turned on their spindles.",
            "The meal floor, where the flour was sacked for the carts.",
        ])
    drafts = derive_drafts(rooms, "en")
    assert not any(d.item.get("type") == "ordering" for d in drafts)
    assert not any("what does" in d.item.get("front", "") for d in drafts)


TEJA = _doc(
    "La teja árabe",
    "La fabricación de una teja árabe es un proceso lento que el tejero repite en cada hornada.",
    "Para cada hornada, los pasos son los siguientes:", [
        "El amasado, en el que el barro se pisa con agua hasta quedar sin grumos.",
        "La gradilla, es decir, un marco de madera del tamaño exacto de la teja, que se llena de barro.",
        "El secado, en el que las piezas pasan dos semanas a la sombra del tejar.",
        "La cochura, que consiste en cocer las tejas en el horno durante un día entero.",
    ])


def test_a_step_glossed_by_es_decir_gets_one_card_not_two_with_the_same_back() -> None:
    cards = [d.item for d in _ready(derive_drafts(TEJA, "es"), "card")]
    gradilla = [c for c in cards if "gradilla" in c["front"]]
    assert len(gradilla) == 1, gradilla
    assert gradilla[0]["back"].startswith("Un marco de madera del tamaño exacto de la teja")


def test_prose_before_the_lead_in_still_gets_a_draft_of_its_own() -> None:
    # The ordering cites the lead-in's paragraph, but asks nothing of the sentences before it.
    doc = [
        Paragraph(1, "How a felt hat is made", is_heading=True),
        Paragraph(2, "The making of a felt hat was a slow process. A journeyman took about two days over a single hat. "
                     "A hatter worked through the following stages:"),
        *(Paragraph(3 + k, item.text, is_list_item=True) for k, item in enumerate(HAT[3:])),
    ]
    drafts = derive_drafts(doc, "en")
    assert any(d.ready and d.paragraph == 2 for d in drafts)


TEJAR = _doc(
    "Cómo se hace una teja árabe",
    "La fabricación de una teja árabe es un proceso ordenado en el que cada fase depende de la anterior.",
    "En el tejar de Bailén, las fases principales son las siguientes:", [
        "El amasado, en el que el barro se pisa con agua hasta que pierde los grumos.",
        "El moldeado, en el que la pella se extiende sobre un molde curvo de madera.",
        "El oreo, un secado lento a la sombra que dura unas dos semanas.",
        "La cocción, que dura un día entero en un horno de leña.",
    ])


def test_steps_named_with_an_apposition_or_a_relative_clause_are_steps_too() -> None:
    """«El oreo, un secado lento …», «La cocción, que dura …»: a step's description also follows
    its name as an apposition or a relative clause (a fresh review: a six-step list with two such
    items got neither ordering nor cards)."""
    drafts = derive_drafts(TEJAR, "es")
    orderings = _ready(drafts, "ordering")
    assert [d.item["items"] for d in orderings] == [["El amasado", "El moldeado", "El oreo", "La cocción"]]
    assert "fabricación de una teja" in orderings[0].item["prompt"], orderings[0].item["prompt"]
    backs = {d.item["back"] for d in _ready(drafts, "card")}
    assert any("secado lento" in b for b in backs) and any("horno de leña" in b for b in backs), backs


def test_a_gloss_of_the_step_names_complement_is_not_its_description() -> None:
    """«El cepillado de la cara, es decir, de la superficie vista, que se alisa con un cepillo de
    esparto»: the gloss explains «la cara»; what the step does is the clause after it."""
    teja = [*TEJAR[:-1], Paragraph(TEJAR[-1].number, "El cepillado de la cara, es decir, de la superficie vista, que se alisa con un cepillo de esparto.", is_list_item=True)]
    backs = {d.item["front"]: d.item["back"] for d in _ready(derive_drafts(teja, "es"), "card")}
    cepillado = [b for f, b in backs.items() if "cepillado" in f]
    assert cepillado and all(not b.lower().startswith("de la superficie") and "cepillo de esparto" in b for b in cepillado), backs
