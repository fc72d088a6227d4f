"""Counts read as people write them: "1 question", "2 questions", "the one attempt"."""
from __future__ import annotations

from quizapp.wording import counted
from tests.helpers.app import make_user
from tests.helpers.sets import join_code, make_set, question_ids, take


def test_counted_agrees_with_its_number():
    assert [counted(n, "question") for n in (0, 1, 2)] == ["0 questions", "1 question", "2 questions"]
    assert counted(1, "quiz", "quizzes") == "1 quiz" and counted(3, "quiz", "quizzes") == "3 quizzes"


def test_the_join_page_counts_in_the_singular_and_the_plural(client, auth, app):
    teacher = make_user(app, "teacher")
    one = make_set(app, teacher, question_ids(app, "true_false", 1), time_limit_minutes=1, attempts_allowed=1)
    two = make_set(app, teacher, question_ids(app, "true_false", 2), time_limit_minutes=2, attempts_allowed=2)
    student = auth.create_and_login("sam")
    take(app, one, student, [True])
    take(app, two, student, [True, True])
    take(app, two, student, [True, True])
    single = " ".join(client.get(f"/join/{join_code(app, one)}").text.split())
    assert "1 question ·" in single and "1 minute ·" in single and "You have used the one attempt allowed for this set." in single
    plural = " ".join(client.get(f"/join/{join_code(app, two)}").text.split())
    assert "2 questions ·" in plural and "2 minutes ·" in plural and "You have used all 2 attempts allowed for this set." in plural


def test_the_home_page_counts_the_banks_questions_cards_and_paragraphs(client):
    page = client.get("/").text
    assert " questions · " in page and " flashcards · " in page and " paragraphs in the source" in page
