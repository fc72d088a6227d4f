"""GIFT: round trips of what GIFT holds, every construct of Moodle's GIFT page, losses listed."""
from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.formats import FormatError, get
from quizapp.formats.bankio import check_import
from tests.formats.items import checked, contents, every_type, round_trip, shipped

FIXTURES = Path(__file__).parent / "fixtures"
GIFT = get("gift")
NOT_IN_GIFT = ("ordering", "cloze")


def test_every_type_gift_holds_comes_back_equal_and_the_rest_is_listed_lost():
    items = every_type()
    out = GIFT.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    assert {n.item: n.message for n in out.lost} == {
        "ex-006": "GIFT has no “Put in order” questions: not written",
        "ex-008": "GIFT has no “Fill the gaps” questions: not written",
        "ex-card-001": "GIFT has no flashcards: not written",
    }
    back, _ = round_trip(GIFT, items)
    original = contents(checked(items))
    assert contents(back) == {k: v for k, v in original.items() if k not in ("ex-006", "ex-008", "ex-card-001")}


def test_the_whole_shipped_bank_comes_back_except_what_is_listed_lost():
    items = shipped()
    out = GIFT.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    lost = {n.item for n in out.lost if n.message.endswith("not written")}
    back, _ = round_trip(GIFT, items)
    original = contents(checked(items))
    assert contents(back) == {k: v for k, v in original.items() if k not in lost}
    assert set(original) == set(contents(back)) | lost  # every item is either carried or listed
    assert len(back.questions) == sum(1 for q in items.questions if q["type"] not in NOT_IN_GIFT)


def test_enemies_and_waivers_travel_as_comment_lines_and_an_enemy_not_in_the_file_is_said_left_out():
    items = every_type()
    items.questions[0]["enemies"] = ["ex-002", "ex-006"]  # ex-006 is an ordering question: not in GIFT
    items.questions[1]["enemies"] = ["ex-001"]
    items.questions[1]["lint_ok"] = {"cue-longest": "the law's name: long\nby nature \\ so", "cue-hedge": "a quote of the article"}
    out = GIFT.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    text = out.data.decode()
    assert "// quizapp-enemies: ex-002\n" in text and "// quizapp-enemies: ex-001\n" in text
    assert "// quizapp-lint-ok: cue-longest: the law's name: long\\nby nature \\\\ so\n" in text
    assert [str(n) for n in out.lost if n.item == "ex-001"] == [
        "ex-001: the rule never to put it in one quiz with ex-006 (one gives the other's answer away) is not kept:"
        " that question is not in this GIFT file"
    ]
    back, _ = round_trip(GIFT, items)
    by_id = {q.id: q for q in back.questions}
    assert (by_id["ex-001"].enemies, by_id["ex-002"].enemies) == (["ex-002"], ["ex-001"])
    assert by_id["ex-002"].lint_ok == items.questions[1]["lint_ok"]
    # A file written elsewhere naming a question it does not hold: the pairing is left out, and said.
    result = GIFT.import_items(b"// quizapp-enemies: q2, elsewhere\n::q1::Who? {=a ~b}\n\n::q2::What? {=c ~d}\n", "pair.gift")
    assert result.questions[0]["enemies"] == ["q2"]
    assert result.left_out == {"q1": ["never in one quiz with elsewhere: not kept, the file holds no such question"]}


def test_every_construct_of_moodles_gift_page_imports():
    result = GIFT.import_items((FIXTURES / "gift_docs.txt").read_bytes(), "docs.gift")
    by_where = {result.where[i["id"]]: i for i in result.items()}
    q = by_where["docs.gift:7"]  # a name, multi-line answers, answer feedback
    assert q["id"] == "Grants-tomb" and q["type"] == "single_choice"
    assert [c["text"] for c in q["choices"] if c["correct"]] == ["Grant"] and len(q["choices"]) == 5
    assert by_where["docs.gift:21"]["prompt"] == "Grant is _____ in Grant's tomb."  # missing word
    assert (by_where["docs.gift:23"]["answer"], by_where["docs.gift:25"]["answer"], by_where["docs.gift:57"]["answer"]) == (False, True, False)
    assert by_where["docs.gift:27"]["accept"] == ["Grant", "Ulysses S. Grant", "Ulysses Grant"]
    assert by_where["docs.gift:29"]["prompt"] == "Two plus two equals _____."
    matching = by_where["docs.gift:31"]
    assert matching["pairs"][3] == {"left": "India", "right": "New Delhi"} and matching["explanation"] == "It's good to know the capitals"
    assert (by_where["docs.gift:41"]["answer"], by_where["docs.gift:41"]["tolerance"]) == (1822, 5)
    assert (by_where["docs.gift:43"]["answer"], by_where["docs.gift:43"]["tolerance"]) == (3.1415, 0.0005)  # a range
    assert (by_where["docs.gift:45"]["answer"], by_where["docs.gift:45"]["tolerance"]) == (1822, 0)  # full credit only
    weights = by_where["docs.gift:50"]
    assert weights["type"] == "multiple_select" and [c["correct"] for c in weights["choices"]] == [False, True, True, False]
    assert by_where["docs.gift:59"]["accept"] == ["No one"]  # the 50 % answer is not accepted
    escapes = by_where["docs.gift:67"]
    assert escapes["id"] == "escapes" and escapes["tags"] == ["math", "symbols"]
    assert [c["text"] for c in escapes["choices"]] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]
    assert escapes["explanation"].startswith("Braces {like these} and a colon: are escaped;")
    assert by_where["docs.gift:74"]["prompt"] == "1+1=2"
    kanji = by_where["docs.gift:76"]
    assert kanji["prompt"] == "Japanese characters originally came from what country?"
    assert kanji["explanation"] == "That's right, China."  # HTML and scripts dropped
    assert {result.topics[i["id"]].title for i in result.items()} == {"Tombs", "Escapes"} and result.title == "GIFT docs"
    assert [str(p) for p in result.problems] == [
        "docs.gift:84: an essay question (empty braces) has no Quizapp type",
        "docs.gift:86: a description (no answers in braces) is not a question",
    ]
    check_import(result, format_name="gift", filename="docs.gift")
    assert len(result.problems) == 2 and len(result.questions) == 19


@pytest.mark.parametrize(
    "text, message",
    [
        ("Who? {=a ~b", "not closed"),
        ("::Name Who? {=a}", "name is not closed"),
        ("How many? {#lots}", "not a number"),
        ("Match {=a -> b =-> c}", "without a left side"),
    ],
)
def test_a_broken_question_is_reported_with_its_line(text, message):
    result = GIFT.import_items(("// first\n\n" + text + "\n").encode(), "bad.gift")
    assert not result.questions
    assert result.problems[0].where == "bad.gift:3" and message in result.problems[0].message


def test_a_file_that_is_not_text_is_refused():
    with pytest.raises(FormatError, match="not UTF-8"):
        GIFT.import_items(b"\xff\xfe\x00binary", "x.gift")


def _plain(text: str) -> str:
    """pygiftparser keeps GIFT's escapes in the text it returns; ours are exactly these."""
    import re

    return re.sub(r"\\(.)", r"\1", text).strip()


def _as_pygiftparser_reads(question) -> dict:
    answers = question.answers
    kind = type(answers).__name__
    if kind == "TrueFalseSet":
        return {"type": "true_false", "answer": answers.answer}
    if kind == "NumericAnswerSet":
        (only,) = answers.answers
        return {"type": "numeric", "answer": only.value, "tolerance": only.tolerance}
    if kind == "MatchingSet":
        return {"type": "matching", "pairs": [{"left": _plain(a.question), "right": _plain(a.answer)} for a in answers.answers]}
    if kind == "ShortSet":
        return {"type": "fill_in", "accept": [_plain(a.answer) for a in answers.answers]}
    single = kind == "SelectSet"
    return {
        "type": "single_choice" if single else "multiple_select",
        "choices": [{"text": _plain(a.answer), "correct": a.select if single else a.fraction > 0} for a in answers.answers],
    }


def _as_we_wrote(item: dict) -> dict:
    keys = {"true_false": ("answer",), "numeric": ("answer", "tolerance"), "matching": ("pairs",), "fill_in": ("accept",)}
    if item["type"] in keys:
        return {"type": item["type"], **{k: item[k] for k in keys[item["type"]]}}
    return {"type": item["type"], "choices": [{"text": c["text"], "correct": c["correct"]} for c in item["choices"]]}


@pytest.mark.parametrize("items", [every_type, shipped], ids=["every-type", "shipped-bank"])
def test_an_independent_gift_parser_reads_our_export_as_we_meant_it(items):
    """pygiftparser (PyPI), written apart from us, reads every question we write with the
    type, answers, right answers, numbers and pairs we wrote."""
    import io
    import warnings

    with warnings.catch_warnings():  # it calls locale.getdefaultlocale() at import (deprecated)
        warnings.simplefilter("ignore", DeprecationWarning)
        parser = pytest.importorskip("pygiftparser.parser", reason="the test extra installs pygiftparser")
    chosen = items()
    out = GIFT.export_items(chosen.questions, chosen.cards, title=chosen.title, topics=chosen.topics)
    theirs = {q.title: q for q in parser.parseFile(io.StringIO(out.data.decode()))}
    ours = {q.id: q.content for q in checked(chosen).questions if q.type not in NOT_IN_GIFT}
    assert set(theirs) == set(ours)
    assert all(q.valid for q in theirs.values())
    assert {i: _as_pygiftparser_reads(q) for i, q in theirs.items()} == {i: _as_we_wrote(c) for i, c in ours.items()}
    assert {i: _plain(q.text) for i, q in theirs.items()} == {i: c["prompt"] for i, c in ours.items()}
