"""The blind-reader harness (tests/benchmarks/blind_reader.py) must not teach its readers a
pattern across documents. The drafter writes a bank's true statement before its false one; with
one Random per run seeded only by ``--seed``, every bank of the same size came out in the same
order (last session: Q1 True and Q2 False in ten documents), which a reader who sees many
batches learns. Each bank is shuffled by its own seed (``--seed`` and the bank's name): orders
and option letters differ between documents, and a run stays reproducible."""
from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

HARNESS = Path(__file__).resolve().parents[1] / "benchmarks" / "blind_reader.py"


def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("blind_reader_harness", HARNESS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_bank(folder: Path, number: int) -> None:
    """A derived-looking bank: its true statement first, its false one second, one choice item."""
    folder.mkdir(parents=True)
    meta = {"slug": folder.name, "title": f"Town {number}", "language": "en", "source": {"description": "Written for this test.", "paragraphs": 3}}
    (folder / "document.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    questions: list[dict[str, Any]] = [
        {"id": f"p1-tf-{number}a", "type": "true_false", "prompt": f"True or false: The mill of town {number} opened in 1851.", "answer": True},
        {"id": f"p2-tf-{number}b", "type": "true_false", "prompt": f"True or false: The school of town {number} closed in 1932.", "answer": False},
        {
            "id": f"p3-sc-{number}c",
            "type": "single_choice",
            "prompt": f"Which of these goes in the gap? “The bridge of town {number} is ____ long.”",
            "choices": [{"text": "40 metres", "correct": True}, {"text": "55 metres", "correct": False}, {"text": "70 metres", "correct": False}, {"text": "85 metres", "correct": False}],
        },
    ]
    for n, question in enumerate(questions, start=1):
        question.update(source=[n], explanation="Written for this test.", difficulty=1, kind="fact")
    topic = {"topic": {"slug": "history", "title": "History"}, "questions": questions}
    (folder / "01-history.yaml").write_text(yaml.safe_dump(topic, allow_unicode=True), encoding="utf-8")


def batch_for(module: ModuleType, bank: Path, out: Path, seed: int = 7) -> tuple[str, dict]:
    module.make(argparse.Namespace(bank=str(bank), out=str(out), seed=seed, batch_size=30))
    return (out / "batch-1.md").read_text(encoding="utf-8"), json.loads((out / "key.json").read_text(encoding="utf-8"))


def test_banks_of_the_same_shape_get_different_orders_and_letters_and_a_run_is_reproducible(tmp_path: Path) -> None:
    module = harness()
    first_answers, key_letters = [], []
    for number, name in enumerate(["kinzua-viaduct", "harbour-light", "r11-en", "r12-en", "r13-en", "r16-es", "slate-railway", "glacier-flow"]):
        write_bank(tmp_path / "banks" / name, number)
        text, key = batch_for(module, tmp_path / "banks" / name, tmp_path / "out" / name)
        entries = [key[f"1:Q{n}"] for n in (1, 2, 3)]
        first_tf = next(e for e in entries if e["content"]["type"] == "true_false")
        first_answers.append(first_tf["content"]["answer"])
        choice = next(e for e in entries if e["content"]["type"] == "single_choice")
        key_letters.append("ABCD"[choice["order"].index(0)])
        # The same seed and bank give the same batch again.
        again, _ = batch_for(module, tmp_path / "banks" / name, tmp_path / "again" / name)
        assert again == text
    # Not every bank opens on its true statement, nor puts its key under one letter.
    assert set(first_answers) == {True, False}
    assert len(set(key_letters)) >= 3
