"""Generating quizzes, recording answers and summing up progress: the rules of self-study."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from quizapp.bank.models import Document, Question, QuestionVersion, Topic
from quizapp.bank.services import draw_apart
from quizapp.extensions import db
from quizapp.quiz.grading import AnswerError, correct_answer_text, given_answer_text, grade, make_layout, read_answer
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from quizapp.timeutil import utcnow

FOCUSES = {
    "all": "All questions",
    "unseen": "Questions I have not seen yet",
    "missed": "Questions I got wrong last time",
}


class QuizError(ValueError):
    """The quiz cannot be made as asked; the message tells the learner why."""


@dataclass(frozen=True)
class QuizRequest:
    document_id: int
    topic_ids: list[int]
    types: list[str]
    count: int
    mode: str
    focus: str


def draw_questions(user_id: int, request: QuizRequest, rng: random.Random) -> list[Question]:
    """Live questions matching the request and focus, sampled at random, at most ``count``."""
    query = select(Question).where(
        Question.document_id == request.document_id,
        Question.retired_at.is_(None),
        Question.topic_id.in_(request.topic_ids),
        Question.type.in_(request.types),
    )
    if request.focus == "unseen":
        query = query.where(Question.id.not_in(seen_question_ids(user_id)))
    elif request.focus == "missed":
        query = query.where(Question.id.in_(missed_question_ids(user_id)))
    candidates = list(db.session.execute(query.order_by(Question.id)).scalars())
    return draw_apart(candidates, request.count, rng)  # never two enemies (quizapp.bank.enemies)


def seen_question_ids(user_id: int) -> Any:
    """Questions the user has answered at least once, as a subquery."""
    return (
        select(QuestionVersion.question_id)
        .join(AttemptQuestion, AttemptQuestion.question_version_id == QuestionVersion.id)
        .join(Response, Response.attempt_question_id == AttemptQuestion.id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .where(Attempt.user_id == user_id)
    )


def missed_question_ids(user_id: int) -> list[int]:
    """Questions whose latest response by the user was not fully right."""
    rows = db.session.execute(
        select(QuestionVersion.question_id, Response.is_correct)
        .join(AttemptQuestion, AttemptQuestion.question_version_id == QuestionVersion.id)
        .join(Response, Response.attempt_question_id == AttemptQuestion.id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .where(Attempt.user_id == user_id)
        .order_by(Response.answered_at, Response.id)
    ).all()
    latest: dict[int, bool] = {}
    for question_id, is_correct in rows:
        latest[question_id] = is_correct
    return [qid for qid, ok in latest.items() if not ok]


def start_attempt(
    user_id: int,
    questions: list[Question],
    *,
    title: str,
    mode: str,
    document_id: int | None,
    settings: dict[str, Any],
    rng: random.Random,
) -> Attempt:
    """Freeze the drawn questions' current versions, their order and their layouts."""
    if not questions:
        raise QuizError("No questions match those choices. Choose more topics or types, or another focus.")
    attempt = Attempt(
        user_id=user_id,
        document_id=document_id,
        title=title,
        mode=mode,
        settings=settings,
        max_score=len(questions),
    )
    freeze_questions(attempt, questions, rng)
    db.session.add(attempt)
    db.session.commit()
    return attempt


def freeze_questions(attempt: Attempt, questions: list[Question], rng: random.Random, shuffle_choices: bool = True) -> None:
    """Pin each question's current version, its position and its layout into the attempt."""
    versions = current_versions([q.id for q in questions])
    for position, question in enumerate(questions, start=1):
        version = versions[question.id]
        # Ordering and matching are always shuffled: shown in bank order, they give the answer.
        shuffle = shuffle_choices or version.content["type"] in ("ordering", "matching")
        attempt.questions.append(
            AttemptQuestion(position=position, version=version, layout=make_layout(version.content, rng, shuffle=shuffle))
        )


def current_versions(question_ids: list[int]) -> dict[int, QuestionVersion]:
    rows = db.session.execute(
        select(QuestionVersion)
        .join(Question, Question.id == QuestionVersion.question_id)
        .where(Question.id.in_(question_ids), QuestionVersion.number == Question.version)
    ).scalars()
    return {v.question_id: v for v in rows}


def new_quiz(user_id: int, request: QuizRequest, rng: random.Random | None = None) -> Attempt:
    rng = rng or random.Random()
    document = db.session.get(Document, request.document_id)
    if document is None:
        raise QuizError("That document is not in the bank.")
    questions = draw_questions(user_id, request, rng)
    if not questions and request.focus != "all":
        raise QuizError(
            "You have no missed questions among those topics and types. Choose another focus."
            if request.focus == "missed"
            else "You have seen every question that matches. Choose “All questions” to practise them again."
        )
    settings = {
        "topics": request.topic_ids,
        "types": request.types,
        "count": request.count,
        "focus": request.focus,
    }
    return start_attempt(
        user_id, questions, title=document.title, mode=request.mode, document_id=document.id, settings=settings, rng=rng
    )


def retry_missed(attempt: Attempt, rng: random.Random | None = None) -> Attempt:
    """A new attempt with the questions of ``attempt`` that were not fully right."""
    rng = rng or random.Random()
    missed = [aq.version.question for aq in attempt.questions if aq.response is None or not aq.response.is_correct]
    if not missed:
        raise QuizError("You got every question right: there is nothing to retry.")
    rng.shuffle(missed)
    return start_attempt(
        attempt.user_id,
        missed,
        title=f"{attempt.title} — retry",
        mode=attempt.mode,
        document_id=attempt.document_id,
        settings={**attempt.settings, "retry_of": attempt.id},
        rng=rng,
    )


def record_answer(attempt_question: AttemptQuestion, form: Mapping[str, Any], now: datetime | None = None) -> Response:
    """Grade and store an answer, once. A second submission returns the first response.

    Raises AnswerError for an unusable form and QuizError for a finished attempt or one
    whose deadline has passed (which closes it); in every case nothing is stored.
    """
    if attempt_question.response is not None:
        return attempt_question.response
    now = now or utcnow()
    if expire_if_overdue(attempt_question.attempt, now):
        raise QuizError("Time is up: answers sent after the time limit are not accepted. Your attempt is now closed.")
    if attempt_question.attempt.is_finished:
        raise QuizError("This quiz is finished; its answers can no longer change.")
    content = attempt_question.version.content
    answer = read_answer(content, attempt_question.layout, form)
    result = grade(content, answer, attempt_question.language)
    response = Response(
        attempt_question=attempt_question, given=answer, score=result.score, is_correct=result.is_correct, answered_at=now
    )
    db.session.add(response)
    try:
        db.session.commit()
    except IntegrityError:
        # A double click raced us to it: the first answer stands.
        db.session.rollback()
        db.session.refresh(attempt_question)
        if attempt_question.response is None:
            raise
        return attempt_question.response
    attempt = attempt_question.attempt
    # A set's exam shows nothing until it is finished (see finish_attempt).
    if not response.is_correct and (attempt.quiz_set_id is None or attempt.mode == "practice"):
        _add_missed_cards(attempt, [attempt_question], now)
    return response


def _add_missed_cards(attempt: Attempt, missed: list[AttemptQuestion], now: datetime) -> None:
    """Turn wrong answers into the learner's missed-question cards.

    A card's back is the correct answer, so a quiz-set attempt makes cards only when its set
    lets the student see the answers now; otherwise the card deck would leak them.
    """
    if not missed:
        return
    if attempt.quiz_set_id is not None:
        from quizapp.sets.services import attempt_answers_visible  # sets build on quizzes

        if not attempt_answers_visible(attempt, now):
            return
    from quizapp.cards.services import add_missed_question  # cards builds on quizzes, not the reverse

    for aq in missed:
        add_missed_question(attempt.user_id, aq.version, aq.response.answered_at if aq.response else now)


def finish_attempt(attempt: Attempt, now: datetime | None = None) -> Attempt:
    """Close the attempt and fix its score; unanswered questions count zero. Idempotent.

    A timed attempt never finishes later than its deadline, so time taken stays within the limit.
    """
    if attempt.finished_at is None:
        now = now or utcnow()
        attempt.score = sum(aq.response.score for aq in attempt.questions if aq.response is not None)
        attempt.max_score = len(attempt.questions)
        attempt.finished_at = min(now, attempt.deadline_at) if attempt.deadline_at else now
        db.session.commit()
        if attempt.quiz_set_id is not None and attempt.mode != "practice":
            wrong = [aq for aq in attempt.questions if aq.response is not None and not aq.response.is_correct]
            _add_missed_cards(attempt, wrong, now)
    return attempt


def expire_if_overdue(attempt: Attempt, now: datetime | None = None) -> bool:
    """Close an unfinished attempt whose deadline has passed; True if it is closed by time."""
    if attempt.is_finished or not attempt.is_overdue(now or utcnow()):
        return False
    finish_attempt(attempt, now)
    return True


def next_unanswered_position(attempt: Attempt) -> int | None:
    for aq in attempt.questions:
        if aq.response is None:
            return aq.position
    return None


def review_rows(attempt: Attempt) -> list[dict[str, Any]]:
    """Each question of an attempt with the answer given and the right one, as text."""
    return [
        {
            "aq": aq,
            "content": aq.version.content,
            "given": given_answer_text(aq.version.content, aq.response.given if aq.response else None),
            "correct": correct_answer_text(aq.version.content),
        }
        for aq in attempt.questions
    ]


def answered_count(attempt: Attempt) -> int:
    return sum(1 for aq in attempt.questions if aq.response is not None)



@dataclass
class TopicAccuracy:
    topic: str
    document: str
    answered: int
    score: float

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.answered if self.answered else 0.0


def attempts_for(user_id: int) -> list[Attempt]:
    return list(
        db.session.execute(select(Attempt).where(Attempt.user_id == user_id).order_by(Attempt.started_at.desc(), Attempt.id.desc())).scalars()
    )


def settled_marks() -> Any:
    """Attempts whose marks the learner may already see: finished ones, and self-study practice.

    A test or a quiz set in progress must not give away, through accuracy figures or an
    export, whether the last answer was right.
    """
    return or_(Attempt.finished_at.is_not(None), and_(Attempt.quiz_set_id.is_(None), Attempt.mode == "practice"))


def accuracy_by_topic(user_id: int) -> list[TopicAccuracy]:
    """Every response of the user, summed by the topic of the question answered."""
    rows = db.session.execute(
        select(Topic.title, Document.title, func.count(Response.id), func.sum(Response.score))
        .select_from(Response)
        .join(AttemptQuestion, AttemptQuestion.id == Response.attempt_question_id)
        .join(Attempt, Attempt.id == AttemptQuestion.attempt_id)
        .join(QuestionVersion, QuestionVersion.id == AttemptQuestion.question_version_id)
        .join(Question, Question.id == QuestionVersion.question_id)
        .join(Topic, Topic.id == Question.topic_id)
        .join(Document, Document.id == Topic.document_id)
        .where(Attempt.user_id == user_id, settled_marks())
        .group_by(Topic.id, Topic.title, Document.title)
        .order_by(Document.title, Topic.title)
    ).all()
    return [TopicAccuracy(topic, document, n, float(total or 0)) for topic, document, n, total in rows]


def answered_counts(attempt_ids: list[int]) -> dict[int, int]:
    if not attempt_ids:
        return {}
    rows = db.session.execute(
        select(AttemptQuestion.attempt_id, func.count(Response.id))
        .join(Response, Response.attempt_question_id == AttemptQuestion.id)
        .where(AttemptQuestion.attempt_id.in_(attempt_ids))
        .group_by(AttemptQuestion.attempt_id)
    ).all()
    counts: dict[int, int] = defaultdict(int)
    counts.update(dict(rows))
    return counts
