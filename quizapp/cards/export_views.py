"""A flashcard deck as an Anki package, for learners who study in Anki too."""
from __future__ import annotations

from flask import abort
from werkzeug.wrappers import Response

from quizapp.cards import bp
from quizapp.cards.transfer import deck_package
from quizapp.cards.views import deck_or_404, signed_in


@bp.get("/<deck_key>/deck.apkg")
def download_apkg(deck_key: str) -> Response:
    """The deck's cards (the missed-questions deck: the learner's own, so 404 for a visitor)."""
    deck = deck_or_404(deck_key)
    user = signed_in()
    if deck.is_missed and user is None:
        abort(404)
    data, filename = deck_package(deck, user.id if user is not None else None)
    response = Response(data, mimetype="application/octet-stream")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
