"""Stand-in until the drafter lands: the interface of /work/briefs/derive-interface.md with a
deliberately simple drafter (one typed-answer draft per content paragraph, on its longest
capitalised word), so that import, review and publish can be built and tested meanwhile.
The integrator replaces this file by the real drafter (branch "derive").
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based paragraph number, as cited
    text: str
    is_heading: bool = False


@dataclass
class Draft:
    key: str  # stable id of the draft: same document+settings -> same keys
    kind: str  # "question" or "card"
    item: dict[str, Any]  # one bank item as in questions/README.md; `source` = cited paragraphs
    paragraph: int  # the main cited paragraph
    answer_span: tuple[int, int] | None  # char offsets of the answer in that paragraph's text
    score: float  # rank, higher is better
    problems: list[str] = field(default_factory=list)  # empty = ready; else the failed checks


class Drafter(Protocol):
    def draft(self, paragraphs: Sequence[Paragraph], language: str, *, variant: int = 0) -> list[Draft]: ...


_WORD = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñü-]{3,}\b")
PROMPTS = {"en": "Which word fills the gap in this sentence? “{gap}”", "es": "¿Qué palabra completa la frase? «{gap}»"}


def derive_drafts(paragraphs: Sequence[Paragraph], language: str, *, variant: int = 0) -> list[Draft]:
    """Deterministic: the same paragraphs, language and variant give the same drafts."""
    drafts: list[Draft] = []
    for paragraph in paragraphs:
        if paragraph.is_heading:
            continue
        sentence = re.split(r"(?<=[.!?])\s+", paragraph.text.strip())[0]
        words = [m for m in _WORD.finditer(sentence) if m.start() > 0]
        if not words:
            continue
        match = sorted(words, key=lambda m: (-len(m.group()), m.start()))[variant % len(words)]
        digest = hashlib.sha1(f"{paragraph.text}|{variant}".encode()).hexdigest()[:10]
        gap = sentence[: match.start()] + "_____" + sentence[match.end() :]
        item = {
            "id": f"d-{digest}",
            "type": "fill_in",
            "prompt": PROMPTS.get(language, PROMPTS["en"]).format(gap=gap),
            "accept": [match.group()],
            "typos": True,
            "explanation": f"Paragraph {paragraph.number} says: {sentence}",
            "source": [paragraph.number],
            "difficulty": 1,
            "kind": "fact",
        }
        problems = [] if len(sentence) <= 400 else ["the sentence is too long to quote in a prompt"]
        drafts.append(Draft(f"p{paragraph.number}-{digest}", "question", item, paragraph.number, (match.start(), match.end()), float(len(match.group())), problems))
    return sorted(drafts, key=lambda d: (-d.score, d.paragraph))
