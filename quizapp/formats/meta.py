"""What a format has no field for, carried as tags that name Quizapp (``quizapp:difficulty=2``),
and the defaults an imported item gets when a file says nothing."""
from __future__ import annotations

from typing import Any

from quizapp import qtypes
from quizapp.formats.bankio import DEFAULT_DIFFICULTY, DEFAULT_KIND
from quizapp.formats.base import ImportResult, normalised

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


# ---------------------------------------------------------------- enemies and waivers, in words


def enemy_words(ids: list[str]) -> str:
    """A question's ``enemies`` as a teacher reads them."""
    return f"the rule never to put it in one quiz with {', '.join(ids)} (one gives the other's answer away)"


def waiver_words(waivers: dict[str, str]) -> str:
    """An item's ``lint_ok`` as a teacher reads it."""
    codes = ", ".join(waivers)
    return f"the cue-check warning{'s' if len(waivers) > 1 else ''} marked as acceptable ({codes})"


def bank_field_words(item: dict[str, Any]) -> list[str]:
    """What of ``item``'s enemies and waivers a format with no room for them loses, in words."""
    words = []
    if item.get("enemies"):
        words.append(enemy_words(list(item["enemies"])))
    if item.get("lint_ok"):
        words.append(waiver_words(dict(item["lint_ok"])))
    return words


def no_room(format_label: str, what: list[str]) -> str:
    """"Aiken has no room for a, b or c": one loss note for what a written item leaves behind."""
    listed = what[0] if len(what) == 1 else ", ".join(what[:-1]) + " or " + what[-1]
    return f"{format_label} has no room for {listed}"


def enemies_written(item: dict[str, Any], written: set[str]) -> tuple[list[str], list[str]]:
    """``item``'s enemies that the file holds too (written with it), and those it does not
    (an enemy is a question of the same bank: one the file leaves out pairs nothing there)."""
    enemies = list(item.get("enemies") or [])
    return [e for e in enemies if e in written], [e for e in enemies if e not in written]


def enemies_not_written_note(format_label: str, missing: list[str]) -> str:
    return (
        f"{enemy_words(missing)} is not kept: {'that question is' if len(missing) == 1 else 'those questions are'}"
        f" not in this {format_label} file"
    )


def keep_enemies_in_file(result: ImportResult) -> None:
    """An enemy is a question of the same bank: a pairing with a question this file does not
    hold (an export of part of a bank) pairs nothing here. It is left out of the item, and
    ``result.left_out`` says so."""
    ids = {q["id"] for q in result.questions}
    for item in result.questions:
        if "enemies" not in item:
            continue
        kept = [other for other in item["enemies"] if other in ids and other != item["id"]]
        dropped = [other for other in item["enemies"] if other not in kept]
        if dropped:
            result.left_out.setdefault(item["id"], []).append(
                f"never in one quiz with {', '.join(dropped)}: not kept, the file holds no such question"
            )
        if kept:
            item["enemies"] = kept
        else:
            del item["enemies"]
    for card in result.cards:
        if card.pop("enemies", None):
            result.left_out.setdefault(card["id"], []).append("enemies: not kept, a flashcard is never drawn into a quiz")


def left_behind(item: dict[str, Any]) -> list[str]:
    """What a format holding only the question's text and answers (Aiken, Kahoot) or a card's
    two sides (Quizlet) leaves behind of ``item``, in words, for its loss note."""
    if "front" in item:
        what = ["the citation"] if item.get("source") else []
    else:
        what = [w for w, key in (("the explanation", "explanation"), ("the citation", "source")) if item.get(key)]
        what += ["the difficulty", "whether it asks a fact or the article's view"]
    what += ["the tags"] if item.get("tags") else []
    return [*what, "the topic", "the id", *bank_field_words(item)]
