"""promptgives2 (issue 10): an item whose own prompt settles its key, on sentences of our own (a
cooperage, a village band, a printer; EN and ES): a figure converted to another unit beside the
gap, a range's far bound that is the next round number after its near bound, a count or a term
the prompt's number gives, and a count of the names the prompt lists."""
from __future__ import annotations

from quizapp.derive import Draft, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, fill_in_draft, make_draft, numeric_draft, ready_answers

EN, ES = language_for("en"), language_for("es")


def _held(draft: Draft, language: str) -> bool:
    lang = language_for(language)
    return bool(giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang))


def test_a_converted_figure_is_held_in_every_form() -> None:
    """"a 40-gallon barrel (about ____ litres)", "a ____-gallon barrel (about 151 litres)", "12
    miles, or about ____ km", «un bidón de 5 galones (unos ____ litros)»: typed, numeric, choice."""
    for draft, language in (
        (numeric_draft("“Its largest cask was a 40-gallon barrel (about ____ litres) used for porter.”", 151), "en"),
        (numeric_draft("“Its largest cask was a ____-gallon barrel (about 151 litres) used for porter.”", 40), "en"),
        (fill_in_draft("“Its largest cask was a 40-gallon barrel (about ____) used for porter.”", "151 litres"), "en"),
        (choice_draft("“The carters hauled the casks 12 miles, or about ____ km, to the quay.”", "19", ["12", "31"]), "en"),
        (numeric_draft("“The road climbed 3,000 feet — about ____ m — over the moor.”", 914), "en"),
        (numeric_draft("«Su pieza mayor era un bidón de 5 galones (unos ____ litros) para el aceite.»", 19), "es"),
        (numeric_draft("«Su pieza mayor era un bidón de ____ galones (unos 19 litros) para el aceite.»", 5), "es"),
        (choice_draft("«Los carreteros recorrían 12 millas, unos ____ km, hasta el muelle.»", "19", ["12", "31"]), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    # Another quantity beside the figure: the text's own.
    assert not giveaways.converted_figure(numeric_draft("“Its largest cask held 40 gallons (it took ____ men to lift it).”", 4), EN)
    assert not giveaways.converted_figure(numeric_draft("«El bidón de 5 galones costaba ____ reales (unos 19 litros de aceite).»", 12), ES)


def test_the_far_bound_of_a_range_is_asked_only_off_the_round_step() -> None:
    """"temperatures of 28 to ____ degrees" -> 30, "1,000 to ____ copies" -> 2,000, «de 28 a ____
    grados» -> 30: the next round number after the near bound is held; 28 to 41 is asked."""
    for draft, language in (
        (numeric_draft("“In summer the cellar kept temperatures of 28 to ____ degrees, too warm for the ale.”", 30), "en"),
        (numeric_draft("“The firm printed its catalogue in runs of 1,000 to ____ copies each spring.”", 2000), "en"),
        (numeric_draft("“The kilns burned at 45–____ degrees for a week.”", 50), "en"),
        (numeric_draft("«En verano la bodega alcanzaba temperaturas de 28 a ____ grados, demasiado para el vino.»", 30), "es"),
        (numeric_draft("«La imprenta tiraba tiradas de 1.000 a ____ ejemplares cada primavera.»", 2000), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    assert not trivial_gaps.round_far_bound(numeric_draft("“In summer the cellar kept temperatures of 28 to ____ degrees, too warm for the ale.”", 41), EN)
    assert not trivial_gaps.round_far_bound(numeric_draft("«La bodega alcanzaba temperaturas de 28 a ____ grados.»", 37), ES)
    # A change, not a range.
    assert not trivial_gaps.round_far_bound(numeric_draft("“The price rose from 28 to ____ pence.”", 30), EN)


def test_a_count_or_term_the_prompt_gives_in_another_form_is_held() -> None:
    """"a ____-string guitar, called the twelve" -> 12; "six-drum basses, the ____" -> six bass;
    «una familia de ____ ollas, los triples» -> 3; «tres ollas, los ____» -> triples."""
    for draft, language in (
        (numeric_draft("“The band also owned a ____-string guitar, called the twelve, and two trumpets.”", 12), "en"),
        (fill_in_draft("“The band bought a set of six-drum basses, the ____, from a maker in Leeds.”", "six bass"), "en"),
        (numeric_draft("«El taller hacía una familia de ____ ollas, los triples, para la cocina del convento.»", 3), "es"),
        (fill_in_draft("«El taller hacía una familia de tres ollas, los ____, para la cocina del convento.»", "triples"), "es"),
        (fill_in_draft("«La banda compró un juego de 4 timbales, el ____, a un artesano de Burgos.»", "cuarteto"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    assert not trivial_gaps.number_term(numeric_draft("“The band owned ____ trumpets and a twelve-string guitar.”", 3), EN)
    assert not trivial_gaps.number_term(fill_in_draft("«El taller hacía una familia de tres ollas, las ____.»", "cazuelas"), ES)


def test_a_count_of_the_names_the_prompt_lists_is_held() -> None:
    """"Harwick and Lowmouth ...; the ____ neighbours" -> two; «Ortiz, Prieto y Lago ...; los
    ____ socios» -> tres."""
    for draft, language in (
        (fill_in_draft("“Harwick and Lowmouth signed a treaty in 1880, and the relation between the ____ neighbours stayed calm.”", "two"), "en"),
        (numeric_draft("“Oakes, Penrose and Lyle bought the mill in 1871; the ____ partners shared the kilns.”", 3), "en"),
        (numeric_draft("«Vallina y Rebollar firmaron un tratado; la relación entre los ____ vecinos fue tranquila.»", 2), "es"),
        (fill_in_draft("«Ortiz, Prieto y Lago compraron el molino; los ____ socios compartían los hornos.»", "tres"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    assert not trivial_gaps.named_count(numeric_draft("“Oakes and Lyle bought the mill; the ____ partners shared the kilns.”", 3), EN)
    assert not trivial_gaps.named_count(numeric_draft("“Oakes, Penrose and Lyle bought ____ mills in 1871.”", 3), EN)


def test_the_drafter_offers_none_of_them_ready() -> None:
    """Through the drafter: none of the settled keys is offered as a ready question."""
    en = ready_answers(["The Harwick Cooperage",
                        "The cooperage made oak casks. Its largest cask was a 40-gallon barrel (about 151 litres) used for porter.",
                        "In summer the cellar kept temperatures of 28 to 30 degrees, too warm for the ale, so the brewers moved it.",
                        "The band also owned a 12-string guitar, called the twelve, and two trumpets."], "en")
    assert not [a for a in en if a[1] in ("40", "151", "30", "12")], en
    es = ready_answers(["La tonelería de Vallina",
                        "La tonelería fabricaba barricas de roble. Su pieza mayor era un bidón de 5 galones (unos 19 litros) para el aceite.",
                        "El taller hacía también una familia de tres ollas, los triples, para la cocina del convento."], "es")
    assert not [a for a in es if a[1] in ("5", "19", "3", "triples")], es


def test_a_count_beside_another_count_stays() -> None:
    """«Dos barcos y ____ barcazas» -> 2, "two boats and ____ barges": another thing's count."""
    assert not trivial_gaps.number_term(numeric_draft("«Dos barcos y ____ barcazas cruzaban el río.»", 2), ES)
    assert not trivial_gaps.number_term(fill_in_draft("“Two boats and ____ barges crossed the river.”", "two"), EN)


def _card(front: str, back: str, tag: str) -> Draft:
    return Draft("p4-card-x", "card", {"front": front, "back": back, "source": [4], "tags": [tag]}, 4, None, 1.0)


def _card_held(draft: Draft, language: str) -> list[str]:
    from quizapp.derive.card_checks import CardContext, problems

    return problems(draft, CardContext(language_for(language), language, ["Title"]))


def test_a_step_card_back_says_what_is_done_to_what() -> None:
    """"what does cutting consist of?" <-> "It is cut to the right length" / "Is cut to length" /
    «Se corta a la medida justa»: the back restates the step's word with no subject."""
    front_en = "In the making of an oak barrel, what does {} consist of?"
    front_es = "En la fabricación de un tonel, ¿en qué consiste {}?"
    for draft, language in (
        (_card(front_en.format("cutting"), "It is cut to the right length.", "step"), "en"),
        (_card(front_en.format("shaving"), "Is shaved smooth.", "step"), "en"),
        (_card(front_en.format("hooping"), "Being hooped tightly.", "step"), "en"),
        (_card(front_en.format("cutting"), "Cut to the right length.", "step"), "en"),
        (_card(front_es.format("el corte"), "Se corta a la medida justa.", "step"), "es"),
        (_card(front_es.format("el corte"), "Cortar a la medida justa.", "step"), "es"),
    ):
        assert _card_held(draft, language), draft.item["back"]
    for draft, language in (
        (_card(front_en.format("cutting"), "The staves are cut to the right length.", "step"), "en"),
        (_card(front_en.format("cutting"), "Cutting the staves to the right length.", "step"), "en"),
        (_card(front_es.format("el corte"), "Se cortan las duelas a la medida justa.", "step"), "es"),
        (_card(front_es.format("el tostado"), "Un fuego de virutas tuesta el interior del tonel.", "step"), "es"),
    ):
        assert not _card_held(draft, language), draft.item["back"]


def test_a_list_card_names_what_it_lists() -> None:
    """"The text introduces a list: “The family:” What does it list?": a noun alone, no thing
    named; a lead-in that says what it lists stays."""
    assert _card_held(_card("The text introduces a list: “The family:” What does it list?", "Tom Penrose; Ann Penrose; Bill Penrose.", "list"), "en")
    assert _card_held(_card("El texto presenta una lista: «La familia:» ¿Qué enumera?", "Tomás Prieto; Ana Prieto; Blas Prieto.", "list"), "es")
    assert not _card_held(_card("The text introduces a list: “The Penrose cooperage sold three kinds of cask:” What does it list?",
                                "Hogsheads; Barrels; Kilderkins.", "list"), "en")
    assert not _card_held(_card("El texto presenta una lista: «La tonelería Prieto vendía tres tipos de barrica:» ¿Qué enumera?",
                                "Bocoyes; Barriles; Cuarterolas.", "list"), "es")


def _ordering(steps: list[str]) -> Draft:
    return make_draft({"type": "ordering", "prompt": "Put these stages in order.", "items": steps})


def test_an_ordering_in_a_usual_course_is_held() -> None:
    """A project's stages (study, financing, contract, construction, opening) or a life's (birth,
    school, career, death) in their usual order: common sense orders them. A step off the usual
    course, or out of its order, or holding a date, keeps the item."""
    project_en = ["A study of the estuary", "The financing of the works by a toll company", "The contract with a Leeds ironworks",
                  "The construction of the piers", "The opening to carts"]
    project_es = ["El estudio del estuario", "La financiación de las obras", "El contrato con una fundición de Bilbao",
                  "La construcción de las pilas", "La inauguración al paso de carros"]
    life_en = ["His birth in a fishing village", "School at the parish church", "A career as a cooper", "His death at sea"]
    life_es = ["Su nacimiento en una aldea", "La escuela parroquial", "Su carrera de tonelero", "Su muerte en el mar"]
    assert trivial_gaps.common_course_order(_ordering(project_en), EN)
    assert trivial_gaps.common_course_order(_ordering(life_en), EN)
    assert trivial_gaps.common_course_order(_ordering(project_es), ES)
    assert trivial_gaps.common_course_order(_ordering(life_es), ES)
    # A stage done again is the same stage: a rebuilding's course.
    assert trivial_gaps.common_course_order(_ordering(["A survey of the broken wall", "A loan from the Denholm bank", "The contract with a Hull builder",
                                                       "The rebuilding of the wall", "The reopening of the pans"]), EN)
    assert trivial_gaps.common_course_order(_ordering(["Un estudio del muro roto", "Un préstamo del banco de Denía", "El contrato con un constructor",
                                                       "La reconstrucción del muro", "La reapertura de las eras"]), ES)
    # Out of the usual order (the contract before the study), a step of its own, a date to recall.
    assert not trivial_gaps.common_course_order(_ordering([project_en[2], project_en[0], project_en[3], project_en[4]]), EN)
    assert not trivial_gaps.common_course_order(_ordering(["A study of the estuary", "A storm that broke the cofferdam", "The opening to carts"]), EN)
    assert not trivial_gaps.common_course_order(_ordering(["El estudio de 1851", "La financiación de 1853", "La inauguración de 1860"]), ES)
    assert not trivial_gaps.common_course_order(_ordering(["Carding", "Planking", "Blocking", "Finishing"]), EN)


def test_near_misses_stay() -> None:
    """A step back opening on an article is a subject («La leche se espesa»); "a pair of oxen" names
    no set called so; a unit after the near bound that the far bound does not repeat is no range."""
    front_es = "En la fabricación de un queso, ¿en qué consiste {}?"
    assert not _card_held(_card(front_es.format("el cuajado"), "La leche templada se espesa con el cuajo.", "step"), "es")
    assert not trivial_gaps.number_term(numeric_draft("“A pair of oxen pulled ____ carts to the quay.”", 2), EN)
    assert not trivial_gaps.round_far_bound(numeric_draft("«El tren recorría 20 kilómetros a ____ por hora.»", 25), ES)
    # The front's step names what it works on: the back needs no subject of its own.
    assert not _card_held(_card(front_es.format("el cepillado de la cara"), "Se alisa con un cepillo de esparto.", "step"), "es")


def test_a_count_of_the_names_a_heading_lists_is_held() -> None:
    """Under "Harwick and Lowmouth", "the relation between the ____ neighbours" -> two."""
    assert giveaways.heading_named_count(fill_in_draft("“The relation between the ____ neighbours stayed calm for 40 years.”", "two"),
                                         ["The Weir Dispute", "Harwick and Lowmouth"], EN)
    assert giveaways.heading_named_count(numeric_draft("«La relación entre los ____ vecinos fue tranquila durante 40 años.»", 2),
                                         ["Vallina y Rebollar"], ES)
    assert not giveaways.heading_named_count(numeric_draft("«La relación entre los ____ vecinos fue tranquila durante 40 años.»", 3),
                                             ["Vallina y Rebollar"], ES)
    assert not giveaways.heading_named_count(numeric_draft("“The ____ neighbours kept the treaty.”", 2), ["The Weir Dispute"], EN)
