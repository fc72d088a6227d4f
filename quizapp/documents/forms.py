"""Forms for importing a document and editing its details; buttons need only the CSRF token."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import Length, Optional

from quizapp.documents.reading import LANGUAGES

ACCEPTED_FILES = ".txt,.md,.markdown,.html,.htm,.docx,.pdf"


class ImportForm(FlaskForm):
    """A file or pasted text; the view decides which was given (exactly one)."""

    file = FileField("A file", description="A .txt, .md, .html, .docx or .pdf file of up to 10 MB.", render_kw={"accept": ACCEPTED_FILES})
    text = TextAreaField("…or paste the text", validators=[Optional()], description="Separate paragraphs by an empty line; start a heading with #.")
    title = StringField("Title", validators=[Optional(), Length(max=200)], description="Optional: taken from the file when left empty.")
    submit = SubmitField("Import")


class DetailsForm(FlaskForm):
    title = StringField("Title", validators=[Length(max=200)])
    language = SelectField("Language", choices=[SelectChoice(code, name) for code, name in LANGUAGES.items()], validate_choice=False)
    submit = SubmitField("Save")


class PublishForm(FlaskForm):
    listed = BooleanField("Let everyone see it and study it (otherwise only you, and the students of your quiz sets)")
    submit = SubmitField("Publish the accepted items")


class CardForm(FlaskForm):
    front = TextAreaField("Front")
    back = TextAreaField("Back")
    submit = SubmitField("Save and accept")
