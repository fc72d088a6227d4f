"""Forms for flashcards. Rating, reveal and undo buttons only need the CSRF token."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, IntegerField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, NumberRange, Optional

from quizapp.cards.models import MAX_BACK_CHARS, MAX_DECK_TITLE_CHARS, MAX_FRONT_CHARS
from quizapp.cards.services import MAX_NEW_PER_DAY


class SettingsForm(FlaskForm):
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


class DeckSettingsForm(FlaskForm):
    """One deck's own limit of new cards per day; empty leaves only the total across decks."""

    new_cards_per_day = IntegerField(
        "New cards per day in this deck",
        validators=[
            Optional(),
            NumberRange(min=0, max=MAX_NEW_PER_DAY, message=f"Choose between 0 and {MAX_NEW_PER_DAY}, or leave it empty."),
        ],
        description="Leave it empty to let this deck use any of your daily new cards. Your total across all decks still applies.",
        render_kw={"inputmode": "numeric"},
    )
    submit = SubmitField("Save deck settings")


class OwnDeckForm(FlaskForm):
    title = StringField(
        "Name of the deck",
        validators=[InputRequired(message="Give the deck a name.")],
        render_kw={"maxlength": MAX_DECK_TITLE_CHARS, "autocomplete": "off"},
    )
    submit = SubmitField("Create the deck")


class OwnCardForm(FlaskForm):
    """A card of the learner's own. The document's choices are the banks the learner may see
    (set by the view); the service checks the paragraph against the document."""

    front = TextAreaField(
        "Front", validators=[InputRequired(message="Write the front of the card: the question or prompt.")],
        render_kw={"rows": 2, "maxlength": MAX_FRONT_CHARS},
    )
    back = TextAreaField(
        "Back", validators=[InputRequired(message="Write the back of the card: the answer.")],
        render_kw={"rows": 3, "maxlength": MAX_BACK_CHARS},
    )
    document = SelectField("Source document (optional)", choices=[], validate_choice=False)
    paragraph = IntegerField(
        "Paragraph number (optional)",
        validators=[Optional(), NumberRange(min=1, message="A paragraph number is 1 or more.")],
        render_kw={"inputmode": "numeric"},
    )
    submit = SubmitField("Add the card")
