"""Reading a plain text or markdown file into paragraphs, and writing drafts as a bank folder.

``flask bank derive`` uses both. The reader is deliberately small (blank-line paragraphs,
markdown ``#`` headings, short title lines): the web import's richer readers
(``quizapp/documents/reading.py``) hand their own ``Paragraph`` lists to the same drafter.
The folder written is one ``flask bank check`` accepts: ``document.yaml``, the document's
paragraphs one per line in ``source.txt`` (so the cited passages show beside answers), one
topic file per section, and ``derive-report.txt`` with the drafts held back and why.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from quizapp.derive import Draft, Paragraph
from quizapp.derive.equations import is_equation
from quizapp.language import fold_word

TITLE_LINE_WORDS = 10  # a line this short, without a final full stop, is a heading
# Markdown emphasis around a heading's words ("The *ruina montium*", "**Part 2**").
EMPHASIS = re.compile(r"(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1")
# A short line wholly in emphasis ("*News analysis — November 2025*", "_By Ana Ruiz_"): a
# dateline, byline or label under the title, which names no section of its own.
DATELINE = re.compile(r"^(\*{1,2}|_{1,2})(?=\S)[^*_]+(?<=\S)\1$")


def plain_title(text: str) -> str:
    """A heading as a topic title: its words without Markdown emphasis (review 11 read a topic
    titled "*News analysis — November 2025*", asterisks and all)."""
    return EMPHASIS.sub(r"\2", text)


def opens_section(heading: str) -> bool:
    """Whether a heading opens a topic: not a dateline or byline (a short line wholly in
    emphasis), whose paragraphs belong to the section above it."""
    return not DATELINE.match(heading.strip())


def read_paragraphs(text: str) -> list[Paragraph]:
    """Blank-line paragraphs, numbered from 1; markdown headings and short title lines (no
    final punctuation, most words capitalised, no equation) are headings."""
    paragraphs: list[Paragraph] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        joined = " ".join(lines)
        heading = joined.startswith("#")
        if heading:
            joined = joined.lstrip("#").strip()
        elif len(joined.split()) <= TITLE_LINE_WORDS and not re.search(r"[.!?:;,]$", joined) and not is_equation(joined):
            heading = True
        paragraphs.append(Paragraph(number=len(paragraphs) + 1, text=joined, is_heading=heading))
    return paragraphs


def slugify(text: str, fallback: str = "document") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold_word(text)).strip("-")
    return slug[:60].strip("-") or fallback


def select(drafts: Sequence[Draft], per_paragraph: int | None = None, limit: int | None = None) -> list[Draft]:
    """The ready drafts, best first, at most ``per_paragraph`` per main paragraph and ``limit``
    in all."""
    taken: dict[int, int] = defaultdict(int)
    chosen = []
    for d in drafts:
        if d.problems or (per_paragraph is not None and taken[d.paragraph] >= per_paragraph):
            continue
        taken[d.paragraph] += 1
        chosen.append(d)
        if limit is not None and len(chosen) >= limit:
            break
    return chosen


def write_bank(
    folder: Path, paragraphs: Sequence[Paragraph], drafts: Sequence[Draft], chosen: Sequence[Draft], *, language: str, title: str, description: str
) -> dict[str, int]:
    """Write the chosen drafts as a bank folder; returns counts for the command's summary."""
    folder.mkdir(parents=True, exist_ok=True)
    slug = slugify(folder.resolve().name)
    headings = [p.number for p in paragraphs if p.is_heading]
    (folder / "source.txt").write_text("\n".join(p.text.replace("\n", " ") for p in paragraphs) + "\n", encoding="utf-8")
    meta = {
        "slug": slug,
        "title": title,
        "description": description,
        "language": language,
        "source": {
            "description": f"Drafted by `flask bank derive` from {title}; every item cites its paragraphs.",
            "paragraphs": len(paragraphs),
            "headings": headings,
            "file": "source.txt",
        },
    }
    _dump(folder / "document.yaml", meta)

    # One topic per section: the paragraphs after a heading, up to the next one.
    section_of: dict[int, int] = {}
    sections: list[tuple[str, str]] = []
    current = -1
    for p in paragraphs:
        if (p.is_heading and opens_section(p.text)) or current < 0:
            name = plain_title(p.text) if p.is_heading and opens_section(p.text) else title
            base = slugify(name, "section")
            used = {s for s, _ in sections}
            unique = base if base not in used else f"{base}-{len(sections) + 1}"
            sections.append((unique, name[:120]))
            current = len(sections) - 1
        section_of[p.number] = current
    for old in folder.glob("[0-9][0-9]-*.yaml"):
        old.unlink()  # a re-derived folder holds only this run's topics
    by_section: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: {"questions": [], "cards": []})
    for d in chosen:
        by_section[section_of.get(d.paragraph, 0)]["questions" if d.kind == "question" else "cards"].append(d.item)
    written = 0
    for index, (topic_slug, topic_title) in enumerate(sections):
        items = by_section.get(index)
        if not items:
            continue
        data: dict[str, Any] = {"topic": {"slug": topic_slug, "title": topic_title}}
        data.update({k: v for k, v in items.items() if v})
        _dump(folder / f"{index + 1:02d}-{topic_slug}.yaml", data, header=TOPIC_FILE_HEADER)
        written += 1
    held = [d for d in drafts if d.problems]
    lines = [f"{d.key} (paragraph {d.paragraph}, {d.item.get('type', 'card')}): " + "; ".join(d.problems) for d in held]
    (folder / "derive-report.txt").write_text(
        f"{len(chosen)} ready drafts written, {len(held)} held back:\n" + "\n".join(lines) + "\n", encoding="utf-8"
    )
    return {"written": len(chosen), "held": len(held), "topics": written}


# What a reader of a topic file needs to know about the accept lists before adding forms by
# hand: the grader already takes these (quizapp/qtypes/typed.py; the README's grading table).
TOPIC_FILE_HEADER = (
    "# Drafted by `flask bank derive`; every item cites its paragraphs (source.txt, line N = paragraph N).\n"
    "# Typed answers match any `accept` form ignoring case, accents, spaces, hyphens and punctuation,\n"
    "# British or American spelling, and numbers 1-21 in words or figures; `typos: true` also forgives\n"
    "# one slip (two in long answers). Numbers are read as the bank's language writes them: in a Spanish\n"
    "# bank 3.676 is three thousand six hundred and seventy-six and 2,5 is two and a half.\n"
)


def _dump(path: Path, data: dict[str, Any], header: str = "") -> None:
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
