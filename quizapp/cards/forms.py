"""Forms for flashcards. Reveal and undo buttons only need the CSRF token; a rating is read by ``read_rating``."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, SelectField, StringField, SubmitField, TextAreaField
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


@dataclass(frozen=True)
class RatingSent:
    """What a rating button posts: the rating (1 Again to 4 Easy), ``token`` the card state
    that was shown, ``shown_at`` when its front was shown (milliseconds) and the browser's
    time zone, each None when not sent."""

    rating: int
    token: str | None
    shown_at: str | None
    time_zone: str | None


def read_rating(form: Mapping[str, str]) -> RatingSent | None:
    """The rating form's fields, or None when the rating is not one of the four buttons'.

    A plain reading, not a FlaskForm: the rating POST is a hot path, and building the WTForms
    fields and signing a CSRF token no page shows cost about 0.7 M instructions a rating, a
    tenth of it (issue 15). The CSRF token is checked, as for every POST, by ``CSRFProtect``
    before any view runs (``quizapp.extensions.csrf``)."""
    raw = form.get("rating")
    try:
        rating = int(raw) if raw else 0
    except ValueError:
        return None
    if not 1 <= rating <= 4:
        return None
    return RatingSent(rating, form.get("token"), form.get("shown_at"), form.get("time_zone"))


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
