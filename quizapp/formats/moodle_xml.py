"""Moodle XML: every question type we have, and flashcards, without loss.

Our types map to Moodle's core types: single choice and multiple select to ``multichoice``
(``single`` true/false; a multiple select's right choices share 100 %, its wrong ones share
-100 %), ``truefalse``, typed answers to ``shortanswer``, numbers to ``numerical`` (tolerance and
unit), ``ordering`` (core since Moodle 4.4; each answer's fraction is its position), ``matching``,
and cloze to ``cloze`` (embedded answers: ``{1:SHORTANSWER:=a~=b}``, ``{1:MULTICHOICE:=right~wrong}``).
A flashcard is an ``essay`` whose grader information is the card's back. Topics are categories
(``$course$/top/<bank>/<topic>``, the topic's slug as the category's idnumber); the explanation,
the citation ("Source: paragraphs 1, 3.") and the cited passages go in the general feedback;
difficulty, kind and typo flags travel as ``quizapp:`` tags beside the item's own tags, and so
do the bank's own fields: ``quizapp:enemy=<id>`` for each enemy, ``quizapp:lint_ok=<code>: <reason>``
for each lint waiver. Moodle keeps a question's tags when it imports and exports a bank, but cuts
each to 50 characters: a longer waiver is carried by the file and listed in the loss report.

Files are parsed with defusedxml: no DTD, no entities, no external references.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from quizapp.formats.base import (
    MAX_IMPORT_BYTES,
    ExportResult,
    FormatError,
    ImportResult,
    LossNote,
    Problem,
    Topic,
    citation_line,
    html_to_text,
    item_id,
    read_citation,
    slugify,
    text_to_html,
    unique_ids,
    with_source,
)
from quizapp.formats.meta import (
    MOODLE_TAG_LENGTH,
    apply_meta,
    bank_tags,
    default_explanation,
    enemies_not_written_note,
    enemies_written,
    keep_enemies_in_file,
    meta_tags,
    read_bank_tags,
    read_meta,
    tag_word,
)

PASSAGE_CLASS = "quizapp-passage"
PASSAGE_BLOCK = re.compile(r'<blockquote class="quizapp-passage">.*?</blockquote>', re.DOTALL)
EMBEDDED = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}")


# ---------------------------------------------------------------- export


def _text(parent: Element, tag: str, value: str, fmt: str | None = "html", **attrs: str) -> Element:
    element = SubElement(parent, tag, {"format": fmt, **attrs} if fmt else attrs)
    SubElement(element, "text").text = value
    return element


def _plain(parent: Element, tag: str, value: str) -> None:
    SubElement(parent, tag).text = value


def _fraction(value: float) -> str:
    return f"{value:.7f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def _feedback(item: dict[str, Any], passages: Mapping[int, str]) -> str:
    parts = [text_to_html(item.get("explanation") or "")]
    source = item.get("source") or []
    if source:
        parts.append(f"<p>{citation_line(source)}</p>")
        quoted = [f"<p>¶{n} {_escape(passages[n])}</p>" for n in source if n in passages]
        if quoted:
            parts.append(f'<blockquote class="{PASSAGE_CLASS}">{"".join(quoted)}</blockquote>')
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cloze_escape(text: str) -> str:
    return re.sub(r'([\\}~#/"])', r"\\\1", _escape(text))


def _answer(parent: Element, fraction: float, text: str, fmt: str = "html") -> Element:
    answer = SubElement(parent, "answer", {"fraction": _fraction(fraction), "format": fmt})
    SubElement(answer, "text").text = _escape(text) if fmt == "html" else text
    return answer


def _question(item: dict[str, Any], passages: Mapping[int, str]) -> Element:
    kind = item["type"]
    moodle_type = {
        "single_choice": "multichoice",
        "multiple_select": "multichoice",
        "true_false": "truefalse",
        "fill_in": "shortanswer",
        "numeric": "numerical",
        "ordering": "ordering",
        "matching": "matching",
        "cloze": "cloze",
    }[kind]
    q = Element("question", {"type": moodle_type})
    name = SubElement(q, "name")
    SubElement(name, "text").text = item["id"]
    if kind == "cloze":
        passage = item["passage"]
        for n, gap in enumerate(item["gaps"], start=1):
            if "accept" in gap:
                body = "~".join(f"={_cloze_escape(a)}" for a in gap["accept"])
                embedded = f"{{1:SHORTANSWER:{body}}}"
            else:
                body = "~".join(("=" if o["correct"] else "") + _cloze_escape(o["text"]) for o in gap["options"])
                embedded = f"{{1:MULTICHOICE:{body}}}"
            passage = passage.replace(f"{{{n}}}", "\x01" + embedded + "\x01")  # \x01: escaped already
        question_text = text_to_html(item["prompt"]) + "<p>" + _escape_outside_gaps(passage) + "</p>"
    else:
        question_text = text_to_html(item["prompt"])
    _text(q, "questiontext", question_text)
    _text(q, "generalfeedback", _feedback(item, passages))
    _plain(q, "defaultgrade", "1")
    _plain(q, "penalty", "0.3333333")
    _plain(q, "hidden", "0")
    _plain(q, "idnumber", item["id"])
    if kind in ("single_choice", "multiple_select"):
        single = kind == "single_choice"
        _plain(q, "single", "true" if single else "false")
        _plain(q, "shuffleanswers", "true")
        _plain(q, "answernumbering", "abc")
        right = sum(1 for c in item["choices"] if c.get("correct"))
        wrong = len(item["choices"]) - right
        for choice in item["choices"]:
            if choice.get("correct"):
                fraction = 100.0 if single else 100.0 / right
            else:
                fraction = 0.0 if single else -100.0 / wrong
            _answer(q, fraction, choice["text"])
    elif kind == "true_false":
        _answer(q, 100 if item["answer"] else 0, "true", "moodle_auto_format")
        _answer(q, 0 if item["answer"] else 100, "false", "moodle_auto_format")
    elif kind == "fill_in":
        _plain(q, "usecase", "0")
        for accepted in item["accept"]:
            _answer(q, 100, accepted, "moodle_auto_format")
    elif kind == "numeric":
        answer = _answer(q, 100, f"{item['answer']}", "moodle_auto_format")
        _plain(answer, "tolerance", f"{item.get('tolerance', 0)}")
        if item.get("unit"):
            units = SubElement(q, "units")
            unit = SubElement(units, "unit")
            _plain(unit, "multiplier", "1")
            _plain(unit, "unit_name", item["unit"])
            _plain(q, "unitgradingtype", "0")  # the unit is shown, never graded
            _plain(q, "showunits", "3")
            _plain(q, "unitsleft", "0")
    elif kind == "ordering":
        for tag, value in (
            ("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
            ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"), ("numberingstyle", "none"),
        ):
            _plain(q, tag, value)
        for position, text in enumerate(item["items"], start=1):
            _answer(q, position, text)
    elif kind == "matching":
        _plain(q, "shuffleanswers", "true")
        for pair in item["pairs"]:
            sub = _text(q, "subquestion", _escape(pair["left"]))
            answer = SubElement(sub, "answer")
            SubElement(answer, "text").text = pair["right"]
    _tags(q, list(item.get("tags") or []) + meta_tags(item) + bank_tags(item))
    return q


def _escape_outside_gaps(passage: str) -> str:
    """Escape the passage's text, but not the embedded answers (already escaped), marked \\x01."""
    pieces = passage.split("\x01")
    return "".join(piece if i % 2 else _escape(piece) for i, piece in enumerate(pieces))


def _card(card: dict[str, Any], passages: Mapping[int, str]) -> Element:
    q = Element("question", {"type": "essay"})
    name = SubElement(q, "name")
    SubElement(name, "text").text = card["id"]
    _text(q, "questiontext", text_to_html(card["front"]))
    _text(q, "generalfeedback", _feedback({"source": card.get("source")}, passages))
    _plain(q, "defaultgrade", "1")
    _plain(q, "penalty", "0")
    _plain(q, "hidden", "0")
    _plain(q, "idnumber", card["id"])
    _plain(q, "responseformat", "plain")
    _plain(q, "responserequired", "1")
    _plain(q, "responsefieldlines", "5")
    _text(q, "graderinfo", text_to_html(card["back"]))
    _tags(q, [*list(card.get("tags") or []), "quizapp:card", *bank_tags(card)])
    return q


def _tags(q: Element, tags: list[str]) -> None:
    if tags:
        element = SubElement(q, "tags")
        for tag in tags:
            SubElement(SubElement(element, "tag"), "text").text = tag


def _category(title: str, topic: Topic) -> Element:
    q = Element("question", {"type": "category"})
    SubElement(SubElement(q, "category"), "text").text = f"$course$/top/{title.replace('/', '//')}/{topic.title.replace('/', '//')}"
    _text(q, "info", "")
    _plain(q, "idnumber", topic.slug)
    return q


def export_items(
    questions: list[dict[str, Any]],
    cards: list[dict[str, Any]],
    *,
    title: str,
    topics: Mapping[str, Topic],
    passages: Mapping[int, str] | None = None,
) -> ExportResult:
    """One Moodle XML file of every item, grouped by topic (a category each)."""
    passages = passages or {}
    quiz = Element("quiz")
    lost: list[LossNote] = []
    current: Topic | None = None
    every = [*questions, *cards]
    written = {q["id"] for q in questions}
    order: dict[Topic, int] = {}
    for item in every:
        order.setdefault(topics.get(item["id"], Topic("imported", "Imported")), len(order))
    # One category per topic, holding its questions and then its cards (a stable sort).
    for item in sorted(every, key=lambda i: order[topics.get(i["id"], Topic("imported", "Imported"))]):
        topic = topics.get(item["id"], Topic("imported", "Imported"))
        if topic != current:
            quiz.append(_category(title, topic))
            current = topic
        quiz.append(_card(item, passages) if "front" in item else _question(item, passages))
        _, missing = enemies_written(item, written)
        if missing:
            lost.append(LossNote(item["id"], enemies_not_written_note("Moodle XML", missing)))
        for tag in bank_tags(item):
            if len(tag) > MOODLE_TAG_LENGTH:
                lost.append(
                    LossNote(
                        item["id"],
                        f"the file holds “{tag}” whole, but Moodle shortens a tag to {MOODLE_TAG_LENGTH} characters when it"
                        " imports one: a bank exported again from Moodle keeps only the start of this reason",
                    )
                )
    body = tostring(quiz, encoding="unicode")
    data = ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
    return ExportResult(data=data, filename=f"{slugify(title)}.moodle.xml", lost=lost)


# ---------------------------------------------------------------- import


def parse_xml(data: bytes) -> Element:
    """An XML document, refused (FormatError) when too big, malformed or holding a DTD or
    entities (billion laughs, external entities)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise FormatError(f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise FormatError("the XML declares a DTD or entities, which are refused") from None
    except ParseError as exc:
        raise FormatError(f"not well-formed XML ({exc})") from None


def _child_text(element: Element, path: str) -> str:
    found = element.find(path)
    return (found.text or "") if found is not None else ""


def _rich(element: Element, tag: str) -> str:
    """The plain text of a Moodle text field (``<tag format=…><text>…</text></tag>``)."""
    return html_to_text(_child_text(element, f"{tag}/text"))


def _fraction_of(answer: Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        return 0.0


def _answers(q: Element) -> list[tuple[float, str]]:
    return [(_fraction_of(a), html_to_text(_child_text(a, "text"))) for a in q.findall("answer")]


def import_items(data: bytes, filename: str) -> ImportResult:
    """Every question and card of a Moodle XML file, each located as ``file: question N``."""
    root = parse_xml(data)
    if root.tag != "quiz":
        raise FormatError("this is XML but not Moodle XML (the root element is not <quiz>)")
    result = ImportResult()
    topic = Topic("imported", "Imported")
    for number, q in enumerate(root.findall("question"), start=1):
        qtype = q.get("type", "")
        if qtype == "category":
            path = [p.replace("//", "/") for p in re.split(r"(?<!/)/(?!/)", _child_text(q, "category/text")) if p]
            path = [p for p in path if p not in ("$course$", "$system$", "$module$", "$cat1$", "top")]
            title = path[-1] if path else "Imported"
            if len(path) > 1 and not result.title:
                result.title = path[0]
            slug = _child_text(q, "idnumber").strip()
            topic = Topic(slug if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug) else slugify(title), title)
            continue
        name = html_to_text(_child_text(q, "name/text"))
        where = f"{filename}: question {number}"
        try:
            item = _read_question(q, qtype, name, number)
        except _Skip as exc:
            result.problems.append(Problem(where, name or None, str(exc)))
            continue
        result.where[item["id"]] = where
        result.topics[item["id"]] = topic
        (result.cards if "front" in item else result.questions).append(item)
    unique_ids(result)
    keep_enemies_in_file(result)
    return result


class _Skip(Exception):
    """This question cannot become a Quizapp item; the message says why."""


def _read_question(q: Element, qtype: str, name: str, number: int) -> dict[str, Any]:
    ident = _child_text(q, "idnumber").strip() or name
    feedback_html = PASSAGE_BLOCK.sub("", _child_text(q, "generalfeedback/text"))
    explanation, source = read_citation(html_to_text(feedback_html))
    # A tag is plain text: our enemies and waivers are read as written (a reason may hold a line break).
    tags, bank_fields = read_bank_tags([_child_text(t, "text") for t in q.findall("tags/tag")])
    tags, values = read_meta([html_to_text(t) for t in tags])
    tags = [tag_word(t) for t in tags if t.strip() and t != "quizapp:card"]
    if qtype == "essay":
        back = _rich(q, "graderinfo")
        if not back:
            raise _Skip("an essay question without grader information has no answer to make a flashcard of")
        card: dict[str, Any] = {"id": item_id(ident, f"card-{number}"), "front": _rich(q, "questiontext"), "back": back}
        if tags:
            card["tags"] = tags
        if "lint_ok" in bank_fields:  # cards take waivers; never enemies (a card is never drawn)
            card["lint_ok"] = bank_fields["lint_ok"]
        return with_source(card, source)
    item: dict[str, Any] = {"id": item_id(ident, f"q-{number}"), "type": "", "prompt": _rich(q, "questiontext")}
    answers = _answers(q)
    if qtype == "multichoice":
        single = _child_text(q, "single").strip().lower() in ("true", "1")
        item["type"] = "single_choice" if single else "multiple_select"
        best = max((f for f, _ in answers), default=0)
        item["choices"] = [
            {"text": text, "correct": (f == best and f > 0) if single else f > 0} for f, text in answers
        ]
    elif qtype == "truefalse":
        right = [text.strip().lower() for f, text in answers if f > 0]
        if right not in (["true"], ["false"]):
            raise _Skip("a true/false question needs exactly one right answer, true or false")
        item["type"], item["answer"] = "true_false", right == ["true"]
    elif qtype == "shortanswer":
        item["type"], item["accept"] = "fill_in", [text for f, text in answers if f >= 100]
    elif qtype == "numerical":
        full = [a for a in q.findall("answer") if _fraction_of(a) >= 100]
        if not full:
            raise _Skip("a numerical question without a right answer (fraction 100)")
        try:
            item["answer"] = _number(_child_text(full[0], "text"))
            item["tolerance"] = _number(_child_text(full[0], "tolerance") or "0")
        except ValueError as exc:
            raise _Skip(str(exc)) from None
        item["type"], item["unit"] = "numeric", html_to_text(_child_text(q, "units/unit/unit_name"))
    elif qtype == "ordering":
        item["type"] = "ordering"
        item["items"] = [text for _, text in sorted(answers, key=lambda a: a[0])]
    elif qtype == "matching":
        item["type"] = "matching"
        item["pairs"] = [
            {"left": html_to_text(_child_text(s, "text")), "right": html_to_text(_child_text(s, "answer/text"))}
            for s in q.findall("subquestion")
            if html_to_text(_child_text(s, "text"))  # a subquestion without text is a distractor
        ]
        extra = [html_to_text(_child_text(s, "answer/text")) for s in q.findall("subquestion") if not html_to_text(_child_text(s, "text"))]
        if extra:
            raise _Skip(f"extra wrong answers ({', '.join(extra)}) are not part of Quizapp's matching")
    elif qtype == "cloze":
        _read_cloze(item, _child_text(q, "questiontext/text"))
    elif qtype == "description":
        raise _Skip("a description is text, not a question")
    else:
        raise _Skip(f"Moodle's '{qtype}' questions have no Quizapp type")
    apply_meta(item, values)
    item["explanation"] = explanation or default_explanation(item)
    if tags:
        item["tags"] = tags
    item.update(bank_fields)
    return with_source(item, source)


def _number(text: str) -> int | float:
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"'{text}' is not a number")
    return value


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _split_answers(body: str) -> list[tuple[float, str]]:
    """``=a~%50%b#feedback~c`` as (fraction, text) pairs, escapes honoured."""
    out = []
    for raw in re.split(r"(?<!\\)~", body):
        raw = re.split(r"(?<!\\)#", raw, maxsplit=1)[0]
        if raw.startswith("="):
            fraction, raw = 100.0, raw[1:]
        else:
            match = re.match(r"%(-?[\d.]+)%", raw)
            fraction = float(match.group(1)) if match else 0.0
            raw = raw[match.end():] if match else raw
        text = html_to_text(_unescape(raw))
        if text:
            out.append((fraction, text))
    return out


def cloze_gaps(text: str) -> tuple[str, list[dict[str, Any]]]:
    """A Moodle cloze text as our passage (gaps as {1}, {2}, …) and gaps. ValueError for a gap
    of a kind we have no equivalent of."""
    gaps: list[dict[str, Any]] = []

    def replace(match: re.Match[str]) -> str:
        kind, answers = match.group(2), _split_answers(match.group(3))
        if kind in ("SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC", "NUMERICAL", "NM"):
            accept = [t for f, t in answers if f >= 100]
            if not accept:
                raise ValueError(f"gap {len(gaps) + 1} has no fully right answer")
            gaps.append({"accept": accept, "typos": False})
        elif kind in ("MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH", "MULTICHOICE_S", "MCS", "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS"):
            best = max((f for f, _ in answers), default=0)
            gaps.append({"options": [{"text": t, "correct": f == best and f > 0} for f, t in answers]})
        else:
            raise ValueError(f"gap {len(gaps) + 1} is a {kind} gap, which Quizapp has no equivalent for")
        return f"{{{len(gaps)}}}"

    passage = EMBEDDED.sub(replace, text)
    return passage, gaps


def _read_cloze(item: dict[str, Any], question_html: str) -> None:
    try:
        text, gaps = cloze_gaps(html_to_text(question_html))
    except ValueError as exc:
        raise _Skip(str(exc)) from None
    lines = text.split("\n")
    if len(lines) > 1 and not re.search(r"\{\d+\}", lines[0]):
        prompt, passage = lines[0], " ".join(lines[1:])
    else:
        prompt, passage = "Fill in the gaps.", " ".join(lines)
    item.update(type="cloze", prompt=prompt, passage=passage, gaps=gaps)
