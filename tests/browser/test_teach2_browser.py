"""In Chromium (issue 13, left over): a student's score on "My classes" and the way back from a
set's results; the teacher's class gradebook; duplicating a set with its accommodations; a
one-question exam through the summary. axe-core clean and no wider than the screen at 320 and
1280 px; the gradebook and the duplicate form also with JavaScript off."""
from __future__ import annotations

from typing import Any

import pytest

from quizapp.extensions import db
from quizapp.sets import services
from quizapp.sets.models import QuizSet
from tests.helpers.app import make_user
from tests.helpers.browser import describe_violations, expect, sign_in, sign_out
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.sets import make_set, question_ids, take

pytestmark = pytest.mark.browser
SIZES = [(320, 640), (1280, 800)]


def check_page(page: Any, axe: Any, width: int) -> None:
    violations = axe(page)
    assert violations == [], describe_violations(violations)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{page.url} is wider than {width} px"


def _classroom(app) -> dict[str, int]:
    teacher = make_user(app, "teacher")
    qids = question_ids(app, "true_false", 2)
    sam, ana = make_user(app, "sam"), make_user(app, "ana")
    class_id = make_class(app, teacher, "History 3B")
    enrol(app, class_id, sam, ana)
    set_id = make_set(app, teacher, qids, title="Source check", attempts_allowed=2)
    give(app, class_id, set_id)
    give(app, class_id, make_set(app, teacher, qids, title="Not started"))
    return {"class_id": class_id, "set_id": set_id, "attempt": take(app, set_id, sam, [True, False]), "ana": ana}


@pytest.mark.parametrize("width,height", SIZES)
def test_a_student_reads_their_score_opens_the_results_and_comes_back_to_the_class(page, app, axe, width, height):
    ids = _classroom(app)
    page.set_viewport_size({"width": width, "height": height})
    sign_in(page, "sam")
    page.goto("/classes/")
    section = page.get_by_role("region", name="History 3B")
    expect(section.locator(".class-set-score")).to_have_text("Your score: 1 / 2 (50%) · Your results for Source check")
    check_page(page, axe, width)
    section.get_by_role("link", name="Your results for Source check").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Results")
    expect(page.get_by_role("link", name="Source check")).to_be_visible()
    check_page(page, axe, width)
    page.locator(".given-through").get_by_role("link", name="History 3B").click()
    assert page.url.endswith(f"/classes/#class-{ids['class_id']}")
    expect(page.get_by_role("region", name="History 3B")).to_be_in_viewport()


@pytest.mark.parametrize("width,height", SIZES)
def test_the_teacher_reads_the_gradebook_and_opens_an_attempt_from_it(page, app, axe, width, height):
    ids = _classroom(app)
    page.set_viewport_size({"width": width, "height": height})
    sign_in(page, "teacher")
    page.goto(f"/classes/{ids['class_id']}")
    page.get_by_role("link", name="Gradebook").click()
    table = page.locator("#gradebook-table")
    expect(table.locator("thead th")).to_have_text(["Student", "Source check (highest)", "Not started (highest)"])
    expect(table.locator("tbody tr").nth(1).locator("td")).to_have_text(["1 / 2 (50%)", "not attempted"])
    expect(table.locator("tbody tr").nth(0).locator("th")).to_have_text("ana")
    expect(table.locator("tfoot td")).to_have_text(["50% (1 student)", "no finished attempt yet"])
    expect(page.get_by_role("link", name="CSV")).to_have_attribute("href", f"/classes/{ids['class_id']}/gradebook.csv")
    check_page(page, axe, width)
    table.get_by_role("link", name="1 / 2 (50%)").click()
    assert page.url.endswith(f"/sets/{ids['set_id']}/results/{ids['attempt']}")
    check_page(page, axe, width)


def test_without_javascript_the_gradebook_and_duplicating_with_accommodations_work(nojs_page, app):
    ids = _classroom(app)
    with app.app_context():
        quiz_set = db.session.get(QuizSet, ids["set_id"])
        services.save_accommodation(quiz_set, services.AccommodationRequest("ana", extra_attempts=1))
    sign_in(nojs_page, "teacher")
    nojs_page.goto(f"/classes/{ids['class_id']}/gradebook")
    expect(nojs_page.locator("#gradebook-table tbody tr")).to_have_count(2)
    nojs_page.goto(f"/sets/{ids['set_id']}")
    box = nojs_page.get_by_label("with the accommodations of 1 student", exact=False)
    expect(box).to_be_checked()
    nojs_page.get_by_role("button", name="Duplicate").click()
    expect(nojs_page.locator(".flash-success")).to_contain_text("duplicated, with the accommodations of 1 student")
    nojs_page.get_by_role("link", name="Accommodations").click()
    expect(nojs_page.locator("body")).to_contain_text("ana")


@pytest.mark.parametrize("width,height", SIZES)
def test_duplicating_offers_the_accommodations_ticked(page, app, axe, width, height):
    teacher = make_user(app, "teacher")
    make_user(app, "ana")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), title="Exam", attempts_allowed=1)
    with app.app_context():
        services.save_accommodation(db.session.get(QuizSet, set_id), services.AccommodationRequest("ana", extra_attempts=1))
    page.set_viewport_size({"width": width, "height": height})
    sign_in(page, "teacher")
    page.goto(f"/sets/{set_id}")
    expect(page.get_by_role("checkbox", name="with the accommodations of 1 student (extra time, attempts, own close times, as they are)")).to_be_checked()
    check_page(page, axe, width)
    page.get_by_role("button", name="Duplicate").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Exam (copy)")


def test_a_one_question_exam_goes_through_the_summary(page, app):
    teacher = make_user(app, "teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), title="One question", mode="exam")
    make_user(app, "sam")
    with app.app_context():
        code = db.session.get(QuizSet, set_id).join_code
    sign_in(page, "sam")
    page.goto(f"/join/{code}")
    page.get_by_role("button", name="Start").click()
    page.locator("input[name=answer]").first.check()
    page.get_by_role("button", name="Save my answer").click()
    expect(page.get_by_role("heading", name="Answer saved")).to_be_visible()
    expect(page.get_by_role("button", name="See my results")).to_have_count(0)
    page.get_by_role("link", name="Review and finish").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Summary before you finish")
    sign_out(page)
