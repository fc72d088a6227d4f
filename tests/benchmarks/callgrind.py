"""Counting a command's machine instructions under valgrind's callgrind: the one way the speed
benchmarks here compare code (steady on a shared, noisy machine, unlike wall-clock time).
Used by instructions_per_request.py, instructions_through_gunicorn.py, instructions_b1.py, pipeline_ladder.py,
phase_instructions.py and profile_cards.py."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path


def run_under_callgrind(command: Sequence[str], out: Path, env: Mapping[str, str], *, dump_before: str | None = None) -> None:
    """Run ``command`` under callgrind writing ``out`` (and ``out.N`` at each call of
    ``dump_before``, a function the measured program calls to mark its phases); stop with the
    program's error output if it fails."""
    options = ["--tool=callgrind", f"--callgrind-out-file={out}", *([f"--dump-before={dump_before}"] if dump_before else [])]
    result = subprocess.run(["valgrind", *options, *command], env=dict(env), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"run failed:\n{result.stderr[-3000:]}")


def instructions_in(dump: Path) -> int | None:
    """The instructions one callgrind output file counted (its summary or totals line)."""
    text = dump.read_text()
    found = re.search(r"^summary: (\d+)", text, re.M) or re.search(r"^totals: (\d+)", text, re.M)
    return int(found.group(1)) if found else None
