"""The question types, registered in one place.

Each type is a package beside this file (``fill_in/__init__.py`` with its templates) holding a
``QuestionType`` subclass (see ``base.py`` for what a type provides). To add a type, write its
package and add it to ``_TYPES`` below: the bank checker, the grader, the quiz pages, the
teacher's form, the exports and the item analysis find it here. The order of ``_TYPES`` is the
order types are offered in.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Flask, Response
from jinja2 import BaseLoader, FileSystemLoader, PrefixLoader

from quizapp.qtypes.base import QuestionType, format_mark
from quizapp.qtypes.cloze import Cloze
from quizapp.qtypes.fill_in import FillIn
from quizapp.qtypes.matching import Matching
from quizapp.qtypes.multiple_select import MultipleSelect
from quizapp.qtypes.numeric import Numeric
from quizapp.qtypes.ordering import Ordering
from quizapp.qtypes.single_choice import SingleChoice
from quizapp.qtypes.true_false import TrueFalse

_TYPES: tuple[QuestionType, ...] = (
    SingleChoice(),
    MultipleSelect(),
    TrueFalse(),
    FillIn(),
    Numeric(),
    Ordering(),
    Matching(),
    Cloze(),
)
REGISTRY: dict[str, QuestionType] = {t.name: t for t in _TYPES}
HERE = Path(__file__).parent


def get(name: str) -> QuestionType:
    """The type called ``name``; KeyError for a name no type has."""
    return REGISTRY[name]


def names() -> tuple[str, ...]:
    return tuple(REGISTRY)


def labels() -> dict[str, str]:
    """Each type's name and the label people read, in the order types are offered."""
    return {t.name: t.label for t in _TYPES}


def with_trait(trait: str) -> tuple[str, ...]:
    """The names of the types that have ``trait`` (see ``QuestionType.traits``)."""
    return tuple(t.name for t in _TYPES if trait in t.traits)


def form_fields() -> dict[str, object]:
    """Every type's fields of the teacher's form (types sharing a fieldset share its fields)."""
    fields: dict[str, object] = {}
    for t in _TYPES:
        fields.update(t.form_fields)
    return fields


def form_sections() -> list[tuple[str, str]]:
    """The fieldsets of the teacher's form, once each, with the class naming the types each is
    for (``answer-fields for-single_choice for-multiple_select``); the stylesheet below shows
    only the chosen type's."""
    sections: dict[str, list[str]] = {}
    for t in _TYPES:
        sections.setdefault(t.form_template, []).append(t.name)
    return [(template, "answer-fields " + " ".join(f"for-{n}" for n in names_)) for template, names_ in sections.items()]


def stylesheet() -> str:
    """The types' CSS: which fieldset of the teacher's form shows for the chosen type, and each
    package's own ``style.css``."""
    rules = [
        ",\n".join(f'.question-form:has(option[value="{n}"]:checked) .answer-fields:not(.for-{n})' for n in REGISTRY)
        + " { display: none; }"
    ]
    for package in sorted({type(t).__module__.rsplit(".", 1)[-1] for t in _TYPES} | {"choices"}):
        css = HERE / package / "style.css"
        if css.is_file():
            rules.append(css.read_text(encoding="utf-8"))
    return "\n".join(rules) + "\n"


def template_loader() -> BaseLoader:
    """Templates named ``qtypes/<package>/<file>`` are read from the type's own package."""
    return PrefixLoader({"qtypes": FileSystemLoader(str(HERE))})


bp = Blueprint("qtypes", __name__)


@bp.get("/qtypes.css")
def styles() -> Response:
    response = Response(stylesheet(), mimetype="text/css")
    response.cache_control.public = True
    response.cache_control.max_age = 3600
    return response


def init_app(app: Flask) -> None:
    """Serve the types' templates and stylesheet, and let templates ask the registry."""
    from jinja2 import ChoiceLoader

    app.jinja_loader = ChoiceLoader([app.jinja_loader, template_loader()])  # type: ignore[list-item]
    app.jinja_env.globals.update(question_type=get, question_form_sections=form_sections)
    app.register_blueprint(bp)


__all__ = ["REGISTRY", "QuestionType", "form_fields", "form_sections", "format_mark", "get", "init_app", "labels", "names", "with_trait"]
