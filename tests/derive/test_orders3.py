"""orders3 (issue 10): orderings a reader settles by common sense alone, on texts of our own (a
cider press, a wool croft, a painter, a branch line, a tannery; EN and ES). A craft's stages named
by what is done (harvest -> mill -> ferment -> bottle), a procedure's steps (prepare -> mark ->
start -> raise -> finish) and a chain of events (authorise -> reach -> sell -> decline -> close)
in that usual order, for all or all but one of their adjacent pairs, are held back; steps named by
the craft's own terms, events with no order between them and an order the text makes unusual
stay."""
from __future__ import annotations

from quizapp.derive import Draft, Paragraph, derive_drafts, trivial_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import choice_draft, make_draft

EN, ES = language_for("en"), language_for("es")


def _ordering(steps: list[str]) -> Draft:
    return make_draft({"type": "ordering", "prompt": "Put these stages in order.", "items": steps})


def _held(steps: list[str], lang: object) -> bool:
    return bool(trivial_gaps.common_course_order(_ordering(steps), lang))  # type: ignore[arg-type]


def test_a_craft_named_by_what_is_done_is_held() -> None:
    """Raw material -> processing -> finishing -> packing: any reader orders it. Milling and
    pressing share a stage: one adjacent pair the lexicon leaves open still holds a long one."""
    assert _held(["Harvesting the apples", "Washing the fruit", "Milling the apples to a pulp", "Pressing the pulp",
                  "Fermenting the juice", "Bottling the cider"], EN)
    assert _held(["Shearing the flock", "Washing the fleece", "Carding the wool", "Spinning the yarn", "Weaving the tweed"], EN)
    assert _held(["Recolección de la manzana", "Lavado de la fruta", "Molienda", "Prensado de la pulpa",
                  "Fermentación del mosto", "Embotellado de la sidra"], ES)
    assert _held(["Esquileo del rebaño", "Lavado del vellón", "Cardado de la lana", "Hilado", "Tejido del paño"], ES)


def test_a_procedure_named_by_its_actions_is_held() -> None:
    assert _held(["The painter prepares the wall", "He marks the edges with tape", "He starts at the top corner",
                  "He raises the pace on the open wall", "He finishes with a second coat"], EN)
    assert _held(["El pintor prepara la pared", "Marca los bordes con cinta", "Empieza por la esquina alta",
                  "Aumenta el ritmo en el paño abierto", "Termina con una segunda mano"], ES)


def test_a_chain_of_events_in_its_usual_course_is_held() -> None:
    """A law authorising a line -> the line reaching a town -> its sale -> decline -> closure; a
    founding -> growth -> closure."""
    assert _held(["An Act of Parliament authorised the branch line", "The line reached Kelbrook",
                  "The company sold the branch to the county", "Traffic declined after the new road opened",
                  "The station closed"], EN)
    assert _held(["The Brennock family founded the tannery", "The tannery grew to employ ninety men",
                  "A Leeds firm bought the tannery", "The tannery closed"], EN)
    assert _held(["Una ley autorizó el ramal", "El tren llegó a Villar de Arnedo", "La compañía traspasó el ramal a la Diputación",
                  "El tráfico decayó tras abrirse la carretera", "La estación cerró"], ES)
    assert _held(["La familia Orúe fundó la tenería", "La tenería creció hasta dar trabajo a noventa hombres",
                  "Una firma de Vitoria compró la tenería", "La tenería cerró"], ES)


def test_orderings_a_reader_cannot_settle_stay() -> None:
    # The craft's own terms.
    assert not _held(["Bowing", "Planking", "Blocking", "Basoning"], EN)
    assert not _held(["Desbastado", "Retestado", "Enfaldado", "Rematado"], ES)
    # Events with no order between them.
    assert not _held(["A fire destroyed the boathouse", "The Duke of Rossal visited the club",
                      "The club won the county rowing award", "A second fire burned the slipway"], EN)
    assert not _held(["Un incendio destruyó el cobertizo", "El duque de Rosal visitó el club",
                      "El club ganó el premio provincial de remo", "Otro incendio quemó la rampa"], ES)
    # An order the text makes unusual: the bottle before the second fermentation.
    assert not _held(["Pressing the grapes", "Bottling the base wine", "Fermenting it again in the bottle", "Ageing on the lees"], EN)
    assert not _held(["Prensado de la uva", "Embotellado del vino base", "Fermentación en la botella", "Crianza sobre las lías"], ES)
    # Three steps with one pair open: a reader places one step only.
    assert not _held(["Harvesting the apples", "Pressing the pulp", "Storing the casks"], EN)


def _doc(title: str, intro: str, lead: str, items: list[str]) -> list[Paragraph]:
    return [
        Paragraph(1, title, is_heading=True),
        Paragraph(2, intro),
        Paragraph(3, lead),
        *(Paragraph(4 + k, item, is_list_item=True) for k, item in enumerate(items)),
    ]


def _orderings(drafts: list[Draft]) -> list[object]:
    return [d.item["items"] for d in drafts if d.ready and d.item.get("type") == "ordering"]


def test_a_craft_list_in_its_usual_course_is_no_ready_ordering() -> None:
    cider = _doc("The Ashcombe press", "The press at Ashcombe has made cider from the orchards of the valley since 1872.",
                 "The cider is made in this order:", [
                     "Harvesting the apples in October.", "Washing the fruit in the trough.",
                     "Milling the apples to a pulp.", "Fermenting the juice in oak casks.", "Bottling the cider in spring."])
    sidra = _doc("El lagar de Ascoz", "El lagar de Ascoz elabora sidra con las manzanas del valle desde 1872.",
                 "La sidra se elabora en este orden:", [
                     "Recolección de la manzana en octubre.", "Lavado de la fruta en la pila.",
                     "Molienda de la manzana.", "Fermentación del mosto en toneles.", "Embotellado de la sidra en primavera."])
    assert _orderings(derive_drafts(cider, "en")) == []
    assert _orderings(derive_drafts(sidra, "es")) == []


def test_the_next_stage_of_a_usual_course_is_held() -> None:
    """"What comes right after milling?" among fermenting, bottling and harvesting: the course
    gives the next stage. Options the course does not rank, or a key against it, keep the item."""
    en = "According to the text, what comes right after this step: \u201c{}\u201d?"
    es = "Según el texto, ¿qué viene justo después de este paso: «{}»?"
    assert trivial_gaps.common_course_order(
        choice_draft(en.format("The apples are milled to a pulp"), "The juice ferments in oak casks",
                     ["The cider is bottled", "The apples are harvested"]), EN)
    assert trivial_gaps.common_course_order(
        choice_draft(es.format("Se muele la manzana"), "El mosto fermenta en toneles",
                     ["Se embotella la sidra", "Se recolecta la manzana"]), ES)
    assert not trivial_gaps.common_course_order(
        choice_draft(en.format("Bowing"), "Basoning", ["Planking", "Blocking"]), EN)
    assert not trivial_gaps.common_course_order(
        choice_draft(en.format("The grapes are pressed"), "The base wine is bottled",
                     ["It ferments again in the bottle", "It is aged on the lees"]), EN)
