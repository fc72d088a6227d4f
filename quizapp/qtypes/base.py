"""What every question type provides, and the small helpers its modules share.

A question type is one package in ``quizapp/qtypes/<name>/`` holding a subclass of
``QuestionType`` and its templates; ``quizapp/qtypes/__init__.py`` registers it. The bank
checker, the grader, the quiz pages, the teacher's form, the exports and the item analysis ask
the type through the registry and never name one, so a new type touches its own package and
one line of the registry.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol
from collections.abc import Mapping

from quizapp.ids import parse_id

if TYPE_CHECKING:
    from wtforms import Form
    from wtforms.fields.core import UnboundField

# The longest value any answer field may hold. Typed and number answers are far shorter; the cap
# keeps every later step (number reading, typo distance) cheap whatever a client sends.
MAX_ANSWER_CHARS = 1000


class AnswerError(ValueError):
    """The submitted form cannot be read as an answer; the message says what to fix."""


@dataclass(frozen=True)
class Grade:
    score: float
    is_correct: bool


@dataclass(frozen=True)
class MarkedPart:
    """One part of an answer in feedback: what the learner gave, whether it was right, and
    for a wrong one what was right in its place ("right: Congress")."""

    given: str
    right: bool
    note: str = ""


def format_mark(value: float | None) -> str:
    """A mark as every page shows it: at most two decimals, no trailing zeros (0.33, 0.5, 2)."""
    return "" if value is None else f"{round(value, 2):g}"


class Checker(Protocol):
    """The bank checker's line-reporting helper (``quizapp.bank.parser._Checker``): every
    problem it records carries the file, the line and the field it is about."""

    def add(self, line: int, item_id: str, message: str, field: str = "") -> None: ...

    def line_of(self, mapping: dict[str, Any], key: str) -> int: ...

    def text(
        self, mapping: dict[str, Any], key: str, item_id: str, required: bool = True, field: str | None = None
    ) -> str | None: ...

    def fields(
        self, mapping: dict[str, Any], allowed: set[str], required: set[str], item_id: str, field: str | None = None
    ) -> None: ...


class QuestionType:
    """One kind of question: how it is written, laid out, answered, graded and shown.

    Subclasses set the class attributes and override what differs; the defaults suit a type
    that shuffles nothing and has no options to count.
    """

    name: ClassVar[str]
    label: ClassVar[str]  # as learners and teachers read it ("Typed answer")
    # The type's own fields in a bank file, beyond the common ones (id, prompt, source, ...),
    # and which of them may be left out.
    fields: ClassVar[frozenset[str]] = frozenset()
    optional: ClassVar[frozenset[str]] = frozenset()
    # Shown in bank order, some types give their answer away: those shuffle even when a set
    # asks for choices in their written order.
    always_shuffle: ClassVar[bool] = False
    # Traits the bank linter and the enemy finder ask about (see quizapp/bank/lint.py):
    # "choices" (options marked correct), "one_key" (exactly one of them), "statement" (the
    # prompt is a claim to judge), "typed" (accepted answers with typos), "pairs", "sequence";
    # and item analysis: "written" (learners write the answer: their most frequent answers are
    # listed for the teacher).
    traits: ClassVar[frozenset[str]] = frozenset()

    # The teacher's form: the fields this type adds (shared by name between types that share
    # a fieldset) and the template of that fieldset.
    form_fields: ClassVar[dict[str, UnboundField]] = {}
    form_template: ClassVar[str] = ""

    # ------------------------------------------------------------ the bank file

    def read(self, raw: dict[str, Any], item_id: str, check: Checker) -> dict[str, Any] | None:
        """The type's fields of the stored content, or None after reporting each problem."""
        raise NotImplementedError

    # ------------------------------------------------------------ an attempt

    def layout(self, content: dict[str, Any], rng: random.Random, shuffle: bool) -> dict[str, Any]:
        """The display order frozen for one attempt (positions in the form, never bank indices)."""
        return {}

    def read_answer(
        self, content: dict[str, Any], layout: dict[str, Any], form: Mapping[str, Any], language: str | None
    ) -> dict[str, Any]:
        """The form as a canonical answer in bank terms; AnswerError when it cannot be used."""
        raise NotImplementedError

    def score(self, content: dict[str, Any], answer: dict[str, Any], language: str | None) -> float:
        """The mark from 0 to 1 (partial credit where the type gives it)."""
        raise NotImplementedError

    def correct_text(self, content: dict[str, Any]) -> list[str]:
        """The right answer as lines of text, for feedback, results and flashcards."""
        raise NotImplementedError

    def given_text(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        """What the learner answered, as lines of text (feedback, results, exports)."""
        raise NotImplementedError

    def marked_parts(
        self, content: dict[str, Any], answer: dict[str, Any], language: str | None = "en"
    ) -> list[MarkedPart] | None:
        """Each part of the answer marked right or wrong, in the learner's order, with what was
        right in place of a wrong one; None for a type answered in one piece."""
        return None

    def question_context(self, language: str) -> dict[str, Any]:
        """Extra names the question template needs before it is answered."""
        return {}

    @property
    def question_template(self) -> str:
        """The inputs inside the answer form."""
        return f"qtypes/{self.name}/question.html"

    @property
    def feedback_template(self) -> str:
        """The learner's answer and the right one, after answering, when feedback is shown."""
        return "qtypes/feedback.html"

    # ------------------------------------------------------------ the teacher's form

    def form_raw(self, form: Form) -> dict[str, Any]:
        """The type's fields as a bank file would hold them, read from the teacher's form."""
        raise NotImplementedError

    def form_data(self, content: dict[str, Any]) -> dict[str, Any]:
        """The teacher's form fields filled in from stored content, to edit it."""
        raise NotImplementedError

    def form_field_for(self, problem_field: str) -> str | None:
        """The form field that shows the checker's problems about ``problem_field``."""
        return problem_field if problem_field in self.form_fields else None

    # ------------------------------------------------------------ item analysis and the bank

    def options(self, content: dict[str, Any]) -> list[str]:
        """The options whose picks item analysis counts (none for a typed answer)."""
        return []

    def picked(self, content: dict[str, Any], answer: dict[str, Any]) -> list[str]:
        """The options an answer picked, by their text."""
        return []

    def key_texts(self, content: dict[str, Any]) -> list[str]:
        """The texts the answer consists of, which another item must not give away."""
        return []


# ---------------------------------------------------------------- helpers for type modules


def shown_order(n: int, rng: random.Random, shuffle: bool) -> list[int]:
    """Bank indices in the order they are shown."""
    indices = list(range(n))
    if shuffle:
        rng.shuffle(indices)
    return indices


def choice_at(order: list[int], raw: Any, message: str) -> int:
    """The bank index behind a shown position; AnswerError with ``message`` when there is none."""
    shown = parse_id(raw)
    if shown is None or shown >= len(order):
        raise AnswerError(message)
    return order[shown]


def text_list(raw: dict[str, Any], key: str, item_id: str, check: Checker, minimum: int) -> list[str] | None:
    """A list of non-empty texts of at least ``minimum`` entries."""
    values = raw.get(key)
    line = check.line_of(raw, key)
    if not isinstance(values, list) or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip() for v in values):
        check.add(line, item_id, f"'{key}' must be a list of texts", key)
        return None
    values = [str(v).strip() for v in values]
    if len(values) < minimum:
        check.add(line, item_id, f"'{key}' needs at least {minimum} entries", key)
        return None
    return values


def duplicates(texts: list[str]) -> list[str]:
    """The texts that repeat an earlier one, ignoring case and spacing."""
    seen: set[str] = set()
    dupes = []
    for t in texts:
        key = " ".join(t.casefold().split())
        if key in seen:
            dupes.append(t)
        seen.add(key)
    return dupes


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def form_lines(text: str | None) -> list[str]:
    """The non-empty lines of a textarea."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
