"""Every format, over the whole shipped bank (with lint waivers added): each item's enemies and
lint waivers come back with it, or its loss note names each one that does not."""
from __future__ import annotations

import pytest

from quizapp.formats import get, names
from tests.formats.items import measure, shipped, with_waivers

# Formats with room for the bank's own fields: everything declared on what they write comes
# back, except an enemy that is not written itself (GIFT and QTI have no ordering or cloze).
CARRY = {"moodle-xml", "gift", "qti"}


@pytest.mark.parametrize("name", names(can_export=True))
def test_enemies_and_waivers_come_back_or_are_listed_item_by_item(name):
    items = with_waivers(shipped())
    measured = measure(get(name), items)
    assert measured.equal == measured.written  # what is written comes back equal in content
    assert measured.declaring  # the shipped bank has items declaring enemies in every format's reach
    assert sorted(measured.kept + measured.listed) == sorted(measured.declaring)
    if name == "moodle-xml":
        assert measured.kept == measured.declaring
    elif name in CARRY:  # only the items paired with an ordering or cloze question (not written) lose a pairing
        unwritten = {q["id"] for q in items.questions if q["type"] in ("ordering", "cloze")}
        assert measured.listed == [q["id"] for q in items.questions if set(q.get("enemies") or []) & unwritten]
    elif name == "anki":
        assert len(measured.kept) == 1  # the card's waivers; questions become cards and leave theirs behind
    else:
        assert measured.kept == []
