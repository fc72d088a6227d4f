from flask import Blueprint

bp = Blueprint("quiz", __name__, url_prefix="/quiz")

from quizapp.quiz import cli, views  # noqa: E402,F401
