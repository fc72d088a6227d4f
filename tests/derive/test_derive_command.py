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
    empty = tmp_path / "empty.txt"
    empty.write_text("# Only a heading\n", encoding="utf-8")
    result = runner.invoke(args=["bank", "derive", str(empty), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "no paragraph of text" in result.output
    assert not (tmp_path / "out").exists()
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    result = runner.invoke(args=["bank", "derive", str(binary), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "cannot be read as UTF-8 text" in result.output
