"""A learner's exam date for a deck, stored, and the deck's plan towards it (see plan.py)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select

from quizapp.auth.models import User
from quizapp.cards.models import DeckExam, StudyCard
from quizapp.cards.plan import ExamPlan, check_exam, make_plan
from quizapp.cards.services import Deck, _in_deck, _missing_flashcards, local_date, scheduler, to_fsrs
from quizapp.extensions import db
from quizapp.timeutil import learner_zone


def deck_exam(user_id: int, deck: Deck) -> DeckExam | None:
    return db.session.execute(select(DeckExam).filter_by(user_id=user_id, deck_key=deck.key)).scalar_one_or_none()


def set_deck_exam(user: User, deck: Deck, exam_on: date, target: float, now: datetime) -> DeckExam:
    """Store the exam date and target (PlanError, nothing stored, when no plan can serve them)."""
    check_exam(exam_on, local_date(now, learner_zone(user)), target)
    exam = deck_exam(user.id, deck) or DeckExam(user_id=user.id, deck_key=deck.key)
    exam.exam_on, exam.target = exam_on, target
    db.session.add(exam)
    db.session.commit()
    return exam


def clear_deck_exam(user_id: int, deck: Deck) -> None:
    db.session.execute(delete(DeckExam).where(DeckExam.user_id == user_id, DeckExam.deck_key == deck.key))
    db.session.commit()


def plan_for(user: User, exam: DeckExam, deck: Deck, now: datetime) -> ExamPlan | None:
    """The plan from today to the exam, or None once the exam day has come."""
    zone = learner_zone(user)
    today = local_date(now, zone)
    if exam.exam_on <= today:
        return None
    held = db.session.execute(_in_deck(select(StudyCard).where(StudyCard.user_id == user.id), deck)).scalars().all()
    studied = [to_fsrs(card) for card in held if card.last_review is not None]
    new = len(held) - len(studied)
    if deck.is_bank:
        new += db.session.execute(select(func.count()).select_from(_missing_flashcards(user.id, deck).subquery())).scalar_one()
    return make_plan(studied, new, exam_day=exam.exam_on, today=today, zone=zone, scheduler=scheduler(), target=exam.target)


