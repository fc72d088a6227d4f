from flask import Blueprint

bp = Blueprint("bank", __name__)

from quizapp.bank import cli, views  # noqa: E402,F401
