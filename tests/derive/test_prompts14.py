"""prompts2 (session 12, issue 10): gaps the prompt's own shape fills, each kind fixed by form
and tested on our own small sentences (EN and ES, topics of our own): half of a season or a
one-year span, a gap cutting a token in half, a key the prompt's other words give away (a
region's demonym, a prefixed word holding the key), a governing body named after a person whose
short forms a learner types, a head of state or a famous war by its year."""
from __future__ import annotations

import re

from quizapp.derive import Draft, accept_variants, derive_drafts, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, document, fill_in_draft, make_draft, numeric_draft

EN, ES = language_for("en"), language_for("es")


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang)


def cloze_draft(passage: str, key: str) -> Draft:
    return make_draft({"type": "cloze", "passage": passage, "gaps": [{"accept": [key]}]})


# --- 1. half of a season or a one-year span -------------------------------------------------

def test_half_of_a_season_written_with_a_slash_or_a_dash_is_not_asked() -> None:
    """"the 2019/____ harvest": the other half is the next year, whatever the text says; so is
    the first half before "/20", and a one-year span "2008–____". The whole figure may be asked."""
    held = [
        (fill_in_draft("“The 2016/____ harvest was the largest the valley had seen.”", "17"), "en"),
        (fill_in_draft("“Growers have been paid by weight since the 1994/____ season.”", "95"), "en"),
        (numeric_draft("“Growers have been paid by weight since the 1994/____ season.”", 95), "en"),
        (fill_in_draft("“The cold store was built during the 2008–____ season.”", "09"), "en"),
        (fill_in_draft("“The ____/12 season ended early because of the floods.”", "2011"), "en"),
        (numeric_draft("“Growers have been paid by weight since the ____/95 season.”", 1994), "en"),
        (choice_draft("“The 2016/____ harvest was the largest the valley had seen.”", "17", ["14", "15", "19"]), "en"),
        (fill_in_draft("«La campaña 2021/____ fue la mayor de la historia de la cooperativa.»", "22"), "es"),
        (fill_in_draft("«Desde la temporada 1994/____ los socios cobran por peso.»", "1995"), "es"),
        (numeric_draft("«La cámara se construyó durante la campaña 2008-____.»", 2009), "es"),
        (cloze_draft("La campaña 2021/{1} fue la mayor de la historia.", "22"), "es"),
    ]
    for draft, language in held:
        assert _reasons(draft, language), draft.item
    kept = [
        # Another year than the next: no season, the text's own figure (range ends have their rules).
        (fill_in_draft("“The 2016/____ ratio of pears to apples was high.”", "3"), "en"),
        (fill_in_draft("“The ____ harvest was the largest the valley had seen.”", "2016/17"), "en"),
        (fill_in_draft("«La campaña de ____ fue la mayor de la historia de la cooperativa.»", "2021"), "es"),
    ]
    for draft, _language in kept:
        assert not giveaways.season_half(draft), draft.item


# --- 2. a gap cutting a token in half --------------------------------------------------------

def test_a_gap_never_cuts_a_token_glued_to_a_symbol_or_a_word() -> None:
    """"GH₵51,660" asked as "____₵51,660" (key "GH"), "R$ 12" as "____$ 12", "US$40" as
    "____$40", "S/ 300" as "____/ 300": the gap splits a currency symbol from its letters. So
    does a gap glued to a word's letters ("semi____"). A figure after its symbol ("US$____") is
    the whole figure, and a word before "'s" is whole."""
    held = [
        (fill_in_draft("“The group sold dried mango for ____₵51,660 in its first year.”", "GH"), "en"),
        (fill_in_draft("“A Brazilian buyer offered ____$ 12 per crate.”", "R"), "en"),
        (fill_in_draft("“A crate sold for ____$40 in Lisbon.”", "US"), "en"),
        (fill_in_draft("«El socio pagó ____/ 300 por tonelada de descarte.»", "S"), "es"),
        (choice_draft("«Un comprador pagó ____$ 12 por caja.»", "R", ["US", "A", "C"]), "es"),
        (fill_in_draft("«Se aplicaron radicales semi____ a los frutales.»", "quinona"), "es"),
        (fill_in_draft("“The ____GH fee was paid in cedis.”", "NCC"), "en"),
    ]
    for draft, language in held:
        assert _reasons(draft, language), draft.item
        assert giveaways.split_token(draft), draft.item
    kept = [
        (numeric_draft("“A crate sold for US$____ in Lisbon.”", 40), "en"),
        (numeric_draft("«Un comprador pagó R$ ____ por caja.»", 12), "es"),
        (fill_in_draft("“By ____'s law the gas cools as it expands.”", "Joule"), "en"),
        (fill_in_draft("“The mill (____) closed in 1930.”", "Hartwell"), "en"),
        (numeric_draft("“About ____% of the crop was lost.”", 40), "en"),
        (fill_in_draft("«La cooperativa de «____» cerró en 1930.»", "Valdelobos"), "es"),
    ]
    for draft, _language in kept:
        assert not giveaways.split_token(draft), draft.item


# A document of seasons and currencies glued to their letters: whatever the drafter asks of it,
# no gap stands beside a slash, a dash, a currency symbol or a word's letters.
SEASONS_EN = document([
    "Pear growing in the Lontra valley",
    "The 2016/17 harvest was poor after a wet spring.",
    "Growers have been paid by weight since the 1994/95 season.",
    "A Ghanaian buyer paid GH₵51,660 for the dried pears.",
    "A Brazilian buyer offered R$ 12 per crate of culls.",
    "The cold store was built during the 2008–09 season.",
    "Peruvian traders paid S/ 300 for each tonne of culls.",
])
SEASONS_ES = document([
    "Las peras del valle de Lontra",
    "La campaña 2016/17 fue mala tras una primavera húmeda.",
    "Los socios cobran por peso desde la temporada 1994/95.",
    "Un comprador ghanés pagó GH₵51.660 por las peras secas.",
    "Un comprador brasileño ofreció R$ 12 por caja de descarte.",
    "La cámara se construyó durante la campaña 2008-09.",
    "Los comerciantes peruanos pagaban S/ 300 por tonelada de descarte.",
])
GLUED_GAP = re.compile(r"[\w/–\-]____|____(?:[/–\-]\d|[₵$/])")


def test_the_drafter_asks_no_half_of_a_season_or_a_token() -> None:
    """Drafted whole: "The ____/17 harvest" (2016) and "paid ____₵51,660" (GH) were offered as
    ready; the name and year readers no longer take half a token."""
    for paragraphs, language in ((SEASONS_EN, "en"), (SEASONS_ES, "es")):
        ready = [d for d in derive_drafts(paragraphs, language) if not d.problems and d.kind == "question"]
        glued = [str(d.item.get("prompt", d.item.get("passage", ""))) for d in ready if GLUED_GAP.search(str(d.item.get("prompt", d.item.get("passage", ""))))]
        assert not glued, glued


# --- 3. a key the prompt's other words give away ---------------------------------------------

def test_a_place_named_by_its_demonym_in_the_prompt_is_not_asked() -> None:
    """«un ingeniero santiagueño ... en ____» for Santiago del Estero, "a Bostonian architect ...
    in ____" for Boston: the demonym of a region or a city names the place, as a nationality
    adjective names a country. Another place's demonym leaves the gap open."""
    held = [
        (fill_in_draft("«Un ingeniero santiagueño diseñó en 2009 la cámara frigorífica de ____.»", "Santiago del Estero"), "es"),
        (fill_in_draft("«Los comerciantes cordobeses compraban la fruta en ____.»", "Córdoba"), "es"),
        (fill_in_draft("«Un arquitecto madrileño levantó el mercado de ____ en 1931.»", "Madrid"), "es"),
        (fill_in_draft("“A Bostonian architect drew the market hall of ____ in 1931.”", "Boston"), "en"),
        (fill_in_draft("“The Texan buyers took the whole crop to ____ by rail.”", "Texas"), "en"),
        (choice_draft("«Un ingeniero santiagueño diseñó la cámara de ____.»", "Santiago del Estero", ["Tucumán", "Salta", "Jujuy"]), "es"),
    ]
    for draft, language in held:
        assert _reasons(draft, language), draft.item
        assert giveaways.demonym_of_key(draft, language_for(language)), draft.item
    kept = [
        (fill_in_draft("«Un ingeniero tucumano diseñó en 2009 la cámara frigorífica de ____.»", "Santiago del Estero"), "es"),
        (fill_in_draft("“A Bostonian architect drew the market hall of ____ in 1931.”", "Hartford"), "en"),
        (fill_in_draft("«El puerto de ____ exportaba fruta a los mercados europeos.»", "Castellón"), "es"),
    ]
    for draft, language in kept:
        assert not giveaways.demonym_of_key(draft, language_for(language)), draft.item


def test_a_prefixed_word_of_the_prompt_that_holds_the_key_gives_it() -> None:
    """"____ and semiquinone radicals" for quinones: the compound's stem is the key. So are
    «pre», «anti», «sub», "post", "hyper" before the key's word. A word that only opens like
    the key after a look-alike prefix ("preservation" for servants) gives nothing."""
    held = [
        (fill_in_draft("“The pests were controlled with ____ and semiquinone radicals.”", "quinones"), "en"),
        (fill_in_draft("«La plaga se controló con ____ y radicales semiquinona.»", "quinonas"), "es"),
        (fill_in_draft("“Each enzyme is built of several ____, and its subunits fold together.”", "units"), "en"),
        (fill_in_draft("«El rosetón combina ____ y semicírculos de piedra.»", "círculos"), "es"),
        (fill_in_draft("«Tras el precalentamiento del horno llega el ____ de la masa.»", "calentamiento"), "es"),
        (fill_in_draft("“Each polymer chain grows as ____ units join the prepolymers.”", "polymer"), "en"),
    ]
    for draft, language in held:
        assert _reasons(draft, language), draft.item
    kept = [
        (fill_in_draft("“The preservation society hired two ____ in 1931.”", "servants"), "en"),
        (fill_in_draft("«La sociedad de conservación contrató a dos ____ en 1931.»", "criados"), "es"),
    ]
    for draft, language in kept:
        assert not giveaways.word_family(draft, language_for(language)), draft.item


# --- 4. a governing body named after a person: the short forms a learner types --------------

def _accepts(prompt: str, key: str, language: str, document: str) -> list[str]:
    draft = fill_in_draft(prompt, key)
    lang = language_for(language)
    written = frozenset(w.lower() for w in document.split())
    accept_variants.tidy_accept_lists(draft, accept_variants.DraftContext(lang, written, document))
    return [str(a) for a in draft.item["accept"]]


def test_a_government_named_after_its_leader_accepts_the_leader() -> None:
    """«el ____ rechazó la demanda» keyed «Gobierno de Luis Arce»: the sentence also admits
    «Luis Arce», «Arce», «Gobierno de Arce», which a learner types; "the government of Helen
    Clark" also "Helen Clark", "Clark", "Clark government"."""
    es_doc = "En 2013 el Gobierno de Luis Arce rechazó la demanda de la cooperativa por el agua del río."
    accepts = _accepts("«En 2013 el ____ rechazó la demanda de la cooperativa por el agua del río.»", "Gobierno de Luis Arce", "es", es_doc)
    assert {"Gobierno de Luis Arce", "Luis Arce", "Arce", "Gobierno de Arce"} <= set(accepts), accepts
    en_doc = "In 2003 the Government of Helen Clark turned down the growers' claim to the river water."
    accepts = _accepts("“In 2003 the ____ turned down the growers' claim to the river water.”", "Government of Helen Clark", "en", en_doc)
    assert {"Government of Helen Clark", "Helen Clark", "Clark", "Government of Clark", "Clark government"} <= set(accepts), accepts
    es_doc2 = "En 1999 la administración de Ana Ruiz Soto cerró el puerto."
    accepts = _accepts("«En 1999 la ____ cerró el puerto.»", "administración de Ana Ruiz Soto", "es", es_doc2)
    assert {"Ana Ruiz Soto", "Ruiz Soto"} <= set(accepts), accepts
    # A body of a place or a thing is no person's: its words are its own.
    doc = "In 2003 the Government of New Zealand turned down the claim."
    accepts = _accepts("“In 2003 the ____ turned down the claim.”", "Government of New Zealand", "en", doc)
    assert "Zealand" not in accepts and "New Zealand" not in accepts, accepts


# --- 5. a head of state or a famous war by its year ------------------------------------------

def test_a_head_of_state_by_country_and_year_is_not_asked_in_any_form() -> None:
    """"In 2022, Chile's president ____" (any well-read adult knows him), «el presidente de
    Chile, ____,», "____, then president of Chile": the title, its country and the year name one
    person, typed or picked among options."""
    held = [
        (choice_draft("“In 2022, Chile's president ____ visited the farm near Curicó.”", "Gabriel Boric", ["Rui Tavares", "Ramón Gaitán", "Luis Ortega"]), EN),
        (fill_in_draft("“In 2022 the president of Chile, ____, visited the farm near Curicó.”", "Gabriel Boric"), EN),
        (fill_in_draft("“In 2022 ____, then president of Chile, visited the farm near Curicó.”", "Gabriel Boric"), EN),
        (fill_in_draft("«En 2022, el presidente de Chile, ____, visitó la finca cerca de Curicó.»", "Gabriel Boric"), ES),
        (choice_draft("«En 2022 ____, presidente de Chile, visitó la finca.»", "Gabriel Boric", ["Rui Tavares", "Ramón Gaitán", "Luis Ortega"]), ES),
        (fill_in_draft("«En 1996 el primer ministro británico, ____, visitó el puerto.»", "John Major"), ES),
        (fill_in_draft("“In 2022 ____, Chile's president, visited the farm near Curicó.”", "Gabriel Boric"), EN),
        (fill_in_draft("“In 2022 ____ was the president of Chile and visited the farm.”", "Gabriel Boric"), EN),
        (fill_in_draft("«En 1996 ____ era el primer ministro británico y visitó el puerto.»", "John Major"), ES),
    ]
    for draft, lang in held:
        assert giveaways.head_of_state(draft, lang), draft.item
    kept = [
        (fill_in_draft("“In 2022 the president of the growers' union, ____, visited the farm.”", "Rui Tavares"), EN),
        (fill_in_draft("«En 2022 el presidente de la cooperativa, ____, visitó la finca.»", "Rui Tavares"), ES),
        (fill_in_draft("“In 2022 ____ was the club's president and visited the farm.”", "Rui Tavares"), EN),
        (fill_in_draft("«En 2022 ____ era el presidente del club y visitó la finca.»", "Rui Tavares"), ES),
        (choice_draft("“The president of Chile visited the farm run by ____ in 2022.”", "Rui Tavares", ["Ramón Gaitán", "Luis Ortega", "Ana Ruiz"]), EN),
    ]
    for draft, lang in kept:
        assert not giveaways.head_of_state(draft, lang), draft.item


def test_a_famous_war_named_by_its_year_is_not_asked() -> None:
    """"the war of the ____ (1879)" (Pacific), «la guerra del ____ (1879)», "the ____ War of
    1812": the war's name is general knowledge, typed or picked. A local skirmish is the text's."""
    held = [
        (fill_in_draft("“Their grandparents fought in the war of the ____ (1879).”", "Pacific"), EN),
        (choice_draft("“Their grandparents fought in the war of the ____ (1879).”", "Pacific", ["Andes", "Chaco", "Plata"]), EN),
        (fill_in_draft("“Their grandparents fought in the war of ____ (1879).”", "the Pacific"), EN),
        (choice_draft("«Los abuelos combatieron en la guerra del ____ (1879).»", "Pacífico", ["Chaco", "Paraguay", "Acre"]), ES),
        (cloze_draft("Los abuelos combatieron en la guerra del {1} en 1879.", "Pacífico"), ES),
    ]
    for draft, lang in held:
        assert trivial_gaps.event_name_part(draft, lang), draft.item
    kept = [
        (fill_in_draft("“A skirmish at ____ in 1645 decided the siege of the village.”", "Naseby"), EN),
        (choice_draft("«Tras la batalla de ____ el pueblo quedó en ruinas.»", "Villaquejida", ["Valderas", "Toral", "Cebrones"]), ES),
    ]
    for draft, lang in kept:
        assert not trivial_gaps.event_name_part(draft, lang), draft.item


def test_the_year_of_a_famous_war_named_before_it_is_not_asked() -> None:
    """"the war of the Pacific (____)" (1879), «la guerra del Pacífico (____)»: the year in
    brackets after a famous war's name is its date, which a well-read reader knows. A local
    feud's year is the text's."""
    assert trivial_gaps.world_history_date(numeric_draft("“Their grandparents fought in the war of the Pacific (____), and the barn dates from that decade.”", 1879), EN)
    assert trivial_gaps.world_history_date(numeric_draft("«Sus abuelos combatieron en la guerra del Pacífico (____) y el granero es de esa década.»", 1879), ES)
    assert trivial_gaps.world_history_date(fill_in_draft("“Their grandparents fought in the Boer War (____).”", "1899"), EN)
    assert not trivial_gaps.world_history_date(numeric_draft("“Their grandparents fought in the feud of the Tullochgorum farms (____).”", 1879), EN)
    assert not trivial_gaps.world_history_date(numeric_draft("«Sus abuelos lucharon en la guerra de Valdelobos (____).»", 1879), ES)
