"""Why-cards on news and explanatory sentences whose cause is stated yet gave no card (issue 10,
brief because). The shapes the drafter refused:

- a long main clause with a date opener and no comma ("In 1998 the Harbour Trust closed ...",
  «En 1987 la cofradía cerró ...»), an object with a contact relative ("the slipway it had
  leased to ...") and an inserted "including ..." («entre ellos ...») aside: the front keeps
  subject, verb and object and drops the asides;
- a leaning concessive opener ("Despite these setbacks,", «A pesar de estos problemas,»):
  dropped, the effect (a coordination) asked whole;
- an impersonal main clause («se ha discutido el traslado de la lonja»);
- a colon explaining a piece of advice before it ("it is unwise to prune ...: the cuts bleed
  ...", «no conviene regar ...: con el calor, ...»): the advice asked, the clause after the colon
  the back, in the text's words; a result opener ("That is why", «Por eso») dropped.

Our own small texts (a harbour, an orchard, vines, olives, a fishermen's guild), and the
integrator's probe texts (tests/derive/probes/because-*.md). Each card must stand alone and its
back be what the text says.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.derive import Draft, Paragraph, derive_drafts

PROBES = Path(__file__).parent / "probes"


def _cards(paragraphs: list[Paragraph], code: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, code) if d.kind == "card" and "cause" in d.item.get("tags", [])]


def _pairs(paragraphs: list[Paragraph], code: str) -> set[tuple[str, str]]:
    return {(d.item["front"], d.item["back"]) for d in _cards(paragraphs, code)}


def _probe(name: str) -> list[Paragraph]:
    paragraphs = []
    for number, block in enumerate(Path(PROBES / name).read_text(encoding="utf-8").split("\n\n"), start=1):
        text = block.strip()
        paragraphs.append(Paragraph(number, text.lstrip("# "), is_heading=text.startswith("#")))
    return paragraphs


HARBOUR = [
    Paragraph(1, "The north quay", is_heading=True),
    Paragraph(2, "In 1998 the Harbour Trust closed the northern slipway it had leased to two boatbuilders on the "
                 "quay, including the Marsh brothers, because the timber piles under the ramp had rotted through. "
                 "The builders moved their sheds to the river mouth."),
    Paragraph(3, "Despite these setbacks, the old orchard yields more pears each autumn and needs less spraying, "
                 "because the hawthorn hedges shelter the trees from the salt wind."),
    Paragraph(4, "The vines wake slowly after the frosts. That is why it is unwise to prune the vines in early "
                 "spring: the cuts bleed sap for weeks and invite fungal rot."),
]

LONJA = [
    Paragraph(1, "La lonja de Cangas", is_heading=True),
    Paragraph(2, "En 1987 la cofradía cerró los puestos de subasta del muelle sur, entre ellos la lonja vieja, "
                 "porque el tejado amenazaba con hundirse. Los pescadores subastaron en la calle durante un año."),
    Paragraph(3, "Desde 2010 se ha discutido el traslado de la lonja nueva, porque el muelle, con más de un siglo de "
                 "uso, sufre grietas, filtraciones y hundimientos."),
    Paragraph(4, "A pesar de estos problemas, el muelle recibe más barcos en invierno y cuesta menos a la cofradía, "
                 "porque el espigón frena el oleaje del norte."),
    Paragraph(5, "Los olivos apenas crecen en agosto. Por eso no conviene regar los olivos en pleno verano: con el "
                 "calor, el agua se evapora antes de llegar a las raíces, y la tierra se agrieta."),
]


def test_a_dated_main_clause_drops_its_asides_and_keeps_subject_verb_and_object() -> None:
    assert ("Explain why in 1998 the Harbour Trust closed the northern slipway.",
            "Because the timber piles under the ramp had rotted through.") in _pairs(HARBOUR, "en")
    assert ("Explica por qué en 1987 la cofradía cerró los puestos de subasta del muelle sur.",
            "Porque el tejado amenazaba con hundirse.") in _pairs(LONJA, "es")


def test_a_leaning_concessive_opener_is_dropped() -> None:
    assert ("Explain why the old orchard yields more pears each autumn and needs less spraying.",
            "Because the hawthorn hedges shelter the trees from the salt wind.") in _pairs(HARBOUR, "en")
    assert ("Explica por qué el muelle recibe más barcos en invierno y cuesta menos a la cofradía.",
            "Porque el espigón frena el oleaje del norte.") in _pairs(LONJA, "es")


def test_an_impersonal_main_clause_is_asked() -> None:
    assert ("Explica por qué desde 2010 se ha discutido el traslado de la lonja nueva.",
            "Porque el muelle, con más de un siglo de uso, sufre grietas, filtraciones y hundimientos.") in _pairs(LONJA, "es")


def test_a_colon_explaining_advice_gives_its_reason() -> None:
    assert ("Explain why it is unwise to prune the vines in early spring.",
            "The cuts bleed sap for weeks and invite fungal rot.") in _pairs(HARBOUR, "en")
    assert ("Explica por qué no conviene regar los olivos en pleno verano.",
            "Con el calor, el agua se evapora antes de llegar a las raíces, y la tierra se agrieta.") in _pairs(LONJA, "es")


def test_no_card_on_a_colon_that_lists_or_a_reflexive_with_a_dropped_subject() -> None:
    paragraphs = [
        Paragraph(1, "El alcalde", is_heading=True),
        Paragraph(2, "El plan tuvo dos partes: un muelle nuevo y una grúa más grande para la lonja del puerto."),
        Paragraph(3, "En 1990 se retiró del cargo de alcalde de la villa, porque la salud le fallaba desde hacía años."),
        Paragraph(4, "Conviene saber una cosa: la grúa vieja del puerto sigue funcionando cada mañana."),
    ]
    assert _pairs(paragraphs, "es") == set()


def test_the_integrators_probe_texts_get_their_why_cards() -> None:
    en = dict(_pairs(_probe("because-en.md"), "en"))
    assert en.get("Explain why in 2015 the Forest Council suspended the timber certificates.") == (
        "Because no agreed felling plan covered the whole forest.")
    es = dict(_pairs(_probe("because-es.md"), "es"))
    assert es.get("Explica por qué el tranvía conserva más viajeros en invierno, exige menos obras en las calles y "
                  "cuesta menos al ayuntamiento.") == "Porque la vía ya existe desde 1912."
    assert es.get("Explica por qué en los últimos años se ha debatido la necesidad de una reforma integral.") == (
        "Porque el depósito, con casi un siglo de antigüedad, presenta problemas de goteras, accesos estrechos y "
        "talleres anticuados.")
    assert es.get("Explica por qué no conviene cargar demasiado los coches en la cuesta.") == (
        "Pasado cierto punto, las ruedas empiezan incluso a patinar, y el frenado se vuelve peligroso para los viajeros.")


def test_a_concession_naming_its_thing_moves_to_the_fronts_end() -> None:
    paragraphs = [
        Paragraph(1, "El molino", is_heading=True),
        Paragraph(2, "Pese a las riadas, el molino todavía gira en las jornadas abiertas porque los voluntarios limpian "
                     "el caz cada otoño."),
    ]
    assert ("Explica por qué el molino todavía gira en las jornadas abiertas pese a las riadas.",
            "Porque los voluntarios limpian el caz cada otoño.") in _pairs(paragraphs, "es")


def test_a_clause_after_a_subordinator_is_no_contact_relative() -> None:
    paragraphs = [
        Paragraph(1, "The mill", is_heading=True),
        Paragraph(2, "In 1911 the old mill closed after it had lost the contract with the brewery, because the valley farms sold their "
                     "oats to the railway."),
    ]
    assert not any(front.endswith("closed after.") or "closed." in front for front, _ in _pairs(paragraphs, "en"))
