"""Fixtures for the quiz-set tests: a clock at ``T0`` and a teacher account."""
from __future__ import annotations

import pytest

from tests.helpers.app import Clock, install_clock, make_user
from tests.helpers.sets import T0


@pytest.fixture
def clock(app) -> Clock:
    return install_clock(app, T0)


@pytest.fixture
def teacher(app) -> int:
    return make_user(app, "teacher")
