"""Failure kinds of two fresh reviews (the twelfth and thirteenth, on documents nobody on the
team had seen), each on a small text of our own about another subject: a year the document's
main event forces, the plural of the document's subject as a key, a card back too thin to need
the text, a gap its prompt's opposite word gives away, a unit label cut short."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def _numeric(drafts: list[Draft], answer: float) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "numeric" and d.item["answer"] == answer]


FLOOD = [
    Paragraph(1, "La riada de Valencia", is_heading=True),
    Paragraph(2, "El 14 de octubre de 1957, tras dos días de lluvias torrenciales, el río Turia se desbordó y el agua "
                 "inundó el centro de Valencia, donde alcanzó más de dos metros de altura en algunas calles."),
    Paragraph(3, "La riada de 1957 dejó al menos 81 muertos según las cifras oficiales, aunque algunos historiadores "
                 "calculan que fueron más, y destruyó cientos de talleres y comercios del barrio del Carmen."),
    Paragraph(4, "En noviembre de 1957 el ayuntamiento aprobó un plan para desviar el cauce del río hacia el sur, "
                 "lejos de la ciudad, y el ingeniero Claudio Gómez Perretta dirigió los primeros estudios."),
    Paragraph(5, "Las obras del nuevo cauce avanzaron despacio por falta de dinero, y a finales de la década de 1960 "
                 "empezaron a excavarse los doce kilómetros del canal, que se inauguró en 1973."),
]


def test_a_year_the_main_event_forces_is_no_gap() -> None:
    """Review 12: in a text on a fire of September 2018, "En octubre de ____, el equipo de
    rescate" can only be 2018, and "a mediados de la década de ____" after it only the 2020s:
    the year the opening paragraph dates and the text repeats is the main event's, which a
    reader brings to every later paragraph."""
    drafts = derive_drafts(FLOOD, "es")
    assert _numeric(drafts, 1957) and _numeric(drafts, 1960), "the case must draft the event's year and the decade after it"
    assert not [d.item["prompt"] for d in _numeric(drafts, 1957) + _numeric(drafts, 1960) if d.ready]
    assert [d for d in _numeric(drafts, 1973) + _numeric(drafts, 81) if d.ready], "a detail's figure stays askable"


def test_one_end_of_a_range_is_no_choice_gap() -> None:
    """Review 12 (rederived): "tras la crisis económica de ____-2016" offered 2014, 2018 and
    2020: only a year before the other end makes a range, in a single choice as in a cloze."""
    from quizapp.derive.giveaways import computed_figure
    from quizapp.languages import language_for

    choices = [{"text": str(y), "correct": y == 1929} for y in (1929, 1936, 1940)]
    item = {"type": "single_choice", "prompt": "¿Cuál va en el hueco? «Tras la crisis de ____-1932 cerraron las fábricas.»",
            "source": [2], "choices": choices}
    assert computed_figure(Draft("p2-sc-x", "question", item, 2, None, 1.0), language_for("es"))
    item["prompt"] = "¿Cuál va en el hueco? «Tras la crisis de ____ cerraron las fábricas.»"
    assert not computed_figure(Draft("p2-sc-x", "question", item, 2, None, 1.0), language_for("es"))


SCURVY = [
    Paragraph(1, "El escorbuto en el mar", is_heading=True),
    Paragraph(2, "Durante siglos, el escorbuto mató a más marineros que las tormentas y las batallas: las encías "
                 "sangraban, las heridas viejas se abrían y los hombres morían agotados tras meses sin comer fruta fresca, sin que los médicos de a bordo supieran por qué."),
    Paragraph(3, "En 1747 el médico James Lind, de la Marina británica, repartió a doce marineros enfermos del barco Salisbury en seis "
                 "parejas y dio a cada una un remedio distinto; solo los que comieron naranjas y limones se curaron en pocos días."),
]


def test_a_bare_everyday_role_is_no_card_back() -> None:
    """Review 13: "Joseph Goldberger: ¿quién era?" → "Médico" in a section on a disease, whose
    text names other doctors: an everyday role word the text keeps writing is the reader's first
    guess from the section, not the text's fact."""
    cards = [d for d in derive_drafts(SCURVY, "es") if d.kind == "card" and "James Lind" in str(d.item["front"])]
    assert cards, "the case must draft a card on James Lind"
    assert not [d.item["back"] for d in cards if d.ready and len(str(d.item["back"]).split()) == 1]


CACAO = [
    Paragraph(1, "El fruto de los dioses", is_heading=True),
    Paragraph(2, "El cacao es un árbol pequeño de la selva tropical que crece a la sombra de otros árboles más altos; sus "
                 "frutos, las mazorcas, nacen directamente del tronco."),
    Paragraph(3, "Los olmecas ya preparaban bebidas de cacao hace más de tres mil años, y los mayas usaban sus semillas "
                 "como moneda en los mercados."),
    Paragraph(4, "Para obtener chocolate, las semillas del cacao se fermentan bajo hojas de plátano, se secan al sol y se tuestan."),
    Paragraph(5, "Algunos productores de Ecuador han recuperado variedades antiguas, y la demanda de los cacaos finos ha crecido en Europa."),
]


def test_a_form_of_the_documents_subject_is_no_gap() -> None:
    """Review 13: "el interés por los ____ nativos" in a text on maize asked "maíces": the
    plural of the word the whole text is about is the reader's first guess."""
    from quizapp.derive.forced import subject_word
    from quizapp.languages import language_for

    lang = language_for("es")
    item = {"type": "fill_in", "prompt": "¿Qué va en el hueco? «La demanda de los ____ finos ha crecido en Europa.»",
            "source": [5], "accept": ["cacaos"]}
    assert subject_word(Draft("p5-fi-x", "question", item, 5, None, 1.0), CACAO, lang)
    item["accept"] = ["plátano"]
    assert not subject_word(Draft("p5-fi-x", "question", item, 5, None, 1.0), CACAO, lang)
    # the same in English, the singular asked in a text that names the plural
    hives = [Paragraph(1, "Keeping bees", is_heading=True)] + [
        Paragraph(n, f"{text} the hives.") for n, text in ((2, "Beekeepers inspect"), (3, "Wax moths attack"), (4, "Winter tests"))]
    item = {"type": "fill_in", "prompt": "What goes in the gap? “Each ____ holds one queen.”", "source": [2], "accept": ["hive"]}
    assert subject_word(Draft("p2-fi-x", "question", item, 2, None, 1.0), hives, language_for("en"))


def test_a_gap_its_prompts_opposite_word_gives_away_is_no_gap() -> None:
    """Review 12: "a base such as citrate to correct the ____ of the blood" asked "acidity": the
    key's opposite in the prompt names it (a base corrects acidity; cold is fought with heat)."""
    from quizapp.derive.forced import opposite_word
    from quizapp.languages import language_for

    def fill_in(prompt: str, key: str) -> Draft:
        return Draft("p2-fi-x", "question", {"type": "fill_in", "prompt": prompt, "source": [2], "accept": [key]}, 2, None, 1.0)

    en, es = language_for("en"), language_for("es")
    assert opposite_word(fill_in("“Growers spread lime, a base, to lower the ____ of the orchard soil.”", "acidity"), en)
    assert opposite_word(fill_in("«Los agricultores echan cal, una base, para corregir la ____ del suelo.»", "acidez"), es)
    assert opposite_word(fill_in("«Los pastores bajan al valle en invierno, huyendo del frío, y suben con el ____.»", "calor"), es)
    assert not opposite_word(fill_in("“Growers spread lime on the orchard soil to lower its ____.”", "acidity"), en)
    assert not opposite_word(fill_in("«Los agricultores echan cal en primavera para corregir la ____ del suelo.»", "acidez"), es)


SEAWATER = [
    Paragraph(1, "Salt in the sea", is_heading=True),
    Paragraph(2, "Open ocean water carries about 35 grams/litre of dissolved salts, while the brine pools on the floor of "
                 "the Gulf of Mexico reach about 1200 mOsm/kg, enough to kill the crabs that wander into them."),
]


def test_a_unit_per_another_is_the_whole_unit() -> None:
    """Review 12: "____ mOsm/L" was labelled "mOsm", and "mmol/L" "mmol": a unit written with a
    slash is a rate, and its label keeps both halves."""
    units = {d.item["answer"]: d.item.get("unit") for d in derive_drafts(SEAWATER, "en") if d.item.get("type") == "numeric"}
    assert units.get(1200) == "mOsm/kg", units
    assert units.get(35) == "grams/litre", units


ROOTS = [
    Paragraph(1, "How legumes feed themselves", is_heading=True),
    Paragraph(2, "Bacteria of the genus Rhizobium live in the soil until a bean root releases flavonoids. The bacteria then "
                 "enter through a root hair and settle in small swellings on the root surface called nodules, where they turn "
                 "nitrogen from the air into ammonia the plant can use."),
]


def test_a_card_back_is_the_thing_named_not_where_it_is() -> None:
    """Review 12: "a lipid on the enterocyte surface called GM1 ganglioside" made the back
    "Enterocyte surface": the phrase before "called" ends a place phrase ("on the ..."), and the
    thing named is the noun before it ("a lipid on the ...")."""
    backs = [str(d.item["back"]) for d in derive_drafts(ROOTS, "en") if d.kind == "card" and "nodules" in str(d.item["front"])]
    assert backs, "the case must draft a card on nodules"
    assert all(b.lower().startswith("small swellings") for b in backs), backs


def test_an_option_the_prompt_names_by_its_acronym_is_no_distractor() -> None:
    """Review 12 (rederived): "el proyecto ____, que une a la UFRJ, la UNESCO y ..." offered
    "Universidad Federal de Río de Janeiro": the prompt names it as a partner of the answer, so
    the option is ruled out without the text (either way round: an acronym and its expansion)."""
    from quizapp.derive.forced import option_named_in_prompt
    from quizapp.languages import language_for

    def choice(prompt: str, options: list[str]) -> Draft:
        choices = [{"text": o, "correct": i == 0} for i, o in enumerate(options)]
        return Draft("p2-sc-x", "question", {"type": "single_choice", "prompt": prompt, "source": [2], "choices": choices}, 2, None, 1.0)

    prompt = "«El plan ____, que une al CSIC y a varios museos, restauró el claustro.»"
    assert option_named_in_prompt(choice(prompt, ["Claustro Vivo", "Consejo Superior de Investigaciones Científicas", "Museo Real"]), language_for("es"))
    prompt = "“The ____ programme, run with the British Antarctic Survey, tagged 400 seals.”"
    assert option_named_in_prompt(choice(prompt, ["SealWatch", "BAS", "NOAA"]), language_for("en"))
    assert not option_named_in_prompt(choice(prompt, ["SealWatch", "NOAA", "Polar Trust"]), language_for("en"))
