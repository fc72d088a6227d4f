"""One owner of each transaction: the service (docs/ARCHITECTURE.md, "Services own their unit
of work").

A public service function that changes data commits once, at its end. ``unit_of_work`` marks
one and adds the other half of the rule: when it raises (a refusal such as ``SetError``, or a
database error), everything it changed is rolled back before the exception reaches the caller.
So a refused request changes nothing and the view, which never touches the session, renders
the error from a clean session.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from quizapp.extensions import db

P = ParamSpec("P")
R = TypeVar("R")


def unit_of_work(service: Callable[P, R]) -> Callable[P, R]:
    """Roll back what ``service`` changed when it raises; its own body commits on success."""

    @functools.wraps(service)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return service(*args, **kwargs)
        except BaseException:
            db.session.rollback()
            raise

    return run
