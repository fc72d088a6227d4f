"""Exports read back with the csv module and openpyxl, every figure checked against the database."""
from __future__ import annotations

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.bank.models import Question
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from quizapp.sets import exports
from tests.helpers.app import make_user
from tests.helpers.sets import T0, join_code, make_set, question_ids, take


def read_csv(response) -> list[list[str]]:
    assert response.data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))


def read_xlsx(response) -> list[list]:
    sheet = openpyxl.load_workbook(io.BytesIO(response.data), read_only=True).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


# A teacher who has not chosen a time zone reads UTC, and the header says so.
WIDE_HEADER_UTC = ["Student", "Attempt", "Quiz", "Started (UTC)", "Submitted (UTC)", "Duration (s)", "Score", "Out of", "Percent"]


@pytest.fixture
def scored_set(app, auth):
    owner = auth.create_and_login("teacher")
    qids = question_ids(app, "single_choice", 2) + question_ids(app, "true_false", 1)
    set_id = make_set(app, owner, qids)
    take(app, set_id, make_user(app, "=cmd|' /C calc'!A0"), [True, False, None])
    take(app, set_id, make_user(app, "Zoë"), [True, True, True], now=T0 + timedelta(minutes=30))
    return set_id, qids


def db_attempts(app, set_id):
    with app.app_context():
        rows = []
        for a in db.session.execute(select(Attempt).where(Attempt.quiz_set_id == set_id).order_by(Attempt.started_at, Attempt.id)).scalars():
            user = db.session.get(User, a.user_id)
            marks = {aq.version.question_id: (aq.response.score if aq.response else 0.0) for aq in a.questions}
            rows.append((a.id, user.username, a.started_at, a.finished_at, a.score, a.max_score, marks))
        return rows


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_wide_export_matches_the_database(client, app, scored_set, fmt):
    set_id, qids = scored_set
    response = client.get(f"/sets/{set_id}/export/wide.{fmt}")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    table = read_csv(response) if fmt == "csv" else read_xlsx(response)
    header, body = table[0], table[1:]
    assert header[:9] == WIDE_HEADER_UTC and len(header) == 9 + len(qids)
    with app.app_context():
        questions = [db.session.get(Question, q) for q in qids]
        prompts = [(q.current.content["prompt"], q.bank_id) for q in questions]
    for n, (column, (prompt, bank_id)) in enumerate(zip(header[9:], prompts), start=1):
        # "Q1 <the prompt, shortened> [bank id]": the teacher reads what was asked.
        assert column.startswith(f"Q{n} ") and column.endswith(f" [{bank_id}]")
        shown = column[len(f"Q{n} "):-len(f" [{bank_id}]")]
        assert len(shown) <= exports.COLUMN_PROMPT_WIDTH
        assert prompt.startswith(shown.removesuffix("…").rstrip()) and shown.split()[0] == prompt.split()[0]
    expected = db_attempts(app, set_id)
    assert len(body) == len(expected)
    for row, (attempt_id, name, started, finished, score, max_score, marks) in zip(body, expected):
        if fmt == "csv":
            assert row[0] == (("'" + name) if name.startswith("=") else name)
            assert int(row[1]) == attempt_id
            assert row[3] == started.isoformat(sep=" ", timespec="seconds")
            assert int(row[5]) == int((finished - started).total_seconds())
            assert float(row[6]) == score and int(row[7]) == max_score
            assert float(row[8]) == round(100 * score / max_score, 2)
            assert [float(v) for v in row[9:]] == [marks[q] for q in qids]
        else:
            assert row[0] == (("'" + name) if name.startswith("=") else name)
            assert row[1] == attempt_id and row[3] == started and row[4] == finished
            assert row[5] == int((finished - started).total_seconds())
            assert row[6] == score and row[7] == max_score and row[8] == round(100 * score / max_score, 2)
            assert row[9:] == [marks[q] for q in qids]
    names = [r[0] for r in body]
    assert "Zoë" in names  # accents intact


PATTERNS = {"=cmd|' /C calc'!A0": [True, False, None], "Zoë": [True, True, True]}  # as in scored_set


def expected_answer(content: dict, layout: dict, right: bool | None) -> tuple[str, float]:
    """What ``take`` sent, written out from the bank content (not by the code under test):
    the correct choice, or the first wrong one as shown; True/False; nothing."""
    if right is None:
        return "", 0.0
    if content["type"] == "true_false":
        return ("True" if content["answer"] == right else "False"), float(right)
    shown = [content["choices"][i] for i in layout["choices"]]
    return next(c["text"] for c in shown if c["correct"] == right), float(right)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_long_export_has_one_row_per_response(client, app, scored_set, fmt):
    set_id, _ = scored_set
    response = client.get(f"/sets/{set_id}/export/long.{fmt}")
    table = read_csv(response) if fmt == "csv" else read_xlsx(response)
    assert table[0] == [
        "Student", "Attempt", "Quiz", "Question", "Question id", "Type", "Prompt", "Answer given", "Mark", "Correct", "Answered at (UTC)",
    ]
    expected = []
    with app.app_context():
        for a in db.session.execute(select(Attempt).where(Attempt.quiz_set_id == set_id).order_by(Attempt.started_at, Attempt.id)).scalars():
            pattern = PATTERNS[db.session.get(User, a.user_id).username]
            expected += [(a.id, expected_answer(aq.version.content, aq.layout, right)) for aq, right in zip(a.questions, pattern)]
    assert len(expected) == 6 and len(table) - 1 == len(expected)
    for row, (attempt_id, (answer, mark)) in zip(table[1:], expected):
        assert int(row[1]) == attempt_id
        assert (row[7] or "") == answer
        assert float(row[8] or 0) == mark
    assert [float(row[8] or 0) for row in table[1:]] == [1, 0, 0, 1, 1, 1]


def test_formula_injection_is_neutralised():
    for bad in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert exports.neutralise(bad) == "'" + bad
    assert exports.neutralise("fine") == "fine" and exports.neutralise(-1.5) == -1.5
    text = "".join(exports.csv_chunks(["a"], [["=HYPERLINK(\"x\")"]]))
    assert text.startswith("\ufeff") and "'=HYPERLINK" in text


def test_learner_exports_only_their_own_history(client, app, auth):
    owner = make_user(app, "teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 2))
    take(app, set_id, make_user(app, "other"), [True, True])
    me = auth.create_and_login("sam")
    take(app, set_id, me, [True, False])
    for fmt in ("csv", "xlsx"):
        response = client.get(f"/sets/history/wide.{fmt}")
        table = read_csv(response) if fmt == "csv" else read_xlsx(response)
        assert len(table) == 2 and table[1][0] == "sam"
        assert float(table[1][6]) == 1.0 and [float(v) for v in table[1][9:11]] == [1.0, 0.0]
    long = read_csv(client.get("/sets/history/long.csv"))
    assert len(long) == 3 and {r[0] for r in long[1:]} == {"sam"}
    auth.logout()
    assert client.get("/sets/history/wide.csv").status_code == 404


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_give_times_in_the_downloaders_zone_and_name_it(client, app, auth, fmt):
    """T0 is 09:00 UTC: 04:00 in Lima (UTC-5) for the teacher, 18:00 in Tokyo (UTC+9) for the student."""
    teacher = auth.create_and_login("teacher")
    sam = make_user(app, "sam")
    with app.app_context():
        db.session.get(User, teacher).time_zone = "America/Lima"
        db.session.get(User, sam).time_zone = "Asia/Tokyo"
        db.session.commit()
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    take(app, set_id, sam, [True, False])
    read = read_csv if fmt == "csv" else read_xlsx

    def cell(value) -> str:
        return value if isinstance(value, str) else value.isoformat(sep=" ", timespec="seconds")

    wide = read(client.get(f"/sets/{set_id}/export/wide.{fmt}"))
    assert wide[0][3:5] == ["Started (America/Lima)", "Submitted (America/Lima)"]
    assert [cell(v) for v in wide[1][3:5]] == ["2026-03-02 04:00:00", "2026-03-02 04:02:00"]
    long = read(client.get(f"/sets/{set_id}/export/long.{fmt}"))
    assert long[0][10] == "Answered at (America/Lima)" and cell(long[1][10]) == "2026-03-02 04:01:00"
    auth.logout()
    auth.login("sam")
    history = read(client.get(f"/sets/history/wide.{fmt}"))
    assert history[0][3] == "Started (Asia/Tokyo)" and cell(history[1][3]) == "2026-03-02 18:00:00"


# ---------------------------------------------------------------- worksheet names Excel accepts


EXCEL_FORBIDDEN = set("[]:*?/\\")


def assert_excel_accepts(name: str) -> None:
    assert 1 <= len(name.encode("utf-16-le")) // 2 <= 31, name
    assert not EXCEL_FORBIDDEN & set(name), name
    assert not name.startswith("'") and not name.endswith("'"), name
    assert name.casefold() != "history", name


@pytest.mark.parametrize(
    "title, expected",
    [
        ("'Quoted'", "Quoted"),
        ("' '' 'x' ' '", "x"),
        ("History", "History scores"),
        ("HISTORY", "HISTORY scores"),
        ("", "Scores"),
        ("[]:*?/\\", "Scores"),
        ("'''", "Scores"),
        ("Week 3: what's new? [draft]", "Week 3 what's new draft"),
        ("A" * 30 + "'B", "A" * 30),
        ("Évaluation finale du chapitre trois : la crise", "Évaluation finale du chapitre t"),
        ("😀" * 20, "😀" * 15),  # 31 UTF-16 units at most, never half an emoji
        ("Line\nbreak\tand\x07bell", "Line break andbell"),
    ],
)
def test_set_titles_become_sheet_names_excel_accepts(title, expected):
    name = exports.sheet_title(title)
    assert name == expected
    assert_excel_accepts(name)


def test_sheet_names_are_unique_in_the_workbook():
    taken = ["Scores", "scores (2)", "B" * 31]
    assert exports.sheet_title("", taken) == "Scores (3)"
    long = exports.sheet_title("b" * 40, taken)  # "b" * 31 is taken, ignoring case
    assert long == "b" * 27 + " (2)"
    assert_excel_accepts(long)


@pytest.mark.parametrize("title", ["'Chapter 1'", "History", "  ", "A title far longer than thirty-one characters'"])
def test_the_xlsx_export_opens_with_the_excel_safe_sheet_name(app, auth, client, title):
    owner = auth.create_and_login("teacher")
    set_id = make_set(app, owner, question_ids(app, "true_false", 1), title=title)
    take(app, set_id, make_user(app, "sam"), [True])
    for shape in ("wide", "long"):
        response = client.get(f"/sets/{set_id}/export/{shape}.xlsx")
        assert response.status_code == 200
        workbook = openpyxl.load_workbook(io.BytesIO(response.data), read_only=True)
        assert workbook.sheetnames == [exports.sheet_title(title)]
        assert_excel_accepts(workbook.sheetnames[0])
        assert list(workbook.active.iter_rows(values_only=True))[1][0] == "sam"


def test_a_control_character_in_an_answer_does_not_break_the_xlsx_export(client, auth, app, clock):
    """Spreadsheets cannot hold control characters (openpyxl refuses them): one student
    typing one must not stop the teacher, or the student, from downloading the scores."""
    import io

    import openpyxl

    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "fill_in", 1))
    student = auth.create_and_login("student")
    client.post(f"/join/{join_code(app, set_id)}/start")
    with app.app_context():
        attempt_id = db.session.execute(select(Attempt.id).where(Attempt.user_id == student)).scalar_one()
    # The form refuses control characters now; answers stored before that may still hold them.
    assert client.post(f"/quiz/{attempt_id}/q/1", data={"text": "Lima\x01\x1b"}).status_code == 422  # the question, again
    assert client.post(f"/quiz/{attempt_id}/q/1", data={"text": "Lima"}).status_code == 303
    with app.app_context():
        response_row = db.session.execute(select(Response).join(AttemptQuestion).where(AttemptQuestion.attempt_id == attempt_id)).scalar_one()
        response_row.given = {"text": "Lima\x01\x1b"}
        db.session.commit()
    client.post(f"/quiz/{attempt_id}/finish")
    response = client.get("/sets/history/long.xlsx")
    assert response.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(response.data), read_only=True).active.iter_rows(values_only=True))
    assert rows[1][7] == "Lima"
