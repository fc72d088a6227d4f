"""Arguments and positions in news paragraphs (issue 10, brief claims3): the shapes a fresh
review found with no acceptable item, each asked as a card that says who and about what:

- a speaker named in the sentence before, a pronoun (or, in Spanish, no subject) in the claim's
  ("... lodged a complaint ... It argued that ...": "what did X argue in its complaint?");
- an apposition between the speaker and the verb ("Daniel Okoro, an archivist who ..., noted that");
- verbs and tenses not read before ("maintained", «argumentaba», «defendió ... y recordó»), and
  "The aim, they said, was to ..." after a decision («El objetivo, dijeron, era ...»);
- an indirect question as what people disputed ("argued for months over whether ...", «discutieron si ...»);
- an enumeration in prose ("The merger left three lessons ... First, ... Second, ... Third, ...").

The texts are ours, written for these tests (a library merger), not the probes'."""

from __future__ import annotations

from quizapp.derive import Paragraph
from quizapp.derive.claims import ClaimDrafter
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for
from tests.helpers.drafts import document, ready_cards_by_paragraph


def _cards(paragraphs: list[Paragraph], code: str) -> set[tuple[str, str]]:
    builder = Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))
    return {(c.item["front"], c.item["back"]) for c in ClaimDrafter(builder).candidates() if c.kind == "card"}


LIBRARIES = document([
    "The Ravensworth library merger",
    "In 2020 the county councillors voted to merge the three town libraries into one service. The aim, they said, "
    "was to save money on buildings and to open longer hours.",
    "In March 2021 the Ravensworth Booksellers Guild filed a complaint with the Competition Tribunal. It argued that "
    "the merged library service would buy too few titles from the small shops of the town.",
    "Daniel Okoro, an archivist who has catalogued parish records for three counties, noted that the reading rooms "
    "would need new shelving for the map collections.",
    "From the town hall, the librarian Agnes Whitby maintained that the merger was far too hasty and recalled that "
    "the old branches had never closed for a single week.",
    "The unions and the county argued for months over whether the merged service could close branches on Sundays.",
    "The merger left three lessons for other counties. First, the libraries proved busier than the council had "
    "expected, since many readers came from outside the county. Second, the archive needed a room of its own. "
    "Third, the volunteers asked for clearer rotas, which the council later wrote.",
])

BIBLIOTECAS = document([
    "La fusión de las bibliotecas de Ravensworth",
    "En 2020 los concejales del condado acordaron fusionar las tres bibliotecas del pueblo en un solo servicio. "
    "El objetivo, dijeron, era ahorrar dinero en edificios y abrir más horas.",
    "En abril de 2021 la Asociación de Libreros de Ravensworth presentó una queja ante el Tribunal de la Competencia. "
    "Argumentaba que el servicio fusionado compraría muy pocos títulos a las librerías del barrio.",
    "Daniel Okoro, un archivero que ha catalogado registros parroquiales de tres condados, señaló que las salas de "
    "lectura necesitarían estanterías nuevas para los mapas.",
    "Desde el ayuntamiento, la bibliotecaria Inés Robles defendió que la fusión era demasiado precipitada y recordó "
    "que las sucursales nunca habían cerrado una sola semana.",
    "Los sindicatos y la diputación discutieron durante meses si el servicio fusionado podía cerrar sucursales los domingos.",
    "La fusión dejó tres enseñanzas para otros condados. En primer lugar, las bibliotecas resultaron más concurridas "
    "de lo que esperaba el consejo, ya que muchos lectores venían de fuera. En segundo lugar, el archivo necesitaba "
    "una sala propia. En tercer lugar, los voluntarios pidieron turnos más claros, que el consejo redactó después.",
])


def test_a_pronoun_speaker_named_in_the_sentence_before_is_asked_by_name() -> None:
    assert ("According to the text, what did the Ravensworth Booksellers Guild argue in its complaint?",
            "That the merged library service would buy too few titles from the small shops of the town.") in _cards(LIBRARIES, "en")
    assert ("Según el texto, ¿qué argumentaba la Asociación de Libreros de Ravensworth en su queja?",
            "Que el servicio fusionado compraría muy pocos títulos a las librerías del barrio.") in _cards(BIBLIOTECAS, "es")


def test_a_pronoun_with_no_named_subject_before_it_gives_no_card() -> None:
    text = document(["Ferries", "The ferry company lodged a complaint with the board. It argued that the new timetable "
                     "would leave the island without a morning boat."])
    assert not any("argue" in front for front, _ in _cards(text, "en"))


def test_an_apposition_between_speaker_and_verb() -> None:
    assert ("According to the text, what did Daniel Okoro note?",
            "That the reading rooms would need new shelving for the map collections.") in _cards(LIBRARIES, "en")
    assert ("Según el texto, ¿qué señaló Daniel Okoro?",
            "Que las salas de lectura necesitarían estanterías nuevas para los mapas.") in _cards(BIBLIOTECAS, "es")


def test_maintained_and_defended_after_a_place_opener_and_before_a_second_claim() -> None:
    assert ("According to the text, what did the librarian Agnes Whitby maintain?",
            "That the merger was far too hasty.") in _cards(LIBRARIES, "en")
    assert ("Según el texto, ¿qué defendió la bibliotecaria Inés Robles?",
            "Que la fusión era demasiado precipitada.") in _cards(BIBLIOTECAS, "es")


def test_the_aim_they_said_is_asked_of_the_decision_before_it() -> None:
    assert ("According to the text, what was the aim of the decision to merge the three town libraries into one service?",
            "To save money on buildings and to open longer hours.") in _cards(LIBRARIES, "en")
    assert ("Según el texto, ¿cuál era el objetivo de la decisión de fusionar las tres bibliotecas del pueblo en un solo servicio?",
            "Ahorrar dinero en edificios y abrir más horas.") in _cards(BIBLIOTECAS, "es")


def test_an_indirect_question_is_what_the_sides_disputed() -> None:
    assert ("According to the text, what did the unions and the county argue over for months?",
            "Whether the merged service could close branches on Sundays.") in _cards(LIBRARIES, "en")
    assert ("Según el texto, ¿qué discutieron durante meses los sindicatos y la diputación?",
            "Si el servicio fusionado podía cerrar sucursales los domingos.") in _cards(BIBLIOTECAS, "es")


def test_a_bare_stance_group_disputing_gives_no_card() -> None:
    text = document(["Fees", "Critics argued for weeks over whether the new fees would close the small clubs of the valley."])
    assert not any("argue over" in front for front, _ in _cards(text, "en"))


def test_an_enumeration_in_prose_is_one_card_of_its_heads() -> None:
    assert ("According to the text, what three lessons did the merger leave?",
            "The libraries proved busier than the council had expected; the archive needed a room of its own; "
            "the volunteers asked for clearer rotas.") in _cards(LIBRARIES, "en")
    assert ("Según el texto, ¿qué tres enseñanzas dejó la fusión?",
            "Las bibliotecas resultaron más concurridas de lo que esperaba el consejo; el archivo necesitaba una sala "
            "propia; los voluntarios pidieron turnos más claros.") in _cards(BIBLIOTECAS, "es")


def test_an_enumeration_whose_count_does_not_match_gives_no_card() -> None:
    text = document(["Lessons", "The merger left three lessons. First, the libraries proved busier than expected. "
                     "Second, the archive needed a room of its own."])
    assert not any("lessons" in front for front, _ in _cards(text, "en"))


def test_the_second_claim_of_a_speaker_is_asked_when_the_first_quotes_him() -> None:
    hall = document(["The hall", "The caretaker Owen Hale maintained that the plan was “far too costly” and recalled that "
                     "the hall had never flooded in winter."])
    assert ("According to the text, what did the caretaker Owen Hale recall?",
            "That the hall had never flooded in winter.") in _cards(hall, "en")
    sala = document(["La sala", "El conserje Óscar Gil defendió que el plan era «demasiado caro» y recordó que la sala "
                     "nunca se había inundado en invierno."])
    assert ("Según el texto, ¿qué recordó el conserje Óscar Gil?",
            "Que la sala nunca se había inundado en invierno.") in _cards(sala, "es")


def test_an_enumeration_card_is_offered_ready_for_a_paragraph_nothing_else_covers() -> None:
    for paragraphs, code in ((LIBRARIES, "en"), (BIBLIOTECAS, "es")):
        lessons = document([paragraphs[0].text, paragraphs[-1].text])
        ready = ready_cards_by_paragraph(lessons, code, "claim")
        assert [d.item["front"] for d in ready.get(2, [])] == [
            "According to the text, what three lessons did the merger leave?" if code == "en" else "Según el texto, ¿qué tres enseñanzas dejó la fusión?"
        ]


def test_a_second_claim_of_a_bare_stance_group_or_of_a_speaker_heard_elsewhere_gives_no_card() -> None:
    fees = document(["Fees", "Critics maintained that the fees were “far too high” and recalled that the clubs had never "
                     "paid a fee before."])
    assert not any("recall" in front for front, _ in _cards(fees, "en"))
    cuotas = document(["Cuotas", "Los críticos defendieron que las cuotas eran «demasiado altas» y recordaron que los clubes "
                       "nunca habían pagado una cuota."])
    assert not any("recordaron" in front for front, _ in _cards(cuotas, "es"))
    twice = document(["Hall", "The caretaker Owen Hale maintained that the plan was “far too costly” and recalled that the "
                      "hall had never flooded in winter.", "Owen Hale also argued that the roof needed new slates before the autumn."])
    assert not any("recall" in front for front, _ in _cards(twice, "en"))


def test_a_pronoun_speaker_heard_elsewhere_is_asked_only_with_what_it_lodged() -> None:
    text = document(["Guild", "In 2021 the Ravensworth Booksellers Guild wrote to the council. It argued that the merged "
                     "service would buy too few titles from the small shops.", "The Ravensworth Booksellers Guild also "
                     "warned that two of the small shops would close within a year."])
    assert not any(front.startswith("According to the text, what did the Ravensworth Booksellers Guild argue")
                   for front, _ in _cards(text, "en"))


def test_an_adverb_between_speaker_and_verb_is_not_the_speaker_s() -> None:
    text = document(["Roof", "Owen Hale also argued that the roof needed new slates before the autumn."])
    assert ("According to the text, what did Owen Hale argue?", "That the roof needed new slates before the autumn.") in _cards(text, "en")
    texto = document(["Tejado", "Óscar Gil también advirtió que el tejado necesitaba tejas nuevas antes del otoño."])
    assert ("Según el texto, ¿qué advirtió Óscar Gil?", "Que el tejado necesitaba tejas nuevas antes del otoño.") in _cards(texto, "es")


def test_a_definite_noun_for_the_one_name_before_it_is_asked_by_that_name() -> None:
    text = document(["Guild", "In 2021 the Ravensworth Booksellers Guild wrote to the county council about the merger.",
                     "The guild argued that the merged service would buy too few titles from the small shops."])
    assert ("According to the text, what did the Ravensworth Booksellers Guild argue?",
            "That the merged service would buy too few titles from the small shops.") in _cards(text, "en")
    texto = document(["Asociación", "En 2021 la Asociación de Libreros de Ravensworth escribió al consejo del condado.",
                      "La asociación argumentaba que el servicio fusionado compraría muy pocos títulos a las librerías."])
    assert ("Según el texto, ¿qué argumentaba la Asociación de Libreros de Ravensworth?",
            "Que el servicio fusionado compraría muy pocos títulos a las librerías.") in _cards(texto, "es")
    two = document(["Guilds", "The Ravensworth Booksellers Guild and the Harnby Printers Guild wrote to the council.",
                    "The guild argued that the merged service would buy too few titles from the small shops."])
    assert not any("argue" in front for front, _ in _cards(two, "en"))
