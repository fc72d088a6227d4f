"""A user's own documents: import a text, derive draft items, review them, publish a bank."""
from flask import Blueprint

bp = Blueprint("documents", __name__)

from quizapp.documents import views  # noqa: E402,F401  (registers the routes)
