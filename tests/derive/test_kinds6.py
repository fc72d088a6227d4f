"""Failure kinds of the sixteenth fresh review (and a second fresh review's), each fixed
generally and tested on texts of our own about other subjects (English and Spanish): the
derive report listing a ready draft as held back; a numeric tolerance that does not scale with
a small decimal key; definition cards cut mid-sentence, glued to another clause, or only a
class; a bare generic role as a "who was this?" card's back; an organisation's short name; a
quoted prompt leaning on a word outside the quote."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs

FIXTURES = Path(__file__).parent / "fixtures"


def _paragraphs(rows: list[tuple[int, str, bool]]) -> list[Paragraph]:
    return [Paragraph(n, t, h) for n, t, h in rows]


def _ready(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if not d.problems]


def test_every_draft_is_listed_once_so_the_report_never_holds_back_a_ready_id() -> None:
    """Review 16: derive-report.txt listed p4-fi-4024e005 as held back ("asks for the same
    answer as the ready draft p4-fi-4024e005") while the bank offered it: two drafters drafted
    the same gap (same signature, same id), one copy ready and one held."""
    for name, language in (("darjeeling-tea.md", "en"), ("glacier-flow.md", "en")):
        drafts = derive_drafts(read_paragraphs((FIXTURES / name).read_text(encoding="utf-8")), language)
        twice = [k for k, n in Counter(d.key for d in drafts).items() if n > 1]
        assert twice == [], f"{name}: drafted twice: {twice}"
        ready = {d.key for d in _ready(drafts)}
        assert not [d.key for d in drafts if d.problems and d.key in ready]
