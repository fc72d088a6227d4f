"""``flask bank check|load|stats`` on small banks written by hand, as a teacher would."""
from __future__ import annotations

import re
import textwrap
from collections import Counter
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from quizapp.bank.models import Document, Flashcard, Question, QuestionVersion
from quizapp.bank.parser import QUESTION_TYPES, BankError, read_bank
from quizapp.extensions import db
from tests.helpers.bank import DOCUMENT, TOPIC, write_bank

SHIPPED_BANK = Path(__file__).resolve().parents[2] / "questions" / "peru-crisis-2026"

def test_a_good_bank_reads(tmp_path):
    bank = read_bank(write_bank(tmp_path))
    assert [q.id for q in bank.questions] == ["t-001", "t-002"]
    assert bank.cards[0].front == "Sky"


BROKEN = [
    # (replace this, with this, the problem expected at this line)
    ("    type: numeric\n", "    type: essay\n", 17, "t-002: unknown type 'essay'"),
    ("  - id: t-002\n", "  - id: t-001\n", 16, "t-001: duplicate id"),
    ("      - text: Green\n", "      - text: Green\n        correct: true\n", 8, "t-001: a single-choice question needs exactly one correct choice, not 2"),
    ("      - text: Green\n", "      - text: blue\n", 8, "t-001: duplicate choice"),
    ("    source: [3]\n", "    source: [4]\n", 22, "t-002: cites paragraph 4, but the document has paragraphs 1–3"),
    ("    source: [3]\n", "    source: [2]\n", 22, "t-002: cites paragraph 2, which is a heading"),
    ("    explanation: Paragraph 3 counts them.\n", "", 16, "t-002: missing field 'explanation'"),
    ("    difficulty: 2\n", "    difficulty: 5\n", 23, "t-002: difficulty must be 1, 2 or 3"),
    ("    unit: cats\n", "    unit: cats\n    colour: red\n", 21, "t-002: unknown field 'colour'"),
    ("    front: Sky\n", "", 26, "t-card-001: missing field 'front'"),
]


@pytest.mark.parametrize("old, new, line, message", BROKEN)
def test_every_problem_names_file_line_item_and_what_is_wrong(tmp_path, old, new, line, message):
    assert old in TOPIC
    folder = write_bank(tmp_path, TOPIC.replace(old, new, 1))
    with pytest.raises(BankError) as excinfo:
        read_bank(folder)
    reported = [str(p) for p in excinfo.value.problems]
    assert any(r.startswith(f"tiny/basics.yaml:{line}: {message}") for r in reported), reported


def test_invalid_yaml_is_reported_with_its_line(tmp_path):
    folder = write_bank(tmp_path, TOPIC.replace("    prompt: Which colour", "    prompt: [Which colour", 1))
    with pytest.raises(BankError) as excinfo:
        read_bank(folder)
    assert "tiny/basics.yaml:" in str(excinfo.value) and "not valid YAML" in str(excinfo.value)


def test_check_command_exits_non_zero_and_lists_problems(runner, tmp_path):
    folder = write_bank(tmp_path, TOPIC.replace("    type: numeric\n", "    type: essay\n"))
    result = runner.invoke(args=["bank", "check", str(folder)])
    assert result.exit_code == 1
    assert "tiny/basics.yaml:17: t-002: unknown type 'essay'" in result.output
    assert "nothing was loaded" in result.output


def test_check_command_passes_on_the_shipped_bank(runner):
    result = runner.invoke(args=["bank", "check"])
    assert result.exit_code == 0, result.output
    assert "ok (" in result.output


def test_a_broken_bank_is_never_half_loaded(app, runner, tmp_path):
    folder = write_bank(tmp_path, TOPIC.replace("    source: [3]\n", "    source: [9]\n"))
    result = runner.invoke(args=["bank", "load", str(folder)])
    assert result.exit_code == 1
    with app.app_context():
        assert db.session.execute(select(Document).filter_by(slug="tiny")).scalar_one_or_none() is None


def count(model, **where) -> int:
    return db.session.execute(select(func.count()).select_from(model).filter_by(**where)).scalar_one()


def test_load_is_idempotent_and_keeps_versions(app, runner, tmp_path):
    folder = write_bank(tmp_path)
    assert runner.invoke(args=["bank", "load", str(folder)]).exit_code == 0
    again = runner.invoke(args=["bank", "load", str(folder)])
    assert "0 added, 0 changed, 2 unchanged" in again.output
    with app.app_context():
        assert count(Question) == 183 + 2  # the shipped bank (with its cloze item) and these two
        assert count(QuestionVersion) == 183 + 2

    write_bank(tmp_path, TOPIC.replace("How many cats", "How many cats, counted twice,"))
    changed = runner.invoke(args=["bank", "load", str(folder)])
    assert "0 added, 1 changed, 1 unchanged" in changed.output
    with app.app_context():
        question = db.session.execute(select(Question).filter_by(bank_id="t-002")).scalar_one()
        assert question.version == 2
        prompts = [v.content["prompt"] for v in db.session.execute(select(QuestionVersion).filter_by(question_id=question.id).order_by(QuestionVersion.number)).scalars()]
        assert prompts == ["How many cats are in paragraph 3?", "How many cats, counted twice, are in paragraph 3?"]


def test_items_removed_from_the_files_are_retired_not_deleted(app, runner, tmp_path):
    folder = write_bank(tmp_path)
    runner.invoke(args=["bank", "load", str(folder)])
    without = TOPIC[: TOPIC.index("  - id: t-002")] + TOPIC[TOPIC.index("cards:") :]
    write_bank(tmp_path, without.replace("cards:\n  - id: t-card-001\n    front: Sky\n    back: Blue\n    source: [1]\n", "cards: []\n"))
    result = runner.invoke(args=["bank", "load", str(folder)])
    assert "1 retired" in result.output, result.output
    with app.app_context():
        question = db.session.execute(select(Question).filter_by(bank_id="t-002")).scalar_one()
        assert question.retired_at is not None
        card = db.session.execute(select(Flashcard).filter_by(bank_id="t-card-001")).scalar_one()
        assert card.retired_at is not None
    write_bank(tmp_path)
    runner.invoke(args=["bank", "load", str(folder)])
    with app.app_context():
        assert db.session.execute(select(Question).filter_by(bank_id="t-002")).scalar_one().retired_at is None


def test_stats_prints_counts_and_coverage(runner):
    """The counts are read straight from the YAML files, not through the bank reader."""
    topics = [yaml.safe_load(path.read_text("utf-8")) for path in sorted(SHIPPED_BANK.glob("[0-9]*.yaml"))]
    questions = [q for topic in topics for q in topic.get("questions") or []]
    cards = sum(len(topic.get("cards") or []) for topic in topics)
    assert len(questions) > 100 and cards > 10  # the shipped bank, not an empty folder
    result = runner.invoke(args=["bank", "stats"])
    assert result.exit_code == 0
    assert f"(peru-crisis-2026): {len(questions)} questions, {cards} cards" in result.output, result.output
    by_type = result.output.split("By type:")[1].split("By topic:")[0]
    for qtype, count in Counter(q["type"] for q in questions).items():
        assert re.search(rf"^\s+{qtype}\s+{count}$", by_type, re.M), (qtype, count, by_type)
    for heading in ("By type:", "By topic:", "By difficulty:", "Questions citing each paragraph:"):
        assert heading in result.output
    assert "NOT CITED" not in result.output


def test_the_readme_examples_are_a_valid_bank(tmp_path):
    """questions/README.md shows an example of every type: they must pass the checker."""
    import re

    import yaml

    readme = (Path(__file__).resolve().parents[2] / "questions" / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if b.lstrip().startswith("- id:")]
    questions = [b for b in blocks if "type:" in b]
    cards = [b for b in blocks if "front:" in b]
    assert len(questions) == len(QUESTION_TYPES)  # one example of every registered type
    topic = "topic:\n  slug: examples\n  title: Examples\nquestions:\n" + "".join(
        textwrap.indent(textwrap.dedent(b), "  ") for b in questions
    ) + "cards:\n" + "".join(textwrap.indent(textwrap.dedent(b), "  ") for b in cards)
    topic = topic.replace("explanation: ...", "explanation: Because the article says so.")
    yaml.safe_load(topic)
    document = DOCUMENT.replace("paragraphs: 3", "paragraphs: 28").replace("headings: [2]", "headings: [11, 22]")
    bank = read_bank(write_bank(tmp_path, topic, document))
    assert {q.type for q in bank.questions} == set(QUESTION_TYPES)
