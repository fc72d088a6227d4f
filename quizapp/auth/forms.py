from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

from quizapp.auth import services
from quizapp.auth.passwords import PASSWORD_MAX, PASSWORD_MIN, password_problem
from quizapp.timeutil import valid_time_zone

PASSWORD_HINT = f"At least {PASSWORD_MIN} characters; a passphrase of several words is best. Very common passwords are refused."


def check_new_password(form: FlaskForm, field: PasswordField) -> None:
    problem = password_problem(field.data or "")
    if problem:
        raise ValidationError(problem)


class RegisterForm(FlaskForm):
    username = StringField(
        "Username",
        validators=[DataRequired(message="Choose a username.")],
        render_kw={"autocomplete": "username", "maxlength": services.USERNAME_MAX},
        description="3 to 40 letters (of any alphabet), digits or spaces, as others will see it.",
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired(message="Choose a password."), check_new_password],
        render_kw={"autocomplete": "new-password", "maxlength": PASSWORD_MAX},
        description=PASSWORD_HINT,
    )
    confirm = PasswordField(
        "Repeat the password",
        validators=[DataRequired(message="Repeat the password."), EqualTo("password", message="The passwords differ.")],
        render_kw={"autocomplete": "new-password", "maxlength": PASSWORD_MAX},
    )
    next = HiddenField()
    submit = SubmitField("Create account")

    def validate_username(self, field: StringField) -> None:
        problem = services.username_problem(field.data or "")
        if problem:
            raise ValidationError(problem)
        if services.username_is_taken(field.data):
            raise ValidationError(TAKEN)


TAKEN = "That username is taken. Choose another one."


class LoginForm(FlaskForm):
    username = StringField(
        "Username",
        validators=[DataRequired(message="Enter your username."), Length(max=200, message="That is not a username.")],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired(message="Enter your password."), Length(max=PASSWORD_MAX, message="That password is too long.")],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField("Keep me signed in on this device for 30 days", default=True)
    next = HiddenField()
    submit = SubmitField("Sign in")


class PasswordChangeForm(FlaskForm):
    current = PasswordField(
        "Current password",
        validators=[DataRequired(message="Enter your current password."), Length(max=PASSWORD_MAX)],
        render_kw={"autocomplete": "current-password"},
    )
    password = PasswordField(
        "New password",
        validators=[DataRequired(message="Choose a new password."), check_new_password],
        render_kw={"autocomplete": "new-password", "maxlength": PASSWORD_MAX},
        description=PASSWORD_HINT,
    )
    confirm = PasswordField(
        "Repeat the new password",
        validators=[DataRequired(message="Repeat the new password."), EqualTo("password", message="The passwords differ.")],
        render_kw={"autocomplete": "new-password", "maxlength": PASSWORD_MAX},
    )
    submit = SubmitField("Change password")


class EmptyForm(FlaskForm):
    """A form with only the CSRF token, for buttons that post."""


class TimeZoneForm(FlaskForm):
    """The account's time zone: every time shown or typed in the app is in it."""

    time_zone = StringField(
        "Time zone",
        validators=[DataRequired(message="Choose a time zone."), Length(max=64)],
        description="Every time you see or type (deadlines, results, your flashcard day) is in this zone, "
        "for example Europe/Paris or America/Lima.",
        render_kw={"list": "time-zones", "autocomplete": "off", "spellcheck": "false"},
    )
    submit = SubmitField("Save time zone")

    def validate_time_zone(self, field: StringField) -> None:
        if not valid_time_zone((field.data or "").strip()):
            raise ValidationError("That is not a time zone we know. Choose one from the list, such as Europe/Paris.")
