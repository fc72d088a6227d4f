"""One item of every type (the examples of questions/README.md, with awkward characters added)
and helpers to round-trip items through a format."""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from quizapp.bank.parser import Bank, read_bank
from quizapp.formats import Format, ImportResult, Topic
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
