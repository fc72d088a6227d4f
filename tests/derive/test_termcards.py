"""termcards: term and definition cards fresh reviewers rejected or never saw (issue 10, the
drafter; session 13's "termcards" brief). Each kind is fixed generally and tested on our own
small texts (EN and ES, topics of our own: bread, cork, lacquer, hops, olives, law) and on the
integrator's probe texts (tests/derive/fixtures/termcards/)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts, trivial_gaps
from quizapp.derive.bankfolder import read_paragraphs
from quizapp.derive.card_checks import CardContext, problems
from quizapp.languages import language_for

PROBES = Path(__file__).resolve().parent / "fixtures" / "termcards"


def _reasons(language: str, front: str, back: str, tags: list[str], text: str = "") -> list[str]:
    lang = language_for(language)
    item: dict[str, Any] = {"type": "card", "front": front, "back": back, "source": [2], "tags": tags}
    draft = Draft("p2-card-x", "card", item, 2, None, 1.0)
    return problems(draft, CardContext(lang, language, ["Un documento"], {}, {2: text}))


def _ready(paragraphs: list[Paragraph], language: str) -> list[Draft]:
    return [d for d in derive_drafts(paragraphs, language) if d.ready]


def _ready_cards(paragraphs: list[Paragraph], language: str) -> list[tuple[str, str]]:
    return [(str(d.item["front"]), str(d.item["back"])) for d in _ready(paragraphs, language) if d.kind == "card"]


def _named(language: str, term: str) -> str:
    return language_for(language).prompt("card_named", term=term)


def _probe(language: str) -> list[Paragraph]:
    return read_paragraphs((PROBES / f"probe-{language}.md").read_text(encoding="utf-8"))


# --- 1. The definition of a general term ---------------------------------------------------------

OLIVE_ES = [
    Paragraph(1, "El olivo", is_heading=True),
    Paragraph(2, "El olivo es un árbol de hoja perenne que vive varios siglos. Su fruto es una aceituna, es decir, "
                 "una drupa carnosa de hueso duro que madura en otoño."),
]
HOPS_EN = [
    Paragraph(1, "Growing hops", is_heading=True),
    Paragraph(2, "The hop vine climbs up wires strung between tall poles. The bitter resin sits in small cones called "
                 "lupulin glands, which growers rub between their fingers to judge the crop. The stalk of the hop is a "
                 "stem, that is, a twisting shoot covered in stiff hairs that grip the wire."),
]


def test_a_card_on_what_a_general_word_means_is_held() -> None:
    """«¿a qué se llama «aceituna»?», "what is meant by 'stem'?", the probe's «bellota»: a
    well-read adult defines an olive, a stem, an acorn without the text (a word general text
    writes, or a dictionary word). A rare word of the document's own keeps its card."""
    for paragraphs, language, term in ((OLIVE_ES, "es", "aceituna"), (HOPS_EN, "en", "stem"), (_probe("es"), "es", "bellota")):
        cards = [(f, b) for f, b in _ready_cards(paragraphs, language) if f == _named(language, term)]
        assert not cards, cards
    assert _reasons("en", _named("en", "acorn"), "A dry nut held in a scaly cup", ["definition"])
    assert _reasons("es", _named("es", "sámara"), "Un fruto seco con un ala membranosa", ["definition"])
    # The document's own vocabulary keeps its card.
    assert not _reasons("en", _named("en", "lupulin"), "The yellow powder inside the cones that holds the resin", ["definition"])
    assert not _reasons("es", _named("es", "alpechín"), "El agua amarga que suelta la aceituna al prensarla", ["definition"])


# --- 5. A definition card on a group of people of the story --------------------------------------


def test_a_definition_card_on_a_group_of_people_is_held() -> None:
    """"Welsh farmers" -> "The loudest voices on the British side": a group of the story is no
    term; the front asks nothing."""
    assert _reasons("en", "Welsh farmers", "The loudest voices on the British side", ["definition"])
    assert _reasons("en", _named("en", "local fishermen"), "The first to see the oil on the shore", ["definition"])
    assert _reasons("es", _named("es", "pescadores gallegos"), "Los más críticos con el acuerdo", ["definition"])
    assert not _reasons("en", _named("en", "hop bines"), "The twisting stems that climb the wires", ["definition"])


# --- 7. A gap whose prompt says why the nickname was given -------------------------------------


def _gap(language: str, prompt: str, key: str) -> Draft:
    item: dict[str, Any] = {"type": "fill_in", "prompt": prompt, "accept": [key], "source": [2]}
    return Draft("p2-fi-x", "question", item, 2, None, 1.0)


def test_a_nickname_gap_whose_prompt_gives_the_reason_is_held() -> None:
    """«le llamaban el ____ porque había perdido parte del brazo» (Manco), "nicknamed 'the ____'
    because he never lost his temper" (Calm): the prompt says what the word means."""
    es, en = language_for("es"), language_for("en")
    lead = "Según el texto, ¿qué va en el hueco? "
    assert trivial_gaps.nickname_reason(_gap("es", lead + "«En el puerto le llamaban el ____ porque había perdido parte del brazo.»", "Manco"), es)
    assert trivial_gaps.nickname_reason(_gap("es", lead + "«Lo apodaron la ____ por su costumbre de hablar sin parar.»", "Cotorra"), es)
    lead_en = "According to the text, what goes in the gap? "
    assert trivial_gaps.nickname_reason(_gap("en", lead_en + "“The foreman was nicknamed ‘the ____’ because he never lost his temper.”", "Calm"), en)
    assert trivial_gaps.nickname_reason(_gap("en", lead_en + "“Sailors called him the ____ since he always sailed in fog.”", "Ghost"), en)
    # A name without its reason, or a reason of another clause, keeps the gap.
    assert not trivial_gaps.nickname_reason(_gap("es", lead + "«En el puerto le llamaban el ____, y nadie recordaba su nombre.»", "Manco"), es)
    assert not trivial_gaps.nickname_reason(_gap("en", lead_en + "“The ship was renamed ____ in 1910 because of a sale.”", "Hope"), en)


# --- 4. A one-word term of the document's own defined by a copula --------------------------------

HOPS_LUPULIN_EN = [
    Paragraph(1, "Growing hops", is_heading=True),
    Paragraph(2, "The bitter resin of the hop is held in lupulin. Lupulin is a sticky yellow powder that coats the inside "
                 "of each cone, and brewers rub it between their fingers to judge the crop."),
]
ALPECHIN_ES = [
    Paragraph(1, "La almazara", is_heading=True),
    Paragraph(2, "El alpechín es un líquido oscuro y amargo que suelta la aceituna en la prensa, residuo conocido como "
                 "agua de vegetación. El agua es un bien escaso en la comarca."),
]


def test_a_one_word_term_of_the_documents_own_defined_by_a_copula_gets_a_card() -> None:
    """«El súber es un tejido vegetal capaz de aislar el tronco del calor y del fuego, proceso
    conocido como suberización» (the probe), "Lupulin is a sticky yellow powder ...": a rare
    word's definition is a card, its back cut before another term's naming apposition; a common
    word ("El agua es un bien escaso") is none."""
    es = _ready_cards(_probe("es"), "es") + _ready_cards(ALPECHIN_ES, "es")
    en = _ready_cards(HOPS_LUPULIN_EN, "en")
    assert ("El súber", "Un tejido vegetal capaz de aislar el tronco del calor y del fuego") in es, es
    assert ("El alpechín", "Un líquido oscuro y amargo que suelta la aceituna en la prensa") in es, es
    assert ("Lupulin", "A sticky yellow powder that coats the inside of each cone") in en, en
    assert not [f for f, _b in es if "agua" in f.lower()]


def test_a_trades_own_word_keeps_its_card() -> None:
    """«canales de madera, que los aceituneros llaman arroyos», "what the growers call a flush",
    "drainage, the local term for ...": a common word in a trade's or a place's own sense is
    the document's vocabulary, not the dictionary's."""
    text_es = "El aceite corre por unos surcos de piedra, que los aceituneros llaman arroyos, hasta los pozos."
    assert not _reasons("es", _named("es", "arroyos"), "Unos surcos de piedra", ["definition"], text_es)
    text_en = "The mill was kept dry by drainage, the local term for pumping water out of the polders."
    assert not _reasons("en", _named("en", "drainage"), "Pumping water out of the polders", ["definition"], text_en)
    assert not _reasons("en", _named("en", "flush"), "A burst of new shoots", ["definition"], "Each spring the bushes put out new shoots, what the growers call a flush.")
    assert _reasons("en", _named("en", "flush"), "A burst of new shoots", ["definition"], "Each spring the bushes put out a flush, that is, a burst of new shoots.")


# --- 1b. The fact the sentence states about the subject's part, asked instead ----------------------

CORK_OAK_EN = [
    Paragraph(1, "The Cork Oak", is_heading=True),
    Paragraph(2, "The tree keeps its leaves all winter. The fruit is an acorn, that is, a dry nut held in a scaly cup "
                 "that ripens in its first autumn."),
]


def test_the_subjects_part_is_asked_where_the_term_is_a_general_word() -> None:
    """«El fruto es una bellota, es decir, un fruto seco ...» (the probe): no card on what an
    acorn is, but «Según el texto, ¿qué tipo de fruto tiene el alcornoque?» -> «Una bellota, es decir, un
    fruto seco ...», the fact the sentence states about the document's subject."""
    es = _ready_cards(_probe("es"), "es")
    assert ("Según el texto, ¿qué tipo de fruto tiene el alcornoque?",
            "Una bellota, es decir, un fruto seco provisto de una cúpula escamosa que lo sujeta a la rama") in es, es
    en = _ready_cards(CORK_OAK_EN, "en")
    assert ("According to the text, what kind of fruit does the cork oak have?",
            "An acorn, that is, a dry nut held in a scaly cup that ripens in its first autumn") in en, en
    olive = _ready_cards(OLIVE_ES, "es")
    assert ("Según el texto, ¿qué tipo de fruto tiene el olivo?",
            "Una aceituna, es decir, una drupa carnosa de hueso duro que madura en otoño") in olive, olive


# --- 6. A role card whose back is a clipped fragment ---------------------------------------------

TELESCOPE_EN = [
    Paragraph(1, "The new telescope", is_heading=True),
    Paragraph(2, "The mirror was cast in 1931 by a small firm in Ohio. The mirror was checked by the later project "
                 "scientist Ana Ruiz in 1931."),
]


def test_a_role_card_whose_back_is_clipped_from_a_later_clause_is_held() -> None:
    """"Ana Ruiz: who was this?" -> "Later project scientist": of what? A back that reads whole
    ("Later director of the observatory") keeps its card."""
    clipped = [(f, b) for f, b in _ready_cards(TELESCOPE_EN, "en") if b.lower().startswith("later")]
    assert not clipped, clipped
    front = language_for("en").prompt("card_role", person="Ana Ruiz")
    assert _reasons("en", front, "Later project scientist", ["people"])
    front_es = language_for("es").prompt("card_role", person="Ana Ruiz")
    assert _reasons("es", front_es, "Más tarde científica", ["people"])
    assert not _reasons("en", front, "Later director of the observatory", ["people"])
    assert not _reasons("es", front_es, "Más tarde directora del observatorio", ["people"])


# --- 3. A field's stated definition of its own term of art ----------------------------------------

LEASE_EN = [
    Paragraph(1, "The harbour lease", is_heading=True),
    Paragraph(2, "The court found that the two sides had settled the rent before the hearing. In legal terms, a claim "
                 "becomes moot when the dispute has ended while the case is pending, so that the judge need not rule on it."),
]
CONTRATO_ES = [
    Paragraph(1, "El arriendo del puerto", is_heading=True),
    Paragraph(2, "El juzgado comprobó que las partes ya habían pactado la renta antes de la vista. En términos jurídicos, "
                 "un contrato queda resuelto cuando una de las partes incumple una obligación esencial, de modo que la otra "
                 "puede darlo por terminado."),
]


def test_a_fields_definition_of_its_term_of_art_is_asked_as_when() -> None:
    """«En términos jurídicos, una petición carece de objeto cuando el conflicto ha desaparecido
    durante el pleito, de modo que ...» (the probe): «En términos jurídicos, ¿cuándo carece de
    objeto una petición, según el texto?» -> «Cuando el conflicto ha desaparecido durante el
    pleito», what a teacher asks of a specialised term."""
    probe = _ready_cards(_probe("es"), "es")
    assert ("En términos jurídicos, ¿cuándo carece de objeto una petición, según el texto?",
            "Cuando el conflicto ha desaparecido durante el pleito") in probe, probe
    es = _ready_cards(CONTRATO_ES, "es")
    assert ("En términos jurídicos, ¿cuándo queda resuelto un contrato, según el texto?",
            "Cuando una de las partes incumple una obligación esencial") in es, es
    en = _ready_cards(LEASE_EN, "en")
    assert ("In legal terms, when does a claim become moot, according to the text?",
            "When the dispute has ended while the case is pending") in en, en


def test_a_gap_on_a_general_word_its_prompt_glosses_is_held() -> None:
    """«El fruto es una ____, es decir, un fruto seco provisto de una cúpula escamosa» (bellota):
    the gloss gives a general word away, as a card asking what it means would. A rare word
    glossed so keeps its gap (a reader cannot name it from its meaning)."""
    es, en = language_for("es"), language_for("en")
    lead = "Según el texto, ¿qué va en el hueco? "
    assert trivial_gaps.glossed_key(_gap("es", lead + "«El fruto es una ____, es decir, un fruto seco provisto de una cúpula escamosa.»", "bellota"), es)
    lead_en = "According to the text, what goes in the gap? "
    assert trivial_gaps.glossed_key(_gap("en", lead_en + "“The fruit is an ____, that is, a dry nut held in a scaly cup.”", "acorn"), en)
    assert not trivial_gaps.glossed_key(_gap("es", lead + "«El aceite deja un ____, es decir, un agua oscura y amarga.»", "alpechín"), es)
    assert not trivial_gaps.glossed_key(_gap("en", lead_en + "“The fruit is an ____ held in a scaly cup.”", "acorn"), en)
    # In the probe, the paragraph is covered by the part card, and no gap on «bellota» is ready.
    ready = [d for d in _ready(_probe("es"), "es") if d.kind == "question" and "bellota" in str(d.item.get("accept", ""))]
    assert not ready, ready
