"""Helpers shared by the test folders (plain functions; fixtures live in conftest.py)."""
