"""Choice items a blind reader answers from their form (issue 10, brief choices): what a reader
who never saw the document rules out or picks from the question alone. Our own small texts (a
village school closing, a dairy cooperative, a ferry service, a reservoir trail), written for
these tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts

CHOICES = ("single_choice", "multiple_select")

SCHOOL = [
    Paragraph(1, "Village school to close in July", is_heading=True),
    Paragraph(2, "The county council voted on Tuesday to close the primary school in Ashcombe at the end of the summer "
                 "term. Its 38 pupils will travel by bus to Brindley."),
    Paragraph(3, "Parent governor Helen Marsh warned that the daily journey would tire the youngest children before "
                 "lessons began."),
    Paragraph(4, "The Diocese of Wexham argued that the old building should be sold to pay for a new classroom."),
    Paragraph(5, "The Schools Inspectorate concluded that the school had been well run despite its small size."),
    Paragraph(6, "Local farmer Tom Reid said that the village would lose the only hall where its clubs could meet."),
    Paragraph(7, "Councillor Graham Pike announced that the pupils' fares would be paid from the transport budget."),
]

LECHERIA = [
    Paragraph(1, "La cooperativa láctea de Valdeorza cierra su planta", is_heading=True),
    Paragraph(2, "La cooperativa de Valdeorza anunció el lunes el cierre de su planta de quesos, que daba trabajo a 46 "
                 "personas desde 1987."),
    Paragraph(3, "La ganadera Rosa Iturbe advirtió que las granjas pequeñas venderán sus vacas antes del invierno."),
    Paragraph(4, "La Diputación de Orbaiz aseguró que buscará un comprador para la nave en los próximos meses."),
    Paragraph(5, "La Mancomunidad del Alto Orza recordó que la planta recibe la leche de once pueblos del valle."),
    Paragraph(6, "El veterinario Iñaki Salaberri explicó que las explotaciones pequeñas no pueden pagar el transporte."),
    Paragraph(7, "El alcalde Mikel Arrieta denunció que ningún otro negocio del valle da tanto empleo a los jóvenes."),
]


def _speaker_items(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "single_choice" and d.item["prompt"].startswith(("According to the text, who ", "Según el texto, ¿quién"))]


PEOPLE = {
    "en": {"Helen Marsh", "Tom Reid", "Graham Pike"},
    "es": {"Rosa Iturbe", "Iñaki Salaberri", "Mikel Arrieta"},
}


def _is_person(option: str, code: str) -> bool:
    return any(name in option for name in PEOPLE[code])


def test_a_who_question_offers_people_only_or_bodies_only() -> None:
    """"Who said that the village would lose its hall?" among two people and two bodies (the
    diocese, the inspectorate): a reader drops the bodies (or the people) and chooses among
    fewer options than shown. The options are all people of the document, or all bodies."""
    for paragraphs, code in ((SCHOOL, "en"), (LECHERIA, "es")):
        drafts = derive_drafts(paragraphs, code)
        items = _speaker_items(drafts)
        assert items, code
        for d in items:
            kinds = {_is_person(str(c["text"]), code) for c in d.item["choices"]}
            assert len(kinds) == 1, (code, d.item["prompt"], [c["text"] for c in d.item["choices"]])
        # a person's speaker item is still drafted, among the document's other people
        people_items = [d for d in items if all(_is_person(str(c["text"]), code) for c in d.item["choices"])]
        assert people_items and all(len(d.item["choices"]) >= 3 for d in people_items), code


FERRY = [
    Paragraph(1, "Winter timetable for the Inishgale ferry", is_heading=True),
    Paragraph(2, "The ferry between Carrow and Inishgale will sail twice a day from November, down from six sailings in "
                 "the summer, and the crossing will take 50 minutes."),
    Paragraph(3, "Fares on the route rose by 14 per cent last year. The operator, Westray Shipping, says that fuel now "
                 "takes a share greater than 30 per cent of its costs."),
    Paragraph(4, "On the island, 65 per cent of households have no car, and the shop receives its goods on the morning sailing."),
    Paragraph(5, "In February the waves off Carrow Point were higher than 6 metres on four days, and the crossing was "
                 "cancelled 11 times."),
    Paragraph(6, "The harbour wall at Inishgale was raised by 2 metres in 2019 after a storm flooded the pier."),
]

SECANO = [
    Paragraph(1, "La sequía en los olivares de Almoguera", is_heading=True),
    Paragraph(2, "La campaña de aceituna de Almoguera terminó en enero con 3.200 toneladas, un 16 % menos que el año anterior."),
    Paragraph(3, "En las parcelas de secano las pérdidas fueron superiores al 40 %, según la cooperativa San Isidro."),
    Paragraph(4, "El riego por goteo llega ya al 12 % de los olivos del término, y la cooperativa pide ampliarlo al 53,7 % "
                 "en diez años."),
    Paragraph(5, "En julio se registraron temperaturas mayores de 44 grados durante nueve días, y el suelo perdió casi "
                 "toda su humedad."),
    Paragraph(6, "Los olivos jóvenes soportaron mejor el calor: en las fincas con cubierta vegetal la temperatura del "
                 "suelo bajó 6 grados."),
]

BOUNDS = {
    "en": {"greater than": "30", "higher than": "6"},
    "es": {"superiores al": "40", "mayores de": "44"},
}


def test_a_figure_after_a_bound_word_is_never_offered_with_options_nor_swapped() -> None:
    """«pérdidas superiores al ____» among 12 %, 16 %, 40 % and 53,7 %: after a bound word the
    reader takes the round figure and drops the options the bound makes absurd; "waves higher
    than 2 metres" is true as well when they were higher than 6. The bound words in every form
    ("greater than", "higher than", «superiores al», «mayores de») hold the figure back from
    choice items and true/false swaps as "more than" and «más de» do; the typed items ask it."""
    for paragraphs, code in ((FERRY, "en"), (SECANO, "es")):
        for d in derive_drafts(paragraphs, code):
            if not d.ready or d.item.get("type") not in ("single_choice", "multiple_select", "true_false", "cloze"):
                continue
            shown = str(d.item.get("prompt", "")) + " " + str(d.item.get("passage", ""))
            for bound, figure in BOUNDS[code].items():
                after = shown.partition(bound + " ")[2]
                if after:
                    assert after.startswith(figure), (code, d.item.get("type"), shown)


TURBINES = [
    Paragraph(1, "A small maker of river turbines", is_heading=True),
    Paragraph(2, "Hidrovale was founded in 1998 by two engineers, Rui Pereira and Marta Sousa, to build turbines for small weirs."),
    Paragraph(3, "The first Hidrovale machines were installed at Constância, Penacova and Tomar, and each of them still runs."),
    Paragraph(4, "In 2012 the company opened a second workshop in Abrantes, where 64 people now work."),
    Paragraph(5, "The newest Hidrovale plants stand at Muret, Carbonne and Cazères, on the weirs south of Toulouse."),
    Paragraph(6, "A plant at Lousã was closed in 2015 after a flood damaged its intake."),
]

TURBINAS = [
    Paragraph(1, "Un pequeño fabricante de turbinas fluviales", is_heading=True),
    Paragraph(2, "Hidrovale se fundó en 1998 de la mano de dos ingenieros, Rui Pereira y Marta Sousa, para construir "
                 "turbinas para pequeños azudes."),
    Paragraph(3, "Las primeras máquinas de Hidrovale se instalaron en Constância, Penacova y Tomar, y todas siguen en marcha."),
    Paragraph(4, "En 2012 la empresa abrió un segundo taller en Abrantes, donde hoy trabajan 64 personas."),
    Paragraph(5, "Las centrales más nuevas de Hidrovale están en Muret, Carbonne y Cazères, en los azudes al sur de Toulouse."),
    Paragraph(6, "Una central en Lousã cerró en 2015 después de que una riada dañara su toma."),
]


def test_places_named_beside_a_well_known_city_are_not_offered_with_options() -> None:
    """"The newest plants stand at ____, on the weirs south of Toulouse" among the document's
    Portuguese towns and three French ones: a reader who knows the map picks the towns around
    Toulouse without the text. A choice among places whose sentence names a place known in
    general text of every language (Toulouse, Porto, Glasgow) is held back; the sentence is
    asked typed, and a list of places with no such neighbour is still a multiple select."""
    derived = {code: derive_drafts(paragraphs, code) for paragraphs, code in ((TURBINES, "en"), (TURBINAS, "es"))}
    for code, drafts in derived.items():
        offered = [d for d in drafts if d.ready and d.item.get("type") in CHOICES and "Toulouse" in d.item["prompt"]]
        assert not offered, (code, [d.item["prompt"] for d in offered])
    for code, drafts in derived.items():
        assert any(d.ready for d in drafts if d.paragraph == 5), code
        held = [d for d in drafts if d.paragraph == 5 and d.item.get("type") in CHOICES]
        assert held and all(any("blind-geography" in p for p in d.problems) for d in held), code


QUARRY = [
    Paragraph(1, "The Ardley stone quarry", is_heading=True),
    Paragraph(2, "The Ardley quarry opened in 1871 on the hill above Wexcombe, and by 1890 it employed 140 men."),
    Paragraph(3, "Its stone went by cart to builders in Hallowby, and from 1902 by rail from the station at Tolcross."),
    Paragraph(4, "In 1984 the pits became part of Ardley Country Park, and the old weighbridge is now a visitor centre."),
    Paragraph(5, "Most of the quarrymen lived in Pelham, a mile down the valley."),
    Paragraph(6, "Stone from Ardley was used for the town hall of Brackwell, finished in 1888."),
]


def _named_kind(option: str) -> str:
    return next((w for w in reversed(option.lower().split()) if w in {"park", "street", "airport", "station", "river", "lake", "bridge"}), "")


def test_a_place_option_whose_name_says_its_kind_stands_among_places_of_that_kind() -> None:
    """"coal from the mines around ____" among two towns and "Ardley Country Park": the one
    option whose name says it is a park (or a street, a station, a lake) among bare town names is
    ruled out, or picked, by its kind without the text. A place's options share the kind their
    names say (none, or the same noun) with the key."""
    for d in derive_drafts(QUARRY, "en"):
        if d.item.get("type") in CHOICES and not any(c["text"][:1].isdigit() for c in d.item["choices"]):
            kinds = {_named_kind(str(c["text"])) for c in d.item["choices"]}
            assert len(kinds) == 1, (d.item["prompt"], [c["text"] for c in d.item["choices"]])


def _neighbour(text: str, asked: str, code: str) -> list[str]:
    from quizapp.derive.extract import read_facts
    from quizapp.derive.place_kind_options import known_neighbour
    from quizapp.languages import language_for

    s = read_facts([(1, text)], language_for(code)).sentences[0]
    return known_neighbour(s, {m.identity for m in s.mentions if m.text == asked}, language_for(code))


def test_a_known_neighbour_is_one_the_sentence_writes_as_a_place() -> None:
    """A famous name listed with the place asked ("from ____ and Glasgow", «desde ____ y Bilbao»)
    is its neighbour; one inside another name ("the Glasgow, Wexcombe and Eastern Railway
    bought coal from the pits around ____") places nothing."""
    assert _neighbour("On Sundays special trains brought visitors from Hallowby and Glasgow to the viaduct.", "Hallowby", "en")
    assert _neighbour("Los domingos llegaban trenes con visitantes desde Hallobia y Bilbao.", "Hallobia", "es")
    assert not _neighbour("In 1880 the Glasgow, Wexcombe and Eastern Railway bought coal from the pits around Pelham.", "Pelham", "en")
    assert not _neighbour("On Sundays special trains brought visitors from Hallowby and Stanmere to the viaduct.", "Hallowby", "en")
