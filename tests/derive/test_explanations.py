"""Explanatory, causal and narrative paragraphs (how a thing works, why it failed, what one step
led to) name no person, figure or date, so the fact-based drafter left them without any ready
item (review 11: a blackout minute by minute, a chain of failures aboard a ship, why
redundancy helps only if automatic, how a Roman mine was worked). What such a paragraph does
have is its own vocabulary: a term rare in general text that the paragraph uses and its
sentence does not settle ("a ____ pump pressed into service as a fuel supply pump": flushing).
See quizapp.derive.explanations. The documents are written for these tests, in our own words."""
from __future__ import annotations

import re
from pathlib import Path

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs
from quizapp.languages import language_for


DOCUMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"


def ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def covered(drafts: list[Draft], number: int) -> list[Draft]:
    return [d for d in ready(drafts) if d.paragraph == number]


ICE_HOUSE_EN = [
    Paragraph(1, "The ice houses of Marsham Hall", is_heading=True),
    Paragraph(2, "In 1820 the Marsham estate in Norfolk cut about 300 tons of ice from its lake each winter and stored it for the summer kitchens."),
    Paragraph(3, "How the ice kept", is_heading=True),
    Paragraph(4, "Blocks were packed in layers of straw so that the air trapped between the stalks slowed the melting. "
                 "A sump at the bottom of the pit let the water drain away, because ice standing in water melts far faster than ice kept dry."),
    Paragraph(5, "Why the pits faced north", is_heading=True),
    Paragraph(6, "A pit dug into a north-facing bank stayed in shade for most of the day. "
                 "Its domed roof was covered with thatch, which kept the sun off the bricks and let rain run clear of the door."),
    Paragraph(7, "What went wrong in a warm year", is_heading=True),
    Paragraph(8, "When the estate's steward left the outer door propped open during a hot week, the warm air reached the ice and the whole store was lost. "
                 "A wet lining made matters worse, since the meltwater soaked the straw as the ice melted and damp straw conducts heat much better than dry straw."),
]

LIME_KILN_ES = [
    Paragraph(1, "Los hornos de cal de Morata", is_heading=True),
    Paragraph(2, "En 1910 el pueblo de Morata tenía once hornos de cal que daban trabajo a unas 60 familias."),
    Paragraph(3, "Cómo se cocía la piedra", is_heading=True),
    Paragraph(4, "La carga se apoyaba en una bóveda de piedra levantada sobre el hogar. "
                 "El fuego se mantenía durante varios días con ramas de encina y de jara, de modo que la piedra se cocía poco a poco hasta convertirse en cal viva."),
    Paragraph(5, "Por qué se apagaba con agua", is_heading=True),
    Paragraph(6, "La cal viva se guardaba en sacos y se mezclaba con agua antes de venderla, porque así dejaba de quemar la piel de quien la cargaba. "
                 "Esa mezcla, que desprendía mucho calor, se removía en una alberca poco profunda hasta que la pasta se enfriaba."),
]


def test_an_explanatory_paragraph_gets_a_gap_on_its_distinctive_term() -> None:
    """The paragraph on how the ice kept names no fact; its term is the sump (Zipf 2.7), asked
    where the sentence does not settle it."""
    drafts = derive_drafts(ICE_HOUSE_EN, "en")
    mine = covered(drafts, 4)
    assert mine, [(d.key, d.item.get("prompt"), d.problems) for d in drafts if d.paragraph == 4]
    gaps = [d for d in mine if d.item.get("type") == "fill_in"]
    assert gaps and gaps[0].item["accept"][0] == "sump", [d.item for d in mine]
    assert "A ____ at the bottom of the pit" in gaps[0].item["prompt"]


def test_a_compound_of_a_word_of_its_own_sentence_is_no_gap() -> None:
    """"the ____ soaked the straw as the ice melted": meltwater is melt + water, given."""
    keys = [str(d.item["accept"][0]) for d in derive_drafts(ICE_HOUSE_EN, "en") if d.item.get("type") == "fill_in"]
    assert "meltwater" not in keys


def test_a_paragraph_on_why_a_thing_was_built_so_is_covered() -> None:
    drafts = derive_drafts(ICE_HOUSE_EN, "en")
    for number in (6,):
        mine = covered(drafts, number)
        assert mine, (number, [(d.key, d.item.get("prompt"), d.problems) for d in drafts if d.paragraph == number])


def test_the_term_gap_is_only_a_fallback_for_a_paragraph_with_no_other_item() -> None:
    """A paragraph with a figure keeps its figure's question; no word gap joins it."""
    drafts = derive_drafts(ICE_HOUSE_EN, "en")
    word_gaps = [d for d in covered(drafts, 2) if d.item.get("type") == "fill_in" and str(d.item["accept"][0]).islower()]
    assert not word_gaps, [d.item for d in word_gaps]


def test_a_gap_is_on_a_noun_never_a_verb_an_adjective_or_a_common_word() -> None:
    lang = language_for("en")
    for d in ready(derive_drafts(ICE_HOUSE_EN, "en")):
        if d.item.get("type") != "fill_in" or not str(d.item["accept"][0]).islower():
            continue
        key = str(d.item["accept"][0])
        assert lang.familiarity(key) < 3.6, key
        assert not re.search(r"(?:ed|ly|ous|ive|ful)$", key), key


def test_spanish_explanatory_and_causal_paragraphs_are_covered() -> None:
    drafts = derive_drafts(LIME_KILN_ES, "es")
    for number in (4, 6):
        mine = covered(drafts, number)
        assert mine, (number, [(d.key, d.item.get("prompt"), d.problems) for d in drafts if d.paragraph == number])
    # The slaking paragraph's term is drafted (offered when no other ready draft covers it).
    assert any(d.item.get("type") == "fill_in" and d.item["accept"][0] == "alberca" for d in drafts if d.paragraph == 6)


def test_the_same_drafts_every_time() -> None:
    first = [(d.key, d.problems) for d in derive_drafts(LIME_KILN_ES, "es")]
    assert first == [(d.key, d.problems) for d in derive_drafts(LIME_KILN_ES, "es")]


# (A term named with "called" / "llamado" gets a card from quizapp.derive.variety: see
# tests/derive/test_variety.py.)


def test_no_gap_on_an_adjective_paired_by_and_nor_on_a_plural_subject() -> None:
    """Seen on sample documents: "blanco y ____ al principio, azulado y fino" (espeso, the pair
    of "fino"), "while the ____ react with the air" (juices, a verb's subject read as a
    modifier)."""
    es = [
        Paragraph(1, "La carbonera", is_heading=True),
        Paragraph(2, "De día y de noche alguien vigilaba el color del humo: blanco y espeso al principio, azulado y fino cuando la madera ya era carbón."),
    ]
    en = [
        Paragraph(1, "Black tea", is_heading=True),
        Paragraph(2, "The rolled leaf rests on cool tables while the juices react with the air."),
    ]
    keys = [str(d.item["accept"][0]) for d in derive_drafts(es, "es") + derive_drafts(en, "en") if d.item.get("type") == "fill_in"]
    assert "espeso" not in keys and "juices" not in keys, keys


def test_no_gap_on_a_unit_after_an_approximate_quantity() -> None:
    """"la carga se hundía unos ____ al perder peso": palmos, metros, centímetros all fit."""
    paragraphs = read_paragraphs((DOCUMENTS / "hornos-de-cal.md").read_text(encoding="utf-8"))
    keys = [str(d.item["accept"][0]) for d in derive_drafts(paragraphs, "es") if d.item.get("type") == "fill_in"]
    assert "palmos" not in keys, keys


def test_the_paragraphs_of_a_plain_explanatory_spanish_text_are_covered() -> None:
    """tests/fixtures/documents/hornos-de-cal.md: how a lime kiln was built, fired and its lime
    slaked, with few names or figures (three of five paragraphs had an item before). The
    firing's paragraph is asked by the wood it burnt, not by the unit after "unos". The uses'
    and the kiln's paragraphs had only ordinary words the author chose («desinfectar los ____»:
    establos, or cuadras; «excavado en una ____»: ladera, or colina), held back since session 11
    (synonym_gaps.ordinary_word_gap): they wait for a draft on what the text teaches. The last
    paragraph's only detail is its century, «A mediados del siglo ____ el cemento y la cal
    industrial ... dejaron sin clientes a los caleros»: XX to any reader (worldknow, kind 1),
    so it stays uncovered, saying why. The slaking's paragraph (8) is asked by a gap in «Cuanto
    más tiempo reposaba, mejor era el ____» quoted after «El resultado era una pasta blanca, la
    cal apagada, ...»: that sentence takes up the one before by an abstract noun, so it is never
    asked alone (brief standalone), but as the context of the next it only says what rests."""
    paragraphs = read_paragraphs((DOCUMENTS / "hornos-de-cal.md").read_text(encoding="utf-8"))
    drafts = derive_drafts(paragraphs, "es")
    content = {p.number for p in paragraphs if not p.is_heading}
    last = max(content)
    assert content - {d.paragraph for d in ready(drafts)} == {2, 4, last}
    assert any("the gap is a century" in reason for d in drafts if d.paragraph == last for reason in d.problems)


def test_the_reasons_a_gap_is_held_back_do_not_depend_on_the_hash_seed() -> None:
    """Two words of a prompt sharing the key's stem ("mexicano", "mexicanum"): the reason names
    the first in the text, under any PYTHONHASHSEED (it named either, from a set's order)."""
    import os
    import subprocess
    import sys

    code = (
        "from quizapp.derive.answers import given_away;"
        "print(given_away('El ajolote mexicano (Ambystoma mexicanum) vive en ____.', 'México'))"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(4)  # seed 2 named the other word before
    }
    assert len(outputs) == 1, outputs
    assert "'mexicano'" in outputs.pop()


def test_no_gap_in_a_stock_pair_nor_in_a_sentence_too_thin_to_say_what_it_asks() -> None:
    """Seen deriving two review documents kept for the self-review: "tiny ridges and ____ ...,
    known as extrusions and intrusions" (grooves: a pair a reader completes), "La ____ es, por
    lo tanto, interna." (fecundación: one content word left to read, a stock phrase)."""
    en = [
        Paragraph(1, "Fatigue", is_heading=True),
        Paragraph(2, "In the first stage, repeated slip along crystal planes in the most highly stressed grains produces tiny ridges and grooves at the surface."),
    ]
    es = [
        Paragraph(1, "Reproducción", is_heading=True),
        Paragraph(2, "La hembra recoge con la cloaca los paquetes de esperma que el macho deja en el fondo. La fecundación es, por lo tanto, interna."),
    ]
    keys = [str(d.item["accept"][0]) for d in derive_drafts(en, "en") + derive_drafts(es, "es") if d.item.get("type") == "fill_in"]
    assert "grooves" not in keys and "fecundación" not in keys, keys


def test_no_gap_on_the_noun_describing_a_person_the_sentence_names() -> None:
    """"La ____ que dirigió el trabajo, Nerea Castiñeira, explicó ...": bióloga, or
    investigadora, or científica: a role, and it stood in for the question on her name (seen
    deriving cooperativa-percebe)."""
    es = [
        Paragraph(1, "El informe", is_heading=True),
        Paragraph(2, "El estudio midió la población de percebe en la costa durante tres años."),
        Paragraph(3, "La bióloga que dirigió el trabajo, Nerea Castiñeira, explicó que los ejemplares tardan entre tres y cinco años en alcanzar la talla mínima de venta."),
    ]
    keys = [str(d.item["accept"][0]) for d in derive_drafts(es, "es") if d.item.get("type") == "fill_in"]
    assert "bióloga" not in keys, keys
