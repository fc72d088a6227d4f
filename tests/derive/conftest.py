"""The sample documents, read and drafted once per test session (drafting takes a second)."""
from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs

DOCUMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"
HELD_OUT = Path(__file__).resolve().parent / "fixtures"  # details a reader's world knowledge does not settle
SAMPLES = {
    "broad-street-cholera.md": "en", "panama-canal.txt": "en", "magallanes-elcano.md": "es",
    "kinzua-viaduct.md": "en", "harbour-light.txt": "en", "puente-vizcaya.md": "es", "cooperativa-percebe.md": "es",
}


def document(name: str) -> Path:
    """A sample document's path: the famous-subject samples, or the held-out ones."""
    return DOCUMENTS / name if (DOCUMENTS / name).exists() else HELD_OUT / name


class Sample:
    def __init__(self, name: str, language: str):
        self.name = name
        self.language = language
        self.paragraphs: list[Paragraph] = read_paragraphs(document(name).read_text(encoding="utf-8"))
        self.drafts: list[Draft] = derive_drafts(self.paragraphs, language)

    @property
    def ready(self) -> list[Draft]:
        return [d for d in self.drafts if not d.problems]

    def text(self, number: int) -> str:
        return next(p.text for p in self.paragraphs if p.number == number)


@pytest.fixture(scope="session")
def samples() -> dict[str, Sample]:
    return {name: Sample(name, language) for name, language in SAMPLES.items()}
