"""A regrade and an answer sent at the same moment agree (issue 13, left over): no answer keeps
a mark from the old key, whichever of the two gets to the database first; and the
missed-question cards follow the regrade. On SQLite and, when it is set up, PostgreSQL."""
from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import delete, select

from quizapp import events
from quizapp.auth.models import User
from quizapp.bank.models import Question, QuestionVersion
from quizapp.cards.models import KIND_MISSED, CardReview, StudyCard
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, MarkChange, Response
from quizapp.quiz.services import finish_attempt, question_in_attempt, record_answer, store_answer
from quizapp.sets import marking, services
from quizapp.sets.models import QuizSet, QuizSetItem
from tests.helpers.app import PASSWORD_HASH
from tests.helpers.sets import T0

KEYED_1534 = {"type": "numeric", "prompt": "In which year was Lima founded?", "explanation": "Pizarro founded it in 1535.",
              "difficulty": 1, "answer": 1534}


def _user(name: str) -> int:
    user = User(password_hash=PASSWORD_HASH)
    user.set_username(name)
    db.session.add(user)
    db.session.commit()
    return user.id


def _mis_keyed_set(answers_visible: str = "immediately") -> tuple[int, int, dict[str, int]]:
    """A set whose one written question is keyed 1534 (it should be 1535), the teacher, and
    ana's and ben's open attempts (nothing answered yet). In an app context."""
    users = {name: _user(name) for name in ("teacher", "ana", "ben")}
    quiz_set = services.create_set(users["teacher"], {"title": "Founding", "mode": "exam", "answers_visible": answers_visible})
    question, _ = services.write_question(quiz_set, dict(KEYED_1534))
    assert question is not None
    attempts = {name: services.start_set_attempt(quiz_set, users[name], now=T0).id for name in ("ana", "ben")}
    return quiz_set.id, question.id, attempts


def _fix_key(set_id: int, question_id: int, seen: str | None = None, when=T0 + timedelta(minutes=5)) -> marking.RegradePreview:
    question = db.session.get(Question, question_id)
    fixed = {**question.current.content, "answer": 1535}
    owner = db.session.get(QuizSet, set_id).owner_id
    return marking.regrade(db.session.get(QuizSet, set_id), question, fixed, by=owner, now=when, seen=seen)


def _mark(attempt_id: int) -> tuple[float, bool, int]:
    """(score, is_correct, version number) of the attempt's one answer, read afresh."""
    db.session.expire_all()
    aq = db.session.get(Attempt, attempt_id).questions[0]
    return aq.response.score, aq.response.is_correct, aq.version.number


def _clear_written_questions(question_id: int) -> None:
    """pg_app's downgrade refuses to drop questions written inside sets: clear them first."""
    for model in (CardReview, StudyCard, MarkChange, Response, AttemptQuestion, Attempt, QuizSetItem):
        db.session.execute(delete(model))
    db.session.execute(delete(QuestionVersion).where(QuestionVersion.question_id == question_id))
    db.session.execute(delete(Question).where(Question.id == question_id))
    db.session.commit()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_app(request):
    app = request.getfixturevalue("app" if request.param == "sqlite" else "pg_app")
    yield app
    if request.param == "postgresql":
        with app.app_context():
            db.session.rollback()
            for question_id in db.session.execute(select(Question.id).where(Question.quiz_set_id.is_not(None))).scalars().all():
                _clear_written_questions(question_id)


def test_an_answer_read_before_the_regrade_and_stored_after_it_is_graded_against_the_fixed_key(any_app):
    """The interleaving injected: the answer path reads the question (old key), the teacher's
    confirmation commits, then the answer is stored."""
    with any_app.app_context():
        set_id, question_id, attempts = _mis_keyed_set()
        read_before = question_in_attempt(attempts["ana"], 1)
        assert read_before is not None and read_before.question.content["answer"] == 1534
        preview = marking.regrade_preview(db.session.get(QuizSet, set_id), db.session.get(Question, question_id),
                                          {**KEYED_1534, "answer": 1535})
        _fix_key(set_id, question_id, seen=preview.fingerprint)
        stored = store_answer(read_before.attempt, read_before.question, {"number": "1535"}, now=T0 + timedelta(minutes=6))
        assert (stored.score, stored.is_correct) == (1.0, True)
        assert _mark(attempts["ana"]) == (1.0, True, 2)
        finish_attempt(db.session.get(Attempt, attempts["ana"]), now=T0 + timedelta(minutes=7))
        assert db.session.get(Attempt, attempts["ana"]).score == 1.0


def test_a_regrade_confirmed_while_an_answer_is_being_stored_waits_for_it_and_regrades_it(any_app):
    """Two threads: the answer has taken the attempt's lock and written its mark from the old
    key, not yet committed; the teacher confirms. The regrade waits, then regrades that answer."""
    with any_app.app_context():
        set_id, question_id, attempts = _mis_keyed_set()
        preview = marking.regrade_preview(db.session.get(QuizSet, set_id), db.session.get(Question, question_id),
                                          {**KEYED_1534, "answer": 1535})
    written, go_on = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def hold_before_commit(_sender, **_kw):
        written.set()
        assert go_on.wait(20), "the test never let the answer commit"

    def answer() -> None:
        try:
            with any_app.app_context():
                events.answer_recorded.connect(hold_before_commit, weak=False)
                try:
                    aq = db.session.get(Attempt, attempts["ana"]).questions[0]
                    record_answer(aq, {"number": "1535"}, now=T0 + timedelta(minutes=4))
                finally:
                    events.answer_recorded.disconnect(hold_before_commit)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    def confirm() -> None:
        try:
            with any_app.app_context():
                _fix_key(set_id, question_id, seen=preview.fingerprint)
        except BaseException as exc:
            errors.append(exc)

    answering = threading.Thread(target=answer)
    answering.start()
    assert written.wait(20), "the answer never reached its commit"
    confirming = threading.Thread(target=confirm)
    confirming.start()
    time.sleep(0.5)
    assert confirming.is_alive(), "the regrade did not wait for the answer holding the attempt's lock"
    go_on.set()
    answering.join(30)
    confirming.join(30)
    # The answer came in after the preview the teacher saw: the confirmation is refused (409)
    # and nothing is stored, or (had it not changed what was shown) it regrades the answer.
    assert len(errors) == 1 and isinstance(errors[0], marking.PreviewChanged), errors
    with any_app.app_context():
        assert _mark(attempts["ana"]) == (0.0, False, 1)
        # The teacher looks at the new preview, which shows the answer, and confirms it.
        question = db.session.get(Question, question_id)
        again = marking.regrade_preview(db.session.get(QuizSet, set_id), question, {**question.current.content, "answer": 1535})
        assert [(row.old_mark, row.new_mark) for row in again.rows] == [(0.0, 1.0)]
        _fix_key(set_id, question_id, seen=again.fingerprint)
        assert _mark(attempts["ana"]) == (1.0, True, 2)


def test_without_a_preview_to_match_the_regrade_still_regrades_the_answer_it_waited_for(any_app):
    """The same two threads with a confirmation that carries no fingerprint (a service call):
    the answer that held the lock is in the regrade, marked against the fixed key and logged."""
    with any_app.app_context():
        set_id, question_id, attempts = _mis_keyed_set()
    written, go_on = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def hold_before_commit(_sender, **_kw):
        written.set()
        assert go_on.wait(20)

    def answer() -> None:
        try:
            with any_app.app_context():
                events.answer_recorded.connect(hold_before_commit, weak=False)
                try:
                    record_answer(db.session.get(Attempt, attempts["ben"]).questions[0], {"number": "1535"}, now=T0 + timedelta(minutes=4))
                finally:
                    events.answer_recorded.disconnect(hold_before_commit)
        except BaseException as exc:
            errors.append(exc)

    def confirm() -> None:
        try:
            with any_app.app_context():
                _fix_key(set_id, question_id)
        except BaseException as exc:
            errors.append(exc)

    answering = threading.Thread(target=answer)
    answering.start()
    assert written.wait(20)
    confirming = threading.Thread(target=confirm)
    confirming.start()
    time.sleep(0.5)
    assert confirming.is_alive()
    go_on.set()
    answering.join(30)
    confirming.join(30)
    assert errors == []
    with any_app.app_context():
        assert _mark(attempts["ben"]) == (1.0, True, 2)
        logged = db.session.execute(select(MarkChange.kind, MarkChange.old_mark, MarkChange.new_mark)).all()
        assert [tuple(row) for row in logged] == [("regrade", 0.0, 1.0)]


def _missed_cards(question_id: int) -> dict[str, int | None]:
    """Each student's missed-question card for the question: the version number it shows."""
    db.session.expire_all()
    rows = db.session.execute(
        select(User.username, QuestionVersion.number)
        .join(StudyCard, StudyCard.user_id == User.id)
        .join(QuestionVersion, QuestionVersion.id == StudyCard.question_version_id)
        .where(StudyCard.question_id == question_id, StudyCard.kind == KIND_MISSED)
    ).all()
    return {name: number for name, number in rows}  # noqa: C416


def test_a_regrade_moves_missed_cards_to_the_fixed_key(app):
    """ana typed 1535 (wrong by the old key: a card), ben 1534 (right by it: none), cam 1535
    in an exam still open (answers hidden: none). After the fix: ana's card and its reviews
    go; ben gets one on the fixed version; cam still none until he may see the answers."""
    from tests.helpers.app import make_user

    with app.app_context():
        set_id, question_id, attempts = _mis_keyed_set()
        attempts["cam"] = services.start_set_attempt(db.session.get(QuizSet, set_id), make_user(app, "cam"), now=T0).id
        for name, typed in (("ana", "1535"), ("ben", "1534"), ("cam", "1535")):
            record_answer(db.session.get(Attempt, attempts[name]).questions[0], {"number": typed}, now=T0 + timedelta(minutes=1))
        for name in ("ana", "ben"):
            finish_attempt(db.session.get(Attempt, attempts[name]), now=T0 + timedelta(minutes=2))
        assert _missed_cards(question_id) == {"ana": 1}
        ana_card = db.session.execute(select(StudyCard.id).where(StudyCard.question_id == question_id)).scalar_one()
        ana_id = db.session.get(Attempt, attempts["ana"]).user_id
        db.session.add(CardReview(card_id=ana_card, user_id=ana_id, rating=1, reviewed_at=T0 + timedelta(minutes=3), prev_state=1, prev_due=T0))
        db.session.commit()
        _fix_key(set_id, question_id)
        assert _missed_cards(question_id) == {"ben": 2}
        assert db.session.execute(select(CardReview.id).where(CardReview.card_id == ana_card)).first() is None
        # cam finishes: his answer, now right, makes no card; a later wrong regrade would.
        finish_attempt(db.session.get(Attempt, attempts["cam"]), now=T0 + timedelta(minutes=9))
        assert _missed_cards(question_id) == {"ben": 2}
        question = db.session.get(Question, question_id)
        marking.regrade(db.session.get(QuizSet, set_id), question, {**question.current.content, "answer": 1536},
                        by=db.session.get(QuizSet, set_id).owner_id, now=T0 + timedelta(minutes=10))
        assert _missed_cards(question_id) == {"ana": 3, "ben": 3, "cam": 3}


def test_a_set_that_shows_answers_only_after_closing_makes_no_card_on_regrade(app):
    with app.app_context():
        set_id, question_id, attempts = _mis_keyed_set(answers_visible="after_close")
        record_answer(db.session.get(Attempt, attempts["ben"]).questions[0], {"number": "1534"}, now=T0 + timedelta(minutes=1))
        finish_attempt(db.session.get(Attempt, attempts["ben"]), now=T0 + timedelta(minutes=2))
        _fix_key(set_id, question_id)
        assert _mark(attempts["ben"])[:2] == (0.0, False)
        assert _missed_cards(question_id) == {}
