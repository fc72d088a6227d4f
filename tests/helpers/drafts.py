"""Documents and drafts built in code, for the drafter's tests (tests/derive): a document from
lines of text, the accept lists of its typed gaps, and single drafts to run one check on."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts
from quizapp.derive.accept_variants import DraftContext, tidy_accept_lists
from quizapp.languages import language_for
from quizapp.qtypes.typed import typed_answer_matches


def document(lines: list[str]) -> list[Paragraph]:
    """Paragraphs numbered from 1, the first a heading (the document's title)."""
    return [Paragraph(i, line, is_heading=i == 1) for i, line in enumerate(lines, 1)]


def typed_accepts(drafts: list[Draft]) -> list[list[str]]:
    """Every typed gap's accept list, ready or held back (the key first)."""
    lists = []
    for d in drafts:
        if d.item.get("type") == "fill_in":
            lists.append([str(a) for a in d.item["accept"]])
        for gap in d.item.get("gaps", []) or []:
            if isinstance(gap, dict) and "accept" in gap:
                lists.append([str(a) for a in gap["accept"]])
    return lists


def ready_by_paragraph(paragraphs: list[Paragraph], code: str) -> dict[int, list[Draft]]:
    """The drafts offered as ready, by the paragraph each belongs to."""
    found: dict[int, list[Draft]] = {}
    for d in derive_drafts(paragraphs, code):
        if d.ready:
            found.setdefault(d.paragraph, []).append(d)
    return found


def ready_cards(paragraphs: list[Paragraph], code: str) -> dict[int, list[tuple[str, str]]]:
    """(front, back) of the cards offered as ready, by the paragraph each belongs to."""
    return {n: cards for n, drafts in ready_by_paragraph(paragraphs, code).items()
            if (cards := [(d.item["front"], d.item["back"]) for d in drafts if d.kind == "card"])}


def ready_answers(texts: list[str], language: str) -> list[tuple[str, str]]:
    """(prompt, answer) of every ready question: its typed key, numeric answer or right option."""
    found = []
    for d in derive_drafts(document(texts), language):
        if not d.ready or d.kind != "question":
            continue
        item = d.item
        answers = [str(a) for a in item.get("accept", [])[:1]] + [str(c["text"]) for c in item.get("choices", []) if c.get("correct")]
        answers += [str(item["answer"])] if item.get("type") == "numeric" else []
        answers += [str(g["accept"][0]) for g in item.get("gaps", []) if g.get("accept")]
        found += [(str(item.get("prompt") or item.get("passage")), a) for a in answers]
    return found


def make_draft(item: dict[str, Any]) -> Draft:
    """A question draft of paragraph 2 with ``item``'s fields."""
    return Draft("p2-x", "question", {"source": [2], **item}, 2, None, 1.0)


def fill_in_draft(prompt: str, key: str) -> Draft:
    return make_draft({"type": "fill_in", "prompt": prompt, "accept": [key]})


def numeric_draft(prompt: str, answer: int) -> Draft:
    return make_draft({"type": "numeric", "prompt": prompt, "answer": answer})


def choice_draft(prompt: str, key: str, wrong: list[str]) -> Draft:
    choices = [{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong]
    return make_draft({"type": "single_choice", "prompt": prompt, "choices": choices})


def accepts_for(drafts: list[Draft], key: str) -> list[list[str]]:
    """The accept lists of the typed gaps keyed ``key``."""
    return [a for a in typed_accepts(drafts) if a and a[0] == key]


def ready_cards_by_paragraph(paragraphs: list[Paragraph], code: str, tag: str) -> dict[int, list[Draft]]:
    """The ready cards tagged ``tag`` ("claim", "list", ...) the drafter offers, by their paragraph."""
    found: dict[int, list[Draft]] = {}
    for d in derive_drafts(paragraphs, code):
        if d.ready and d.kind == "card" and tag in d.item.get("tags", []):
            found.setdefault(d.paragraph, []).append(d)
    return found


def rows_document(rows: list[tuple[str, object]]) -> list[Paragraph]:
    """Paragraphs numbered from 1 from (text, kind) rows: kind True a heading, "item" a list item."""
    return [Paragraph(n, text, kind is True, kind == "item") for n, (text, kind) in enumerate(rows, start=1)]


def ready_card_sides_by_paragraph(paragraphs: list[Paragraph], code: str) -> dict[int, list[tuple[str, str]]]:
    """The ready cards' (front, back) the drafter offers, by their paragraph."""
    found: dict[int, list[tuple[str, str]]] = {}
    for d in derive_drafts(paragraphs, code):
        if d.ready and d.kind == "card":
            found.setdefault(d.paragraph, []).append((d.item["front"], d.item["back"]))
    return found


def tidied_accepts(lang: str, prompt: str, key: str, lines: list[str]) -> list[str]:
    """The accept list the drafter's accept pipeline gives a typed gap keyed ``key`` in a
    document of ``lines``."""
    draft = fill_in_draft(prompt, key)
    tidy_accept_lists(draft, DraftContext(language_for(lang), frozenset(), "\n".join(lines)))
    return [str(a) for a in draft.item["accept"]]


def graded_right(accept: list[str], typed: str, lang: str, typos: bool = False) -> bool:
    """Whether the answer POST's grader marks ``typed`` right against ``accept``."""
    return typed_answer_matches({"accept": accept, "typos": typos}, typed, lang)


def ready_shown(lines: list[str], language: str) -> list[str]:
    """What a learner reads of every ready draft of ``lines`` (``document``): a question's
    prompt (or passage), a card's front."""
    return [
        str(d.item.get("front") if d.kind == "card" else d.item.get("prompt") or d.item.get("passage"))
        for d in derive_drafts(document(lines), language) if d.ready
    ]
