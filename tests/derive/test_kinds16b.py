"""kinds16b: items a reader answers without the document (issue 10, rule 5), each kind fixed
generally and tested on our own small texts (EN and ES, topics of our own)."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts, giveaways, trivial_gaps
from quizapp.languages import language_for


def _ready_years(paragraphs: list[Paragraph], language: str) -> list[tuple[str, Any]]:
    return [(str(d.item.get("prompt")), d.item.get("answer")) for d in derive_drafts(paragraphs, language)
            if d.ready and d.item.get("type") == "numeric"]


def _draft(item: dict[str, Any]) -> Draft:
    return Draft("p2-x", "question", {"source": [2], **item}, 2, None, 1.0)


def _typed(prompt: str, key: str) -> Draft:
    return _draft({"type": "fill_in", "prompt": prompt, "accept": [key]})


def _choice(prompt: str, key: str, wrong: list[str]) -> Draft:
    choices = [{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong]
    return _draft({"type": "single_choice", "prompt": prompt, "choices": choices})


def _numeric(prompt: str, answer: int) -> Draft:
    return _draft({"type": "numeric", "prompt": prompt, "answer": answer})


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang)


PAPER_ES = [Paragraph(1, "La fundación del periódico de Zaruma", is_heading=True),
            Paragraph(2, "El periódico salió por primera vez el 31 de diciembre de 1896 en Zaruma, y el 7 de enero de 1897 ya vendía 800 ejemplares."),
            Paragraph(3, "Su director, Efraín Lozada, lo cerró el 2 de marzo de 1912, dos semanas después del 16 de febrero de 1912, cuando murió su socio.")]
PAPER_EN = [Paragraph(1, "The Dunmore newspaper", is_heading=True),
            Paragraph(2, "The paper first appeared on 28 December 1921 in Dunmore, and by 4 January 1922 it sold 800 copies a day."),
            Paragraph(3, "Its editor, Owen Pritchard, closed it on 3 May 1931, two weeks after 20 April 1931, when his partner died.")]


def test_the_year_of_a_day_shortly_after_or_before_a_full_date_is_not_asked() -> None:
    """The review: «el 31 de diciembre de 1896 … y el 7 de enero de ____» asked 1897: a day a
    few weeks from a full date of the same prompt has that date's year or the one next to it,
    and the reader takes the one that puts the two days close. Days far apart are still asked."""
    for paragraphs, language in ((PAPER_ES, "es"), (PAPER_EN, "en")):
        asked = [(p, a) for p, a in _ready_years(paragraphs, language) if a in (1896, 1897, 1912, 1921, 1922, 1931)]
        assert not asked, asked
    assert _reasons(_numeric("“The paper closed on 3 May ____, two weeks after 20 April 1931.”", 1931), "en")
    assert _reasons(_numeric("«El periódico salió el 31 de diciembre de ____, y el 7 de enero de 1897 vendía 800 ejemplares.»", 1896), "es")
    # Born and died: months apart, and years apart: nothing settles the year.
    assert not _reasons(_numeric("“Pritchard was born on 3 May 1890 and died on 4 June ____ in Kelso.”", 1951), "en")
    assert not _reasons(_numeric("«Lozada nació el 2 de marzo de 1850 y murió el 9 de marzo de ____.»", 1921), "es")

