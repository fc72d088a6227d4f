"""In Chromium: a teacher builds a set, a student joins with its code and takes it, the teacher
reads the results and item analysis and downloads CSV and XLSX whose figures match the database."""
from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from tests.helpers.app import make_user
from tests.helpers.browser import sign_in, sign_out

pytestmark = pytest.mark.browser


def expect(*args: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(*args)


def test_teacher_builds_student_takes_teacher_exports(page, app, axe):
    make_user(app, "teacher")
    make_user(app, "student")
    sign_in(page, "teacher")
    page.get_by_role("link", name="Quiz sets").click()
    page.get_by_role("link", name="New quiz set").click()
    page.get_by_label("Title").fill("Peru <quiz> check")
    page.get_by_role("button", name="Save the set").click()
    expect(page.get_by_role("heading", name="Peru <quiz> check")).to_be_visible()

    # the picker narrows live (htmx), then two questions are added in place
    # Wait for the narrowed list itself: clicking Add in the old list while the new one is on
    # its way would let the late swap replace the row that says "Added".
    with page.expect_response(lambda r: "/picker" in r.url and "type=true_false" in r.url):
        page.get_by_label("Type").select_option(label="True or false")
    expect(page.locator("#picker-results li .muted").first).to_contain_text("True or false")
    expect(page.locator("#picker-results li .muted", has_text="Single choice")).to_have_count(0)
    builder_url = page.url
    page.locator("#picker-results button", has_text="Add").first.click()
    expect(page.locator("#set-items")).to_contain_text("Questions in this set (1)")
    # the row of the added question now says so, through an <hx-partial>
    expect(page.locator("#picker-results .added-note")).to_have_count(1)
    expect(page.locator("#picker-results li").first).to_contain_text("Added")
    page.locator("#picker-results button", has_text="Add").nth(1).click()
    expect(page.locator("#set-items")).to_contain_text("Questions in this set (2)")
    assert page.url == builder_url  # swapped in place, no navigation
    assert axe(page) == []
    code = page.locator("#join-code").inner_text()
    set_id = int(re.search(r"/sets/(\d+)", builder_url).group(1))
    sign_out(page)

    # the student joins with the code and takes the set on the quiz pages
    sign_in(page, "student")
    page.goto("/join")
    page.get_by_label("Join code").fill(code.lower())
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_role("heading", name="Peru <quiz> check")).to_be_visible()
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 1 of 2")
    page.get_by_role("radio", name="True").check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator("#feedback")).to_be_visible()
    page.get_by_role("link", name="Next question").click()
    expect(page.locator("#progress-label")).to_contain_text("Question 2 of 2")
    page.get_by_role("radio", name="False").check()
    page.get_by_role("button", name="Check my answer").click()
    page.get_by_role("button", name="See my results").click()
    expect(page.get_by_role("heading", name=re.compile("Results"))).to_be_visible()
    sign_out(page)

    # the teacher sees the results and item analysis, and downloads the exports
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}/results")
    expect(page.locator("#students-table")).to_contain_text("student")
    expect(page.locator("#items-table")).to_contain_text("Facility")
    expect(page.get_by_role("img", name="Distribution of counted scores")).to_be_visible()
    assert axe(page) == []
    with app.app_context():
        attempt = db.session.execute(select(Attempt).where(Attempt.quiz_set_id == set_id)).scalar_one()
        marks = [aq.response.score for aq in attempt.questions]
        score, max_score = attempt.score, attempt.max_score

    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").first.click()
    assert info.value.suggested_filename == f"set-{set_id}-wide.csv"
    rows = list(csv.reader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig"))))
    assert rows[1][0] == "student" and float(rows[1][6]) == score and int(rows[1][7]) == max_score
    assert [float(v) for v in rows[1][9:]] == marks

    import openpyxl

    with page.expect_download() as info:
        page.get_by_role("link", name="XLSX").first.click()
    workbook = openpyxl.load_workbook(io.BytesIO(info.value.path().read_bytes()))
    values = [list(r) for r in workbook.active.iter_rows(values_only=True)]
    assert values[1][0] == "student" and values[1][6] == score and values[1][9:] == marks
    assert page.problems.errors == []


def test_teacher_writes_a_question_in_the_set(page, app, axe):
    """Only the chosen type's answer fields show; an error lands beside its field in place
    (htmx, no navigation); the saved question is in the set, escaped, marked as written here."""
    make_user(app, "teacher")
    sign_in(page, "teacher")
    page.goto("/sets/new")
    page.get_by_label("Title").fill("Own questions")
    page.get_by_role("button", name="Save the set").click()
    page.get_by_role("link", name="Write a new question").click()
    expect(page.get_by_role("heading", name="Write a question for this set")).to_be_visible()
    form = page.locator("#question-form")
    expect(form.locator("fieldset.for-single_choice")).to_be_visible()
    expect(form.locator("fieldset.for-matching")).to_be_hidden()
    form.get_by_label("Type").select_option(label="Matching")
    expect(form.locator("fieldset.for-matching")).to_be_visible()
    expect(form.locator("fieldset.for-single_choice")).to_be_hidden()

    form.get_by_label("Prompt").fill("Match <script>x</script> each city")
    form.get_by_label("Left 1").fill("Lima")
    form.get_by_label("Right 1").fill("Peru")
    form.get_by_label("Explanation").fill("Capitals.")
    url = page.url
    form.get_by_role("button", name="Save the question").click()
    expect(page.locator("#pairs-error")).to_contain_text("Give at least two pairs.")
    assert page.url == url  # swapped in place
    expect(page.get_by_label("Left 1")).to_have_value("Lima")
    assert axe(page) == []

    page.get_by_label("Left 2").fill("Quito")
    page.get_by_label("Right 2").fill("Ecuador")
    page.get_by_role("button", name="Save the question").click()
    expect(page.locator("#set-items")).to_contain_text("Questions in this set (1)")
    expect(page.locator("#set-items")).to_contain_text("Match <script>x</script> each city")
    expect(page.locator("#set-items .written-tag")).to_have_text("written for this set")
    expect(page.get_by_text("Question written and added to the set.")).to_be_visible()
    # the 422 of the invalid save is logged by Chromium; nothing else may be
    unexpected = [e for e in page.problems.errors if "status of 422" not in e]
    assert unexpected == []
