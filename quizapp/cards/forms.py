"""Forms for flashcards. Rating, reveal and undo buttons only need the CSRF token."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, IntegerField, StringField, SubmitField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, ValidationError

from quizapp.cards.services import MAX_NEW_PER_DAY, valid_time_zone


class SettingsForm(FlaskForm):
    time_zone = StringField(
        "Time zone",
        validators=[DataRequired(message="Choose a time zone."), Length(max=64)],
        description="Your day starts at midnight in this zone, for example Europe/Paris or America/Lima.",
        render_kw={"list": "time-zones", "autocomplete": "off", "spellcheck": "false"},
    )
    new_cards_per_day = IntegerField(
        "New cards per day",
        validators=[
            InputRequired(message="Say how many new cards you want each day."),
            NumberRange(min=0, max=MAX_NEW_PER_DAY, message=f"Choose between 0 and {MAX_NEW_PER_DAY}."),
        ],
        description="How many cards you have never studied are introduced each day, across all decks.",
        render_kw={"inputmode": "numeric"},
    )
    submit = SubmitField("Save settings")

    def validate_time_zone(self, field: StringField) -> None:
        if not valid_time_zone((field.data or "").strip()):
            raise ValidationError("That is not a time zone we know. Choose one from the list, such as Europe/Paris.")


class RateForm(FlaskForm):
    """One rating button's form; ``token`` is the card state that was shown."""

    rating = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=4)])
    token = HiddenField()
    shown_at = HiddenField()
    time_zone = HiddenField()


class ExamPlanForm(FlaskForm):
    exam_on = DateField("Exam date", validators=[InputRequired(message="Give the date of your exam.")])
    target = IntegerField(
        "Remember on the day (%)",
        default=90,
        validators=[
            InputRequired(message="Say how much of the deck you want to remember on the day."),
            NumberRange(min=70, max=99, message="Choose between 70 and 99 %%."),
        ],
        description="The share of the deck's cards FSRS should expect you to recall on the exam day.",
        render_kw={"inputmode": "numeric"},
    )
    submit = SubmitField("Make my plan")
