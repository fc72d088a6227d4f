"""figurekinds (issue 10): options a reader rules out by the kind of figure, and keys arithmetic
gives, each kind on small texts of our own (EN and ES):

1. an option that measures another quantity than the key (a wall's thickness or a level above
   sea level among a tower's heights; a depth among diameters);
2. an option the prompt itself rules out (a base thinner than the top it gives; an option beyond
   a bound it states: "up to 300 kg", «más de 40»);
3. a key one step of arithmetic on the prompt's other figures gives (the rest of 100 %, an equal
   split of it, a stated multiple, a total beside its parts)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, derive_drafts, giveaways, trivial_gaps
from quizapp.derive.choices import figure_role
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, document, fill_in_draft, make_draft, numeric_draft

LIGHTHOUSE = [
    "The Calder lighthouse",
    "The Calder lighthouse guards the northern entrance of Brask Sound, a channel used by the herring fleet.",
    "The tower is 38 m high and 11 m wide at its foot.",
    "Its granite wall is 3 m thick at the base and 1 m thick under the lantern.",
    "The lantern stands 52 m above sea level at high tide and 58 m at low tide.",
    "The lens measures 92 cm across and is set about 40 cm into the lantern floor.",
    "A footpath runs 45 m from the harbour steps to the tower door, past 40 m of sea wall.",
    "The keeper Anselm Drury lit the first lamp in 1871, and his daughter Maud Drury kept the light until 1932.",
]
LIGHTHOUSE_ROLES = {"38 m": "height", "11 m": "width", "3 m": "thickness", "1 m": "thickness", "52 m": "altitude",
                    "58 m": "altitude", "92 cm": "width", "40 cm": "depth"}
FARO = [
    "El faro de Calder",
    "El faro de Calder vigila la entrada norte del estrecho de Brask, un canal que usa la flota del arenque.",
    "La torre tiene 38 metros de altura y 11 metros de ancho en su pie.",
    "Su muro de granito tiene 3 metros de espesor en la base y 1 metro bajo la linterna.",
    "La linterna está a 52 metros sobre el nivel del mar en marea alta y a 58 metros en marea baja.",
    "La lente mide 92 centímetros de diámetro y se hunde unos 40 centímetros en el suelo de la linterna.",
    "Un sendero recorre 45 metros desde la escalera del puerto hasta la puerta de la torre, junto a 40 metros de muro.",
    "El torrero Anselmo Drury encendió la primera lámpara en 1871, y su hija Matilde Drury mantuvo la luz hasta 1932.",
]
FARO_ROLES = {"38 metros": "height", "11 metros": "width", "3 metros": "thickness", "1 metro": "thickness", "52 metros": "altitude",
              "58 metros": "altitude", "92 centímetros": "width", "40 centímetros": "depth"}


def _options(draft: Draft) -> list[tuple[str, list[str]]]:
    """Each option list of a draft with its key: (key, options)."""
    item = draft.item
    lists = [item.get("choices") or []] + [gap.get("options") or [] for gap in item.get("gaps") or [] if isinstance(gap, dict)]
    return [(next(str(o["text"]) for o in options if o.get("correct")), [str(o["text"]) for o in options]) for options in lists if options]


def test_a_figures_options_measure_what_the_key_measures() -> None:
    """"The tower is 38 m high and ____ wide at its foot" offered the wall's 3 m (a thickness) and
    the lantern's 58 m (a level above sea level); the same unit is not enough. Every figure option
    of a draft measures the same quantity as the key: a height with heights, a thickness with
    thicknesses, a level above sea level with such levels, a depth never among diameters, and no
    length whose words say no quantity (the footpath's 45 m) beside a key whose words say one."""
    for lines, roles, code in ((LIGHTHOUSE, LIGHTHOUSE_ROLES, "en"), (FARO, FARO_ROLES, "es")):
        for draft in derive_drafts(document(lines), code):
            for key, options in _options(draft):
                if key in roles:
                    measured = {roles.get(o) for o in options}
                    assert measured == {roles[key]}, (draft.item, measured)


def test_the_quantity_a_figure_measures() -> None:
    """The words beside a figure say what it measures; a figure without words of its own after
    one that has them measures the same ("... at its highest and 231 m at its lowest")."""
    assert figure_role("The wall is ", "9 m", " thick at the top", "en") == "thickness"
    assert figure_role("The pond's surface lies ", "240 m", " above sea level at its highest", "en") == "altitude"
    assert figure_role("The pond's surface lies 240 m above sea level at its highest and ", "228 m", " at its lowest.", "en") == "altitude"
    assert figure_role("The wheel measures 57 cm across and is sunk about ", "18 cm", " into the pit.", "en") == "depth"
    assert figure_role("The wheel measures ", "57 cm", " across", "en") == "width"
    assert figure_role("El muro tiene 9 metros de espesor en la coronación y ", "21 metros", " en la base.", "es") == "thickness"
    assert figure_role("La rueda mide ", "57 centímetros", " de diámetro", "es") == "width"
    assert figure_role("y se hunde unos ", "18 centímetros", " en el foso.", "es") == "depth"
    assert figure_role("El estanque está a ", "240 metros", " sobre el nivel del mar", "es") == "altitude"
    assert figure_role("Las torres miden ", "61 metros", " de altura", "es") == "height"
    # A figure with a noun of its own after it takes no other figure's quantity.
    assert figure_role("The pit is 4 m deep beside a ", "30 m", " wall.", "en") is None


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang)


def _cloze(passage: str, key: str, wrong: list[str]) -> Draft:
    options: list[dict[str, Any]] = [{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong]
    return make_draft({"type": "cloze", "prompt": "Choose the figure.", "passage": passage, "gaps": [{"options": options}]})


def test_options_the_prompt_rules_out_are_held() -> None:
    """"2 m thick at the top and ____ thick at the base" offering 1 m and 1.5 m: a base thinner
    than the top the prompt gives is absurd; an option beyond a bound the prompt states ("up to
    300 kg", «hasta 300 kilos», «más de 40 barcos») is ruled out by the prompt itself."""
    en, es = language_for("en"), language_for("es")
    assert trivial_gaps.ruled_out_options(choice_draft("“The dyke is 2 m thick at the top and ____ thick at the base.”", "6 m", ["1 m", "1.5 m", "9 m"]), en)
    assert trivial_gaps.ruled_out_options(_cloze("El dique tiene 2 metros de espesor en la coronación y {1} de espesor en la base.", "6 metros", ["1 metro", "9 metros"]), es)
    assert trivial_gaps.ruled_out_options(choice_draft("“The permit allows up to 300 kg of mussels a day, and the Sorrel landed ____ kg on its first trip.”", "240", ["410", "120"]), en)
    assert trivial_gaps.ruled_out_options(choice_draft("«El permiso autoriza hasta 300 kilos de mejillón al día, y el Sorrel desembarcó ____ kilos en su primera salida.»", "240", ["410", "120"]), es)
    assert trivial_gaps.ruled_out_options(choice_draft("«Más de 40 barcos salieron aquel día, y ____ barcos volvieron antes del mediodía.»", "52", ["12", "31"]), es)
    # Options all on the side the prompt allows: the document's detail.
    assert not trivial_gaps.ruled_out_options(choice_draft("“The dyke is 2 m thick at the top and ____ thick at the base.”", "6 m", ["4 m", "9 m"]), en)
    assert not trivial_gaps.ruled_out_options(choice_draft("“The permit allows up to 300 kg of mussels a day, and the Sorrel landed ____ kg on its first trip.”", "240", ["180", "120"]), en)
    # Another quantity beside the gap: no bound on it.
    assert not trivial_gaps.ruled_out_options(choice_draft("“The tower is 38 m high and ____ wide at its foot.”", "11 m", ["7 m", "60 m"]), en)


def test_a_key_one_step_of_arithmetic_gives_is_held() -> None:
    """The rest of 100 % («el 52 por ciento ... las otras dos familias el ____ por ciento cada
    una»: 24), the third share beside two ("45 per cent and 35 per cent; the rest, ____ per
    cent": 20), a stated multiple ("twice as long as the old 120 m quay: ____ m"), a total beside
    its parts: the prompt gives the key, numeric, typed or offered."""
    assert _reasons(numeric_draft("“The Tovar cooperative owns 52 per cent of the mill, and the two families hold ____ per cent each.”", 24), "en")
    assert _reasons(numeric_draft("«La cooperativa Tovar posee el 52 por ciento del molino, y las dos familias tienen el ____ por ciento cada una.»", 24), "es")
    # The others' equal shares leave the gap's: 100 - 2 x 24.
    assert _reasons(numeric_draft("«La cooperativa Tovar posee el ____ por ciento del molino, y las dos familias tienen el 24 por ciento cada una.»", 52), "es")
    assert _reasons(numeric_draft("“The Tovar cooperative owns ____ per cent of the mill, and the two families hold 24 per cent each.”", 52), "en")
    assert _reasons(numeric_draft("“The council holds 45 per cent and the port 35 per cent; the rest, ____ per cent, belongs to the guild.”", 20), "en")
    assert _reasons(choice_draft("«El cabildo tiene el 45 % y el puerto el 35 %; el resto, el ____ %, es del gremio.»", "20", ["15", "30"]), "es")
    assert _reasons(numeric_draft("“The new quay is twice as long as the old 120 m quay: ____ m.”", 240), "en")
    assert _reasons(numeric_draft("«El muelle nuevo mide el doble que el viejo, de 120 metros: ____ metros.»", 240), "es")
    assert _reasons(numeric_draft("“The line runs 14 km in the valley and 9 km on the hill, ____ km in all.”", 23), "en")
    assert _reasons(fill_in_draft("«La línea recorre 14 kilómetros en el valle y 9 en la ladera, ____ kilómetros en total.»", "23"), "es")
    # Figures that do not add up to the key: the document's detail.
    assert not trivial_gaps.arithmetic_key(numeric_draft("“The council holds 45 per cent and the port ____ per cent.”", 35), language_for("en"))
    assert not trivial_gaps.arithmetic_key(numeric_draft("“The council holds 45 per cent and the port ____ per cent.”", 55), language_for("en"))
    assert not trivial_gaps.arithmetic_key(numeric_draft("“The new quay is twice as long as the old 120 m quay: ____ m.”", 260), language_for("en"))
    assert not trivial_gaps.arithmetic_key(numeric_draft("«La línea recorre 14 kilómetros en el valle y ____ kilómetros en la ladera.»", 9), language_for("es"))
