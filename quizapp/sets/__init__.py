"""Teacher quiz sets: building a set, sharing it with a join code, results and exports."""
from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("sets", __name__)


@bp.record_once
def _subscribe(state: BlueprintSetupState) -> None:
    """Sets build on accounts: they keep a guest who owns a set from the guest purge."""
    subscribers.subscribe()


from quizapp.sets import subscribers, transfer_views, views  # noqa: E402  (after bp: routes register themselves on it)

__all__ = ["bp", "subscribers", "transfer_views", "views"]
