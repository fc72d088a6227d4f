from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("quiz", __name__, url_prefix="/quiz")


@bp.record_once
def _subscribe(state: BlueprintSetupState) -> None:
    """Quizzes build on accounts: they learn of merged and deleted guests through quizapp.events."""
    subscribers.subscribe()


from quizapp.quiz import cli, fragments, subscribers, views  # noqa: E402  (after bp: routes register themselves on it)

# The question card's kept pieces (quiz/fragments.py), drawn by its templates.
bp.add_app_template_global(fragments.navigator_entries, "navigator_entries")
bp.add_app_template_global(fragments.question_inputs, "question_inputs")
bp.add_app_template_global(fragments.navigator, "question_navigator")
bp.add_app_template_global(fragments.question_card, "question_card")
bp.add_app_template_global(fragments.attempt_url, "attempt_url")

__all__ = ["bp", "cli", "fragments", "subscribers", "views"]
