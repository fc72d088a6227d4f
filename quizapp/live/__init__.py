"""Live classroom sessions: a quiz set played together, question by question (issue 14)."""
from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("live", __name__)


@bp.record_once
def _subscribe(state: BlueprintSetupState) -> None:
    """Live sessions build on accounts: a guest who played one is kept by the guest purge."""
    subscribers.subscribe()


from quizapp.live import subscribers, views  # noqa: E402  (after bp: routes register themselves on it)
from quizapp.live.services import is_live_capable, live_code_of  # noqa: E402

# The set builder marks the questions that suit a live round (templates/sets/_items.html), and
# a set's join page offers its live session while one runs (templates/sets/_join.html): the
# sets package, a layer below, never imports this one.
bp.add_app_template_global(is_live_capable, "live_capable")
bp.add_app_template_global(live_code_of, "live_code_of")

__all__ = ["bp", "subscribers", "views"]
