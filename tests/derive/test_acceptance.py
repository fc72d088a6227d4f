"""Acceptability leftovers of the ninth to eleventh independent reviews, and kinds found by
reading every ready item of sample documents, one failure kind per section (the review texts
are not used: every case is written for these tests, on other topics): a tolerance that admits
figures the text does not give; a dateline read as a section; Markdown italics shown; accepted
forms the gap's grammar refuses; a Roman numeral without its figure; a key written inside a
prompt word; decades among years; a card on the document's title; a short form the text uses
refused; "los huecos" for one gap; ordering steps cut before their verb or relative clause; a
modifier whose contrasted pair stands beside it; a crowd's event moved to another date as a
false statement; the kind the opening sentence gives the subject; an ordering item that happens
"again"; statements and prompts pointing back with "aquel" or "dicho"."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quizapp.derive import Draft, Paragraph, answers, context, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs, select, write_bank
from quizapp.derive.drafting import Builder
from quizapp.derive.extract import read_facts
from quizapp.languages import language_for


def numerics(drafts: list[Draft], answer: float) -> list[Draft]:
    return [d for d in drafts if d.item.get("type") == "numeric" and d.item["answer"] == answer]


# ---------------------------------------------------------------- 1. tolerance of a round figure

GLACIER = [
    Paragraph(1, "The Vatnajökull ice cap", is_heading=True),
    Paragraph(2, "The ice cap of Vatnajökull covers about 7,700 square kilometres of south-east Iceland, "
                 "and its outlet glacier at Breiðamerkurjökull retreats some 150 metres in a warm year."),
    Paragraph(3, "Glacial rivers of the ice cap carry roughly 2.4 % of the sediment that Icelandic rivers deliver to the sea."),
]
ACEITE = [
    Paragraph(1, "El olivar de Jaén", is_heading=True),
    Paragraph(2, "La provincia de Jaén cosecha unas 600.000 toneladas de aceite en un año normal, "
                 "y sus olivares ocupan alrededor del 85 % de la tierra cultivada, según la Diputación de Jaén."),
]


def test_an_approximate_round_figure_accepts_the_text_figure_only() -> None:
    """Review 10 and 11: ±5 % on "unos 2.240 metros" and "unas 20.000 libras" admitted 2.350
    and 21.000, figures the text does not give. A whole figure is right as written, within
    half a unit, the least its rounding admits (givesaway3: "close to 19" takes the 19.2 a
    learner computes, never 20); a decimal one within what its rounding admits ("about 2.4 %":
    2.44)."""
    drafts = derive_drafts(GLACIER, "en") + derive_drafts(ACEITE, "es")
    cases = {7700: 0.5, 150: 0.5, 600000: 0.5, 85: 0.5}
    for answer, tolerance in cases.items():
        found = numerics(drafts, answer)
        assert found, f"the case must draft {answer}"
        assert {d.item["tolerance"] for d in found} == {tolerance}, (answer, [d.item for d in found])
    decimal = numerics(drafts, 2.4)
    assert decimal, "the case must draft 2.4"
    assert {d.item["tolerance"] for d in decimal} == {0.05}


# ---------------------------------------------------------------- 2. a dateline is no section

NEWS = """# Tunnel Boring Under the Strait: What the Audit Found

*News analysis — March 2026*

When the Danish Road Directorate published its audit on March 3, the director, Henrik Aalund, said the tunnel under the Fehmarn Belt was running eleven months late.

## The *element* factory

The factory at Rødbyhavn casts concrete elements of 73,000 tonnes each, and the first one left its dock in 2024.
"""


def test_a_dateline_opens_no_topic_and_no_title_keeps_its_markdown(tmp_path: Path) -> None:
    """Review 11: the line "*News analysis — November 2025*" was read as a section heading, so
    the first topic was titled with it, asterisks and all."""
    paragraphs = read_paragraphs(NEWS)
    drafts = derive_drafts(paragraphs, "en")
    chosen = select(drafts)
    assert chosen, "the case must give ready drafts"
    write_bank(tmp_path, paragraphs, drafts, chosen, language="en", title="Tunnel Boring Under the Strait", description="d")
    titles = [yaml.safe_load(f.read_text(encoding="utf-8"))["topic"]["title"] for f in sorted(tmp_path.glob("[0-9][0-9]-*.yaml"))]
    assert titles, "the case must write topics"
    assert not [t for t in titles if "*" in t or "News analysis" in t], titles
    assert "The element factory" in titles or not [d for d in chosen if d.paragraph == 7], titles


# ---------------------------------------------------------------- 3. Markdown italics in a prompt

CODEX = [
    Paragraph(1, "El códice", is_heading=True),
    Paragraph(2, "El monje Beato de Liébana escribió hacia el año 776 sus *Comentarios al Apocalipsis*, "
                 "que copiaron después los talleres de Tábara y de Valcavado."),
    Paragraph(3, "The scribes ruled each page with a dry point called a *stylus* before copying the text in iron gall ink brought from Burgos."),
]


def test_no_shown_text_keeps_markdown_italics() -> None:
    """Review 11 read «el libro ____ de su *Historia natural*»: single asterisks, like the
    bold ones already removed, show as asterisks to a learner."""
    drafts = derive_drafts(CODEX[:2], "es") + derive_drafts([CODEX[0], CODEX[2]], "en")
    shown = [str(d.item.get(f, "")) for d in drafts for f in ("prompt", "passage", "front", "back", "explanation", "statement")]
    assert [s for s in shown if "Comentarios" in s or "stylus" in s], "the case must show the titles"
    assert not [s for s in shown if "*" in s], shown


# ---------------------------------------------------------------- 4. a form the gap's grammar refuses

LEAF = {
    "es": [
        Paragraph(1, "La hoja", is_heading=True),
        Paragraph(2, "En el interior del tronco, la savia bruta sube por el xilema desde las raíces hasta las hojas, "
                     "mientras el floema lleva los azúcares en sentido contrario."),
    ],
    "en": [
        Paragraph(1, "The leaf", is_heading=True),
        Paragraph(2, "Each leaf of the chestnut joins the twig by a petiole that bends toward the light, "
                     "and in autumn the leaf falls along a layer of cells called the abscission zone."),
    ],
}


@pytest.mark.parametrize(("language", "key", "refused"), [("es", "floema", "floemas"), ("en", "petiole", "petioles")])
def test_no_plural_after_a_singular_article(language: str, key: str, refused: str) -> None:
    """Review 10: "es un ____ urodelo" accepted "anfibios", "en especial la ____" accepted
    "tiroxinas": a form the words around the gap refuse is no right answer."""
    typed = [d.item["accept"] for d in derive_drafts(LEAF[language], language) if d.item.get("type") == "fill_in" and d.item["accept"][0] == key]
    assert typed, f"the case must draft {key}"
    assert not [a for a in typed if refused in a], typed


# ---------------------------------------------------------------- 5. a Roman numeral typed as a figure

QUIJOTE = [
    Paragraph(1, "El Quijote", is_heading=True),
    Paragraph(2, "Cervantes cuenta la aventura de los molinos de viento en el capítulo VIII de la primera parte, "
                 "publicada por Juan de la Cuesta en Madrid."),
]


def test_a_roman_numeral_accepts_its_figure() -> None:
    """Review 11: "el libro ____ de su Historia natural" accepted only "XXXIII", not the "33"
    a reader types (a century already accepted "3" for "III")."""
    typed = [d.item["accept"] for d in derive_drafts(QUIJOTE, "es") if d.item.get("type") == "fill_in" and d.item["accept"][0] == "VIII"]
    assert typed, "the case must draft VIII"
    assert all("8" in a for a in typed), typed


# ---------------------------------------------------------------- 6. a key written inside a prompt word

@pytest.mark.parametrize(("prompt", "key"), [
    ("El nombre procede del náhuatl āxōlōtl y se relaciona con el dios ____.", "Xólotl"),
    ("The Britons of Strathclyde named their kingdom after the valley of the ____.", "Clyde"),
])
def test_a_key_inside_a_word_of_the_prompt_is_given_away(prompt: str, key: str) -> None:
    """Review 10: "del náhuatl *āxōlōtl* ... el dios ____" asked for Xólotl, visibly the tail
    of the word the prompt shows (the stem rule saw only words opening with the key)."""
    assert answers.given_away(prompt, key)


def test_a_short_key_inside_a_longer_word_is_no_give_away() -> None:
    """A short key inside an unrelated word ("Sil" in "Silva") tells the reader nothing."""
    assert answers.given_away("The ships of Silva sailed up the ____ river.", "Sil") is None


# ---------------------------------------------------------------- 7. a decade's options are decades

CASTRO = [
    Paragraph(1, "El castro", is_heading=True),
    Paragraph(2, "El castro de Coaña fue descubierto en 1877 por el erudito José María Flórez, que publicó sus primeras notas en 1878."),
    Paragraph(3, "Las excavaciones sistemáticas, desarrolladas desde la década de 1940 por el arqueólogo Antonio García y Bellido, "
                 "cambiaron la imagen del poblado."),
    Paragraph(4, "El Principado de Asturias declaró el castro Bien de Interés Cultural en 1983, abrió su aula didáctica en 1995 "
                 "y restauró la muralla en 1942, en 1951 y en 1960, tras las campañas de 1930."),
]


def test_the_options_for_a_decade_are_decades() -> None:
    """Review 11 (main after it): "desde la década de ____" offered 1996 and 1997 beside the
    key 1970: no decade, so ruled out by their form."""
    facts = read_facts([(p.number, p.text) for p in CASTRO if not p.is_heading], language_for("es"))
    sentence = next(s for s in facts.sentences if "década" in s.text)
    key = next(m for m in sentence.mentions if m.text == "1940")
    options = Builder(facts).distractors(key, sentence, 6)
    assert options, "the case must have decades to offer"
    assert all(m.text.endswith("0") for m in options), [m.text for m in options]


# ---------------------------------------------------------------- 8. a card on the document's own subject

HALIFAX = """# The Halifax Explosion

The Halifax Explosion was a maritime disaster that struck the harbour of Halifax, Nova Scotia, in the last winter of the First World War. A French cargo ship loaded with wartime explosives collided with a Norwegian vessel in the narrows of the harbour, and the fire that followed set off the largest man-made explosion before the atomic age.

## The collision

The Mont-Blanc, under Captain Aimé Le Médec, was carrying picric acid, TNT and benzol for the French government. The Imo, a Norwegian ship chartered by the Belgian Relief Commission, left Bedford Basin late and met her in the narrows at about 8:45 in the morning.

## The relief

Trains from Boston brought doctors, nurses and supplies within two days, and the city of Halifax still sends a Christmas tree to Boston every year in thanks. The Massachusetts Committee on Public Safety raised more than 750,000 dollars for the survivors.
"""


def test_no_card_asks_what_the_document_is_about() -> None:
    """Review 9: the card "The Carrington Event" -> "a severe geomagnetic storm ... 1859" asked
    the document's title for its lead definition, a headline fact held back in every other type."""
    cards = [d for d in derive_drafts(read_paragraphs(HALIFAX), "en") if d.kind == "card" and d.item["front"] == "The Halifax Explosion"]
    assert cards, "the case must draft the card"
    assert all(d.problems for d in cards), [d.item for d in cards]


# ---------------------------------------------------------------- 9. the short form the text itself writes

NARROWS = [
    Paragraph(1, "Galloping Gertie", is_heading=True),
    Paragraph(2, "On 7 November 1940 the deck of the Tacoma Narrows Bridge twisted apart in a wind of about 64 kilometres per hour."),
    Paragraph(3, "A camera shop owner, Barney Elliott, filmed the last hour of the Narrows Bridge from the shore."),
    Paragraph(4, "The Maryland Transportation Authority closed the crossing at dawn, and by noon the transportation authority had diverted trucks to the tunnels."),
]


@pytest.mark.parametrize(("key", "short"), [("Tacoma Narrows Bridge", "Narrows Bridge"), ("Maryland Transportation Authority", "Transportation Authority")])
def test_a_name_accepts_the_short_form_the_text_writes(key: str, short: str) -> None:
    """Review 9 and 11: accept lists missed the short form of a name ("the Key Bridge", "the
    transportation authority") that the document itself uses for the same thing."""
    typed = [d.item["accept"] for d in derive_drafts(NARROWS, "en") if d.item.get("type") == "fill_in" and d.item["accept"][0] == key]
    assert typed, f"the case must draft {key}"
    assert all(short in {a.title() for a in accept} | set(accept) for accept in typed), typed


def test_a_tail_shared_with_another_name_is_no_short_form() -> None:
    """"the Golden Gate Bridge" and "the Bay Bridge": "Gate Bridge" is written only inside the
    name, and "Bridge" names either."""
    doc = "The Golden Gate Bridge opened in 1937. The Oakland Bay Bridge opened in 1936, and the Bay Bridge carries more traffic."
    assert context.natural_forms("Golden Gate Bridge", doc, language_for("en")) == []


# ---------------------------------------------------------------- 10. a cloze of one gap says "the gap"

def test_a_cloze_of_one_gap_asks_for_one_gap() -> None:
    """Review 9: «Complete los huecos según el texto.» over a passage with a single gap."""
    drafts = [d for d in derive_drafts(CASTRO, "es") + derive_drafts(PROTESTA, "es") if d.item.get("type") == "cloze"]
    single = [d.item["prompt"] for d in drafts if len(d.item["gaps"]) == 1]
    several = [d.item["prompt"] for d in drafts if len(d.item["gaps"]) > 1]
    assert single and several, "the cases must draft a cloze of one gap and one of two"
    assert not [p for p in single if "huecos" in p], single
    assert all("huecos" in p for p in several), several


def test_a_spanish_double_surname_joined_by_y_is_one_person() -> None:
    """"el arqueólogo Antonio García y Bellido": a gap on "Antonio García" left "{2} y Bellido"
    in the passage, and a card asked who "Antonio García" was (found merging this session's
    drafter branches). The person is the whole name, called by both surnames."""
    drafts = derive_drafts(CASTRO, "es")
    shown = [str(d.item.get("passage") or d.item.get("prompt") or d.item.get("front") or "") for d in drafts]
    assert not [t for t in shown if "y Bellido" in t and "García y Bellido" not in t], shown
    accepts = [g["accept"] for d in drafts if d.item.get("type") == "cloze" for g in d.item["gaps"] if "accept" in g]
    accepts += [d.item["accept"] for d in drafts if d.item.get("type") == "fill_in"]
    bellido = [a for a in accepts if any("Bellido" in x for x in a)]
    assert bellido, "the case must ask for the archaeologist"
    assert all("García y Bellido" in a and "Bellido" not in a for a in bellido), bellido


# ---------------------------------------------------------------- 11. an ordering's steps are whole clauses

CURADO = [
    Paragraph(1, "El curado del jamón", is_heading=True),
    Paragraph(2, "El curado del jamón sigue varias etapas. Primero, los operarios cubren las piezas con sal marina durante unos diez días. "
                 "A continuación, las piezas más grandes, como las paletas o los perniles, pasan a una cámara fría y pierden parte de su humedad. "
                 "Por último, los secaderos cuelgan las piezas en la bodega siguiendo el orden que marcaba la tradición, de modo que cada pieza madura a su ritmo."),
]


def test_no_step_is_a_subject_without_its_verb_or_a_noun_without_its_relative_clause() -> None:
    """Review 10: the ordering showed "Las células de los tejidos cercanos al corte" (cut at
    the comma of "como el músculo o el cartílago", before the verb) and "... se organizan
    siguiendo la posición" (cut before "que ocupaban")."""
    steps = [str(x) for d in derive_drafts(CURADO, "es") if d.item.get("type") == "ordering" for x in d.item["items"]]
    assert "Las piezas más grandes" not in steps, steps
    assert not [x for x in steps if x.endswith("siguiendo el orden")], steps


# ---------------------------------------------------------------- 12. one of two contrasted modifiers

SHAFT = [
    Paragraph(1, "Fracture", is_heading=True),
    Paragraph(2, "When the last ligament of a cracked shaft can no longer carry the load, it fails in one cycle by ductile tearing "
                 "or brittle cleavage, and the two zones look different under a lens."),
]


def test_a_gap_beside_its_contrasted_pair_is_held() -> None:
    """Review 10: "by ____ tearing or brittle cleavage": the modifier of the parallel phrase
    ("brittle") gives its usual opposite away (ductile)."""
    typed = [d for d in derive_drafts(SHAFT, "en") if d.item.get("type") == "fill_in" and d.item["accept"][0] == "ductile"]
    assert typed, "the case must draft ductile"
    assert all(d.problems for d in typed), [d.item for d in typed]


@pytest.mark.parametrize(("prompt", "key", "language"), [
    ("It fails by ____ tearing or brittle cleavage.", "ductile", "en"),
    ("Se rompe por desgarro ____ o clivaje frágil.", "dúctil", "es"),
])
def test_contrasted_modifiers(prompt: str, key: str, language: str) -> None:
    assert answers.contrast_pair(prompt, key, language_for(language))


def test_a_list_of_nouns_is_no_contrast() -> None:
    assert answers.contrast_pair("The cargo held ____ and coal.", "copper", language_for("en")) is None


# ---------------------------------------------------------------- 13. a crowd's event at another date is not false

PROTESTA = [
    Paragraph(1, "La ría de Ferrol", is_heading=True),
    Paragraph(2, "En marzo de 2018 aparecieron miles de almejas muertas en los bancos marisqueros de la ría, y en julio de 2020 la mortandad se repitió en la ensenada de Baños."),
    Paragraph(3, "A comienzos de mayo de 2018, miles de mariscadoras se manifestaron en Ferrol para exigir medidas a la Xunta."),
    Paragraph(4, "El Parlamento de Galicia aprobó en noviembre de 2021 un plan de saneamiento para la ría, dotado con 40 millones de euros."),
]


def test_no_false_statement_moves_a_crowds_event_to_another_date() -> None:
    """Review 9: "A finales de agosto de 2021, decenas de miles de personas se manifestaron en
    Cartagena" was offered as false (the text dates the protest to October 2019), yet nothing
    in the text rules out another protest then: a crowd's event recurs."""
    tf = [d for d in derive_drafts(PROTESTA, "es") if d.item.get("type") == "true_false" and "manifestaron" in d.item["prompt"]]
    assert tf, "the case must draft the statement"
    false = [d for d in tf if d.item["answer"] is False or not d.problems]
    assert all(any("crowd" in p for p in d.problems) for d in false), [(d.item["prompt"], d.problems) for d in false]


# ---------------------------------------------------------------- 14. the kind of thing the document is about

GALLIPATO = [
    Paragraph(1, "El gallipato", is_heading=True),
    Paragraph(2, "El gallipato es un anfibio urodelo, es decir, del grupo de las salamandras y los tritones, propio de las charcas temporales."),
    Paragraph(3, "Cuando un depredador lo ataca, el gallipato tensa el cuerpo y hace que las puntas de sus costillas atraviesen la piel, "
                 "donde se cubren de una secreción tóxica."),
]


def test_no_gap_on_the_kind_the_opening_sentence_gives_the_subject() -> None:
    """Review 10: "El ajolote mexicano es un ____ urodelo" (anfibio): the opening sentence's
    kind of the document's subject is known without the text, like the lead definition a
    card on the title shows."""
    typed = [d for d in derive_drafts(GALLIPATO, "es") if d.item.get("type") == "fill_in" and d.item["accept"][0] == "anfibio"]
    assert typed, "the case must draft anfibio"
    assert all(d.problems for d in typed), [d.item for d in typed]


# ---------------------------------------------------------------- 15. an event that happens "again"

@pytest.mark.parametrize(("items", "language"), [
    (["The railway opened", "Two engines were delivered", "Trains ran again across the embankment"], "en"),
    (["El puerto cerró al tráfico", "Las grúas retiraron los restos", "El puerto volvió a abrir"], "es"),
    (["El puerto cerró al tráfico", "Las grúas retiraron los restos", "El tráfico pasó de nuevo por el canal"], "es"),
])
def test_an_item_that_happens_again_says_its_place(items: list[str], language: str) -> None:
    """Self-review of a railway history (not a review text): an ordering offered "Trains ran
    again across the embankment", last by its own wording."""
    assert context.order_given_away(items, language_for(language))


# ---------------------------------------------------------------- 16. a statement about "aquel informe"

@pytest.mark.parametrize(("statement", "language"), [
    ("Según Quiroga, aquel informe estuvo cuatro años en un cajón.", "es"),
    ("El alcalde dijo que dicho informe llegó tarde al pleno.", "es"),
    ("According to the mayor, this report sat in a drawer for four years.", "en"),
])
def test_a_statement_pointing_back_with_a_demonstrative_does_not_stand_alone(statement: str, language: str) -> None:
    """Self-review of a news text (not a review text): the true/false «Según Quiroga, aquel
    informe estuvo cuatro años en un cajón» does not say which report."""
    assert context.leans_on_context(statement, language_for(language))


def test_a_demonstrative_of_time_stands_alone() -> None:
    assert context.leans_on_context("Según la alcaldesa, este año llegaron 300 turistas a la isla.", language_for("es")) is None


def test_dicho_as_a_verb_points_nowhere() -> None:
    assert context.leans_on_context("El alcalde ha dicho que el muelle abrirá en mayo.", language_for("es")) is None


INFORME = [
    Paragraph(1, "El muelle", is_heading=True),
    Paragraph(2, "La oposición municipal recordó que un informe técnico de 2021 ya advertía de grietas en los pilotes del muelle de Arnela. "
                 "Según el concejal Andrés Quiroga, aquel informe estuvo cuatro años en un cajón de la consejería."),
]


def test_a_prompt_pointing_back_with_aquel_quotes_the_sentence_before() -> None:
    """A gap on «Según ____, aquel informe estuvo cuatro años en un cajón» does not say which
    report: "aquel" points back like "este" or "dicho", so the prompt quotes the sentence before."""
    prompts = [str(d.item.get("prompt", "")) for d in derive_drafts(INFORME, "es") if "aquel informe" in str(d.item.get("prompt", ""))]
    assert prompts, "the case must draft the sentence"
    assert all("informe técnico" in p for p in prompts), prompts
