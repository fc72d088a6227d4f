"""Flashcards studied with FSRS spaced repetition: decks, study sessions, statistics."""
from flask import Blueprint
from flask.blueprints import BlueprintSetupState

bp = Blueprint("cards", __name__, url_prefix="/cards")


@bp.record
def _keep_guest_cards(state: BlueprintSetupState) -> None:
    """A guest who signs in to an existing account keeps their cards and reviews."""
    from quizapp.auth.services import guest_mergers
    from quizapp.cards.services import merge_guest_cards

    if merge_guest_cards not in guest_mergers:
        guest_mergers.append(merge_guest_cards)


from quizapp.cards import export_views, views  # noqa: E402,F401  (routes register themselves on bp)
