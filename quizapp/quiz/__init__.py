from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("quiz", __name__, url_prefix="/quiz")


@bp.record_once
def _subscribe(state: BlueprintSetupState) -> None:
    """Quizzes build on accounts: they learn of merged and deleted guests through quizapp.events."""
    subscribers.subscribe()


from quizapp.quiz import cli, subscribers, views  # noqa: E402  (after bp: routes register themselves on it)

__all__ = ["bp", "cli", "subscribers", "views"]
