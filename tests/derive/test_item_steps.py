"""Orderings and matchings over a list the import reads one item a paragraph (brief itemsteps,
issue 10): steps whose items open with a fronted phrase or carry an aside after their subject,
dated sequences whose lead-in does not say "order", and named items with long descriptions.
Own texts (a steam plant, a dock strike, a mill's reforms), English and Spanish."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts


def _doc(title: str, intro: str, lead: str, items: list[str]) -> list[Paragraph]:
    return [
        Paragraph(1, title, is_heading=True),
        Paragraph(2, intro),
        Paragraph(3, lead),
        *(Paragraph(4 + k, item, is_list_item=True) for k, item in enumerate(items)),
    ]


def _items(drafts: list[Draft], kind: str) -> list[object]:
    found = [d for d in drafts if d.ready and d.item.get("type") == kind and 3 in d.item.get("source", [])]
    if kind == "ordering":
        # An ordering cites only its steps' paragraphs, the list's items (givesaway3), not its lead-in.
        found = [d for d in drafts if d.ready and d.item.get("type") == kind and d.item.get("source") and min(d.item["source"]) >= 4]
        return [d.item["items"] for d in found]
    return [[(p["left"], p["right"]) for p in d.item["pairs"]] for d in found]


BOILER = _doc(
    "The steam plant", "The works at Calder Bank burned coal to make power for the mills along the river.",
    "The cycle runs through these stages:", [
        "In the boiler, the water takes the heat of the flue gas and turns to steam.",
        "In the turbine, the steam spins the blades of the rotor at high speed.",
        "The steam, now at low pressure, passes to the condenser below the hall.",
        "In the condenser, the steam turns back into water for the pumps.",
    ])

CALDERA = _doc(
    "La central de vapor", "La central de Riomayor quemaba carbón para dar fuerza a los telares del valle.",
    "El ciclo pasa por estas etapas:", [
        "En la caldera, el agua toma el calor de los humos y se convierte en vapor.",
        "En la turbina, el vapor hace girar los álabes del rotor a gran velocidad.",
        "El vapor, ya a baja presión, pasa al condensador situado bajo la sala.",
        "En el condensador, el vapor se enfría y se condensa en agua para las bombas.",
    ])


def test_steps_opening_with_a_fronted_phrase_show_their_main_clause() -> None:
    assert _items(derive_drafts(BOILER, "en"), "ordering") == [[
        "The water takes the heat of the flue gas and turns to steam",
        "The steam spins the blades of the rotor at high speed",
        "The steam passes to the condenser below the hall",
        "The steam turns back into water for the pumps",
    ]]


def test_spanish_steps_opening_with_a_fronted_phrase_show_their_main_clause() -> None:
    assert _items(derive_drafts(CALDERA, "es"), "ordering") == [[
        "El agua toma el calor de los humos y se convierte en vapor",
        "El vapor hace girar los álabes del rotor a gran velocidad",
        "El vapor pasa al condensador situado bajo la sala",
        "El vapor se enfría y se condensa en agua para las bombas",
    ]]


def test_a_step_that_cannot_be_shown_leaves_the_others_ordered() -> None:
    doc = _doc(
        "The bakery", "The Marsh Lane bakery baked bread for the whole village.", "Each batch goes through these steps:", [
            "The baker weighs the flour and the salt on the brass scales.",
            "The dough, such as the rye dough of the winter, rests for an hour.",
            "The baker shapes the loaves on the long oak table.",
            "The loaves bake in the brick oven until their crust is brown.",
        ])
    assert _items(derive_drafts(doc, "en"), "ordering") == [[
        "The baker weighs the flour and the salt on the brass scales",
        "The baker shapes the loaves on the long oak table",
        "The loaves bake in the brick oven until their crust is brown",
    ]]
    es = _doc(
        "La tahona", "La tahona de la calle Mayor cocía el pan de todo el pueblo.", "Cada hornada sigue estos pasos:", [
            "El panadero pesa la harina y la sal en la balanza de latón.",
            "La masa, como la de centeno del invierno, reposa durante una hora.",
            "El panadero forma las hogazas en la larga mesa de roble.",
            "Las hogazas se cuecen en el horno de ladrillo hasta que la corteza se dora.",
        ])
    assert _items(derive_drafts(es, "es"), "ordering") == [[
        "El panadero pesa la harina y la sal en la balanza de latón",
        "El panadero forma las hogazas en la larga mesa de roble",
        "Las hogazas se cuecen en el horno de ladrillo",
    ]]


STRIKE = _doc(
    "The dock strike", "The dockers of Wexmouth walked out in the spring of 1911 over the new piece rates.",
    "Events unfolded as follows:", [
        "On 3 May, the crane drivers refused to load the grain ships.",
        "On 9 May, the harbour board locked the gates of the east quay.",
        "In late May, the carters joined the stoppage in support of the dockers.",
        "On 14 June, both sides signed an agreement at the town hall.",
    ])

HUELGA = _doc(
    "La huelga del puerto", "Los estibadores de Villamar dejaron el trabajo en la primavera de 1911 por las nuevas tarifas.",
    "Los hechos se sucedieron así:", [
        "El 3 de marzo, los gruistas se negaron a cargar los barcos de grano.",
        "El 9 de marzo, la junta del puerto cerró las puertas del muelle este.",
        "A finales de abril, los carreteros se sumaron al paro en apoyo de los estibadores.",
        "El 14 de junio, las dos partes firmaron un acuerdo en el ayuntamiento.",
    ])


def test_a_dated_list_is_an_ordering_of_its_events_without_their_dates() -> None:
    drafts = derive_drafts(STRIKE, "en")
    assert _items(drafts, "ordering") == [[
        "The crane drivers refused to load the grain ships",
        "The harbour board locked the gates of the east quay",
        "The carters joined the stoppage in support of the dockers",
        "Both sides signed an agreement at the town hall",
    ]]
    drafts = derive_drafts(HUELGA, "es")
    assert _items(drafts, "ordering") == [[
        "Los gruistas se negaron a cargar los barcos de grano",
        "La junta del puerto cerró las puertas del muelle este",
        "Los carreteros se sumaron al paro en apoyo de los estibadores",
        "Las dos partes firmaron un acuerdo en el ayuntamiento",
    ]]
    # ... and no matching pairing the dates, as names, with "what the text says they are or do".
    assert _items(drafts, "matching") == []


def test_a_dated_list_out_of_date_order_is_no_ordering() -> None:
    doc = _doc(
        "The dock strike", "The dockers of Wexmouth walked out in the spring of 1911 over the new piece rates.",
        "Some dates to remember:", [
            "On 14 June, both sides signed an agreement at the town hall.",
            "On 3 May, the crane drivers refused to load the grain ships.",
            "On 9 May, the harbour board locked the gates of the east quay.",
        ])
    assert _items(derive_drafts(doc, "en"), "ordering") == []


def test_named_items_with_long_descriptions_are_matched_to_their_main_clauses() -> None:
    mill = _doc(
        "The reforms at Ashgrove Mill", "The new owners changed three things at the Ashgrove cotton mill in the first year.",
        "The owners brought in three reforms:", [
            "The rota: the company put the spinners on twelve-hour shifts across the whole week because the new frames could not stand idle at night.",
            "The canteen: the owners opened a hall beside the weaving shed where the workers could buy a hot meal at noon for a few pence.",
            "The school: a teacher came up from the town every morning to teach the mill children to read and write before their work began at nine.",
        ])
    assert _items(derive_drafts(mill, "en"), "matching") == [[
        ("The rota", "The company put the spinners on twelve-hour shifts across the whole week"),
        ("The canteen", "The owners opened a hall beside the weaving shed"),
        ("The school", "A teacher came up from the town every morning"),
    ]]
    fabrica = _doc(
        "Las reformas de Valdelana", "Los nuevos dueños cambiaron tres cosas en la fábrica de paños de Valdelana durante el primer año.",
        "Los dueños introdujeron tres reformas:", [
            "El régimen de trabajo: la empresa puso a las hilanderas en turnos de doce horas toda la semana porque las máquinas nuevas no podían pararse de noche.",
            "El comedor: los dueños abrieron una sala junto a la nave de telares donde los obreros podían comprar una comida caliente a mediodía por unos céntimos.",
            "La escuela: un maestro subía del pueblo cada mañana para enseñar a leer y escribir a los niños de la fábrica antes de que empezara su jornada.",
        ])
    assert _items(derive_drafts(fabrica, "es"), "matching") == [[
        ("El régimen de trabajo", "La empresa puso a las hilanderas en turnos de doce horas toda la semana"),
        ("El comedor", "Los dueños abrieron una sala junto a la nave de telares"),
        ("La escuela", "Un maestro subía del pueblo cada mañana"),
    ]]


def test_a_step_whose_wording_gives_its_place_away_is_left_out_of_the_ordering() -> None:
    doc = [*CALDERA[:-1], Paragraph(7, "En el condensador, el vapor vuelve a estado líquido para las bombas.", is_list_item=True)]
    assert _items(derive_drafts(doc, "es"), "ordering") == [[
        "El agua toma el calor de los humos y se convierte en vapor",
        "El vapor hace girar los álabes del rotor a gran velocidad",
        "El vapor pasa al condensador situado bajo la sala",
    ]]
    doc = [*BOILER[:-1], Paragraph(7, "In the condenser, the steam finally turns back into water for the pumps.", is_list_item=True)]
    assert _items(derive_drafts(doc, "en"), "ordering") == [[
        "The water takes the heat of the flue gas and turns to steam",
        "The steam spins the blades of the rotor at high speed",
        "The steam passes to the condenser below the hall",
    ]]


def test_a_description_is_not_cut_between_a_verb_and_its_infinitive() -> None:
    yard = _doc(
        "The Fenby yard", "The Fenby yard served the farms of the valley for a century.", "The yard had four parts:", [
            "The forge: the smith and his eldest son began to shoe every horse of the valley and of the three farms above it.",
            "The canteen: the owners opened a hall beside the weaving shed where the workers could buy a hot meal at noon for a few pence.",
            "The school: a teacher came up from the town every morning to teach the children to read and write before their work began at nine.",
            "The stables: a long brick range that held forty horses in the winter.",
        ])
    sides = [right for pairs in _items(derive_drafts(yard, "en"), "matching") for _, right in pairs]  # type: ignore[attr-defined]
    assert "The smith and his eldest son began" not in sides
    assert "A teacher came up from the town every morning" in sides
    taller = _doc(
        "El taller de Fenosa", "El taller de Fenosa sirvió a las granjas del valle durante un siglo.", "El taller tenía cuatro partes:", [
            "La fragua: el herrero y su hijo mayor la usaban para herrar todos los caballos del valle y de las tres granjas de la sierra.",
            "El comedor: los dueños abrieron una sala junto a la nave de telares donde los obreros podían comprar una comida caliente a mediodía por unos céntimos.",
            "La escuela: un maestro subía del pueblo cada mañana para enseñar a leer y escribir a los niños de la fábrica antes de que empezara su jornada.",
            "Las cuadras: una larga nave de ladrillo que albergaba cuarenta caballos en invierno.",
        ])
    sides = [right for pairs in _items(derive_drafts(taller, "es"), "matching") for _, right in pairs]  # type: ignore[attr-defined]
    assert "El herrero y su hijo mayor la usaban" not in sides
    assert "Un maestro subía del pueblo cada mañana" in sides
