"""The sample documents, read and drafted once per test session (drafting takes a second)."""
from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs

DOCUMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"
SAMPLES = {"broad-street-cholera.md": "en", "panama-canal.txt": "en", "magallanes-elcano.md": "es"}


class Sample:
    def __init__(self, name: str, language: str):
        self.name = name
        self.language = language
        self.paragraphs: list[Paragraph] = read_paragraphs((DOCUMENTS / name).read_text(encoding="utf-8"))
        self.drafts: list[Draft] = derive_drafts(self.paragraphs, language)

    @property
    def ready(self) -> list[Draft]:
        return [d for d in self.drafts if not d.problems]

    def text(self, number: int) -> str:
        return next(p.text for p in self.paragraphs if p.number == number)


@pytest.fixture(scope="session")
def samples() -> dict[str, Sample]:
    return {name: Sample(name, language) for name, language in SAMPLES.items()}
