"""Python's cyclic garbage collector per request as gunicorn serves it (issue 15).

A throughput run's CPU per request can differ from its instruction count (callgrind counts 20
and 40 requests, between which a full collection may or may not fall): a collection of the
oldest generation walks every object the worker holds, the app's startup objects among them.
This sends the question pages and answers of instructions_through_gunicorn.py through
gunicorn's sync worker in-process (the same prepared database, no valgrind) and prints, per
kind, the collections of each generation per 1,000 requests, the time they took per request,
the objects the collector tracks, and the worker's RSS after the app is made and at the end.

    .venv/bin/python tests/benchmarks/gc_per_request.py [CHECKOUT ...] [--requests 1000]

Not collected by pytest.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
KINDS = ("question-full", "question-partial", "answer")


def rss_mb() -> float:
    match = re.search(r"VmRSS:\s+(\d+) kB", Path("/proc/self/status").read_text())
    return int(match.group(1)) / 1024 if match else 0.0


def run(folder: Path, kind: str, count: int) -> None:
    import logging
    from importlib.metadata import version

    sys.path.insert(0, str(HERE.parent))
    import instructions_per_request as per_request
    from instructions_through_gunicorn import TEST_CLIENT_AGENT, sync_worker, through_worker

    logging.disable(logging.CRITICAL)
    learner = json.loads((folder / "learner.json").read_text())
    app = per_request._app(folder)
    startup_rss = rss_mb()
    todo = per_request.requests_of(kind, learner)
    if kind != "answer":
        todo = todo * (count // len(todo) + 2)
    count = min(count, len(todo) - per_request.WARM_UP)
    agent = TEST_CLIENT_AGENT.format(version=version("werkzeug"))
    worker, listener, port = sync_worker(app)
    collections = [0, 0, 0]
    spent = [0.0]
    started: list[float] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        else:
            spent[0] += time.perf_counter() - started.pop()
            collections[info["generation"]] += 1

    for n, request in enumerate(todo[: per_request.WARM_UP + count]):
        if n == per_request.WARM_UP:
            gc.callbacks.append(watch)
            clock = time.perf_counter()
        through_worker(worker, listener, port, request, agent, learner["session"])
    wall = time.perf_counter() - clock
    gc.callbacks.remove(watch)
    per_thousand = " ".join(f"gen{g} {c * 1000 / count:6.1f}" for g, c in enumerate(collections))
    print(f"{kind:17} {count:5} requests  collections per 1,000: {per_thousand}  "
          f"gc {spent[0] * 1e6 / count:6.0f} µs/request of {wall * 1e6 / count:6.0f}  "
          f"tracked {len(gc.get_objects()):7}  frozen {gc.get_freeze_count():7}  "
          f"RSS {startup_rss:5.0f} -> {rss_mb():5.0f} MB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkouts", nargs="*", type=Path, default=[HERE.parents[2]])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--only", nargs="*", default=list(KINDS), choices=KINDS)
    parser.add_argument("--run", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(args.folder, args.run, args.requests)
        return
    for checkout in args.checkouts:
        checkout = checkout.resolve()
        print(checkout, flush=True)
        with tempfile.TemporaryDirectory(prefix="gc-prepared-") as scratch:
            prepared = Path(scratch)
            env = {**os.environ, "PYTHONPATH": str(checkout)}
            prepare = [sys.executable, str(HERE.parent / "instructions_per_request.py"), "--folder", str(prepared)]
            subprocess.run([*prepare, "--prepare"], env=env, check=True, capture_output=True)
            for kind in args.only:
                with tempfile.TemporaryDirectory(prefix="gc-run-") as run_scratch:
                    folder = Path(run_scratch)
                    for name in ("quizapp.sqlite", "learner.json"):
                        shutil.copy(prepared / name, folder / name)
                    run_env = {**env, "QUIZAPP_INSTANCE_DIR": str(folder)}
                    command = [str(checkout / ".venv/bin/python"), str(HERE), "--run", kind, "--folder", str(folder),
                               "--requests", str(args.requests)]
                    subprocess.run(command, env=run_env, check=True)


if __name__ == "__main__":
    main()
