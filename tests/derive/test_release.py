"""Headline facts read as what they are (issue 10, coverage; brief release): a count in words
asked as a number is read with what it counts, and a heading names a name by its last word only
where it writes that word as a name. Our own small texts, written for these tests."""

from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts
from tests.helpers.drafts import document


def _ready(paragraphs: list[Paragraph], code: str, number: int) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, code) if d.ready and d.paragraph == number]


def _answers(drafts: list[Draft]) -> list[str]:
    found = []
    for d in drafts:
        item = d.item
        found += [str(a) for a in item.get("accept", [])[:1]]
        found += [str(item["answer"])] if item.get("type") == "numeric" else []
        found += [str(g["accept"][0]) for g in item.get("gaps", []) if g.get("accept")]
    return found


SALT_ES = document([
    "Las salinas de Punta Roja",
    "Las salinas de Punta Roja ocupan una llanura junto al mar. Se construyeron en 1902 por iniciativa del armador Lucas Mesa.",
    "La sal se secaba durante tres semanas en los almacenes, y después se cargaba en sacos de palma.",
    "El molino tenía tres aspas de madera y subía el agua hasta los estanques más altos.",
    "Cada cocedero se vaciaba tres veces por verano, siempre al amanecer.",
    "Durante cuatro décadas el agua del mar no llegó a los cocederos del norte. El barro del fondo se agrietó y la sal dejó de cuajar.",
])


def test_a_count_asked_as_a_number_is_read_with_what_it_counts() -> None:
    """«Durante ____ décadas» asked as a number (an article fits the typed gap): «cuatro» is
    read with «décadas», as a typed count is, so «tres» written in three paragraphs of other
    things (weeks, sails, times) is no headline fact of «Durante tres décadas»."""
    spanish = [*SALT_ES[:5], Paragraph(6, SALT_ES[5].text.replace("cuatro", "tres"))]
    numeric = [d for d in derive_drafts(spanish, "es") if d.paragraph == 6 and d.item.get("type") == "numeric" and d.item["answer"] == 3]
    assert numeric
    assert not [p for d in numeric for p in d.problems if p.startswith("a headline fact")], [d.problems for d in numeric]


def _sections(rows: list[tuple[str, bool]]) -> list[Paragraph]:
    return [Paragraph(i, text, heading) for i, (text, heading) in enumerate(rows, 1)]


CLOCKS_EN = _sections([
    ("Clockmaking in the Wendle valley", True),
    ("The village of Wendle made tower clocks for churches and town halls from 1760 to 1935.", False),
    ("History of the works", True),
    ("The clockmaker Amos Threlfall founded the first workshop in 1760, beside the mill race that drove his lathes.", False),
    ("The workshop's account books are now kept by the Museum of Rural History. The archivist Ruth Ollerenshaw catalogued them in 1994.", False),
    ("The last clocks", True),
    ("The last clock left the works in 1935 for the town hall of Brisford, where it still strikes the hours.", False),
])
CLOCKS_ES = _sections([
    ("Los relojeros del valle de Anso", True),
    ("El pueblo de Anso fabricó relojes de torre para iglesias y ayuntamientos entre 1760 y 1935.", False),
    ("La ribera y sus oficios", True),
    ("El relojero Matías Urdiales abrió el primer taller en 1760, junto a la acequia que movía sus tornos.", False),
    ("Los libros de cuentas del taller los guarda hoy el Museo Etnográfico de la Ribera. La archivera Rosa Lasheras los catalogó en 1994.", False),
    ("Los últimos relojes", True),
    ("El último reloj salió del taller en 1935 para el ayuntamiento de Berdún, donde todavía da las horas.", False),
])


def test_a_heading_s_word_that_ends_a_name_is_no_headline_fact() -> None:
    """"the Museum of Rural History" under a heading "History of the works": the heading's word
    'history' ends the name by chance; the heading does not name the museum. (A surname, not a
    word of the language, still counts: "Threlfall's works" names Amos Threlfall.)"""
    for paragraphs, code, key in ((CLOCKS_EN, "en", "Museum of Rural History"), (CLOCKS_ES, "es", "Museo Etnográfico de la Ribera")):
        drafts = [d for d in derive_drafts(paragraphs, code) if d.paragraph == 5 and key in [str(a) for a in d.item.get("accept", [])]]
        assert drafts, [(d.item.get("prompt"), d.problems) for d in derive_drafts(paragraphs, code) if d.paragraph == 5]
        assert not [p for d in drafts for p in d.problems if "a heading names" in p], [d.problems for d in drafts]


def test_a_surname_a_heading_writes_still_names_its_person() -> None:
    """"Amos Threlfall" under "The works of Threlfall": the heading names him (as before)."""
    english = [*CLOCKS_EN[:2], Paragraph(3, "The works of Threlfall", is_heading=True), *CLOCKS_EN[3:]]
    drafts = [d for d in derive_drafts(english, "en") if d.paragraph == 4 and "Amos Threlfall" in [str(a) for a in d.item.get("accept", [])]]
    assert drafts and all(any("a heading names 'threlfall'" in p for p in d.problems) for d in drafts), [d.problems for d in drafts]


def test_two_counts_of_one_number_counting_other_things_are_two_answers() -> None:
    """«durante ____ semanas» and «Durante ____ décadas», both 3 and asked as numbers: not one
    answer asked twice, so each paragraph keeps its count (the second was held back as "the same
    answer as" the first, and its paragraph was left with nothing)."""
    spanish = [*SALT_ES[:5], Paragraph(6, "Durante tres décadas nadie trabajó en la parte norte de las salinas.")]
    drafts = derive_drafts(spanish, "es")
    counted = {d.paragraph for d in drafts if d.ready and d.item.get("type") == "numeric" and d.item["answer"] == 3}
    assert {3, 6} <= counted, [(d.paragraph, d.item.get("prompt"), d.problems) for d in drafts if d.paragraph in (3, 6)]
