"""giveaway (issue 10): choice, matching and true/false items a blind reader answers from the
options' form, on texts of our own (English and Spanish).

- **the person's sex**: «La presidenta de la cámara, ____» among two women and two men, "____
  resigned her seat" among men and a woman, «El presidente de la diputación, Lucía Ferrando,
  inauguró ...» (false by its article alone), a matching of people to «directora» and «médico»:
  the drafter draws people of the sex the words give the gap, or holds the item back
  (``person_options.gender_giveaway``, ``given_names.name_gender``).
- **the figure's form**: "12 hours" among "12.42 hours" and "25.82 hours", a percentage among
  counts, a year among figures: options are drawn written as the key is, and a set that is not
  is held back (``blindness.odd_form``).
Options alike in both stay offered.
"""
from __future__ import annotations

from quizapp.derive import blindness, derive_drafts, person_options
from quizapp.derive.given_names import name_gender
from quizapp.languages import language_for
from tests.helpers.drafts import document


def _choice(prompt: str, key: str, wrong: list[str], kind: str = "single_choice") -> dict:
    return {"type": kind, "prompt": prompt, "choices": [{"text": key, "correct": True}, *({"text": w, "correct": False} for w in wrong)]}


def _gender(item: dict, language: str, asked: str = "", paragraph: str = "", span: tuple[int, int] | None = None) -> list[str]:
    return person_options.gender_giveaway(item, asked, paragraph, span, language_for(language))


# --- the person's sex ------------------------------------------------------------------------

def test_a_given_name_tells_the_sex_where_the_lists_agree() -> None:
    assert name_gender("Lucía Ferrando", "es") == "f"
    assert name_gender("Tomás Arrieta", "es") == "m"
    assert name_gender("Mary Holt", "en") == "f"
    assert name_gender("Ferrando", "es") is None  # a surname alone says nothing


def test_the_words_around_the_gap_tell_the_sex() -> None:
    es, en = language_for("es"), language_for("en")
    for prompt, sex in (
        ("«La directora del archivo municipal, ____, abrió la sala.»", "f"),
        ("«El alcalde de Arenales, ____, negoció la lonja.»", "m"),
        ("«En 1978 la junta eligió como tesorera a ____.»", "f"),
        ("«La junta nombró secretario a ____ en 1990.»", "m"),
        ("«El arquitecto ____ proyectó el mercado.»", "m"),
        ("«En 1950 llegó ____, una maestra de Soria.»", "f"),
    ):
        assert (person_options.gender_cue(prompt, es) or ("",))[0] == sex, prompt
    for prompt, sex in (
        ("“____ resigned her seat on the board in 1990.”", "f"),
        ("“Mrs ____ opened the school in 1902.”", "f"),
        ("“____ sold his share of the mill.”", "m"),
    ):
        assert (person_options.gender_cue(prompt, en) or ("",))[0] == sex, prompt
    for prompt, language in (
        ("«____ proyectó el mercado.»", es),
        ("«Tras la guerra de 1939, ____ volvió al pueblo.»", es),
        ("“____ met Anne Blake and told her the news.”", en),  # "her" is Anne's
        ("“____ built the mill.”", en),
    ):
        assert person_options.gender_cue(prompt, language) is None, prompt


def test_people_of_the_other_sex_among_the_options_are_held() -> None:
    for item, language in (
        (_choice("¿Cuál va en el hueco? «La directora del archivo municipal, ____, abrió la sala de lectura.»", "Carmen Otaegui", ["Pedro Alzola", "Marta Urquiza", "Jorge Arana"]), "es"),
        (_choice("¿Cuál va en el hueco? «El alcalde, ____, firmó el convenio.»", "Andrés Lizarraga", ["Julia Etxeberria", "Ramón Goikoetxea"]), "es"),
        (_choice("Which goes in the gap? “In 1990 ____ resigned her seat on the board.”", "Mary Holt", ["John Pryce", "Alice Dunn"]), "en"),
        (_choice("Which go in the gap? “La maestra ____ abrió la escuela.”", "Rosa Mendía", ["Luis Arana", "Ana Ibarra"], "multiple_select"), "es"),
    ):
        assert any("blind-gender" in p for p in _gender(item, language)), item["prompt"]


def test_options_of_one_sex_or_no_cue_stay() -> None:
    for item, language in (
        (_choice("¿Cuál va en el hueco? «La directora del archivo municipal, ____, abrió la sala.»", "Carmen Otaegui", ["Marta Urquiza", "Julia Etxeberria"]), "es"),
        (_choice("¿Cuál va en el hueco? «____ abrió la sala de lectura en 1931.»", "Carmen Otaegui", ["Pedro Alzola", "Marta Urquiza"]), "es"),
        (_choice("¿Quién abrió la sala?", "Otaegui", ["Alzola", "Urquiza"]), "es"),  # surnames: nothing to read
        (_choice("Which goes in the gap? “In 1990 ____ sold the mill to a brewer.”", "Mary Holt", ["John Pryce", "Alice Dunn"]), "en"),
    ):
        assert _gender(item, language) == [], item["prompt"]


def test_a_false_statement_swapping_in_a_person_of_the_other_sex_is_held() -> None:
    paragraph = "El presidente de la diputación, Ernesto Salinas, inauguró la almazara en 1983. Hubo fiesta."
    start = paragraph.index("Ernesto Salinas")
    span = (start, start + len("Ernesto Salinas"))
    false = {"type": "true_false", "answer": False, "prompt": "Verdadero o falso: El presidente de la diputación, Lucía Ferrando, inauguró la almazara en 1983."}
    assert any("blind-gender" in p for p in _gender(false, "es", "Ernesto Salinas", paragraph, span))
    same_sex = {"type": "true_false", "answer": False, "prompt": "Verdadero o falso: El presidente de la diputación, Tomás Arrieta, inauguró la almazara en 1983."}
    assert _gender(same_sex, "es", "Ernesto Salinas", paragraph, span) == []
    paragraph = "Rosa Mendía abrió la escuela en 1931. Hubo fiesta."
    unmarked = {"type": "true_false", "answer": False, "prompt": "Verdadero o falso: Luis Arana abrió la escuela en 1931."}
    assert _gender(unmarked, "es", "Rosa Mendía", paragraph, (0, len("Rosa Mendía"))) == []


def test_a_matching_of_roles_in_both_genders_is_held() -> None:
    pairs = [("Andrés Lizarraga", "alcalde de Arenales"), ("Julia Etxeberria", "directora de la escuela náutica"), ("Ramón Goikoetxea", "médico del puerto")]
    item = {"type": "matching", "pairs": [{"left": a, "right": b} for a, b in pairs]}
    assert any("blind-gender" in p for p in _gender(item, "es"))
    pairs = [("Marta Urquiza", "ingeniera de caminos"), ("Julia Etxeberria", "directora de la escuela náutica"), ("Inés Olaso", "médica del consultorio")]
    item = {"type": "matching", "pairs": [{"left": a, "right": b} for a, b in pairs]}
    assert _gender(item, "es") == []


SPANISH_PEOPLE = [
    "La cooperativa de Valdemora",
    "La cooperativa agrícola de Valdemora nació en 1962, cuando un grupo de vecinos decidió comprar en común una prensa para la aceituna. Durante los primeros años reunía a cuarenta socios.",
    "La presidenta de la cámara agraria, Lucía Ferrando, apoyó la solicitud de la subvención ante el gobierno regional. Ferrando defendía la venta conjunta del aceite embotellado.",
    "El ingeniero Tomás Arrieta diseñó la nueva almazara, que entró en funcionamiento en 1983. Arrieta sustituyó las prensas de capachos por un decantador centrífugo.",
    "La médica Inés Olaso dirigió el consultorio que la cooperativa abrió en 1990 para los socios. Olaso organizó campañas contra el uso de productos fitosanitarios sin protección.",
    "El veterinario Julián Ormaechea se encargó desde 1992 de la granja de ovejas de los pastos altos. Ormaechea introdujo la raza latxa y un registro de partos.",
    "El presidente de la diputación, Ernesto Salinas, inauguró la almazara ante trescientos socios. Salinas anunció entonces un plan de caminos rurales para las laderas del valle.",
]


def test_the_drafter_offers_no_person_of_the_other_sex_beside_a_gendered_gap() -> None:
    rules = language_for("es")
    for d in derive_drafts(document(SPANISH_PEOPLE), "es"):
        if not d.ready:
            continue
        for prompt, options in blindness.option_sets(d.item):
            cue = person_options.gender_cue(prompt, rules)
            if cue is not None:
                assert all(name_gender(text, "es") in (None, cue[0]) for text, _ in options), d.item
        if d.item.get("type") == "true_false" and d.item.get("answer") is False:
            prompt = str(d.item["prompt"])
            assert "presidente de la diputación, Lucía" not in prompt and "presidenta de la cámara agraria, Tomás" not in prompt


# --- the figure's form -----------------------------------------------------------------------

def test_figure_options_not_written_alike_are_held() -> None:
    for item, language in (
        (_choice("“The solar tide repeats every ____.”", "12 hours", ["12.42 hours", "25.82 hours"]), "en"),
        (_choice("“The diurnal tide has a period of ____.”", "25.82 hours", ["12 hours", "13 hours", "24 hours"]), "en"),
        (_choice("“About ____ of the harbours dry out.”", "35 %", ["14 harbours", "22 harbours"]), "en"),
        (_choice("“The survey found ____ sandbanks.”", "14", ["1932", "22"]), "en"),
        (_choice("«La marea diurna dura ____.»", "25,82 horas", ["12 horas", "13 horas"]), "es"),
        (_choice("«La obra costó ____.»", "12 millones de pesetas", ["900 metros", "40 millones de pesetas"]), "es"),
        ({"type": "cloze", "passage": "The range averages {1} at spring tides.", "gaps": [{"options": [
            {"text": "4.3 metres", "correct": True}, {"text": "2 metres", "correct": False}, {"text": "6 metres", "correct": False}]}]}, "en"),
    ):
        assert any("blind-form" in p for p in blindness.problems(item, language)), item


def test_figure_options_written_alike_stay() -> None:
    for item, language in (
        (_choice("“The lunar tide has a period of ____.”", "12.42 hours", ["10.85 hours", "14.26 hours"]), "en"),
        (_choice("“About ____ of the harbours dry out.”", "35 %", ["28 %", "44 %"]), "en"),
        (_choice("“The mill pond held about ____.”", "9,000 cubic metres", ["7,500 cubic metres", "12,000 cubic metres"]), "en"),
        (_choice("«La obra costó ____.»", "12 millones de pesetas", ["9 millones de pesetas", "15 millones de pesetas"]), "es"),
        (_choice("«El rango medio es de ____.»", "4,3 metros", ["3,1 metros", "5,6 metros"]), "es"),
        (_choice("«La granja tenía ____ cabezas.»", "1.200", ["900", "1.500"]), "es"),  # thousands, not decimals
    ):
        assert not any("blind-form" in p for p in blindness.problems(item, language)), item


ENGLISH_TIDES = [
    "Tides on the Orran coast",
    "The main lunar tide at Orran has a period of 12.42 hours, so that high water comes later each day. In the bay of Keswith the diurnal tide has a period of 25.82 hours, because the shape of the basin damps the twice-daily wave.",
    "The solar tide, weaker than the lunar one, repeats every 12 hours. Harbour masters use these periods to print the monthly tables for the fishing fleet.",
    "The tidal range at the harbour mouth averages 4.3 metres at spring tides and 1.9 metres at neap tides. At Keswith the range is about 0.8 metres, and about 35 % of the harbours dry out at low water.",
]


def test_the_drafter_offers_no_figure_choice_of_mixed_forms() -> None:
    for d in derive_drafts(document(ENGLISH_TIDES), "en"):
        if d.ready:
            assert blindness.odd_form(d.item, "en") is None, d.item
