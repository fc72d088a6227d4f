"""A person named after a profession noun ("the economist Ruth Field", «la académica Ximena
Fuentes») accepts the surname alone even when the surname is a common word ("Field", «Fuentes»):
the profession says the name is a person's, as a title does. A fresh review refused «Fuentes»
after «la abogada y académica». Own texts."""
from __future__ import annotations

import pytest

from quizapp.derive import derive_drafts
from tests.helpers.drafts import accepts_for, document


@pytest.mark.parametrize(("language", "lines", "key", "surname"), [
    ("es", ["El pleito del río Lauca",
            "Chile y Bolivia discuten desde 1962 el uso de las aguas del río Lauca.",
            "Según la académica Ximena Fuentes, ambos Estados tienen derecho a un uso equitativo del río."],
     "Ximena Fuentes", "Fuentes"),
    ("es", ["El pleito del río Lauca",
            "Chile y Bolivia discuten desde 1962 el uso de las aguas del río Lauca.",
            "Según la economista y periodista Marta Campos, el canal de 1962 cambió el reparto del agua."],
     "Marta Campos", "Campos"),
    ("en", ["The Lauca river case",
            "Chile and Bolivia have argued over the waters of the Lauca since 1962.",
            "According to the economist Ruth Field, the canal of 1962 changed how the water was shared."],
     "Ruth Field", "Field"),
])
def test_a_profession_before_a_name_vouches_for_its_surname(language: str, lines: list[str], key: str, surname: str) -> None:
    accepts = accepts_for(derive_drafts(document(lines), language), key)
    assert accepts and all(surname in a for a in accepts), accepts
