"""Reading and validating bank folders (the format is documented in questions/README.md).

``read_bank`` returns either a complete ``Bank`` or the full list of problems, each with file,
line, item id and what is wrong: a bank with any problem is never half-loaded.

``check_question`` runs the very same per-question rules on one question given as a dict (a
teacher's form, say) and returns its problems keyed by field, so a form can show each error
next to the field it concerns. There is one validator, whatever the question came from.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Mapping

import yaml

from quizapp import qtypes
from quizapp.bank.lint import CHECKS  # the linter owns the list of finding codes that lint_ok may waive

# The question types and their fields come from their own modules (quizapp/qtypes/).
QUESTION_TYPES = qtypes.names()
KINDS = ("fact", "characterisation")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")

COMMON_FIELDS = {"id", "type", "prompt", "explanation", "source", "tags", "difficulty", "kind"}
OPTIONAL_FIELDS = {"tags"}.union(*(qtypes.get(t).optional for t in QUESTION_TYPES))
CARD_FIELDS = {"id", "front", "back", "source", "tags"}
# Fields of a bank file's item that are about the bank, not the question: they are kept out of
# the stored content (a new waiver or enemy must not make a new version learners see).
BANK_ITEM_FIELDS = {"enemies", "lint_ok"}


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    item_id: str
    message: str
    field: str = ""  # the question's top-level field the problem is about, "" when none

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.item_id}: {self.message}"


@dataclass
class BankTopic:
    slug: str
    title: str
    position: int


@dataclass(frozen=True)
class SourceSpan:
    """The paragraphs a question may cite: 1..paragraphs, minus headings (0: nothing to cite)."""

    paragraphs: int
    headings: tuple[int, ...] = ()


@dataclass
class QuestionCheck:
    """One question checked alone: its content when valid, else the problems by field."""

    content: dict[str, Any] | None
    problems: dict[str, list[str]]

    @property
    def ok(self) -> bool:
        return self.content is not None and not self.problems


@dataclass
class BankQuestion:
    id: str
    topic: str
    type: str
    difficulty: int
    content: dict[str, Any]
    # Ids of items this one must never share a quiz with (declared in the file; the bank's
    # detected pairs are added at load, see quizapp.bank.enemies).
    enemies: list[str] = field(default_factory=list)
    # Lint findings waived for this item: code -> the written reason.
    lint_ok: dict[str, str] = field(default_factory=dict)
    # Where the item was written, so the linter can point at the file and line of a field
    # ("prompt", "choices.2", "pairs.0", ...).
    file: str = ""
    line: int = 0
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.content)


@dataclass
class BankCard:
    id: str
    topic: str
    front: str
    back: str
    source: list[int]
    tags: list[str]
    lint_ok: dict[str, str] = field(default_factory=dict)
    file: str = ""
    line: int = 0
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash({"front": self.front, "back": self.back, "source": self.source, "tags": self.tags})


@dataclass
class Bank:
    folder: Path
    slug: str
    title: str
    description: str
    language: str
    source_description: str
    paragraphs: int
    headings: list[int]
    source_file: Path | None
    # The article's own labels for people ("far-right", ...): an item using one must attribute
    # it to the article (checked by ``flask bank lint``).
    labels: list[str] = field(default_factory=list)
    topics: list[BankTopic] = field(default_factory=list)
    questions: list[BankQuestion] = field(default_factory=list)
    cards: list[BankCard] = field(default_factory=list)


class BankError(Exception):
    """The bank has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping and of each of its keys."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    mapping: dict[str, Any] = {}
    lines: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            duplicates.append((str(key), key_node.start_mark.line + 1))
        mapping[key] = loader.construct_object(value_node, deep=True)
        lines[str(key)] = key_node.start_mark.line + 1
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__lines__"] = lines
    mapping["__duplicates__"] = duplicates
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _Checker:
    """Collects problems for one file while items are read from it."""

    def __init__(self, name: str):
        self.name = name
        self.problems: list[Problem] = []

    @classmethod
    def for_file(cls, path: Path, root: Path) -> _Checker:
        try:
            return cls(str(path.relative_to(root.parent)))
        except ValueError:
            return cls(str(path))

    def add(self, line: int, item_id: str, message: str, field: str = "") -> None:
        self.problems.append(Problem(self.name, line, item_id, message, field))

    def line_of(self, mapping: dict[str, Any], key: str) -> int:
        return mapping.get("__lines__", {}).get(key, mapping.get("__line__", 1))

    def text(
        self, mapping: dict[str, Any], key: str, item_id: str, required: bool = True, field: str | None = None
    ) -> str | None:
        """``field`` names the top-level field when ``mapping`` is nested (a choice, a pair)."""
        value = mapping.get(key)
        if value is None:
            if required:
                self.add(mapping.get("__line__", 1), item_id, f"missing field '{key}'", field or key)
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
            self.add(self.line_of(mapping, key), item_id, f"'{key}' must be non-empty text", field or key)
            return None
        return str(value).strip()

    def fields(
        self, mapping: dict[str, Any], allowed: set[str], required: set[str], item_id: str, field: str | None = None
    ) -> None:
        for key, line in mapping.get("__duplicates__", []):
            self.add(line, item_id, f"field '{key}' is given twice", field or key)
        for key in mapping:
            if not str(key).startswith("__") and key not in allowed:
                self.add(self.line_of(mapping, key), item_id, f"unknown field '{key}'", field or str(key))
        for key in sorted(required - set(mapping)):
            self.add(mapping.get("__line__", 1), item_id, f"missing field '{key}'", field or key)


def read_bank(folder: Path) -> Bank:
    """Read and validate one bank folder. Raises ``BankError`` listing every problem."""
    folder = Path(folder)
    meta_path = folder / "document.yaml"
    meta_check = _Checker.for_file(meta_path, folder)
    if not meta_path.is_file():
        raise BankError([Problem(str(folder), 1, "document", "no document.yaml in this folder")])
    meta = _load(meta_path, meta_check)
    if meta_check.problems:
        raise BankError(meta_check.problems)
    bank = _read_metadata(folder, meta, meta_check)
    problems = list(meta_check.problems)
    seen_ids: dict[str, str] = {}
    seen_topics: dict[str, str] = {}
    files = sorted(p for p in folder.glob("*.yaml") if p.name != "document.yaml")
    if not files:
        problems.append(Problem(meta_check.name, 1, "document", "the bank has no topic files"))
    for position, path in enumerate(files):
        check = _Checker.for_file(path, folder)
        data = _load(path, check)
        if not check.problems:
            _read_topic_file(data, bank, position, check, seen_ids, seen_topics)
        problems.extend(check.problems)
    problems.extend(_check_enemies(bank, seen_ids))
    if problems:
        raise BankError(problems)
    return bank


def _check_enemies(bank: Bank, seen_ids: dict[str, str]) -> list[Problem]:
    """Declared enemies must name another question of the same bank (cards are never drawn)."""
    question_ids = {q.id for q in bank.questions}
    problems = []
    for q in bank.questions:
        line = q.lines.get("enemies", q.line)
        for other in q.enemies:
            if other == q.id:
                problems.append(Problem(q.file, line, q.id, "an item cannot be its own enemy", "enemies"))
            elif other not in question_ids:
                what = "a card, not a question" if other in seen_ids else "no question has this id"
                problems.append(Problem(q.file, line, q.id, f"unknown enemy '{other}' ({what})", "enemies"))
    return problems


def find_banks(path: Path) -> list[Path]:
    """A bank folder itself, or every bank folder directly inside ``path``."""
    path = Path(path)
    if (path / "document.yaml").is_file():
        return [path]
    return sorted(p for p in path.iterdir() if p.is_dir() and (p / "document.yaml").is_file())


def read_banks(path: Path) -> list[Bank]:
    """Every bank under ``path``, all read before any is loaded; BankError lists every problem."""
    banks, problems = [], []
    for folder in find_banks(path):
        try:
            banks.append(read_bank(folder))
        except BankError as exc:
            problems.extend(exc.problems)
    if problems:
        raise BankError(problems)
    return banks


def _load(path: Path, check: _Checker) -> Any:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        check.add(mark.line + 1 if mark else 1, "-", f"not valid YAML: {exc.problem or exc}")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        check.add(1, "-", f"cannot be read: {exc}")
        return None
    if not isinstance(data, dict):
        check.add(1, "-", "the file must hold a mapping of fields")
        return None
    return data


def _read_metadata(folder: Path, meta: dict[str, Any], check: _Checker) -> Bank:
    check.fields(meta, {"slug", "title", "description", "language", "source", "labels"}, {"slug", "title", "source"}, "document")
    labels = meta.get("labels") or []
    if not isinstance(labels, list) or not all(isinstance(x, str) and x.strip() for x in labels):
        check.add(check.line_of(meta, "labels"), "document", "labels must be a list of words or phrases")
        labels = []
    slug = check.text(meta, "slug", "document") or folder.name
    if not SLUG.match(slug):
        check.add(check.line_of(meta, "slug"), "document", "slug must be lowercase letters, digits and hyphens")
    source = meta.get("source")
    paragraphs: Any = 0
    headings: list[int] = []
    source_file, source_description = None, ""
    if isinstance(source, dict):
        check.fields(source, {"description", "paragraphs", "headings", "file"}, {"paragraphs"}, "document")
        paragraphs = source.get("paragraphs")
        if not isinstance(paragraphs, int) or isinstance(paragraphs, bool) or paragraphs < 1:
            check.add(check.line_of(source, "paragraphs"), "document", "source.paragraphs must be a positive whole number")
            paragraphs = 0
        headings = source.get("headings") or []
        if not isinstance(headings, list) or not all(isinstance(h, int) and 1 <= h <= paragraphs for h in headings):
            check.add(check.line_of(source, "headings"), "document", "source.headings must list paragraph numbers")
            headings = []
        source_description = str(source.get("description") or "").strip()
        if source.get("file"):
            source_file = (folder / str(source["file"])).resolve()
    elif source is not None:
        check.add(check.line_of(meta, "source"), "document", "source must be a mapping")
    return Bank(
        folder=folder,
        slug=slug,
        title=check.text(meta, "title", "document") or slug,
        description=str(meta.get("description") or "").strip(),
        language=str(meta.get("language") or "en"),
        source_description=source_description,
        paragraphs=paragraphs,
        headings=list(headings),
        source_file=source_file,
        labels=[x.strip() for x in labels],
    )


def _read_topic_file(
    data: dict[str, Any],
    bank: Bank,
    position: int,
    check: _Checker,
    seen_ids: dict[str, str],
    seen_topics: dict[str, str],
) -> None:
    check.fields(data, {"topic", "questions", "cards"}, {"topic"}, "-")
    topic = data.get("topic")
    if not isinstance(topic, dict):
        if "topic" in data:
            check.add(check.line_of(data, "topic"), "-", "topic must be a mapping with slug and title")
        return
    check.fields(topic, {"slug", "title"}, {"slug", "title"}, "topic")
    slug = check.text(topic, "slug", "topic")
    title = check.text(topic, "title", "topic")
    if slug is None or title is None:
        return
    if not SLUG.match(slug):
        check.add(check.line_of(topic, "slug"), "topic", "topic slug must be lowercase letters, digits and hyphens")
    if slug in seen_topics:
        check.add(check.line_of(topic, "slug"), "topic", f"topic '{slug}' is also defined in {seen_topics[slug]}")
    seen_topics[slug] = check.name
    bank.topics.append(BankTopic(slug=slug, title=title, position=position))

    for key, reader in (("questions", _read_question), ("cards", _read_card)):
        items = data.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            check.add(check.line_of(data, key), "-", f"'{key}' must be a list")
            continue
        for raw in items:
            if not isinstance(raw, dict):
                check.add(check.line_of(data, key), "-", f"every entry of '{key}' must be a mapping")
                continue
            item_id = raw.get("id")
            label = str(item_id) if item_id is not None else f"(no id, line {raw['__line__']})"
            if not isinstance(item_id, str) or not ITEM_ID.match(item_id):
                check.add(raw["__line__"], label, "id must be letters, digits, '-' or '_'")
            elif item_id in seen_ids:
                check.add(check.line_of(raw, "id"), item_id, f"duplicate id (first used in {seen_ids[item_id]})")
            else:
                seen_ids[item_id] = f"{check.name}:{raw['__line__']}"
            item = reader(raw, label, slug, bank, check)
            if item is not None:
                item.file, item.line, item.lines = check.name, raw["__line__"], _field_lines(raw)
                if isinstance(item, BankQuestion):
                    bank.questions.append(item)
                else:
                    bank.cards.append(item)


def _field_lines(raw: dict[str, Any]) -> dict[str, int]:
    """The line of each field of an item, and of each entry of its lists ("choices.0", ...)."""
    lines = dict(raw.get("__lines__", {}))
    for key, value in raw.items():
        for i, entry in enumerate(value if isinstance(value, list) else []):
            if isinstance(entry, dict) and "__line__" in entry:
                lines[f"{key}.{i}"] = entry["__line__"]
    return lines


def _read_bank_fields(raw: dict[str, Any], item_id: str, check: _Checker, enemies: bool) -> tuple[list[str], dict[str, str]]:
    """``enemies`` (questions only) and ``lint_ok`` waivers, each a checked shape."""
    declared: list[str] = []
    if enemies and "enemies" in raw:
        value = raw["enemies"]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            check.add(check.line_of(raw, "enemies"), item_id, "enemies must be a list of question ids", "enemies")
        else:
            declared = [v.strip() for v in value]
    waivers: dict[str, str] = {}
    if "lint_ok" in raw:
        value = raw["lint_ok"]
        line = check.line_of(raw, "lint_ok")
        if not isinstance(value, dict):
            check.add(line, item_id, "lint_ok must map a finding code to the reason it is waived", "lint_ok")
        else:
            for code, reason in value.items():
                if str(code).startswith("__"):
                    continue
                if code not in CHECKS:
                    check.add(value.get("__lines__", {}).get(code, line), item_id, f"lint_ok: unknown finding code '{code}'", "lint_ok")
                elif not isinstance(reason, str) or len(reason.split()) < 3:
                    check.add(value.get("__lines__", {}).get(code, line), item_id, f"lint_ok: '{code}' needs a written reason (a few words)", "lint_ok")
                else:
                    waivers[str(code)] = reason.strip()
    return declared, waivers


def _read_source(
    raw: dict[str, Any], item_id: str, span: Bank | SourceSpan, check: _Checker, required: bool = True
) -> list[int] | None:
    source = raw.get("source")
    if source is None:
        if required:
            check.add(raw.get("__line__", 1), item_id, "missing field 'source'", "source")
            return None
        return []
    if isinstance(source, int) and not isinstance(source, bool):
        source = [source]
    line = check.line_of(raw, "source")
    if not isinstance(source, list) or not source or not all(isinstance(n, int) and not isinstance(n, bool) for n in source):
        check.add(line, item_id, "source must list paragraph numbers", "source")
        return None
    if span.paragraphs < 1:
        check.add(line, item_id, "there is no source document whose paragraphs could be cited", "source")
        return None
    for n in source:
        if n < 1 or n > span.paragraphs:
            check.add(line, item_id, f"cites paragraph {n}, but the document has paragraphs 1–{span.paragraphs}", "source")
        elif n in span.headings:
            check.add(line, item_id, f"cites paragraph {n}, which is a heading", "source")
    return sorted(set(source))


def _read_tags(raw: dict[str, Any], item_id: str, check: _Checker) -> list[str]:
    tags = raw.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        check.add(check.line_of(raw, "tags"), item_id, "tags must be a list of words", "tags")
        return []
    return [t.strip().lower() for t in tags]


def _read_card(raw: dict[str, Any], item_id: str, topic: str, bank: Bank, check: _Checker) -> BankCard | None:
    before = len(check.problems)
    check.fields(raw, CARD_FIELDS | {"lint_ok"}, CARD_FIELDS - {"tags"}, item_id)
    _, waivers = _read_bank_fields(raw, item_id, check, enemies=False)
    front = check.text(raw, "front", item_id, required=False)
    back = check.text(raw, "back", item_id, required=False)
    source = _read_source(raw, item_id, bank, check)
    tags = _read_tags(raw, item_id, check)
    if len(check.problems) > before or front is None or back is None or source is None:
        return None
    return BankCard(id=item_id, topic=topic, front=front, back=back, source=source, tags=tags, lint_ok=waivers)


def _read_question(raw: dict[str, Any], item_id: str, topic: str, bank: Bank, check: _Checker) -> BankQuestion | None:
    before = len(check.problems)
    declared, waivers = _read_bank_fields(raw, item_id, check, enemies=True)
    content = _question_content(raw, item_id, bank, check, OPTIONAL_FIELDS, extra=BANK_ITEM_FIELDS)
    if content is None or len(check.problems) > before:
        return None
    return BankQuestion(
        id=item_id,
        topic=topic,
        type=content["type"],
        difficulty=int(content["difficulty"]),
        content=content,
        enemies=declared,
        lint_ok=waivers,
    )


def check_question(
    raw: Mapping[str, Any], span: SourceSpan, optional: Iterable[str] = ()
) -> QuestionCheck:
    """Validate one question given as a dict, by the rules ``flask bank check`` applies to files.

    ``optional`` names fields that may be left out on top of the bank's optional ones (a
    teacher's question has no ``id`` or ``kind``, and may cite no paragraph). Returns the
    content to store when valid; otherwise the problems, keyed by the field they concern.
    """
    check = _Checker("question")
    content = _question_content(dict(raw), "question", span, check, OPTIONAL_FIELDS | set(optional))
    problems: dict[str, list[str]] = {}
    for problem in check.problems:
        problems.setdefault(problem.field, []).append(problem.message)
    return QuestionCheck(content=None if problems else content, problems=problems)


def _question_content(
    raw: dict[str, Any],
    item_id: str,
    span: Bank | SourceSpan,
    check: _Checker,
    optional: set[str],
    extra: frozenset[str] | set[str] = frozenset(),
) -> dict[str, Any] | None:
    """The stored content of a question, or None after recording each problem on ``check``."""
    before = len(check.problems)
    qtype = raw.get("type")
    if qtype not in QUESTION_TYPES:
        if qtype is None:
            check.add(raw.get("__line__", 1), item_id, "missing field 'type'", "type")
        else:
            check.add(check.line_of(raw, "type"), item_id, f"unknown type '{qtype}' (use one of {', '.join(QUESTION_TYPES)})", "type")
        return None
    question_type = qtypes.get(qtype)
    allowed = COMMON_FIELDS | question_type.fields
    check.fields(raw, allowed | extra, allowed - optional, item_id)
    prompt = check.text(raw, "prompt", item_id, required=False)
    explanation = check.text(raw, "explanation", item_id, required=False)
    source = _read_source(raw, item_id, span, check, required="source" not in optional)
    tags = _read_tags(raw, item_id, check)
    difficulty = raw.get("difficulty")
    if "difficulty" in raw and (not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 3):
        check.add(check.line_of(raw, "difficulty"), item_id, "difficulty must be 1, 2 or 3", "difficulty")
    kind = raw.get("kind")
    if "kind" in raw and kind not in KINDS:
        check.add(check.line_of(raw, "kind"), item_id, f"kind must be one of {', '.join(KINDS)}", "kind")
    answer_fields = question_type.read(raw, item_id, check)
    if len(check.problems) > before or answer_fields is None:
        return None
    return {
        "type": qtype,
        "prompt": prompt,
        **answer_fields,
        "explanation": explanation,
        "source": source,
        "tags": tags,
        "difficulty": difficulty,
        "kind": kind,
    }


__all__ = [
    "Bank",
    "BankCard",
    "BankError",
    "BankQuestion",
    "BankTopic",
    "Problem",
    "QuestionCheck",
    "SourceSpan",
    "check_question",
    "find_banks",
    "read_bank",
]
