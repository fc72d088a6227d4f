"""Round trips of the shipped bank through every format, and how fast hostile files are refused.

Run from the project root: ``PYTHONPATH=. .venv/bin/python tests/formats/measure_round_trips.py``
(not a test: it prints figures). "equal" counts items that come back with the same id and the
same checked content; formats that make up their own ids (Aiken, Quizlet, Kahoot) are compared
in order by their tests instead.
"""
from __future__ import annotations

import io
import time
import zipfile

from quizapp import formats
from quizapp.bank.parser import Bank
from quizapp.formats.bankio import check_import
from tests.formats.items import checked, contents, shipped
from tests.formats.test_moodle_xml import BILLION_LAUGHS


def main() -> None:
    items = shipped()
    checked_bank = checked(items)
    original = contents(checked_bank)
    declared = bank_fields(checked_bank)
    print(f"shipped bank: {len(items.questions)} questions, {len(items.cards)} cards")
    for name in formats.names(can_export=True):
        chosen = formats.get(name)
        assert chosen.export_items is not None and chosen.import_items is not None
        started = time.perf_counter()
        out = chosen.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
        result = chosen.import_items(out.data, out.filename)
        bank = check_import(result, format_name=name, filename=out.filename)
        back = contents(bank) if bank else {}
        equal = sum(1 for k, v in back.items() if original.get(k) == v)
        fields_back = bank_fields(bank) if bank else {}
        kept = sum(1 for k, v in declared.items() if fields_back.get(k) == v)
        listed = len({n.item for n in out.lost})
        print(
            f"{name:11} {len(out.data):>7} bytes; read back {len(bank.questions) if bank else 0:>3} questions, "
            f"{len(bank.cards) if bank else 0:>3} cards; equal by id {equal:>3}; "
            f"enemies/lint_ok kept {kept:>2}/{len(declared)}; items in the loss report {listed:>3}; "
            f"{time.perf_counter() - started:.2f} s"
        )
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", b"\0" * (65 * 1024 * 1024))
    for label, name, data in (
        ("billion laughs", "moodle-xml", BILLION_LAUGHS),
        ("zip bomb (65 MB collection)", "anki", bomb.getvalue()),
        ("zip with ../", "anki", _zip_with_parent()),
    ):
        started = time.perf_counter()
        try:
            formats.get(name).import_items(data, "hostile")  # type: ignore[misc]
        except formats.FormatError as exc:
            print(f"{label}: refused in {(time.perf_counter() - started) * 1000:.1f} ms: {exc}")


def bank_fields(bank: Bank) -> dict[str, tuple[list[str], dict[str, str]]]:
    """The bank's own fields (``enemies``, ``lint_ok``) of every item that declares one, by id."""
    items = [*bank.questions, *bank.cards]
    return {i.id: (list(getattr(i, "enemies", [])), dict(i.lint_ok)) for i in items if getattr(i, "enemies", None) or i.lint_ok}


def _zip_with_parent() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("../../evil", b"x")
    return out.getvalue()


if __name__ == "__main__":
    main()
