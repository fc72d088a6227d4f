"""Fixtures for live sessions: a clock at ``T0``, a teacher with a three-question set."""
from __future__ import annotations

import pytest

from tests.helpers.app import Clock, install_clock, make_user
from tests.helpers.sets import T0, make_set, question_ids


@pytest.fixture
def clock(app) -> Clock:
    return install_clock(app, T0)


@pytest.fixture
def teacher(app) -> int:
    return make_user(app, "teacher")


@pytest.fixture
def set_id(app, teacher) -> int:
    """Two single-choice questions and a true/false one, in that order."""
    return make_set(app, teacher, question_ids(app, "single_choice", 2) + question_ids(app, "true_false", 1))
