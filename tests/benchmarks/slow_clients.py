"""Drill: slow clients trickling headers, and a normal load, against gunicorn worker classes.

For each worker class it starts gunicorn exactly as ``quizapp serve`` would (the same command
line, from quizapp.cli.gunicorn_command) on a free loopback port with a temporary instance
folder, then:

1. slow-client drill: opens N connections that send a request line and then one header byte
   per second, never finishing their headers; meanwhile it asks /healthz once every half second
   (2 s timeout each) and counts the answers and their latency;
2. normal load: L learners at once start a quiz, answer every question and finish (the flow of
   tests/benchmarks/concurrent_answers.py), then it checks in the database that every
   acknowledged answer is stored exactly once (SQLite with threads);
3. stops gunicorn. Configurations are run interleaved, ROUNDS times, and medians printed,
   because times on a shared machine wander.

    .venv/bin/python tests/benchmarks/slow_clients.py [--slow 2,16,64] [--seconds 8]
        [--learners 16] [--questions 6] [--rounds 2] [--classes sync,gthread]

Everything is bounded in time (about a minute per configuration and round) and stops by itself.
Not collected by pytest: a benchmark, not a test.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quizapp.cli import build_parser, gunicorn_command, worker_environment  # noqa: E402
from tests.benchmarks.concurrent_answers import free_port, run_learner  # noqa: E402


def start_server(instance: Path, worker_class: str, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """gunicorn with ``quizapp serve``'s command line for ``worker_class``; returns it and its URL."""
    port = free_port()
    args = build_parser().parse_args(["serve", "--port", str(port), "--worker-class", worker_class])
    command = [*gunicorn_command(args, str(instance)), "quizapp:create_app()"]
    log = open(instance / f"gunicorn-{worker_class}-{port}.log", "w")
    env = {**env, **worker_environment(args, env)}
    server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).read()
            return server, base
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"gunicorn ({worker_class}) did not start; see {log.name}")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=5)


def slow_client(port: int, stop: threading.Event) -> None:
    """A client that starts a request and then sends one header byte a second, until told to stop."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            while not stop.wait(1.0):
                sock.sendall(b"X")
    except OSError:
        pass  # the server may close it: that is a fine defence


def slow_client_drill(base: str, slow: int, seconds: float) -> dict[str, float]:
    """/healthz answers and latency while ``slow`` clients trickle headers."""
    port = int(base.rsplit(":", 1)[1])
    stop = threading.Event()
    clients = [threading.Thread(target=slow_client, args=(port, stop), daemon=True) for _ in range(slow)]
    for client in clients:
        client.start()
    time.sleep(1.5)  # let them connect and occupy whatever they can
    answered, latencies, asked = 0, [], 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        asked += 1
        started = time.perf_counter()
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2).read()
            answered += 1
            latencies.append(time.perf_counter() - started)
        except OSError:
            pass
        time.sleep(max(0.0, 0.5 - (time.perf_counter() - started)))
    stop.set()
    for client in clients:
        client.join(timeout=5)
    return {
        "asked": asked,
        "answered": answered,
        "median_ms": 1000 * statistics.median(latencies) if latencies else float("nan"),
        "max_ms": 1000 * max(latencies) if latencies else float("nan"),
    }


def normal_load(base: str, db_path: Path, learners: int, questions: int) -> dict[str, float]:
    """Learners answering at once; checks every acknowledged answer is stored exactly once."""
    with sqlite3.connect(db_path) as connection:
        before = connection.execute("SELECT count(*) FROM response").fetchone()[0]
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    started = time.perf_counter()
    threads = [
        threading.Thread(target=run_learner, args=(base, questions, latencies, statuses, lock), daemon=True)
        for _ in range(learners)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    elapsed = time.perf_counter() - started
    with sqlite3.connect(db_path) as connection:
        stored = connection.execute("SELECT count(*) FROM response").fetchone()[0] - before
        duplicates = connection.execute(
            "SELECT count(*) FROM (SELECT attempt_question_id FROM response GROUP BY attempt_question_id HAVING count(*) > 1)"
        ).fetchone()[0]
    acknowledged = sum(1 for s in statuses if s in (200, 303)) - 2 * learners  # less start and finish
    ordered = sorted(latencies)
    return {
        "answers_per_s": len(latencies) / elapsed,
        "median_ms": 1000 * statistics.median(ordered) if ordered else float("nan"),
        "p95_ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan"),
        "errors": sum(1 for s in statuses if s not in (200, 303)),
        "acknowledged": acknowledged,
        "stored": stored,
        "duplicates": duplicates,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--slow", default="2,16,64", help="numbers of slow clients, comma-separated")
    parser.add_argument("--seconds", type=float, default=8.0, help="probing time per drill")
    parser.add_argument("--learners", type=int, default=16)
    parser.add_argument("--questions", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=2)
    default_classes = "sync,gthread" + (",gevent" if importlib.util.find_spec("gevent") else "")
    parser.add_argument("--classes", default=default_classes)
    args = parser.parse_args()
    slow_counts = [int(n) for n in args.slow.split(",")]
    classes = args.classes.split(",")

    workdir = Path(tempfile.mkdtemp(prefix="quizapp-slow-"))
    db_path = workdir / "quizapp.sqlite"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_") and k != "DATABASE_URL"}
    env.update(QUIZAPP_INSTANCE_DIR=str(workdir), SECRET_KEY="bench")
    subprocess.run(
        [sys.executable, "-c", "from quizapp.cli import prepare_database; prepare_database()"],
        env=env, check=True, cwd=ROOT, capture_output=True,
    )
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    for round_number in range(1, args.rounds + 1):
        for worker_class in classes:  # interleaved, so a busy spell on the machine hits all alike
            server, base = start_server(workdir, worker_class, env)
            try:
                for slow in slow_counts:
                    figures = slow_client_drill(base, slow, args.seconds)
                    results.setdefault((worker_class, f"slow={slow}"), []).append(figures)
                    print(f"round {round_number} {worker_class:8} slow={slow:<3} /healthz {figures['answered']}/{figures['asked']}"
                          f" median {figures['median_ms']:.0f} ms max {figures['max_ms']:.0f} ms", flush=True)
                figures = normal_load(base, db_path, args.learners, args.questions)
                results.setdefault((worker_class, "load"), []).append(figures)
                print(f"round {round_number} {worker_class:8} load: {figures['answers_per_s']:.1f} answers/s, median "
                      f"{figures['median_ms']:.0f} ms, p95 {figures['p95_ms']:.0f} ms, errors {figures['errors']}, "
                      f"acknowledged {figures['acknowledged']} stored {figures['stored']} duplicates {figures['duplicates']}",
                      flush=True)
            finally:
                stop_server(server)

    print("\nmedians over rounds")
    for (worker_class, phase), runs in sorted(results.items()):
        keys = runs[0].keys()
        summary = ", ".join(f"{k} {statistics.median(r[k] for r in runs):.1f}" for k in keys)
        print(f"  {worker_class:8} {phase:8} {summary}")
    lost = [(c, r) for (c, phase), runs in results.items() if phase == "load" for r in runs if r["stored"] != r["acknowledged"] or r["duplicates"]]
    print("answers stored exactly once: " + ("yes" if not lost else f"NO: {lost}"))
    print(f"(logs in {workdir})")


if __name__ == "__main__":
    main()
