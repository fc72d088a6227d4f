"""GIFT, Moodle's text format: everything GIFT can hold.

Written (and read): single choice ``{=right ~wrong}``, multiple select with % weights
``{~%50%a ~%50%b ~%-100%c}``, true/false ``{T}``, typed answers ``{=a =b}``, numbers with a
tolerance ``{#83:2}`` (read too: ranges ``{#1..5}`` and several answers ``{#=83:0 =%50%82:2}``),
matching ``{=left -> right}``, the general feedback ``####`` (our explanation and citation),
question names ``::id::``, categories ``$CATEGORY:``, comments ``//`` and the ``// [id:…]``
``// [tag:…]`` comments Moodle writes, escapes ``\\~ \\= \\# \\{ \\} \\: \\n \\\\``, the
missing-word form (text after the answers) and the ``[html]``/``[plain]``/``[markdown]`` markers.
Difficulty, kind, typo flags and units travel as ``quizapp:`` tags; enemies and lint waivers as
the comment lines ``// quizapp-enemies: a, b`` and ``// quizapp-lint-ok: code: reason`` before
the question (comments are legal GIFT, and Moodle ignores them). GIFT cannot hold ordering,
cloze or flashcards: export lists each as lost, and an enemy among them as not kept.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from quizapp import qtypes
from quizapp.formats.base import (
    read_text_file,
    ExportResult,
    ImportResult,
    LossNote,
    Problem,
    Topic,
    citation_line,
    html_to_text,
    item_id,
    read_citation,
    slugify,
    unique_ids,
    with_source,
)
from quizapp.formats.meta import (
    PREFIX,
    apply_meta,
    default_explanation,
    enemies_not_written_note,
    enemies_written,
    keep_enemies_in_file,
    meta_tags,
    read_meta,
    tag_word,
)

SPECIAL = "\\~=#{}:"

NOT_IN_GIFT = ("ordering", "cloze")
# A question's enemies and lint waivers, as comment lines before it: legal GIFT, which Moodle
# ignores, read back by this importer (``// quizapp-enemies: a, b``, ``// quizapp-lint-ok: code: reason``).
ENEMIES_COMMENT = "quizapp-enemies:"
WAIVER_COMMENT = "quizapp-lint-ok:"

# ---------------------------------------------------------------- export


def bank_field_comments(enemies: list[str], waivers: dict[str, str]) -> list[str]:
    """The comment lines that carry a question's enemies and lint waivers (a reason's line
    breaks and backslashes escaped as GIFT escapes them)."""
    lines = [f"// {ENEMIES_COMMENT} {', '.join(enemies)}"] if enemies else []
    for code, reason in waivers.items():
        lines.append(f"// {WAIVER_COMMENT} {code}: " + reason.replace("\\", "\\\\").replace("\n", "\\n"))
    return lines


def read_bank_field_comments(comments: list[str]) -> dict[str, Any]:
    """The ``enemies`` and ``lint_ok`` those comment lines carry (each left out when none does)."""
    enemies: list[str] = []
    waivers: dict[str, str] = {}
    for comment in comments:
        if comment.startswith(ENEMIES_COMMENT):
            enemies += [e.strip() for e in comment[len(ENEMIES_COMMENT):].split(",") if e.strip()]
        elif comment.startswith(WAIVER_COMMENT):
            code, colon, reason = comment[len(WAIVER_COMMENT):].partition(":")
            if colon and code.strip():
                waivers[code.strip()] = _unescape(reason.strip())
    fields: dict[str, Any] = {}
    if enemies:
        fields["enemies"] = enemies
    if waivers:
        fields["lint_ok"] = waivers
    return fields


def escape(text: str) -> str:
    """Text safe anywhere in GIFT: the special characters escaped, line breaks as ``\\n``."""
    out = "".join("\\" + c if c in SPECIAL else c for c in text)
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _weight(value: float) -> str:
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return f"%{text}%"


def _answers(item: dict[str, Any]) -> list[str]:
    kind = item["type"]
    if kind == "single_choice":
        return [("=" if c.get("correct") else "~") + escape(c["text"]) for c in item["choices"]]
    if kind == "multiple_select":
        right = sum(1 for c in item["choices"] if c.get("correct"))
        wrong = len(item["choices"]) - right
        return [
            "~" + (_weight(100 / right) if c.get("correct") else _weight(-100 / wrong)) + escape(c["text"]) for c in item["choices"]
        ]
    if kind == "true_false":
        return ["TRUE" if item["answer"] else "FALSE"]
    if kind == "fill_in":
        return ["=" + escape(a) for a in item["accept"]]
    if kind == "numeric":
        return [f"#{_number(item['answer'])}:{_number(item.get('tolerance', 0))}"]
    if kind == "matching":
        return [f"={escape(p['left'])} -> {escape(p['right'])}" for p in item["pairs"]]
    raise KeyError(kind)


def export_items(
    questions: list[dict[str, Any]], cards: list[dict[str, Any]], *, title: str, topics: Mapping[str, Topic]
) -> ExportResult:
    blocks = [f"// {escape(title)}: exported from Quizapp"]
    lost: list[LossNote] = []
    current: Topic | None = None
    written = {q["id"] for q in questions if q["type"] not in NOT_IN_GIFT}
    for item in questions:
        if item["type"] in NOT_IN_GIFT:
            lost.append(LossNote(item["id"], f"GIFT has no “{qtypes.get(item['type']).label}” questions: not written"))
            continue
        topic = topics.get(item["id"], Topic("imported", "Imported"))
        if topic != current:
            blocks.append(f"$CATEGORY: $course$/top/{title.replace('/', '//')}/{topic.title.replace('/', '//')}")
            current = topic
        tags = list(item.get("tags") or []) + meta_tags(item)
        if item["type"] == "numeric" and item.get("unit"):
            tags.append(f"{PREFIX}unit={item['unit']}")
        comment = f"// [id:{item['id']}]" + "".join(f" [tag:{t}]" for t in tags)
        enemies, missing = enemies_written(item, written)
        comment += "".join(f"\n{line}" for line in bank_field_comments(enemies, item.get("lint_ok") or {}))
        if missing:
            lost.append(LossNote(item["id"], enemies_not_written_note("GIFT", missing)))
        feedback = "\n".join(x for x in (item.get("explanation") or "", citation_line(item.get("source") or [])) if x)
        body = "\n".join(_answers(item))
        general = f"\n####{escape(feedback)}" if feedback else ""
        blocks.append(f"{comment}\n::{escape(item['id'])}::[plain]{escape(item['prompt'])} {{\n{body}{general}\n}}")
    for card in cards:
        lost.append(LossNote(card["id"], "GIFT has no flashcards: not written"))
    return ExportResult(data=("\n\n".join(blocks) + "\n").encode("utf-8"), filename=f"{slugify(title)}.gift.txt", lost=lost)


# ---------------------------------------------------------------- import


@dataclass
class _Answer:
    mark: str  # "=", "~" or "" (true/false, numbers)
    weight: float | None
    text: str


class _Skip(Exception):
    """This block cannot become a Quizapp item; the message says why."""


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def _find(text: str, target: str, start: int = 0) -> int:
    """The index of ``target`` not escaped by a backslash, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(target, i):
            return i
        i += 1
    return -1


def _split_tokens(body: str, marks: str) -> list[str]:
    """Split at every unescaped mark character, keeping the mark at each token's start."""
    tokens, start, i = [], 0, 0
    while i < len(body):
        if body[i] == "\\":
            i += 2
            continue
        if body[i] in marks and i > start:
            tokens.append(body[start:i])
            start = i
        i += 1
    tokens.append(body[start:])
    return [t.strip() for t in tokens if t.strip()]


def _strip_feedback(token: str) -> str:
    at = _find(token, "#")
    return token if at < 0 else token[:at]


def _clean(text: str, fmt: str) -> str:
    text = _unescape(text).strip()
    return html_to_text(text) if fmt in ("html", "moodle") else " ".join(text.split()) if "\n" not in text else "\n".join(
        " ".join(line.split()) for line in text.split("\n") if line.strip()
    )


def import_items(data: bytes, filename: str) -> ImportResult:
    """Every GIFT question of the file, each located as ``file:line`` where its block starts."""
    text = read_text_file(data)
    result = ImportResult()
    topic = Topic(slugify(filename.rsplit(".", 1)[0]), "Imported")
    number = 0
    for line_no, comments, block in _blocks(text):
        if block.startswith("$CATEGORY:"):
            path = [p.replace("//", "/") for p in re.split(r"(?<!/)/(?!/)", block[len("$CATEGORY:"):].strip()) if p]
            path = [p.strip() for p in path if p.strip() not in ("$course$", "$system$", "$module$", "$cat1$", "top")]
            title = path[-1] if path else "Imported"
            if len(path) > 1 and not result.title:
                result.title = path[0]
            topic = Topic(slugify(title), title)
            continue
        number += 1
        where = f"{filename}:{line_no}"
        try:
            item = _read_block(block, comments, number)
        except _Skip as exc:
            result.problems.append(Problem(where, None, str(exc)))
            continue
        result.questions.append(item)
        result.topics[item["id"]] = topic
        result.where[item["id"]] = where
    unique_ids(result)
    keep_enemies_in_file(result)
    return result


def _blocks(text: str) -> list[tuple[int, list[str], str]]:
    """(first line, the comments before it, the text) of each block; blocks are separated by
    blank lines, comment lines are taken out."""
    blocks: list[tuple[int, list[str], str]] = []
    comments: list[str] = []
    lines: list[str] = []
    start = 0
    for n, line in enumerate([*text.splitlines(), ""], start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            comments.append(stripped[2:].strip())
            continue
        if stripped:
            if not lines:
                start = n
            lines.append(line)
            continue
        # A blank line ends a block, unless it is inside an answer section still open.
        if lines and _find("\n".join(lines), "{") >= 0 and _find("\n".join(lines), "}") < 0:
            lines.append("")
            continue
        if lines:
            blocks.append((start, comments, "\n".join(lines).strip()))
            comments = []
            lines = []
    if lines:  # an answer section never closed: the block runs to the end of the file
        blocks.append((start, comments, "\n".join(lines).strip()))
    return blocks


def _read_block(block: str, comments: list[str], number: int) -> dict[str, Any]:
    name = ""
    if block.startswith("::"):
        end = _find(block, "::", 2)
        if end < 0:
            raise _Skip("the question name is not closed with ::")
        name, block = _unescape(block[2:end]).strip(), block[end + 2:].lstrip()
    fmt = "moodle"
    marker = re.match(r"\[(html|moodle|plain|markdown)\]", block)
    if marker:
        fmt, block = marker.group(1), block[marker.end():]
    opening = _find(block, "{")
    if opening < 0:
        raise _Skip("a description (no answers in braces) is not a question")
    closing = _find(block, "}", opening)
    if closing < 0:
        raise _Skip("the answers are not closed with }")
    before, body, after = block[:opening], block[opening + 1:closing], block[closing + 1:]
    if after.strip():  # the missing-word form: a blank where the answers were
        rest = _clean(after, fmt)
        prompt = _clean(before, fmt) + " _____" + ("" if rest[:1] in ".,;:!?)" else " ") + rest
    else:
        prompt = _clean(before, fmt)
    ident, tags = "", []
    for comment in comments:
        found = re.search(r"\[id:([^\]]+)\]", comment)
        ident = found.group(1).strip() if found else ident
        tags += [t.strip() for t in re.findall(r"\[tag:([^\]]+)\]", comment)]
    tags, values = read_meta(tags)
    at = _find(body, "####")
    explanation, source = read_citation(_clean(body[at + 4:], fmt)) if at >= 0 else ("", [])
    body = body[:at] if at >= 0 else body
    item: dict[str, Any] = {"id": item_id(ident or name, f"gift-{number:03d}"), "type": "", "prompt": prompt}
    _read_answers(item, body.strip(), fmt)
    if item["type"] == "numeric":
        item["unit"] = values.get("unit", "")
    apply_meta(item, values)
    item["explanation"] = explanation or default_explanation(item)
    if tags:
        item["tags"] = [tag_word(t) for t in tags]
    item.update(read_bank_field_comments(comments))
    return with_source(item, source)


def _weighted(token: str, fmt: str) -> _Answer:
    mark, rest = token[0], token[1:].strip()
    weight = None
    found = re.match(r"%(-?\d+(?:\.\d+)?)%", rest)
    if found:
        weight, rest = float(found.group(1)), rest[found.end():]
    return _Answer(mark, weight, _clean(_strip_feedback(rest), fmt))


def _read_answers(item: dict[str, Any], body: str, fmt: str) -> None:
    if not body:
        raise _Skip("an essay question (empty braces) has no Quizapp type")
    truth = re.fullmatch(r"(T|F|TRUE|FALSE)\s*(#.*)?", body, re.DOTALL)
    if truth:
        item.update(type="true_false", answer=truth.group(1).startswith("T"))
        return
    if body.startswith("#"):
        _read_numeric(item, body[1:].strip())
        return
    answers = [_weighted(t, fmt) for t in _split_tokens(body, "=~")]
    if not answers or any(a.mark not in "=~" for a in answers):
        raise _Skip("the answers must each start with = or ~")
    if all(a.mark == "=" for a in answers) and all("->" in a.text for a in answers):
        pairs = []
        for a in answers:
            left_side, right_side = a.text.split("->", 1)
            pairs.append({"left": left_side.strip(), "right": right_side.strip()})
        item.update(type="matching", pairs=[p for p in pairs if p["left"]])
        if any(not p["left"] for p in pairs):
            raise _Skip("a matching answer without a left side (an extra distractor) has no place in Quizapp")
        return
    if all(a.mark == "=" for a in answers):
        item.update(type="fill_in", accept=[a.text for a in answers if a.weight is None or a.weight >= 100])
        return
    weights = [a.weight if a.weight is not None else (100.0 if a.mark == "=" else 0.0) for a in answers]
    right = [w > 0 for w in weights]
    # Moodle's rule: one answer marked = is a single choice; weights on ~ answers make a
    # multiple-answer question even when only one of them is right.
    single = sum(a.mark == "=" for a in answers) == 1 and sum(right) == 1
    item.update(
        type="single_choice" if single else "multiple_select",
        choices=[{"text": a.text, "correct": r} for a, r in zip(answers, right)],
    )


def _read_numeric(item: dict[str, Any], body: str) -> None:
    tokens = _split_tokens(body, "=") if body.startswith("=") else [body]
    best: tuple[float, float] | None = None
    for token in tokens:
        weight = 100.0
        token = _strip_feedback(token.lstrip("=")).strip()
        found = re.match(r"%(-?\d+(?:\.\d+)?)%", token)
        if found:
            weight, token = float(found.group(1)), token[found.end():].strip()
        if weight < 100:
            continue
        token = _unescape(token)
        try:
            if ".." in token:
                low, high = (float(x) for x in token.split("..", 1))
                best = ((low + high) / 2, abs(high - low) / 2)
            elif ":" in token:
                value, tolerance = (float(x) for x in token.split(":", 1))
                best = (value, abs(tolerance))
            else:
                best = (float(token), 0.0)
        except ValueError:
            raise _Skip(f"'{token}' is not a number, a number:tolerance or a range low..high") from None
        break
    if best is None:
        raise _Skip("a numerical question without a fully right answer")
    value, tolerance = (round(x, 10) for x in best)  # 3.141..3.142 is 3.1415 ± 0.0005, not 3.1414999…
    item.update(type="numeric", answer=int(value) if value.is_integer() else value, tolerance=int(tolerance) if tolerance.is_integer() else tolerance)
