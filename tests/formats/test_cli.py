"""``flask bank import`` and ``flask bank export``, and the checker's rule for unsourced items."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml

from quizapp.bank.parser import BankError, read_bank
from tests.formats.items import SHIPPED_BANK
from tests.helpers.bank import DOCUMENT, TOPIC, write_bank

GOOD_AND_BAD_GIFT = """\
$CATEGORY: $course$/top/Capitals quiz/Europe

::cap-1::The capital of Italy? {=Rome ~Milan}

::cap-2::Match France {=France -> Paris}

::cap-3::Match them {=Spain -> Madrid =Spain -> Madrid}
"""


def test_export_then_import_writes_a_bank_that_check_accepts(runner, tmp_path):
    exported = tmp_path / "peru.xml"
    result = runner.invoke(args=["bank", "export", str(SHIPPED_BANK), "--format", "moodle-xml", "-o", str(exported)])
    assert result.exit_code == 0, result.output
    assert "Exported to Moodle XML: 183 question(s), 74 card(s)." in result.output
    into = tmp_path / "questions" / "peru-copy"
    result = runner.invoke(args=["bank", "import", str(exported), "--into", str(into)])  # format guessed from .xml
    assert result.exit_code == 0, result.output
    assert "183 question(s) and 74 card(s) read, 0 item(s) could not be imported" in result.output
    result = runner.invoke(args=["bank", "check", str(into)])
    assert result.exit_code == 0 and "ok (183 questions, 74 cards)" in result.output
    document = yaml.safe_load((into / "document.yaml").read_text())
    assert document["imported"] == {"format": "moodle-xml", "file": "peru.xml"} and document["slug"] == "peru-copy"


def test_a_file_with_bad_items_writes_nothing_unless_asked(runner, tmp_path):
    source = tmp_path / "capitals.gift"
    source.write_text(GOOD_AND_BAD_GIFT)
    into = tmp_path / "capitals"
    result = runner.invoke(args=["bank", "import", str(source), "--format", "gift", "--into", str(into)])
    assert result.exit_code == 1
    assert "capitals.gift:5: cap-2:" in result.output
    assert "capitals.gift:7: cap-3:" in result.output
    assert "Nothing was written" in result.output and not into.exists()
    result = runner.invoke(args=["bank", "import", str(source), "--format", "gift", "--into", str(into), "--skip-bad"])
    assert result.exit_code == 0, result.output
    bank = read_bank(into)
    assert [q.id for q in bank.questions] == ["cap-1"] and bank.title == "Capitals quiz" and bank.topics[0].title == "Europe"
    assert bank.questions[0].content["source"] == []


def test_export_into_a_zip_holds_the_file_and_the_loss_report(runner, tmp_path):
    out = tmp_path / "peru.zip"
    result = runner.invoke(args=["bank", "export", str(SHIPPED_BANK), "--format", "gift", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        report = archive.read("loss-report.txt").decode()
    assert names == ["peru-s-political-crisis-february-2026.gift.txt", "loss-report.txt"]
    assert "GIFT has no flashcards" in report and report in result.output


def test_bad_arguments_are_refused_with_a_message(runner, tmp_path):
    source = tmp_path / "capitals.gift"
    source.write_text(GOOD_AND_BAD_GIFT)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "x.yaml").write_text("")
    cases = [
        (["--format", "nope", "--into", str(tmp_path / "a")], "'nope' is not one of"),
        (["--format", "gift", "--into", str(tmp_path / "Bad_Name")], "lowercase letters"),
        (["--format", "gift", "--into", str(taken)], "is not empty"),
    ]
    for extra, message in cases:
        result = runner.invoke(args=["bank", "import", str(source), *extra])
        assert result.exit_code != 0 and message in result.output, result.output
    unknown = tmp_path / "quiz.bin"
    unknown.write_bytes(b"x")
    result = runner.invoke(args=["bank", "import", str(unknown), "--into", str(tmp_path / "b")])
    assert result.exit_code == 1 and "cannot tell the format" in result.output
    broken = tmp_path / "broken.xml"
    broken.write_text("<quiz><question>")
    result = runner.invoke(args=["bank", "import", str(broken), "--into", str(tmp_path / "c")])
    assert result.exit_code == 1 and "not well-formed XML" in result.output and "nothing was written" in result.output
    assert not (tmp_path / "c").exists()


UNSOURCED_ITEM = "  - id: t-003\n    type: true_false\n    prompt: Is it?\n    answer: true\n    explanation: Yes.\n    source: []\n    unsourced: true\n    difficulty: 1\n    kind: fact\n"


def test_unsourced_items_are_accepted_only_in_an_imported_bank(tmp_path):
    topic = TOPIC.replace("cards:\n", UNSOURCED_ITEM + "cards:\n")
    plain = write_bank(tmp_path / "plain", topic=topic)
    with pytest.raises(BankError) as plain_error:
        read_bank(plain)
    assert any("t-003: unsourced is only for imported banks" in str(p) for p in plain_error.value.problems)
    imported = write_bank(tmp_path / "imported", document=DOCUMENT + "imported: {format: gift, file: x.gift}\n", topic=topic)
    assert read_bank(imported).questions[-1].content["source"] == []
    cited = write_bank(tmp_path / "cited", document=DOCUMENT + "imported: {format: gift, file: x.gift}\n", topic=topic.replace("    source: []\n    unsourced", "    source: [1]\n    unsourced"))
    with pytest.raises(BankError) as cited_error:
        read_bank(cited)
    assert any("an unsourced item has source: []" in str(p) for p in cited_error.value.problems)


def test_a_bank_not_imported_still_needs_a_source_on_every_item(tmp_path):
    topic = TOPIC.replace("    source: [1]\n", "", 1)
    with pytest.raises(BankError) as error:
        read_bank(write_bank(Path(tmp_path), topic=topic))
    assert any("missing field 'source'" in str(p) for p in error.value.problems)


def test_an_imported_bank_loads_and_its_unsourced_questions_can_be_taken(runner, app, tmp_path):
    from sqlalchemy import select

    from quizapp.bank.models import Document, Question
    from quizapp.extensions import db

    source = tmp_path / "capitals.gift"
    source.write_text(GOOD_AND_BAD_GIFT)
    into = tmp_path / "capitals"
    assert runner.invoke(args=["bank", "import", str(source), "--format", "gift", "--into", str(into), "--skip-bad"]).exit_code == 0
    result = runner.invoke(args=["bank", "load", str(into)])
    assert result.exit_code == 0 and "questions: 1 added" in result.output, result.output
    with app.app_context():
        document = db.session.execute(select(Document).filter_by(slug="capitals")).scalar_one()
        assert document.paragraph_count == 0
        assert db.session.execute(select(Question.bank_id).filter_by(document_id=document.id)).scalars().all() == ["cap-1"]


def test_imported_items_are_linted_and_the_findings_printed(runner, tmp_path):
    source = tmp_path / "cues.gift"
    source.write_text("::cue-1::Which one is right? {=The one long and carefully qualified answer ~No ~Yes ~Maybe}\n")
    result = runner.invoke(args=["bank", "import", str(source), "--format", "gift", "--into", str(tmp_path / "cues")])
    assert result.exit_code == 0, result.output
    assert "cues.gift:1: cue-1: cue-longest:" in result.output and "1 lint finding(s) above" in result.output


def test_an_enemy_the_file_does_not_hold_is_said_left_out(runner, tmp_path):
    gift = tmp_path / "pair.gift"
    gift.write_text("// quizapp-enemies: q2, elsewhere\n::q1::Who? {=a ~b}\n\n::q2::What? {=c ~d}\n", encoding="utf-8")
    into = tmp_path / "questions" / "pair"
    result = runner.invoke(args=["bank", "import", str(gift), "--into", str(into)])
    assert result.exit_code == 0, result.output
    assert "pair.gift:2: q1: never in one quiz with elsewhere: not kept, the file holds no such question" in result.output
    assert yaml.safe_load(next(into.glob("*-pair.yaml")).read_text())["questions"][0]["enemies"] == ["q2"]
