"""Form helpers the types' fields in the teacher's form share."""
from __future__ import annotations

from typing import Any

from wtforms import FieldList
from wtforms.utils import unset_value


class RowList(FieldList):
    """A fixed number of rows, some left empty. WTForms' FieldList renumbers the rows it read
    (so "choices-0, choices-3" become 0 and 1) and then pads with rows that read the form
    again at the next index, repeating a row; this pads with empty rows instead."""

    min_entries: int

    def process(self, formdata: Any, data: Any = unset_value, extra_filters: Any = None) -> None:
        wanted = self.min_entries
        self.min_entries = 0
        try:
            super().process(formdata, data, extra_filters)
        finally:
            self.min_entries = wanted
        while len(self.entries) < self.min_entries:
            self._add_entry()
