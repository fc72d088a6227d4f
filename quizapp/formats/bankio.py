"""Between the formats' item dicts and bank folders: items of a read bank, a folder written from
an import, and the checking of imported items by ``flask bank check``'s own validator."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizapp.bank.parser import Bank, BankError, read_bank
from quizapp.formats.base import ImportResult, Problem, Topic

# Fields that belong to the bank, not to the item; formats note them as not carried.
BANK_ONLY = ("enemies", "lint_ok")
# Defaults for what most formats cannot say: an imported item is a plain fact of middle difficulty.
DEFAULT_DIFFICULTY = 2
DEFAULT_KIND = "fact"


@dataclass
class BankItems:
    """A bank (or part of one) as the formats take it."""

    title: str
    questions: list[dict[str, Any]] = field(default_factory=list)
    cards: list[dict[str, Any]] = field(default_factory=list)
    topics: dict[str, Topic] = field(default_factory=dict)


def bank_items(bank: Bank) -> BankItems:
    """Every question and card of ``bank`` as a topic file would hold it (after validation:
    defaults filled in), with its topic."""
    titles = {t.slug: t.title for t in bank.topics}
    out = BankItems(title=bank.title)
    for q in bank.questions:
        item: dict[str, Any] = {"id": q.id, **q.content}
        if q.enemies:
            item["enemies"] = list(q.enemies)
        if q.lint_ok:
            item["lint_ok"] = dict(q.lint_ok)
        out.questions.append(item)
        out.topics[q.id] = Topic(q.topic, titles[q.topic])
    for c in bank.cards:
        card: dict[str, Any] = {"id": c.id, "front": c.front, "back": c.back, "source": list(c.source), "tags": list(c.tags)}
        if c.lint_ok:
            card["lint_ok"] = dict(c.lint_ok)
        out.cards.append(card)
        out.topics[c.id] = Topic(c.topic, titles[c.topic])
    return out


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    """An item as YAML should show it: no empty tags."""
    return {k: v for k, v in item.items() if not (k == "tags" and not v)}


def write_bank(folder: Path, result: ImportResult, *, slug: str, title: str, format_name: str, filename: str) -> None:
    """Write ``result`` as a bank folder: document.yaml (marked imported, so its items may be
    unsourced) and one topic file per topic, in the order topics first appear."""
    folder.mkdir(parents=True, exist_ok=True)
    cited = [n for item in result.items() for n in item.get("source") or []]
    document = {
        "slug": slug,
        "title": title,
        "description": f"Imported from {filename}.",
        "language": "en",
        "imported": {"format": format_name, "file": filename},
        "source": {
            "description": "Imported items; cited paragraph numbers, if any, are the ones the file gave.",
            "paragraphs": max(cited, default=0),
        },
    }
    (folder / "document.yaml").write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    order: list[Topic] = []
    for item in result.items():
        topic = result.topics.get(item["id"], Topic("imported", "Imported"))
        if topic not in order:
            order.append(topic)
    # Two topics of one slug (titles differing only in punctuation) are merged into the first.
    by_slug: dict[str, Topic] = {}
    for topic in order:
        by_slug.setdefault(topic.slug, topic)
    width = len(str(len(by_slug)))
    for n, topic in enumerate(by_slug.values(), start=1):
        data: dict[str, Any] = {"topic": {"slug": topic.slug, "title": topic.title}}
        for key, items in (("questions", result.questions), ("cards", result.cards)):
            chosen = [_clean(i) for i in items if result.topics.get(i["id"], Topic("imported", "Imported")).slug == topic.slug]
            if chosen:
                data[key] = chosen
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        (folder / f"{n:0{width}d}-{topic.slug}.yaml").write_text(text, encoding="utf-8")


def check_import(result: ImportResult, *, format_name: str, filename: str) -> Bank | None:
    """Check every imported item with ``flask bank check``'s validator (the items written to a
    scratch bank folder and read back). Each item with a problem moves out of ``result`` and
    its problems join ``result.problems``, located where the file had it. Returns the bank read
    from the good items (None when none is left)."""
    with tempfile.TemporaryDirectory(prefix="quizapp-import-") as scratch:
        for _ in range(2):  # a second pass once the bad items are out (a bank is all or nothing)
            folder = Path(scratch) / "bank"
            if folder.exists():
                for path in folder.iterdir():
                    path.unlink()
            if not result.items():
                return None
            write_bank(folder, result, slug="imported", title="Imported", format_name=format_name, filename=filename)
            try:
                return read_bank(folder)
            except BankError as exc:
                bad = _drop_bad(result, exc)
                if not bad:
                    raise
    return None


def _drop_bad(result: ImportResult, exc: BankError) -> set[str]:
    ids = {i["id"] for i in result.items()}
    bad: set[str] = set()
    for problem in exc.problems:
        if problem.item_id in ids:
            bad.add(problem.item_id)
            result.problems.append(Problem(result.where.get(problem.item_id, "?"), problem.item_id, problem.message))
    result.questions = [i for i in result.questions if i["id"] not in bad]
    result.cards = [i for i in result.cards if i["id"] not in bad]
    return bad


def cue_findings(bank: Bank) -> dict[str, list[str]]:
    """``flask bank lint``'s open findings on an imported bank, by item id ("code: what"):
    imported items are checked for cues like any other, and the findings are shown."""
    from quizapp.bank.lint import lint_bank

    found: dict[str, list[str]] = {}
    for finding in lint_bank(bank).open_findings:
        found.setdefault(finding.item_id, []).append(f"{finding.code}: {finding.message}")
    return found
