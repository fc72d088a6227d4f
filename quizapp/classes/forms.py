"""The forms of classes: naming a class, and the join-code form students type into."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from quizapp.classes.services import NAME_MAX


class ClassForm(FlaskForm):
    """A class's name, when it is made and when it is renamed."""

    name = StringField(
        "Class name",
        validators=[DataRequired(message="Give the class a name."), Length(max=NAME_MAX, message=f"A class name has at most {NAME_MAX} characters.")],
        description="What you and your students call it, e.g. “History 3B, 2026”.",
        render_kw={"autocomplete": "off", "maxlength": NAME_MAX},
    )


class JoinClassForm(FlaskForm):
    """The code form: a GET form, so it needs no CSRF token and the code lands in the URL."""

    class Meta:
        csrf = False

    code = StringField(
        "Class code",
        validators=[DataRequired(message="Type the class code your teacher gave you.")],
        render_kw={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"},
    )
