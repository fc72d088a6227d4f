"""Cloze (Moodle's "embedded answers"): a passage with gaps, each typed or a drop-down.

In a bank file::

    type: cloze
    passage: "{1} became president when Congress removed {2}."
    gaps:
      - accept: [José Jerí, Jerí]     # typed: the typed-answer rules (quizapp.qtypes.typed)
        typos: true
      - options:                      # a drop-down: exactly one correct option
          - {text: Dina Boluarte, correct: true}
          - {text: Pedro Castillo}

Every gap ``{n}`` (1 to the number of gaps) appears once in the passage, in any order.
Partial credit: the share of gaps right.
"""
from __future__ import annotations

import random
import re
from typing import Any, ClassVar
from collections.abc import Mapping

from wtforms import BooleanField, Form, FormField, SelectChoice, SelectField, TextAreaField

from quizapp.qtypes.base import AnswerError, Checker, MarkedPart, QuestionType, choice_at, duplicates, form_lines, shown_order
from quizapp.qtypes.formfields import RowList
from quizapp.qtypes.typed import typed_answer_matches

GAP = re.compile(r"\{(\d+)\}")
GAP_ROWS = 5
MAX_TYPED = 200  # a gap holds a word or a name, not a paragraph


class GapRow(Form):
    """One gap in the teacher's form: typed (accepted answers) or a drop-down (right option first)."""

    kind = SelectField("Kind", choices=[SelectChoice("typed", "Typed"), SelectChoice("menu", "Drop-down")], default="typed", validate_choice=False)
    answers = TextAreaField("Answers")
    typos = BooleanField("Forgive a small typo")


class Cloze(QuestionType):
    name = "cloze"
    label = "Fill the gaps"
    traits = frozenset({"written"})
    fields = frozenset({"passage", "gaps"})
    form_fields: ClassVar[dict[str, Any]] = {
        "passage": TextAreaField("Passage", description="Write each gap as {1}, {2}, … where it goes; the gaps below are numbered the same."),
        "gaps": RowList(FormField(GapRow), label="Gaps", min_entries=GAP_ROWS, max_entries=GAP_ROWS),
    }
    form_template = "qtypes/cloze/form.html"

    # ------------------------------------------------------------ the bank file

    def read(self, raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
        passage = check.text(raw, "passage", item_id, required=False)
        gaps = raw.get("gaps")
        line = check.line_of(raw, "gaps")
        if not isinstance(gaps, list) or not gaps or not all(isinstance(g, dict) for g in gaps):
            check.add(line, item_id, "gaps must be a list of gaps, each {accept, typos} or {options}", "gaps")
            return None
        out = [self._read_gap(gap, n, item_id, check) for n, gap in enumerate(gaps, start=1)]
        if passage is not None:
            self._check_marks(raw, passage, len(out), item_id, check)
        if passage is None or any(g is None for g in out):
            return None
        return {"passage": passage, "gaps": out}

    def _check_marks(self, raw: dict[str, Any], passage: str, n_gaps: int, item_id: str, check: Checker) -> None:
        """Each gap {1}..{n} in the passage exactly once, and no other."""
        line = check.line_of(raw, "passage")
        marks = [int(m) for m in GAP.findall(passage)]
        for n in sorted(set(marks)):
            if not 1 <= n <= n_gaps:
                check.add(line, item_id, f"the passage has gap {{{n}}}, but there are only {n_gaps} gaps", "passage")
            elif marks.count(n) > 1:
                check.add(line, item_id, f"gap {{{n}}} is in the passage {marks.count(n)} times", "passage")
        for n in range(1, n_gaps + 1):
            if n not in marks:
                check.add(line, item_id, f"gap {n} is not in the passage (write {{{n}}} where it goes)", "passage")

    def _read_gap(self, gap: dict[str, Any], n: int, item_id: str, check: Checker) -> dict[str, Any] | None:
        line = gap.get("__line__", 1)
        check.fields(gap, {"accept", "typos", "options"}, set(), item_id, field="gaps")
        if ("accept" in gap) == ("options" in gap):
            check.add(line, item_id, f"gap {n} needs either 'accept' (typed) or 'options' (a drop-down)", "gaps")
            return None
        if "accept" in gap:
            accept = gap["accept"]
            if isinstance(accept, (str, int, float)) and not isinstance(accept, bool):
                accept = [accept]
            if not isinstance(accept, list) or not accept or not all(
                isinstance(a, (str, int, float)) and not isinstance(a, bool) and str(a).strip() for a in accept
            ):
                check.add(check.line_of(gap, "accept"), item_id, f"gap {n}: 'accept' must be a list of texts", "gaps")
                return None
            typos = gap.get("typos", False)
            if not isinstance(typos, bool):
                check.add(check.line_of(gap, "typos"), item_id, f"gap {n}: typos must be true or false", "gaps")
                return None
            return {"accept": [str(a).strip() for a in accept], "typos": typos}
        if "typos" in gap:
            check.add(check.line_of(gap, "typos"), item_id, f"gap {n}: typos is for typed gaps, not drop-downs", "gaps")
        options = gap["options"]
        if not isinstance(options, list) or not all(isinstance(o, dict) for o in options):
            check.add(check.line_of(gap, "options"), item_id, f"gap {n}: options must be a list of {{text, correct}}", "gaps")
            return None
        out: list[dict[str, Any]] = []
        for option in options:
            check.fields(option, {"text", "correct"}, {"text"}, item_id, field="gaps")
            text = check.text(option, "text", item_id, required=False, field="gaps")
            correct = option.get("correct", False)
            if not isinstance(correct, bool):
                check.add(check.line_of(option, "correct"), item_id, f"gap {n}: correct must be true or false", "gaps")
            elif text is not None:
                out.append({"text": text, "correct": correct})
        if len(out) != len(options):
            return None
        if len(out) < 2:
            check.add(check.line_of(gap, "options"), item_id, f"gap {n} needs at least two options", "gaps")
        for dupe in duplicates([o["text"] for o in out]):
            check.add(check.line_of(gap, "options"), item_id, f"gap {n}: duplicate option '{dupe}'", "gaps")
        n_correct = sum(o["correct"] for o in out)
        if n_correct != 1:
            check.add(check.line_of(gap, "options"), item_id, f"gap {n} needs exactly one correct option, not {n_correct}", "gaps")
        return {"options": out}

    # ------------------------------------------------------------ an attempt

    def layout(self, content: dict[str, Any], rng: random.Random, shuffle: bool) -> dict[str, Any]:
        return {"options": [shown_order(len(g["options"]), rng, shuffle) if "options" in g else [] for g in content["gaps"]]}

    def segments(self, content: dict[str, Any]) -> list[tuple[str, int | None]]:
        """The passage as pieces of text and gaps (0-based gap index), in reading order."""
        out: list[tuple[str, int | None]] = []
        position = 0
        for match in GAP.finditer(content["passage"]):
            out.append((content["passage"][position:match.start()], None))
            out.append(("", int(match.group(1)) - 1))
            position = match.end()
        out.append((content["passage"][position:], None))
        return [(text, gap) for text, gap in out if text or gap is not None]

    def read_answer(self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None) -> dict[str, Any]:
        given: list[str | int] = []
        for i, gap in enumerate(content["gaps"]):
            value = form.get(f"gap-{i}")
            if "options" in gap:
                given.append(choice_at(layout["options"][i], value, "Fill in every gap."))
                continue
            text = (value or "").strip()
            if not text:
                raise AnswerError("Fill in every gap.")
            if len(text) > MAX_TYPED:
                raise AnswerError(f"A gap holds {MAX_TYPED} characters at most.")
            given.append(text)
        return {"gaps": given}

    def gap_right(self, gap: dict[str, Any], given: str | int, language: str | None) -> bool:
        if "options" in gap:
            return bool(gap["options"][given]["correct"])
        return typed_answer_matches(gap, str(given), language)

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        gaps = content["gaps"]
        return sum(self.gap_right(g, v, language) for g, v in zip(gaps, answer["gaps"])) / len(gaps)

    def _right_answer(self, gap: dict[str, Any]) -> str:
        return gap["accept"][0] if "accept" in gap else next(o["text"] for o in gap["options"] if o["correct"])

    def _given(self, gap: dict[str, Any], given: str | int) -> str:
        return gap["options"][given]["text"] if "options" in gap else str(given)

    def correct_text(self, content: dict[str, Any]) -> list[str]:
        return [f"{n}. {self._right_answer(g)}" for n, g in enumerate(content["gaps"], start=1)]

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return [f"{n}. {self._given(g, v)}" for n, (g, v) in enumerate(zip(content["gaps"], answer["gaps"]), start=1)]

    def marked_parts(self, content: dict[str, Any], answer: dict[str, Any], language: str | None = "en") -> list[MarkedPart]:
        return [
            MarkedPart(f"{n}. {self._given(g, v)}", right, "" if right else f"right: {self._right_answer(g)}")
            for n, (g, v) in enumerate(zip(content["gaps"], answer["gaps"]), start=1)
            for right in [self.gap_right(g, v, language)]
        ]

    # ------------------------------------------------------------ item analysis and the bank

    def options(self, content: dict[str, Any]) -> list[str]:
        return [f"{n}. {o['text']}" for n, g in enumerate(content["gaps"], start=1) for o in g.get("options", [])]

    def picked(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        return [f"{n}. {self._given(g, v)}" for n, (g, v) in enumerate(zip(content["gaps"], answer["gaps"]), start=1) if "options" in g]

    def key_texts(self, content: dict[str, Any]) -> list[str]:
        return [self._right_answer(g) for g in content["gaps"]]

    # ------------------------------------------------------------ the teacher's form

    def form_raw(self, form: Form) -> dict[str, Any]:
        gaps: list[dict[str, Any]] = []
        for row in form.gaps:
            answers = form_lines(row.answers.data)
            if not answers:
                continue
            if row.kind.data == "menu":
                gaps.append({"options": [{"text": a, "correct": i == 0} for i, a in enumerate(answers)]})
            else:
                gaps.append({"accept": answers, "typos": bool(row.typos.data)})
        return {"passage": form.passage.data or "", "gaps": gaps}

    def form_data(self, content: dict[str, Any]) -> dict[str, Any]:
        rows = []
        for gap in content["gaps"]:
            if "options" in gap:
                ordered = sorted(gap["options"], key=lambda o: not o["correct"])  # the right one first
                rows.append({"kind": "menu", "answers": "\n".join(o["text"] for o in ordered), "typos": False})
            else:
                rows.append({"kind": "typed", "answers": "\n".join(gap["accept"]), "typos": gap["typos"]})
        return {"passage": content["passage"], "gaps": rows}
