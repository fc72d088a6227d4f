"""One item of every type (the examples of questions/README.md, with awkward characters added)
and helpers to round-trip items through a format."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp.bank.parser import Bank, read_bank
from quizapp.formats import Format, ImportResult, LossNote, Topic
from quizapp.formats.bankio import BankItems, bank_items, check_import

SHIPPED_BANK = Path(__file__).resolve().parents[2] / "questions" / "peru-crisis-2026"

COMMON = {"explanation": "Paragraph 2 says so; see \"why\" {braces} & <tags> ~ = # : / \\ too.", "source": [2], "difficulty": 1, "kind": "fact"}

EVERY_TYPE: list[dict[str, Any]] = [
    {"id": "ex-001", "type": "single_choice", "prompt": "Who did Congress install {as} interim = president?",
     "choices": [{"text": "José María Balcázar", "correct": True}, {"text": "Dina ~Boluarte"}, {"text": "Hernando #de Soto"}],
     "tags": ["people"], **COMMON},
    {"id": "ex-002", "type": "multiple_select", "prompt": "Which of these did Balcázar meet first? Select all that apply.",
     "choices": [{"text": "The US ambassador", "correct": True}, {"text": "The head of Peru's central bank", "correct": True},
                 {"text": "The Chinese ambassador"}, {"text": "Union leaders: CGTP"}], **COMMON, "difficulty": 2},
    {"id": "ex-003", "type": "true_false", "prompt": "True or false: Jerí had been elected in a popular vote.", "answer": False,
     **COMMON, "kind": "characterisation"},
    {"id": "ex-004", "type": "fill_in", "prompt": "What nickname did the scandal get?", "accept": ["Chifagate", "the Chifagate"],
     "typos": True, **COMMON, "difficulty": 3},
    {"id": "ex-005", "type": "numeric", "prompt": "How old was Balcázar when he took office?", "answer": 83.5, "tolerance": 0.5,
     "unit": "years", **COMMON},
    {"id": "ex-006", "type": "ordering", "prompt": "Put these events in order, earliest first.",
     "items": ["Castillo removed from office", "Chancay port inaugurated", "Jerí voted out by Congress"], **COMMON},
    {"id": "ex-007", "type": "matching", "prompt": "Match each person to the role the article gives them.",
     "pairs": [{"left": "Hernando de Soto", "right": "Prime minister chosen, then dropped"},
               {"left": "Denisse Miralles", "right": "Prime minister who took office"}], **COMMON},
    {"id": "ex-008", "type": "cloze", "prompt": "Fill in the gaps.", "passage": "{1} became president when Congress removed {2} from office.",
     "gaps": [{"accept": ["José Jerí", "Jerí"], "typos": True}, {"options": [{"text": "Dina Boluarte", "correct": True}, {"text": "Pedro ~Castillo} #1", "correct": False}]}],
     **COMMON},
]
CARD = {"id": "ex-card-001", "front": "Chifagate", "back": "The scandal over Jerí's unlogged meetings.", "source": [2], "tags": ["scandal"]}


def every_type() -> BankItems:
    items = BankItems(title="Every type", questions=copy.deepcopy(EVERY_TYPE), cards=[copy.deepcopy(CARD)])
    items.topics = {i["id"]: Topic("all-types", "All / types") for i in items.questions + items.cards}
    return items


def checked(items: BankItems) -> Bank:
    """The items as ``flask bank check`` reads them (defaults filled in)."""
    result = ImportResult(questions=copy.deepcopy(items.questions), cards=copy.deepcopy(items.cards), topics=dict(items.topics))
    bank = check_import(result, format_name="test", filename="test")
    assert bank is not None and not result.problems, result.problems
    return bank


def shipped() -> BankItems:
    return bank_items(read_bank(SHIPPED_BANK))


def round_trip(fmt: Format, items: BankItems) -> tuple[Bank, ImportResult]:
    """Export ``items`` with ``fmt``, import the file back and check it as the bank checker does."""
    assert fmt.export_items is not None and fmt.import_items is not None
    out = fmt.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    result = fmt.import_items(out.data, out.filename)
    assert not result.problems, result.problems
    bank = check_import(result, format_name=fmt.name, filename=out.filename)
    assert not result.problems, result.problems
    assert bank is not None
    return bank, result


def contents(bank: Bank) -> dict[str, Any]:
    """Every item's stored content by id (questions and cards)."""
    out: dict[str, Any] = {q.id: q.content for q in bank.questions}
    out.update({c.id: {"front": c.front, "back": c.back, "source": c.source, "tags": c.tags} for c in bank.cards})
    return out


# Formats that make up their own ids on import: their items are compared in order, by what the
# format holds (the rest each item's loss note lists).
HELD_IN_ORDER = {"aiken": ("type", "prompt", "choices"), "kahoot": ("type", "prompt", "choices", "answer"), "quizlet": ("front", "back")}


def written(lost: list[LossNote]) -> set[str]:
    """The ids whose loss note says the item itself was not written."""
    return {n.item for n in lost if n.message.endswith("not written")}


def with_waivers(items: BankItems) -> BankItems:
    """The shipped bank declares enemies but no lint waiver: one question and one card get waivers
    (one reason with a line break, a colon and a backslash), so that both fields are measured."""
    items = copy.deepcopy(items)
    question = next(q for q in items.questions if q["type"] == "single_choice")
    question["lint_ok"] = {"cue-longest": "the article's own term: \"Chifagate\"\nis long \\ so be it", "cue-hedge": "the article quotes a hedge"}
    items.cards[0]["lint_ok"] = {"cue-longest": "the law's name"}
    return items


@dataclass
class Measured:
    """One format's round trip of a bank: what was written, what came back equal, and the
    items declaring enemies or lint waivers among those written (kept whole, or listed lost)."""

    written: int  # written as themselves (not an Anki flashcard made of a question)
    equal: int
    declaring: list[str]
    kept: list[str]
    listed: list[str]


def measure(fmt: Format, items: BankItems) -> Measured:
    """Export ``items`` with ``fmt``, import the file back, and compare."""
    assert fmt.export_items is not None and fmt.import_items is not None
    out = fmt.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    result = fmt.import_items(out.data, out.filename)
    bank = check_import(result, format_name=fmt.name, filename=out.filename)
    original = checked(items)
    gone = written(out.lost)
    # Anki writes a question as a flashcard: written, but not as itself (never equal).
    changed = {n.item for n in out.lost if n.message.startswith("becomes a flashcard")}
    kept_items = [i for i in [*original.questions, *original.cards] if i.id not in gone]
    back_items = [*bank.questions, *bank.cards] if bank else []
    if fmt.name in HELD_IN_ORDER:
        keys = HELD_IN_ORDER[fmt.name]
        before = [{k: v for k, v in _content(i).items() if k in keys} for i in kept_items if i.id not in changed]
        after = [{k: v for k, v in _content(i).items() if k in keys} for i in back_items]
        equal = sum(1 for a, b in zip(before, after) if a == b)
    else:
        back = contents(bank) if bank else {}
        equal = sum(1 for i in kept_items if i.id not in changed and back.get(i.id) == _content(i))
    fields_back = {i.id: _fields(i) for i in back_items} if fmt.name not in HELD_IN_ORDER else {}
    declaring = [i.id for i in kept_items if _fields(i) != ([], {})]
    kept = [i for i in declaring if fields_back.get(i) == _fields(next(x for x in kept_items if x.id == i))]
    notes: dict[str, str] = {}
    for note in out.lost:
        notes[note.item] = notes.get(note.item, "") + " " + note.message
    listed = [i for i in declaring if i not in kept and _listed(next(x for x in kept_items if x.id == i), fields_back.get(i), notes.get(i, ""))]
    return Measured(len(kept_items) - len(changed), equal, declaring, kept, listed)


def _content(item: Any) -> dict[str, Any]:
    return dict(item.content) if hasattr(item, "content") else {"front": item.front, "back": item.back, "source": item.source, "tags": item.tags}


def _fields(item: Any) -> tuple[list[str], dict[str, str]]:
    return list(getattr(item, "enemies", None) or []), dict(item.lint_ok)


def _listed(item: Any, back: tuple[list[str], dict[str, str]] | None, note: str) -> bool:
    """Whether the loss note names every enemy and every waiver that did not come back."""
    enemies, waivers = _fields(item)
    back_enemies, back_waivers = back or ([], {})
    missing_enemies = [e for e in enemies if e not in back_enemies]
    missing_waivers = [c for c in waivers if back_waivers.get(c) != waivers[c]]
    return all(e in note for e in missing_enemies) and all(c in note for c in missing_waivers)
