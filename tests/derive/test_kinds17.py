"""kinds17: flashcards offered as ready that fresh reviewers failed on documents no engineer
saw (issue 10, the drafter; session 11's "cards" brief). Each kind is fixed generally and tested
on our own small texts (EN and ES, topics of our own: tanning, soap, pottery, cheese)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.card_checks import CardContext, problems
from quizapp.languages import language_for


def _reasons(language: str, front: str, back: str, tags: list[str], text: str = "") -> list[str]:
    lang = language_for(language)
    item: dict[str, Any] = {"type": "card", "front": front, "back": back, "source": [2], "tags": tags}
    draft = Draft("p2-card-x", "card", item, 2, None, 1.0)
    return problems(draft, CardContext(lang, language, ["Un documento"], {}, {2: text}))


def _ready_cards(paragraphs: list[Paragraph], language: str) -> list[tuple[str, str]]:
    return [(str(d.item["front"]), str(d.item["back"])) for d in derive_drafts(paragraphs, language) if d.ready and d.kind == "card"]


def _named(language: str, term: str) -> str:
    return language_for(language).prompt("card_named", term=term)


# --- 3. A front leaning on an earlier sentence: "once the principle was accepted" ---------------

GUILD_EN = [
    Paragraph(1, "The tanners' guild", is_heading=True),
    Paragraph(2, "Once the principle was accepted, the guild changed its rules about the stalls of the market."),
]
GUILD_ES = [
    Paragraph(1, "El gremio de jaboneros", is_heading=True),
    Paragraph(2, "Cuando el gremio aceptó la propuesta, los vendedores cambiaron sus puestos del mercado. "
                 "Tras la decisión, cada taller tuvo que llevar un libro de cuentas."),
]


def test_a_front_naming_an_earlier_sentences_decision_without_saying_which_is_held() -> None:
    """"What happened once the principle was accepted?": which principle? The front's definite
    abstract noun (principle, decision, measure; principio, decisión, medida, propuesta) names
    something an earlier sentence said; the learner is not shown it."""
    for paragraphs, language, noun in ((GUILD_EN, "en", "principle"), (GUILD_ES, "es", "propuesta")):
        leaning = [(f, b) for f, b in _ready_cards(paragraphs, language) if noun in f]
        assert not leaning, leaning
    assert _reasons("en", "According to the text, what happened after the decision?", "The mill closed.", ["condition"])
    assert _reasons("es", "Según el texto, ¿qué ocurrió tras la medida?", "El jabón se encareció.", ["condition"])
    # The noun said with what it is, or a noun of the text's own, keeps the card.
    assert not _reasons("en", "According to the text, what happened once the principle of the stamp was accepted?", "The guild changed its rules.", ["condition"])
    assert not _reasons("es", "Según el texto, ¿qué ocurre si la medida del grano es fina?", "La pasta cuaja antes.", ["condition"])
    assert not _reasons("en", "According to the text, what happens once the bark is ground?", "The tannins dissolve.", ["condition"])
