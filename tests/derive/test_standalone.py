"""standalone (issue 10, the drafter): items a fresh reviewer could not read on their own
(session 12's "standalone" brief). Each kind is fixed generally and tested on our own small
texts, English and Spanish (cork stripping, cider mills, an organ workshop)."""
from __future__ import annotations

import re

from quizapp.derive import Draft, context, derive_drafts
from quizapp.derive.giveaways import converted_money
from quizapp.languages import language_for
from tests.derive.conftest import Sample
from tests.helpers.drafts import document, fill_in_draft, numeric_draft, ready_shown


def _ready(lines: list[str], language: str) -> list[Draft]:
    return [d for d in derive_drafts(document(lines), language) if d.ready]


def _shown(d: Draft) -> str:
    """Everything a learner reads of a draft: prompt or passage, card front and back."""
    item = d.item
    return " ".join(str(item.get(k, "")) for k in ("prompt", "passage", "front", "back"))


# --- 1. A sentence opening with a definite abstract noun whose referent is the sentence before --

CORK_EN = [
    "Cork stripping in the Caldeirão hills",
    "The cork oaks of the Caldeirão hills are stripped by hand every nine years by crews from Barranco Velho.",
    "In 1962 the cooperative at Barranco Velho replaced its steam presses with hydraulic ones. The result was a 40 per cent rise in the number of stoppers made each day.",
    "Tomás Viegas opened a second cutting shed at Salir in 1971. The consequence was a new trade in stoppers with the wineries of Lagoa.",
]
SIDRA_ES = [
    "La sidra de Nava",
    "Los llagares de Nava muelen cada otoño manzanas de la comarca del Piloña desde el siglo XIX.",
    "En 1971 la cooperativa de Nava sustituyó las prensas de husillo por prensas hidráulicas. La diferencia total supera los 35 litros por tonelada de manzana.",
    "Mercedes Canal abrió un segundo llagar en Infiesto en 1984. La consecuencia fue un comercio nuevo con las sidrerías de Gijón.",
]


def test_a_sentence_taking_up_the_one_before_by_an_abstract_noun_is_quoted_with_it() -> None:
    """«La diferencia total supera los 35 litros» (difference between what?), "The result was a
    40 per cent rise" (of what?): a definite abstract noun opening a sentence takes up what the
    sentence before said. Asked alone, the item asks about a thing the learner is not shown: it
    is quoted with the sentence before (as "the club" is), or not asked."""
    for lines, language, opening, before in (
        (CORK_EN, "en", "The result was", "hydraulic ones"),
        (CORK_EN, "en", "The consequence was", "Salir in"),
        (SIDRA_ES, "es", "La diferencia total", "prensas hidráulicas"),
        (SIDRA_ES, "es", "La consecuencia fue", "en Infiesto"),
    ):
        alone = [_shown(d) for d in _ready(lines, language) if opening in _shown(d) and before not in _shown(d)]
        assert not alone, alone
    # A noun that says which stands alone: "The result of the vote", «la diferencia de presión».
    ready = _ready([
        "Cork stripping in the Caldeirão hills",
        "The cooperative at Barranco Velho voted on the new presses in March 1962.",
        "The result of the vote was a majority of 41 members for the hydraulic presses from Porto.",
    ], "en")
    assert any("The result of the vote" in _shown(d) and "March 1962" not in _shown(d) for d in ready), [_shown(d) for d in ready]


# --- 2. A prompt built from a badly cut sentence ------------------------------------------------

def test_a_definition_is_not_read_across_a_semicolon_nor_a_sentence_cut_after_an_abbreviation() -> None:
    """«El patólogo ... los llamó ecos del llagar; hoy se conocen como fermentaciones
    secundarias»: the naming verb names what its own clause describes, and the clause before the
    semicolon is another statement. Read across it, the card's back ended «...; hoy» and the
    term's prompt read «¿qué término designa el patólogo ... los llamó ...?». And «núm.» or
    "fig." do not end a sentence: «El tubo núm.» is no sentence to quote."""
    lines_es = [
        "La sidra de Nava",
        "Los llagares de Nava muelen cada otoño manzanas de la comarca del Piloña desde el siglo XIX.",
        "El químico Ramón Ferreiro los llamó ecos del llagar; hoy se conocen como fermentaciones secundarias.",
        "El tonel núm. 14 del llagar de Casimiro Llaneza guarda 4.200 litros de sidra de la cosecha de 1998.",
    ]
    lines_en = [
        "Cork stripping in the Caldeirão hills",
        "The cork oaks of the Caldeirão hills are stripped by hand every nine years by crews from Barranco Velho.",
        "The surveyor John Leck called them bark pockets; today they are known as lenticel scars.",
        "The press shown in fig. 3 was built by Henrique Lobo at Loulé and pressed 900 stoppers an hour.",
    ]
    for lines, language, cut in ((lines_es, "es", ("designa el químico", "El tonel núm.»", "«14 ")), (lines_en, "en", ("for the surveyor", "fig.”", "“3 "))):
        ready = [_shown(d) for d in _ready(lines, language)]
        broken = [s for s in ready if any(c in s for c in cut) or re.search(r";\s+(?:hoy|today)\s*(?:[?»”]|$)", s)]
        assert not broken, broken
    for language, text in (("es", lines_es[3]), ("en", lines_en[3])):
        assert len(language_for(language).split_sentences(text)) == 1, text


# --- 3. A card whose front is no term, or whose back is a fragment -------------------------------

def test_a_card_on_a_named_thing_of_the_story_or_backed_by_a_superlative_alone_is_held() -> None:
    """"The Boliqueime yard" -> "The centre of a small network of yards ...": a place or a thing
    of the story is no term, and what the text says of it is one of many true backs. «El
    potencial de la célula guarda» -> «El más alto de todo el organismo»: a superlative clause
    ranks the thing and never says what it is (the value, a definition). A term named after
    someone keeps its card ("The Mohs scale", «La escala de Mohs»)."""
    cork = [
        "Cork stripping in the Caldeirão hills",
        "The cork oaks of the Caldeirão hills are stripped by hand every nine years by crews from Barranco Velho.",
        "The Boliqueime yard was the centre of a small network of yards that bought bark from the hill farms of Salir and Alte.",
        "The water potential of a stripped trunk is the lowest of the whole tree, about minus 2 megapascals according to Casimiro Llaneza.",
        "The Mohs scale is a ranking of minerals by the scratches a harder one leaves on a softer one.",
    ]
    sidra = [
        "La sidra de Nava",
        "Los llagares de Nava muelen cada otoño manzanas de la comarca del Piloña desde el siglo XIX.",
        "El llagar de Cabranes fue el centro de una pequeña red de llagares que compraban manzana en Infiesto y en Bimenes.",
        "El potencial de la célula guarda es el más alto de todo el organismo, unos 180 milivoltios según Casimiro Llaneza.",
        "La escala de Mohs es una clasificación de los minerales según las rayas que uno duro deja en otro blando.",
    ]
    for lines, language, kept in ((cork, "en", "The Mohs scale"), (sidra, "es", "La escala de Mohs")):
        cards = [(str(d.item["front"]), str(d.item["back"])) for d in _ready(lines, language) if d.kind == "card"]
        assert not [c for c in cards if any(w in c[0] for w in ("Boliqueime", "Cabranes", "potential", "potencial"))], cards
        assert [c for c in cards if c[0] == kept], cards


# --- 4. A numeric gap on a figure the prompt computes, or on a famous range -----------------------

def test_a_sum_converted_beside_the_gap_or_a_famous_range_is_no_figure_to_recall() -> None:
    """"16 million French francs, or roughly ____ million euros", «16 millones de francos
    franceses, unos ____ millones de euros»: the gap converts a sum the prompt gives (a currency
    named with its country's adjective, or joined by a comma and "about"). «entre los {1} y los
    {2} hercios», the range of human hearing: the reader knows both ends without the text."""
    for language, prompt in (
        ("en", "In 1987 the workshop sold its organ for 16 million French francs, or roughly ____ million euros."),
        ("en", "In 1987 the workshop sold its organ for 16 million Swiss francs (about ____ million US dollars)."),
        ("es", "En 1987 el taller vendió su órgano por 16 millones de francos franceses, unos ____ millones de euros."),
        ("es", "En 1987 el taller vendió su órgano por 16 millones de francos, es decir, unos ____ millones de euros."),
    ):
        assert converted_money(numeric_draft(prompt, 2), language_for(language)), prompt
    # A sum beside another sum of the same currency, or beside no sum, converts nothing.
    assert not converted_money(numeric_draft("The organ cost 16 million francs, and the case ____ million francs.", 2), language_for("en"))
    assert not converted_money(numeric_draft("El órgano costó 16 millones de francos, unos ____ millones más que el anterior.", 2), language_for("es"))
    organ = [
        ("en", ["The Vernet organ workshop",
                "The pipes of the great organ at Vernet sound from 20 Hz to 20,000 Hz, as the voicer Odile Marquès measured in 1979.",
                "The smallest pipe of the Ille organ is 11 millimetres long and was cut by Joan Pallarès in Prades."]),
        ("es", ["El taller de órganos de Vernet",
                "Los tubos del órgano mayor de Vernet suenan entre los 20 hercios y los 20.000 hercios, según midió la organera Odile Marquès en 1979.",
                "El tubo más pequeño del órgano de Ille mide 11 milímetros y lo cortó Joan Pallarès en Prades."]),
    ]
    for language, lines in organ:
        hearing = [_shown(d) for d in _ready(lines, language) if "20.000" not in _shown(d) and "20,000" not in _shown(d) and ("hercios" in _shown(d) or "Hz" in _shown(d))]
        assert not hearing, hearing


def test_a_converted_sum_is_held_in_a_cloze_and_with_options_too() -> None:
    """The same conversion asked as a cloze or a choice: whoever knows the rate picks the key."""
    passage = "In 1987 the workshop sold its organ for 16 million francs, or roughly {1} million euros."
    cloze = Draft("p2-cz", "question", {"type": "cloze", "passage": passage, "gaps": [{"accept": ["2.4"]}], "source": [2]}, 2, None, 1.0)
    choice = Draft("p2-sc", "question", {"type": "single_choice", "prompt": passage.replace("{1}", "____"), "source": [2],
                                         "choices": [{"text": "2.4", "correct": True}, {"text": "9", "correct": False}]}, 2, None, 1.0)
    for draft in (cloze, choice):
        assert converted_money(draft, language_for("en")), draft.item


def test_a_headline_figure_is_not_asked_twice_when_its_sentence_is_the_paragraphs_last_draft(samples: dict[str, Sample]) -> None:
    """cooperativa-percebe.md: with «La decisión se tomó en una asamblea ...» no longer quoted
    alone (which decision?), the lead's «de 8 a ____ kilos» was its paragraph's only draft left,
    and offered though paragraph 17 asks the same 5 kilos a day: a typed answer on a value the
    opening paragraph states and the other ready item asking it are not both offered: the other
    gives way where its paragraph keeps another ready draft (paragraph 17 does)."""
    sample = samples["cooperativa-percebe.md"]
    asked = [(str(d.item["answer"]), str(d.item.get("unit", "")).split()[:1]) for d in sample.ready if d.item.get("type") == "numeric"]
    assert len(asked) == len({(a, tuple(u)) for a, u in asked}), asked


def test_a_taken_up_sentence_opening_its_paragraph_is_asked_only_in_its_persons_apposition() -> None:
    """«La solución la propuso Mercedes Canal, una ingeniera nacida en Infiesto en 1931»: no
    sentence before it in its paragraph to quote, the solution stays unsaid, but the birth year
    is the engineer's whatever the solution solved: a gap in the apposition describing the
    person is asked, never the statement nor a gap on the solution's side. (A sentence after it
    in its paragraph may be asked with it quoted as its context: see test_context_sentence.)"""
    for language, lines, year, statement in (
        ("es", ["La sidra de Nava",
                "Los llagares de Nava perdían cada otoño buena parte del mosto por las prensas de husillo.",
                "La solución la propuso Mercedes Canal, una ingeniera nacida en Infiesto en 1931 y formada en Oviedo."],
         "1931", "Verdadero o falso: La solución"),
        ("en", ["Cork stripping in the Caldeirão hills",
                "The cork presses of Barranco Velho lost much of the bark to cracking every summer.",
                "The answer was proposed by Tomás Viegas, a cooper born in Loulé in 1931 and trained in Porto."],
         "1931", "True or false: The answer"),
    ):
        ready = _ready(lines, language)
        assert any(d.item.get("type") == "numeric" and str(d.item["answer"]) == year for d in ready), [_shown(d) for d in ready]
        assert not [d for d in ready if _shown(d).startswith(statement)]


# --- end reviews of unseen texts (brief standalone, session 26): a possessive relational noun
# ("his successor", «su antecesor»), a definite noun naming a moment or a cause an earlier
# sentence gave ("the turning point", «el detonante»), a response verb that does not say to what
# ("the ministry responded by ...", «el Gobierno respondió con ...»), and a sentence quoted before
# a gap that itself leans on the one before it.

def test_a_referent_the_sentence_does_not_show_is_found() -> None:
    en, es = language_for("en"), language_for("es")
    for text in ("In 2004 his successor cut the ferry fares by a third.", "Her rival won the seat with 5,200 votes.",
                 "The turning point came in 1931, when the last quarry closed.", "The trigger was a rise of 40 per cent in bread prices.",
                 "The backlash cost the party 14 seats in 1978.", "The ministry responded by doubling the grant to 80,000 pounds.",
                 "The council reacted with a ban on night fishing in 1962."):
        assert context.unstated_referent(text, en), text
    for text in ("En 2004 su sucesor rebajó las tarifas del transbordador un tercio.", "Su antecesor había firmado el acuerdo en 1988.",
                 "¿Cuándo llegó el punto de quiebre?", "El detonante fue una subida del 40 por ciento del pan.",
                 "El Gobierno respondió con un recorte de 300 millones en 2015.", "La cofradía reaccionó con una veda de seis meses."):
        assert context.unstated_referent(text, es), text
    # The sentence says whose, which or to what itself.
    for text in ("When Tom Ashby retired in 1990, his successor cut the fares.", "The turning point of the strike came in 1931.",
                 "The trigger for the strike was a rise in bread prices.", "The ministry responded to the flood by doubling the grant.",
                 "When the river flooded in 1962, the council reacted with a ban on building.", "The ministry reported a rise of 40 per cent.",
                 "In 1978 Ana Ruiz beat her rival by 300 votes."):
        assert context.unstated_referent(text, en) is None, text
    for text in ("Cuando Ana Ruiz dimitió en 1990, su sucesor rebajó las tarifas.", "El punto de quiebre de la huelga llegó en 1931.",
                 "El detonante de la huelga fue una subida del pan.", "El Gobierno respondió a la crisis con un recorte de 300 millones.",
                 "Ante la caída del precio, la cofradía reaccionó con una veda.", "El ministro respondió que no habría recortes."):
        assert context.unstated_referent(text, es) is None, text


def _alone(shown: list[str], leaning: str, naming: str) -> list[str]:
    return [s for s in shown if leaning.lower() in s.lower() and naming.lower() not in s.lower()]


def test_drafts_do_not_lean_on_a_referent_they_do_not_show() -> None:
    cases = [
        (["The ferry company", "Tom Ashby ran the Kellbrook ferry company from 1961 until he retired in 1990. "
          "His successor cut the fares by a third and bought 2 new boats in 1994."], "en", "His successor", "Ashby"),
        (["La naviera", "Ana Ruiz dirigió la naviera de Arganza desde 1961 hasta su retirada en 1990. "
          "Su sucesor rebajó las tarifas un tercio y compró 2 barcos nuevos en 1994."], "es", "Su sucesor", "Ana Ruiz"),
        (["Bread riots", "Bread prices in the port rose by 40 per cent during the winter of 1847. "
          "The breaking point came on 12 March 1848, when 3,000 dockers marched on the town hall."], "en", "breaking point", "Bread prices"),
        (["Motines del pan", "El precio del pan subió un 40 por ciento en el puerto durante el invierno de 1847. "
          "El detonante llegó el 12 de marzo de 1848, cuando 3.000 estibadores marcharon hacia el ayuntamiento."], "es", "El detonante", "precio del pan"),
        (["Fish stocks", "By 1960 the catch of hake in the bay had fallen to a quarter of its 1950 level. "
          "The ministry responded by closing the bay to trawlers for 6 years."], "en", "responded", "hake"),
        (["Caladeros", "En 1960 la captura de merluza en la bahía había caído a la cuarta parte de la de 1950. "
          "El ministerio respondió con un cierre de la bahía a los arrastreros durante 6 años."], "es", "respondió", "merluza"),
    ]
    for lines, code, leaning, naming in cases:
        shown = ready_shown(lines, code)
        assert not _alone(shown, leaning, naming), (leaning, shown)


def test_a_sentence_naming_its_referent_keeps_its_item() -> None:
    cases = [
        (["The ferry company", "The Kellbrook ferry company carried 9,000 passengers in 1960.",
          "When Tom Ashby retired in 1990, his successor cut the fares by 35 per cent."], "en", "his successor"),
        (["Caladeros", "La bahía de Arganza da merluza desde hace siglos.",
          "Ante la caída de la captura, la cofradía de Arganza respondió en 1960 con un cierre de la bahía durante 6 años."], "es", "respondió"),
    ]
    for lines, code, phrase in cases:
        shown = ready_shown(lines, code)
        assert [s for s in shown if phrase.lower() in s.lower()], (phrase, shown)


def test_a_quoted_sentence_before_must_stand_alone_too() -> None:
    """The sentence before a gap sentence is quoted to give its referent: when it leans on the
    one before it in turn (a pronoun, a definite abstract noun taking up what came before), that
    one is quoted too (at most two sentences before), or the item is held."""
    leaning = [
        (["Harbour dues", "The Arganza harbour board doubled its dues in 1931. The result was a sharp fall in visiting ships. "
          "It cost the port 120,000 pounds a year in lost trade."], "en", "cost the port", "doubled"),
        (["Tasas del puerto", "La junta del puerto de Arganza duplicó sus tasas en 1931. El resultado fue una fuerte caída de los barcos visitantes. "
          "Le costó al puerto 120.000 pesetas al año en comercio perdido."], "es", "costó al puerto", "duplicó"),
    ]
    for lines, code, leaning_words, naming in leaning:
        shown = ready_shown(lines, code)
        assert not _alone(shown, leaning_words, naming), (leaning_words, shown)
    # Quoted with the two sentences before, the first of which stands alone, the item is kept.
    kept = [
        (["Harbour walls", "The Arganza harbour board built a new breakwater in 1931. It stood for less than a decade. "
          "The loss came to 120,000 pounds in 1939."], "en", "loss came", "breakwater"),
        (["Diques", "La junta del puerto de Arganza levantó un dique nuevo en 1931. Resistió menos de una década. "
          "La pérdida ascendió a 120.000 pesetas en 1939."], "es", "pérdida ascendió", "dique nuevo"),
    ]
    for lines, code, asked, naming in kept:
        shown = ready_shown(lines, code)
        assert [s for s in shown if asked in s and naming in s], (asked, shown)


def test_a_card_front_or_a_prompt_leaning_on_an_unshown_referent_is_held() -> None:
    """A front written anew ("¿cuándo llegó el punto de quiebre?") or a prompt whose gap is the
    responder («El ____ respondió con ...») is held, whatever drafter wrote it; one saying of
    what is kept."""
    en, es = language_for("en"), language_for("es")

    def card(front: str) -> Draft:
        return Draft("p2-card-x", "card", {"front": front, "back": "March 1848", "source": [2]}, 2, None, 1.0)

    assert context.standalone_problems(card("According to the text, when did the breaking point come?"), en)
    assert context.standalone_problems(card("Según el texto, ¿cuándo llegó el punto de quiebre?"), es)
    assert not context.standalone_problems(card("Según el texto, ¿cuándo llegó el punto de quiebre de la huelga?"), es)
    assert context.standalone_problems(fill_in_draft("Según el texto, ¿qué va en el hueco? «El ____ respondió con un recorte de 300 millones.»", "Gobierno"), es)
    assert context.standalone_problems(fill_in_draft("According to the text, what goes in the gap? “Her successor, ____, kept the ban until 1970.”", "Ana Ruiz"), en)
    assert not context.standalone_problems(fill_in_draft("According to the text, what goes in the gap? “When ____ retired, his successor kept the ban.”", "Ana Ruiz"), en)
    assert not context.standalone_problems(fill_in_draft(
        "According to the text, what goes in the gap? “The catch fell by half in 1960. The ____ responded by closing the bay.”", "ministry"), en)
