"""Which content paragraphs of a document get a ready draft, and the ready drafts themselves.

    .venv/bin/python tests/benchmarks/paragraph_coverage.py DOC LANGUAGE [--show]

Prints "content N covered M uncovered [...]" (a paragraph is covered when a ready draft cites it
first), and with --show every ready draft as a reviewer reads it (prompt, options or accepted
answers, card sides). Run it from two checkouts to compare drafters on one document. Not
collected by pytest.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the checkout run from: compare two drafters on one document

from quizapp.derive import Draft, derive_drafts
from quizapp.derive.bankfolder import read_paragraphs


def shown(d: Draft) -> str:
    """One line: what a reviewer reads of the draft, and its key."""
    item = d.item
    if d.kind == "card":
        return f"card: {item['front']!r} -> {item['back']!r}"
    line = f"{item['type']}: {item.get('prompt', '')} {item.get('passage', '')}".rstrip()
    if "choices" in item:
        line += " || " + " | ".join(("*" if c["correct"] else "") + str(c["text"]) for c in item["choices"])
    if "accept" in item:
        line += f" => {item['accept']}"
    if "answer" in item:
        line += f" => {item['answer']} {item.get('unit', '')}".rstrip()
    if "items" in item:
        line += f" items={item['items']}"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", type=Path)
    parser.add_argument("language")
    parser.add_argument("--show", action="store_true", help="print every ready draft")
    args = parser.parse_args()
    paragraphs = read_paragraphs(args.document.read_text(encoding="utf-8"))
    drafts = derive_drafts(paragraphs, args.language)
    content = [p.number for p in paragraphs if not p.is_heading and p.text.strip()]
    covered = {d.paragraph for d in drafts if not d.problems}
    print(f"content {len(content)} covered {len(covered & set(content))} uncovered {[n for n in content if n not in covered]}")
    if args.show:
        for d in drafts:
            if not d.problems:
                print(f"[p{d.paragraph}] {d.key} {shown(d)}")


if __name__ == "__main__":
    main()
