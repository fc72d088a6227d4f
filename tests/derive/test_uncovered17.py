"""Content paragraphs left with no ready draft (issue 10, brief uncovered). A paragraph whose
only askable fact is a small count in words before a measure ("could store eight kilos of
honey", «con dos días de antelación») had only a typed gap on the count word, held because an
article or a quantifier fits the gap as well ("some kilos", «unos kilos»): the paragraph ended
with nothing. Asked for a number ("what number goes in the gap?"), no quantifier answers it,
so it is drafted as a numeric question. A count the sentence only signposts ("three stages")
stays held. Own texts."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def _doc(*texts: str) -> list[Paragraph]:
    return [Paragraph(1, texts[0], is_heading=True), *(Paragraph(n, t) for n, t in enumerate(texts[1:], start=2))]


def _ready_in(drafts: list[Draft], number: int) -> list[Draft]:
    return [d for d in drafts if d.ready and d.paragraph == number]


BEES = _doc(
    "Village beekeeping",
    "Before frames came into use, the bees of the village lived in baskets of coiled straw set on a bench against the church wall.",
    "Each basket was woven by the keeper in winter and lasted for many years. A strong colony filled it with wax in the summer and could store eight kilos of honey.",
    "In autumn the keeper chose which colonies to keep, and the heaviest baskets were left alone for the cold months.",
)

COLMENAS = _doc(
    "Las colmenas del pueblo",
    "Antes de que se usaran los cuadros, las abejas del pueblo vivían en cestos de paja trenzada puestos sobre un banco junto a la pared de la iglesia.",
    "Cada cesto lo tejía el colmenero en invierno y duraba muchos años. Una colonia fuerte lo llenaba de cera en verano y podía guardar ocho kilos de miel.",
    "En otoño el colmenero elegía qué colonias conservaba, y los cestos más pesados se dejaban tranquilos durante los meses fríos.",
)


def test_a_count_in_words_before_a_measure_is_asked_as_a_number_en() -> None:
    ready = _ready_in(derive_drafts(BEES, "en"), 3)
    assert [(d.item["type"], d.item["answer"]) for d in ready] == [("numeric", 8)]
    assert "could store ____ kilos of honey" in ready[0].item["prompt"]
    assert "what number" in ready[0].item["prompt"]


def test_a_count_in_words_before_a_measure_is_asked_as_a_number_es() -> None:
    ready = _ready_in(derive_drafts(COLMENAS, "es"), 3)
    assert [(d.item["type"], d.item["answer"]) for d in ready] == [("numeric", 8)]
    assert "podía guardar ____ kilos de miel" in ready[0].item["prompt"]


STAGES = _doc(
    "Curing hay",
    "Farmers cut the grass in June, when the weather is settled and the stems are still green.",
    "The drying of hay goes through three stages in the open field.",
    "After drying, the hay was stacked under a roof so that the rain could not reach it.",
)

ETAPAS = _doc(
    "El heno",
    "Los campesinos segaban la hierba en junio, cuando el tiempo era estable y los tallos seguían verdes.",
    "El secado del heno pasa por tres etapas en el campo abierto.",
    "Después del secado, el heno se amontonaba bajo un tejado para que no le llegara la lluvia.",
)


def test_a_signposted_count_stays_held() -> None:
    for doc, language in ((STAGES, "en"), (ETAPAS, "es")):
        drafts = derive_drafts(doc, language)
        assert not any(d.ready and d.item.get("type") == "numeric" for d in drafts), language
        assert not any(d.ready and d.item.get("accept", [""])[0] in ("three", "tres") for d in drafts), language


RATIO = _doc(
    "Saving the letters",
    "The old letters of the parish were soaked when the river rose over the vestry floor in the night.",
    "Volunteers carried the wet bundles to a cold store nearby. The binders said later that nine of every ten letters were saved.",
    "The letters are now kept upstairs, far from the river.",
)

PROPORCION = _doc(
    "Las cartas de la parroquia",
    "Las cartas antiguas de la parroquia se mojaron cuando el río subió por la sacristía durante la noche.",
    "Los voluntarios llevaron los fardos mojados a una cámara fría cercana. Los encuadernadores dijeron después que se salvaron nueve de cada diez cartas.",
    "Las cartas se guardan ahora en el piso de arriba, lejos del río.",
)


def test_the_base_of_a_ratio_is_not_asked_as_a_number() -> None:
    """"nine of every ____ letters": the base of a proportion (ten, a hundred) is the stock one."""
    for doc, language in ((RATIO, "en"), (PROPORCION, "es")):
        drafts = derive_drafts(doc, language)
        assert not any(d.ready and d.item.get("type") == "numeric" and d.item["answer"] == 10 for d in drafts), language


STARTER = _doc(
    "Feeding a starter",
    "A sourdough starter lives in a glass jar on the kitchen shelf and is kept at room temperature.",
    "Every morning the baker throws most of it away and mixes in fresh flour and water, in a ratio of one part starter to five parts of food.",
    "A healthy starter doubles in volume within a few hours of a feed.",
)

MASA = _doc(
    "La masa madre",
    "La masa madre vive en un tarro de cristal en la cocina y se guarda a temperatura ambiente.",
    "Cada mañana el panadero tira casi toda y añade harina y agua, en una proporción de una parte de masa por cinco partes de alimento.",
    "Una masa madre sana dobla su volumen pocas horas después de cada toma.",
)


def test_the_second_term_of_a_ratio_is_no_signposted_count() -> None:
    """"one part starter to ____ parts of food": a proportion, not a sentence announcing what
    the text lists next ("three parts:"), so its paragraph is asked it, as a number."""
    for doc, language in ((STARTER, "en"), (MASA, "es")):
        ready = _ready_in(derive_drafts(doc, language), 3)
        assert [(d.item["type"], d.item["answer"]) for d in ready] == [("numeric", 5)], language
