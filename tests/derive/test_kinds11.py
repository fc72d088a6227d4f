"""Failure kinds fresh reviews found in flashcards, accept lists and numeric gaps (kinds11,
reviews 16, 17 and an unseen pair described in words), each on texts of our own about other
subjects, in English and Spanish."""

from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.giveaways import problems
from quizapp.derive.place_short_forms import accept_place_short_forms
from quizapp.derive.vague_cards import praised_class, vague_definition
from quizapp.languages import language_for


def _cards(paragraphs: list[Paragraph], language: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, language) if d.kind == "card"]


FLIGHT_EN = [
    Paragraph(1, "Flight limits", is_heading=True),
    Paragraph(2, "Every wing has limits that pilots learn early. The stall speed is a characteristic of the aircraft itself, "
                 "measured by the manufacturer, and represents the lowest speed at which the wing still gives enough lift to hold "
                 "level flight. The load factor is the ratio of the lift on the wing to the weight of the aircraft. Pilots keep "
                 "well above the stall speed on the approach to land."),
    Paragraph(3, "Sectility is a property of a mineral that measures how cleanly its surface can be cut with a knife. Geologists test it "
                 "in the field with a steel nail and a piece of glass."),
]
FLIGHT_ES = [
    Paragraph(1, "Límites del vuelo", is_heading=True),
    Paragraph(2, "Toda ala tiene límites que los pilotos aprenden pronto. La velocidad de pérdida es una característica del propio "
                 "avión, medida por el fabricante, y representa la velocidad mínima a la que el ala aún da sustentación suficiente "
                 "para mantener el vuelo nivelado. El factor de carga es el cociente entre la sustentación del ala y el peso del "
                 "avión. Los pilotos vuelan muy por encima de esa velocidad al aterrizar."),
    Paragraph(3, "La sectilidad es una propiedad de un mineral que mide cuán limpiamente se corta su superficie con una navaja. Los geólogos la "
                 "comprueban en el campo con un clavo de acero y un trozo de vidrio."),
]


def test_a_definition_card_whose_back_only_names_a_generic_class_and_an_owner_is_held_back() -> None:
    """Review 17: "NPSH required" -> "a characteristic of the pump itself, measured by the
    manufacturer": the back names a class every sibling shares (a characteristic of the pump) and
    nothing that says which one; it fits any pump characteristic. A back whose class is narrowed
    by what it is for or does ("a property ... that measures how ...") keeps its card."""
    for paragraphs, language, vague, fair in (
        (FLIGHT_EN, "en", "characteristic", "property of a mineral"),
        (FLIGHT_ES, "es", "característica", "propiedad de un mineral"),
    ):
        cards = _cards(paragraphs, language)
        vague_cards = [d for d in cards if vague in str(d.item["back"]).lower()]
        assert vague_cards, [d.item for d in cards]
        assert all(d.problems for d in vague_cards), [(d.item, d.problems) for d in vague_cards]
        fair_cards = [d for d in cards if fair in str(d.item["back"]).lower()]
        assert fair_cards and any(not d.problems for d in fair_cards), [(d.item, d.problems) for d in fair_cards]
        assert any(not d.problems and ("load factor" in str(d.item).lower() or "factor de carga" in str(d.item).lower()) for d in cards)


HARBOUR_EN = [
    Paragraph(1, "The harbour of Porthkennack", is_heading=True),
    Paragraph(2, "Porthkennack is a fishing town on the north coast of Cornwall, known for its pilchard boats and its slate-roofed cottages."),
    Paragraph(3, "The harbour trust wanted a wall that would hold in the winter storms. The first plan was drawn in 1821 by a young "
                 "surveyor from Truro, Thomas Pellow. The celebrated civil engineer Hugh Marrow, engaged by the trust as a consultant, "
                 "reviewed the plan and moved the entrance to the east, away from the swell."),
    Paragraph(4, "Work began in 1823 and took six years. The masons cut the granite at a quarry near Penryn and brought it by sea."),
]
HARBOUR_ES = [
    Paragraph(1, "El puerto de Candás", is_heading=True),
    Paragraph(2, "Candás es una villa marinera de la costa asturiana, con una larga tradición de pesca de bonito y una conservera que aún funciona."),
    Paragraph(3, "La junta del puerto quería un dique que aguantara los temporales del invierno. El primer proyecto lo trazó en 1881 un "
                 "joven delineante de Oviedo, Tomás Peláez. El prestigioso arquitecto Julián Ortega, contratado por la junta como asesor, "
                 "revisó el proyecto y trasladó la bocana al este, lejos del oleaje."),
    Paragraph(4, "Las obras empezaron en 1883 y duraron seis años. Los canteros cortaban la piedra en una cantera cerca de Luanco y la traían por mar."),
]


def test_a_who_was_this_card_whose_back_is_praise_and_a_class_is_held_back() -> None:
    """The unseen pair's review: "Celebrated civil engineer" for a consulting engineer the text
    says reviewed and changed the design. Praise and a class ("famous architect", "prestigioso
    arquitecto") say nothing of this person's part in the story; many people of the kind fit."""
    for paragraphs, language, person in ((HARBOUR_EN, "en", "Hugh Marrow"), (HARBOUR_ES, "es", "Julián Ortega")):
        cards = [d for d in _cards(paragraphs, language) if person in str(d.item["front"])]
        assert cards, [d.item for d in _cards(paragraphs, language)]
        assert all(d.problems for d in cards), [(d.item, d.problems) for d in cards]


GROUND_EN = [
    Paragraph(1, "Cold ground", is_heading=True),
    Paragraph(2, "Frozen ground: permafrost", is_heading=True),
    Paragraph(3, "Permafrost refers to ground that has stayed frozen for at least two years in a row. It covers about a quarter of "
                 "the land in the northern hemisphere, from Siberia to northern Canada."),
    Paragraph(4, "Shapes of the coast: the littoral", is_heading=True),
    Paragraph(5, "The littoral is the set of shapes along the coast, from cliffs to spits and bars. Waves and tides keep changing "
                 "it, year after year."),
    Paragraph(6, "What moves each year", is_heading=True),
    Paragraph(7, "The active layer refers to the top of the soil that thaws every summer and freezes again in autumn. Roads built "
                 "on it crack as it moves."),
]
GROUND_ES = [
    Paragraph(1, "Costas y suelos", is_heading=True),
    Paragraph(2, "Formas de costa: el litoral", is_heading=True),
    Paragraph(3, "El litoral es el conjunto de formas de la costa, desde los acantilados hasta las flechas y las barras. Las olas y "
                 "las mareas lo cambian año tras año."),
    Paragraph(4, "Lo que se mueve cada año", is_heading=True),
    Paragraph(5, "La capa activa es la parte del suelo que se deshiela cada verano y vuelve a helarse en otoño. Las carreteras "
                 "construidas encima se agrietan cuando se mueve."),
]


def test_a_definition_card_whose_section_heading_pairs_the_term_with_its_definition_is_held_back() -> None:
    """The unseen pair's review: under «Formas de superficie: el exokarst» the card "exokarst" ->
    "el conjunto de formas de la superficie": the heading a learner reads above the card names
    the term and says what it is. A term its heading does not name keeps its card."""
    for paragraphs, language, given, fair in (
        (GROUND_EN, "en", ("permafrost", "littoral"), "active layer"),
        (GROUND_ES, "es", ("litoral",), "capa activa"),
    ):
        cards = _cards(paragraphs, language)
        for term in given:
            termed = [d for d in cards if term in str(d.item["front"]).lower()]
            assert termed, [d.item for d in cards]
            assert all(d.problems for d in termed), [(d.item, d.problems) for d in termed]
        kept = [d for d in cards if fair in str(d.item["front"]).lower()]
        assert kept and any(not d.problems for d in kept), [(d.item, d.problems) for d in cards]


def _typed(prompt: str, accept: list[str]) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": list(accept), "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


PRIORY_EN = (
    "Whitcombe was a small market town on the Wye when the monks arrived. The chronicle was kept by Brother Anselm, a prior "
    "of Whitcombe Priory, until his death in 1204. Pilgrims came to Whitcombe every spring for the fair."
)
MONASTERIO_ES = (
    "Valdeorras era entonces una aldea de pastores junto al Sil. La crónica la escribió fray Anselmo, abad de Monasterio de "
    "Valdeorras hasta su muerte en 1204. Los peregrinos llegaban a Valdeorras cada primavera para la feria."
)


def test_a_landmark_key_after_of_accepts_its_place_when_the_text_names_the_place_alone() -> None:
    """The unseen pair's review: "an abbot of ____" keyed "Arbroath Abbey" refused "Arbroath",
    the town the document names on its own; an abbot of Arbroath is the same answer. The place
    alone is accepted after "of"/"de" when the document writes it alone; not when it does not,
    and not where the gap does not follow "of"/"de"."""
    en, es = language_for("en"), language_for("es")
    draft = _typed("According to the text, what goes in the gap? “The chronicle was kept by Brother Anselm, a prior of ____, until his death in 1204.”", ["Whitcombe Priory"])
    accept_place_short_forms(draft, en, PRIORY_EN)
    assert "Whitcombe" in draft.item["accept"], draft.item["accept"]
    draft = _typed("Según el texto, ¿qué va en el hueco? «La crónica la escribió fray Anselmo, abad de ____ hasta su muerte en 1204.»", ["Monasterio de Valdeorras"])
    accept_place_short_forms(draft, es, MONASTERIO_ES)
    assert "Valdeorras" in draft.item["accept"], draft.item["accept"]
    # The place never written alone: the landmark's name only.
    lone = PRIORY_EN.replace("Whitcombe was", "It was").replace("to Whitcombe every", "to the priory every")
    draft = _typed("According to the text, what goes in the gap? “The chronicle was kept by Brother Anselm, a prior of ____, until his death in 1204.”", ["Whitcombe Priory"])
    accept_place_short_forms(draft, en, lone)
    assert draft.item["accept"] == ["Whitcombe Priory"], draft.item["accept"]
    # No "of" before the gap: the town is not the building.
    draft = _typed("According to the text, what goes in the gap? “Pilgrims walked to ____ every spring.”", ["Whitcombe Priory"])
    accept_place_short_forms(draft, en, PRIORY_EN)
    assert draft.item["accept"] == ["Whitcombe Priory"], draft.item["accept"]


def _numeric(prompt: str, answer: float, unit: str = "") -> Draft:
    item: dict[str, Any] = {"type": "numeric", "prompt": prompt, "answer": answer, "tolerance": 0, "unit": unit, "source": [2]}
    return Draft("p2-nu-x", "question", item, 2, None, 1.0)


def test_a_figure_gap_on_the_free_parameter_of_an_illustrative_example_is_held_back() -> None:
    """Review 17: "For a bubble of ____ mm radius in water, ... the collapse takes less than a
    tenth of a millisecond" (key 1): the figure is the example's free choice; by the paragraph's
    own law other values make the sentence true too. "Say", "suppose", "imagine", "for example, a
    ...", "supongamos", "pongamos", "por ejemplo, una ..." the same. A figure the text reports
    (a dated event, a measured value) keeps its gap, "for example" or not."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _numeric("According to the text, what number goes in the gap? “For a droplet of ____ mm diameter falling through still air, the terminal speed is about 6.5 metres per second.”", 2, "mm")),
        (en, _numeric("According to the text, what number goes in the gap? “A beam of, say, ____ metres span bends four times as much when its span doubles.”", 5, "metres")),
        (en, _numeric("According to the text, what number goes in the gap? “Suppose a tank holds ____ litres and drains through a small hole at the bottom.”", 200, "litres")),
        (en, _numeric("According to the text, what number goes in the gap? “Imagine a train travelling at ____ km/h that brakes on a wet rail.”", 120, "km/h")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «Por ejemplo, una gota de ____ mm de diámetro cae en el aire quieto a unos 6,5 metros por segundo.»", 2, "mm")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «Supongamos un depósito de ____ litros que se vacía por un orificio del fondo.»", 200, "litros")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «Para una viga de ____ metros de luz, la flecha se cuadruplica al doblar la luz.»", 5, "metros")),
    ]
    for lang, draft in held:
        assert any("example" in p or "ejemplo" in p for p in problems(draft, lang, ())), draft.item["prompt"]
    kept = [
        (en, _numeric("According to the text, what number goes in the gap? “For example, in ____ the spillway tunnels of the Glen Canyon Dam were badly damaged.”", 1983)),
        (en, _numeric("According to the text, what number goes in the gap? “The storm of 1953 drowned ____ people along the coast.”", 307, "people")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «Por ejemplo, el incendio de 1881 destruyó ____ casas del barrio alto.»", 140, "casas")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «La presa mide ____ metros de altura.»", 85, "metros")),
    ]
    for lang, draft in kept:
        assert not any("example" in p or "ejemplo" in p for p in problems(draft, lang, ())), draft.item["prompt"]


def test_a_money_figure_given_beside_the_same_sum_in_another_currency_is_held_back() -> None:
    """Review 16: "about ____ trillion baht, or around US$45 billion" (key 1.4): at the well-known
    rate the dollar figure gives the baht one within the tolerance, as "35 metres (____ feet)"
    gives the feet. Either side of the pair, a bracket or "or"; a figure beside a sum in the same
    currency, or beside something else, keeps its gap."""
    en, es = language_for("en"), language_for("es")
    held = [
        (en, _numeric("According to the text, what number goes in the gap? “The storm cost the region about ____ billion pesos (US$2.5 billion) in lost crops.”", 50, "billion pesos")),
        (en, _numeric("According to the text, what number goes in the gap? “The new terminal cost £____ million, or around $250 million at the time.”", 200, "million")),
        (en, _numeric("According to the text, what number goes in the gap? “The new terminal cost £200 million (about US$____ million).”", 250, "million")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «Las pérdidas sumaron ____ millones de euros (unos 3.300 millones de dólares) en un solo año.»", 3000, "millones de euros")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «Las pérdidas sumaron 3.000 millones de euros (unos ____ millones de dólares).»", 3300, "millones de dólares")),
    ]
    for lang, draft in held:
        assert any("currency" in p for p in problems(draft, lang, ())), draft.item["prompt"]
    kept = [
        (en, _numeric("According to the text, what number goes in the gap? “The storm cost the region about ____ billion pesos (a record) in lost crops.”", 50, "billion pesos")),
        (en, _numeric("According to the text, what number goes in the gap? “The terminal cost £____ million, and the runway £80 million more.”", 200, "million")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «Las pérdidas sumaron ____ millones de euros (el doble que en 2010).»", 3000, "millones de euros")),
        (es, _numeric("Según el texto, ¿qué número va en el hueco? «La obra costó ____ millones de euros, o 40 millones de euros con el IVA.»", 35, "millones de euros")),
    ]
    for lang, draft in kept:
        assert not any("currency" in p for p in problems(draft, lang, ())), draft.item["prompt"]


def _role_card(person: str, back: str, lang: str) -> Draft:
    front = language_for(lang).prompt("card_role", person=person)
    return Draft("p3-card-x", "card", {"front": front, "back": back, "source": [3], "tags": ["people"]}, 3, None, 1.0)


def test_praise_and_a_compound_role_is_held_back_and_a_role_naming_the_story_stays() -> None:
    """A Spanish role often joins its noun with "de" ("célebre ingeniero de caminos"): still
    praise and a class. A back naming something of this story ("famous keeper of the Longstone
    light", "famoso director del Observatorio de Cádiz") or what the person did stays."""
    for back, lang in (("Célebre ingeniero de caminos", "es"), ("Famoso maestro de obras", "es"), ("Renowned engineer of bridges", "en"), ("Celebrated civil engineer", "en")):
        assert praised_class(_role_card("Julián Ortega", back, lang), language_for(lang)), back
    for back, lang in (("Famous keeper of the Longstone light", "en"), ("Famoso director del Observatorio de Cádiz", "es"),
                       ("Consulting engineer who reviewed the plan", "en"), ("Civil engineer", "en"), ("Arquitecto que revisó el proyecto", "es")):
        assert not praised_class(_role_card("Julián Ortega", back, lang), language_for(lang)), back


def _definition_card(front: str, back: str) -> Draft:
    return Draft("p3-card-y", "card", {"front": front, "back": back, "source": [3], "tags": ["definition"]}, 3, None, 1.0)


def test_a_measure_of_something_says_what_it_is_and_keeps_its_card() -> None:
    """The class noun's "of" names an owner for a characteristic ("of the pump": every pump
    characteristic shares it), but what is measured for a measure ("a measure of the margin
    against cavitation"): that card says what the thing is."""
    en, es = language_for("en"), language_for("es")
    assert vague_definition(_definition_card("The stall speed", "A property of the aircraft itself, set by its maker"), en)
    assert vague_definition(_definition_card("La dureza", "Una propiedad del mineral, medida en el campo"), es)
    assert not vague_definition(_definition_card("The cavitation number", "A measure of the margin a flow keeps against cavitation"), en)
    assert not vague_definition(_definition_card("El número de cavitación", "Una medida del margen de un flujo frente a la cavitación"), es)
