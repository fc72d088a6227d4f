"""A small bank written by hand, as a teacher would, for ``flask bank`` tests."""
from __future__ import annotations

from pathlib import Path

DOCUMENT = """\
slug: tiny
title: A tiny document
description: Two paragraphs and a heading.
language: en
source:
  description: Written for the tests.
  paragraphs: 3
  headings: [2]
"""

TOPIC = """\
topic:
  slug: basics
  title: The basics
questions:
  - id: t-001
    type: single_choice
    prompt: Which colour is the sky in paragraph 1?
    choices:
      - text: Green
      - text: Blue
        correct: true
    explanation: Paragraph 1 says so.
    source: [1]
    difficulty: 1
    kind: fact
  - id: t-002
    type: numeric
    prompt: How many cats are in paragraph 3?
    answer: 3
    unit: cats
    explanation: Paragraph 3 counts them.
    source: [3]
    difficulty: 2
    kind: fact
cards:
  - id: t-card-001
    front: Sky
    back: Blue
    source: [1]
"""


def write_bank(root: Path, topic: str = TOPIC, document: str = DOCUMENT) -> Path:
    folder = root / "tiny"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "document.yaml").write_text(document, encoding="utf-8")
    (folder / "basics.yaml").write_text(topic, encoding="utf-8")
    return folder
