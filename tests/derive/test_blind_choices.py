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
