from flask import Blueprint

bp = Blueprint("quiz", __name__, url_prefix="/quiz")

from quizapp.quiz import views  # noqa: E402,F401
