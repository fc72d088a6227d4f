"""Items that read as nonsense or half-true (brief fragments, issue 10), on texts of our own:

1. a true/false statement made false by swapping one value of a pair the sentence gives
   together ("2 or 3", "2 to 3", "between 1,500 and 2,000", «de 2 a 3», «entre 15 y 16»): a
   reader calls "2 to 8 kilograms" half true, so such a value is never swapped;
2. an ordering whose items are the list's labels ("Day one", "Day two"), which give the order,
   or the dates that open its items ("Between 1 and 5 November", «Entre el 1»), which say
   nothing: the items are the events, their labels and dates cut off;
3. a list card whose back repeats the labels ("First; Second; Third; Finally.", "Day one; Day
   two") rather than what each item says;
4. a choice on a figure whose options differ in form from the key: "-20 °C" among 150, 180
   and 200 °C (or 150 °C among "-20 °C"), a sign no reader needs the text to weigh.
"""
from __future__ import annotations

import re

import pytest

from quizapp.derive import Draft, derive_drafts
from tests.helpers.drafts import document

BEES_EN = [
    "Keeping Bees on the Moor",
    "This text follows a beekeeper on the moor through one summer.",
    "A strong hive holds 40 or 50 thousand bees in July. The keeper Ada Lund weighs each hive in August.",
    "A frame of honey weighs 2 to 3 kilograms when full. Lund keeps 12 hives on the heather.",
    "The wax press yields 8 kilograms of wax a season. The honey sells for 9 pounds a jar at Helmsley market.",
    "A queen lays between 1,500 and 2,000 eggs a day at the height of summer. A worker lives for 6 weeks.",
    "The water trough stays between 15 and 16 degrees. A smoker burns for 20 minutes or 25 minutes.",
    "The moor hives gave 30 kilograms of honey in 2015 and 18 kilograms in 2016.",
]
BEES_ES = [
    "Las colmenas del páramo",
    "Este texto sigue a una apicultora del páramo durante un verano.",
    "Una colmena fuerte tiene 40 o 50 mil abejas en julio. La apicultora Ada Lund pesa cada colmena en agosto.",
    "Un cuadro de miel pesa de 2 a 3 kilos cuando está lleno. Lund tiene 12 colmenas en el brezal.",
    "La prensa de cera da 8 kilos de cera por temporada. La miel se vende a 9 euros el tarro en el mercado de Soria.",
    "Una reina pone entre 1.500 y 2.000 huevos al día en pleno verano. Una obrera vive 6 semanas.",
    "El agua del abrevadero se mantiene entre 15 y 16 grados. Un ahumador arde 20 minutos o 25 minutos.",
    "Las colmenas del páramo dieron 30 kilos de miel en 2015 y 18 kilos en 2016.",
]
# Two figures given together: "2 or 3", "2 to 3", "between 15 and 16", «de 2 a 3», «entre 15 y 16».
PAIR = re.compile(
    r"\b(?:between|entre)\s+\d[\d.,]*\s+(?:and|y)\s+\d[\d.,]*"
    r"|\d[\d.,]*(?:\s+(?:minutes|minutos))?\s+(?:or|o)\s+\d[\d.,]*"
    r"|\d[\d.,]*\s+(?:to|a)\s+\d[\d.,]*",
    re.IGNORECASE,
)


def _statement(d: Draft) -> str:
    return str(d.item["prompt"]).split(":", 1)[1].strip()


@pytest.mark.parametrize(("lines", "code"), [(BEES_EN, "en"), (BEES_ES, "es")])
def test_no_false_statement_breaks_a_pair_of_values(lines: list[str], code: str) -> None:
    text = " ".join(lines)
    offered = []
    for d in derive_drafts(document(lines), code):
        if d.item.get("type") != "true_false" or d.item["answer"]:
            continue
        broken = [p.group() for p in PAIR.finditer(_statement(d)) if p.group() not in text]
        if broken:
            # Drafted for the reviewer to see, but held back, saying why.
            offered.append((broken, d.ready, d.problems))
            assert not d.ready
            assert any("given together" in p for p in d.problems), (broken, d.problems)
    assert offered  # the texts do give pairs a swap would break


CIDER_EN = [
    "Making Farmhouse Cider",
    "This text follows a cider maker in Somerset through one autumn.",
    "The pressing takes four days, in this order:",
    "1. Day one: the apples are washed in the stone trough.",
    "2. Day two: the fruit is milled into a coarse pulp.",
    "3. Day three: the pulp is built into a cheese of straw layers.",
    "4. Day four: the juice is run into oak barrels.",
    "The blending follows a fixed order:",
    "1. First, the sweet juice is tasted against the sharp.",
    "2. Second, the two are mixed in a wide vat.",
    "3. Third, the blend rests under a linen cloth.",
    "4. Finally, the cider is drawn into bottles.",
    "The cellar work runs in this order:",
    "- Between 1 and 5 November, the barrels are topped up with fresh juice.",
    "- On 20 November, the cellar door is sealed with clay.",
    "- In early December, the racking clears the lees.",
    "- By late January, the cider is ready for the spring fair.",
]
CIDER_ES = [
    "La sidra de caserío",
    "Este texto sigue a un sidrero de Astigarraga durante un otoño.",
    "El prensado dura cuatro días, en este orden:",
    "1. Día uno: las manzanas se lavan en la pila de piedra.",
    "2. Día dos: la fruta se muele hasta una pasta gruesa.",
    "3. Día tres: la pasta se apila en capas de paja.",
    "4. Día cuatro: el mosto se vierte en barricas de roble.",
    "La mezcla sigue un orden fijo:",
    "1. Primero, el mosto dulce se prueba frente al ácido.",
    "2. Segundo, los dos se mezclan en una tina ancha.",
    "3. Tercero, la mezcla reposa bajo un paño de lino.",
    "4. Por último, la sidra se embotella.",
    "El trabajo de bodega se hace en este orden:",
    "- Entre el 1 y el 5 de noviembre, las barricas se rellenan con mosto fresco.",
    "- El 20 de noviembre, la puerta de la bodega se sella con barro.",
    "- A principios de diciembre, el trasiego limpia las heces.",
    "- A finales de enero, la sidra está lista para la feria de primavera.",
]
# What an item must not be or open with: a label of its place or a date.
LABEL_OR_DATE = re.compile(
    r"^(?:(?:on\s+)?day\s+\w+|d[ií]a\s+\w+|first|second|third|finally|primero|segundo|tercero|por último"
    r"|(?:between|on|in|by|entre|el|a)\b[^,]*\b(?:\d+|november|december|january|noviembre|diciembre|enero))$",
    re.IGNORECASE,
)


def _cider(lines: list[str], code: str) -> list[Draft]:
    from quizapp.derive import Paragraph

    # List items as the import reads them: their markers ("- ", "1. ") gone.
    paragraphs = [
        Paragraph(i, re.sub(r"^(?:- |\d\. )", "", line), is_heading=i == 1, is_list_item=line[:1] in "-1234")
        for i, line in enumerate(lines, 1)
    ]
    return derive_drafts(paragraphs, code)


@pytest.mark.parametrize(("lines", "code", "events"), [
    (CIDER_EN, "en", ["The apples are washed in the stone trough", "The barrels are topped up with fresh juice"]),
    (CIDER_ES, "es", ["Las manzanas se lavan en la pila de piedra", "Las barricas se rellenan con mosto fresco"]),
])
def test_ordering_items_are_events_without_their_labels_or_dates(lines: list[str], code: str, events: list[str]) -> None:
    drafts = _cider(lines, code)
    orderings = [d for d in drafts if d.item.get("type") == "ordering"]
    for d in orderings:
        if d.ready:
            assert not [t for t in d.item["items"] if LABEL_OR_DATE.match(t.strip())], d.item["items"]
    # The order is still asked, of the events themselves.
    items = {t for d in orderings for t in d.item["items"]}
    for event in events:
        assert event in items, sorted(items)


@pytest.mark.parametrize(("lines", "code"), [(CIDER_EN, "en"), (CIDER_ES, "es")])
def test_a_list_card_back_lists_contents_not_labels(lines: list[str], code: str) -> None:
    cards = [d for d in _cider(lines, code) if d.kind == "card" and "list" in d.item.get("tags", [])]
    for d in cards:
        shown = [p.strip(" .") for p in d.item["back"].split(";")]
        assert not [p for p in shown if LABEL_OR_DATE.match(p)], (d.ready, d.item["back"])


KILN_EN = [
    "Firing a Country Kiln",
    "This text follows a potter in Devon through one firing of her wood kiln.",
    "The clay store stays at -20 °C in a hard frost. The drying room is kept at 150 °C for a day.",
    "The kiln reaches 200 °C after two hours of slow stoking. The glaze melts at 180 °C in the upper chamber.",
    "The wood store holds 40 cubic metres of oak. A firing burns 12 cubic metres of it.",
]
KILN_ES = [
    "La cocción en un horno de leña",
    "Este texto sigue a una alfarera de Talavera durante una cocción de su horno de leña.",
    "El almacén de barro baja a -20 °C en una helada fuerte. El secadero se mantiene a 150 °C durante un día.",
    "El horno llega a 200 °C tras dos horas de carga lenta. El esmalte se funde a 180 °C en la cámara alta.",
    "La leñera guarda 40 metros cúbicos de roble. Una cocción quema 12 metros cúbicos.",
]


def _options(d: Draft) -> list[str]:
    found = [str(c["text"]) for c in d.item.get("choices") or []]
    for gap in d.item.get("gaps") or []:
        found += [str(o["text"]) for o in gap.get("options") or []]
    return found


@pytest.mark.parametrize(("lines", "code"), [(KILN_EN, "en"), (KILN_ES, "es")])
def test_figure_options_share_the_keys_sign(lines: list[str], code: str) -> None:
    checked = 0
    for d in derive_drafts(document(lines), code):
        options = [o for o in _options(d) if re.match(r"[-−]?\d", o)]
        if len(options) < 2:
            continue
        checked += 1
        signs = {o.startswith(("-", "−")) for o in options}
        assert len(signs) == 1, (d.ready, d.item.get("prompt"), options)
    assert checked
    # Nor is a positive figure swapped, ready, into a statement of a frost's -20 °C.
    for d in derive_drafts(document(lines), code):
        if d.ready and d.item.get("type") == "true_false" and not d.item["answer"]:
            assert ("helad" not in d.item["prompt"] and "frost" not in d.item["prompt"]) or "-20" in d.item["prompt"], d.item["prompt"]


DROVE_EN = [
    "The Drove Roads",
    "This text follows the drovers of Galloway through one season.",
    "First, the drovers gather the herd on the high common of Newton Stewart between 1 and 5 March, or so the old men say. "
    "Then the dogs guide the cattle along the river road. Next, the herd crosses the pass at Carsphairn without haste. "
    "Finally, the cattle reach the winter grazing at Dumfries.",
]
DROVE_ES = [
    "La trashumancia de Albarracín",
    "Este texto sigue a los pastores de Albarracín durante un año.",
    "Primero, los pastores reúnen el rebaño en la majada alta de Frías entre el 1 y el 5 de marzo de cada año. "
    "Luego, los perros guían las ovejas por la cañada del río. Después, el rebaño cruza el puerto de Orihuela sin prisa. "
    "Por último, las ovejas llegan a los pastos de invierno de Sierra Morena.",
]


@pytest.mark.parametrize(("lines", "code"), [(DROVE_EN, "en"), (DROVE_ES, "es")])
def test_a_long_step_is_never_cut_inside_a_range(lines: list[str], code: str) -> None:
    for d in derive_drafts(document(lines), code):
        shown = list(d.item.get("items") or []) + [str(c["text"]) for c in d.item.get("choices") or []]
        for text in shown:
            assert not re.search(r"\b(?:between|entre)\s+(?:el\s+)?\d+$", text), (d.ready, text)


DAYS_EN = [
    "The Drove Roads",
    "This text follows the drovers of Galloway through one season.",
    "On the first day of the drive, the herd walks from Newton Stewart to Creetown. "
    "On the second day of the march, the drovers cross the hills above the river. "
    "On the third day of the journey, the cattle rest at the Fleet meadows. "
    "On the fourth day of the trip, the herd reaches the fair at Dumfries.",
]
DAYS_ES = [
    "La trashumancia de Albarracín",
    "Este texto sigue a los pastores de Albarracín durante un año.",
    "El primer día de la marcha, el rebaño camina de Frías a Bronchales. "
    "El segundo día del viaje, los pastores cruzan el puerto sobre el río. "
    "El tercer día de la ruta, las ovejas descansan en la vega del Tajo. "
    "El cuarto día del camino, el rebaño llega a la feria de Cuenca.",
]


@pytest.mark.parametrize(("lines", "code", "event"), [
    (DAYS_EN, "en", "The cattle rest at the Fleet meadows"),
    (DAYS_ES, "es", "Las ovejas descansan en la vega del Tajo"),
])
def test_a_day_label_with_its_complement_is_cut_off_the_step(lines: list[str], code: str, event: str) -> None:
    items = [t for d in derive_drafts(document(lines), code) if d.item.get("type") == "ordering" for t in d.item["items"]]
    assert event in items, items
    assert not [t for t in items if re.match(r"(?:of|de|del)\b", t, re.IGNORECASE)], items
