"""Forms for building sets and joining them."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    widgets,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from quizapp.sets.models import ANSWER_VISIBILITY, GRADING, SET_MODES

MODE_LABELS = {
    "practice": "Practice — students see whether they were right after each answer",
    "exam": "Exam — students see their results only at the end",
}
GRADING_LABELS = {"highest": "The highest score", "last": "The last attempt", "first": "The first attempt"}
VISIBILITY_LABELS = {
    "immediately": "Right away",
    "after_close": "After the set closes",
    "never": "Never",
}


class CheckboxListField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class SetForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(message="Give the set a title."), Length(max=200)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=5000)], description="Shown to students on the join page.")
    mode = RadioField("Mode", choices=[SelectChoice(m, MODE_LABELS[m]) for m in SET_MODES], default="practice")
    time_limit_minutes = IntegerField(
        "Time limit in minutes",
        validators=[Optional(), NumberRange(min=1, max=600, message="Between 1 and 600 minutes, or leave empty.")],
        description="Leave empty for no time limit.",
    )
    attempts_allowed = IntegerField(
        "Attempts allowed",
        validators=[Optional(), NumberRange(min=1, max=100, message="Between 1 and 100, or leave empty.")],
        description="Leave empty for unlimited attempts.",
    )
    grading = RadioField("Which attempt counts", choices=[SelectChoice(k, v) for k, v in GRADING_LABELS.items()], default="highest")
    shuffle_questions = BooleanField("Shuffle the order of questions for each student")
    shuffle_choices = BooleanField("Shuffle the choices within questions", default=True)
    opens_at = DateTimeLocalField("Opens at (UTC)", format="%Y-%m-%dT%H:%M", validators=[Optional()])
    closes_at = DateTimeLocalField("Closes at (UTC)", format="%Y-%m-%dT%H:%M", validators=[Optional()])
    answers_visible = RadioField("Students see the correct answers", choices=[SelectChoice(k, v) for k, v in VISIBILITY_LABELS.items()], default="immediately")
    random_count = IntegerField(
        "Draw this many random questions per student",
        validators=[Optional(), NumberRange(min=1, max=100, message="Between 1 and 100, or leave empty.")],
        description="Leave empty to use the questions you pick, in order.",
    )
    random_topic_ids = CheckboxListField("…from these topics", coerce=int, validators=[Optional()])
    submit = SubmitField("Save the set")

    def validate_closes_at(self, field: DateTimeLocalField) -> None:
        if field.data and self.opens_at.data and field.data <= self.opens_at.data:
            raise ValidationError("The closing time must come after the opening time.")

    def validate_random_topic_ids(self, field: CheckboxListField) -> None:
        if self.random_count.data and not field.data:
            raise ValidationError("Choose at least one topic to draw random questions from.")

    def validate_answers_visible(self, field: RadioField) -> None:
        if field.data == "after_close" and not self.closes_at.data:
            raise ValidationError("Set a closing time, or choose another option.")

    def settings(self) -> dict:
        return {
            "title": self.title.data.strip(),
            "description": (self.description.data or "").strip(),
            "mode": self.mode.data,
            "time_limit_minutes": self.time_limit_minutes.data,
            "attempts_allowed": self.attempts_allowed.data,
            "grading": self.grading.data,
            "shuffle_questions": bool(self.shuffle_questions.data),
            "shuffle_choices": bool(self.shuffle_choices.data),
            "opens_at": self.opens_at.data,
            "closes_at": self.closes_at.data,
            "answers_visible": self.answers_visible.data,
            "random_count": self.random_count.data or None,
            "random_topic_ids": list(self.random_topic_ids.data or []) if self.random_count.data else [],
        }


class JoinForm(FlaskForm):
    """The code form: a GET form, so it needs no CSRF token and the code lands in the URL."""

    class Meta:
        csrf = False

    code = StringField("Join code", validators=[DataRequired(message="Type the code your teacher gave you.")], render_kw={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"})
