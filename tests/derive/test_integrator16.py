"""Integrator's rules of the sixteenth session (issue 10), on sentences of our own: a figure gap
after "an" (the article says how the figure is spoken), a range's far bound that is a whole
unit of time or a whole (60 minutes, 24 hours, 100 per cent), a foreign word glossed by its
translation, and a figure converted into another unit written in words."""
from __future__ import annotations

from quizapp.derive import Draft, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import fill_in_draft, numeric_draft

EN, ES = language_for("en"), language_for("es")


def _held(draft: Draft, language: str) -> bool:
    lang = language_for(language)
    return bool(giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang))


def test_a_figure_gap_after_an_is_held_as_the_article_narrows_it_to_eighty_or_eleven() -> None:
    # "an ____ per cent rate": only 8, 11, 18, 80-89, 800s are spoken from a vowel.
    assert _held(numeric_draft("“Trials of the new kiln showed an ____ per cent saving in fuel over the old one.”", 80), "en")
    assert _held(numeric_draft("“The crossing took an ____-hour shift from each of the three crews.”", 11), "en")
    assert not _held(numeric_draft("“Trials of the new kiln showed a ____ per cent saving in fuel over the old one.”", 30), "en")


def test_a_far_bound_that_makes_a_whole_unit_of_time_or_a_whole_is_held() -> None:
    for draft, language in (
        (numeric_draft("“Each firing of the small kiln lasts about 45 to ____ minutes.”", 60), "en"),
        (numeric_draft("“The dough rests for 18 to ____ hours in a cool room.”", 24), "en"),
        (numeric_draft("“Coverage of the villages reached 85 to ____ per cent by the end of the scheme.”", 100), "en"),
        (numeric_draft("«Cada cocción dura entre 45 y ____ minutos.»", 60), "es"),
        (numeric_draft("«La masa reposa de 18 a ____ horas en un cuarto fresco.»", 24), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    # The text's own bound is asked.
    assert not trivial_gaps.round_far_bound(numeric_draft("“Each firing of the small kiln lasts about 45 to ____ minutes.”", 75), EN)


def test_a_foreign_word_glossed_by_its_translation_is_held() -> None:
    for draft, language in (
        (fill_in_draft("“Salt crusts form a hard layer called the ____, Quechua for “white floor”, across the basin.”", "yuraqpampa"), "en"),
        (fill_in_draft("“The dried fish, known as ____ (Norwegian for “stick fish”), was sold in Bergen.”", "stokkfisk"), "en"),
        (fill_in_draft("«La costra de sal forma una capa llamada ____, que en quechua significa «suelo blanco».»", "yuraqpampa"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    assert not trivial_gaps.glossed_key(fill_in_draft("“Salt crusts form a hard layer called the ____, which the miners cut by hand.”", "yuraqpampa"), EN)


def test_a_figure_converted_into_a_unit_written_in_words_is_held() -> None:
    for draft, language in (
        (numeric_draft("«La vía tiene un ancho de ____ mm, es decir, de tres pies, como los ramales mineros.»", 914), "es"),
        (numeric_draft("“The track is ____ mm wide, that is, three feet, like the mining branches.”", 914), "en"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_round_target_year_and_the_standard_gauge_are_held_as_what_the_world_knows() -> None:
    from quizapp.derive import world_knowledge

    for draft, language in (
        (numeric_draft("“Half of the atoll's land could be under water at high tide by ____, the study projects.”", 2050), "en"),
        (numeric_draft("«La mitad del atolón podría quedar bajo el agua en las mareas altas hacia ____.»", 2050), "es"),
        (numeric_draft("“The port authority aims to run every crane on shore power by ____.”", 2030), "en"),
        (numeric_draft("“The new line was laid to the standard gauge of ____ mm, like the main line.”", 1435), "en"),
        (numeric_draft("«La nueva vía se tendió con el ancho estándar de ____ mm.»", 1435), "es"),
    ):
        assert world_knowledge.known_to_the_world(draft, language_for(language)), draft.item["prompt"]
    # A year of the text's own: not a round target, or a past event.
    assert not world_knowledge.known_to_the_world(numeric_draft("“Half of the atoll's land could be under water at high tide by ____, the study projects.”", 2047), EN)
    assert not world_knowledge.known_to_the_world(numeric_draft("“The harbour wall had been rebuilt by ____, after the storm.”", 2050), EN)


def test_a_usual_course_is_held_even_when_a_step_holds_a_figure_it_does_not_ask() -> None:
    """A figure inside a step ("for about 200 pulses", «un máximo de 48 horas») is not what an
    ordering asks: the order is still common sense. A decline «deterioro» closes a project's course."""
    from tests.helpers.drafts import make_draft

    def ordering(*steps: str) -> Draft:
        return make_draft({"type": "ordering", "prompt": "Put these steps in order.", "items": list(steps)})

    assert trivial_gaps.common_course_order(ordering(
        "Corte de la pera madura en septiembre", "Fermentación del mosto durante un máximo de 48 horas",
        "Destilación en alambique de cobre", "Envejecimiento en barricas de castaño", "Embotellado en la finca"), ES)
    assert trivial_gaps.common_course_order(ordering(
        "The nurse weighs the patient", "The operator locates the vein with ultrasound",
        "The pump begins at a low rate for about 200 pulses", "The rate is raised step by step"), EN)
    assert trivial_gaps.common_course_order(ordering(
        "El Cabildo aprobó una ordenanza que autorizaba el muelle", "El primer vapor llegó al muelle",
        "La gestión pasó al Estado, pero las décadas siguientes trajeron deterioro"), ES)
    # Against the course: the text's own order is asked.
    assert not trivial_gaps.common_course_order(ordering(
        "Embotellado del vino base", "Fermentación de nuevo en la botella durante 15 meses", "Envejecimiento en cava"), ES)


def test_a_conditional_computation_makes_no_statement_and_its_figure_no_choice() -> None:
    from quizapp.derive import statements
    from tests.helpers.drafts import choice_draft

    assert statements.not_a_claim("Si la prensa pierde un 4 % del mosto en los posos, quedan unos 62,4 litros de sidra.", "es")
    assert statements.not_a_claim("If the press loses 4 per cent of the must in the lees, about 62.4 litres of cider remain.", "en")
    # A conditional that computes nothing stays a claim.
    assert not statements.not_a_claim("If the pump stops for more than an hour, the lower gallery of the mine floods.", "en")
    # The figure of a computation step is offered with no options: the options are settled by arithmetic.
    for draft, language in (
        (choice_draft("«Dividiendo por la densidad de la sidra, 1,02 kilogramos por litro, se obtienen unos ____ de zumo.»", "62,4 litros", ["48,1 litros", "75,9 litros"]), "es"),
        (choice_draft("“If the press loses 4 per cent of the must in the lees, about ____ of cider remain.”", "62.4 litres", ["48.1 litres", "75.9 litres"]), "en"),
    ):
        assert statements.computation_step_choice(draft, language_for(language)), draft.item["prompt"]
    assert not statements.computation_step_choice(choice_draft("“The press at Kelby yields about ____ of cider a day in autumn.”", "62.4 litres", ["48.1 litres", "75.9 litres"]), EN)


def test_a_gap_over_two_names_of_an_enumeration_and_a_translation_asked_back_are_held() -> None:
    # «..., Nekeas en Barásoain y Chivite en Añorbe»: the gap joins one entry's place and the
    # next entry's name; a learner who recalls the place is marked wrong.
    enumeration = fill_in_draft("«Entre las bodegas figuran Ochoa en Olite, Irache en Ayegui, Nekeas en ____ en Añorbe.»", "Barásoain y Chivite")
    assert giveaways.two_names_key(enumeration)
    assert not giveaways.two_names_key(fill_in_draft("«La bodega pasó a manos de ____ en 1920.»", "Ochoa y Chivite"))
    # The gap on the translation a prompt glosses ("yuraqpampa, Quechua for ____"): the word gives it.
    for draft, language in (
        (fill_in_draft("“Salt crusts form a hard layer called the yuraqpampa, Quechua for ____, across the basin.”", "white floor"), "en"),
        (fill_in_draft("“The name lithotripsy comes from the Greek for ____.”", "stone crushing"), "en"),
        (fill_in_draft("«La costra forma una capa llamada yuraqpampa, que en quechua significa ____.»", "suelo blanco"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    assert not trivial_gaps.glossed_key(fill_in_draft("“The village's schoolteachers asked the Council for ____.”", "a new roof"), EN)
    quoted = fill_in_draft("“The crust is called yuraqpampa, Quechua for “____”, by the salt cutters.”", "white floor")
    assert trivial_gaps.glossed_key(quoted, EN)


def test_a_ratio_denominator_reads_no_verb_as_its_unit() -> None:
    from quizapp.derive import Paragraph, derive_drafts

    rows = [
        ("The cider press at Kelby", True),
        ("About 1 in 6 develops a sour taste if the barrels are left in the sun, so the cellar keeps them at 12 degrees all year.", False),
    ]
    drafts = derive_drafts([Paragraph(n, t, h, False) for n, (t, h) in enumerate(rows, start=1)], "en")
    assert not [d.item for d in drafts if d.item.get("unit") == "develops"]
    assert any(d.item.get("unit") == "degrees" for d in drafts)  # the cellar's figure keeps its unit
