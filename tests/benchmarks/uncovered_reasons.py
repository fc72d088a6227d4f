"""Why content paragraphs get no ready draft: per uncovered paragraph, the held-back drafts and
the checks that held them, tallied (issue 10, coverage; brief cover6).

    .venv/bin/python tests/benchmarks/uncovered_reasons.py DOC[:LANG] [DOC[:LANG] ...] [-v]
    .venv/bin/python tests/benchmarks/uncovered_reasons.py --samples [-v]

A document is read as ``flask bank derive`` reads it (the import's reader, each list item its own
paragraph); LANG defaults to the samples' README table, else -es/-en in the file name.

A paragraph with no candidate at all counts as "no candidate drafted"; otherwise its primary
reason is the commonest hold among its drafts other than "the set has a better draft". Run it
from two checkouts to compare drafters. Not collected by pytest.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the checkout run from

from quizapp.derive import Paragraph, _asks_as_one_of_many, derive_drafts
from quizapp.documents.reading import read_file

FIXTURES = Path(__file__).resolve().parents[1] / "derive" / "fixtures"

REASONS = [
    ("set has a better draft", r"same answer in the text as the better|same sentence as the better|asks for the same answer"),
    ("headline fact", r"headline fact"),
    ("story's setting or subject", r"named all over the document|document's own subject|names the country or region"),
    ("famous or frequent key", r"frequent in general text|widely known place|famous|stock pairing|stock phrase"),
    ("generic name", r"generic name a reader would guess"),
    ("fallback not released (lower-case gap, count, time)", r"gap on a lower-case word"),
    ("fallback not released (long sentence quoted to a clause)", r"quotes a long sentence"),
    ("fallback not released (speaker choice)", r"choice among the document's speakers"),
    ("fallback not released (claim, function or apposition card)", r"a card on what the text reports|a card on what one of the document's terms|a card on a rare term"),
    ("fallback not released (comparison card)", r"a card on how one thing differs from another"),
    ("true/false without a plausible swap", r"true/false statement needs"),
    ("shared options or leakage", r"shares options|gives away, or is given away|is shown by the other"),
    ("blind-reader cue", r"blind-|cue-"),
    ("symbol or formula key", r"symbol or a formula|term of a formula"),
    ("card front says nothing", r"card's front"),
]
NONE = "no candidate drafted"


def reason(problem: str) -> str:
    return next((name for name, pattern in REASONS if re.search(pattern, problem)), "other: " + problem[:50])


def sample_languages() -> dict[str, str]:
    """The samples' languages, from the fixtures README's table (| `file` | language | ...)."""
    table = (FIXTURES / "README.md").read_text(encoding="utf-8")
    return {m[1]: m[2] for m in re.finditer(r"^\| `([^`]+)` \| (en|es) \|", table, re.M)}


def language_of(path: str) -> str:
    name = Path(path).name
    return sample_languages().get(name) or ("es" if Path(path).stem.endswith("-es") else "en")


def read_document(path: str) -> list[Paragraph]:
    """The paragraphs as ``flask bank derive`` numbers them."""
    document = read_file(Path(path).name, Path(path).read_bytes())
    return [Paragraph(n, b.text, b.is_heading, b.is_list_item) for n, b in enumerate(document.blocks, start=1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="*", help="DOC[:LANG]")
    parser.add_argument("--samples", action="store_true", help="every sample of tests/derive/fixtures")
    parser.add_argument("-v", action="store_true", help="print every uncovered paragraph and its drafts")
    args = parser.parse_args()
    primary: Counter[str] = Counter()
    total = all_content = ready = 0
    specs = list(args.documents)
    if args.samples:
        specs += sorted(str(p) for p in FIXTURES.iterdir() if p.suffix in {".md", ".txt"} and p.name != "README.md")
    for spec in specs:
        path, language = spec.rsplit(":", 1) if re.search(r":(en|es)$", spec) else (spec, language_of(spec))
        paragraphs = read_document(path)
        drafts = derive_drafts(paragraphs, language)
        content = [p.number for p in paragraphs if not p.is_heading and p.text.strip()]
        # a list's item is covered by the list's matching, ordering or card that asks it (as the drafter counts)
        text = {p.number: p.text for p in paragraphs}
        covered = {n for d in drafts if not d.problems for n in {d.paragraph, *d.item.get("source", [])} if n == d.paragraph or _asks_as_one_of_many(d, n, text)}
        all_content += len(content)
        ready += sum(not d.problems for d in drafts)
        print(f"{Path(path).name}: {len(covered & set(content))} of {len(content)} content paragraphs covered, {sum(not d.problems for d in drafts)} ready drafts")
        for number in (n for n in content if n not in covered):
            total += 1
            held = [d for d in drafts if d.paragraph == number]
            found = Counter(r for d in held for r in {reason(p) for p in d.problems})
            order = [name for name, _ in REASONS]
            by_count = sorted(found, key=lambda r: (-found[r], order.index(r) if r in order else len(order), r))
            ranked = [r for r in by_count if r != REASONS[0][0]] or by_count
            primary[ranked[0] if ranked else NONE] += 1
            if args.v:
                text = next(p.text for p in paragraphs if p.number == number)
                print(f"{Path(path).name} p{number}: {ranked[0] if ranked else NONE} {dict(found)}\n    «{text[:160]}»")
                for d in held[:10]:
                    print(f"    {d.item.get('type', d.kind)}: {d.problems[0][:140] if d.problems else ''}")
    print(f"content paragraphs covered: {all_content - total} of {all_content}; ready drafts: {ready}")
    print(f"uncovered content paragraphs: {total}")
    for name, count in primary.most_common():
        print(f"  {count:3d}  {name}")


if __name__ == "__main__":
    main()
