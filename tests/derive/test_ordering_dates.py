"""An ordering's steps never carry their dates ("the award of the main contract in 2028", "the
diversion of the river in 2029"): a reader orders the dated steps by their years and the rest by
the usual course of a project (a fresh review). A date closing a step is dropped; a year left
inside a step holds the ordering back. Own texts, English and Spanish."""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts


def _doc(lines: list[str], lead: str, items: list[str]) -> list[Paragraph]:
    paragraphs = [Paragraph(1, lines[0], is_heading=True), Paragraph(2, lines[1]), Paragraph(3, lead)]
    return paragraphs + [Paragraph(4 + k, item, False, True) for k, item in enumerate(items)]


WEIR = _doc(
    ["The Ostra weir", "The regional council approved the Ostra weir in March, after a decade of studies and two failed tenders."],
    "The next steps follow in this order:",
    [
        "the completion of the updated study of the river bed;",
        "a conference of the lenders and the two councils;",
        "the award of the main civil works contract in 2028;",
        "the diversion of the river through the old mill race in 2029.",
    ],
)
PRESA = _doc(
    ["La presa del Ostra", "El consejo regional aprobó la presa del Ostra en marzo, tras diez años de estudios y dos concursos fallidos."],
    "Los próximos pasos siguen este orden:",
    [
        "la conclusión del estudio actualizado del cauce;",
        "una conferencia de los prestamistas y los dos consejos;",
        "la adjudicación del contrato principal de obra civil en 2028;",
        "el desvío del río por el antiguo canal del molino en 2029.",
    ],
)


def test_an_orderings_steps_lose_the_dates_that_close_them() -> None:
    for doc, lang in ((WEIR, "en"), (PRESA, "es")):
        orderings = [d for d in derive_drafts(doc, lang) if d.item.get("type") == "ordering"]
        assert orderings, lang
        for d in orderings:
            assert not any("2028" in t or "2029" in t for t in d.item["items"]), d.item["items"]
