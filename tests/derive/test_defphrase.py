"""defphrase (issue 10, definition cards on the right phrase): fresh reviewers failed term cards
whose key was attached to the wrong phrase. Each kind is tested on our own small texts, in
English and Spanish (tanning, cheese caves, weaving, wine cellars)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.card_checks import CardContext, problems
from quizapp.languages import language_for
from tests.helpers.drafts import document


def _cards(lines: list[str], language: str) -> list[tuple[str, str, bool]]:
    """Every card drafted (front, back, ready)."""
    return [(str(d.item["front"]), str(d.item["back"]), d.ready) for d in derive_drafts(document(lines), language) if d.kind == "card"]


def _on(cards: list[tuple[str, str, bool]], term: str) -> list[tuple[str, bool]]:
    return [(back, ready) for front, back, ready in cards if term in front]


def _reasons(language: str, front: str, back: str, tags: list[str]) -> list[str]:
    lang = language_for(language)
    item: dict[str, Any] = {"type": "card", "front": front, "back": back, "source": [2], "tags": tags}
    return problems(Draft("p2-card-x", "card", item, 2, None, 1.0), CardContext(lang, language, ["Un documento"], {}, {2: back}))


def _named(language: str, term: str) -> str:
    return language_for(language).prompt("card_named", term=term)


# --- 1. "called / known as" names the nearest noun phrase, not the phrase before it -------------

TANNING_EN = [
    "Tanning hides",
    "The tanners soak the hides in the bark liquor, known as ooze, for six weeks before they scrape them.",
    "The workers in the glass furnace, called gaffers, shape each bulb by mouth.",
    "The salters raked the wet sand from the upper beach, known as sleech, into heaps beside the sheds.",
    "The boilers in the wooden sheds, called wallers, heated the brine in lead pans over a coal fire.",
]
TANNING_ES = [
    "El curtido",
    "Los curtidores sumergen las pieles en el caldo de corteza, conocido como noque, durante seis semanas.",
    "Los trabajos en la ladera, conocida como Loma Verde, empezaron en 1990 con tres cuadrillas.",
    "Los pastores curan los quesos pequeños en la cueva, llamados cabralitos, durante dos meses.",
    "Los curtidores lavan las pieles de los corderos jóvenes, llamados ternascos, en el río.",
    "Los hombres en los cobertizos de madera, llamados cocedores, calentaban la salmuera en calderas de plomo.",
]


def test_a_naming_participle_names_the_nearest_noun_or_the_one_it_agrees_with() -> None:
    """"the hides in the bark liquor, known as ooze": ooze is the liquor, not the hides in it.
    After a place preposition the nearest noun phrase is the one named (in English unless a
    plural term says the plural phrase before it, "the workers in the furnace, called gaffers", or
    the nearest phrase is a stretch of land: "the wet sand from the upper beach, known as sleech",
    or a term for people names the people: "the boilers in the wooden sheds, called wallers"),
    and in Spanish
    the participle's gender and number say which («conocido» the masculine «caldo», «conocida»
    the feminine «ladera», «llamados» the masculine plural «quesos» before «en la cueva», and
    «corderos» after «las pieles de los»)."""
    en = _on(_cards(TANNING_EN, "en"), "ooze")
    assert en and all(back.lower().startswith("bark liquor") for back, _ in en), en
    # A plural term names a plural phrase: the workers in the furnace, not the furnace.
    gaffers = _on(_cards(TANNING_EN, "en"), "gaffers")
    assert gaffers and all(back.lower().startswith("workers") for back, _ in gaffers), gaffers
    # A stretch of land is where the thing named comes from, not the thing.
    sleech = _on(_cards(TANNING_EN, "en"), "sleech")
    assert sleech and all(back.lower().startswith("wet sand") for back, _ in sleech), sleech
    # A term for people names the people in the place, whatever the place's number.
    wallers = _on(_cards(TANNING_EN, "en"), "wallers")
    assert wallers and all(back.lower().startswith("boilers") for back, _ in wallers), wallers
    es = _cards(TANNING_ES, "es")
    noque = _on(es, "noque")
    assert noque and all(back.lower().startswith("caldo de corteza") for back, _ in noque), noque
    assert not any("trabajos" in back.lower() for back, _ in _on(es, "Loma Verde")), _on(es, "Loma Verde")
    cabralitos = _on(es, "cabralitos")
    assert cabralitos and all(back.lower().startswith("quesos pequeños") for back, _ in cabralitos), cabralitos
    # «las pieles de los corderos jóvenes, llamados ...»: the masculine plural lambs, not the skins.
    ternascos = _on(es, "ternascos")
    assert ternascos and all(back.lower().startswith("corderos jóvenes") for back, _ in ternascos), ternascos
    cocedores = _on(es, "cocedores")
    assert cocedores and all(back.lower().startswith("hombres") for back, _ in cocedores), cocedores


# --- 2. An apposition saying where the word comes from is no meaning --------------------------

WEAVING_EN = [
    "Weaving in the valley",
    "Across the valley, the thick woollen blankets of the herders are known as frazadas, a Quechua word for warmth, and every household keeps a pile of them.",
]
WEAVING_ES = [
    "Tejidos de la sierra",
    "En la sierra, las mantas de lana tejidas a mano se conocen como frazadas, palabra quechua que significa abrigo.",
    "Los arrieros descansaban en las tiendas del camino real, llamadas pulperías, palabra que viene de la venta de pulpa de fruta.",
]


def test_an_etymology_is_never_the_whole_back_of_a_term_card() -> None:
    """"woven blankets are known as frazadas, a Quechua word for warmth": the card says what
    frazadas are (the subject of "are known as"), never only where the word comes from; and the
    subject leaves a fronted place ("Across the valley,", «En la sierra,») out."""
    for lines, code, term in ((WEAVING_EN, "en", "frazadas"), (WEAVING_ES, "es", "frazadas"), (WEAVING_ES, "es", "pulperías")):
        cards = _on(_cards(lines, code), term)
        assert not any(w in back.lower() for back, _ in cards for w in ("word", "palabra", "valley", "sierra")), (term, cards)
    assert any(back.lower().startswith("the thick woollen blankets") for back, _ in _on(_cards(WEAVING_EN, "en"), "frazadas"))
    assert any(back.lower().startswith("las mantas de lana") for back, _ in _on(_cards(WEAVING_ES, "es"), "frazadas"))
    # The check holds such a back whichever drafter made it.
    assert _reasons("en", _named("en", "frazadas"), "A Quechua word for warmth", ["definition"])
    assert _reasons("en", _named("en", "ooze"), "From the Old English word for sap", ["apposition"])
    assert _reasons("es", _named("es", "pulperías"), "Palabra que viene de la venta de pulpa de fruta", ["apposition"])
    assert _reasons("es", _named("es", "noque"), "Del latín, un caldo de corteza", ["definition"])
    assert not _reasons("en", _named("en", "frazadas"), "The thick woollen blankets of the herders", ["definition"])


# --- 3. A back that only rates the thing is no definition -------------------------------------

CELLAR_ES = [
    "La bodega",
    "La decantación es un paso importante del proceso de los bodegueros en otoño.",
]


def test_a_back_that_only_rates_a_part_or_step_is_held() -> None:
    """«La decantación» / «Un paso importante del proceso»: an evaluative adjective and a vague
    head (part, step, aspect, factor) with nothing saying what the thing is or does fits every
    step of every method."""
    assert not any(ready for front, _, ready in _cards(CELLAR_ES, "es") if "decantación" in front.lower())
    for code, front, back in (
        ("en", "Calibration", "An important step"),
        ("en", "Calibration", "A key step of the method"),
        ("en", "Drying", "A crucial aspect of the process"),
        ("en", "Humidity", "An essential factor in the cave"),
        ("es", "La reinyección", "Una parte esencial del método"),
        ("es", "La decantación", "Un paso importante del proceso en la bodega"),
        ("es", "El pH", "Un factor fundamental del vino"),
        ("es", "La limpieza", "Un aspecto clave de la elaboración"),
    ):
        assert _reasons(code, front, back, ["definition"]), (front, back)
    # A step the back says what it does keeps its card.
    assert not _reasons("en", "Racking", "An important step in which the wine is drawn off its lees", ["definition"])
    assert not _reasons("es", "El desfangado", "Un paso importante en el que el mosto se separa de sus lías", ["definition"])


# --- 4. A term that is a pointing word ---------------------------------------------------------


def test_a_card_asking_what_a_pointing_word_means_is_held_in_both_languages() -> None:
    """«¿a qué se llama «así»?», "what is meant by “such”?": the word points to a term another
    sentence names; no card asks it, whatever drafter made it."""
    for code, word in (("en", "this"), ("en", "such"), ("en", "that"), ("en", "so"), ("en", "such ground"),
                       ("es", "así"), ("es", "eso"), ("es", "ello"), ("es", "tal"), ("es", "tal suelo")):
        for tags in (["definition"], ["apposition"]):
            assert _reasons(code, _named(code, word), "A soil that holds the rain for weeks", tags), (code, word, tags)
    assert not _reasons("en", _named("en", "gley"), "A soil that holds the rain for weeks", ["definition"])


# --- 1b. The naming verb and the clause before a relative are no part of the term or its meaning -

CAVES_ES = [
    "Quesos de la montaña",
    "En el valle, a estas tiendas se las llama pulperías, unas tiendas pequeñas donde se vendía de todo.",
    "Los pastores guardan el queso en cuevas que se llaman cabrales, unas grutas frescas donde crece el moho.",
]
CAVES_EN = [
    "Mountain cheese",
    "The shepherds keep the cheese in caves that are called cabrales, cool grottoes where the mould grows.",
]


def test_a_term_card_neither_quotes_the_naming_verb_nor_backs_the_clause_before_a_relative() -> None:
    """«se las llama pulperías, unas tiendas ...» asked what «llama pulperías» meant; «en cuevas
    que se llaman cabrales» backed «Los pastores guardan el queso en cuevas que»: the term is what
    the verb names, and what a relative names is its antecedent, not the clause before it."""
    es = _cards(CAVES_ES, "es")
    assert not any("llama pulperías" in front for front, _, _ in es), es
    assert any(back.startswith("Unas tiendas pequeñas") for back, _ in _on(es, "«pulperías»")), es
    for front, back, _ in es + _cards(CAVES_EN, "en"):
        assert not back.lower().startswith(("los pastores", "the shepherds")), (front, back)
