from tests.sets.sets_helpers import clock, teacher  # noqa: F401 - fixtures for this folder
