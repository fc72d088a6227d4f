"""Cards on explanatory prose: conditions, consequences and "which is why" (issue 10, brief
ifcards). Fresh reviewers found explanatory paragraphs with no acceptable item; these shapes
gave nothing, or a weak fallback:

- a condition in the passive ("If a hive is left in a damp shed, ..."), read as a past one;
- a condition whose result is a possibility ("..., the traffic could double, which would
  force ...", «..., la producción podría bajar, lo que obligaría ...»);
- "X makes Y do Z" («X hace que Y ...»): what X does to Y;
- a fronted cause that takes up the sentence before ("Because this shrinking continues ...")
  and «..., de ahí que ...» (its effect in the subjunctive).

Our own small texts (beekeeping, canals, walls, pottery, olive oil, cheese), written for these
tests. Each card must stand alone, read grammatically, and its back be what the sentence says.
"""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from tests.helpers.drafts import ready_card_sides_by_paragraph

_ready_cards = ready_card_sides_by_paragraph


def _all_cards(paragraphs: list[Paragraph], code: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, code) if d.kind == "card" and {"cause", "condition", "effect"} & set(d.item.get("tags", []))]


HIVES = [
    Paragraph(1, "Keeping bees through the winter", is_heading=True),
    Paragraph(2, "If a hive is left in a damp shed, the bees weaken before the brood has hatched, the colony "
                 "dwindles, and the honey can ferment within weeks."),
    Paragraph(3, "The Varne canal was dug by hand in 1821. If the council decides to widen the canal and rebuild "
                 "the old locks, the barge traffic could double, which would force the boatmen to renew their "
                 "licences and hire more crews."),
    Paragraph(4, "A dry wall needs no mortar. Hard frost, on the other hand, makes the mortar crumble so quickly "
                 "that the whole face leans outwards."),
    Paragraph(5, "Wet clay shrinks slowly as the water leaves its pores. Because this shrinking continues for "
                 "nearly a fortnight, a pot left on the shelf keeps changing shape long after it feels dry."),
]

OLIVAR = [
    Paragraph(1, "El olivar y la quesería", is_heading=True),
    Paragraph(2, "Si la cooperativa decide vender los molinos y replantar el olivar, la producción de aceite "
                 "podría bajar, lo que obligaría a renegociar los precios con los compradores."),
    Paragraph(3, "La sal, unos 20 gramos por kilo de queso, protege la corteza del moho. El exceso de sal, en cambio, hace que la cuajada se seque "
                 "tan deprisa que se agrieta por dentro."),
    Paragraph(4, "La arcilla húmeda encoge un 8 % mientras pierde el agua. El encogimiento dura varios días, "
                 "de ahí que una vasija recién torneada cambie de forma durante la primera semana."),
]


def test_a_condition_in_the_passive_is_asked_in_the_present() -> None:
    cards = _ready_cards(HIVES, "en")
    assert ("According to the text, what happens if a hive is left in a damp shed?",
            "The bees weaken before the brood has hatched, the colony dwindles, and the honey can ferment within weeks.") in cards[2]


def test_a_condition_with_a_possible_consequence_asks_what_could_happen() -> None:
    cards = _ready_cards(HIVES, "en")
    assert ("According to the text, what could happen if the council decides to widen the canal and rebuild the old locks?",
            "The barge traffic could double, which would force the boatmen to renew their licences and hire more crews.") in cards[3]
    cards = _ready_cards(OLIVAR, "es")
    assert ("Según el texto, ¿qué podría ocurrir si la cooperativa decide vender los molinos y replantar el olivar?",
            "La producción de aceite podría bajar, lo que obligaría a renegociar los precios con los compradores.") in cards[2]


def test_a_condition_contrary_to_fact_still_gets_no_card() -> None:
    paragraphs = [
        Paragraph(1, "The old mill", is_heading=True),
        Paragraph(2, "If the miller had raised the sluice, the wheel would have turned faster and ground more flour."),
        Paragraph(3, "Si el molinero hubiera abierto la compuerta, la rueda habría girado más deprisa."),
    ]
    assert not _all_cards(paragraphs[:2], "en")
    assert not _all_cards([paragraphs[0], paragraphs[2]], "es")


def test_what_a_cause_makes_a_thing_do() -> None:
    cards = _ready_cards(HIVES, "en")
    assert ("According to the text, what does hard frost do to the mortar?",
            "Makes the mortar crumble so quickly that the whole face leans outwards.") in cards[4]
    cards = _ready_cards(OLIVAR, "es")
    assert ("Según el texto, ¿qué efecto tiene el exceso de sal sobre la cuajada?",
            "Hace que la cuajada se seque tan deprisa que se agrieta por dentro.") in cards[3]


def test_no_effect_card_where_the_object_or_its_action_is_unclear() -> None:
    paragraphs = [
        Paragraph(1, "The bakery", is_heading=True),
        Paragraph(2, "The guild makes a profit each year from the mills. Strong heat makes the upper crust set hard. "
                     "The miller makes the flour in the old stone mill. Ergot causes the grain disease in wet years."),
        Paragraph(3, "Esta técnica hace que el pan suba más. Ana hace que la casa funcione cada día."),
    ]
    assert not [d for d in _all_cards(paragraphs[:2], "en") if "effect" in d.item["tags"]]
    assert not [d for d in _all_cards([paragraphs[0], paragraphs[2]], "es") if "effect" in d.item["tags"]]


def test_a_fronted_cause_taking_up_the_sentence_before_is_asked_with_it_quoted() -> None:
    cards = _ready_cards(HIVES, "en")
    assert ("The text says: “Wet clay shrinks slowly as the water leaves its pores.” Explain why a pot left on the "
            "shelf keeps changing shape long after it feels dry.",
            "Because this shrinking continues for nearly a fortnight.") in cards[5]


def test_de_ahi_que_asks_what_the_effect_is_due_to() -> None:
    cards = _ready_cards(OLIVAR, "es")
    assert ("Según el texto, ¿a qué se debe que una vasija recién torneada cambie de forma durante la primera semana?",
            "El encogimiento dura varios días.") in cards[4]


def test_which_is_why_and_por_lo_que_give_the_clause_before_as_the_cause() -> None:
    paragraphs = [
        Paragraph(1, "Slate and lime", is_heading=True),
        Paragraph(2, "Slate splits cleanly along its grain, which is why the quarrymen could cut roofing tiles thinner "
                     "than a finger."),
        Paragraph(3, "The old kilns burned peat from the nearby moss. This fuel smouldered for days, which is why the "
                     "lime came out unevenly burnt."),
    ]
    cards = _ready_cards(paragraphs, "en")
    assert ("Explain why the quarrymen could cut roofing tiles thinner than a finger.", "Slate splits cleanly along its grain.") in cards[2]
    assert ("The text says: “The old kilns burned peat from the nearby moss.” Explain why the lime came out unevenly burnt.",
            "This fuel smouldered for days.") in cards[3]
    paragraphs = [
        Paragraph(1, "La pizarra y la cal", is_heading=True),
        Paragraph(2, "La pizarra se parte limpiamente a lo largo de sus vetas, por lo que los canteros podían cortar "
                     "tejas muy finas."),
        Paragraph(3, "Los hornos quemaban turba del pantano cercano. Esta turba ardía durante días, de ahí que la cal "
                     "saliera mal cocida."),
    ]
    cards = _ready_cards(paragraphs, "es")
    assert ("Explica por qué los canteros podían cortar tejas muy finas.", "La pizarra se parte limpiamente a lo largo de sus vetas.") in cards[2]
    assert ("El texto dice: «Los hornos quemaban turba del pantano cercano.» ¿A qué se debe que la cal saliera mal cocida?",
            "Esta turba ardía durante días.") in cards[3]


def test_no_card_leans_on_an_unquoted_sentence() -> None:
    for paragraphs, code in ((HIVES, "en"), (OLIVAR, "es")):
        for d in _all_cards(paragraphs, code):
            front = d.item["front"]
            quoted = front.split("”")[-1] if "”" in front else front
            words = {w.strip("¿?.,").lower() for w in quoted.split()}
            assert not words & {"this", "these", "esta", "este", "estos", "estas", "ello"}, front


def test_a_paragraph_with_one_ready_draft_offers_its_why_card_too() -> None:
    paragraphs = [
        Paragraph(1, "The Tarnby water mill", is_heading=True),
        Paragraph(2, "The Tarnby mill ground oats for the valley until 1911. The wheel turned more slowly every "
                     "summer because the stream had silted up behind the stone weir."),
        Paragraph(3, "El molino de Tarnby molió avena para todo el valle hasta 1911. La rueda giraba cada verano más despacio "
                     "porque el arroyo se había llenado de limo detrás de la presa."),
    ]
    en = _ready_cards(paragraphs[:2], "en")
    assert ("Explain why the wheel turned more slowly every summer.",
            "Because the stream had silted up behind the stone weir.") in en.get(2, [])
    es = _ready_cards([paragraphs[0], paragraphs[2]], "es")
    assert ("Explica por qué la rueda giraba cada verano más despacio.",
            "Porque el arroyo se había llenado de limo detrás de la presa.") in es.get(3, [])


def test_no_why_card_keeps_an_opening_phrase_it_cannot_move() -> None:
    paragraphs = [
        Paragraph(1, "The upper marsh", is_heading=True),
        Paragraph(2, "Cordgrass grows on the lowest mud of the Tollard marsh. Higher up, sea lavender flowers in "
                     "July because the ground there dries out between the spring tides."),
    ]
    fronts = [d.item["front"] for d in _all_cards(paragraphs, "en")]
    assert not [f for f in fronts if "why higher up," in f.lower()], fronts
