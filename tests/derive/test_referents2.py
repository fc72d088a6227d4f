"""Prompts that lean on a referent they do not show, beyond the subject (final reviews of unseen
texts, referents2; the texts here are written for this test): a general noun in the middle of
the sentence ("a break clause lets the company leave", «crítica declarada de la medida», "the
state's law took effect", «cuando el problema se agrava»), a Spanish sentence opening on its
finite verb («Incorporan tinas ...», «No bastó para ...»), and a list's lead-in opening on a
demonstrative («Este diseño trae ventajas ...: … Estabilidad de precios: ...»)."""
from __future__ import annotations

from quizapp.derive import Paragraph, context, derive_drafts, list_gaps
from quizapp.languages import language_for
from tests.helpers.drafts import ready_shown


def test_a_general_noun_past_the_subject_is_found() -> None:
    en, es = language_for("en"), language_for("es")
    earlier = "Kellbrook Freight Logistics, a haulage firm, signed a lease on the old depot in 2011."
    assert context.general_referent("A break clause lets the company leave the depot after five years.", earlier, en) == "the company"
    assert context.general_referent("Supporters of the model insist that it cuts waiting times.", "Planners tried the Harlow queue scheme in 1990.", en) == "the model"
    assert context.general_referent("In 1994 the state's new water law took effect.", "Ohio and Indiana argued over the river for years.", en) == "the state"
    earlier_es = "En 2019 el Gobierno aprobó un recorte del gasto en puertos."
    assert context.general_referent("Ana Ruiz, crítica declarada de la medida, siguió en el cargo sin abandonarla.", earlier_es, es) == "la medida"
    assert context.general_referent("Los pozos se secan cuando el problema se agrava en verano.", "La sequía afecta al valle desde 2005.", es) == "el problema"
    # The noun says which (a name, "of", «de» after it), or the sentence introduces it itself.
    for text in ("A break clause lets the company of Ana Ruiz leave the depot.", "A break clause lets the company Kellbrook leave the depot.",
                 "Ana Ruiz founded a small firm, and in 2016 the firm moved to Dunford.", "The deal pleased the company's founder Ana Ruiz.",
                 "The last train crossed in 1959, when the Erie Railroad, as the company was then called, abandoned the line."):
        assert context.general_referent(text, earlier, en) is None, text
    for text in ("Ana Ruiz, crítica declarada de la medida de ahorro, siguió en el cargo.", "El puerto firmó con la empresa Galdón en 2016.",
                 "El éxito llevó a Arnodin a construir otros puentes y a vender el diseño a ciudades de Inglaterra."):
        assert context.general_referent(text, earlier_es, es) is None, text


def test_a_spanish_sentence_opening_on_its_verb_leans_on_the_one_before() -> None:
    es = language_for("es")
    for text in ("Incorporan tinas de reutilización de agua en cada cámara.", "No bastó para salvar al presidente: el congreso votó su cese.",
                 "Cuentan con dos compuertas de acero cada una."):
        assert context.dropped_subject(text, es), text
    for text in ("Origen del canal: las obras empezaron en 1753.", "Carmen Ruiz dirigió las obras.", "Juan construyó las esclusas en 1753.", "Imagen y sonido llegaron juntos en 1929.",
                 "No todos los barcos cruzaban las esclusas.", "Las esclusas incorporan tinas de agua."):
        assert not context.dropped_subject(text, es), text


def test_drafts_do_not_lean_on_what_they_do_not_show() -> None:
    cases = [
        (["The lease", "Kellbrook Freight Logistics, a haulage firm from the north, signed a lease on the old depot at Dunford in 2011. "
          "The rent was fixed at 40,000 pounds a year. A break clause lets the company leave the depot after five years."], "en", "lets the company", "Kellbrook"),
        (["Esclusas", "En 2012 el canal estrenó tres esclusas nuevas junto al puerto de Arganza. "
          "Incorporan tinas de reutilización de agua que ahorran unos 60 por ciento del agua de cada llenado."], "es", "Incorporan tinas", "esclusas nuevas"),
    ]
    for lines, code, leaning, naming in cases:
        shown = ready_shown(lines, code)
        alone = [s for s in shown if leaning.lower() in s.lower() and naming.lower() not in s.lower()]
        assert not alone, (leaning, alone)


def test_a_lead_in_opening_on_a_demonstrative_is_found() -> None:
    en, es = language_for("en"), language_for("es")
    assert list_gaps.pointing_lead_in("Este diseño trae ventajas claras para los productores:", es) == "Este diseño"
    assert list_gaps.pointing_lead_in("Esta medida tiene tres efectos:", es) == "Esta medida"
    assert list_gaps.pointing_lead_in("This design brings the growers clear gains:", en) == "This design"
    assert list_gaps.pointing_lead_in("El diseño de Arganza trae ventajas claras:", es) is None
    assert list_gaps.pointing_lead_in("This year the growers gained three things:", en) is None
    assert list_gaps.pointing_lead_in("The growers gained three things:", en) is None


def _reservoirs(lead: str) -> list[Paragraph]:
    lines = [
        ("La confederación levantó sus embalses a lo largo de un siglo para regar las vegas del valle y dar agua a los pueblos.", False),
        (lead, False),
        ("Giribaile, en Santa Elena (Jaén), inaugurado en 2007.", True),
        ("Aguascebas, en Villacarrillo, terminado en 1971.", True),
        ("El Tranco, en la sierra de Segura, cerrado en 1944.", True),
    ]
    return [Paragraph(1, "Los embalses del Guadalquivir alto", is_heading=True)] + [Paragraph(i + 2, t, is_list_item=item) for i, (t, item) in enumerate(lines)]


def test_a_lead_in_opening_on_a_demonstrative_is_not_quoted_before_a_line() -> None:
    """«Este plan dejó tres embalses mayores: … Giribaile, ... en ____»: which plan? The line is
    not quoted with a lead-in that leans on the paragraph before (a verbless line is held); a
    lead-in that reads alone is still quoted."""
    pointing = "Este plan dejó tres embalses mayores en la cuenca alta:"
    drafts = derive_drafts(_reservoirs(pointing), "es")
    gaps = [d for d in drafts if d.kind == "question" and "____" in str(d.item.get("prompt", "")) and d.paragraph in (4, 5, 6)]
    assert gaps
    assert not [d.item["prompt"] for d in gaps if d.ready or "Este plan" in str(d.item["prompt"])]
    plain = "Los embalses mayores de la cuenca alta son estos:"
    drafts = derive_drafts(_reservoirs(plain), "es")
    assert [d for d in drafts if d.ready and plain.rstrip(":") in str(d.item.get("prompt", ""))]


def test_two_sentences_opening_on_their_verbs_are_quoted_with_the_subject_before() -> None:
    """«El alcalde visitó el puerto ... Recorrió el muelle ... Anunció una ayuda ...»: the
    third sentence is quoted with the two before it, the first giving their subject."""
    lines = ["La visita", "El alcalde de Arganza visitó el puerto el 10 de febrero. Recorrió el muelle con la patrona y se reunió con la cofradía. "
             "Anunció una ayuda de 250.000 euros para los pescadores y un segundo muelle antes de 2031."]
    shown = ready_shown(lines, "es")
    assert not [s for s in shown if "Anunció" in s and "El alcalde" not in s], shown
    assert [s for s in shown if "Anunció" in s], shown
