"""Both sides of a dispute and what officials called a deal (issue 10, brief claims2): a claim
card for

- a side's reply in the present ("Supporters reply that ...", «Los partidarios responden/replican
  que ...»), beside the other side's present perfect ("Critics have noted that ...", «han señalado»);
- a claim whose pronoun stands for the thing the speaker's own phrase names ("Supporters of the
  2019 agreement argue that it proved ...", «... del acuerdo de 2019 sostienen que sin él ...»):
  the front names it; a pronoun the front does not name is held;
- a description of a thing by a group ("Council officials at the time described the deal as the
  best available result, pointing out that ...": "how did council officials describe the deal?",
  "As the best available result"; «calificaron el acuerdo de ...», «presentaron el fallo como ...»);
- a Spanish group with its article and a second group coordinated with it («Los dirigentes
  sindicales y parte de la prensa local recordaron que ...»).

Never a speaker that is only "they"/"some", nor a claim leaning on another sentence. The first
text is the integrator's probe (briefs/s13b/t-en.md); the others are ours, written for these tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph
from quizapp.derive.claims import ClaimDrafter
from quizapp.derive.discourse_fronts import unnamed_referent_front
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for
from tests.helpers.drafts import document, ready_cards_by_paragraph


def _cards(paragraphs: list[Paragraph], code: str) -> set[tuple[str, str]]:
    builder = Builder(read_facts([(p.number, p.text) for p in paragraphs if not p.is_heading], language_for(code)))
    return {(c.item["front"], c.item["back"]) for c in ClaimDrafter(builder).candidates() if c.kind == "card"}


FERRY = document([
    "The Lake Ferry Dispute",
    "In 2015 the Forest Council suspended the timber certificates it had granted to several sawmills on the lake, including "
    "Swedish and Finnish ones, because no agreed felling plan covered the whole forest. That meant mills which had kept "
    "within their own limits lost a valuable label through no fault of their own.",
    "Critics have noted that the delays of 2016 to 2019 slowed the crossing work and that the fixed timetable restricts "
    "which routes are possible. Supporters reply that the new ferry delivered a large deck at a small cost and built "
    "skills that later helped the town win the bridge contract.",
    "Supporters of the 2019 agreement argue that it proved local bargaining can work when engineers are allowed to shape "
    "the plan. Council officials at the time described the deal as the best available result, pointing out that without "
    "it the ferry would have stayed idle.",
])

# Ours: a town's covered market (es) and a county's orchard grants (en).
MERCADO = document([
    "El mercado de abastos",
    "Los críticos han señalado que las obras de 2018 a 2020 cerraron la mitad de los puestos. Los partidarios responden "
    "que el nuevo mercado ofreció más espacio a menor coste y formó a los comerciantes en la venta por internet.",
    "Los partidarios del convenio de 2021 sostienen que sin él la plaza nunca habría recuperado a los compradores del barrio.",
    "Los concejales de la época calificaron el acuerdo de victoria para los pequeños comercios, señalando que sin él "
    "el mercado habría cerrado. Los vendedores presentaron el fallo como una derrota de los pequeños puestos.",
    "Los dirigentes sindicales y parte de la prensa local recordaron que el alcalde había prometido una reforma completa "
    "y que el presupuesto final no incluía ningún puesto nuevo.",
    "Los vecinos replican que el horario de tarde ha vaciado los pasillos del mercado.",
])

ORCHARD = document([
    "The orchard grants",
    "Growers have noted that the frosts of 2021 ruined half the blossom. Supporters respond that the new scheme paid for "
    "the frost fans at a modest cost and trained pickers for the cider mill.",
    "Defenders of the grant scheme argue that it kept the small orchards in business through two bad harvests.",
    "County planners at the time described the scheme as the cheapest way to save the orchards, arguing that without it "
    "the valley would have lost its mills.",
    "Supporters of the growers argue that it was a mistake to close the mill. Some argue that it saved the valley.",
    "Friends of the mayor argue that it cost the county a fortune.",
    "They reply that the scheme cost the county nothing.",
])


def test_probe_a_reply_a_pronoun_named_in_the_front_and_a_description() -> None:
    cards = _cards(FERRY, "en")
    # "critics", "supporters" of what? Neither sentence nor the one before says (brief context): no card.
    assert not any(front.endswith(("what have critics noted?", "what do supporters reply?")) for front, _ in cards)
    assert ("According to the text, what do supporters of the 2019 agreement argue?",
            "That it proved local bargaining can work when engineers are allowed to shape the plan.") in cards
    assert ("According to the text, how did council officials describe the deal?", "As the best available result.") in cards


def test_own_english_reply_pronoun_and_description() -> None:
    cards = _cards(ORCHARD, "en")
    assert not any(front.endswith("what do supporters respond?") for front, _ in cards)  # of what? (brief context)
    assert ("According to the text, what do defenders of the grant scheme argue?",
            "That it kept the small orchards in business through two bad harvests.") in cards
    assert ("According to the text, how did county planners describe the scheme?", "As the cheapest way to save the orchards.") in cards


def test_a_pronoun_the_front_does_not_name_and_a_bare_speaker_give_no_card() -> None:
    backs = {back for _, back in _cards(ORCHARD, "en")}
    # "the growers" are people: "it" stands for something of another sentence
    assert "That it was a mistake to close the mill." not in backs
    assert "That it saved the valley." not in backs  # "Some" alone: who?
    assert "That it cost the county a fortune." not in backs  # "it" is never "the mayor"
    assert "That the scheme cost the county nothing." not in backs  # "They"


def test_own_spanish_reply_pronoun_description_and_group_with_article() -> None:
    cards = _cards(MERCADO, "es")
    # «los críticos», «los partidarios» ¿de qué? Ni su frase ni la anterior lo dicen (brief context): sin tarjeta.
    assert not any(front.endswith(("¿qué han señalado los críticos?", "¿qué responden los partidarios?")) for front, _ in cards)
    assert ("Según el texto, ¿qué sostienen los partidarios del convenio de 2021?",
            "Que sin él la plaza nunca habría recuperado a los compradores del barrio.") in cards
    assert ("Según el texto, ¿cómo calificaron los concejales el acuerdo?", "De victoria para los pequeños comercios.") in cards
    assert ("Según el texto, ¿cómo presentaron los vendedores el fallo?", "Como una derrota de los pequeños puestos.") in cards
    assert ("Según el texto, ¿qué recordaron los dirigentes sindicales y parte de la prensa local?",
            "Que el alcalde había prometido una reforma completa y que el presupuesto final no incluía ningún puesto nuevo.") in cards
    # «replican» ¿a qué? The paragraph before asks nothing they answer (brief fronts4): no card.
    assert not any(front.endswith("¿qué replican los vecinos?") for front, _ in cards)


def test_spanish_pronoun_of_another_gender_or_sentence_gives_no_card() -> None:
    paragraphs = document([
        "La lonja",
        "El puerto cerró la lonja vieja en 2019. Los defensores de la cofradía sostienen que sin él la flota habría desaparecido.",
        "Algunos responden que sin ella el puerto no tendría compradores.",
    ])
    backs = {back for _, back in _cards(paragraphs, "es")}
    assert "Que sin él la flota habría desaparecido." not in backs  # «él» is not «la cofradía»
    assert "Que sin ella el puerto no tendría compradores." not in backs


def test_a_group_calling_a_thing_something_is_asked_what_it_called_it() -> None:
    paragraphs = document([
        "The dairy levy",
        "Critics called the levy a tax on small farms, pointing out that the large herds paid less per litre.",
        "Officials called the meeting a week before the vote on the levy.",
    ])
    cards = _cards(paragraphs, "en")
    assert ("According to the text, what did critics call the levy?", "A tax on small farms.") in cards
    assert not any("meeting" in front for front, _ in cards)  # "called a meeting": convened


def test_the_probe_s_two_dispute_paragraphs_are_offered_a_ready_claim_card() -> None:
    ready = ready_cards_by_paragraph(FERRY, "en", "claim")
    # paragraph 3's "critics" and "supporters" name no object (brief context): no claim card
    assert {d.item["front"] for d in ready.get(3, [])} == set()
    # the year says which agreement: the front check no longer holds it as "the agreement"
    assert {d.item["front"] for d in ready.get(4, [])} == {"According to the text, what do supporters of the 2019 agreement argue?"}


def test_a_year_before_the_noun_says_which_in_a_card_front() -> None:
    # "the 2019 agreement" says which; "the agreement" alone is an earlier sentence's
    for front, held in (("According to the text, what do supporters of the 2019 agreement argue?", False),
                        ("According to the text, what do supporters of the agreement argue?", True),
                        ("Según el texto, ¿qué sostienen los partidarios del convenio de 2021?", False)):
        draft = Draft("p2-c", "card", {"front": front, "back": "That it proved local bargaining can work.", "source": [2]}, 2, None, 1.0)
        lang = language_for("es" if front.startswith("Según") else "en")
        assert bool(unnamed_referent_front(draft, lang)) is held, front
