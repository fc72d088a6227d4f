from __future__ import annotations

from werkzeug.wrappers import Response

from quizapp.bank import bp
from quizapp.bank.services import document_summaries
from quizapp.htmx import render


@bp.get("/")
def home() -> Response:
    """The documents in the bank, their topics and how many questions and cards each has."""
    return render("bank/home.html", "bank/_documents.html", summaries=document_summaries())
