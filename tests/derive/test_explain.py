"""Explanatory paragraphs asked by their shape (issue 10, coverage, brief explain).

The paragraphs still left without any ready item were mostly explanatory ones with no name,
figure or date to ask: then and now ("Before X, A. Today B.", «Hasta el siglo XIX, … Hoy …»),
not this but that ("X is not A. Instead, it is B.", «X no es A, sino B», «no … sino que …»),
kinds that differ ("Not all X are alike: some …, others …") and a thing's job ("The job of X is
to …", «X sirve para …»). Each now gets a card asking the point the shape carries, offered
only where no other ready draft covers the paragraph. Never where the card would not stand
alone or would be guessed: a pronoun subject («Esto no era …»), "not only … but also", a
complement of the same verb («no funcionaba con …, sino con …»), a back of a word or two.
Our own small texts (bread, tides, a tide mill), written for these tests."""

from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from quizapp.derive.drafting import Builder
from quizapp.derive.explaining import ExplainingDrafter
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for

BREAD = [
    Paragraph(1, "How bread rises", is_heading=True),
    Paragraph(2, "Before commercial yeast, bakers kept a piece of old dough from each batch and mixed it into the next one. "
                 "Today most home bakers buy dried granules in small packets and stir them straight into warm water."),
    Paragraph(3, "Yeast is not a plant or a bacterium. Instead, it is a single-celled fungus that feeds on the sugars "
                 "released from flour starch."),
    Paragraph(4, "The job of the gluten network is to trap the gas bubbles that the yeast produces."),
    Paragraph(5, "Not all leavening agents are alike: some are living organisms that need hours to work, others are "
                 "chemical powders that react within minutes of meeting water."),
    Paragraph(6, "Kneading does not create gluten out of nothing; rather, it lines up proteins that are already present "
                 "in the flour into long elastic strands."),
    Paragraph(7, "Until then, bakers judged readiness by poking the dough with a finger. Now many bakeries rely on "
                 "cabinets that hold humidity and warmth constant."),
]

MAREAS = [
    Paragraph(1, "Cómo funcionan las mareas", is_heading=True),
    Paragraph(2, "Hasta el siglo XIX, los pescadores calculaban las mareas observando la luna y anotando la altura del "
                 "agua en postes de madera. Hoy los puertos publican tablas calculadas con meses de antelación."),
    Paragraph(3, "La marea no es un efecto del viento, sino el resultado de la atracción gravitatoria de la luna sobre "
                 "el océano."),
    Paragraph(4, "La fuerza de marea no empuja el agua hacia arriba, sino que la estira a lo largo de la línea que une "
                 "los dos astros."),
    Paragraph(5, "No todas las mareas son iguales: unas suben mucho y cubren las playas enteras, otras apenas mueven el "
                 "agua unos centímetros."),
    Paragraph(6, "La función de los diques es proteger los muelles del oleaje durante las pleamares más altas."),
    Paragraph(7, "Los rodeznos sirven para transformar el empuje del agua en el giro de la piedra volandera."),
]

# Shapes that look alike and must give no card.
NOT_ASKED_EN = [
    Paragraph(1, "The old mill", is_heading=True),
    Paragraph(2, "He was not a trained engineer; rather, he learned the trade from his uncle over many years."),
    Paragraph(3, "The mill was not only a workplace but also a meeting place for the whole parish."),
    Paragraph(4, "The wall is not straight; rather, it is curved."),
    Paragraph(5, "Before joining the firm, Ann Dale worked at the docks. Today she runs the mill."),
    Paragraph(6, "The miller did not own the building but rented it from the estate every year."),
    # "many" whom? The farmers are on the card's back, not its front.
    Paragraph(7, "In the past, farmers ploughed every field deeply each autumn. Today many leave the stubble in place."),
    Paragraph(8, "In winter the lake is not frozen; rather, it drops several metres every week as the dam releases water."),
]
NO_SE_PREGUNTA = [
    Paragraph(1, "El molino de marea", is_heading=True),
    Paragraph(2, "Esto no era un problema, sino una ventaja para los vecinos del valle."),
    Paragraph(3, "El edificio no solo servía para moler grano, sino también para almacenar la sal de las salinas."),
    Paragraph(4, "El molino no funcionaba con la corriente del río, sino con el agua que el mar dejaba atrapada."),
    Paragraph(5, "La pared no es de piedra, sino de madera."),
    # «Hoy recibe ...»: ¿quién? El sujeto de la frase de «hoy» está en el dorso.
    Paragraph(6, "Antes de la guerra, el puerto exportaba hierro y carbón a Inglaterra. Hoy recibe sobre todo cruceros de turistas."),
]


def _cards(paragraphs: list[Paragraph], code: str) -> dict[int, tuple[str, str]]:
    builder = Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))
    return {c.paragraph: (c.item["front"], c.item["back"]) for c in ExplainingDrafter(builder).candidates()}


def test_english_shapes_get_cards_on_their_point() -> None:
    cards = _cards(BREAD, "en")
    assert cards[2] == (
        "Today most home bakers buy dried granules in small packets and stir them straight into warm water. "
        "According to the text, what was the case before commercial yeast?",
        "Bakers kept a piece of old dough from each batch and mixed it into the next one.",
    )
    assert cards[3] == ("Yeast is not a plant or a bacterium. What is it, according to the text?",
                        "A single-celled fungus that feeds on the sugars released from flour starch.")
    assert cards[4] == ("According to the text, what is the job of the gluten network?", "To trap the gas bubbles that the yeast produces.")
    assert cards[5][0] == "According to the text, how do leavening agents differ from one another?"
    assert cards[5][1].startswith("Some are living organisms")
    assert cards[6] == ("Kneading does not create gluten out of nothing. What does it do instead, according to the text?",
                        "It lines up proteins that are already present in the flour into long elastic strands.")
    # "Until then" leans on another sentence: the card asks what was the case before.
    assert cards[7][0].endswith("According to the text, what was the case before?")


def test_spanish_shapes_get_cards_on_their_point() -> None:
    cards = _cards(MAREAS, "es")
    assert cards[2] == (
        "Hoy los puertos publican tablas calculadas con meses de antelación. Según el texto, ¿qué ocurría hasta el siglo XIX?",
        "Los pescadores calculaban las mareas observando la luna y anotando la altura del agua en postes de madera.",
    )
    assert cards[3] == ("La marea no es un efecto del viento. Según el texto, ¿qué es?",
                        "El resultado de la atracción gravitatoria de la luna sobre el océano.")
    assert cards[4] == ("La fuerza de marea no empuja el agua hacia arriba. Según el texto, ¿qué hace en cambio?",
                        "La estira a lo largo de la línea que une los dos astros.")
    assert cards[5][0] == "Según el texto, ¿en qué se diferencian entre sí las mareas?"
    assert cards[6] == ("Según el texto, ¿cuál es la función de los diques?", "Proteger los muelles del oleaje durante las pleamares más altas.")
    assert cards[7] == ("Según el texto, ¿para qué sirven los rodeznos?", "Para transformar el empuje del agua en el giro de la piedra volandera.")


def test_a_time_without_its_comma_and_a_subject_of_its_own_still_give_a_card() -> None:
    cards = _cards([Paragraph(1, "Antes los agricultores araban cada campo a fondo todos los otoños. "
                                 "Hoy el rastrojo se queda en el campo y se siembra directamente sobre él.")], "es")
    assert cards[1] == ("Hoy el rastrojo se queda en el campo y se siembra directamente sobre él. Según el texto, ¿qué ocurría antes?",
                        "Los agricultores araban cada campo a fondo todos los otoños.")


def test_look_alikes_that_would_not_stand_alone_or_be_guessed_give_no_card() -> None:
    assert _cards(NOT_ASKED_EN, "en") == {}
    assert _cards(NO_SE_PREGUNTA, "es") == {}


def test_paragraphs_with_nothing_else_to_ask_are_covered_by_their_card() -> None:
    for paragraphs, code in ((BREAD, "en"), (MAREAS, "es")):
        ready = [d for d in derive_drafts(paragraphs, code) if d.ready]
        covered = {n for d in ready for n in d.item.get("source", [])}
        explaining = {d.paragraph for d in ready if "explaining" in d.item.get("tags", [])}
        assert covered >= {p.number for p in paragraphs if not p.is_heading}, (code, covered)
        assert len(explaining) >= 4, (code, explaining)


def test_a_paragraph_with_a_fact_to_ask_keeps_it_and_gets_no_explaining_card() -> None:
    paragraphs = [
        Paragraph(1, "The bridge", is_heading=True),
        Paragraph(2, "Before the bridge opened in 1932, a ferry carried travellers across the Menai Strait. "
                     "Today the crossing takes less than a minute by car."),
    ]
    ready = [d for d in derive_drafts(paragraphs, "en") if d.ready and d.paragraph == 2]
    assert ready and not any("explaining" in d.item.get("tags", []) for d in ready)


# A list too short for a matching (two items), each a term and its description after a colon.
PORES = [
    Paragraph(1, "Two kinds of pore", is_heading=True),
    Paragraph(2, "Soil scientists distinguish two kinds of pore:"),
    Paragraph(3, "Macropores: wide channels left by roots and worms that drain water quickly after rain", is_list_item=True),
    Paragraph(4, "Micropores: narrow gaps between grains that hold water against gravity", is_list_item=True),
]
POROS = [
    Paragraph(1, "Dos tipos de poro", is_heading=True),
    Paragraph(2, "Los edafólogos distinguen dos tipos de poro:"),
    Paragraph(3, "Macroporos: canales anchos que dejan las raíces y las lombrices", is_list_item=True),
    Paragraph(4, "Microporos: huecos estrechos entre los granos que retienen el agua", is_list_item=True),
]
# Labels that are no terms: everyday words heading a point, a name.
POINTS = [
    Paragraph(1, "The ring road", is_heading=True),
    Paragraph(2, "Residents raised two objections to the ring road:"),
    Paragraph(3, "Noise: the road would pass forty metres from the primary school", is_list_item=True),
    Paragraph(4, "Lake Orton: the new bridge would shade the reed beds on its northern shore", is_list_item=True),
]


def test_a_short_list_of_labelled_terms_gets_a_card_per_term() -> None:
    for paragraphs, code, fronts in (
        (PORES, "en", {"According to the text, what is meant by “Macropores”?", "According to the text, what is meant by “Micropores”?"}),
        (POROS, "es", {"Según el texto, ¿a qué se llama «Macroporos»?", "Según el texto, ¿a qué se llama «Microporos»?"}),
    ):
        ready = [d for d in derive_drafts(paragraphs, code) if d.ready and d.kind == "card"]
        assert {d.item["front"] for d in ready} >= fronts
        backs = {d.item["front"]: d.item["back"] for d in ready}
        assert backs[sorted(fronts)[0]].startswith(("Wide channels", "Canales anchos"))
        assert {n for d in ready for n in d.item["source"]} == {2, 3, 4}


def test_labels_that_are_no_terms_get_no_term_card() -> None:
    fronts = [str(d.item.get("front", "")) for d in derive_drafts(POINTS, "en")]
    assert not any("meant by" in f for f in fronts)
