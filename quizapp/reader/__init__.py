"""The reader view: a document's paragraphs marked by how well the learner knows each, from
their quiz answers and card reviews citing it, with a way to practise any one of them.

It reads quizzes and flashcards alike, so it sits above both (see docs/ARCHITECTURE.md)."""
from flask import Blueprint

bp = Blueprint("reader", __name__)

from quizapp.reader import views  # noqa: E402,F401  (routes register themselves on bp)
