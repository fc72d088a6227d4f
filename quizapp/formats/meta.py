"""What a format has no field for, carried as tags that name Quizapp (``quizapp:difficulty=2``),
and the defaults an imported item gets when a file says nothing."""
from __future__ import annotations

from typing import Any

from quizapp import qtypes
from quizapp.formats.bankio import DEFAULT_DIFFICULTY, DEFAULT_KIND
from quizapp.formats.base import normalised

PREFIX = "quizapp:"


def meta_tags(item: dict[str, Any]) -> list[str]:
    """Difficulty, kind and the typo flags of typed answers, as tags (Moodle tags, GIFT comments)."""
    tags = [f"{PREFIX}difficulty={item.get('difficulty') or DEFAULT_DIFFICULTY}", f"{PREFIX}kind={item.get('kind') or DEFAULT_KIND}"]
    if item.get("type") == "fill_in":
        tags.append(f"{PREFIX}typos={'true' if item.get('typos') else 'false'}")
    if item.get("type") == "cloze":
        flags = ",".join("1" if g.get("typos") else "0" for g in item["gaps"] if "accept" in g)
        if flags:
            tags.append(f"{PREFIX}typos={flags}")
    return tags


def read_meta(tags: list[str]) -> tuple[list[str], dict[str, str]]:
    """The plain tags, and the Quizapp values carried among them."""
    plain, values = [], {}
    for tag in tags:
        if tag.startswith(PREFIX) and "=" in tag:
            key, value = tag[len(PREFIX):].split("=", 1)
            values[key.strip()] = value.strip()
        else:
            plain.append(tag)
    return plain, values


def apply_meta(item: dict[str, Any], values: dict[str, str]) -> None:
    """Difficulty, kind and typo flags from ``values``, else the import defaults."""
    difficulty = values.get("difficulty", "")
    item["difficulty"] = int(difficulty) if difficulty in ("1", "2", "3") else DEFAULT_DIFFICULTY
    item["kind"] = values["kind"] if values.get("kind") in ("fact", "characterisation") else DEFAULT_KIND
    typos = values.get("typos")
    if item.get("type") == "fill_in":
        item["typos"] = typos == "true"
    elif item.get("type") == "cloze" and typos:
        flags = iter(typos.split(","))
        for gap in item["gaps"]:
            if "accept" in gap:
                gap["typos"] = next(flags, "0") == "1"


def tag_word(tag: str) -> str:
    """A tag as the bank takes it: lowercase, no surrounding space."""
    return " ".join(tag.split()).lower()


def default_explanation(item: dict[str, Any]) -> str:
    """For an item whose file gives no explanation: says so, and states the answer, so that the
    item is complete and the teacher sees what to write."""
    try:
        answer = "; ".join(qtypes.get(item["type"]).correct_text(normalised(item)))
    except (KeyError, IndexError, StopIteration, TypeError, ValueError):
        answer = ""
    return f"Imported without an explanation. The answer: {answer}." if answer else "Imported without an explanation."


# Moodle cuts a tag to 50 characters (TAG_MAX_LENGTH in its lib/moodlelib.php) when it imports one.
MOODLE_TAG_LENGTH = 50


def bank_tags(item: dict[str, Any]) -> list[str]:
    """The bank's own fields as tags, so that a Moodle question bank carries them through:
    ``quizapp:enemy=<id>`` for each enemy, ``quizapp:lint_ok=<code>: <reason>`` for each waiver."""
    tags = [f"{PREFIX}enemy={other}" for other in item.get("enemies") or []]
    tags += [f"{PREFIX}lint_ok={code}: {reason}" for code, reason in (item.get("lint_ok") or {}).items()]
    return tags


def read_bank_tags(tags: list[str]) -> tuple[list[str], dict[str, Any]]:
    """The tags without those of ``bank_tags``, and the fields they carried (``enemies``,
    ``lint_ok``; each left out when no tag carried it)."""
    rest: list[str] = []
    enemies: list[str] = []
    waivers: dict[str, str] = {}
    for tag in tags:
        key, _, value = tag.partition("=")
        if key == f"{PREFIX}enemy" and value.strip():
            enemies.append(value.strip())
        elif key == f"{PREFIX}lint_ok" and ":" in value:
            code, _, reason = value.partition(":")
            waivers[code.strip()] = reason.strip()
        else:
            rest.append(tag)
    fields: dict[str, Any] = {}
    if enemies:
        fields["enemies"] = enemies
    if waivers:
        fields["lint_ok"] = waivers
    return rest, fields
