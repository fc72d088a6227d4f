"""B1's own instructions per request, counted as instructions_per_request.py counts Quizapp's.

The throughput goals of issue 15 are ratios to B1 (``baseline_app.py``); this gives the budget
in the one measure that stays steady on a shared machine:

    .venv/bin/python tests/benchmarks/instructions_b1.py [--requests 20]

For each of B1's two requests (``GET /item/1``, the question pages' floor, and ``POST /answer``,
the answer POST's), the same script runs under ``valgrind --tool=callgrind`` twice, sending
``--requests`` and twice as many requests after the same warm-up through Flask's test client;
the difference of the totals divided by ``--requests`` is one request's count. Needs valgrind.
Not collected by pytest.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from callgrind import instructions_in, run_under_callgrind

HERE = Path(__file__).resolve()
WARM_UP = 5
KINDS = {"get": ("GET", "/item/1"), "post": ("POST", "/answer")}


def run(kind: str, count: int) -> None:
    import logging

    logging.disable(logging.CRITICAL)
    sys.path.insert(0, str(HERE.parent))
    from baseline_app import create_app

    app = create_app()
    client = app.test_client()
    client.post("/answer", data={"text": "the first row, for GET /item/1"})
    method, path = KINDS[kind]
    for _ in range(WARM_UP + count):
        response = client.open(path, method=method, data={"text": "an answer"} if method == "POST" else None)
        assert response.status_code == 200, response.status_code


def count_once(kind: str, count: int) -> int:
    with tempfile.TemporaryDirectory(prefix="instructions-b1-") as scratch:
        out = Path(scratch) / "callgrind.out"
        env = {**os.environ, "BASELINE_DATABASE": str(Path(scratch) / "b1.sqlite"), "PYTHONHASHSEED": "0"}
        run_under_callgrind([sys.executable, str(HERE), "--run", kind, "--requests", str(count)], out, env)
        total = instructions_in(out)
        assert total is not None, "no summary in the callgrind output"
        return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--run", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(args.run, args.requests)
        return
    for kind, (method, path) in KINDS.items():
        once, twice = count_once(kind, args.requests), count_once(kind, 2 * args.requests)
        print(f"B1 {method} {path:8} {(twice - once) / args.requests / 1e6:7.2f} M instructions/request", flush=True)


if __name__ == "__main__":
    main()
