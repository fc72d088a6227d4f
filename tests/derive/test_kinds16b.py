"""kinds16b: items a reader answers without the document (issue 10, rule 5), each kind fixed
generally and tested on our own small texts (EN and ES, topics of our own)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts, giveaways, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, fill_in_draft, numeric_draft


def _ready_years(paragraphs: list[Paragraph], language: str) -> list[tuple[str, Any]]:
    return [(str(d.item.get("prompt")), d.item.get("answer")) for d in derive_drafts(paragraphs, language)
            if d.ready and d.item.get("type") == "numeric"]


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang)


PAPER_ES = [Paragraph(1, "La fundación del periódico de Zaruma", is_heading=True),
            Paragraph(2, "El periódico salió por primera vez el 31 de diciembre de 1896 en Zaruma, y el 7 de enero de 1897 ya vendía 800 ejemplares."),
            Paragraph(3, "Su director, Efraín Lozada, lo cerró el 2 de marzo de 1912, dos semanas después del 16 de febrero de 1912, cuando murió su socio.")]
PAPER_EN = [Paragraph(1, "The Dunmore newspaper", is_heading=True),
            Paragraph(2, "The paper first appeared on 28 December 1921 in Dunmore, and by 4 January 1922 it sold 800 copies a day."),
            Paragraph(3, "Its editor, Owen Pritchard, closed it on 3 May 1931, two weeks after 20 April 1931, when his partner died.")]


def test_the_year_of_a_day_shortly_after_or_before_a_full_date_is_not_asked() -> None:
    """The review: «el 31 de diciembre de 1896 … y el 7 de enero de ____» asked 1897: a day a
    few weeks from a full date of the same prompt has that date's year or the one next to it,
    and the reader takes the one that puts the two days close. Days far apart are still asked."""
    for paragraphs, language in ((PAPER_ES, "es"), (PAPER_EN, "en")):
        asked = [(p, a) for p, a in _ready_years(paragraphs, language) if a in (1896, 1897, 1912, 1921, 1922, 1931)]
        assert not asked, asked
    assert _reasons(numeric_draft("“The paper closed on 3 May ____, two weeks after 20 April 1931.”", 1931), "en")
    assert _reasons(numeric_draft("«El periódico salió el 31 de diciembre de ____, y el 7 de enero de 1897 vendía 800 ejemplares.»", 1896), "es")
    # Born and died: months apart, and years apart: nothing settles the year.
    assert not _reasons(numeric_draft("“Pritchard was born on 3 May 1890 and died on 4 June ____ in Kelso.”", 1951), "en")
    assert not _reasons(numeric_draft("«Lozada nació el 2 de marzo de 1850 y murió el 9 de marzo de ____.»", 1921), "es")


def test_a_place_famous_for_a_trade_good_is_not_asked_beside_it() -> None:
    """The review: «mármol de ____ (Italia)» asked Carrara: a place named with a trade good
    («cristal de ____», "____ lace", "Toledo steel") whose name general text writes is the
    pairing a reader knows. A place general text does not write is still asked."""
    chapel_es = [Paragraph(1, "La capilla de Zaruma", is_heading=True),
                 Paragraph(2, "El altar de la capilla es de mármol de Carrara, traído por el obispo Lozada en 1882."),
                 Paragraph(3, "Las lámparas son de cristal de Murano y los manteles de encaje de Bruselas, regalos de la familia Arango.")]
    keys = [d.item["accept"][0] for d in derive_drafts(chapel_es, "es") if d.ready and d.item.get("type") == "fill_in"]
    assert not {"Carrara", "Murano", "Bruselas"} & set(keys), keys
    for prompt, key, language in (
        ("«El altar es de mármol de ____, traído por el obispo en 1882.»", "Carrara", "es"),
        ("«Las lámparas son de cristal de ____ y los manteles de lino.»", "Murano", "es"),
        ("«Los cuchillos son de acero de ____, regalo del obispo.»", "Toledo", "es"),
        ("“The cloths were of ____ lace, gifts of the Laidlaw family.”", "Brussels", "en"),
        ("“The knives are of ____ steel, a gift of the bishop.”", "Toledo", "en"),
        ("“The lamps are of ____ glass, a gift of the bishop.”", "Murano", "en"),
        ("“The altar is of marble from ____, brought by the bishop.”", "Carrara", "en"),
    ):
        assert _reasons(fill_in_draft(prompt, key), language), (prompt, key)
        assert _reasons(choice_draft(prompt, key, ["Zaruma", "Kelso"]), language), (prompt, key)
    # A place general text never writes is no pairing a reader knows; nor a place after another noun.
    assert not _reasons(fill_in_draft("«Las lámparas son de cristal de ____ y los manteles de lino.»", "Tumbabiro"), "es")
    assert not _reasons(fill_in_draft("«El obispo llegó a ____ en 1882.»", "Toledo"), "es")


def test_options_the_prompts_own_figures_rule_out_are_not_offered() -> None:
    """The review: "the station, at 5,068 m, … the line's highest point, ____ m" offered one
    option above the given figure: a superlative or a comparative beside another figure of the
    same unit rules out every option on its wrong side. Options on both sides of the given
    figure: one side is impossible by the prompt's own logic, so no choice item."""
    for prompt, key, wrong, language in (
        ("“The depot, at 3,870 m, lies below the railway's highest point, at ____.”", "4,212 m", ["2,950 m", "3,105 m"], "en"),
        ("“The tunnel, at ____, is 300 m higher than the depot at 3,870 m.”", "4,170 m", ["2,950 m", "4,480 m"], "en"),
        ("«La estación, a 3.870 m, queda por debajo del punto más alto de la línea, a ____.»", "4.212 m", ["2.950 m", "3.105 m"], "es"),
        ("«El lago más profundo, de ____, supera al de Pacheco, de 120 m.»", "310 m", ["95 m", "80 m"], "es"),
    ):
        assert _reasons(choice_draft(prompt, key, wrong), language), prompt
    # All options on the key's side of the given figure: each is possible by the prompt alone.
    assert not _reasons(choice_draft("“The depot, at 3,870 m, lies below the railway's highest point, at ____.”", "4,212 m", ["4,480 m", "3,950 m"]), "en")
    assert not _reasons(choice_draft("«La estación, a 3.870 m, queda por debajo del punto más alto de la línea, a ____.»", "4.212 m", ["4.480 m", "3.950 m"]), "es")
    # No ordering word: two figures side by side rule nothing out.
    assert not _reasons(choice_draft("“The depot stands at 3,870 m and the yard at ____.”", "4,212 m", ["2,950 m", "3,105 m"]), "en")


def test_a_list_of_names_of_no_settled_kind_gets_no_places_as_wrong_options() -> None:
    """The review: a multiple select whose right options were composers and whose wrong ones
    were places: a list of bare surnames was taken for places, and the reader sorts the options
    by kind without the text. A list of names none of which the text writes as a place ("set to
    music by Pardoe, Ketley and Rhydderch") gets no places as wrong options; a list of hamlets
    still does."""
    from tests.derive.test_variety import SALINAS, SALINAS_PUEBLOS, SALT_VILLAGES, SALT_WORKS

    for doc, language, listed in (
        ([*SALT_WORKS, Paragraph(5, "The songs of the marsh were set to music by Pardoe, Ketley and Rhydderch, who stayed at the inn each summer."),
          Paragraph(6, "Since 1995 the growers' cooperative has sold its salt from a warehouse in Pradel, and much of it leaves by road through Le Croisic.")],
         "en", {"Pardoe", "Ketley", "Rhydderch"}),
        ([*SALINAS, Paragraph(5, "Las coplas de las salinas son obra de los compositores Uriarte, Zuazo y Olabarrieta, que pasaban los veranos en la posada."),
          Paragraph(6, "La sal se almacenaba en grandes almacenes de Espejo antes de bajar en carros hasta Pobes y, por el camino real, hacia Orduña.")],
         "es", {"Uriarte", "Zuazo", "Olabarrieta"}),
    ):
        for d in derive_drafts(doc, language):
            if d.ready and d.item.get("type") == "multiple_select":
                wrong = {c["text"] for c in d.item["choices"] if not c["correct"]}
                right = {c["text"] for c in d.item["choices"] if c["correct"]}
                assert not (right == listed and wrong & {"Pradel", "Le Croisic", "Pobes", "Orduña", "Espejo"}), d.item
    for doc, language in ((SALT_VILLAGES, "en"), (SALINAS_PUEBLOS, "es")):
        assert any(d.ready and d.item.get("type") == "multiple_select" for d in derive_drafts(doc, language))


def _events(draft: Draft) -> set[str]:
    return {str(x) for x in draft.item.get("items", [])} | {str(p["left"]) for p in draft.item.get("pairs", [])}


MILL_EN = [Paragraph(1, "The Tarbet woollen mill", is_heading=True),
           Paragraph(2, "The woollen mill at Tarbet stands beside the Kinglas burn, which turned its wheel for a century."),
           Paragraph(3, "The mill opened in 1836 near the old ford of the burn."),
           Paragraph(4, "Two power looms named Ada and Grace were delivered in 1863 by a firm from Paisley."),
           Paragraph(5, "The company tried a steam engine in 1869, when the burn ran low in a dry summer."),
           Paragraph(6, "The weavers sold their tweed at the fair in Inveraray, where drovers bought it by the bolt.")]
MILL_ES = [Paragraph(1, "El molino de Zaruma", is_heading=True),
           Paragraph(2, "El molino de lana de Zaruma está junto al río Amarillo, que movió su rueda durante un siglo."),
           Paragraph(3, "El molino abrió en 1836 cerca del viejo vado del río."),
           Paragraph(4, "Dos telares mecánicos llamados Ada y Grace llegaron en 1863 desde una fábrica de Guayaquil."),
           Paragraph(5, "La compañía probó una máquina de vapor en 1869, cuando el río bajó en un verano seco."),
           Paragraph(6, "Los tejedores vendían sus paños en la feria de Piñas, donde los arrieros los compraban por piezas.")]


def test_an_ordering_and_a_matching_do_not_ask_the_same_events() -> None:
    """The review: a matching paired the events of an ordering with their dates: the set asks
    the same facts twice (and the matching's dates rise with the ordering's answer). One of
    them is kept; the other gives way."""
    from quizapp.derive.bankfolder import read_paragraphs
    from tests.derive.conftest import document

    slate = read_paragraphs(document("slate-railway.md").read_text(encoding="utf-8"))
    for paragraphs, language in ((MILL_EN, "en"), (MILL_ES, "es"), (slate, "en")):
        ready = [d for d in derive_drafts(paragraphs, language) if d.ready and d.item.get("type") in ("ordering", "matching")]
        for i, a in enumerate(ready):
            for b in ready[i + 1:]:
                assert len(_events(a) & _events(b)) < 2, (a.item, b.item)


BRIDGE_EN = [Paragraph(1, "The Tarbet footbridge", is_heading=True),
             Paragraph(2, "The footbridge over the Kinglas burn carries the old drove road into Tarbet."),
             Paragraph(3, "A footbridge over the burn was proposed in 1821 by the mill owners of the village."),
             Paragraph(4, "The footbridge was built in 1834 by masons from Ardmore, with stone from Lochgair."),
             Paragraph(5, "The footbridge was listed as a national monument in 1978 by the county council."),
             Paragraph(6, "The weavers crossed it on fair days to sell their tweed at Inveraray.")]
BRIDGE_ES = [Paragraph(1, "La pasarela de Zaruma", is_heading=True),
             Paragraph(2, "La pasarela sobre el río Amarillo lleva el viejo camino de herradura hasta Zaruma."),
             Paragraph(3, "La pasarela fue propuesta en 1821 por los molineros del pueblo."),
             Paragraph(4, "La pasarela fue construida en 1834 por canteros de Portovelo, con piedra de Piñas."),
             Paragraph(5, "La pasarela fue declarada monumento nacional en 1978 por el consejo provincial."),
             Paragraph(6, "Los tejedores la cruzaban los días de feria para vender sus paños en Piñas.")]


def test_events_whose_kind_gives_their_order_are_not_ordered() -> None:
    """The review: an ordering of an idea proposed, then built, then listed as heritage: a
    reader orders a thing's life (proposed, built, opened, listed, closed; born, died) without
    the text, and a matching of those events to rising dates is as easy. Only events whose
    order their kind does not give are ordered."""
    for paragraphs, language in ((BRIDGE_EN, "en"), (BRIDGE_ES, "es")):
        drafts = derive_drafts(paragraphs, language)
        lived = [d.item for d in drafts if d.ready and d.item.get("type") in ("ordering", "matching")]
        assert not lived, lived
    for paragraphs, language in ((MILL_EN, "en"), (MILL_ES, "es")):
        assert any(d.ready and d.item.get("type") == "ordering" for d in derive_drafts(paragraphs, language))


def test_a_year_a_stated_span_from_another_year_of_the_prompt_is_not_asked() -> None:
    """Found on our own texts: "closed in 1931, and a year later, in ____" asks 1932, «en 1931
    y, dos años después, en ____» 1933: the prompt's year and its span give the key. A span
    that does not lead to the key ("the winter of ____, ten years after the fire of 1901" asking
    1915) still asks it."""
    for prompt, key, language in (
        ("“The mill closed in 1931, and a year later, in ____, it burned down.”", 1932, "en"),
        ("“The mill closed in 1931 and burned down three years later, in ____.”", 1934, "en"),
        ("“In ____, the year after the flood of 1931, the mill reopened.”", 1932, "en"),
        ("«El molino cerró en 1931 y, dos años después, en ____, ardió.»", 1933, "es"),
        ("«En ____, al año siguiente de la riada de 1931, el molino reabrió.»", 1932, "es"),
        ("«La capilla se levantó en ____, una década antes del incendio de 1901.»", 1891, "es"),
    ):
        assert _reasons(numeric_draft(prompt, key), language), prompt
    assert not _reasons(numeric_draft("“The mill burned in ____, ten years after the fire of 1901.”", 1915), "en")
    assert not _reasons(numeric_draft("«El molino ardió en ____, diez años después del incendio de 1901.»", 1915), "es")
