"""One case per failure kind of the tenth independent review on typed answers and the wording
of gap items (an engineering textbook section and a Spanish biology text; those texts are not
used here, the cases are written for these tests): symbols as typed keys, accept lists with a
non-word or without the natural variants of a phrase, a gap cutting a name after its particle,
gaps the prompt answers (a figure it computes, a pair word, a verb or generic word the sentence
predicts), a "who" question over a clause with its own subject, a bullet list read as one
sentence, and half a noun phrase as a numeric unit."""
from __future__ import annotations

import re

import pytest



from quizapp.derive import Draft, Paragraph, answers, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs
from quizapp.languages import language_for


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def typed(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "fill_in"]


def keyed(drafts: list[Draft], key: str) -> list[Draft]:
    """The fill-in drafts whose first accepted answer is ``key``."""
    return [d for d in typed(drafts) if d.item["accept"][0] == key]


# ---------------------------------------------------------------- 1. accept lists

SYMBOLS = [
    Paragraph(1, "Creep in turbine blades", is_heading=True),
    Paragraph(2, "Engineers plot the minimum creep rate, Δε, against the applied stress on logarithmic axes."),
    Paragraph(3, "The Larson parameter, P_LM, combines temperature and rupture time in one number so that short tests predict long service."),
    Paragraph(4, "The rupture stress of the alloy, σ_r, falls by half between the first and the second test furnace."),
]


def test_a_symbol_or_formula_token_is_never_a_ready_typed_key() -> None:
    drafts = derive_drafts(SYMBOLS, "en")
    symbols = [d for d in typed(drafts) if {"Δε", "P_LM", "σ_r"} & set(d.item["accept"])]
    assert symbols, "the case must draft the symbols as typed keys"
    offered = [d.item["accept"] for d in ready(symbols)]
    assert offered == [], offered
    assert all(any("symbol" in p for p in d.problems) for d in symbols), [d.problems for d in symbols]


VERBS_ES = [
    Paragraph(1, "La puesta", is_heading=True),
    Paragraph(2, "Las hembras pliegan cada huevo dentro de una hoja de planta acuática para protegerlo del sol."),
    Paragraph(3, "Los machos adultos desarrollan una cresta dorsal ondulada durante la estación de cría en las charcas."),
    # "abdomen": its regular plural by rule, "abdomenes", is no word (the plural moves the accent).
    Paragraph(4, "La parte posterior del cuerpo del tritón recibe el nombre de abdomen y guarda los órganos de la digestión."),
]


def test_no_accept_list_holds_a_form_that_is_no_word() -> None:
    lang = language_for("es")
    drafts = derive_drafts(VERBS_ES, "es")
    accepted = [a for d in typed(drafts) for a in d.item["accept"]]
    assert accepted, "the case must draft typed answers"
    text = " ".join(p.text for p in VERBS_ES).lower()
    invented = [a for a in accepted if a.lower() not in text and lang.familiarity(a) == 0]
    assert invented == [], invented


PHRASE_ES = [
    Paragraph(1, "El ajolote en la historia", is_heading=True),
    Paragraph(2, "Los antiguos mexicas llamaban al ajolote «monstruo de agua» y lo cazaban en los canales de la ciudad para comerlo asado."),
]


def test_a_phrase_key_accepts_its_natural_variants() -> None:
    drafts = derive_drafts(PHRASE_ES, "es")
    phrase = keyed(drafts, "monstruo de agua")
    assert phrase, "the case must draft the quoted phrase as a typed key"
    for d in phrase:
        assert "monstruo del agua" in d.item["accept"], d.item["accept"]


PARTICLE_EN = [
    Paragraph(1, "The first jets", is_heading=True),
    Paragraph(2, "The first airliner flown by a national carrier was the de Havilland Dove, which entered service with a small airline in the north."),
]


def test_a_gap_never_cuts_a_name_after_its_leading_particle() -> None:
    drafts = derive_drafts(PARTICLE_EN, "en")
    cut = [d for d in typed(drafts) if "de ____" in d.item["prompt"]]
    assert cut, "the case must draft the gap after 'de'"
    assert [d.item["accept"] for d in ready(cut)] == []


# ---------------------------------------------------------------- 2. trivial gaps


COMPUTED_EN = [
    Paragraph(1, "Design life", is_heading=True),
    Paragraph(2, "A blade that loses 3 % of its margin each year keeps some margin for 1/0.03, or about 33 years, in the simple design model."),
    Paragraph(3, "The first turbine ran for 1,200 hours in spring and 800 hours in summer, 2,000 hours in all, before its blades were inspected."),
]


def test_a_figure_the_prompt_computes_is_no_numeric_question() -> None:
    drafts = derive_drafts(COMPUTED_EN, "en")
    numeric = [d for d in drafts if d.item.get("type") == "numeric"]
    assert {d.item["answer"] for d in numeric} >= {3, 33, 800, 1200, 2000}, "the case must draft every figure"
    # 33 = 1/0.03 and 3 % = 0.03; 2,000 = 1,200 + 800 (each of the three follows from the other two).
    assert [d.item["prompt"] for d in ready(numeric)] == []
    flagged = {d.item["answer"] for d in numeric if any("comput" in p for p in d.problems)}
    assert flagged >= {3, 33, 800, 1200, 2000}, [(d.item["answer"], d.problems) for d in numeric]


def test_a_figure_the_prompt_does_not_compute_stays_askable() -> None:
    drafts = derive_drafts([Paragraph(1, "Tests", is_heading=True), Paragraph(2, "The first turbine ran for 1,200 hours in spring before its blades were inspected at the works in Derby.")], "en")
    assert [d.item["answer"] for d in ready(drafts) if d.item.get("type") == "numeric"] == [1200]


PAIR_EN = [
    Paragraph(1, "Fatigue cracks", is_heading=True),
    Paragraph(2, "Under the microscope, the polished surface shows tiny ridges and grooves, known as extrusions and intrusions, which later grow into cracks."),
    Paragraph(3, "Under load, the slip bands form ridges known as extrusions, which a polished surface shows under the microscope."),
]


def test_the_partner_of_a_pair_word_beside_the_gap_is_no_question() -> None:
    drafts = derive_drafts(PAIR_EN, "en")
    paired = [d for d in typed(drafts) if "extrusions" in d.item["accept"] and "intrusions" in d.item["prompt"]]
    assert paired, "the case must draft the pair word's partner as a key"
    assert [d.item["prompt"] for d in ready(paired)] == []
    alone = [d for d in typed(drafts) if "extrusions" in d.item["accept"] and "intrusions" not in d.item["prompt"]]
    assert not alone or all(not any("pair" in p for p in d.problems) for d in alone)


PREDICTED_ES = [
    Paragraph(1, "El tritón", is_heading=True),
    Paragraph(2, "Las larvas eclosionan al cabo de unas dos semanas y respiran por branquias externas durante todo el verano."),
    Paragraph(3, "Los biólogos interpretan la metamorfosis tardía como una adaptación a charcas que nunca se secan."),
    Paragraph(4, "Las hembras pliegan cada huevo dentro de una hoja de planta acuática para protegerlo del sol."),
    Paragraph(5, "Las salamandras de este grupo viven repartidas por Norteamérica, muchas de ellas en México y en los montes de Guatemala."),
]


def test_no_ready_gap_on_a_verb_or_a_word_the_sentence_predicts() -> None:
    drafts = derive_drafts(PREDICTED_ES, "es")
    predicted = {"eclosionan", "biólogos", "pliegan", "norteamérica"}
    offered = [(d.item["prompt"], d.item["accept"]) for d in ready(typed(drafts)) if {a.lower() for a in d.item["accept"]} & predicted]
    assert offered == [], offered


# ---------------------------------------------------------------- 3. wording


WHO_EN = [
    Paragraph(1, "Early testing", is_heading=True),
    Paragraph(2, "August Wöhler built machines that bent railway axles as they turned, and he counted how many turns each axle survived."),
    Paragraph(3, "Alan Cottrell built furnaces that held test bars at a constant load for months at the laboratory in Harwell."),
    Paragraph(4, "The railway engineer August Wöhler was born in Soltau, and the metallurgist Alan Cottrell was born in Birmingham."),
]


def test_a_who_question_never_carries_a_clause_with_its_own_subject() -> None:
    drafts = derive_drafts(WHO_EN, "en")
    who = [d.item["prompt"] for d in drafts if re.search(r"\bwho\b", d.item.get("prompt", ""))]
    assert any("Harwell" in p for p in who), "the case must still ask 'who' of a plain sentence"
    assert [p for p in who if re.search(r"\band he\b", p)] == []
    wohler = [d for d in typed(drafts) if "Wöhler" in d.item["accept"]]
    assert wohler and all("____" in d.item["prompt"] for d in wohler), [d.item["prompt"] for d in wohler]


LIST_MD = """# Creep testing

## Quantities

Engineers in Derby describe a creep test by three quantities:
- the **applied stress**, σ_a = F/A;
- the **rupture time** of the bar, about 2,000 hours;
- the **Larson parameter**, named after Frederick Larson.

The first tests at the works in Derby ran in 1951 under the engineer Alan Cottrell.
"""


def test_a_bullet_list_is_never_quoted_as_one_sentence() -> None:
    drafts = derive_drafts(read_paragraphs(LIST_MD), "en")
    prompts = [str(d.item.get("prompt", d.item.get("front", ""))) for d in ready(drafts)]
    assert prompts, "the case must draft some ready items"
    flattened = [p for p in prompts if re.search(r"[:;]\s+[-*•]\s", p) or re.search(r"\s[-*•]\s.*\s[-*•]\s", p)]
    assert flattened == [], flattened


UNITS = [
    Paragraph(1, "Service life", is_heading=True),
    Paragraph(2, "The crack in the rear frame grew for 89,000 flight cycles before the inspectors found it at the hangar in Toulouse."),
    Paragraph(3, "Los técnicos revisaron el motor después de 12.000 horas de vuelo en el taller de Getafe."),
]


def test_a_numeric_unit_is_the_whole_noun_phrase_or_none() -> None:
    en = [d for d in derive_drafts(UNITS[:2], "en") if d.item.get("type") == "numeric"]
    assert en, "the case must draft the figure"
    assert {d.item.get("unit") for d in en} <= {"flight cycles", None}, {d.item.get("unit") for d in en}


def test_dates_and_days_that_nearly_make_another_figure_are_not_computations() -> None:
    """A day of the month and a year that nearly give the other year (1522 - 4 = 1518 for 1519)
    compute nothing: only an exact sum, difference, product or ratio does."""
    drafts = derive_drafts([
        Paragraph(1, "La vuelta", is_heading=True),
        Paragraph(2, "La nao salió de Sanlúcar el 4 de septiembre de 1519 con cinco naves y regresó a Sevilla el 8 de septiembre de 1522 con una sola."),
    ], "es")
    numeric = [d for d in drafts if d.item.get("type") == "numeric" and d.item["answer"] in (1519, 1522)]
    assert numeric, "the case must draft the years"
    assert [d.problems for d in numeric if any("comput" in p for p in d.problems)] == []


def test_names_sharing_an_ending_are_no_pair_words() -> None:
    drafts = derive_drafts([
        Paragraph(1, "Bogs", is_heading=True),
        Paragraph(2, "On the Flanders Moss in Scotland, where restoration began in 1994, the moss returned to most of the blocked ditches."),
    ], "en")
    scotland = [d for d in typed(drafts) if "Scotland" in d.item["accept"]]
    assert scotland, "the case must draft the place"
    assert [d.problems for d in scotland if any("pair word" in p for p in d.problems)] == []


FORMULA_EN = [
    Paragraph(1, "Transfer units", is_heading=True),
    Paragraph(2, "The number of transfer units, NTU, is the ratio UA/C_min, where C_min is the smaller heat capacity rate of the two streams at the plant in Derby."),
]


def test_a_term_of_a_formula_is_no_typed_key() -> None:
    drafts = derive_drafts(FORMULA_EN, "en")
    formula = [d for d in typed(drafts) if "____/" in d.item["prompt"] or "/____" in d.item["prompt"]]
    # (prompts2: the name reader no longer takes "UA" of "UA/C_min", a token it is only part
    # of, so the formula's term may not be drafted at all; if it is, it is held back.)
    assert [d.item["accept"] for d in ready(formula)] == []


LONG_NAMES = [
    Paragraph(1, "El estudio", is_heading=True),
    Paragraph(2, "El plan responde a un estudio encargado por la cofradía al Instituto de Ciencias del Mar de Vilaboa, que midió la población de percebe."),
    Paragraph(3, "Desde 1999 la directiva protege las praderas, y en 2018 el Gobierno de las Islas Baleares aprobó un decreto que prohíbe fondear sobre ellas."),
]


def test_a_long_name_is_no_typed_key_and_a_name_s_small_words_are_never_swapped() -> None:
    drafts = derive_drafts(LONG_NAMES, "es")
    long = [d for d in typed(drafts) if d.item["accept"][0] == "Instituto de Ciencias del Mar de Vilaboa"]
    assert long, "the case must draft the long name"
    assert [d.item["accept"] for d in ready(long)] == []
    swapped = [a for d in typed(drafts) for a in d.item["accept"] if re.search(r"\bdel? [A-Z]", a) and a not in " ".join(p.text for p in LONG_NAMES)]
    assert swapped == [], swapped


def test_markdown_emphasis_is_never_shown_in_a_draft() -> None:
    text = "# Creep\n\nThe **rupture time** of the first bar tested at the works in Derby in 1951 was about 2,000 hours under the engineer Alan Cottrell.\n"
    drafts = derive_drafts(read_paragraphs(text), "en")
    shown = [str(d.item.get(f, "")) for d in drafts for f in ("prompt", "passage", "front", "back", "explanation")]
    assert any("rupture time" in s for s in shown), "the case must quote the sentence"
    assert [s for s in shown if "**" in s] == []


def test_an_adjective_before_a_name_is_no_unit() -> None:
    drafts = derive_drafts([
        Paragraph(1, "The company", is_heading=True),
        Paragraph(2, "The canal company raised money from about 800,000 small French investors before it collapsed in the spring of 1889."),
    ], "en")
    units = [d.item.get("unit") for d in drafts if d.item.get("type") == "numeric" and d.item["answer"] == 800000]
    assert "small" not in units, units


# ---------------------------------------------------------------- the rules, called directly


@pytest.mark.parametrize("key, expected", [("S_e", True), ("Δσ", True), ("σ_r", True), ("BOAC", False), ("Rankine", False), ("Larson–Miller", False)])
def test_symbol_keys(key: str, expected: bool) -> None:
    assert answers.symbol_key(key) is expected


@pytest.mark.parametrize("prompt, value, held", [
    ("keeps its margin for 1/0.03, or about ____ years", 33, True),
    ("ran 1,200 hours in spring and 800 in summer, ____ hours in all", 2000, True),
    ("loses 3 % a year, about ____ years", 33, False),
    ("salió el 4 de septiembre de 1519 y volvió el 8 de septiembre de ____", 1522, False),
])
def test_computed_figures(prompt: str, value: float, held: bool) -> None:
    assert (answers.computed(prompt, value, language_for("en")) is not None) is held


@pytest.mark.parametrize("prompt, key, held", [
    ("tiny ridges and grooves, known as ____ and intrusions", "extrusions", True),
    ("the corona of ____, a Portuguese navigator (portugués)", "Portugal", True),
    ("the nation built a new ____ for the trains", "station", False),
    ("On the Flanders Moss in ____, restoration began", "Scotland", False),
    ("The ____ larvae molt within a fortnight and drift with the plankton", "planktonic", True),
    ("the flag of ____, and the riots left 21 Panamanians dead", "Panama", True),
])
def test_given_away(prompt: str, key: str, held: bool) -> None:
    assert (answers.given_away(prompt, key) is not None) is held


@pytest.mark.parametrize("predicate, language, own", [
    ("built machines that bent axles as they turned, and he counted the turns", "en", True),
    ("published his findings in a paper read in Philadelphia", "en", False),
    ("describió la especie y él mismo la dibujó", "es", True),
    ("describió la especie en su diario", "es", False),
])
def test_own_subject_clause(predicate: str, language: str, own: bool) -> None:
    assert answers.own_subject_clause(predicate, language_for(language)) is own
