"""Teacher quiz sets: building a set, sharing it with a join code, results and exports."""
from flask import Blueprint

bp = Blueprint("sets", __name__)

from quizapp.sets import transfer_views, views  # noqa: E402,F401
