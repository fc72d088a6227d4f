"""Fixtures for the class tests: a clock at ``T0``, a teacher with two classes and a set."""
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
