"""QTI 1.2 (Canvas, Blackboard): round trips, a file as Canvas writes it, hostile packages."""
from __future__ import annotations

import io
import zipfile

import pytest

from quizapp.formats import FormatError, get
from tests.formats.items import checked, contents, every_type, round_trip, shipped

QTI = get("qti")
NOT_IN_QTI = ("ordering", "cloze")

# As Canvas exports a quiz (abridged): HTML texts, numeric idents, general feedback.
CANVAS = b"""<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
  <assessment ident="g1" title="Geography quiz">
    <section ident="root_section">
      <item ident="i1" title="Capital">
        <itemmetadata><qtimetadata>
          <qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>multiple_choice_question</fieldentry></qtimetadatafield>
        </qtimetadata></itemmetadata>
        <presentation>
          <material><mattext texttype="text/html">&lt;div&gt;&lt;p&gt;The capital of &lt;b&gt;Italy&lt;/b&gt;?&lt;/p&gt;&lt;/div&gt;</mattext></material>
          <response_lid ident="response1" rcardinality="Single"><render_choice>
            <response_label ident="5678"><material><mattext texttype="text/plain">Rome</mattext></material></response_label>
            <response_label ident="9012"><material><mattext texttype="text/plain">Milan</mattext></material></response_label>
          </render_choice></response_lid>
        </presentation>
        <resprocessing>
          <outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
          <respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>
          <respcondition continue="No"><conditionvar><varequal respident="response1">5678</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
        </resprocessing>
        <itemfeedback ident="general_fb"><flow_mat><material><mattext texttype="text/html">&lt;p&gt;Since 1871.&lt;/p&gt;</mattext></material></flow_mat></itemfeedback>
      </item>
      <item ident="i2" title="Essay">
        <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>essay_question</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
        <presentation><material><mattext texttype="text/html">Discuss.</mattext></material></presentation>
      </item>
    </section>
  </assessment>
</questestinterop>
"""


def test_every_type_qti_holds_comes_back_equal_and_the_rest_is_listed_lost():
    items = every_type()
    out = QTI.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    assert {n.item for n in out.lost} == {"ex-006", "ex-008", "ex-card-001"}
    back, _ = round_trip(QTI, items)
    assert contents(back) == {k: v for k, v in contents(checked(items)).items() if k not in ("ex-006", "ex-008", "ex-card-001")}


def test_the_whole_shipped_bank_comes_back_except_what_is_listed_lost():
    items = shipped()
    out = QTI.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    lost = {n.item for n in out.lost if n.message.endswith("not written")}
    back, _ = round_trip(QTI, items)
    original = contents(checked(items))
    assert contents(back) == {k: v for k, v in original.items() if k not in lost}
    assert set(original) == set(contents(back)) | lost
    assert [t.title for t in back.topics] == [t.title for t in checked(items).topics]
    with zipfile.ZipFile(io.BytesIO(out.data)) as archive:
        assert "imsmanifest.xml" in archive.namelist()


def test_a_quiz_as_canvas_writes_it_imports():
    result = QTI.import_items(CANVAS, "canvas.xml")
    (question,) = result.questions
    assert question["prompt"] == "The capital of Italy?"
    assert question["choices"] == [{"text": "Rome", "correct": True}, {"text": "Milan", "correct": False}]
    assert question["explanation"] == "Since 1871." and question["unsourced"]
    assert result.title == "Geography quiz"
    assert [str(p) for p in result.problems] == ["canvas.xml: item 2: i2: a 'essay_question' item has no Quizapp type"]
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("imsmanifest.xml", "<manifest/>")
        archive.writestr("g1/g1.xml", CANVAS)
    assert QTI.import_items(package.getvalue(), "canvas.zip").questions[0]["prompt"] == "The capital of Italy?"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, message",
    [
        (_zip({"../evil.xml": CANVAS}), "unsafe path"),
        (_zip({"a.xml": b'<!DOCTYPE x [<!ENTITY a "a">]><questestinterop/>'}), "DTD"),
        (_zip({"readme.txt": b"hi"}), "no QTI assessment"),
        (b"<quiz/>", "not QTI 1.2"),
    ],
)
def test_hostile_and_foreign_files_are_refused_with_a_message(data, message):
    with pytest.raises(FormatError, match=message):
        QTI.import_items(data, "x.zip")


def test_enemies_and_waivers_travel_as_quizapp_metadata_fields():
    items = every_type()
    items.questions[0]["enemies"] = ["ex-002"]
    items.questions[1]["enemies"] = ["ex-001"]
    items.questions[0]["lint_ok"] = {"cue-longest": "the law's name is long"}
    out = QTI.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    with zipfile.ZipFile(io.BytesIO(out.data)) as archive:
        xml = next(archive.read(n).decode() for n in archive.namelist() if n != "imsmanifest.xml")
    assert '<fieldlabel>quizapp_enemies</fieldlabel><fieldentry>["ex-002"]</fieldentry>' in xml
    assert "<fieldlabel>quizapp_lint_ok</fieldlabel><fieldentry>{\"cue-longest\": \"the law's name is long\"}</fieldentry>" in xml
    back, _ = round_trip(QTI, items)
    by_id = {q.id: q for q in back.questions}
    assert (by_id["ex-001"].enemies, by_id["ex-002"].enemies, by_id["ex-001"].lint_ok) == (["ex-002"], ["ex-001"], items.questions[0]["lint_ok"])
