"""The class gradebook (issue 13, left over): students × the sets given to the class, each cell
the score that counts by the set's own rule with a link to that attempt, blanks where not
attempted, class averages per set; CSV and XLSX exports; its owner only; a fixed number of
statements however many students and sets."""
from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import openpyxl
import pytest

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.sets import services
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, PASSWORD, make_user
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.queries import counted_statements, writes
from quizapp.quiz.services import record_answer
from tests.helpers.sets import T0, _multi, answer_form, make_set, question_ids, take


def _sign_in(client, username: str) -> None:
    client.post("/auth/logout")
    assert client.post("/auth/login", data={"username": username, "password": PASSWORD}).status_code == 303


@pytest.fixture
def book(app):
    """History 3B (ana, ben, cam) given "Highest counts" and "Last counts"; dan, not in the
    class, took the first set too; a third set is not given to the class."""
    teacher = make_user(app, "teacher")
    qids = question_ids(app, "true_false", 2)
    ana, ben, cam, dan = (make_user(app, name) for name in ("ana", "ben", "cam", "dan"))
    class_id = make_class(app, teacher, "History 3B")
    enrol(app, class_id, ana, ben, cam)
    highest = make_set(app, teacher, qids, title="Highest counts", grading="highest")
    last = make_set(app, teacher, qids, title="Last counts", grading="last")
    other = make_set(app, teacher, qids, title="Not given")
    give(app, class_id, highest)
    give(app, class_id, last)
    ids = {
        "ana_first": take(app, highest, ana, [True, False]),
        "ana_best": take(app, highest, ana, [True, True], now=T0 + timedelta(hours=1)),
        "ben_highest": take(app, highest, ben, [False, False]),
        "ben_earlier": take(app, last, ben, [True, True]),
        "ben_last": take(app, last, ben, [True, False], now=T0 + timedelta(hours=2)),
    }
    take(app, highest, dan, [True, True])
    take(app, other, ana, [True, True])
    with app.app_context():
        services.start_set_attempt(db.session.get(QuizSet, last), ana, now=T0 + timedelta(hours=3))
    return {"class_id": class_id, "highest": highest, "last": last, "teacher": teacher, **ids}


def _cells(page: str) -> dict[str, list[str]]:
    """Each row of the gradebook's table, by its header cell: the cells' text."""
    table = page.split('id="gradebook-table"')[1].split("</table>")[0]
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
        heads = re.findall(r"<th[^>]*>(.*?)</th>", row, re.S)
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        name = " ".join(re.sub(r"<[^>]+>", " ", heads[0]).split())
        rows[name] = [" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in cells] if cells else [
            " ".join(re.sub(r"<[^>]+>", " ", h).split()) for h in heads[1:]]
    return rows


@pytest.mark.parametrize("headers", [{}, HX])
def test_the_gradebook_shows_each_students_counted_score_blanks_and_averages(client, app, book, headers):
    _sign_in(client, "teacher")
    assert f'href="/classes/{book["class_id"]}/gradebook">Gradebook</a>' in client.get(f'/classes/{book["class_id"]}').text
    response = client.get(f'/classes/{book["class_id"]}/gradebook', headers=headers)
    assert response.status_code == 200
    assert ("<html" in response.text) is (not headers)
    rows = _cells(response.text)
    assert rows["Student"] == ["Highest counts (highest)", "Last counts (last)"]
    assert rows["ana"] == ["2 / 2 (100%)", "in progress"]
    assert rows["ben"] == ["0 / 2 (0%)", "1 / 2 (50%)"]
    assert rows["cam"] == ["not attempted", "not attempted"]
    assert rows["Class average"] == ["50% (2 students)", "50% (1 student)"]
    assert "dan" not in rows and "Not given" not in response.text
    highest, last = book["highest"], book["last"]
    assert f'href="/sets/{highest}/results/{book["ana_best"]}">2 / 2 (100%)</a>' in response.text
    assert f'href="/sets/{last}/results/{book["ben_last"]}">1 / 2 (50%)</a>' in response.text
    assert f'href="/sets/{highest}/results?class={book["class_id"]}"' in response.text
    # The link opens the attempt for its owner.
    assert client.get(f'/sets/{highest}/results/{book["ana_best"]}').status_code == 200


def test_a_class_without_sets_or_students_says_what_to_do(client, app):
    teacher = make_user(app, "teacher")
    _sign_in(client, "teacher")
    empty = make_class(app, teacher, "Empty")
    assert "has been given no set yet" in client.get(f"/classes/{empty}/gradebook").text
    give(app, empty, make_set(app, teacher, question_ids(app, "true_false", 1)))
    page = client.get(f"/classes/{empty}/gradebook").text
    assert "No student has joined this class yet" in page and "gradebook.csv" not in page


@pytest.mark.parametrize("path", ["gradebook", "gradebook.csv", "gradebook.xlsx"])
def test_only_the_classs_teacher_sees_it(client, app, book, path):
    url = f'/classes/{book["class_id"]}/{path}'
    assert client.get(url).status_code == 404  # a visitor
    client.post("/quiz/new", data={"document": 1, "topics": [1], "types": ["true_false"], "count": 1, "mode": "practice", "focus": "all"})
    assert client.get(url).status_code == 404  # a guest
    _sign_in(client, "ana")  # a student of the class
    assert client.get(url).status_code == 404
    make_class(app, make_user(app, "mallory"), "Mine")  # another teacher, with a class of her own
    _sign_in(client, "mallory")
    assert client.get(url, headers=HX).status_code == 404
    _sign_in(client, "teacher")
    assert client.get(f'/classes/{book["class_id"]}/gradebook.pdf').status_code == 404
    assert client.get(f'/classes/{book["class_id"] + 99}/gradebook').status_code == 404


def test_the_csv_and_xlsx_hold_the_same_figures_formula_safe_with_the_zone_named(client, app, book):
    with app.app_context():
        db.session.get(QuizSet, book["last"]).title = "=HYPERLINK(\"http://x\")"
        db.session.get(User, book["teacher"]).time_zone = "America/Lima"
        db.session.commit()
    _sign_in(client, "teacher")
    response = client.get(f'/classes/{book["class_id"]}/gradebook.csv')
    assert response.status_code == 200 and response.headers["Content-Disposition"].endswith(f'class-{book["class_id"]}-gradebook.csv"')
    rows = list(csv.reader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert rows[0] == ["Student", "Highest counts (score)", "Highest counts (out of)", "Highest counts (%)",
                       "'=HYPERLINK(\"http://x\") (score)", "'=HYPERLINK(\"http://x\") (out of)", "'=HYPERLINK(\"http://x\") (%)",
                       "Last counted attempt finished (America/Lima)"]
    assert rows[1] == ["ana", "2", "2", "100", "", "", "", "2026-03-02 05:02:00"]
    assert rows[2] == ["ben", "0", "2", "0", "1", "2", "50", "2026-03-02 06:02:00"]
    assert rows[3] == ["cam", "", "", "", "", "", "", ""]
    assert rows[4] == ["Class average", "", "", "50", "", "", "50", ""]
    xlsx = client.get(f'/classes/{book["class_id"]}/gradebook.xlsx')
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.data)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][4] == "'=HYPERLINK(\"http://x\") (score)" and values[0][-1] == "Last counted attempt finished (America/Lima)"
    assert values[2][:7] == ["ben", 0, 2, 0, 1, 2, 50] and sheet.title == "History 3B gradebook"


def test_the_gradebook_does_not_grow_in_statements_with_students_or_sets(client, app, book):
    _sign_in(client, "teacher")
    url = f'/classes/{book["class_id"]}/gradebook'
    with counted_statements(app) as small:
        assert client.get(url).status_code == 200
    qids = question_ids(app, "true_false", 2)
    for n in range(8):
        student = make_user(app, f"extra{n}")
        enrol(app, book["class_id"], student)
        take(app, book["highest"], student, [True, n % 2 == 0])
    for n in range(4):
        set_id = make_set(app, book["teacher"], qids, title=f"More {n}", grading=("first", "last")[n % 2])
        give(app, book["class_id"], set_id)
        take(app, set_id, make_user(app, f"late{n}"), [True, True])  # not in the class
    with counted_statements(app) as large:
        page = client.get(url).text
    assert "extra7" in page and "More 3" in page
    assert len(large) == len(small), (small, large)
    assert writes(large) == []


def test_an_abandoned_attempt_past_its_time_limit_counts_with_its_answers_not_as_in_progress(client, app):
    """The student answered one question of a timed set and left; once the limit is past, the
    gradebook (page and export) closes the attempt as the set's results page does."""
    teacher, ana = make_user(app, "teacher"), make_user(app, "ana")
    class_id = make_class(app, teacher, "History 3B")
    enrol(app, class_id, ana)
    timed = make_set(app, teacher, question_ids(app, "true_false", 2), title="Timed quiz", time_limit_minutes=10)
    give(app, class_id, timed)
    with app.app_context():
        attempt = services.start_set_attempt(db.session.get(QuizSet, timed), ana, now=T0)  # long ago: over
        record_answer(attempt.questions[0], _multi(answer_form(attempt.questions[0], True)), now=T0 + timedelta(minutes=1))
    _sign_in(client, "teacher")
    rows = _cells(client.get(f"/classes/{class_id}/gradebook").text)
    assert rows["ana"] == ["1 / 2 (50%)"]
    assert rows["Class average"] == ["50% (1 student)"]
    rows_csv = list(csv.reader(io.StringIO(client.get(f"/classes/{class_id}/gradebook.csv").text.lstrip("\ufeff"))))
    assert rows_csv[1][:4] == ["ana", "1", "2", "50"]


def test_students_who_left_are_not_listed_and_the_page_says_where_their_attempts_are(client, app, book):
    """Leaving deletes the membership (there is no record of who left), so the gradebook cannot
    list them; it says so, and points to the sets' results, where their attempts stay."""
    _sign_in(client, "ben")
    assert client.post(f'/classes/{book["class_id"]}/leave', data={}).status_code == 303
    _sign_in(client, "teacher")
    page = client.get(f'/classes/{book["class_id"]}/gradebook').text
    assert "ben" not in _cells(page)
    assert "Students who left the class are not listed" in page


def test_a_set_with_attempts_only_in_progress_averages_nothing_and_says_none_is_finished(client, app):
    """The average row said "no attempt yet" above students shown "in progress": it says what
    is missing, a finished attempt."""
    teacher, ana = make_user(app, "teacher"), make_user(app, "ana")
    class_id = make_class(app, teacher, "History 3B")
    enrol(app, class_id, ana)
    started = make_set(app, teacher, question_ids(app, "true_false", 2), title="Started")
    give(app, class_id, started)
    with app.app_context():
        services.start_set_attempt(db.session.get(QuizSet, started), ana, now=T0)
    _sign_in(client, "teacher")
    rows = _cells(client.get(f"/classes/{class_id}/gradebook").text)
    assert rows["ana"] == ["in progress"]
    assert rows["Class average"] == ["no finished attempt yet"]
