"""cards3 (issue 10): a card's back answers its front, on the point, on texts of our own (a
cheese dairy, a village orchard, a boatyard; EN and ES).

- a back that names no fact of the text, only a vague quantity and a class noun ("On several
  factors.", «De factores que van más allá del derecho.») is held;
- a term card's back that only ranks the term among its kind ("The stage that depends most on
  the cellar master's skill", «La etapa más delicada de toda la elaboración») says a property of
  it, not what it is: held; a back saying what it is, with a ranking beside, stays;
- a why-card whose cause its sentence gives for another clause (a relative or a subordinate
  clause: "..., who wear gloves because the brine cracks their skin") answers another question:
  held; a cause of the main clause stays;
- a list card whose quoted lead-in promises two kinds of things ("the names and the rules")
  while its back lists one is held.
"""
from __future__ import annotations

from quizapp.derive import Paragraph, derive_drafts


def _cards(texts: list[str], language: str) -> list[tuple[str, str, list[str]]]:
    paragraphs = [Paragraph(1, "Notes", is_heading=True)] + [Paragraph(i + 2, t) for i, t in enumerate(texts)]
    return [(str(d.item["front"]), str(d.item["back"]), d.problems) for d in derive_drafts(paragraphs, language) if d.kind == "card"]


def _ready(texts: list[str], language: str) -> list[tuple[str, str]]:
    return [(front, back) for front, back, problems in _cards(texts, language) if not problems]


def _reasons(texts: list[str], language: str, back_part: str) -> list[str]:
    return [p for _front, back, problems in _cards(texts, language) if back_part in back for p in problems]


DAIRY_EN = "The washed-rind cheese of Marrow Hill is made from the milk of forty Jersey cows."
DAIRY_ES = "El queso de corteza lavada de Valdepinos se elabora con la leche de cuarenta cabras."


def test_a_back_naming_only_a_vague_class_is_held() -> None:
    """'What will the dairy's future depend on?' -> 'On several factors.': every future depends
    on several factors; the back names nothing the text says. A back naming the factors stays."""
    en = [DAIRY_EN, "The dairy's future will depend on several factors."]
    assert not any("several factors" in back for _f, back in _ready(en, "en")), _cards(en, "en")
    es = [DAIRY_ES, "El resultado del arbitraje dependerá de factores que van más allá del derecho."]
    assert not any("factores" in back for _f, back in _ready(es, "es")), _cards(es, "es")
    es_things = [DAIRY_ES, "El futuro de la quesería dependerá de varias cosas."]
    assert not any("cosas" in back for _f, back in _ready(es_things, "es")), _cards(es_things, "es")
    kept = [DAIRY_EN, "The dairy's future will depend on the price of winter hay and the health of the herd."]
    assert any("winter hay" in back for _f, back in _ready(kept, "en")), _cards(kept, "en")
    kept_es = [DAIRY_ES, "El resultado del arbitraje dependerá de la opinión del perito naval."]
    assert any("perito naval" in back for _f, back in _ready(kept_es, "es")), _cards(kept_es, "es")


def test_a_term_cards_back_that_only_ranks_the_term_is_held() -> None:
    """'lowland pasture' -> 'The most productive grazing of the farm', 'the rind mite' -> 'The pest
    that causes the greatest losses in the cellar', «afinado» -> «La etapa más delicada de toda la
    elaboración»: a remark on the thing, not what it is. 'The stage in which the cheeses rest on
    spruce boards' says what it is and stays."""
    en = [DAIRY_EN, "Lowland pasture is defined as the most productive grazing of the farm."]
    assert not any("most productive" in back for _f, back in _ready(en, "en")), _cards(en, "en")
    en_pest = [DAIRY_EN, "The rind mite is the pest that causes the greatest losses in the cellar."]
    assert not any("greatest losses" in back for _f, back in _ready(en_pest, "en")), _cards(en_pest, "en")
    es = [DAIRY_ES, "Se denomina afinado en frío a la etapa más delicada de toda la elaboración."]
    assert not any("más delicada" in back for _f, back in _reasons_free(es, "es")), _cards(es, "es")
    es_rel = [DAIRY_ES, "El ácaro de la corteza es la plaga que más daño causa en la bodega."]
    assert not any("más daño" in back for _f, back in _ready(es_rel, "es")), _cards(es_rel, "es")
    es_reason = [DAIRY_ES, "El injerto de púa es el método que más usa la cooperativa, porque cicatriza deprisa en los tallos finos."]
    assert not any("que más usa" in back for _f, back in _ready(es_reason, "es")), _cards(es_reason, "es")
    placed = [DAIRY_EN, "The cheese cellar has three floors. The undercroft is the lowest floor of the cellar."]
    assert any("lowest floor" in back for _f, back in _ready(placed, "en")), _cards(placed, "en")
    kept = [DAIRY_EN, "The rind mite is the pest that bores small tunnels into the rind of the young cheeses."]
    assert any("small tunnels" in back for _f, back in _ready(kept, "en")), _cards(kept, "en")


def _reasons_free(texts: list[str], language: str) -> list[tuple[str, str]]:
    """Cards held by no reason of a ranking back (a dictionary word may hold it for another)."""
    return [(f, b) for f, b, problems in _cards(texts, language) if not any("ranks" in p for p in problems)]


def test_a_why_card_whose_cause_belongs_to_another_clause_is_held() -> None:
    """'Explain why the young cheeses are turned every day by the cellar hands, who wear gloves.'
    -> 'Because the brine cracks their skin.': the brine explains the gloves, not the turning. The
    card says why it is held; a cause of the main clause keeps the card."""
    en = [DAIRY_EN, "The young cheeses are turned every day by the cellar hands, who wear gloves because the brine cracks their skin."]
    assert any("another clause" in r for r in _reasons(en, "en", "brine cracks")), _cards(en, "en")
    es = [DAIRY_ES, "Los quesos jóvenes se voltean cada día en la bodega por los mozos, que llevan guantes porque la salmuera les agrieta la piel."]
    assert any("another clause" in r for r in _reasons(es, "es", "agrieta")), _cards(es, "es")
    kept = [DAIRY_EN, "The young cheeses are turned every day by the cellar hands because the brine would otherwise gather at the bottom."]
    assert any("gather at the bottom" in back for _f, back in _ready(kept, "en")), _cards(kept, "en")
    kept_es = [DAIRY_ES, "Los quesos jóvenes se voltean cada día en la bodega porque la salmuera se acumula en la parte de abajo."]
    assert not any("another clause" in r for r in _reasons(kept_es, "es", "se acumula")), _cards(kept_es, "es")


def _list_document(lead: str, items: list[str], opening: str) -> list[Paragraph]:
    lines = [opening, lead, *items]
    return [Paragraph(1, "Notes", is_heading=True)] + [
        Paragraph(i + 2, t.removeprefix("- "), is_list_item=t.startswith("- ")) for i, t in enumerate(lines)]


def _ready_list_backs(paragraphs: list[Paragraph], language: str) -> list[str]:
    return [str(d.item["back"]) for d in derive_drafts(paragraphs, language) if d.kind == "card" and d.ready and "list" in d.item.get("tags", [])]


def test_a_list_card_whose_back_lists_one_of_the_two_things_its_lead_in_promises_is_held() -> None:
    """"The yard's charter names the wardens and the rules they must keep:" over three names: the
    back gives the wardens, not the rules the quoted lead-in promises; «nombran a los guardas y las
    normas que deben cumplir:» the same. A lead-in naming the wardens alone keeps its card."""
    opening = "The Harrow Point boatyard was founded by two shipwrights in 1921."
    names = ["- Tom Ashby", "- Ruth Kell", "- Ned Parry"]
    en = _list_document("The yard's charter names the wardens and the rules they must keep:", names, opening)
    assert not _ready_list_backs(en, "en")
    en_their = _list_document("The yard's charter names the wardens and their duties:", names, opening)
    assert not _ready_list_backs(en_their, "en")
    es = _list_document("Los estatutos del astillero nombran a los guardas y las normas que deben cumplir:",
                        ["- Tomás Arriola", "- Rosa Quelle", "- Pedro Parra"],
                        "El astillero de Punta Grajo fue fundado por dos carpinteros de ribera en 1921.")
    assert not _ready_list_backs(es, "es")
    en_what = _list_document("The yard's charter names the wardens and what each must do:", names, opening)
    assert not _ready_list_backs(en_what, "en")
    es_with = _list_document("Los estatutos del astillero nombran a los guardas con sus obligaciones:",
                             ["- Tomás Arriola", "- Rosa Quelle", "- Pedro Parra"],
                             "El astillero de Punta Grajo fue fundado por dos carpinteros de ribera en 1921.")
    assert not _ready_list_backs(es_with, "es")
    kept = _list_document("The yard's charter names the wardens:", names, opening)
    assert _ready_list_backs(kept, "en") == ["Tom Ashby; Ruth Kell; Ned Parry."]


def test_a_dependence_card_asks_of_the_sentences_subject_not_of_a_clause_cut_inside_it() -> None:
    """«La maduración es la etapa que más depende de la habilidad del maestro quesero.» made «¿de
    qué depende la maduración es la etapa que más?»: the depending is the relative clause's, its
    subject no noun phrase. No such front; a dependence of the subject itself keeps its card."""
    es = [DAIRY_ES, "La maduración es la etapa que más depende de la habilidad del maestro quesero."]
    assert not any(" es la etapa" in front for front, _b, _p in _cards(es, "es")), _cards(es, "es")
    en = [DAIRY_EN, "The curing is the stage that depends on the skill of the cellar master."]
    assert not any("is the stage that" in front for front, _b, _p in _cards(en, "en")), _cards(en, "en")
    kept = [DAIRY_ES, "La calidad de la maduración depende de la habilidad del maestro quesero."]
    assert any("habilidad" in back for _f, back in _ready(kept, "es")), _cards(kept, "es")
