"""Flashcards studied with FSRS spaced repetition: decks, study sessions, statistics."""
from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("cards", __name__, url_prefix="/cards")


@bp.record_once
def _subscribe(state: BlueprintSetupState) -> None:
    """Cards build on quizzes, accounts and the bank: they learn of missed answers, finished
    attempts, merged and deleted guests and moved flashcards through quizapp.events."""
    subscribers.subscribe()


from quizapp.cards import export_views, own_views, subscribers, views  # noqa: E402  (after bp: routes register themselves on it)

__all__ = ["bp", "export_views", "own_views", "subscribers", "views"]
