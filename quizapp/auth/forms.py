from __future__ import annotations

from flask_wtf import FlaskForm
from sqlalchemy import func, select
from wtforms import HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, Regexp, ValidationError

from quizapp.auth.models import User
from quizapp.extensions import db

PASSWORD_MIN = 8


class RegisterForm(FlaskForm):
    username = StringField(
        "Username",
        validators=[
            DataRequired(message="Choose a username."),
            Length(min=3, max=40, message="A username has 3 to 40 characters."),
            Regexp(r"^[A-Za-z0-9_.-]+$", message="Use letters, digits, '.', '-' or '_' only."),
        ],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(
        "Password",
        validators=[
            DataRequired(message="Choose a password."),
            Length(min=PASSWORD_MIN, max=200, message=f"A password needs at least {PASSWORD_MIN} characters."),
        ],
        render_kw={"autocomplete": "new-password"},
        description=f"At least {PASSWORD_MIN} characters.",
    )
    confirm = PasswordField(
        "Repeat the password",
        validators=[DataRequired(message="Repeat the password."), EqualTo("password", message="The passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )
    next = HiddenField()
    submit = SubmitField("Create account")

    def validate_username(self, field: StringField) -> None:
        taken = db.session.execute(
            select(User.id).where(func.lower(User.username) == field.data.strip().lower())
        ).first()
        if taken:
            raise ValidationError("That username is taken. Choose another one.")


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(message="Enter your username.")], render_kw={"autocomplete": "username"})
    password = PasswordField("Password", validators=[DataRequired(message="Enter your password.")], render_kw={"autocomplete": "current-password"})
    next = HiddenField()
    submit = SubmitField("Sign in")


class EmptyForm(FlaskForm):
    """A form with only the CSRF token, for buttons that post."""
