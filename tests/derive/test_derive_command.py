"""``flask bank derive FILE --out FOLDER``: a bank folder that ``flask bank check`` accepts."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from quizapp.bank.lint import lint_bank
from quizapp.bank.models import Question
from quizapp.bank.parser import read_bank
from quizapp.extensions import db

DOCUMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"


def test_derive_writes_a_bank_that_check_and_load_accept(app, runner, tmp_path):
    out = tmp_path / "cholera"
    result = runner.invoke(args=["bank", "derive", str(DOCUMENTS / "broad-street-cholera.md"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "ready drafts" in result.output and "12 of 12 content paragraphs covered" in result.output
    checked = runner.invoke(args=["bank", "check", str(out)])
    assert checked.exit_code == 0 and ": ok (" in checked.output, checked.output

    bank = read_bank(out)
    assert bank.language == "en" and bank.title == "The Broad Street cholera outbreak of 1854"
    assert (out / "source.txt").read_text(encoding="utf-8").splitlines()[1].startswith("The Broad Street cholera outbreak was")
    assert not lint_bank(bank).open_findings  # bank-wide cues too (option lengths, true/false balance)
    assert "held back" in (out / "derive-report.txt").read_text(encoding="utf-8")

    loaded = runner.invoke(args=["bank", "load", str(out)])
    assert loaded.exit_code == 0, loaded.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Question)) >= len(bank.questions) > 10


def test_each_topic_file_says_how_typed_answers_are_matched(runner, tmp_path):
    """A teacher reading a derived topic file sees an accept list of one or two forms and
    ``typos: false``; the file says at its top what else the grader takes (case, accents,
    spacing, hyphens, British and American spellings, numbers in words) so no one adds forms
    by hand that already pass."""
    out = tmp_path / "cholera"
    result = runner.invoke(args=["bank", "derive", str(DOCUMENTS / "broad-street-cholera.md"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    topics = sorted(out.glob("[0-9][0-9]-*.yaml"))
    assert topics
    for topic in topics:
        head = topic.read_text(encoding="utf-8").splitlines()[:4]
        assert head[0].startswith("# ") and any("accents" in line and "hyphens" in line for line in head), head
    assert read_bank(out).questions  # the comment changes nothing the parser reads


def test_derive_is_deterministic_and_honours_the_limits(runner, tmp_path):
    document = str(DOCUMENTS / "magallanes-elcano.md")
    for name in ("one", "two"):
        assert runner.invoke(args=["bank", "derive", document, "--out", str(tmp_path / name)]).exit_code == 0
    one = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert one == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in one:
        if name != "document.yaml":  # the slug is the folder's name
            assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    limited = runner.invoke(args=["bank", "derive", document, "--out", str(tmp_path / "few"), "--per-paragraph", "1", "--language", "es"])
    assert limited.exit_code == 0
    spanish = read_bank(tmp_path / "one")
    assert spanish.language == "es"  # guessed from the text
    assert not lint_bank(spanish).open_findings
    bank = read_bank(tmp_path / "few")
    per_paragraph = [q.content["source"][0] for q in bank.questions] + [c.source[0] for c in bank.cards]
    assert len(per_paragraph) == len(set(per_paragraph))


def test_a_file_without_text_is_refused_with_a_message(runner, tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("# Only a heading\n", encoding="utf-8")
    result = runner.invoke(args=["bank", "derive", str(empty), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "No paragraphs of text were found" in result.output
    assert not (tmp_path / "out").exists()
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01 not text")
    result = runner.invoke(args=["bank", "derive", str(binary), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "not text" in result.output
    assert not (tmp_path / "out").exists()
    spreadsheet = tmp_path / "marks.xlsx"
    spreadsheet.write_bytes(b"PK\x03\x04")
    result = runner.invoke(args=["bank", "derive", str(spreadsheet), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "cannot be imported" in result.output


COMPACT = """# The Varren Lake water compact

## The shares

The compact of 1987 split the water that may be drawn from Varren Lake each summer among the
four districts that border it. The engineers of the lake board proposed the shares after a
survey of the farms in each district, and the districts voted on them in Harlow that spring:

- the Orwell district, 41 percent;
- the Dunmere district, 27 percent;
- the Sallow Flats district, 19 percent;
- the town of Harlow, 13 percent.

The compact also set up a joint board of eight members, two from each district, that meets
every March in Harlow to set the season's total draw from the lake's level at the spring thaw.
"""


def test_the_command_reads_a_file_as_the_web_import_does(runner, tmp_path):
    """A list's items are paragraphs of their own, as when the same file is imported in the
    browser, so the bank's items cite the same paragraphs; and a list of shares is asked as a
    matching, not as four separate gaps."""
    from quizapp.documents.reading import read_file

    document = tmp_path / "varren-compact.md"
    document.write_text(COMPACT, encoding="utf-8")
    result = runner.invoke(args=["bank", "derive", str(document), "--out", str(tmp_path / "out"), "--language", "en"])
    assert result.exit_code == 0, result.output
    imported = [block.text for block in read_file(document.name, document.read_bytes()).blocks]
    written = (tmp_path / "out" / "source.txt").read_text(encoding="utf-8").splitlines()
    assert written == imported and "the Dunmere district, 27 percent;" in written
    bank = read_bank(tmp_path / "out")
    matchings = [q for q in bank.questions if q.type == "matching"]
    assert matchings, [q.content.get("prompt") for q in bank.questions]
    assert {pair["right"] for pair in matchings[0].content["pairs"]} == {"41 percent", "27 percent", "19 percent", "13 percent"}


def test_the_command_reads_an_html_file(runner, tmp_path):
    page = tmp_path / "compact.html"
    page.write_text("<html><body><h1>The Varren Lake water compact</h1>" + "".join(f"<p>{block}</p>" for block in COMPACT.split("\n\n")[2:3]) + "</body></html>", encoding="utf-8")
    result = runner.invoke(args=["bank", "derive", str(page), "--out", str(tmp_path / "out"), "--language", "en"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "source.txt").read_text(encoding="utf-8").splitlines()[0] == "The Varren Lake water compact"
