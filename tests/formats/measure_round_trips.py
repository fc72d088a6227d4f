"""Round trips of the shipped bank through every format, and how fast hostile files are refused.

Run from the project root: ``PYTHONPATH=. .venv/bin/python tests/formats/measure_round_trips.py``
(not a test: it prints figures). "equal" counts the items written that come back with the same
id and the same checked content; formats that make up their own ids (Aiken, Quizlet, Kahoot)
are compared in order, on what they hold. "enemies/lint_ok": of the written items declaring
either, how many come back with both equal, how many have a loss note naming each one lost,
and how many lose one silently (tests/formats/test_bank_fields.py asserts none does).
"""
from __future__ import annotations

import io
import time
import zipfile

from quizapp import formats
from tests.formats.items import HELD_IN_ORDER, measure, shipped, with_waivers
from tests.formats.test_moodle_xml import BILLION_LAUGHS


def main() -> None:
    items = with_waivers(shipped())
    print(f"shipped bank: {len(items.questions)} questions, {len(items.cards)} cards (one question and one card given lint waivers)")
    for name in formats.names(can_export=True):
        chosen = formats.get(name)
        started = time.perf_counter()
        m = measure(chosen, items)
        how = "in order" if name in HELD_IN_ORDER else "by id"
        print(
            f"{name:11} written as themselves {m.written:>3}, equal {how} {m.equal:>3}; "
            f"enemies/lint_ok on {len(m.declaring):>2} written items: kept {len(m.kept):>2}, "
            f"listed in the loss report {len(m.listed):>2}, silent {len(m.declaring) - len(m.kept) - len(m.listed)}; "
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


def _zip_with_parent() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("../../evil", b"x")
    return out.getvalue()


if __name__ == "__main__":
    main()
