"""The source document the shipped bank cites. It lives outside the project (``../shared``), so
a fresh clone may not have it: tests that need its text are marked ``needs_source`` and skip,
saying why; every other test passes without it."""
from __future__ import annotations

import pytest

from quizapp import PROJECT_DIR

SOURCE = PROJECT_DIR.parent / "shared" / "source" / "peru-crisis-2026.txt"

needs_source = pytest.mark.skipif(
    not SOURCE.exists(), reason=f"source document not found at {SOURCE} (it lives outside the project)"
)
