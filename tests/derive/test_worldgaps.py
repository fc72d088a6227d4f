"""worldgaps (issue 10): gaps a well-read adult fills without the document, in texts of our own
(a rope works on a coast, a rowing club, a biscuit bakery), one sentence a paragraph so that no
other draft of the sentence hides the gap: a year or a host city that names a world event ("the
2010 earthquake", «el Mundial de México 1986», "the Sydney 2000 Olympic Games"), and a key whose
initials open an acronym of the prompt ("the firm BATL ... its office in ____": Buenos Aires)."""
from __future__ import annotations

from quizapp.derive import trivial_gaps, world_knowledge
from quizapp.languages import language_for
from tests.helpers.drafts import fill_in_draft, numeric_draft, ready_answers


EVENTS_EN = [
    "The Tolten rope works",
    "The works reopened two years after the 2010 earthquake had flattened its drying sheds.",
    "Its ropes marked the sailing course of the Sydney 2000 Olympic Games.",
    "A second order came for the goal nets of the World Cup of 2014, held in Brazil.",
    "By then the Tolten plant employed 64 spinners and 9 dyers.",
]
EVENTS_ES = [
    "La cordelería de Toltén",
    "La fábrica reabrió dos años después del terremoto de 2010, que había derribado sus secaderos.",
    "Sus cuerdas marcaron el campo de regatas de los Juegos Olímpicos de Barcelona 1992.",
    "Otro pedido llegó para las redes de los arcos del Mundial de México 1986.",
    "La planta de Toltén empleaba a 64 hiladoras y 9 tintoreros.",
]


def test_a_year_or_a_host_city_that_names_a_world_event_is_not_asked() -> None:
    """The year of "the 2010 earthquake" or «el Mundial de México 1986», the city of "the Sydney
    2000 Olympic Games": the world names the event by them; the text's own figures stay asked."""
    for texts, language, keys in ((EVENTS_EN, "en", {"2010", "Sydney", "2000", "2014"}),
                                  (EVENTS_ES, "es", {"2010", "Barcelona", "1992", "1986", "México"})):
        answers = ready_answers(texts, language)
        asked = [(p, a) for p, a in answers if a in keys]
        assert not asked, asked
        assert any(a in ("64", "9") for _, a in answers), answers


ACRONYMS_EN = [
    "The Ferrand biscuit bakery",
    "The shipping firm BATL, which had carried the bakery's tins for years, closed its office in Buenos Aires.",
    "Its agent NYFC, which sold the tins to grocers, kept a warehouse in New York.",
    "The bakery baked 40 tonnes of biscuits a week.",
]
ACRONYMS_ES = [
    "La galletera Ferrand",
    "La naviera PMTL, que había llevado las latas de la galletera durante años, cerró su oficina en Puerto Montt.",
    "Su agente PAFC, que vendía las latas a los almacenes, tuvo un depósito en Punta Arenas.",
    "La galletera horneaba 40 toneladas de galletas por semana.",
]


def test_a_key_whose_initials_open_an_acronym_of_the_prompt_is_not_asked() -> None:
    """"The firm BATL ... its office in ____": Buenos Aires spells the acronym's first letters."""
    for texts, language, keys in ((ACRONYMS_EN, "en", {"Buenos Aires", "New York"}),
                                  (ACRONYMS_ES, "es", {"Puerto Montt", "Punta Arenas"})):
        answers = ready_answers(texts, language)
        asked = [(p, a) for p, a in answers if a in keys]
        assert not asked, asked


FIELDS_EN = [
    "The Purranque rowing club",
    "The club's ground once hosted the France side coached by Zidane.",
    "FIFA and CONCACAF approved the new pitch rules for the ground.",
    "Long before the club, the Aztec state stored maize in granaries like these.",
    "The storm of that winter disrupted flights to Lima, but also to Quito, Caracas and Santiago.",
    "Vitamin C, which is destroyed by heat and dissolves in water, is lost when the oars' crews cook their rations.",
    "The club's president, Walter Oyarzún, signed the lease with the council of Purranque.",
]
FIELDS_ES = [
    "El club de remo de Purranque",
    "El campo del club recibió una vez a la Francia dirigida por Zidane.",
    "La FIFA y la CONMEBOL aprobaron las nuevas reglas del césped del campo.",
    "Mucho antes del club, el estado azteca almacenaba maíz en graneros como estos.",
    "La tormenta de aquel invierno afectó a los vuelos a Lima, pero también a Quito, Caracas y Santiago.",
    "La vitamina C, que se destruye con el calor y se disuelve en agua, se pierde al cocinar las raciones.",
    "El presidente del club, Walter Oyarzún, firmó el arriendo con el municipio de Purranque.",
]


def test_a_famous_coach_body_people_city_or_vitamin_its_slot_calls_up_is_not_asked() -> None:
    """A famous key in a slot its field fixes (a national side's coach, a body beside FIFA, an
    ancient state, a city among famous cities, a vitamin by its properties) is held; the club's
    own president and its town stay askable."""
    for texts, language, keys in ((FIELDS_EN, "en", {"Zidane", "CONCACAF", "Aztec", "Quito", "Caracas", "Santiago", "Lima", "Vitamin C"}),
                                  (FIELDS_ES, "es", {"Zidane", "CONMEBOL", "azteca", "Quito", "Caracas", "Santiago", "Lima", "vitamina C", "La vitamina C"})):
        answers = ready_answers(texts, language)
        asked = [(p, a) for p, a in answers if a in keys]
        assert not asked, asked
        assert any(a in ("Walter Oyarzún", "Oyarzún", "Purranque") for _, a in answers), answers


def test_each_field_slot_holds_its_famous_key_in_both_languages() -> None:
    """The same slots, one draft each (a sentence's other drafts can hide the gap in a document):
    the famous key is held, the club's own president and town are not."""
    lang = {"en": language_for("en"), "es": language_for("es")}
    held = {"en": ["Zidane", "CONCACAF", "Aztec", "Quito", "Lima", "Vitamin C"],
            "es": ["Zidane", "CONMEBOL", "azteca", "Quito", "Santiago", "La vitamina C"]}
    kept = ["Walter Oyarzún", "Purranque"]
    for code, texts in (("en", FIELDS_EN), ("es", FIELDS_ES)):
        for key in held[code] + kept:
            sentence = next(t for t in texts[1:] if key in t)
            draft = fill_in_draft("According to the text, what goes in the gap? “" + sentence.replace(key, "____", 1) + "”", key)
            reasons = world_knowledge.known_to_the_world(draft, lang[code])
            assert bool(reasons) == (key in held[code]), (code, key, reasons)
    # A nation's own state and a coach of no national side are the text's.
    for code, sentence, key in (("es", "Más tarde el estado chileno pagó la obra.", "chileno"),
                                ("en", "Later the French state paid for the works.", "French"),
                                ("es", "La selección local, dirigida por Julio Amador, ganó la copa.", "Julio Amador")):
        draft = fill_in_draft("According to the text, what goes in the gap? “" + sentence.replace(key, "____", 1) + "”", key)
        assert not world_knowledge.known_to_the_world(draft, lang[code]), (code, key)


def test_a_year_the_text_gives_a_local_disaster_stays_asked() -> None:
    """"An earthquake in ____" dates an event the text tells of, it names none: still asked."""
    for code, sentence in (("en", "The chapel was damaged by an earthquake in 1987."),
                           ("es", "La capilla sufrió daños por un terremoto en 1987.")):
        draft = numeric_draft("According to the text, what number goes in the gap? “" + sentence.replace("1987", "____") + "”", 1987)
        assert not trivial_gaps.world_event_name_part(draft, language_for(code))
