from __future__ import annotations

from typing import Any

from flask import current_app
from flask_wtf import FlaskForm
from wtforms import (
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    SubmitField,
    widgets,
)
from wtforms.validators import DataRequired, InputRequired, NumberRange, Optional

from quizapp import qtypes
from quizapp.bank.parser import QUESTION_TYPES
from quizapp.quiz.models import MODES
from quizapp.quiz.services import FOCUSES

TYPE_LABELS = qtypes.labels()
MODE_LABELS = {
    "practice": "Practice — see if you were right after each answer",
    "test": "Test — see your results only at the end",
}


class CheckboxListField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class NewQuizForm(FlaskForm):
    document = SelectField("Document", coerce=int, validators=[InputRequired(message="Choose a document.")])
    topics = CheckboxListField("Topics", coerce=int, validators=[DataRequired(message="Choose at least one topic.")])
    types = CheckboxListField(
        "Question types",
        choices=[SelectChoice(t, TYPE_LABELS[t]) for t in QUESTION_TYPES],
        default=list(QUESTION_TYPES),
        validators=[DataRequired(message="Choose at least one question type.")],
    )
    count = IntegerField("Number of questions", default=10, validators=[InputRequired(message="Say how many questions you want.")])
    mode = RadioField("Mode", choices=[SelectChoice(m, MODE_LABELS[m]) for m in MODES], default="practice")
    focus = RadioField("Focus", choices=[SelectChoice(k, v) for k, v in FOCUSES.items()], default="all")
    # Set by "Quiz me on this paragraph" in the reader view: only questions citing it.
    paragraph = IntegerField(
        widget=widgets.HiddenInput(),
        validators=[Optional(), NumberRange(min=1, max=100_000, message="That paragraph is not in the document.")],
    )
    submit = SubmitField("Start the quiz")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The most questions is a setting (MAX_QUIZ_QUESTIONS, default in quizapp.config), read
        # per request; the flags make the input's min and max say the same as the check.
        limit = int(current_app.config["MAX_QUIZ_QUESTIONS"])
        in_range = NumberRange(min=1, max=limit, message=f"Choose between 1 and {limit} questions.")
        self.count.validators = [*self.count.validators, in_range]
        self.count.flags.min, self.count.flags.max = 1, limit
