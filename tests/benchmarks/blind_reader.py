"""Blind-reader check: how well can someone who never read the document answer the bank?

A test-wise reader who has not read the source answers the bank's choice questions
(single choice, true/false, multiple select) from wording, plausibility and the other
questions alone. If they score far above chance, the bank measures test-wiseness, not
reading. This script makes the batches such a reader sees and scores their answers.

    # 1. batches of at most 30 questions, without answers, in random order (seeded by --seed
    #    and the bank folder's name, so documents differ in order and option letters)
    .venv/bin/python tests/benchmarks/blind_reader.py make --out /tmp/blind --seed 1
    # 2. give each /tmp/blind/batch-N.md to a reader who sees nothing else; they write
    #    /tmp/blind/answers-N.txt with one line per question: "Q7: B" ("Q3: A, C" for several,
    #    "Q5: True"/"Q5: False" for true/false)
    # 3. score against the key (kept apart in /tmp/blind/key.json)
    .venv/bin/python tests/benchmarks/blind_reader.py score /tmp/blind

Marks are the app's own (quizapp.quiz.grading.grade, so multiple select earns partial
credit); "chance" is the expected mark of a reader who guesses uniformly (one option at
random for single choice and true/false, a random non-empty subset for multiple select).
Not collected by pytest: it needs readers, not a machine.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from quizapp.bank.parser import read_banks  # noqa: E402
from quizapp.quiz.grading import grade  # noqa: E402

CHOICE_TYPES = ("single_choice", "true_false", "multiple_select")
LETTERS = "ABCDEFGH"
INSTRUCTIONS = """\
# Questions, batch {n}

Answer every question below. You have NOT read the document they come from, and you must not
look anything up: answer from the questions alone, as well as you can. Guess where you must;
never leave a question out.

Write your answers one per line, exactly in this form:

    Q1: B
    Q2: True
    Q3: A, C

Single choice: one letter. True/false: True or False. "Select all that apply": every letter
you think is right, separated by commas.

"""


def choice_questions(bank_dir: Path) -> list[dict]:
    """Every live choice question of every bank in ``bank_dir``, as the parser reads it."""
    items = []
    for bank in read_banks(bank_dir):
        for q in bank.questions:
            if q.type in CHOICE_TYPES:
                items.append({"id": q.id, "bank": bank.slug, "kind": q.content.get("kind", "fact"), "content": q.content})
    return items


def render(number: int, content: dict, rng: random.Random) -> tuple[str, list[int]]:
    """The question as the reader sees it, with its choices shuffled; returns the display order."""
    qtype = content["type"]
    if qtype == "true_false":
        return f"**Q{number}** (true or false). {content['prompt']}\n", []
    order = list(range(len(content["choices"])))
    rng.shuffle(order)
    label = "select all that apply" if qtype == "multiple_select" else "one answer"
    lines = [f"**Q{number}** ({label}). {content['prompt']}"]
    lines += [f"   {LETTERS[pos]}. {content['choices'][i]['text']}" for pos, i in enumerate(order)]
    return "\n".join(lines) + "\n", order


def bank_seed(seed: int, bank_dir: Path, items: list[dict]) -> str:
    """The seed of one run over one folder: ``--seed`` with the folder's and its banks' names.

    One Random seeded by ``--seed`` alone put every bank of the same size in the same order
    (the drafter writes a bank's true statement before its false one, so ten documents showed
    Q1 True and Q2 False), a pattern a reader of many batches learns. A string seed is hashed
    the same way in every process, so the same seed and folder give the same batches.
    """
    return f"{seed}:{bank_dir.resolve().name}:" + ",".join(sorted({item['bank'] for item in items}))


def make(args: argparse.Namespace) -> None:
    bank_dir = Path(args.bank)
    items = choice_questions(bank_dir)
    rng = random.Random(bank_seed(args.seed, bank_dir, items))
    rng.shuffle(items)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict] = {}
    batches = [items[i : i + args.batch_size] for i in range(0, len(items), args.batch_size)]
    for n, batch in enumerate(batches, start=1):
        text = [INSTRUCTIONS.format(n=n)]
        for number, item in enumerate(batch, start=1):
            shown, order = render(number, item["content"], rng)
            text.append(shown)
            key[f"{n}:Q{number}"] = {"id": item["id"], "kind": item["kind"], "order": order, "content": item["content"]}
        (out / f"batch-{n}.md").write_text("\n".join(text), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} choice questions in {len(batches)} batches written to {out}/batch-*.md (key: key.json)")


ANSWER_LINE = re.compile(r"^\W*Q(\d+)\W*[:.)-]\s*(.+?)\s*$", re.IGNORECASE)


def read_answers(path: Path) -> dict[int, str]:
    answers = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := ANSWER_LINE.match(line):
            answers[int(m.group(1))] = m.group(2)
    return answers


def to_answer(content: dict, order: list[int], raw: str) -> dict | None:
    """The reader's text as the grader's answer dict, or None when it cannot be read."""
    qtype = content["type"]
    if qtype == "true_false":
        word = raw.strip().lower()
        return {"value": True} if word.startswith("t") else {"value": False} if word.startswith("f") else None
    letters = [c for c in re.findall(r"\b([A-H])\b", raw.upper()) if LETTERS.index(c) < len(order)]
    picked = sorted({order[LETTERS.index(c)] for c in letters})
    if not picked:
        return None
    if qtype == "single_choice":
        return {"choice": picked[0]} if len(picked) == 1 else None
    return {"choices": picked}


def chance(content: dict) -> float:
    qtype = content["type"]
    if qtype == "true_false":
        return 0.5
    n = len(content["choices"])
    if qtype == "single_choice":
        return 1 / n
    subsets = [s for k in range(1, n + 1) for s in itertools.combinations(range(n), k)]
    return sum(grade(content, {"choices": list(s)}).score for s in subsets) / len(subsets)


def score(args: argparse.Namespace) -> None:
    folder = Path(args.folder)
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    totals: dict[str, list[float]] = {}
    missing = []
    for answers_file in sorted(folder.glob("answers-*.txt")):
        n = int(answers_file.stem.split("-")[1])
        answers = read_answers(answers_file)
        for slot, entry in key.items():
            batch, q = slot.split(":")
            if int(batch) != n:
                continue
            raw = answers.get(int(q[1:]))
            answer = to_answer(entry["content"], entry["order"], raw) if raw else None
            mark = grade(entry["content"], answer).score if answer else 0.0
            if answer is None:
                missing.append(entry["id"])
            for group in ("all", entry["content"]["type"], f"kind:{entry['kind']}"):
                totals.setdefault(group, []).append(mark)
                totals.setdefault(f"chance {group}", []).append(chance(entry["content"]))
            if args.verbose:
                print(f"{entry['id']:<14} {mark:.2f}  {raw}")
    if not totals:
        raise SystemExit(f"no answers-*.txt in {folder}")
    print(f"{'group':<24} {'n':>4} {'blind %':>8} {'chance %':>9} {'margin':>7}")
    for group in sorted(g for g in totals if not g.startswith("chance ")):
        marks, odds = totals[group], totals[f"chance {group}"]
        blind, base = 100 * sum(marks) / len(marks), 100 * sum(odds) / len(odds)
        print(f"{group:<24} {len(marks):>4} {blind:>8.1f} {base:>9.1f} {blind - base:>+7.1f}")
    if missing:
        print(f"unanswered or unreadable ({len(missing)}, scored 0): {', '.join(missing)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("make", help="write batches without answers, and the key")
    m.add_argument("--bank", default=str(PROJECT / "questions"))
    m.add_argument("--out", required=True)
    m.add_argument("--seed", type=int, default=1)
    m.add_argument("--batch-size", type=int, default=30)
    s = sub.add_parser("score", help="score answers-N.txt files against the key")
    s.add_argument("folder")
    s.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    make(args) if args.command == "make" else score(args)


if __name__ == "__main__":
    main()
