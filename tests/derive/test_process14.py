"""process14: paragraphs explaining a process or an argument that fresh reviewers of unseen
documents found with no acceptable item (issue 10, the drafter; session 12's "process" brief).
Each kind is fixed generally and tested on small texts of our own (EN and ES: soap boiling, a
tannery, a fulling mill, a village court)."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.causes import CAUSE_HOLD
from tests.helpers.drafts import document


def _orderings(lines: list[str], language: str, opening: str) -> list[Draft]:
    paragraphs = document(lines)
    number = next(p.number for p in paragraphs if p.text.startswith(opening))
    return [d for d in derive_drafts(paragraphs, language) if d.item.get("type") == "ordering" and d.paragraph == number]


def _ready_items(drafts: list[Draft]) -> list[list[str]]:
    return [[str(x) for x in d.item["items"]] for d in drafts if d.ready]


# --- 1. An ordering held back because a step opens with a pronoun for the first step's subject ---

SOAP_EN = [
    "Soap at the Ashwell works",
    "The Ashwell soap works stood beside the canal at Ashwell from 1840 to 1962.",
    "The boiling follows these steps: 1. The tallow is melted in an iron pan over a slow fire. "
    "2. It is skimmed with a wooden ladle to lift off the scum. 3. It is mixed with lye from wood ash in a deep copper. "
    "4. It is boiled for a day in the copper. 5. It is poured into wooden frames to set.",
]
HIDES_EN = [
    "The tannery at Holme",
    "The tannery at Holme worked oak bark into leather for saddlers.",
    "First the hides are soaked in lime water for a week. Then they are scraped clean of hair on a curved beam. "
    "Next they are laid in pits of crushed bark. Finally they are hung in a dark loft to dry slowly.",
]
LANA_ES = [
    "La lana de Tolva",
    "El batán de Tolva trabajó la lana de las ovejas del valle hasta 1950.",
    "El lavado de la lana sigue estos pasos: 1. La lana se remoja en agua tibia con ceniza. "
    "2. Esta se golpea con mazos de madera en el batán. 3. Luego esta se aclara en el arroyo. "
    "4. Esta se tiende sobre las zarzas del huerto. 5. Se carda con peines de púas de cardo.",
]


def test_a_numbered_step_opening_with_it_is_trimmed_to_its_verb_phrase_and_the_ordering_is_ready() -> None:
    items = _ready_items(_orderings(SOAP_EN, "en", "The boiling follows"))
    assert items, [(d.item["items"], d.problems) for d in _orderings(SOAP_EN, "en", "The boiling follows")]
    # Every step trimmed the same way: the first step alone keeping "The tallow" would say it is first.
    assert items[0] == [
        "Melted in an iron pan over a slow fire",
        "Skimmed with a wooden ladle to lift off the scum",
        "Mixed with lye from wood ash in a deep copper",
        "Boiled for a day in the copper",
        "Poured into wooden frames to set",
    ]


def test_narrative_steps_whose_pronoun_was_cut_keep_no_dangling_auxiliary() -> None:
    # "Then they are scraped" was shown as "Are scraped clean of hair on a curved beam".
    items = _ready_items(_orderings(HIDES_EN, "en", "First the hides"))
    assert items == [[
        "Soaked in lime water for a week",
        "Scraped clean of hair on a curved beam",
        "Laid in pits of crushed bark",
        "Hung in a dark loft to dry slowly",
    ]]


def test_spanish_steps_opening_with_esta_are_trimmed_like_the_ones_opening_with_se() -> None:
    items = _ready_items(_orderings(LANA_ES, "es", "El lavado de la lana"))
    assert items, [(d.item["items"], d.problems) for d in _orderings(LANA_ES, "es", "El lavado de la lana")]
    assert items[0] == [
        "Se remoja en agua tibia con ceniza",
        "Se golpea con mazos de madera en el batán",
        "Se aclara en el arroyo",
        "Se tiende sobre las zarzas del huerto",
        "Se carda con peines de púas de cardo",
    ]


def test_a_step_whose_it_opens_no_verb_phrase_still_holds_the_ordering_back() -> None:
    # "It is hot work" says nothing of the step without what "It" stands for: not trimmed.
    lines = [*SOAP_EN[:2], SOAP_EN[2].replace("It is boiled for a day in the copper", "It is hot work for a whole day")]
    held = _orderings(lines, "en", "The boiling follows")
    assert held and not any(d.ready for d in held)


# --- 2. A why-card whose cause is a general rule, or whose effect's subject is a court unnamed ---

MILL_CASE_EN = [
    "The Ribble mill case",
    "In 1887 the farmers of Ribble sued the miller Amos Garside for turning the water out of the main leat.",
    "The miller put the water back into the leat before the hearing. In legal terms, a complaint becomes moot when the harm "
    "has stopped, so the court need not rule on the merits of the case.",
    "The court dismissed the complaint because the miller had already reopened the sluice gate.",
    "The farmers paid the costs of the case, so the parish had to sell two teams of oxen.",
    "By definition, a leat carries water to a wheel, so a mill stands wherever a leat ends.",
    "An appeal lapses if the papers are not lodged within twenty days, so lawyers file appeals well ahead of time.",
]
PLEITO_ES = [
    "El pleito del molino de Ribota",
    "En 1887 los regantes de Ribota demandaron al molinero Anselmo Garcés por desviar el agua de la acequia mayor.",
    "El molinero devolvió el agua a la acequia antes del juicio. En términos jurídicos, una demanda pierde su objeto cuando "
    "el daño ha cesado, de modo que el tribunal no necesita pronunciarse sobre el fondo.",
    "El tribunal archivó la demanda porque el molinero ya había abierto la compuerta.",
    "Los regantes pagaron las costas del pleito, por lo que la comunidad tuvo que vender dos yuntas de bueyes.",
    "Una apelación caduca si nadie la presenta en veinte días, de modo que los abogados entregan los escritos con mucha antelación.",
]


def _ready_why_cards(lines: list[str], language: str) -> dict[str, str]:
    """The why-cards no check holds back (the coverage hold aside: a why-card is offered only
    for a paragraph no other ready draft covers)."""
    drafts = derive_drafts(document(lines), language)
    return {
        str(d.item["front"]): str(d.item["back"]) for d in drafts
        if d.kind == "card" and "cause" in d.item.get("tags", ()) and all(p.startswith(CAUSE_HOLD) for p in d.problems)
    }


def test_a_why_card_whose_cause_is_a_legal_rule_or_a_definition_is_held_back() -> None:
    cards = _ready_why_cards(MILL_CASE_EN, "en")
    # "In legal terms, a complaint becomes moot when ...": a rule, not this case's reason; the
    # front alone reads as a false general claim. So does "By definition, a leat ...".
    assert not any("merits" in front or "moot" in back for front, back in cards.items()), cards
    assert not any("wherever a leat ends" in front for front in cards), cards
    # "An appeal lapses if ...", present among a story told in the past: a rule as well.
    assert not any("lawyers" in front for front in cards), cards
    # "The court dismissed ..." in the court of which case? Held back as well.
    assert not any(front.startswith("Explain why the court") for front in cards), cards
    # The story's own reasons stay.
    assert cards.get("Explain why the parish had to sell two teams of oxen.") == "The farmers paid the costs of the case."


def test_spanish_why_cards_on_a_rule_with_a_generic_subject_or_an_unnamed_court_are_held_back() -> None:
    cards = _ready_why_cards(PLEITO_ES, "es")
    assert not any("fondo" in front or "en términos jurídicos" in back.lower() for front, back in cards.items()), cards
    assert not any(front.startswith("Explica por qué el tribunal") for front in cards), cards
    # «Una apelación caduca si ...» in a story told in the past: a generic subject and a
    # condition in the present, a rule the text recalls, not this story's reason.
    assert not any("abogados" in front for front in cards), cards
    assert cards.get("Explica por qué la comunidad tuvo que vender dos yuntas de bueyes.") == "Los regantes pagaron las costas del pleito."


GLACIER_EN = [
    "How a valley glacier moves",
    "A valley glacier moves in two ways: the ice deforms under its own weight, and the whole mass slides on its bed.",
    "A glacier speeds up when meltwater reaches its bed, so the ice of the Ardle glacier surges every summer.",
]


def test_a_general_rule_stays_a_why_card_in_a_text_that_explains_in_the_present() -> None:
    # An explanatory text states its rules in the present: they are its content, not an aside.
    cards = _ready_why_cards(GLACIER_EN, "en")
    assert cards.get("Explain why the ice of the Ardle glacier surges every summer.") == "A glacier speeds up when meltwater reaches its bed."


# --- 3. A paragraph stating a process's stages: "Curing happens in two stages. In the first, ..." ---

STAGES_EN = [
    "Bread and glue",
    "The Hallam bakery in Leeds baked rye loaves and boiled hide glue for bookbinders from 1902 to 1958.",
    "Bread staling happens in two overlapping stages. In the first, called retrogradation, the starch in the crumb slowly "
    "crystallises and the loaf firms. The second stage, drying, is slower and moves water from the crumb to the crust.",
    "The setting of hide glue happens in two stages. In the first, the warm glue thickens into a soft jelly. The second stage is slower and "
    "turns the jelly into a hard film.",
]
ETAPAS_ES = [
    "El jamón y el mortero",
    "La casa Urbiola de Teruel curaba jamones y vendía cal para los albañiles de la comarca entre 1890 y 1961.",
    "El curado del jamón pasa por dos etapas. En la primera, llamada salazón, la sal penetra en la carne y le quita agua. "
    "La segunda etapa, el secado, es más lenta y dura varios meses en bodegas frescas.",
    "El fraguado de la cal ocurre en dos etapas. En la primera, la pasta pierde agua y se vuelve rígida. La segunda etapa "
    "es más lenta y convierte la pasta en una piedra dura.",
]


def _stage_cards(lines: list[str], language: str) -> dict[str, tuple[str, list[str]]]:
    drafts = derive_drafts(document(lines), language)
    return {str(d.item["front"]): (str(d.item["back"]), d.problems) for d in drafts if d.kind == "card" and "stages" in d.item.get("tags", ())}


def test_a_stage_the_text_names_is_asked_by_its_place_in_the_process() -> None:
    # (A name a ready gap already asks, "In the first, called ____, ...", is not asked twice.)
    cards = _stage_cards(STAGES_EN, "en")
    first = cards.get("According to the text, what is the first stage of bread staling called?")
    assert first is not None and first[0] == "Retrogradation" and all("key of the ready question" in p for p in first[1]), cards
    assert cards.get("According to the text, what is the second stage of bread staling called?") == ("Drying", []), cards
    es = _stage_cards(ETAPAS_ES, "es")
    first = es.get("Según el texto, ¿cómo se llama la primera etapa del curado del jamón?")
    assert first is not None and first[0] == "Salazón" and all("key of the ready question" in p for p in first[1]), es
    assert es.get("Según el texto, ¿cómo se llama la segunda etapa del curado del jamón?") == ("El secado", []), es


def test_an_unnamed_stage_is_asked_what_happens_in_it_and_covers_its_paragraph() -> None:
    cards = _stage_cards(STAGES_EN, "en")
    assert cards.get("According to the text, what happens in the first stage of the setting of hide glue?") == ("The warm glue thickens into a soft jelly.", []), cards
    es = _stage_cards(ETAPAS_ES, "es")
    assert es.get("Según el texto, ¿qué ocurre en la primera etapa del fraguado de la cal?") == ("La pasta pierde agua y se vuelve rígida.", []), es
    drafts = derive_drafts(document(ETAPAS_ES), "es")
    assert any(d.ready and d.paragraph == 4 and "stages" in d.item.get("tags", ()) for d in drafts)


def test_a_first_steps_subject_holding_a_relative_clause_is_not_cut_at_the_clauses_verb() -> None:
    lines = [
        "Apprentices at the Holme tannery",
        "The tannery at Holme worked oak bark into leather for saddlers.",
        "First a boy who joined the yard swept the pits for a year. Then he scraped hides on the beam. "
        "Next he mixed the bark liquor in the vats. Finally he cut the finished leather into sides.",
    ]
    for d in _orderings(lines, "en", "First a boy"):
        assert not str(d.item["items"][0]).startswith("Joined"), d.item["items"]
