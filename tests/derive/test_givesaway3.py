"""givesaway3 (issue 10): prompts that give the key away, and broken ordering steps, on
sentences of our own (English and Spanish): a count the prompt's comparison settles, a figure
the prompt's product of dimensions or rate and time computes, a numeric item's unit that is a
verb, the rounding an approximate figure admits, ordering steps cut mid-phrase and the
paragraphs an ordering cites, and a collection's member typed after "a network of"."""
from __future__ import annotations

from quizapp.derive import Draft, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, document, fill_in_draft, make_draft, numeric_draft

EN, ES = language_for("en"), language_for("es")


def _held(draft: Draft, language: str) -> bool:
    lang = language_for(language)
    return bool(giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang))


# --- a count the prompt's comparison settles -------------------------------------------------

def test_a_count_one_above_or_below_a_figure_the_prompt_compares_it_with_is_held() -> None:
    for draft, language in (
        (numeric_draft("“Penwith Gig Club has won the county cup ____ times, more than any other club, with Porthleven close behind on 17.”", 18), "en"),
        (numeric_draft("“Porthleven has taken ____ titles, two fewer than the 19 of Penwith.”", 17), "en"),
        (numeric_draft("«El Club de Remo de Bueu ha ganado la liga ____ veces, más que ningún otro, seguido de cerca por Moaña con 17.»", 18), "es"),
        (numeric_draft("«Moaña suma ____ títulos, uno menos que los 18 del Bueu.»", 17), "es"),
        (choice_draft("“Penwith Gig Club has won the county cup ____ times, more than any other club, with Porthleven close behind on 17.”", "18", ["16", "17", "21"]), "en"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_count_the_comparison_does_not_settle_is_still_asked() -> None:
    # The other figure is far from the key, or no word compares them.
    assert not trivial_gaps.compared_count(numeric_draft("“Penwith Gig Club has won the county cup ____ times, more than any other club, with Porthleven behind on 9.”", 18), EN)
    assert not trivial_gaps.compared_count(numeric_draft("“The club owns ____ gigs and 17 oars.”", 18), EN)
    assert not trivial_gaps.compared_count(numeric_draft("«Moaña suma ____ títulos y 17 trofeos de verano.»", 18), ES)


# --- a figure the prompt's product computes -------------------------------------------------

def test_a_figure_a_product_of_the_prompts_dimensions_or_a_rate_and_a_time_computes_is_held() -> None:
    for draft, language in (
        # dimensions written with "by", «por», "×": the volume, or one dimension from the volume
        (numeric_draft("“The settling pond measures 15 by 6 by 2 metres, so it holds about ____ cubic metres of slurry.”", 180), "en"),
        (numeric_draft("“The settling pond measures 15 by 6 by ____ metres, so it holds about 180 cubic metres of slurry.”", 2), "en"),
        (numeric_draft("“The settling pond measures 15 × ____ × 2 m, so it holds about 180 cubic metres of slurry.”", 6), "en"),
        (numeric_draft("«La balsa de decantación mide 15 por 6 por 2 metros, de modo que contiene unos ____ metros cúbicos de lodo.»", 180), "es"),
        # dimensions written as length and width
        (numeric_draft("“The drying floor is 40 m long, 9 m wide and 3 m high, a space of some ____ cubic metres.”", 1080), "en"),
        (numeric_draft("«La era de secado tiene 40 m de largo y ____ m de ancho, unos 360 metros cuadrados.»", 9), "es"),
        # a product written out with a rounded result
        (numeric_draft("“Multiplying the 14 trays by ____ kilograms gives close to 22 kilograms of clay a day.”", 1.6), "en"),
        (numeric_draft("«Multiplicando 14 por ____ da unos 22 kilos de arcilla al día.»", 1.6), "es"),
        # a rate and a time
        (numeric_draft("“The drain pump lifts ____ litres a minute, or 2,700 litres in an hour.”", 45), "en"),
        (numeric_draft("«La bomba del desagüe eleva 45 litros por minuto, es decir, ____ litros en una hora.»", 2700), "es"),
        (numeric_draft("“At ____ kilograms a square metre, a floor of 12 square metres gives about 19 kilograms of salt.”", 1.6), "en"),
    ):
        assert _held(draft, language), draft.item["prompt"]


def test_a_figure_no_product_of_the_prompt_gives_is_still_asked() -> None:
    assert not trivial_gaps.computed_product(numeric_draft("“The settling pond measures 15 by 6 by ____ metres and lies 300 metres from the mill.”", 2), EN)
    assert not trivial_gaps.computed_product(numeric_draft("“The drain pump lifts ____ litres a minute and runs for eight hours a day.”", 45), EN)
    assert not trivial_gaps.computed_product(numeric_draft("«La bomba eleva ____ litros por minuto desde 1987.»", 45), ES)
    assert not trivial_gaps.computed_product(numeric_draft("“The population had reached ____ by 1850, when 4 mills worked the valley.”", 2000), EN)


def test_a_statement_whose_figures_make_a_product_is_no_claim() -> None:
    from quizapp.derive import statements

    for text, language in (
        ("The settling pond measures 15 by 6 by 2 metres, so it holds about 180 cubic metres of slurry.", "en"),
        ("The drying floor is 40 m long and 9 m wide, a floor of some 360 square metres.", "en"),
        ("La bomba del desagüe eleva 45 litros por minuto, es decir, 2.700 litros en una hora.", "es"),
    ):
        lang = language_for(language)
        from quizapp.derive.extract import read_facts

        facts = read_facts([(2, text)], lang)
        mentions = [m for s in facts.sentences for m in s.mentions]
        assert statements.computed_within(text, mentions, lang), text


# --- a numeric item's unit and tolerance ----------------------------------------------------

def _numeric_items(lines: list[str], language: str) -> list[dict]:
    from quizapp.derive import derive_drafts

    return [d.item for d in derive_drafts(document(lines), language) if d.kind == "question" and d.item.get("type") == "numeric"]


def test_a_numeric_items_unit_is_never_a_verb() -> None:
    en = _numeric_items([
        "The Clay Pits",
        "The clay pits at Wareham sent ball clay to the potteries by barge and later by rail.",
        "Multiplying the 14 by 1.6 gives close to 22 kilograms of clay for each tray.",
        "Of the 12 is the old name the diggers gave the deepest pit, dug in 1871.",
    ], "en")
    es = _numeric_items([
        "Las canteras de arcilla",
        "Las canteras de arcilla de Buño mandaban el barro a los alfares en carros de bueyes.",
        "Multiplicando 14 por 1,6 da unos 22 kilos de barro por cada bandeja.",
    ], "es")
    units = [str(item.get("unit", "")) for item in en + es]
    assert units and not {"gives", "is", "da"} & set(units), units


def test_an_approximate_whole_figure_takes_the_texts_rounding() -> None:

    items = _numeric_items([
        "The Clay Pits",
        "The clay pits at Wareham sent ball clay to the potteries by barge and later by rail.",
        "Each tray dried in the sun for close to 19 hours before the clay was cut.",
        "The barges carried about 3 tonnes each down the Frome.",
    ], "en") + _numeric_items([
        "Las canteras de arcilla",
        "Las canteras de arcilla de Buño mandaban el barro a los alfares en carros de bueyes.",
        "Cada bandeja se secaba al sol unas 19 horas antes de cortar el barro.",
    ], "es")
    by_answer = {item["answer"]: item for item in items}
    # "close to 19" is 18.5 to 19.5: a learner who computes 19.2 is right.
    assert by_answer[19]["tolerance"] == 0.5, by_answer[19]
    # Half a unit of a small figure would be a large share of it: as written.
    assert by_answer.get(3, {"tolerance": 0})["tolerance"] == 0


# --- ordering steps cut mid-phrase, and the paragraphs an ordering cites ----------------------

def _ordering(*steps: str) -> Draft:
    return make_draft({"type": "ordering", "prompt": "Put these events in order.", "items": list(steps)})


def test_an_ordering_with_a_step_cut_mid_phrase_is_held() -> None:
    for draft, language in (
        (_ordering("The first regatta was rowed off Calstock", "Crews have raced for the Mayor's Shield, introduced", "The committee rebuilt the judges' hut", "The finish moved to the old quay"), "en"),
        (_ordering("The first regatta was rowed off Calstock", "The ladies' race, first rowed", "The committee rebuilt the judges' hut"), "en"),
        (_ordering("The first regatta was rowed off Calstock", "The committee moved the finish to the", "The judges' hut was rebuilt after a flood"), "en"),
        (_ordering("La primera regata se disputó frente a Tui", "Las tripulaciones compiten por el Escudo del Alcalde, creado", "El comité reconstruyó la caseta de los jueces"), "es"),
        (_ordering("La primera regata se disputó frente a Tui", "Concluye el tramo", "El comité reconstruyó la caseta de los jueces"), "es"),
    ):
        assert trivial_gaps.cut_step(draft, language_for(language)), draft.item["items"]
    assert not trivial_gaps.cut_step(_ordering("The first regatta was rowed", "The Mayor's Shield was introduced", "The judges' hut was rebuilt after a flood"), EN)
    assert not trivial_gaps.cut_step(_ordering("Concluye el tramo de Tui a Salvaterra", "El comité reconstruyó la caseta", "La regata trasladó su meta"), ES)


def test_a_dated_event_whose_date_belongs_to_a_participle_is_no_ordering_step() -> None:
    lines = [
        "The Tamar Regatta",
        "The opening regatta was rowed in 1884 by crews from the quarries.",
        "Crews from every village have raced for the Mayor's Shield, introduced in 1921.",
        "In 1936 the regatta moved its finish to the old quay at Cotehele.",
        "The committee rebuilt the judges' hut in 1978 after a flood.",
        "In 1990 the town council took over the running of the regatta.",
    ]
    from quizapp.derive import derive_drafts

    orderings = [d.item for d in derive_drafts(document(lines), "en") if d.item.get("type") == "ordering"]
    assert orderings, "the dated events are ordered"
    assert all(not step.endswith("introduced") for item in orderings for step in item["items"]), orderings


def test_an_ordering_cites_only_its_steps_paragraphs_and_explains_each_steps_paragraph() -> None:
    from quizapp.derive import derive_drafts

    lines = [
        "The Tamar Regatta",
        "The opening regatta was rowed in 1884 by crews from the quarries.",
        "The river is tidal as far as the weir at Gunnislake, and the course follows the deep channel.",
        "In 1936 the regatta moved its finish to the old quay at Cotehele.",
        "The committee rebuilt the judges' hut in 1978 after a flood.",
        "In 1990 the town council took over the running of the regatta.",
    ]
    orderings = [d.item for d in derive_drafts(document(lines), "en") if d.item.get("type") == "ordering"]
    assert orderings
    for item in orderings:
        assert item["source"] == sorted(set(item["source"])) and 3 not in item["source"], item["source"]
        for n in item["source"]:
            assert f"paragraph {n}" in item["explanation"], item["explanation"]
    # A list whose items are paragraphs of their own: only the shown steps' paragraphs.
    steps = [
        "The Dye House",
        "The dyers worked each batch of cloth through the same steps, in this order:",
        "1. The cloth is scoured in hot soapy water to lift the grease.",
        "2. The wet cloth is steeped in a bath of alum for a day.",
        "3. The mordanted cloth is simmered in the madder vat until it turns red.",
        "4. The dyed cloth is rinsed in the leat below the mill.",
        "5. The rinsed cloth is stretched on tenter frames in the field.",
        "6. The dry cloth is folded and pressed under heavy boards.",
    ]
    from quizapp.derive import Paragraph

    paragraphs = [Paragraph(i, line.split(". ", 1)[-1] if line[:1].isdigit() else line, is_heading=i == 1, is_list_item=line[:1].isdigit()) for i, line in enumerate(steps, 1)]
    found = 0
    for d in derive_drafts(paragraphs, "en"):
        if d.item.get("type") != "ordering":
            continue
        found += 1
        shown = len(d.item["items"])
        # Six steps are two orderings of three (context3): each cites the paragraphs of its own steps.
        assert len(d.item["source"]) <= shown, (d.item["source"], d.item["items"])
        assert all(any(paragraphs[n - 1].text.startswith(i) for i in d.item["items"]) for n in d.item["source"]), (d.item["source"], d.item["items"])
    assert found


# --- a collection's member typed after "a network of" ----------------------------------------

def test_a_bare_plural_after_a_collections_noun_is_held_as_a_word_synonyms_fill() -> None:
    from quizapp.derive.synonym_gaps import ordinary_word_gap

    es_doc = "De la acequia mayor parte una red secundaria de acequias. La acequia mayor se limpia cada marzo. Las acequias llevan el agua."
    en_doc = "From the main ditch a secondary network of ditches carries the water. The ditches are cleaned each March. The main ditch runs north."
    for draft, language, text in (
        (fill_in_draft("«De la acequia mayor parte una red secundaria de ____ que lleva el agua a cada parcela.»", "acequias"), "es", es_doc),
        (fill_in_draft("“From the main ditch a secondary network of ____ carries the water to every plot.”", "ditches"), "en", en_doc),
        (fill_in_draft("«Junto al molino se abre una hilera de ____ donde se secaba el lino.»", "zanjas"), "es", "Junto al molino se abre una hilera de zanjas."),
    ):
        assert ordinary_word_gap(draft, language_for(language), text, []), draft.item["prompt"]
    # A term the text glosses is its own ("a network of lodes (drains)"), and a rare one stays.
    assert not ordinary_word_gap(fill_in_draft("“A secondary network of ____ (the fen drains) carries the water.”", "lodes"), EN, "A secondary network of lodes (the fen drains) carries the water.", [])
    assert not ordinary_word_gap(fill_in_draft("«Parte una red secundaria de ____ que lleva el agua.»", "brazales"), ES, "Parte una red secundaria de brazales que lleva el agua.", [])


def test_a_share_of_a_total_the_prompt_gives_is_held_typed_or_with_options_too() -> None:
    for draft, language in (
        (fill_in_draft("“A quarter of the 40 boats, some ____, were lost in the gale.”", "10"), "en"),
        (fill_in_draft("«El 25 % de los 800 socios, unos ____, votaron en contra.»", "200"), "es"),
        (choice_draft("“A quarter of the 40 boats, some ____, were lost in the gale.”", "10", ["6", "14"]), "en"),
    ):
        assert _held(draft, language), draft.item["prompt"]
    assert not giveaways.computed_share(fill_in_draft("“A quarter of the 40 boats, some ____, were lost in the gale.”", "seven"), EN)


def test_a_step_ending_on_a_phrasal_verbs_particle_is_whole() -> None:
    # "taken down", "set up": a particle ends a phrase; "to the" does not.
    assert not trivial_gaps.cut_step(_ordering("The pool opens with a diving board", "The diving board is taken down", "A trust of swimmers is set up"), EN)
