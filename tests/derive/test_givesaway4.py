"""givesaway4 (issue 10): keys the prompt computes or spells out, on sentences of our own
(English and Spanish): a figure the prompt's own arithmetic gives (operators written as signs or
words, a chain of figures before "that is" / «es decir»), a species cut from a chemical equation
whose other species are shown, an abbreviation whose words the prompt holds (the only option
that spells them), a round year a reader guesses from "around" or "within a few decades of", and
a numeric tolerance that takes the value the text itself gives, rounded, for the same quantity."""
from __future__ import annotations

from quizapp.derive import Draft, derive_drafts, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, document, fill_in_draft, make_draft, numeric_draft


def _held(draft: Draft, language: str) -> bool:
    lang = language_for(language)
    return bool(giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang))


def _cloze(passage: str, key: str) -> Draft:
    return make_draft({"type": "cloze", "passage": passage.replace("____", "{1}"), "gaps": [{"accept": [key]}]})


# --- a figure the prompt's own arithmetic gives ------------------------------------------------

def test_a_figure_the_prompts_operators_compute_is_held() -> None:
    for draft, language in (
        # signs, a percentage from a product of shares
        (numeric_draft("“Of the hops, 0.75 was dried and 0.40 of that was pressed, so 0.75 × 0.40 ≈ ____ % of the harvest was baled.”", 30), "en"),
        (numeric_draft("“The kiln burned about 120 t of coal a season, so roughly 120/4 = ____ t for each quarter.”", 30), "en"),
        (numeric_draft("“A vat of 84 litres ÷ 12 bottles ≈ ____ litres a bottle.”", 7), "en"),
        (numeric_draft("«El secadero recibía 640 / 8 = ____ kilos de lúpulo por hilera.»", 80), "es"),
        # operators written out
        (numeric_draft("“The 96 sacks divided by 8 carts is ____ sacks a cart.”", 12), "en"),
        (numeric_draft("“Twelve pickers times 15 baskets gives ____ baskets a day.”", 180), "en"),
        (numeric_draft("«Los 96 sacos divididos entre 8 carros son ____ sacos por carro.»", 12), "es"),
        (numeric_draft("«Con 250 por 0,6 se obtienen unos ____ kilos de flor seca.»", 150), "es"),
        (numeric_draft("“Fifteen per cent of 240 acres, that is ____ acres, lay fallow.”", 36), "en"),
        # the key a factor of the written product
        (numeric_draft("“The kiln burned 120 t a season, so 120/____ = 30 t a quarter.”", 4), "en"),
        # a chain of figures, then "that is" / «es decir»
        (numeric_draft("“The brewery sold 60 casks a week at 3 guineas each, that is ____ guineas.”", 180), "en"),
        (numeric_draft("«La cervecera vendía 60 barriles a la semana a 3 duros cada uno, es decir, ____ duros.»", 180), "es"),
        # a rate, then the same rate over another time
        (numeric_draft("«El manantial aporta 3 litros por segundo, es decir, ____ litros al día.»", 259200), "es"),
        (numeric_draft("“The spring gives 2 litres a second, that is ____ litres an hour.”", 7200), "en"),
        # typed and offered figures alike
        (fill_in_draft("“The 96 sacks divided by 8 carts is ____ sacks a cart.”", "12"), "en"),
        (choice_draft("“So 0.75 × 0.40 ≈ ____ % of the harvest was baled.”", "30", ["25", "35", "45"]), "en"),
        (_cloze("Los 96 sacos divididos entre 8 carros son ____ sacos por carro.", "12"), "es"),
    ):
        assert _held(draft, language), draft.item.get("prompt") or draft.item.get("passage")


def test_a_figure_the_prompt_states_is_still_asked() -> None:
    for draft, language in (
        (numeric_draft("“The kiln burned ____ t of coal a season and employed 4 stokers.”", 120), "en"),
        (numeric_draft("“The brewery sold ____ casks a week at 3 guineas each.”", 60), "en"),
        (numeric_draft("“The brewery sold 60 casks a week at 3 guineas each, that is ____ casks a month in summer.”", 310), "en"),
        (numeric_draft("«La cervecera vendía 60 barriles a la semana, es decir, ____ litros.»", 3000), "es"),
        (numeric_draft("“The spring gives 2 litres a second, that is ____ litres in a dry summer.”", 7200), "en"),
        # figures whose product is the key by chance, of another unit
        (numeric_draft("«Los 3 barcos y 12 marineros llegaron en 1921, es decir, ____ años después.»", 36), "es"),
        (numeric_draft("«El secadero tenía 8 hileras entre 1921 y ____.»", 1934), "es"),
        (numeric_draft("“The 96 sacks went by 8 carts in ____.”", 1911), "en"),
    ):
        assert not giveaways.computed_expression(draft, language_for(language)), draft.item["prompt"]


# --- a species cut from a chemical equation ------------------------------------------------------

def test_a_species_cut_from_an_equation_whose_other_species_are_shown_is_held() -> None:
    for draft, language in (
        (fill_in_draft("“In the lime kiln, CaCO3 → CaO + ____ as the stone is burned.”", "CO2"), "en"),
        (fill_in_draft("“The gas works ran Zn + 2 ____ → ZnCl2 + H2 in the assay room.”", "HCl"), "en"),
        (fill_in_draft("«En la salina se forma 2 NaCl + H2SO4 → Na2SO4 + 2 ____.»", "HCl"), "es"),
        (fill_in_draft("«El amoníaco se obtiene según N2 + 3 H2 ⇌ 2 ____ en el reactor.»", "NH3"), "es"),
        (choice_draft("“In the lime kiln, CaCO3 → ____ + CO2 as the stone is burned.”", "CaO", ["CaCl2", "Ca(OH)2", "CaSO4"]), "en"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_gap_beside_an_equation_but_not_in_it_is_still_asked() -> None:
    assert not giveaways.equation_species(fill_in_draft("“In the ____, CaCO3 → CaO + CO2 as the stone is burned.”", "kiln"), language_for("en"))
    assert not giveaways.equation_species(fill_in_draft("«La reacción N2 + 3 H2 ⇌ 2 NH3 se lleva a cabo a ____ grados.»", "450"), language_for("es"))


# --- an abbreviation whose words the prompt holds ------------------------------------------------

def test_the_only_option_that_spells_the_prompts_words_is_held() -> None:
    for draft, language in (
        (choice_draft("«Las reservas del salar se expresan en ____, es decir, en carbonato de litio equivalente.»", "LCE", ["ICE", "LME", "TCE"]), "es"),
        (choice_draft("“The mill's output is given in ____, that is in tonnes of oil equivalent.”", "TOE", ["TCE", "BOE", "MWh"]), "en"),
        (fill_in_draft("“The hut's output is given in ____, measured in tonnes of oil equivalent each year.”", "TOE"), "en"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    # Other options spell them too, or the prompt holds no such words: still asked.
    assert not giveaways.spelled_option(choice_draft("“The mill's output is given in ____, that is in tonnes of oil equivalent.”", "TOE", ["OET", "BOE", "MWh"]), language_for("en"))
    assert not giveaways.spelled_option(choice_draft("“The mill's output is given in ____ each year.”", "TOE", ["TCE", "BOE", "MWh"]), language_for("en"))


# --- a round year a reader guesses from the phrase ------------------------------------------------

def test_a_round_year_after_an_approximate_word_is_held() -> None:
    for draft, language in (
        (numeric_draft("“The hop trade collapsed within a few decades of ____ as the gardens were grubbed up.”", 1900), "en"),
        (numeric_draft("“The last oast was built around ____, when the railway reached the valley.”", 1850), "en"),
        (numeric_draft("«Hacia ____, la mayoría de los secaderos ya había cerrado.»", 1900), "es"),
        (numeric_draft("«A principios de ____ llegaron las primeras máquinas de secado.»", 1900), "es"),
        (choice_draft("“The hop trade collapsed within a few decades of ____.”", "1900", ["1873", "1926", "1948"]), "en"),
        (fill_in_draft("“By the turn of the ____, the hop gardens had gone.”", "century"), "en"),
        (fill_in_draft("«Con el cambio de ____, los secaderos cerraron.»", "siglo"), "es"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_year_that_is_not_round_or_is_stated_is_still_asked() -> None:
    for draft, language in (
        (numeric_draft("“The last oast was built around ____, when the railway reached the valley.”", 1913), "en"),
        (numeric_draft("“The last oast was built in ____, when the railway reached the valley.”", 1900), "en"),
        (numeric_draft("«Hacia ____, la mayoría de los secaderos ya había cerrado.»", 1927), "es"),
        # a round figure of a quantity, no year
        (numeric_draft("“The valley receives about ____ millimetres of rain a year.”", 1200), "en"),
        (fill_in_draft("«El valle recibe unos ____ litros de lluvia por metro cuadrado.»", "1500"), "es"),
        # another option is as round: roundness picks none
        (choice_draft("“The hop trade collapsed within a few decades of ____.”", "1900", ["1850", "1926", "1948"]), "en"),
    ):
        assert not giveaways.round_year_guess(draft, language_for(language)), draft.item["prompt"]


# --- a numeric tolerance that takes the text's own rounding of the same quantity ---------------

def _numeric(lines: list[str], language: str) -> dict[float, dict]:
    return {d.item["answer"]: d.item for d in derive_drafts(document(lines), language)
            if d.kind == "question" and d.item.get("type") == "numeric"}


def test_a_numeric_tolerance_takes_the_value_the_text_gives_rounded_for_the_same_quantity() -> None:
    en = _numeric([
        "The Oast Houses",
        "The oast houses of the Weald dried the hops picked in the gardens around them.",
        "The surveyors measured the drying floor of the largest kiln at 178 square metres.",
        "The great kiln at Sissinghurst, with close to 180 square metres of floor, dried a whole garden's crop.",
    ], "en")
    es = _numeric([
        "Los secaderos",
        "Los secaderos de lúpulo de Carrizo secaban la flor recogida en las huertas cercanas.",
        "Los topógrafos midieron la era del mayor secadero en 178 metros cuadrados.",
        "El gran secadero de Carrizo, con unos 180 metros cuadrados de era, secaba la cosecha de toda una huerta.",
    ], "es")
    for items in (en, es):
        assert 178 in items, items
        assert abs(180 - items[178]["answer"]) <= items[178]["tolerance"], items[178]


def test_a_numeric_tolerance_keeps_out_another_quantitys_figure() -> None:
    en = _numeric([
        "The Oast Houses",
        "The oast houses of the Weald dried the hops picked in the gardens around them.",
        "The surveyors measured the drying floor of the largest kiln at 178 square metres.",
        "The great kiln at Sissinghurst burned close to 180 tonnes of charcoal a season.",
        "The cooling floor beside it covered about 170 square metres.",
        "The village green at Goudhurst covered close to 180 square metres.",
    ], "en")
    assert 178 in en, en
    assert en[178]["tolerance"] < 2, en[178]
