"""Item analysis lists the most frequent written answers (typed, number, cloze) with how many
students gave each and whether it was right: the wrong ones are where teaching starts."""
from __future__ import annotations

from datetime import timedelta

from werkzeug.datastructures import MultiDict

from quizapp.extensions import db
from quizapp.quiz.services import finish_attempt, record_answer
from quizapp.sets import services
from quizapp.sets.models import QuizSet
from tests.helpers.app import HX, make_user
from tests.helpers.sets import T0, make_set, question_ids


def _answer_typed(app, set_id: int, user_id: int, typed: str) -> None:
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        attempt = services.start_set_attempt(quiz_set, user_id, now=T0)
        record_answer(attempt.questions[0], MultiDict({"text": typed}), now=T0 + timedelta(minutes=1))
        finish_attempt(attempt, now=T0 + timedelta(minutes=2))


def test_results_list_the_most_frequent_typed_answers_with_counts_and_marks(client, auth, app, clock):
    teacher = auth.create_and_login("teacher")
    (qid,) = question_ids(app, "fill_in", 1)
    set_id = make_set(app, teacher, [qid])
    with app.app_context():
        from quizapp.bank.models import Question

        right = db.session.get(Question, qid).current.content["accept"][0]
    typed = [right, right.upper(), "Zzyzx", "zzyzx ", "Qwerty", "Asdfgh"]
    for n, text in enumerate(typed):
        _answer_typed(app, set_id, make_user(app, f"student{n}"), text)
    for headers in ({}, HX):
        page = client.get(f"/sets/{set_id}/results", headers=headers)
        assert page.status_code == 200
        assert "Most frequent answers:" in page.text
        listed = page.text.split("Most frequent answers:")[1].split("</ul>")[0]
        # Case and spacing do not split an answer; the most frequent come first, first seen first among equals.
        assert listed.index(f"{right}: 2 students") < listed.index("Zzyzx: 2 students") < listed.index("Qwerty: 1 student")
        assert f'part-right"><span class="mark" aria-hidden="true">✓</span><span class="visually-hidden">Right:</span> {right}: 2' in listed
        assert 'part-wrong"><span class="mark" aria-hidden="true">✗</span><span class="visually-hidden">Wrong:</span> Zzyzx: 2' in listed


def test_choice_questions_list_picks_not_written_answers(client, auth, app, clock):
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "single_choice", 1))
    page = client.get(f"/sets/{set_id}/results")
    assert page.status_code == 200 and "Most frequent answers:" not in page.text
