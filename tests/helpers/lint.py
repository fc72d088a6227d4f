"""Bank items built in code, written to a folder, for the lint tests."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DOCUMENT: dict[str, Any] = {
    "slug": "tiny",
    "title": "A tiny document",
    "language": "en",
    "labels": ["far-right", "Stalinist"],
    "source": {"paragraphs": 3},
}


def single(prompt: str, key: str, *wrong: str, qid: str = "q-1", **extra: Any) -> dict[str, Any]:
    return {
        "id": qid,
        "type": "single_choice",
        "prompt": prompt,
        "choices": [{"text": key, "correct": True}, *({"text": w} for w in wrong)],
        "explanation": "Paragraph 1 says so.",
        "source": [1],
        "difficulty": 1,
        "kind": "fact",
        **extra,
    }


def item(qtype: str, qid: str = "q-1", **fields: Any) -> dict[str, Any]:
    return {
        "id": qid,
        "type": qtype,
        "explanation": "Paragraph 1 says so.",
        "source": [1],
        "difficulty": 1,
        "kind": "fact",
        **fields,
    }


def write(root: Path, questions: list[dict], cards: list[dict] | None = None, document: dict | None = None) -> Path:
    folder = root / "tiny"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "document.yaml").write_text(yaml.safe_dump(document or DOCUMENT, sort_keys=False), encoding="utf-8")
    topic = {"topic": {"slug": "basics", "title": "Basics"}, "questions": questions}
    if cards:
        topic["cards"] = cards
    (folder / "basics.yaml").write_text(yaml.safe_dump(topic, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return folder
