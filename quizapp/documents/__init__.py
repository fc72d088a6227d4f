"""A user's own documents: import a text, derive draft items, review them, publish a bank."""
from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("documents", __name__)


@bp.record_once
def _subscribe(state: BlueprintSetupState) -> None:
    """Documents build on accounts: a guest who owns one is kept from the guest purge."""
    subscribers.subscribe()


from quizapp.documents import subscribers, transfer_views, views  # noqa: E402  (after bp: routes register themselves on it)

__all__ = ["bp", "subscribers", "transfer_views", "views"]
