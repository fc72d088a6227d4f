"""Live classroom sessions: a quiz set played together, question by question (issue 14)."""
from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("live", __name__)


@bp.record_once
def _subscribe(state: BlueprintSetupState) -> None:
    """Live sessions build on accounts: a guest who played one is kept by the guest purge."""
    subscribers.subscribe()


from quizapp.live import subscribers, views  # noqa: E402  (after bp: routes register themselves on it)
from quizapp.live.services import is_live_capable  # noqa: E402

# The set builder marks the questions that suit a live round (templates/sets/_items.html).
bp.add_app_template_global(is_live_capable, "live_capable")

__all__ = ["bp", "subscribers", "views"]
