"""Classes: a teacher's roster that students join once by code, the quiz sets given to it,
and results and exports narrowed to it.

Classes build on quiz sets (a layer below): sets never import this package. They ask for the
classes a viewer may filter by through ``events.class_scopes``, and the set builder's
"Classes" region calls the template global ``classes_for_set`` registered here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from flask import Blueprint
from flask.blueprints import BlueprintSetupState
from flask_login import current_user

if TYPE_CHECKING:
    from quizapp.classes.models import SchoolClass
    from quizapp.classes.services import ClassChoice
    from quizapp.sets.models import QuizSet

bp = Blueprint("classes", __name__)


@bp.record_once
def _subscribe(state: BlueprintSetupState) -> None:
    """Answer the sets' class filter; forget deleted guests' places on rosters."""
    subscribers.subscribe()


@bp.app_template_global("classes_for_set")
def _classes_for_set(quiz_set: QuizSet) -> list[ClassChoice]:
    """The set owner's classes, each with whether the set is given to it (the builder's region)."""
    return services.classes_for_set(quiz_set)


@bp.app_template_global("classes_giving_set")
def _classes_giving_set(quiz_set_id: int) -> list[SchoolClass]:
    """The signed-in student's classes that were given this set: a set's results page links
    back to each on "My classes" (quiz/_results.html includes classes/_given_through.html)."""
    if not current_user.is_authenticated or current_user.is_guest:
        return []
    return services.classes_giving_set(current_user.id, quiz_set_id)


from quizapp.classes import services, subscribers, views  # noqa: E402  (after bp: routes register themselves on it)

__all__ = ["bp", "services", "subscribers", "views"]
