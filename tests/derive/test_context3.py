"""Prompts that carry their context (issue 10, brief context3). Fresh reviewers failed gaps
lifted from their sentence without what the sentence is about: "The market shrank within a few
years of ____." (which market?), «En ____ el consejo optó por aplazar ambas obras» (which
council?), "How many cubic metres evaporate?" (from what?). Own texts (a pineapple trade, a
dam and its bank, a reservoir), written for these tests:

- a sentence whose subject is a bare definite noun ("the trade", «el banco») that an earlier
  sentence names more fully ("the island's pineapple trade", «el Banco Europeo de Inversiones»)
  is quoted with that fuller mention in brackets;
- a bare body or undertaking ("the council", «el consejo») that nothing before names is not
  asked from its sentence alone;
- a figure that flows or is lost with no source in its sentence ("About ____ cubic metres
  evaporated every day") is quoted with the sentence before, which names where from.
"""
from __future__ import annotations

import re

from quizapp.derive import Draft, derive_drafts
from tests.helpers.drafts import document

TRADE_EN = [
    "The pineapple growers of Ambrose",
    "Pineapple farming came to the island of Ambrose in 1871, when a planter brought suckers from the Azores. By 1905 "
    "the island's pineapple trade employed nearly 3,000 people and shipped fruit to Liverpool every fortnight.",
    "The trade collapsed within a few years of 1921, when canned fruit from Hawaii reached the British market. The "
    "last packing shed closed in 1938.",
    "The old reservoir above the town supplied the packing sheds with water. About 3,000 cubic metres evaporated every "
    "day in August, and the sheds stood idle for weeks.",
    "A growers' board was set up in 1927 to save the farms. The council refused the board a loan of 40,000 pounds in 1931.",
]
DAM_ES = [
    "La presa de Valdearenas",
    "El Ayuntamiento de Villaseca aprobó en 1987 la construcción de una presa y de un canal de riego en el valle del "
    "Arenas. El proyecto lo financiaba el Banco Europeo de Inversiones.",
    "En 1992 el consejo optó por aplazar ambas obras por falta de fondos.",
    "El banco retiró su préstamo en 1994, cuando el ministerio rechazó el estudio de impacto. La presa se terminó "
    "finalmente en 2004 y embalsa 42 hectómetros cúbicos.",
    "El embalse de Valdearenas pierde mucha agua en verano. Cada día se evaporan unos 2.500 metros cúbicos durante "
    "el mes de agosto.",
]


def _ready(lines: list[str], code: str) -> list[Draft]:
    return [d for d in derive_drafts(document(lines), code) if d.ready]


def _gap_prompts(lines: list[str], code: str) -> list[str]:
    return [str(d.item.get("prompt")) for d in _ready(lines, code) if d.item.get("type") in ("fill_in", "numeric", "single_choice", "cloze")]


def test_a_bare_definite_subject_takes_its_fuller_mention() -> None:
    prompts = _gap_prompts(TRADE_EN, "en")
    collapsed = [p for p in prompts if "collapsed within" in p]
    assert collapsed, prompts
    assert all(re.search(r"[“\"]The \[island's pineapple trade\] collapsed", p) for p in collapsed), collapsed


def test_a_bare_definite_subject_takes_its_fuller_mention_in_spanish() -> None:
    prompts = _gap_prompts(DAM_ES, "es")
    withdrew = [p for p in prompts if "retiró su préstamo" in p]
    assert withdrew, prompts
    assert all("El [Banco Europeo de Inversiones] retiró" in p for p in withdrew), withdrew


def test_a_bare_body_nothing_names_is_not_asked_alone() -> None:
    assert not [p for p in _gap_prompts(DAM_ES, "es") if re.search(r"el consejo optó", p)], _gap_prompts(DAM_ES, "es")
    assert not [p for p in _gap_prompts(TRADE_EN, "en") if re.search(r"[“\"]The council refused", p)], _gap_prompts(TRADE_EN, "en")


def test_a_figure_lost_with_no_source_is_quoted_with_the_sentence_naming_it() -> None:
    en = [p for p in _gap_prompts(TRADE_EN, "en") if "evaporated every day" in p]
    es = [p for p in _gap_prompts(DAM_ES, "es") if "se evaporan" in p]
    assert all("reservoir" in p for p in en), en
    assert all("embalse" in p for p in es), es


FERRY_EN = [
    "The Marlow ferry",
    "The Marlow ferry across the estuary was first proposed by the harbour trust in 1951.",
    "After a long delay, the county approved the crossing in 1958. The first boat, the Kestrel, entered service in "
    "1961. In 1974 a second boat joined her on the winter timetable. Following heavy storms, the trust moved the "
    "landing stage upstream in 1983. The service closed in 1999.",
]
FERRY_ES = [
    "El ferri de Laxe",
    "El ferri de la ría de Laxe lo propuso la cofradía de pescadores en 1951.",
    "Tras fuertes protestas rurales, la diputación aprobó el servicio en 1958. La primera lancha, la Gaviota, empezó "
    "a navegar en 1961. En 1974 una segunda lancha se sumó al horario de invierno. Tras los temporales del invierno, "
    "la cofradía trasladó el embarcadero río arriba en 1983. El servicio cerró en 1999.",
]
LEAD_INS = re.compile(r"^(?:After|Following|Tras|Después)\b")


def _steps(lines: list[str], code: str) -> list[str]:
    out: list[str] = []
    for d in derive_drafts(document(lines), code):
        if d.item.get("type") == "ordering":
            out.extend(str(i) for i in d.item["items"])
        elif d.item.get("type") == "matching":
            out.extend(str(p["left"]) for p in d.item["pairs"])
    return out


def test_an_events_step_is_its_clause_not_its_lead_in() -> None:
    for lines, code, clause in ((FERRY_EN, "en", "The county approved the crossing"), (FERRY_ES, "es", "La diputación aprobó el servicio")):
        steps = _steps(lines, code)
        assert not [s for s in steps if LEAD_INS.match(s)], steps
        assert clause in steps, steps


MILESTONES_EN = [
    "The Marlow ferry",
    "The Marlow ferry joined the two banks of the estuary for half a century.",
    "The service's milestones were these. July 1958: the county approves the crossing. March 1961: the first boat, the "
    "Kestrel, enters service. January 1974: a second boat joins her on the winter timetable. June 1999: the service "
    "closes when the new bridge opens.",
]
MILESTONES_ES = [
    "El ferri de Laxe",
    "El ferri de la ría de Laxe unió durante medio siglo las dos orillas. Los hitos del servicio han sido estos:",
    "- Julio de 1958: la diputación aprueba el servicio.",
    "- Marzo de 1961: la primera lancha, la Gaviota, empieza a navegar.",
    "- Enero de 1974: una segunda lancha se suma al horario de invierno.",
    "- Junio de 1999: el servicio cierra al abrirse el puente nuevo.",
]


def test_a_timeline_item_is_quoted_with_the_timeline_it_belongs_to() -> None:
    en = [p for p in _gap_prompts(MILESTONES_EN, "en") if re.search(r"(?:July|March|January|June) ____:", p)]
    es = [p for p in _gap_prompts(MILESTONES_ES, "es") if re.search(r"(?i:julio|marzo|enero|junio) de ____:", p)]
    assert len(en) >= 2 and len(es) >= 2, (en, es)
    assert all("[In the service's milestones,]" in p for p in en), en
    assert all("«[En los hitos del servicio,] " in p for p in es), es
    assert not [p for p in es if re.search(r"\b(?:Julio|Marzo|Enero|Junio) de", p)], es  # a month mid-sentence: lower case


ROPE_EN = """# Making rope at Hallam

At the Hallam rope walk, every rope went through the same steps, in this order:

1. The hackler combed the hemp fibres straight on a bed of steel pins.
2. A spinner walked backwards down the walk, twisting the fibres into yarn.
3. The yarn was drawn through a kettle of hot pine tar.
4. The tarred yarns were laid out side by side along the walk.
5. A hand wheel twisted the yarns together into three strands.
6. The foreman laid the three strands around one another into rope.
7. The finished rope was coiled and tied for the ships' chandlers.
8. A carter took the coils down to the harbour wall.
"""
ROPE_ES = """# La cordelería de Hallam

En la cordelería de Hallam, cada cuerda pasaba por los mismos pasos, en este orden:

1. El rastrillador peinaba las fibras de cáñamo sobre un lecho de púas de acero.
2. Un hilador caminaba hacia atrás por el paseo y retorcía las fibras en hilo.
3. Un aprendiz pasaba el hilo por una caldera de brea caliente.
4. Los cordeleros tendían los hilos embreados a lo largo del paseo.
5. Una rueda de mano torcía los hilos en tres cabos.
6. El capataz retorcía los tres cabos unos sobre otros hasta formar la cuerda.
7. Los mozos enrollaban la cuerda terminada para los proveedores de los barcos.
8. Un carretero llevaba los rollos hasta el muelle.
"""


def test_a_sequence_longer_than_one_ordering_is_ordered_to_its_last_step() -> None:
    from quizapp.derive.bankfolder import read_paragraphs

    for text, code, last in ((ROPE_EN, "en", "A carter took the coils"), (ROPE_ES, "es", "Un carretero llevaba los rollos")):
        orderings = [d for d in _ready_paragraphs(read_paragraphs(text), code) if d.item.get("type") == "ordering"]
        shown = [str(i) for d in orderings for i in d.item["items"]]
        assert any(s.startswith(last) for s in shown), shown  # the last steps are asked too
        assert len(shown) == len(set(shown)), shown  # no step in two orderings: one would give the other away


def _ready_paragraphs(paragraphs: list, code: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, code) if d.ready]


def test_a_draining_named_as_a_noun_is_no_figure_lost() -> None:
    """"1952: a filter house replaces the weekly draining of the pool" says what drains (the
    sample timeline's 1952 gap went): only a figure that is its verb's subject is read so."""
    from quizapp.derive import context
    from quizapp.languages import language_for

    en = language_for("en")
    assert context.unsourced_flow("1952: a filter house replaces the weekly draining of the tank.", en) is None
    assert context.unsourced_flow("About 3,000 cubic metres evaporated every day in August.", en)
    assert context.unsourced_flow("About 3,000 cubic metres evaporated from the lake every day.", en) is None
