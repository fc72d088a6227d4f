"""What someone concluded (issue 10, coverage, brief cover8): an assessment or conclusion
paragraph ("X argued that ...", «Los técnicos concluyeron que ...») whose only other facts are
held back, or that has none, gets a card asking what the named person, body or group said:
"According to the text, what did X conclude?" / "That <the claim>." Our own small texts (an
orchard's hedgerows; a village's irrigation channel), written for these tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from tests.helpers.drafts import ready_cards_by_paragraph
from quizapp.derive.claims import ClaimDrafter
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for

HEDGES = [
    Paragraph(1, "Hedgerows around the old orchards", is_heading=True),
    Paragraph(2, "In 1962 the Ashcombe growers pulled out most of the hawthorn hedges between their orchards to make "
                 "room for wider tractors, and by 1975 only four kilometres of hedge were left."),
    Paragraph(3, "A survey by the Ashcombe Field Society found that orchards next to a surviving hedge lost fewer "
                 "blossoms to late frost than the open rows nearby."),
    Paragraph(4, "The county ecologists argued that the hedges sheltered the hoverflies and wasps that keep aphids in "
                 "check during the summer."),
    Paragraph(5, "They said that it was too late to replant."),
    Paragraph(6, "The growers' union has since paid for new hedges along the lanes, and the first were planted in 2004."),
]

ACEQUIA = [
    Paragraph(1, "La acequia de Valdecanto", is_heading=True),
    Paragraph(2, "La acequia de Valdecanto se excavó en 1760 para llevar agua del río Alberche a las huertas del "
                 "pueblo, a lo largo de unos nueve kilómetros."),
    Paragraph(3, "Los técnicos de la comunidad de regantes concluyeron que las filtraciones del cauce de tierra "
                 "devolvían al acuífero buena parte del agua que no llegaba a las huertas."),
    Paragraph(4, "Los vecinos más mayores insisten en que el agua corría más limpia antes de que se cubriera el "
                 "canal con hormigón."),
    Paragraph(5, "Ellos dijeron que eso no se podía medir."),
]


def _builder(paragraphs: list[Paragraph], code: str) -> Builder:
    return Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))


def _ready_claims(paragraphs: list[Paragraph], code: str) -> dict[int, list[Draft]]:
    return ready_cards_by_paragraph(paragraphs, code, "claim")


def test_english_claim_cards_ask_what_the_named_speaker_said() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in ClaimDrafter(_builder(HEDGES, "en")).candidates()}
    assert ("According to the text, what did the county ecologists argue?",
            "That the hedges sheltered the hoverflies and wasps that keep aphids in check during the summer.") in cards
    assert ("According to the text, what did a survey by the Ashcombe Field Society find?",
            "That orchards next to a surviving hedge lost fewer blossoms to late frost than the open rows nearby.") in cards
    # "They" names nobody, and "it" points to another sentence: no card.
    assert not any("they" in front.lower().split() or "it was" in back for front, back in cards)


def test_spanish_claim_cards_keep_the_verb_and_its_preposition() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in ClaimDrafter(_builder(ACEQUIA, "es")).candidates()}
    assert ("Según el texto, ¿qué concluyeron los técnicos de la comunidad de regantes?",
            "Que las filtraciones del cauce de tierra devolvían al acuífero buena parte del agua que no llegaba a las huertas.") in cards
    assert ("Según el texto, ¿en qué insisten los vecinos más mayores?",
            "En que el agua corría más limpia antes de que se cubriera el canal con hormigón.") in cards
    assert not any("ellos" in front.lower() for front, _ in cards)


def test_an_assessment_paragraph_with_nothing_else_to_ask_gets_its_claim_card() -> None:
    en = _ready_claims(HEDGES, "en")
    assert [c.item["front"] for c in en.get(4, [])] == ["According to the text, what did the county ecologists argue?"]
    es = _ready_claims(ACEQUIA, "es")
    assert [c.item["front"] for c in es.get(4, [])] == ["Según el texto, ¿en qué insisten los vecinos más mayores?"]


def test_a_paragraph_with_a_ready_fact_keeps_its_fact_and_no_claim_card() -> None:
    drafts = derive_drafts(HEDGES, "en")
    ready = [d for d in drafts if d.ready and d.paragraph == 2]
    assert ready and not any("claim" in d.item.get("tags", []) for d in ready)


CHAPEL = [
    Paragraph(1, "La ermita del cerro", is_heading=True),
    Paragraph(2, "La ermita de San Bartolo se levantó en 1712 sobre un cerro a tres kilómetros del pueblo."),
    Paragraph(3, "Una tradición muy antigua afirma que los canteros enterraron una campana de bronce bajo el altar "
                 "para proteger el valle de las tormentas de granizo."),
    Paragraph(4, "El ministro dijo que la obra se terminaría antes del invierno."),
]

TOLL = [
    Paragraph(1, "The toll road over Carrow Moor", is_heading=True),
    Paragraph(2, "The turnpike trust opened the road over Carrow Moor in 1791 and charged drovers by the head of cattle."),
    Paragraph(3, "Opponents of the turnpike argued that the charges drove the cattle trade onto the older green lanes across the hills."),
]


def test_a_claim_card_may_name_its_speaker_by_a_description_of_two_words_or_more() -> None:
    cards = {(c.item["front"], c.item["back"]) for c in ClaimDrafter(_builder(CHAPEL, "es")).candidates()}
    assert ("Según el texto, ¿qué afirma una tradición muy antigua?",
            "Que los canteros enterraron una campana de bronce bajo el altar para proteger el valle de las tormentas de granizo.") in cards
    # "El ministro" alone may be anyone the text names elsewhere: no card.
    assert not any("ministro" in front for front, _ in cards)


def test_a_group_opening_its_sentence_is_written_in_lower_case_in_the_front() -> None:
    fronts = {c.item["front"] for c in ClaimDrafter(_builder(TOLL, "en")).candidates()}
    assert fronts == {"According to the text, what did opponents of the turnpike argue?"}


FERRY = [
    Paragraph(1, "The chain ferry at Brinsford", is_heading=True),
    Paragraph(2, "The chain ferry has crossed the estuary at Brinsford since 1896, pulled by two chains laid on the riverbed."),
    Paragraph(3, "According to the harbour pilots, the chains wear fastest where the tide scours the gravel bar in midstream."),
    Paragraph(4, "According to some, it should close."),
]

MOLINO = [
    Paragraph(1, "El molino de mareas de Arenal", is_heading=True),
    Paragraph(2, "El molino de mareas de Arenal molió trigo entre 1750 y 1921 con el agua que la marea dejaba en su presa."),
    Paragraph(3, "Según los guardas del parque, el número de visitantes se ha duplicado desde que se abrió la pasarela de madera."),
    Paragraph(4, "Según ellos, eso no basta."),
]


def test_a_sentence_opening_on_according_to_gives_a_claim_card() -> None:
    en = {(c.item["front"], c.item["back"]) for c in ClaimDrafter(_builder(FERRY, "en")).candidates()}
    assert en == {("According to the text, what do the harbour pilots say?",
                   "The chains wear fastest where the tide scours the gravel bar in midstream.")}
    es = {(c.item["front"], c.item["back"]) for c in ClaimDrafter(_builder(MOLINO, "es")).candidates()}
    assert es == {("Según el texto, ¿qué dicen los guardas del parque?",
                   "El número de visitantes se ha duplicado desde que se abrió la pasarela de madera.")}
    assert [c.item["front"] for c in _ready_claims(MOLINO, "es").get(3, [])] == ["Según el texto, ¿qué dicen los guardas del parque?"]


TRIAL = [
    Paragraph(1, "Salt on winter roads", is_heading=True),
    Paragraph(2, "The county spread 4,000 tonnes of rock salt on its roads in the winter of 2009."),
    Paragraph(3, "A trial on the Harnby bypass showed that brine sprayed before a frost kept the surface clear with a "
                 "third of the salt."),
    Paragraph(4, "Los ensayos del laboratorio demostraron que la salmuera caliente se adhiere mejor al asfalto que la sal seca."),
    Paragraph(5, "The case showed that nobody was in charge."),
]


def test_a_study_or_trial_that_showed_something_gives_a_claim_card() -> None:
    en = {(c.item["front"], c.item["back"]) for c in ClaimDrafter(_builder(TRIAL[:4], "en")).candidates()}
    assert ("According to the text, what did a trial on the Harnby bypass show?",
            "That brine sprayed before a frost kept the surface clear with a third of the salt.") in en
    es = {(c.item["front"], c.item["back"]) for c in ClaimDrafter(_builder(TRIAL[3:5], "es")).candidates()}
    assert ("Según el texto, ¿qué demostraron los ensayos del laboratorio?",
            "Que la salmuera caliente se adhiere mejor al asfalto que la sal seca.") in es
    # "The case" alone says not which: no card.
    assert not any("case" in front for front, _ in {(c.item["front"], c.item["back"]) for c in ClaimDrafter(_builder(TRIAL[4:], "en")).candidates()})
