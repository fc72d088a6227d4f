"""A subject or clause moved inside a sentence loses its capital, but an acronym keeps its
capitals: a card front read «¿Qué pidieron cCOO y UGT …?» when the drafter lowered the first
letter of every subject it moved (final review of an unseen Spanish text, session 19)."""
from __future__ import annotations

import pytest

from quizapp.language import lower_initial


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The inner tank", "the inner tank"),
        ("Los sindicatos", "los sindicatos"),
        ("CCOO y UGT", "CCOO y UGT"),
        ("UN inspectors", "UN inspectors"),
        ("NHS trusts", "NHS trusts"),
        ("A coil", "a coil"),
        ("É", "é"),
        ("", ""),
    ],
)
def test_only_a_word_in_lower_case_after_its_first_letter_is_lowered(text: str, shown: str) -> None:
    assert lower_initial(text) == shown
