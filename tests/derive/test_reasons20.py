"""reasons (issue 10, coverage): paragraphs that carry a total and its parts, or a cause put
before its effect, get an item of their own (texts of our own: a tram company and a slate quarry
in English, a beekeepers' cooperative and a mountain hut in Spanish).

- A sentence giving a total and its breakdown ("14 trams, namely 9 ... and 5 ...") held every
  figure back (each one the others' sum or difference): the total is asked with the breakdown
  cut from the prompt ("The company now runs ____ trams.").
- A cause put before its effect with "Due to", "Owing to", "Because of", "As a result of" («A
  causa de», «Como consecuencia de», «A raíz de») gets its why-card.
- "X explains Y" («X explica Y», «..., lo que explica Y») gets "what explains Y?".
"""
from __future__ import annotations

from quizapp.derive import derive_drafts
from tests.helpers.drafts import document, ready_by_paragraph


def _ready_numeric(lines: list[str], language: str) -> dict[int, list[tuple[str, float]]]:
    found: dict[int, list[tuple[str, float]]] = {}
    for n, drafts in ready_by_paragraph(document(lines), language).items():
        for d in drafts:
            if d.item.get("type") == "numeric":
                found.setdefault(n, []).append((str(d.item["prompt"]), float(d.item["answer"])))
    return found


TRAMS_EN = [
    "The Ashby Vale tramway",
    "The tramway of Ashby Vale opened in 1994 and carries commuters from the northern suburbs to the station.",
    "The company now runs 14 trams, namely 9 older cars and 5 low-floor cars delivered by a Swiss maker.",
    "The quarry employs 36 men, that is, 22 in the pits and 14 in the splitting sheds.",
    "The new tram depot will cost 41 million pounds in all, of which the regional fund would pay 29 million and the council 12 million.",
]
COLMENAS_ES = [
    "Los apicultores del valle de Arbás",
    "La cooperativa apícola de Arbás reúne desde 2009 a los apicultores de once pueblos del valle.",
    "La cooperativa cuenta con 28 colmenares, en concreto 18 de montaña y 10 de ribera.",
    "El refugio ofrece 46 plazas, es decir, 30 en literas y 16 en la sala de invierno.",
    "Las obras del nuevo almacén costaron 3,4 millones de euros, de los que el Gobierno regional aportó 2,2 millones y la federación 1,2 millones.",
]


def test_a_total_beside_its_parts_is_asked_without_the_parts() -> None:
    """Each total is asked, its breakdown cut from the prompt, so the paragraph has an item; no
    ready prompt shows the parts beside the asked total."""
    for lines, language, expected in (
        (TRAMS_EN, "en", {3: (14, "runs ____ trams."), 4: (36, "employs ____ men."), 5: (41, "cost ____ million pounds in all.")}),
        (COLMENAS_ES, "es", {3: (28, "con ____ colmenares."), 4: (46, "ofrece ____ plazas."), 5: (3.4, "costaron ____ millones de euros.")}),
    ):
        numeric = _ready_numeric(lines, language)
        for paragraph, (total, shown) in expected.items():
            asked = [(p, a) for p, a in numeric.get(paragraph, []) if a == total]
            assert asked, (language, paragraph, numeric)
            prompt = asked[0][0]
            assert shown in prompt, prompt
            assert not any(part in prompt for part in (" 9 ", " 22 ", " 29 ", " 18 ", " 30 ", " 2,2 ")), prompt


def test_a_breakdown_that_is_no_sum_is_not_cut() -> None:
    """"14 trams, including 3 ...": the figures after the marker do not make up the total, so no
    prompt is cut to the total alone."""
    lines = [
        "The Ashby Vale tramway",
        "The tramway of Ashby Vale opened in 1994 and carries commuters from the northern suburbs to the station.",
        "The company now runs 14 trams, namely 3 older cars and 5 low-floor cars delivered by a Swiss maker.",
    ]
    prompts = [str(d.item.get("prompt")) for d in derive_drafts(document(lines), "en") if d.item.get("type") == "numeric"]
    assert not any(p.rstrip("”").endswith("runs ____ trams.") for p in prompts), prompts


def test_a_part_beside_its_total_and_the_other_parts_is_held() -> None:
    """"14 trams, namely 9 older cars and ____ low-floor cars": 14 - 9, however small the key."""
    for lines, language in ((TRAMS_EN, "en"), (COLMENAS_ES, "es")):
        for asked in _ready_numeric(lines, language).values():
            for prompt, _answer in asked:
                assert not (" namely " in prompt or " that is, " in prompt or "en concreto" in prompt or "es decir" in prompt or "de los que" in prompt), prompt


def _ready_card_sides(lines: list[str], language: str) -> dict[int, list[tuple[str, str]]]:
    return {n: [(str(d.item["front"]), str(d.item["back"])) for d in drafts if d.kind == "card"]
            for n, drafts in ready_by_paragraph(document(lines), language).items()}


OYSTERS_EN = [
    "Oyster farming on the Colne",
    "Oyster farmers on the Colne estuary raise native oysters on beds that lie between the tide marks.",
    "Due to the rise in diesel prices, the dredging of the outer beds stopped for most of the winter.",
    "Owing to the cold water of the estuary, a native oyster takes several years to reach market size.",
    "Seepage from the old gravel pits explains the low salt content of the upper beds.",
    "The low price of imported oysters explains why several families gave up the trade.",
]
QUESOS_ES = [
    "Los queseros de la sierra",
    "Los queseros de la sierra elaboran todavía un queso de oveja curado en cuevas de piedra caliente.",
    "A causa de la sequía del verano, las ovejas dieron menos leche que en los años de lluvia.",
    "Como consecuencia de la nueva normativa sanitaria, los pastores tuvieron que reformar las queserías de la sierra.",
    "Las heladas tardías explican la escasez de pasto en las laderas altas.",
    "Los pastores dejaron de ordeñar a mano, lo que explica el aumento de la producción en las cuevas.",
]


def test_a_cause_put_before_its_effect_gets_its_why_card() -> None:
    """"Due to X, Y." / «A causa de X, Y.»: "Explain why Y." / "Due to X."."""
    for lines, language, expected in (
        (OYSTERS_EN, "en", {3: ("Explain why the dredging of the outer beds stopped", "Due to the rise in diesel prices"),
                            4: ("Explain why a native oyster takes several years", "Owing to the cold water of the estuary")}),
        (QUESOS_ES, "es", {3: ("Explica por qué las ovejas dieron menos leche", "A causa de la sequía del verano"),
                           4: ("Explica por qué los pastores tuvieron que reformar las queserías de la sierra", "Como consecuencia de la nueva normativa")}),
    ):
        cards = _ready_card_sides(lines, language)
        for paragraph, (front, back) in expected.items():
            assert any(f.startswith(front) and b.startswith(back) for f, b in cards.get(paragraph, [])), (language, paragraph, cards)


def test_what_explains_a_thing_is_asked() -> None:
    """"Seepage from the old gravel pits explains the low salt content of the upper beds." -> "According to the
    text, what explains the low salt content of the upper beds?" / "Heavy autumn rains."; «...,
    lo que explica el aumento de ...» -> «Según el texto, ¿qué explica el aumento de ...?»."""
    for lines, language, expected in (
        (OYSTERS_EN, "en", {5: ("what explains the low salt content of the upper beds?", "Seepage from the old gravel pits"),
                            6: ("what explains why several families gave up the trade?", "The low price of imported oysters")}),
        (QUESOS_ES, "es", {5: ("¿qué explica la escasez de pasto en las laderas altas?", "Las heladas tardías"),
                           6: ("¿qué explica el aumento de la producción en las cuevas?", "Los pastores dejaron de ordeñar a mano")}),
    ):
        cards = _ready_card_sides(lines, language)
        for paragraph, (front, back) in expected.items():
            assert any(f.endswith(front) and b.startswith(back) for f, b in cards.get(paragraph, [])), (language, paragraph, cards)


def test_a_person_explaining_is_no_cause() -> None:
    """"The warden explains the rules of the hut to every group." is no cause: no "what explains"."""
    for lines, language in (
        (["The hut on Black Crag", "The hut on Black Crag was rebuilt in 2019 by the climbing club of Kendal.",
          "The warden explains the rules of the hut to every group that arrives."], "en"),
        (["El refugio de Peña Lusera", "El refugio de Peña Lusera reabrió en 2022 tras tres años de obras.",
          "La guarda Inés Carbajo explica las normas del refugio a cada grupo que llega."], "es"),
    ):
        fronts = [str(d.item.get("front")) for d in derive_drafts(document(lines), language) if d.kind == "card"]
        assert not any("what explains" in f or "qué explica" in f for f in fronts), fronts


def test_what_a_thing_depends_on_is_asked_through_a_colon() -> None:
    """"The growers' success depends on two conditions: clean water ... and a steady supply of
    young oysters, known as spat, from the hatchery." (an item holding an apposition: no list
    card) -> "According to the text, what does the growers' success depend on?" / the two."""
    for lines, language, front, back in (
        (["Oyster farming on the Colne", "Oyster farmers on the Colne estuary raise native oysters on beds that lie between the tide marks.",
          "The growers' success depends on two conditions: clean water free of sewage and a steady supply of young oysters, known as spat, from the hatchery."],
         "en", "what does the growers' success depend on?", "Clean water free of sewage and a steady supply of young oysters"),
        (["Los queseros de la sierra", "Los queseros de la sierra elaboran todavía un queso de oveja curado en cuevas de piedra caliente.",
          "El futuro de las queserías depende de dos condiciones: un relevo de pastores jóvenes y un precio justo, fijado cada año, para la leche de oveja."],
         "es", "¿de qué depende el futuro de las queserías?", "Un relevo de pastores jóvenes y un precio justo"),
    ):
        cards = _ready_card_sides(lines, language)
        assert any(f.endswith(front) and b.startswith(back) for f, b in cards.get(3, [])), (language, cards)


def test_a_requirement_for_a_purpose_gets_its_card() -> None:
    """"To spend the night in the hut, climbers must book ahead and bring a sleeping bag." ->
    "According to the text, what must climbers do to spend the night in the hut?" / "Book ahead
    and bring a sleeping bag."; "have" asks what they must have («tener»: «¿qué debe tener ...?»)."""
    for lines, language, expected in (
        (["The Black Crag hut", "The Black Crag hut was rebuilt by the climbing club of Kendal after a winter storm.",
          "To spend the night in the hut, climbers must book ahead and bring a sleeping bag.",
          "To receive the grant, each apiary must have at least twenty hives and an up-to-date health register."],
         "en", {3: ("what must climbers do to spend the night in the hut?", "Book ahead and bring a sleeping bag."),
                4: ("what must each apiary have to receive the grant?", "At least twenty hives and an up-to-date health register.")}),
        (["El refugio de la Peña Negra", "El refugio de la Peña Negra fue reconstruido por el club de montaña de Riaño tras una tormenta.",
          "Para pasar la noche en el refugio, los montañeros deben reservar con antelación y llevar saco de dormir.",
          "Para recibir la ayuda provincial, cada colmenar debe tener al menos veinte colmenas y un registro sanitario al día."],
         "es", {3: ("¿qué deben hacer los montañeros para pasar la noche en el refugio?", "Reservar con antelación y llevar saco de dormir."),
                4: ("¿qué debe tener cada colmenar para recibir la ayuda provincial?", "Al menos veinte colmenas y un registro sanitario al día.")}),
    ):
        cards = _ready_card_sides(lines, language)
        for paragraph, (front, back) in expected.items():
            assert (front, back) in [(f[-len(front):], b) for f, b in cards.get(paragraph, [])], (language, paragraph, cards)


def test_the_total_alone_explains_with_the_whole_sentence() -> None:
    """The explanation quotes the paragraph's sentence as written, its parts too."""
    for d in ready_by_paragraph(document(TRAMS_EN), "en")[3]:
        if d.item.get("type") == "numeric" and d.item["answer"] == 14:
            assert "namely 9 older cars and 5 low-floor cars" in d.item["explanation"], d.item


def test_a_counted_list_the_list_card_asks_gets_no_second_card() -> None:
    """«depende de tres cosas: A, B y C»: the list's card asks the three; no «¿de qué depende ...?»
    card repeats them."""
    lines = ["La marca", "La cooperativa apícola de Arbás vende su miel con la marca Flor de Arbás desde 2009.",
             "El futuro de la marca depende de tres cosas: un relevo de apicultores jóvenes, un precio justo para la miel y la protección del nombre."]
    fronts = [f for f, _b in _ready_card_sides(lines, "es").get(3, [])]
    assert len(fronts) == 1 and "enumera" in fronts[0], fronts
