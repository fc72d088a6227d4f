"""promptgives (issue 10): the prompt or the options settle the key, each kind tested on small
sentences of our own (EN and ES): the opposite of a word the prompt pairs with the same noun, a
renaming that only repeats or translates its other name, a superlative pointing at the extreme
figure among the options, a standard measure of a sports field or race, and a two-option choice
between opposite directions."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, derive_drafts, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, document, fill_in_draft, make_draft, numeric_draft


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang)


def _cloze(passage: str, key: str, wrong: list[str]) -> Draft:
    options: list[dict[str, Any]] = [{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong]
    return make_draft({"type": "cloze", "prompt": "Choose the word.", "passage": passage, "gaps": [{"options": options}]})


def test_the_opposite_of_a_word_paired_with_the_same_noun_is_given() -> None:
    """"the upper deck and the ____ deck" (lower), «la tribuna oeste y ... la tribuna ____» (este):
    the prompt names the key's opposite beside the same head noun."""
    en, es = language_for("en"), language_for("es")
    assert _reasons(fill_in_draft("“Trams ran on the upper deck of the bridge and carts on the ____ deck.”", "lower"), "en")
    assert _reasons(fill_in_draft("“The mill stood on the north bank; the granary faced it from the ____ bank.”", "south"), "en")
    assert _reasons(choice_draft("“The inner wall was of brick and the ____ wall of flint.”", "outer", ["lower", "eastern"]), "en")
    assert _reasons(fill_in_draft("«Los locales ocupan la tribuna oeste y los visitantes la tribuna ____.»", "este"), "es")
    assert _reasons(fill_in_draft("«El piso alto guardaba grano y el piso ____ los carros.»", "bajo"), "es")
    assert _reasons(_cloze("El muro interior era de ladrillo y el muro {1} de sílex.", "exterior", ["norte"]), "es")
    # Another noun, or no opposite in the prompt: the document's detail.
    assert not trivial_gaps.paired_opposite(fill_in_draft("“The mill stood on the north bank, beside the ____ road.”", "south"), en)
    assert not trivial_gaps.paired_opposite(fill_in_draft("“Carts used the ____ deck of the bridge.”", "lower"), en)
    assert not trivial_gaps.paired_opposite(fill_in_draft("«La torre oeste vigilaba el camino ____.»", "este"), es)


def test_a_renaming_that_repeats_or_translates_its_other_name_is_given() -> None:
    """"Black tunta, or ____" (tunta negra), "White cheese, or ____" (queso blanco), «el pan de
    maíz, o ____» (pan de elote): the other name shares a word with the key, or is it word for word
    in the other language."""
    en, es = language_for("en"), language_for("es")
    assert _reasons(fill_in_draft("“Black chuño, or ____, is soaked for weeks in running water.”", "chuño negro"), "en")
    assert _reasons(fill_in_draft("“White cheese, or ____, was sold at the Sunday market.”", "queso blanco"), "en")
    assert _reasons(fill_in_draft("“The villagers built the sea wall, or ____, in 1821.”", "sea-wall dyke"), "en")
    assert _reasons(fill_in_draft("“The ____ (river boat) carried salt downstream.”", "river barge"), "en")
    assert _reasons(fill_in_draft("«El pan de maíz, o ____, se cocía en hornos de barro.»", "pan de elote"), "es")
    assert _reasons(fill_in_draft("«El queso fresco, o ____, se vendía en la plaza.»", "fresh cheese"), "es")
    assert _reasons(fill_in_draft("«La ____, o agua de cebada, se bebía en verano.»", "barley water"), "es")
    # The renaming's other words written before the gap: the gap is the one word it translates.
    assert _reasons(fill_in_draft("«El pan de maíz, o pan de ____, se cocía en hornos de barro.»", "elote"), "es")
    assert _reasons(fill_in_draft("“Black chuño, or chuño ____, is soaked for weeks in running water.”", "negro"), "en")
    # Another name of its own: the document's detail.
    assert not trivial_gaps.repeated_renaming(fill_in_draft("«El pan de maíz, o pan de ____, se cocía en hornos de barro.»", "Tlaxcala"), es)
    assert not trivial_gaps.repeated_renaming(fill_in_draft("“Black chuño, or ____, is soaked for weeks in running water.”", "tunta"), en)
    assert not trivial_gaps.repeated_renaming(fill_in_draft("«El pan de maíz, o ____, se cocía en hornos de barro.»", "arepa"), es)
    assert not trivial_gaps.repeated_renaming(fill_in_draft("“The salt was carried to Lowford, or ____ in some years, by barge.”", "Lowford Quay"), en)


def test_a_superlative_does_not_point_at_the_extreme_option() -> None:
    """"the longest measured ____ km" offering 105, 278, 445: a reader picks the largest."""
    en, es = language_for("en"), language_for("es")
    assert _reasons(choice_draft("“Of the drove roads, the longest measured ____ km.”", "445", ["105", "278"]), "en")
    assert _reasons(choice_draft("“The smallest of the barges carried ____ tonnes.”", "12 t", ["40 t", "65 t"]), "en")
    assert _reasons(choice_draft("«De las cañadas, la más larga medía ____ km.»", "445", ["105", "278"]), "es")
    assert _reasons(_cloze("La menor de las presas retenía {1} hectómetros cúbicos.", "3", ["18", "25"]), "es")
    # The key in the middle, or no superlative: the options do not point at it.
    assert not trivial_gaps.extreme_option(choice_draft("“Of the drove roads, the longest measured ____ km.”", "278", ["105", "445"]), en)
    assert not trivial_gaps.extreme_option(choice_draft("“The northern drove road measured ____ km.”", "445", ["105", "278"]), en)
    assert not trivial_gaps.extreme_option(choice_draft("«De las cañadas, la más larga medía ____ km.»", "278", ["105", "445"]), es)
    assert _reasons(choice_draft("«El pozo más grande medía ____ de hondo.»", "38 metros", ["12 metros", "15 metros"]), "es")
    # A superlative after the gap is another thing's.
    assert not trivial_gaps.extreme_option(choice_draft("«La era más grande medía 20 por ____ y la más pequeña apenas 6 por 4.»", "12 metros", ["15 metros", "38 metros"]), es)
    # The typed numeric form stays.
    assert not trivial_gaps.extreme_option(numeric_draft("“Of the drove roads, the longest measured ____ km.”", 445), en)


def test_a_standard_measure_of_a_field_or_race_is_not_asked() -> None:
    """"a pitch of 105 by ____ metres" (68), «una cancha de 28 por ____ metros» (15), "a marathon
    of 42.195 ____" (kilometres): every handbook gives them."""
    en, es = language_for("en"), language_for("es")
    assert _reasons(numeric_draft("“The club laid a pitch of 105 by ____ metres on the old quarry floor.”", 68), "en")
    assert _reasons(numeric_draft("«El pabellón tiene una cancha de 28 por ____ metros.»", 15), "es")
    assert _reasons(fill_in_draft("“The first race was a marathon of 42.195 ____ through the valley.”", "kilometres"), "en")
    assert _reasons(numeric_draft("“The first race was a marathon of ____ km through the valley.”", 42.195), "en")
    assert _reasons(numeric_draft("«La piscina medía 50 por ____ metros.»", 25), "es")
    assert _reasons(numeric_draft("“The new running track was ____ metres round.”", 400), "en")
    # The document's own figure.
    assert not trivial_gaps.standard_measure(numeric_draft("“The club laid a pitch of 96 by ____ metres on the old quarry floor.”", 61), en)
    assert not trivial_gaps.standard_measure(numeric_draft("«El almacén medía 28 por ____ metros.»", 15), es)
    assert not trivial_gaps.standard_measure(numeric_draft("“The first race was a marathon through the valley for ____ runners.”", 400), en)


def test_a_two_option_choice_between_opposite_directions_is_held() -> None:
    """"Soaking washes out the bitter salts, {reducing|increasing} the bitterness": the wrong
    direction contradicts the reason or consequence its own sentence gives."""
    en = language_for("en")
    assert _reasons(_cloze("Soaking washes out the salts, {1} the bitterness of the tubers.", "reducing", ["increasing"]), "en")
    assert _reasons(choice_draft("“The new weir ____ the flow into the mill race, so the wheel turned faster.”", "raised", ["lowered"]), "en")
    assert _reasons(_cloze("In spring the river runs {1} because the snow on the moor melts.", "higher", ["lower"]), "en")
    assert _reasons(_cloze("El remojo lava las sales, lo que {1} el amargor.", "reduce", ["aumenta"]), "es")
    assert _reasons(_cloze("El remojo lava las sales, {1} el amargor de la harina.", "reduciendo", ["aumentando"]), "es")
    assert _reasons(choice_draft("«La nueva presa ____ el caudal del canal, por lo que el molino paraba en verano.»", "redujo", ["aumentó"]), "es")
    # A third option; two options that are no pair of directions; a bare statement of a direction
    # with nothing to weigh it against (the text's own, a paragraph's last resort).
    assert not trivial_gaps.two_way_direction(_cloze("Soaking washes out the salts, {1} the bitterness.", "reducing", ["increasing", "masking"]), en)
    assert not trivial_gaps.two_way_direction(_cloze("The salts were washed out by {1}, so the flour was sweet.", "soaking", ["boiling"]), en)
    assert not trivial_gaps.two_way_direction(_cloze("A thicker coat of glaze {1} the water the pot takes in.", "reduces", ["increases"]), en)
    assert not trivial_gaps.two_way_direction(_cloze("Una capa de paja {1} la fermentación del mosto.", "frena", ["acelera"]), language_for("es"))


GROUND_EN = document([
    "The Harlow ground",
    "The Harlow ground opened in 1931 on the floor of an old quarry beside the river.",
    "The club laid a pitch of 105 by 68 metres, drained by clay pipes under the turf.",
    "Soaking the tubers washes out the bitter salts, reducing the bitterness of the flour.",
])
GROUND_ES = document([
    "El campo de Valdemora",
    "El campo de Valdemora se abrió en 1931 en el fondo de una antigua cantera junto al río.",
    "El club trazó una cancha de 28 por 15 metros bajo la cubierta del antiguo almacén de grano.",
    "El pan de maíz, o pan de elote, se cocía en hornos de barro en la plaza de Valdemora.",
])


def test_the_drafter_offers_none_of_these_give_aways_as_ready() -> None:
    """Through the drafter, on texts of our own: the pitch's 68 and the court's 15 (standard
    sides), the soaking's {reducing|increasing} (two opposite directions) and «pan de ____»
    (elote, the renaming of «pan de maíz») are held back."""
    for paragraphs, language in ((GROUND_EN, "en"), (GROUND_ES, "es")):
        ready = [d.item for d in derive_drafts(paragraphs, language) if d.ready and d.kind == "question"]
        given = [
            item for item in ready
            if item.get("answer") in (68, 15) or (item.get("accept") or [""])[0] == "elote"
            or any(len(g.get("options") or []) == 2 for g in item.get("gaps", []))
        ]
        assert not given, given
