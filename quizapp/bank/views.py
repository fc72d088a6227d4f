from __future__ import annotations

from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp.bank import bp
from quizapp.bank.services import document_summaries
from quizapp.htmx import render


@bp.get("/")
def home() -> Response:
    """The documents in the bank, their topics and how many questions and cards each has."""
    viewer_id = current_user.id if current_user.is_authenticated else None
    return render("bank/home.html", "bank/_documents.html", summaries=document_summaries(viewer_id))
