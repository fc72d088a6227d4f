"""Forms for building sets, writing their own questions, and joining them."""
from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    Field,
    SelectField,
    IntegerField,
    RadioField,
    SelectChoice,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from quizapp import qtypes
from quizapp.bank.parser import QUESTION_TYPES
from quizapp.ids import parse_id
from quizapp.quiz.forms import TYPE_LABELS, CheckboxListField
from quizapp.sets.models import SET_MODES
from quizapp.sets.services import AccommodationRequest
from quizapp.timeutil import to_local, to_utc

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


YEARS = (2000, 2100)  # opening and closing times outside these are typing slips, not plans
YEAR_BOUNDS = {"min": f"{YEARS[0]}-01-01T00:00", "max": f"{YEARS[1]}-12-31T23:59"}


def plausible_year(form: FlaskForm, field: DateTimeLocalField) -> None:
    """Refuse years a set would never open or close in (0001, 9999): they are slips of the
    keyboard, and at the ends of the calendar a time cannot even be moved between zones."""
    if field.data is not None and not YEARS[0] <= field.data.year <= YEARS[1]:
        raise ValidationError(f"Choose a date between the years {YEARS[0]} and {YEARS[1]}.")


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
    # Typed and shown in the teacher's own time zone; stored as UTC (see ``settings``).
    opens_at = DateTimeLocalField("Opens at", format="%Y-%m-%dT%H:%M", validators=[Optional(), plausible_year], render_kw=YEAR_BOUNDS)
    closes_at = DateTimeLocalField("Closes at", format="%Y-%m-%dT%H:%M", validators=[Optional(), plausible_year], render_kw=YEAR_BOUNDS)
    answers_visible = RadioField("Students see the correct answers", choices=[SelectChoice(k, v) for k, v in VISIBILITY_LABELS.items()], default="immediately")
    hide_bank_questions = BooleanField(
        "Hide this set's bank questions from self-study while the set is open",
        description=(
            "From now until the set closes or you archive it, students cannot practise these questions "
            "in self-study, and other teachers cannot put them in their sets. With a random draw, that is "
            "every question of the chosen topics. The bank's flashcards on the same paragraphs stay open."
        ),
    )
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

    def show_times_in(self, zone: ZoneInfo, quiz_set: Any = None) -> None:
        """Label the time fields with the teacher's zone and show stored times in it."""
        for field in (self.opens_at, self.closes_at):
            field.description = f"In your time zone, {zone.key}."
        if quiz_set is not None and not self.is_submitted():
            self.opens_at.data = to_local(quiz_set.opens_at, zone) if quiz_set.opens_at else None
            self.closes_at.data = to_local(quiz_set.closes_at, zone) if quiz_set.closes_at else None

    def settings(self, zone: ZoneInfo) -> dict:
        return {
            "title": self.title.data.strip(),
            "description": (self.description.data or "").strip(),
            "mode": self.mode.data,
            "time_limit_minutes": self.time_limit_minutes.data,
            "attempts_allowed": self.attempts_allowed.data,
            "grading": self.grading.data,
            "shuffle_questions": bool(self.shuffle_questions.data),
            "shuffle_choices": bool(self.shuffle_choices.data),
            "opens_at": to_utc(self.opens_at.data, zone) if self.opens_at.data else None,
            "closes_at": to_utc(self.closes_at.data, zone) if self.closes_at.data else None,
            "answers_visible": self.answers_visible.data,
            "random_count": self.random_count.data or None,
            "random_topic_ids": list(self.random_topic_ids.data or []) if self.random_count.data else [],
            "hide_bank_questions": bool(self.hide_bank_questions.data),
        }


class AccommodationForm(FlaskForm):
    """One student's accommodation: every part optional (the service says when none is given
    or a part would change nothing); the close time in the teacher's zone."""

    username = StringField(
        "Student's username",
        validators=[DataRequired(message="Type the student's username."), Length(max=40)],
        description="As you type, the students of the classes given this set and those who have started it are offered; any student's username works.",
        render_kw={"autocomplete": "off", "spellcheck": "false", "list": "known-students"},
    )
    extra_minutes = IntegerField(
        "Extra time in minutes",
        validators=[Optional(), NumberRange(min=1, max=600, message="Between 1 and 600 minutes, or leave empty.")],
        description="Added to the set's time limit.",
    )
    extra_attempts = IntegerField(
        "Extra attempts",
        validators=[Optional(), NumberRange(min=1, max=100, message="Between 1 and 100, or leave empty.")],
        description="Added to the attempts the set allows.",
    )
    closes_at = DateTimeLocalField(
        "Closes for this student at", format="%Y-%m-%dT%H:%M", validators=[Optional(), plausible_year], render_kw=YEAR_BOUNDS
    )
    submit = SubmitField("Save the accommodation")

    def as_request(self, zone: ZoneInfo) -> AccommodationRequest:
        """The form as the service's ``AccommodationRequest`` (close time in UTC)."""
        return AccommodationRequest(
            username=self.username.data or "",
            extra_minutes=self.extra_minutes.data,
            extra_attempts=self.extra_attempts.data,
            closes_at=to_utc(self.closes_at.data, zone) if self.closes_at.data else None,
        )


class JoinForm(FlaskForm):
    """The code form: a GET form, so it needs no CSRF token and the code lands in the URL."""

    class Meta:
        csrf = False

    code = StringField("Join code", validators=[DataRequired(message="Type the code your teacher gave you.")], render_kw={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"})


# ---------------------------------------------------------------- writing a question

DIFFICULTY_LABELS = {1: "1 — recall", 2: "2 — connect two facts", 3: "3 — fine detail or inference"}


# The bank's validator speaks to the author of a YAML file ("'accept' needs at least 1
# entries"): its keys and counts. A teacher filling in the form reads the same problems in the
# form's words. Each rule is (pattern of the validator's message, what the teacher reads);
# a message no rule matches is shown as it is, which the bank's wording allows.
PEOPLE_WORDING: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"^'accept' needs at least 1 entries$"), "Give at least one accepted answer."),
    (re.compile(r"^'accept' needs at least (\d+) entries$"), lambda m: f"Give at least {m[1]} accepted answers."),
    (re.compile(r"^'items' needs at least (\d+) entries$"), lambda m: f"Give at least {m[1]} items, one per line."),
    (re.compile(r"^'prompt' must be non-empty text$"), "Write the question students will read."),
    (re.compile(r"^'explanation' must be non-empty text$"), "Write an explanation: why the answer is right."),
    (re.compile(r"^'passage' must be non-empty text$"), "Write the passage, with {1}, {2}… where the gaps go."),
    (re.compile(r"^'text' must be non-empty text$"), "Every choice needs its text: fill it in or leave the whole row empty."),
    (re.compile(r"^'(left|right)' must be non-empty text$"), "Every pair needs both sides: fill them in or leave the whole row empty."),
    (re.compile(r"^(left|right) '(.+)' is repeated$"), lambda m: f"“{m[2]}” is on the {m[1]} of two pairs: each must be different."),
    (re.compile(r"^item '(.+)' is repeated$"), lambda m: f"“{m[1]}” is listed twice: give each item once."),
    (re.compile(r"^duplicate choice '(.+)'$"), lambda m: f"“{m[1]}” is given twice as a choice."),
    (re.compile(r"^gap (\d+): duplicate option '(.+)'$"), lambda m: f"Gap {m[1]}: “{m[2]}” is given twice as an option."),
    (re.compile(r"^needs at least two choices$"), "Give at least two choices."),
    (re.compile(r"^needs at least two pairs$"), "Give at least two pairs."),
    (re.compile(r"^answer must be true or false$"), "Choose whether the statement is true or false."),
    (re.compile(r"^unknown type '.*'"), "Choose a question type from the list."),
    (re.compile(r"^difficulty must be 1, 2 or 3$"), "Choose a difficulty: 1, 2 or 3."),
    (re.compile(r"^missing field '(\w+)'$"), lambda m: f"Fill in the {m[1]}."),
]


def for_people(message: str) -> str:
    """One of the bank validator's messages as the teacher's form shows it: in the form's
    words, a capital first and a full stop last."""
    for pattern, wording in PEOPLE_WORDING:
        if match := pattern.search(message):
            message = wording(match) if callable(wording) else wording
            break
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "…")) else ".")


class QuestionForm(FlaskForm):
    """A teacher's question. The form only reads what was typed: the rules are the bank's.

    ``raw()`` turns the fields into the dict a bank file would hold, and the bank's own
    validator (``quizapp.bank.parser.check_question``) judges it; ``show_problems`` puts each
    problem back on the field it concerns. No field has validators of its own, so there is
    exactly one place that decides what a valid question is.
    """

    type = SelectField("Type", choices=[SelectChoice(t, TYPE_LABELS[t]) for t in QUESTION_TYPES], default=QUESTION_TYPES[0], validate_choice=False)
    prompt = TextAreaField("Prompt", description="The question, as students will read it.")
    explanation = TextAreaField("Explanation", description="One to three sentences saying why the answer is right.")
    difficulty = SelectField("Difficulty", choices=[SelectChoice(str(k), v) for k, v in DIFFICULTY_LABELS.items()], default="1", validate_choice=False)
    source = StringField("Source paragraphs")
    submit = SubmitField("Save the question")

    # Where each problem of the bank's validator is shown; the rest go above the form.
    def _field_for(self, name: str, qtype: str) -> Field | None:
        if name in ("type", "prompt", "explanation", "difficulty", "source"):
            return getattr(self, name)
        question_type = qtypes.REGISTRY.get(qtype)
        field_name = question_type.form_field_for(name) if question_type else None
        return getattr(self, field_name) if field_name else None

    def raw(self) -> dict[str, Any]:
        """The question as a bank file would hold it, with only the chosen type's fields."""
        qtype = self.type.data or ""
        raw: dict[str, Any] = {"type": qtype, "prompt": self.prompt.data or "", "explanation": self.explanation.data or ""}
        raw["difficulty"] = _int_or_text(self.difficulty.data)
        if (self.source.data or "").strip():
            raw["source"] = [_int_or_text(n) for n in re.split(r"[\s,;]+", self.source.data.strip()) if n]
        if qtype in qtypes.REGISTRY:
            raw.update(qtypes.get(qtype).form_raw(self))
        return raw

    def show_problems(self, problems: dict[str, list[str]]) -> None:
        for name, messages in problems.items():
            target = self._field_for(name, self.type.data or "")
            text = [for_people(m) for m in messages]
            if target is None:
                self.form_errors.extend(text)
            else:
                target.errors = [*target.errors, *text]

    @classmethod
    def from_content(cls, content: dict[str, Any]) -> QuestionForm:
        """The form filled in with a stored version, to edit it."""
        data: dict[str, Any] = {
            "type": content["type"],
            "prompt": content["prompt"],
            "explanation": content["explanation"],
            "difficulty": str(content["difficulty"]),
            "source": ", ".join(str(n) for n in content.get("source") or []),
        }
        data.update(qtypes.get(content["type"]).form_data(content))
        return cls(formdata=None, data=data)


def _int_or_text(value: str | None) -> int | str:
    value = (value or "").strip()
    number = parse_id(value)
    return value if number is None else number


# Each type's fields of the teacher's form come from its module (quizapp/qtypes/<type>/).
for _name, _field in qtypes.form_fields().items():
    setattr(QuestionForm, _name, _field)
