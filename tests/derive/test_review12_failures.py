"""The twelfth review's failure kinds, on small texts of other topics (our own words): a key the
prompt shows under another name, a figure the title gives in words, options that do not fit a
decade slot, a figure the prompt computes, accept lists with forms no language writes, an
organisation's article, a stem naming a kind its keys are not, and items giving each other's
keys away."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.giveaways import misfit_options, next_decade, numbers_in_words, shared_stem, stock_collocation
from quizapp.languages import language_for


def _ready(paragraphs: list[Paragraph], language: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, language) if d.ready]


def _asking(drafts: list[Draft], key: str) -> list[Draft]:
    """The fill-in drafts (ready or not) whose first accepted answer is ``key``."""
    return [d for d in drafts if d.item.get("type") == "fill_in" and d.item["accept"][0] == key]


DYE_WORKS = [
    Paragraph(1, "The dye works", is_heading=True),
    Paragraph(2, "Chemists at the textile institute in Bombay (now Mumbai, India) tested the new indigo substitutes on cotton grown by farmers in Gujarat."),
]
EXPEDITION = [
    Paragraph(1, "La expedición", is_heading=True),
    Paragraph(2, "Los porteadores contratados en Calabar cruzaron con la expedición desde Fernando Poo (hoy Bioko) hasta la orilla del río Níger."),
]


def test_a_key_the_prompt_names_another_way_is_no_gap() -> None:
    """Review 12: "in ____ (now Dhaka, Bangladesh)" asked for Dacca, which the bracket spells."""
    drafts = derive_drafts(DYE_WORKS, "en")
    assert _asking(drafts, "Bombay"), "the case must draft a gap on Bombay"
    assert not [d.item["prompt"] for d in drafts if d.ready and "Bombay" in str(d.item.get("accept", [])) ], "Bombay asked beside 'now Mumbai'"
    es = derive_drafts(EXPEDITION, "es")
    assert _asking(es, "Fernando Poo") or _asking(es, "Bioko"), "the case must draft a gap on the island"
    assert not [d.item["prompt"] for d in es if d.ready and {"Fernando Poo", "Bioko"} & set(d.item.get("accept", []))]


LIGHTHOUSE = [
    Paragraph(1, "Tres siglos de faros en la costa gallega", is_heading=True),
    Paragraph(2, "El faro de Corrubedo había cumplido 300 años cuando la Autoridad Portuaria decidió automatizar su linterna en Ribeira."),
    Paragraph(3, "La torre original la levantó el ingeniero Eusebio Penedo con granito de la cantera de Oleiros."),
]


def test_numbers_in_words_count_spans_of_time() -> None:
    assert 300 in numbers_in_words("Tres siglos de faros", language_for("es"))
    assert 30 in numbers_in_words("Three decades of the bridge", language_for("en"))
    assert 200 in numbers_in_words("Doscientos años de ciencia", language_for("es"))
    assert 1 not in numbers_in_words("Una historia del faro", language_for("es"))  # an article is no figure


def test_a_figure_the_title_gives_in_words_is_no_gap() -> None:
    """Review 12: the title "dos siglos de ciencia" answered "había cumplido ____ años" (200)."""
    drafts = derive_drafts(LIGHTHOUSE, "es")
    asked = [d for d in drafts if d.item.get("type") == "numeric" and d.item["answer"] == 300]
    assert asked, "the case must draft the figure"
    assert not [d for d in asked if d.ready], [d.item["prompt"] for d in asked]


def _cloze(passage: str, options: list[str], key: str) -> Draft:
    gaps = [{"options": [{"text": o, "correct": o == key} for o in options]}]
    item = {"type": "cloze", "prompt": "Complete", "passage": passage, "gaps": gaps, "source": [2]}
    return Draft("p2-cz-x", "question", item, 2, None, 1.0)


def test_options_of_a_decade_slot_are_decades() -> None:
    """Review 12: "a mediados de la década de {1}" offered 2016, 2018 and 2020."""
    es, en = language_for("es"), language_for("en")
    assert misfit_options(_cloze("La linterna se electrificó en la década de {1}.", ["1925", "1930", "1938"], "1930"), es)
    assert not misfit_options(_cloze("La linterna se electrificó en la década de {1}.", ["1920", "1930", "1940"], "1930"), es)
    assert misfit_options(_cloze("The lamp was electrified in the {1}s.", ["1925", "1930", "1938"], "1930"), en)
    assert not misfit_options(_cloze("The lamp was electrified in {1}.", ["1925", "1930", "1938"], "1930"), en)


DAM = [
    Paragraph(1, "The dam", is_heading=True),
    Paragraph(2, "The reservoir's three turbines produce a total of 4.5 megawatts, or 1.5 megawatts each, for the valley towns of Ashby and Coldwell."),
]
VIADUCT = [
    Paragraph(1, "El viaducto", is_heading=True),
    Paragraph(2, "El puente se usó entre 1962–2020 por trenes de mercancías de la compañía Renfe hacia Monforte."),
    Paragraph(3, "Las obras del túnel de 1906 ocuparon buena parte del siglo XX según los canteros llegados de Lugo."),
]


def test_a_figure_the_prompt_computes_is_no_gap() -> None:
    """Review 12: "three chambers ... total 4.5 million" asked the 1.5 each; "____–2020" asked the
    start of a range; a year in the prompt fixed "siglo ____"."""
    dam = derive_drafts(DAM, "en")
    assert [d for d in dam if d.item.get("type") == "numeric" and d.item["answer"] == 1.5], "the case must draft 1.5"
    assert not [d for d in dam if d.ready and d.item.get("type") == "numeric" and d.item["answer"] == 1.5]
    viaduct = derive_drafts(VIADUCT, "es")
    assert [d for d in viaduct if d.item.get("type") == "numeric" and d.item["answer"] == 1962], "the case must draft 1962"
    assert not [d for d in viaduct if d.ready and d.item.get("type") == "numeric" and d.item["answer"] == 1962]
    shown = [str(d.item.get("prompt", "")) + str(d.item.get("passage", "")) for d in viaduct if d.ready]
    assert not [s for s in shown if "siglo ____" in s or "siglo {" in s], shown


FUNGUS = [
    Paragraph(1, "Los hongos", is_heading=True),
    Paragraph(2, "La expedición remontó el río Níger hasta Lokoja con porteadores contratados en Calabar."),
    Paragraph(3, "Entre los síntomas figuran manchas amarillas en el haz de la hoja y un polvillo blanco en el envés, según los agrónomos."),
]


def _accept_lists(drafts: list[Draft]) -> list[list[str]]:
    lists = [[str(a) for a in d.item["accept"]] for d in drafts if d.item.get("type") == "fill_in"]
    return lists + [[str(a) for a in g["accept"]] for d in drafts for g in d.item.get("gaps", []) if g.get("accept")]


def test_an_accepted_form_is_a_word_the_gap_takes() -> None:
    """Review 12: "villuses", "rociadore", "gelatinizanes" accepted (no language's words), and
    "la cantoras" (a plural after a singular article)."""
    drafts = derive_drafts(FUNGUS, "es")
    lists = _accept_lists(drafts)
    assert {a[0] for a in lists} >= {"porteadores", "polvillo"}, "the case must draft the two gaps"
    forms = {f for a in lists for f in a[1:]}
    assert "porteadore" not in forms, lists  # no word
    assert "polvillos" not in forms, lists  # "un ____ blanco" takes no plural


DROUGHT = [
    Paragraph(1, "La sequía", is_heading=True),
    Paragraph(2, "La FAO envió técnicos agrícolas a la región de Tigray, y varias cooperativas locales repartieron semillas de teff entre los campesinos."),
]


def test_an_organisation_with_its_article_is_accepted_bare() -> None:
    """Review 12: only "La UNESCO" was accepted; "UNESCO" is what a learner types."""
    lists = [a for a in _accept_lists(derive_drafts(DROUGHT, "es")) if a[0] == "La FAO"]
    assert lists, "the case must draft a gap on La FAO"
    assert all("FAO" in a for a in lists), lists


CLOVER = [
    Paragraph(1, "Clover", is_heading=True),
    Paragraph(2, "Rhizobium bacteria settle in small swellings called nodules on the roots of clover, where they turn nitrogen from the air into ammonia."),
    Paragraph(3, "Inside each nodule tissue a protein called leghaemoglobin keeps oxygen low, which gives a healthy root its pink colour."),
    Paragraph(4, "Farmers in Galloway sow clover with ryegrass so that the grass takes up part of the fixed nitrogen."),
]


def test_no_ready_item_shows_another_form_of_a_typed_key() -> None:
    """Review 12: "crypts" was asked while another ready item's prompt read "crypt cells"."""
    ready = _ready(CLOVER, "en")
    for d in ready:
        for form in (d.item.get("accept") or [])[1:]:
            shown = [o.item.get("prompt", "") for o in ready if o is not d and f" {form} " in f" {o.item.get('prompt', '')} "]
            assert not shown, (d.item["accept"], shown)


VISION = [
    Paragraph(1, "Vision", is_heading=True),
    Paragraph(2, "In the dark, high levels of cyclic GMP keep open a cation channel known as CNG in the outer segment of each rod, so sodium flows in."),
    Paragraph(3, "Light activates rhodopsin, which switches on an enzyme called PDE that breaks down the messenger within milliseconds."),
    Paragraph(4, "The NEI and the WHO fund studies of inherited retinal disease in clinics run by NHS trusts."),
]


def test_letters_of_a_thing_are_no_organisation() -> None:
    """Review 12: "Which of these organisations..." keyed AMP (a molecule) and CFTR (a channel),
    and a thing's letters stood among organisations as options."""
    things, organisations = {"GMP", "CNG", "PDE"}, {"NEI", "NHS", "WHO"}
    for d in derive_drafts(VISION, "en"):
        options = {str(c["text"]) for c in d.item.get("choices", [])} | {str(o["text"]) for g in d.item.get("gaps", []) for o in g.get("options", [])}
        assert not (options & things and options & organisations), (d.key, options)
        if "organisations" in str(d.item.get("prompt", "")):
            assert not {str(c["text"]) for c in d.item["choices"] if c["correct"]} & things, d.item


MILL = [
    Paragraph(1, "The mill fire", is_heading=True),
    Paragraph(2, "The old cotton mill at Dunfield had no automatic sprinklers, and its timber floors had been soaked in machine oil for a century."),
    Paragraph(3, "The economist Angus Deaton, a Nobel laureate, later studied the town's wages."),
]


def _fill_in(prompt: str, key: str) -> Draft:
    item = {"type": "fill_in", "prompt": prompt, "accept": [key], "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


def test_a_stock_phrase_is_no_gap() -> None:
    """Review 12: "rociadores ____" (automáticos), "____ laureate" (Nobel), "____ B3" (vitamina)."""
    nobel = _asking(derive_drafts(MILL, "en"), "Nobel")
    assert nobel, "the case must draft the gap"
    assert all(any("stock phrase" in p for p in d.problems) for d in nobel), [d.problems for d in nobel]
    es = language_for("es")
    assert stock_collocation(_fill_in("La nave tenía paneles ____ sobre el tejado.", "solares"), es)
    assert stock_collocation(_fill_in("El déficit de ____ B12 causa anemia.", "vitamina"), es)
    assert not stock_collocation(_fill_in("La nave tenía paneles ____ sobre el tejado.", "metálicos"), es)


def test_a_decade_next_to_one_the_prompt_names_is_no_gap() -> None:
    """Self-review: "desde la década de ____ ... y, a partir de los años ochenta" asked 1970."""
    es = language_for("es")
    prompt = "«Las excavaciones, dirigidas desde la década de ____ por Ana Lema y, a partir de los años ochenta, por la Universidad de Oviedo, hallaron el poblado.»"
    item = {"type": "numeric", "prompt": prompt, "answer": 1970, "source": [2]}
    assert next_decade(Draft("p2-nu-x", "question", item, 2, None, 1.0), es)
    assert not next_decade(Draft("p2-nu-x", "question", {**item, "answer": 1950}, 2, None, 1.0), es)
    assert not next_decade(Draft("p2-nu-x", "question", {**item, "prompt": prompt.replace("a partir de los años ochenta", "más tarde")}, 2, None, 1.0), es)
    # The word "década" itself names no decade: "a mediados de la década de ____" alone asks fairly.
    alone = {**item, "prompt": "«A mediados de la década de ____ algunas salas volvieron a abrir.»", "answer": 2020}
    assert not next_decade(Draft("p2-nu-x", "question", alone, 2, None, 1.0), es)


LIFEBOATS = [
    Paragraph(1, "Lifeboats", is_heading=True),
    Paragraph(2, "Rules written by the Institute of Marine Engineering and Naval Architects have, since the 1980s, required two lifeboats on every ferry leaving Stranraer."),
]


def test_half_of_a_name_joined_by_and_is_no_key() -> None:
    """Self-review: "the American Association of State Highway and ____" asked for
    "Transportation Officials", half a name whose other half shows what it is."""
    drafts = derive_drafts(LIFEBOATS, "en")
    halves = _asking(drafts, "Institute of Marine Engineering") + _asking(drafts, "Naval Architects")
    # Since kinds16a the reader takes an organisation's name over its "and" whole, so no gap on
    # half of it is drafted at all; a gap on the whole name may be.
    whole = _asking(drafts, "Institute of Marine Engineering and Naval Architects")
    assert halves or whole, "the case must draft a gap on the name"
    assert not [d.item["prompt"] for d in halves if d.ready]


HEAT = [
    Paragraph(1, "Heat", is_heading=True),
    Paragraph(2, "A simple estimate of the glow of the furnace wall is given by the Stefan–Boltzmann law, which the engineers at Motherwell applied to every new kiln."),
]


def test_half_of_a_double_name_is_no_key() -> None:
    """Self-review: "the Palmgren–____ rule" asked for Miner."""
    drafts = derive_drafts(HEAT, "en")
    halves = _asking(drafts, "Boltzmann")
    assert halves, "the case must draft the gap"
    assert all(any("double name" in p for p in d.problems) for d in halves), [d.problems for d in halves]


def test_a_rare_word_of_the_same_family_gives_the_key_away() -> None:
    """Self-review: "las hormonas tiroideas, en especial la ____" asked for tiroxina."""
    es = language_for("es")
    item = {"type": "fill_in", "prompt": "«El metabolismo del yodo depende de las glándulas tiroideas, que fabrican sobre todo la ____.»", "accept": ["tiroxina"], "source": [2]}
    assert shared_stem(Draft("p2-fi-x", "question", item, 2, None, 1.0), es)
    plain = {**item, "prompt": "«El metabolismo del yodo depende de unas glándulas del cuello, que fabrican sobre todo la ____.»"}
    assert not shared_stem(Draft("p2-fi-x", "question", plain, 2, None, 1.0), es)
