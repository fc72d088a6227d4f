"""The forms of live sessions: the teacher's start and display settings, a student's name."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, Length

from quizapp.live.services import NAME_MAX, SECONDS_CHOICES


class StartForm(FlaskForm):
    """Start a live session of a set (the button on the set's builder page)."""

    seconds = SelectField(
        "Time per question", coerce=int, default=20, choices=[SelectChoice(s, f"{s} seconds") for s in SECONDS_CHOICES]
    )
    show_leaderboard = BooleanField("Show a leaderboard after each question", default=True)
    hide_names = BooleanField("Hide names on the projector")


class DisplayForm(FlaskForm):
    """What the projector shows: the leaderboard, and names."""

    show_leaderboard = BooleanField("Leaderboard after each question")
    hide_names = BooleanField("Hide names")


class NameForm(FlaskForm):
    """The name the room sees (the account's name by default)."""

    name = StringField("Your name", validators=[DataRequired("Choose the name the room will see."), Length(max=NAME_MAX)])
