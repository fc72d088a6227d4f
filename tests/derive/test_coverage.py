"""Explanatory paragraphs left with no item (issue 10, brief full-coverage). Fresh reviews of
unseen documents found about 40 % of content paragraphs with no acceptable item, the worst being
explanatory ones with few names and figures. Two shapes that state a cause or a condition gave
no card at all:

- a habitual condition in the past, as a craft or a bygone practice is told («Si se abría una
  grieta, el aire entraba ...», "If the mound cracked, the air got in ..."): the Spanish
  imperfect indicative was read as a condition contrary to fact, and an English "if" in the past
  had no front. Asked "what happened if", «¿qué ocurría si ...?»; a condition contrary to fact
  («Si hubiera llovido, ... habría ...», «Si tuviera ...», "If ... had ..., ... would"), and a
  condition on whether something is true ("If the report was accurate, ...", «Si el informe era
  exacto, ...»), stay without a card;
- a why-sentence opened by a season or a time of day with no comma ("In summer a valley glacier
  moves faster ... because ...", «En verano el glaciar avanza ... porque ...»): the front could
  not place the opener, and no why-card was drafted.

Our own small texts (a kiln, a cheese cellar, a salt marsh, an ice field), written for these
tests. Each card must stand alone, read grammatically, and its back be what the sentence says.
"""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from quizapp.derive.causes import CAUSE_HOLD
from tests.helpers.drafts import ready_card_sides_by_paragraph


def _doc(*texts: str) -> list[Paragraph]:
    return [Paragraph(1, texts[0], is_heading=True), *(Paragraph(n, t) for n, t in enumerate(texts[1:], start=2))]


HORNO = _doc(
    "El horno de cal",
    "Los caleros del valle cargaban el horno con piedra caliza y leña de encina durante toda una semana.",
    "El fuego duraba varios días y alguien lo vigilaba sin descanso. Si la leña estaba húmeda, el humo "
    "salía negro y la piedra se cocía mal, así que el calero tenía que retirarla.",
    "Si el horno hubiera sido más grande, el fuego habría durado el doble.",
    "Si la piedra era blanda, el horno daría una cal más pobre y quebradiza.",
    "Si el informe era exacto, el pueblo vendía la cal por debajo de su precio.",
)

KILN = _doc(
    "The lime kiln",
    "The burners of the valley loaded the kiln with limestone and oak wood for a whole week.",
    "The fire lasted several days and someone watched it day and night. If the wood was damp, the smoke "
    "came out black and the stone burned unevenly.",
    "If the kiln had been larger, the fire would have lasted twice as long.",
    "If the report was accurate, the village sold its lime below the market price.",
)

CAMPO = _doc(
    "El campo de hielo",
    "El campo de hielo de la sierra cubre unos cuarenta kilómetros cuadrados de roca pelada.",
    "Su borde norte se mueve despacio. En verano la lengua del glaciar avanza tres veces más deprisa que en "
    "invierno porque el agua del deshielo llega hasta la roca del fondo.",
)

FIELD = _doc(
    "The ice field",
    "The ice field of the range covers some forty square kilometres of bare rock.",
    "Its northern edge moves slowly. In summer the tongue of the glacier advances three times faster than in "
    "winter because meltwater reaches the rock beneath it.",
)


def test_a_habitual_condition_in_the_imperfect_is_asked_es() -> None:
    cards = ready_card_sides_by_paragraph(HORNO, "es")
    assert ("Según el texto, ¿qué ocurría si la leña estaba húmeda?",
            "El humo salía negro y la piedra se cocía mal, así que el calero tenía que retirarla.") in cards.get(3, [])


def test_a_condition_contrary_to_fact_gets_no_card_es() -> None:
    # a past subjunctive, a conditional («daría»), a condition on what is true («era exacto»)
    cards = ready_card_sides_by_paragraph(HORNO, "es")
    assert not [f for n in (4, 5, 6) for f, _ in cards.get(n, []) if "ocurr" in f]


def test_a_habitual_condition_in_the_past_is_asked_en() -> None:
    cards = ready_card_sides_by_paragraph(KILN, "en")
    assert ("According to the text, what happened if the wood was damp?",
            "The smoke came out black and the stone burned unevenly.") in cards.get(3, [])


def test_a_condition_contrary_to_fact_gets_no_card_en() -> None:
    cards = ready_card_sides_by_paragraph(KILN, "en")
    assert not [f for n in (4, 5) for f, _ in cards.get(n, []) if "happen" in f]


def test_a_why_sentence_opened_by_a_season_gets_a_why_card_es() -> None:
    # (the paragraph's gap on «deshielo» is ready here: the why-card is drafted, held only as the
    # fallback it is for a paragraph no other ready draft covers)
    cards = [d for d in derive_drafts(CAMPO, "es") if d.kind == "card" and d.paragraph == 3]
    assert [(d.item["front"], d.item["back"]) for d in cards] == [(
        "Explica por qué en verano la lengua del glaciar avanza tres veces más deprisa que en invierno.",
        "Porque el agua del deshielo llega hasta la roca del fondo.")]
    assert all(p.startswith(CAUSE_HOLD) for p in cards[0].problems)


def test_a_why_sentence_opened_by_a_season_gets_a_why_card_en() -> None:
    cards = ready_card_sides_by_paragraph(FIELD, "en")
    assert cards.get(3) == [("Explain why in summer the tongue of the glacier advances three times faster than in winter.",
                             "Because meltwater reaches the rock beneath it.")]


# The weather's "it" ("If it rained during the harvest, ...") names no thing of another sentence:
# the condition reads on its own, and so does the sentence a "That is why" takes up.
MILL = _doc(
    "The tide mill",
    "The tide mill stood at the mouth of the creek and ground the corn of three parishes.",
    "If it froze during the night, the pond skinned over and the wheel stood still until noon.",
    "The miller kept a fire in the wheel house. If it snowed in the hills, the creek ran high for a week. "
    "That is why the sluice gate was raised every winter.",
)

MOLINO = _doc(
    "El molino de marea",
    "El molino de marea estaba en la boca del estero y molía el grano de tres parroquias.",
    "Si helaba durante la noche, el estanque se cubría de hielo y la rueda se quedaba parada hasta mediodía.",
)


def test_a_condition_on_the_weather_is_asked_en() -> None:
    cards = ready_card_sides_by_paragraph(MILL, "en")
    assert cards.get(3) == [("According to the text, what happened if it froze during the night?",
                             "The pond skinned over and the wheel stood still until noon.")]


def test_a_result_of_the_weather_is_explained_en() -> None:
    drafts = [d for d in derive_drafts(MILL, "en") if d.kind == "card" and d.paragraph == 4]
    fronts = {d.item["front"]: d.item["back"] for d in drafts}
    assert fronts.get("Explain why the sluice gate was raised every winter.") == "If it snowed in the hills, the creek ran high for a week."


def test_a_condition_on_the_weather_is_asked_es() -> None:
    cards = ready_card_sides_by_paragraph(MOLINO, "es")
    assert cards.get(3) == [("Según el texto, ¿qué ocurría si helaba durante la noche?",
                             "El estanque se cubría de hielo y la rueda se quedaba parada hasta mediodía.")]


def test_a_why_card_backed_by_a_condition_card_s_sentence_is_not_offered_beside_it() -> None:
    # "what happened if it snowed in the hills?" and "Explain why the sluice gate was raised ...",
    # backed by the whole of the first sentence: the same fact studied twice, one card is enough
    cards = ready_card_sides_by_paragraph(MILL, "en").get(4, [])
    assert len(cards) == 1
    assert cards[0][1] in ("The creek ran high for a week.", "If it snowed in the hills, the creek ran high for a week.")
