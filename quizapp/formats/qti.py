"""QTI 1.2 as Canvas and Blackboard exchange it: a zip with ``imsmanifest.xml`` and one
assessment (``<questestinterop>``), a section per topic, Canvas's ``question_type`` metadata.

Carried: single choice (``multiple_choice_question``), multiple select
(``multiple_answers_question``), true/false, typed answers (``short_answer_question``), numbers
with a tolerance (``numerical_question``: an exact value or a range), matching
(``matching_question``); the explanation and citation as the general feedback
(``itemfeedback ident="general_fb"``); difficulty, kind, typo flags, unit, tags, enemies and
lint waivers as ``quizapp_*`` metadata fields (``qtimetadatafield``), which other tools ignore.
Not carried: ordering and cloze (QTI 1.2 as these tools use it has no equivalent) and
flashcards, each listed as lost; an enemy the file does not hold is listed and left out.

Read: such a zip, or a bare assessment XML, with defusedxml (no DTD, no entities); the zip is
checked (size, members, paths) before anything in it is read.
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator, Mapping
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

from quizapp import qtypes
from quizapp.formats.anki import _read_capped, _safe_members
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
    unique_ids,
    with_source,
)
from quizapp.formats.meta import (
    apply_meta,
    default_explanation,
    enemies_not_written_note,
    enemies_written,
    keep_enemies_in_file,
    meta_tags,
    read_meta,
    tag_word,
)
from quizapp.formats.moodle_xml import parse_xml

CANVAS_TYPES = {
    "single_choice": "multiple_choice_question",
    "multiple_select": "multiple_answers_question",
    "true_false": "true_false_question",
    "fill_in": "short_answer_question",
    "numeric": "numerical_question",
    "matching": "matching_question",
}
MAX_XML_BYTES = 16 * 1024 * 1024


# ---------------------------------------------------------------- export


def _mattext(parent: Element, text: str) -> None:
    material = SubElement(parent, "material")
    SubElement(material, "mattext", {"texttype": "text/plain"}).text = text


def _field(parent: Element, label: str, entry: str) -> None:
    field = SubElement(parent, "qtimetadatafield")
    SubElement(field, "fieldlabel").text = label
    SubElement(field, "fieldentry").text = entry


def _score(condition: Element, value: str = "100") -> None:
    SubElement(condition, "setvar", {"action": "Set", "varname": "SCORE"}).text = value


def _item(item: dict[str, Any], enemies: list[str]) -> Element:
    """One question as a QTI item; ``enemies`` are those of its enemies the file holds too."""
    kind = item["type"]
    node = Element("item", {"ident": item["id"], "title": item["id"]})
    fields = SubElement(SubElement(node, "itemmetadata"), "qtimetadata")
    _field(fields, "question_type", CANVAS_TYPES[kind])
    _field(fields, "points_possible", "1")
    extra = meta_tags(item)
    if kind == "numeric" and item.get("unit"):
        extra.append(f"quizapp:unit={item['unit']}")
    _field(fields, "quizapp_meta", json.dumps(extra, ensure_ascii=False))
    _field(fields, "quizapp_tags", json.dumps(list(item.get("tags") or []), ensure_ascii=False))
    if enemies:
        _field(fields, "quizapp_enemies", json.dumps(enemies, ensure_ascii=False))
    if item.get("lint_ok"):
        _field(fields, "quizapp_lint_ok", json.dumps(dict(item["lint_ok"]), ensure_ascii=False))
    presentation = SubElement(node, "presentation")
    _mattext(presentation, item["prompt"])
    processing = SubElement(node, "resprocessing")
    outcomes = SubElement(processing, "outcomes")
    SubElement(outcomes, "decvar", {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"})
    if kind in ("single_choice", "multiple_select", "true_false"):
        choices = item.get("choices") or [{"text": "True", "correct": item["answer"]}, {"text": "False", "correct": not item["answer"]}]
        single = kind != "multiple_select"
        response = SubElement(presentation, "response_lid", {"ident": "response1", "rcardinality": "Single" if single else "Multiple"})
        render = SubElement(response, "render_choice")
        for n, choice in enumerate(choices, start=1):
            _mattext(SubElement(render, "response_label", {"ident": str(n)}), choice["text"])
        condition = SubElement(processing, "respcondition", {"continue": "No"})
        test = SubElement(condition, "conditionvar")
        if single:
            right = next(n for n, c in enumerate(choices, start=1) if c.get("correct"))
            SubElement(test, "varequal", {"respident": "response1"}).text = str(right)
        else:
            every = SubElement(test, "and")
            for n, choice in enumerate(choices, start=1):
                target = every if choice.get("correct") else SubElement(every, "not")
                SubElement(target, "varequal", {"respident": "response1"}).text = str(n)
        _score(condition)
    elif kind == "fill_in":
        SubElement(SubElement(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"}), "render_fib")
        for accepted in item["accept"]:
            condition = SubElement(processing, "respcondition", {"continue": "No"})
            SubElement(SubElement(condition, "conditionvar"), "varequal", {"respident": "response1"}).text = accepted
            _score(condition)
    elif kind == "numeric":
        SubElement(SubElement(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"}), "render_fib", {"fibtype": "Decimal"})
        condition = SubElement(processing, "respcondition", {"continue": "No"})
        either = SubElement(SubElement(condition, "conditionvar"), "or")
        SubElement(either, "varequal", {"respident": "response1"}).text = f"{item['answer']}"
        tolerance = item.get("tolerance", 0)
        both = SubElement(either, "and")
        SubElement(both, "vargte", {"respident": "response1"}).text = f"{item['answer'] - tolerance}"
        SubElement(both, "varlte", {"respident": "response1"}).text = f"{item['answer'] + tolerance}"
        _score(condition)
    elif kind == "matching":
        rights = [p["right"] for p in item["pairs"]]
        share = f"{100 / len(item['pairs']):.4f}"
        for n, pair in enumerate(item["pairs"], start=1):
            response = SubElement(presentation, "response_lid", {"ident": f"response_{n}"})
            _mattext(response, pair["left"])
            render = SubElement(response, "render_choice")
            for m, right in enumerate(rights, start=1):
                _mattext(SubElement(render, "response_label", {"ident": f"{m}"}), right)
            condition = SubElement(processing, "respcondition")
            SubElement(SubElement(condition, "conditionvar"), "varequal", {"respident": f"response_{n}"}).text = str(n)
            SubElement(condition, "setvar", {"action": "Add", "varname": "SCORE"}).text = share
    feedback = "\n".join(x for x in (item.get("explanation") or "", citation_line(item.get("source") or [])) if x)
    if feedback:
        condition = SubElement(processing, "respcondition", {"continue": "Yes"})
        SubElement(SubElement(condition, "conditionvar"), "other")
        SubElement(condition, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general_fb"})
        block = SubElement(SubElement(node, "itemfeedback", {"ident": "general_fb"}), "flow_mat")
        _mattext(block, feedback)
    return node


def export_items(
    questions: list[dict[str, Any]], cards: list[dict[str, Any]], *, title: str, topics: Mapping[str, Topic]
) -> ExportResult:
    ident = slugify(title)
    root = Element("questestinterop", {"xmlns": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"})
    assessment = SubElement(root, "assessment", {"ident": ident, "title": title})
    outer = SubElement(assessment, "section", {"ident": "root_section"})
    lost: list[LossNote] = []
    sections: dict[Topic, Element] = {}
    written = {q["id"] for q in questions if q["type"] in CANVAS_TYPES}
    for item in questions:
        if item["type"] not in CANVAS_TYPES:
            lost.append(LossNote(item["id"], f"QTI 1.2 has no “{qtypes.get(item['type']).label}” questions: not written"))
            continue
        topic = topics.get(item["id"], Topic("imported", "Imported"))
        if topic not in sections:
            sections[topic] = SubElement(outer, "section", {"ident": topic.slug, "title": topic.title})
        enemies, missing = enemies_written(item, written)
        sections[topic].append(_item(item, enemies))
        if missing:
            lost.append(LossNote(item["id"], enemies_not_written_note("QTI", missing)))
    lost += [LossNote(c["id"], "QTI 1.2 has no flashcards: not written") for c in cards]
    body = '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode") + "\n"
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest identifier="{ident}-manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">'
        f'<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata><organizations/>'
        f'<resources><resource identifier="{ident}" type="imsqti_xmlv1p2"><file href="{ident}/{ident}.xml"/></resource></resources>'
        "</manifest>\n"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest)
        archive.writestr(f"{ident}/{ident}.xml", body)
    return ExportResult(data=out.getvalue(), filename=f"{ident}.qti.zip", lost=lost)


# ---------------------------------------------------------------- import


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(node: Element, name: str) -> Iterator[Element]:
    return (child for child in node if _local(child.tag) == name)


def _descendants(node: Element, name: str) -> Iterator[Element]:
    return (child for child in node.iter() if _local(child.tag) == name)


def _text_of(node: Element | None) -> str:
    if node is None:
        return ""
    first = next(_descendants(node, "mattext"), None)
    if first is None:
        return ""
    if "html" in (first.get("texttype") or ""):
        return html_to_text(first.text or "")
    lines = [" ".join(line.split()) for line in (first.text or "").split("\n")]
    return "\n".join(line for line in lines if line)


def _assessments(data: bytes, filename: str) -> list[tuple[str, Element]]:
    if len(data) > MAX_IMPORT_BYTES:
        raise FormatError(f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    if not data.startswith(b"PK"):
        return [(filename, parse_xml(data))]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise FormatError("not a QTI package (a damaged zip)") from None
    found = []
    with archive:
        for info in _safe_members(archive):
            if info.filename.lower().endswith(".xml") and _local(info.filename) != "imsmanifest.xml" and not info.filename.endswith("assessment_meta.xml"):
                with archive.open(info) as stream:
                    root = parse_xml(_read_capped(stream, MAX_XML_BYTES))
                if _local(root.tag) == "questestinterop":
                    found.append((info.filename, root))
    if not found:
        raise FormatError("the package holds no QTI assessment (<questestinterop>)")
    return found


def import_items(data: bytes, filename: str) -> ImportResult:
    """Every item of every assessment, located as ``file: item N``; sections are topics."""
    result = ImportResult()
    number = 0
    for name, root in _assessments(data, filename):
        if _local(root.tag) != "questestinterop":
            raise FormatError("this is XML but not QTI 1.2 (the root element is not <questestinterop>)")
        for assessment in _descendants(root, "assessment"):
            result.title = result.title or assessment.get("title", "")
        for section, node in _items(root, Topic("imported", "Imported")):
            number += 1
            where = f"{name}: item {number}"
            try:
                item = _read_item(node, number)
            except (_Skip, ValueError) as exc:
                result.problems.append(Problem(where, node.get("ident"), str(exc)))
                continue
            result.questions.append(item)
            result.topics[item["id"]] = section
            result.where[item["id"]] = where
    unique_ids(result)
    keep_enemies_in_file(result)
    return result


def _items(node: Element, topic: Topic) -> Iterator[tuple[Topic, Element]]:
    for child in node:
        kind = _local(child.tag)
        if kind == "item":
            yield topic, child
        elif kind in ("section", "assessment", "objectbank"):
            title = child.get("title") or ""
            inner = Topic(slugify(title), title) if kind == "section" and child.get("ident") != "root_section" and title else topic
            yield from _items(child, inner)


class _Skip(Exception):
    """This item cannot become a Quizapp question; the message says why."""


def _metadata(node: Element) -> dict[str, str]:
    out = {}
    for field in _descendants(node, "qtimetadatafield"):
        label = next(_children(field, "fieldlabel"), None)
        entry = next(_children(field, "fieldentry"), None)
        if label is not None and label.text:
            out[label.text.strip()] = (entry.text or "").strip() if entry is not None else ""
    return out


def _right_values(node: Element) -> list[tuple[str, str]]:
    """(response id, value) of every varequal that earns points, not under a <not>."""
    out = []
    for condition in _descendants(node, "respcondition"):
        scores = [s for s in _children(condition, "setvar") if (s.text or "0").strip() not in ("0", "0.0", "")]
        if not scores:
            continue
        test = next(_children(condition, "conditionvar"), None)
        if test is None:
            continue
        negated = {id(v) for n in _descendants(test, "not") for v in _descendants(n, "varequal")}
        out += [(v.get("respident", ""), (v.text or "").strip()) for v in _descendants(test, "varequal") if id(v) not in negated]
    return out


def _read_item(node: Element, number: int) -> dict[str, Any]:
    meta = _metadata(node)
    canvas = meta.get("question_type", "")
    presentation = next(_descendants(node, "presentation"), None)
    if presentation is None:
        raise _Skip("an item without a presentation")
    item: dict[str, Any] = {"id": item_id(node.get("ident") or node.get("title") or "", f"qti-{number:03d}"), "type": "", "prompt": _text_of(presentation)}
    lids = list(_descendants(presentation, "response_lid"))
    right = _right_values(node)
    if canvas == "matching_question" or (len(lids) > 1 and not canvas):
        pairs = []
        for lid in lids:
            rights = {lab.get("ident") or "": _text_of(lab) for lab in _descendants(lid, "response_label")}
            answer = next((v for r, v in right if r == lid.get("ident")), "")
            if answer not in rights:
                raise _Skip(f"no right answer for '{_text_of(lid)}'")
            pairs.append({"left": _text_of(lid), "right": rights[answer]})
        item.update(type="matching", pairs=pairs)
    elif lids:
        labels = [(lab.get("ident") or "", _text_of(lab)) for lab in _descendants(lids[0], "response_label")]
        correct = {v for r, v in right if r in ("", lids[0].get("ident"))}
        texts = [t for _, t in labels]
        if canvas == "true_false_question" or (texts in (["True", "False"], ["False", "True"]) and not canvas):
            item.update(type="true_false", answer=any(t == "True" and i in correct for i, t in labels))
        else:
            multiple = canvas == "multiple_answers_question" or lids[0].get("rcardinality") == "Multiple"
            item.update(type="multiple_select" if multiple else "single_choice", choices=[{"text": t, "correct": i in correct} for i, t in labels])
    elif next(_descendants(presentation, "response_str"), None) is not None:
        numeric = canvas == "numerical_question" or any(f.get("fibtype") in ("Decimal", "Integer") for f in _descendants(presentation, "render_fib"))
        if numeric:
            _read_numeric(node, item)
        else:
            item.update(type="fill_in", accept=[v for _, v in right if v])
    else:
        raise _Skip(f"a '{canvas or 'unknown'}' item has no Quizapp type")
    values: dict[str, str] = {}
    try:
        _, values = read_meta(json.loads(meta.get("quizapp_meta", "[]")))
        tags = [tag_word(t) for t in json.loads(meta.get("quizapp_tags", "[]")) if isinstance(t, str) and t.strip()]
    except (json.JSONDecodeError, TypeError, AttributeError):
        tags = []
    if item["type"] == "numeric":
        item["unit"] = values.get("unit", "")
    apply_meta(item, values)
    feedback = next((f for f in _descendants(node, "itemfeedback") if f.get("ident") == "general_fb"), None)
    explanation, source = read_citation(_text_of(feedback)) if feedback is not None else ("", [])
    item["explanation"] = explanation or default_explanation(item)
    if tags:
        item["tags"] = tags
    item.update(_bank_fields(meta))
    return with_source(item, source)


def _bank_fields(meta: dict[str, str]) -> dict[str, Any]:
    """``enemies`` and ``lint_ok`` from our metadata fields; a field of another shape is ignored."""
    fields: dict[str, Any] = {}
    try:
        enemies = json.loads(meta.get("quizapp_enemies", "[]"))
        waivers = json.loads(meta.get("quizapp_lint_ok", "{}"))
    except json.JSONDecodeError:
        return fields
    if isinstance(enemies, list) and enemies and all(isinstance(e, str) for e in enemies):
        fields["enemies"] = enemies
    if isinstance(waivers, dict) and waivers and all(isinstance(k, str) and isinstance(v, str) for k, v in waivers.items()):
        fields["lint_ok"] = waivers
    return fields


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else round(value, 10)


def _read_numeric(node: Element, item: dict[str, Any]) -> None:
    for condition in _descendants(node, "respcondition"):
        test = next(_children(condition, "conditionvar"), None)
        if test is None:
            continue
        exact = next((v.text for v in _descendants(test, "varequal")), None)
        low = next((v.text for v in _descendants(test, "vargte")), None)
        high = next((v.text for v in _descendants(test, "varlte")), None)
        try:
            if low is not None and high is not None:
                lo, hi = float(low), float(high)
                value = float(exact) if exact is not None else (lo + hi) / 2
                item.update(type="numeric", answer=_number(str(value)), tolerance=_number(str(round(max(hi - value, value - lo), 10))))
                return
            if exact is not None:
                item.update(type="numeric", answer=_number(exact), tolerance=0)
                return
        except ValueError:
            raise _Skip("the right answer is not a number") from None
    raise _Skip("a numerical item without a right answer")
