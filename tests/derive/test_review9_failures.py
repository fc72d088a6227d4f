"""One case per failure kind of the ninth independent review (an English encyclopedic article
and a Spanish news analysis; those texts are not used here, the cases are our own sentences):
prompts that spell out their answer, gaps wider than the fact, statements that do not stand
alone or give their order away, items showing other items' keys, stock geographic pairings."""
from __future__ import annotations

import pytest

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive import context
from quizapp.languages import language_for


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def answers(draft: Draft) -> list[str]:
    """Every answer a draft takes: accept lists, cloze gaps, the right option, a card's back."""
    item = draft.item
    found = [str(a) for a in item.get("accept", [])] + [str(a) for g in item.get("gaps", []) for a in g.get("accept", [])]
    found += [str(o["text"]) for g in item.get("gaps", []) for o in g.get("options", []) if o.get("correct")]
    found += [str(c["text"]) for c in item.get("choices", []) if c.get("correct")]
    if draft.kind == "card":
        found.append(str(item.get("back", "")))
    return found


def keyed_on(drafts: list[Draft], word: str) -> list[tuple[str, list[str]]]:
    return [(d.key, answers(d)) for d in drafts if any(word.lower() in a.lower() for a in answers(d))]


# ---------------------------------------------------------------- 1. the prompt spells out the answer

SPELLED_EN = [
    Paragraph(1, "Measuring magnetic storms", is_heading=True),
    Paragraph(2, "Geophysicists rank every magnetic storm with an index named the Disturbance storm time (Dst), which four observatories near the equator record each hour."),
    Paragraph(3, "The observatory at Kakioka in Japan has recorded the index without a break since 1957, longer than any other station."),
]
SPELLED_ES = [
    Paragraph(1, "Las lluvias de otoño", is_heading=True),
    Paragraph(2, "En septiembre de 2019 una depresión aislada en niveles altos, la conocida DANA, descargó 300 litros por metro cuadrado sobre Orihuela en pocas horas."),
    Paragraph(3, "El 3 de octubre de 2022 el Boletín Oficial del Estado publicó la norma, y desde entonces el BOE la recoge entre las leyes vigentes de la comarca de Almoradí."),
]


# Not only the ready drafts: which draft of a sentence is ready depends on the others, and a
# held-back draft given away by its own prompt must never be the one offered.
def test_an_acronym_is_not_gapped_beside_its_expansion_nor_a_word_of_it_en() -> None:
    drafts = derive_drafts(SPELLED_EN, "en")
    assert ready(drafts), "the case must still draft other facts"
    assert keyed_on(drafts, "Dst") == [] and keyed_on(drafts, "Disturbance") == []


def test_an_acronym_or_its_expansion_is_not_gapped_beside_the_other_es() -> None:
    drafts = derive_drafts(SPELLED_ES, "es")
    assert ready(drafts), "the case must still draft other facts"
    assert keyed_on(drafts, "DANA") == []
    assert keyed_on(drafts, "BOE") == [] and keyed_on(drafts, "Boletín") == []
    assert keyed_on(drafts, "Orihuela"), "the sentence's other facts stay askable"


@pytest.mark.parametrize("sentence, key, language, given", [
    ("an index named the Disturbance storm time (Dst), recorded hourly", "Dst", "en", True),
    ("una depresión aislada en niveles altos, la conocida DANA, descargó", "DANA", "es", True),
    ("the European Space Agency (ESA) launched it", "ESA", "en", True),
    ("the probe that ESA engineers built in Noordwijk", "ESA", "en", False),  # nothing spells it out
    ("la Agència Catalana de l'Aigua (ACA) llevaba desde 2021", "ACA", "es", True),  # an elided article
    ("el índice que mide la NOAA cada hora", "NOAA", "es", False),
])
def test_expansion_beside(sentence: str, key: str, language: str, given: bool) -> None:
    start = sentence.index(key)
    found = context.expansion_beside(sentence, start, start + len(key), key, language_for(language))
    assert bool(found) is given, found


@pytest.mark.parametrize("before, language, known", [
    ("un viento cálido y seco del sur, el conocido ", "es", True),
    ("a hot wind from the south, the so-called ", "en", True),
    ("un viento cálido y seco llamado ", "es", False),  # "called X": a term the text defines, askable
    ("the engineer ", "en", False),
])
def test_a_label_the_sentence_calls_well_known(before: str, language: str, known: bool) -> None:
    assert bool(context.known_label(before, language_for(language))) is known


# ---------------------------------------------------------------- 5. stock geographic pairings

PAIRED_EN = [
    Paragraph(1, "Telegraphs on fire", is_heading=True),
    Paragraph(2, "The telegraph offices of Boston and Portland, Maine, kept working for two hours on the current from the aurora alone."),
    Paragraph(3, "An operator at Redhill, Surrey, saw sparks leap from his key while he was sending a message to the coast."),
]


def test_a_region_after_its_city_is_not_a_gap() -> None:
    drafts = ready(derive_drafts(PAIRED_EN, "en"))
    assert keyed_on(drafts, "Maine") == [] and keyed_on(drafts, "Surrey") == []
    assert keyed_on(drafts, "Portland") == [], "Portland is the city a reader names for Maine"


def test_a_little_known_town_before_its_region_stays_askable() -> None:
    drafts = derive_drafts(PAIRED_EN, "en")
    assert keyed_on(drafts, "Redhill"), "Redhill is a detail the text gives"


@pytest.mark.parametrize("sentence, key, paired", [
    ("The offices of Boston and Portland, Maine, kept working.", "Maine", True),
    ("Los vecinos de Cartagena (Murcia) salieron a la calle.", "Murcia", True),
    ("The fleet called at Lyon, Marseille, and Nice that year.", "Marseille", False),  # a list, no pairing
    ("The fleet called at Lyon, Marseille and Nice that year.", "Nice", False),
])
def test_stock_place_pairing(sentence: str, key: str, paired: bool) -> None:
    start = sentence.index(key)
    language = language_for("es" if "vecinos" in sentence else "en")
    assert bool(context.stock_place_pairing(sentence, start, start + len(key), key, "place", language)) is paired


# ---------------------------------------------------------------- 2. the key is the fact itself

WIDE_ES = [
    Paragraph(1, "La ley de la laguna", is_heading=True),
    Paragraph(2, "La iniciativa la impulsó la profesora Teresa Vicent, catedrática de Filosofía del Derecho de la Universidad de Murcia, que reunió a un grupo de juristas en 2020."),
    Paragraph(3, "Los Diputados de Vox votaron en contra de la ley, mientras que el resto de los grupos la apoyó en la sesión de aquel jueves."),
    Paragraph(4, "En 2023 la activista recibió el Premio Medioambiental Goldman por su defensa de la laguna de Villena."),
    Paragraph(5, "El texto apareció el 3 de octubre de 2022 en el Boletín Oficial del Estado, que lo numeró como la ley 19 de aquel año."),
    Paragraph(6, "Un mes después, el BOE publicó también el reglamento que desarrollaba la norma en la comarca de Almoradí."),
]


def fill_ins(drafts: list[Draft]) -> dict[str, list[str]]:
    """Each fill-in draft's accept list, by the form it shows first."""
    return {str(d.item["accept"][0]): [str(a) for a in d.item["accept"]] for d in drafts if d.item.get("type") == "fill_in"}


def test_a_gap_takes_the_entity_not_the_group_or_the_affiliation_joined_to_it() -> None:
    drafts = derive_drafts(WIDE_ES, "es")
    accepted = fill_ins(drafts)
    assert "Vox" in accepted and "Filosofía del Derecho" in accepted, sorted(accepted)
    wide = [a for a in accepted if "Diputados" in a or ("Universidad de Murcia" in a and "Filosofía" in a)]
    assert wide == [], wide


def test_a_prize_is_accepted_by_its_kind_and_own_word_never_by_a_fragment() -> None:
    accepted = fill_ins(derive_drafts(WIDE_ES, "es"))
    prize = accepted.get("Premio Medioambiental Goldman")
    assert prize is not None, sorted(accepted)
    assert "Premio Goldman" in prize and "Goldman" in prize
    assert "Medioambiental Goldman" not in prize and "Medioambiental" not in prize


def test_an_official_name_accepts_the_short_form_the_document_uses() -> None:
    accepted = fill_ins(derive_drafts(WIDE_ES, "es"))
    boletin = accepted.get("Boletín Oficial del Estado")
    assert boletin is not None and "BOE" in boletin, sorted(accepted)


def test_an_official_name_accepts_the_short_form_the_language_knows() -> None:
    paragraphs = [Paragraph(1, "La norma", is_heading=True), WIDE_ES[4]]
    boletin = fill_ins(derive_drafts(paragraphs, "es")).get("Boletín Oficial del Estado")
    assert boletin is not None and "BOE" in boletin


@pytest.mark.parametrize("name, language, head", [
    ("Diputados de Vox", "es", "Vox"),
    ("Filosofía del Derecho de la Universidad de Murcia", "es", "Filosofía del Derecho"),
    ("Universidad de Murcia", "es", "Universidad de Murcia"),
    ("Organización Mundial de la Salud", "es", "Organización Mundial de la Salud"),
    ("Friends of the Earth", "en", "Friends of the Earth"),
    ("Department of Physics at the University of Leeds", "en", "Department of Physics"),
    ("Hospital of the University of Pennsylvania", "en", "Hospital of the University of Pennsylvania"),  # a generic head alone is no entity
    ("Members of Sinn Féin", "en", "Sinn Féin"),
    ("Luis de Mendoza", "es", "Luis de Mendoza"),  # a given name, not a group
    ("Dolores de Palacio", "es", "Dolores de Palacio"),
])
def test_head_entity(name: str, language: str, head: str) -> None:
    from quizapp.derive.extract import Mention

    m = Mention("name", name, 10, 10 + len(name), 1, 0, name)
    trimmed = context.head_entity(m, language_for(language))
    assert trimmed.text == head and trimmed.end - trimmed.start == len(head)


# ---------------------------------------------------------------- 3. statements that stand alone

LEANING_ES = [
    Paragraph(1, "Una laguna enferma", is_heading=True),
    Paragraph(2, "Los pescadores de San Javier vieron desaparecer las praderas de algas del fondo en 2012."),
    Paragraph(3, "El primer aviso serio de la laguna llegó en 2016."),
    Paragraph(4, "Lo peor llegó para los vecinos de Los Urrutias en agosto de 2021."),
    Paragraph(5, "La Fiscalía abrió una investigación por los vertidos de nitratos en 2019."),
    Paragraph(6, "Primero, el Senado debía tramitar la ley en un plazo de dos meses, algo que ocurrió en septiembre de 2022."),
    Paragraph(7, "El Tribunal Constitucional avaló la ley de la laguna en noviembre de 2024."),
    Paragraph(8, "Después, la comisión de seguimiento se reunió por primera vez en el puerto de San Pedro en 2025."),
]


def test_no_statement_shown_alone_opens_with_a_marker_or_leans_on_another_sentence() -> None:
    drafts = derive_drafts(LEANING_ES, "es")
    rules = language_for("es")
    shown = [(d.key, text) for d in ready(drafts) for text in context.shown_statements(d, rules)]
    assert any(d.item.get("type") in ("true_false", "ordering", "matching") for d in drafts), "the case must draft statements"
    bad = [(key, text) for key, text in shown if text.startswith(("Primero", "Lo peor", "El primer")) or "tramitarla" in text]
    assert bad == [], bad


def test_an_ordering_or_matching_never_says_its_items_places() -> None:
    drafts = derive_drafts(LEANING_ES, "es")
    sequences = [d for d in drafts if d.item.get("type") in ("ordering", "matching")]
    assert sequences, "the case must draft an ordering or a matching"
    telling = [(d.key, d.item.get("items") or d.item.get("pairs")) for d in ready(sequences)
               if any("primer" in str(x).lower() or "peor" in str(x).lower() for x in d.item.get("items", []) + [p["left"] for p in d.item.get("pairs", [])])]
    assert telling == [], telling


def test_a_sentence_opening_with_a_marker_is_asked_without_it() -> None:
    drafts = derive_drafts(LEANING_ES, "es")
    sixth = [d for d in drafts if d.paragraph == 6 and d.kind == "question" and d.item.get("type") != "true_false"]
    assert sixth and all("Primero" not in str(d.item.get("prompt", "")) + str(d.item.get("passage", "")) for d in sixth)


@pytest.mark.parametrize("text, language, leans", [
    ("Primero, el Senado debía tramitarla en un plazo de dos meses.", "es", True),
    ("El Senado debía tramitarla en un plazo de dos meses.", "es", True),
    ("El Senado recibió la ley y debía tramitarla en dos meses.", "es", False),  # the referent is named
    ("Lo peor llegó en agosto de 2021.", "es", True),
    ("El primer aviso serio llegó en 2016.", "es", True),
    ("Then the operators unplugged their batteries.", "en", True),
    ("The worst came in 1859.", "en", True),
    ("It kept working for two hours.", "en", True),
    ("The operators in Halifax unplugged their batteries.", "en", False),
    ("First Nations leaders met the governor in 1871.", "en", False),
    ("Luego de la guerra, el puerto creció.", "es", False),
])
def test_leans_on_context(text: str, language: str, leans: bool) -> None:
    assert bool(context.leans_on_context(text, language_for(language))) is leans


# ---------------------------------------------------------------- 4. items giving away others


def option_texts(draft: Draft) -> list[str]:
    """What a learner is offered to pick or pair: every option, both sides of a matching, an ordering's items."""
    item = draft.item
    texts = [str(c["text"]) for c in item.get("choices", [])]
    texts += [str(o["text"]) for g in item.get("gaps", []) for o in g.get("options", [])]
    texts += [str(p[side]) for p in item.get("pairs", []) for side in ("left", "right")]
    return texts + [str(x) for x in item.get("items", [])]


def test_no_option_or_matching_side_shows_a_ready_year_or_card_back(samples) -> None:
    shown = []
    for sample in samples.values():
        ready_drafts = sample.ready
        years = {(d.key, str(d.item["answer"])) for d in ready_drafts if d.item.get("type") == "numeric" and 1000 <= float(d.item["answer"]) <= 2099 and not d.item.get("unit")}
        backs = {(d.key, str(d.item["back"]).lower()) for d in ready_drafts if d.kind == "card" and len(str(d.item["back"]).split()) <= 4}
        for d in ready_drafts:
            offered = option_texts(d)
            for key, year in years:
                if key != d.key and any(year in t.split() for t in offered):
                    shown.append((sample.name, d.key, "shows the year of", key, year))
            for key, back in backs:
                if d.kind == "question" and any(t.lower() == back for t in offered):
                    shown.append((sample.name, d.key, "shows the back of", key, back))
    assert shown == [], shown


def test_a_choice_option_holding_a_numeric_item_s_year_is_caught() -> None:
    numeric = Draft("p2-nu-x", "question", {"type": "numeric", "prompt": "In May ____ the storm hit.", "answer": 2024, "tolerance": 0}, 2, (7, 11), 1.0)
    choice = Draft("p3-sc-y", "question", {"type": "single_choice", "prompt": "In October and ____ the storms hit.", "choices": [
        {"text": "November 2003", "correct": True}, {"text": "May 2024", "correct": False}, {"text": "March 1989", "correct": False}]}, 3, None, 0.9)
    text = {2: "In May 2024 the storm hit.", 3: "In October and November 2003 the storms hit."}
    # A key among another question's wrong options: the choice item's options are redrawn
    # (the option-set pass), so the clash must be seen there.
    from quizapp.derive import _option_clash

    assert "2024" in _option_clash(numeric, choice, "en")
    card = Draft("p4-card-z", "card", {"front": "When did the first warning come?", "back": "2016"}, 4, None, 0.5)
    matching = Draft("p5-ma-w", "question", {"type": "matching", "pairs": [{"left": "The warning came", "right": "2016"}, {"left": "The fish died", "right": "2021"}]}, 5, None, 0.8)
    assert context.shown_keys(card, matching, text) == ["2016"]


def test_a_ship_and_a_firm_are_accepted_by_their_own_names() -> None:
    paragraphs = [
        Paragraph(1, "The flood", is_heading=True),
        Paragraph(2, "The tank on the quay belonged to the Purity Distilling Company, which made industrial alcohol there from 1915."),
        Paragraph(3, "Sailors from the USS Nantucket, a training ship moored at the next pier, pulled victims out of the syrup."),
    ]
    accepted = fill_ins(derive_drafts(paragraphs, "en"))
    assert "Purity Distilling" in accepted.get("Purity Distilling Company", []), accepted
    assert "Nantucket" in accepted.get("USS Nantucket", []), accepted
