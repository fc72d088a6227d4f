"""A contrast of two things of one kind, each with its own property (issue 10, coverage of
explanatory paragraphs, brief contrast): "The upper layer of sand traps the silt; the lower
gravel bed, by contrast, carries the water", «Las piletas exteriores reciben ...; la central, en
cambio, recibe ...», "..., whereas ...", «..., mientras que ...», and two sides of an argument.
Such a paragraph names no year, figure or name, and was left without any ready draft; it gets
a true/false statement that swaps the two halves (false) or states one as written (true).
Our own small texts (a town's slow sand filters; an inland salt works), written for these tests."""

from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts
from tests.helpers.drafts import ready_by_paragraph

FILTERS = [
    Paragraph(1, "How the Dunmore sand filters clean water", is_heading=True),
    Paragraph(2, "The first filter beds at Dunmore were dug in 1871 beside the river weir by the engineer Thomas Hale. "
                 "The east beds take water from the weir pool; the west beds, by contrast, take water from a spring."),
    Paragraph(3, "The upper layer of fine sand traps the silt and the algae; the lower gravel bed, by contrast, traps "
                 "almost nothing and carries the clean water to the drains."),
    Paragraph(4, "Rapid filters are washed by pumping water backwards through them, whereas slow filters are cleaned "
                 "by scraping off the top centimetre of sand."),
    Paragraph(5, "The shopkeepers of Dunmore said the new water rate would pay for a third filter bed; the county "
                 "engineers, however, argued that the old beds needed a deeper layer of sand."),
    Paragraph(6, "The outer beds hold the river water for a day; the other, by contrast, holds it for a week."),
    Paragraph(7, "The old pump house burns coal from the Tarrow pits. The new pump house, by contrast, burns gas from the town works."),
    Paragraph(8, "The settling tanks were built of brick, whereas the engine house was roofed with slate."),
    Paragraph(9, "The lower sluice drains the settled mud; the upper sluice, by contrast, admits fresh river water."),
    Paragraph(10, "Unlike the old intake, the new intake draws water from below the weir."),
    Paragraph(11, "Unlike the outer beds, the inner bed drains into the river."),
    Paragraph(12, "The cellar never floods, whereas the yard floods every spring."),
]

SALINA = [
    Paragraph(1, "La salina de Valdeyeso", is_heading=True),
    Paragraph(2, "La salina de Valdeyeso funcionó desde 1742 hasta 1968 junto al arroyo del Salobral, y llegó a dar "
                 "trabajo a cuarenta familias."),
    Paragraph(3, "Las piletas exteriores reciben el agua salada del manantial; la central, en cambio, recibe la "
                 "salmuera ya concentrada por el sol."),
    Paragraph(4, "Los molinos de marea molían solo durante la bajamar, mientras que los molinos de río molían "
                 "durante todo el año."),
    Paragraph(5, "Los vecinos de Valdeyeso sostuvieron que la salina vaciaría los pozos del pueblo; los técnicos de "
                 "la Diputación, por el contrario, defendieron que el manantial daba agua de sobra."),
    Paragraph(6, "Los partidarios dijeron que el mercado traería empleo; los detractores, en cambio, dijeron que "
                 "cerraría las tiendas."),
    Paragraph(7, "El horno viejo quemaba leña de encina. El horno nuevo, por el contrario, quemaba carbón de las minas de Utrillas."),
    Paragraph(8, "Las mulas de la sierra acarreaban la sal en verano, mientras que las del valle acarreaban la sal todo el año."),
    Paragraph(9, "La sal gruesa se vendía a los ganaderos; la sal fina, en cambio, se vendía en las tiendas de Sigüenza."),
    Paragraph(10, "La sal blanca se guardaba en sacos de lino; la parda, en cambio, se guardaba en cestos de esparto."),
    Paragraph(11, "Los carros de la salina cargaban sal en el almacén, mientras que los carros del pueblo traían leña del monte."),
    Paragraph(12, "A diferencia del almacén viejo, el almacén nuevo tenía suelo de madera."),
]


def _statements(paragraphs: list[Paragraph], code: str, *, ready: bool) -> dict[int, set[tuple[str, bool]]]:
    """The true/false statements drafted (ready only, or all), by paragraph."""
    found: dict[int, set[tuple[str, bool]]] = {}
    for d in derive_drafts(paragraphs, code):
        if d.item.get("type") == "true_false" and (d.ready or not ready):
            statement = str(d.item["prompt"]).split(":", 1)[1].strip()
            found.setdefault(d.paragraph, set()).add((statement, d.item["answer"]))
    return found


def test_an_english_contrast_is_asked_the_wrong_way_round_and_as_written() -> None:
    drafted = _statements(FILTERS, "en", ready=False)
    assert ("The lower gravel bed traps the silt and the algae.", False) in drafted[3]
    assert ("The upper layer of fine sand traps the silt and the algae.", True) in drafted[3]
    assert ("The upper layer of fine sand traps almost nothing and carries the clean water to the drains.", False) in drafted[3]
    # "whereas": the verb both halves share is an auxiliary; "through them" leans on the subject.
    assert ("Rapid filters are cleaned by scraping off the top centimetre of sand.", False) in drafted[4]
    assert ("Slow filters are cleaned by scraping off the top centimetre of sand.", True) in drafted[4]
    assert not any("through them" in s for s, _ in drafted[4])
    # Two sides of an argument: each side's claim, said by the other side, is false.
    assert ("The county engineers argued the new water rate would pay for a third filter bed.", False) in drafted[5]
    assert ("The shopkeepers of Dunmore said that the old beds needed a deeper layer of sand.", False) in drafted[5]


def test_a_spanish_contrast_resolves_an_elided_noun_from_its_first_half() -> None:
    drafted = _statements(SALINA, "es", ready=False)
    assert ("La pileta central recibe el agua salada del manantial.", False) in drafted[3]
    assert ("Las piletas exteriores reciben la salmuera ya concentrada por el sol.", False) in drafted[3]
    assert ("La pileta central recibe la salmuera ya concentrada por el sol.", True) in drafted[3]
    assert ("Los molinos de río molían solo durante la bajamar.", False) in drafted[4]
    assert ("Los molinos de marea molían durante todo el año.", False) in drafted[4]
    assert ("Los técnicos de la Diputación defendieron que la salina vaciaría los pozos del pueblo.", False) in drafted[5]


def test_a_contrast_whose_second_half_is_the_next_sentence_is_asked_too() -> None:
    en = _statements(FILTERS, "en", ready=False)
    assert ("The new pump house burns coal from the Tarrow pits.", False) in en[7]
    assert ("The old pump house burns gas from the town works.", False) in en[7]
    es = _statements(SALINA, "es", ready=False)
    assert ("El horno nuevo quemaba leña de encina.", False) in es[7]
    assert ("El horno nuevo quemaba carbón de las minas de Utrillas.", True) in es[7]


def test_an_elided_noun_after_an_article_and_a_pronoun_before_the_verb_are_read() -> None:
    es = _statements(SALINA, "es", ready=False)
    assert ("Las mulas del valle acarreaban la sal en verano.", False) in es[8]  # «las del valle»
    assert ("La sal fina se vendía a los ganaderos.", False) in es[9]  # «se vendía»
    assert ("La sal gruesa se vendía en las tiendas de Sigüenza.", False) in es[9]


def test_two_different_verbs_after_two_subjects_of_one_kind_swap_the_subjects() -> None:
    en = _statements(FILTERS, "en", ready=False)
    assert ("The upper sluice drains the settled mud.", False) in en[9]
    assert ("The lower sluice admits fresh river water.", False) in en[9]
    es = _statements(SALINA, "es", ready=False)
    assert ("Los carros del pueblo cargaban sal en el almacén.", False) in es[11]
    assert ("Los carros de la salina traían leña del monte.", False) in es[11]


def test_unlike_asks_the_clause_of_the_other_thing() -> None:
    en = _statements(FILTERS, "en", ready=False)
    assert en[10] == {("The new intake draws water from below the weir.", True), ("The old intake draws water from below the weir.", False)}
    assert 11 not in en  # "The outer beds drains": the verb would not agree
    es = _statements(SALINA, "es", ready=False)
    assert es[12] == {("El almacén nuevo tenía suelo de madera.", True), ("El almacén viejo tenía suelo de madera.", False)}


def test_no_statement_on_a_half_that_names_nothing_or_on_sides_named_by_their_stance() -> None:
    en = _statements(FILTERS, "en", ready=False)
    assert 6 not in en  # "the other" names nothing
    assert 8 not in en  # "were" / "was": tanks and a house are not two of a kind
    assert 12 not in en  # "The cellar never floods every spring": "never" is the verb's, not the subject's
    es = _statements(SALINA, "es", ready=False)
    assert 6 not in es  # «los partidarios» / «los detractores»: guessed from the tone
    assert 10 not in es  # «la parda»: an elided noun or a noun of its own, no telling


def test_contrast_paragraphs_with_nothing_else_to_ask_get_a_ready_statement() -> None:
    for paragraphs, code, numbers in ((FILTERS, "en", (3, 4)), (SALINA, "es", (3, 4))):
        ready = ready_by_paragraph(paragraphs, code)
        for number in numbers:
            assert any(d.item.get("type") == "true_false" for d in ready.get(number, [])), (code, number, ready.get(number))


def test_a_paragraph_with_a_ready_fact_keeps_it_and_gets_no_contrast_statement() -> None:
    drafted = _statements(FILTERS, "en", ready=False)
    assert ("The west beds take water from the weir pool.", False) in drafted[2]
    ready = ready_by_paragraph(FILTERS, "en")
    assert ready.get(2) and not any("beds take" in str(d.item.get("prompt", "")) for d in ready[2])
