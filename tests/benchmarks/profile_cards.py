"""Profile the flashcard and teacher pages in-process at benchmark size (issue 15).

``perf_vs_baseline.py`` says how fast; this says where the time goes, one request at a time,
without gunicorn or the network: the study page and rating POST of a learner with 12,000
cards and of one with only the shipped 74-card deck, the deck list and statistics (12,000
cards, 100,000 reviews), progress (1,000 attempts) and a set's results (a class of
``--class-size`` students). The data is made by ``perf_vs_baseline.QuizappData`` (through a
local server in a thread for its HTTP steps), once, into ``--data DIR``; later runs reuse it.

    .venv/bin/python tests/benchmarks/profile_cards.py --data /tmp/cards-data --prepare
    .venv/bin/python tests/benchmarks/profile_cards.py --data /tmp/cards-data [--requests 200]
        [--only study-big study-small rate-big rate-small decks stats progress results b1-get b1-post]
        [--profile] [--top 30] [--html OUT_DIR]
    .venv/bin/python tests/benchmarks/profile_cards.py --data /tmp/cards-data --callgrind [--requests 20]
        [--only study-big study-small rate-big rate-small b1-get b1-post]

Each run copies the prepared database, so ratings start from the same state every time.
``--html OUT_DIR`` writes each page's body (the first request's, and the last one's as
``<scenario>-last.html``) for comparing before/after byte for byte. For repeatable instruction counts on a noisy machine run it under
``valgrind --tool=callgrind`` with ``--requests 1`` and ``--requests 21`` and divide the
difference by 20; ``--callgrind`` counts each scenario of ``--only`` in one valgrind run (with
``PYTHONHASHSEED=0``, see ``instructions_per_request``) and prints millions of instructions
per request, B1's included, so the ratio to the floor is measured the same way. Not collected by pytest: a tool for finding what to fix, not a test.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path
from callgrind import instructions_in, run_under_callgrind

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

WARM_UP = 3  # requests after the first, before the measured ones (--callgrind)
HX = {"HX-Request": "true", "HX-Request-Type": "partial"}
SCENARIOS = ["study-big", "study-small", "rate-big", "rate-small", "decks", "stats", "progress", "results"]
# B1 (baseline_app.py) in-process, the floor the goals are ratios to: its GET of a page from
# one SELECT (what a study page is measured against) and its POST storing one row (a rating's).
BASELINE = ["b1-get", "b1-post"]


def prepare(folder: Path, class_size: int) -> None:
    """The database and a manifest of who is who (cookies, ids), made once."""
    from werkzeug.serving import make_server

    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "quizapp.sqlite"
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    os.environ["SECRET_KEY"] = "bench"
    from quizapp.cli import prepare_database

    prepare_database()
    from quizapp import create_app

    server_app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}", "SECRET_KEY": "bench"})
    server = make_server("127.0.0.1", 0, server_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    import perf_vs_baseline as bench

    args = argparse.Namespace(connections=1, card_learners=1, attempts_per_learner=1)
    try:
        data = bench.QuizappData(db_path, f"http://127.0.0.1:{server.server_port}", args)
        data.make_learners()
        data.make_classes([class_size])
    finally:
        server.shutdown()
    big, small = data.big_learners[0], data.small_learners[0]
    manifest = {
        "deck_key": data.deck_key,
        "big": {"cookie": big.browser.cookie, "csrf": big.browser.csrf, "user_id": big.user_id},
        "small": {"cookie": small.browser.cookie, "csrf": small.browser.csrf, "user_id": small.user_id},
        "teacher": {"cookie": data.teacher.cookie},
        "results_path": f"/sets/{data.class_sets[class_size]}/results",
        "now": data.now.isoformat(),
        "document_id": data.document_id,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--class-size", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--only", nargs="*", default=SCENARIOS)
    parser.add_argument("--measure", nargs="*", help="only these of --only get --requests (the others just their first)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--html", type=Path, help="write each scenario's first response body here")
    parser.add_argument("--callgrind", action="store_true", help="instructions per request, by valgrind, per scenario")
    parser.add_argument("--marks", action="store_true", help=argparse.SUPPRESS)  # --callgrind's run: mark the measured requests
    args = parser.parse_args()
    if args.prepare:
        prepare(args.data, args.class_size)
        return
    if args.callgrind:
        for scenario, per_request in instructions_per_request(args.data, args.only, args.requests).items():
            print(f"{scenario:12} {per_request / 1e6:.2f} M instructions per request", flush=True)
        return

    manifest = json.loads((args.data / "manifest.json").read_text())
    work = Path(tempfile.mkdtemp(prefix="quizapp-cards-"))
    shutil.copy(args.data / "quizapp.sqlite", work / "quizapp.sqlite")
    os.environ["DATABASE_URL"] = f"sqlite:///{work / 'quizapp.sqlite'}"
    os.environ["SECRET_KEY"] = "bench"
    import sqlite3
    from datetime import datetime

    from quizapp import create_app

    now = datetime.fromisoformat(manifest["now"])
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{work / 'quizapp.sqlite'}", "SECRET_KEY": "bench"})
    app.config["CLOCK"] = lambda: now  # the same day as the data, so the same cards are due
    deck = manifest["deck_key"]

    def client_for(who: str):
        client = app.test_client()
        for part in manifest[who]["cookie"].split("; "):
            name, _, value = part.partition("=")
            client.set_cookie(name, value)
        return client

    def rating_calls(who: str, n: int) -> list:
        """Good ratings of the learner's deck cards, each with its state token (new cards first)."""
        client = client_for(who)
        with sqlite3.connect(work / "quizapp.sqlite") as con:
            rows = con.execute(
                "select sc.id, sc.last_review from study_card sc join flashcard f on f.id = sc.flashcard_id "
                "where sc.user_id = ? and f.document_id = ? order by sc.id",
                (manifest[who]["user_id"], manifest["document_id"]),
            ).fetchall()
        calls = []
        for card_id, last_review in (rows * (1 + n // max(1, len(rows))))[:n]:
            token = datetime.fromisoformat(last_review).isoformat() if last_review else "new"
            body = {"csrf_token": manifest[who]["csrf"], "rating": "3", "token": token}
            calls.append(partial(client.post, f"/cards/{deck}/card/{card_id}/rate", data=body, headers=HX))
        return calls

    baseline = None
    warm_up = WARM_UP if args.marks else 0
    for scenario in args.only:
        if scenario in BASELINE:
            if baseline is None:
                baseline = baseline_client(work)
            if scenario == "b1-get":
                calls = [partial(baseline.get, "/item/1")] * (1 + warm_up + args.requests)
            else:
                calls = [partial(baseline.post, "/answer", data={"text": "Dina Boluarte"})] * (1 + warm_up + args.requests)
            run_scenario(args, scenario, calls, warm_up)
            continue
        n = 1 + warm_up + (args.requests if args.measure is None or scenario in args.measure else 0)
        if scenario.startswith("study"):
            client = client_for("big" if scenario.endswith("big") else "small")
            calls = [partial(client.get, f"/cards/{deck}/study", headers=HX)] * n
        elif scenario.startswith("rate"):
            calls = rating_calls("big" if scenario.endswith("big") else "small", n)
        elif scenario == "results":
            client = client_for("teacher")
            calls = [partial(client.get, manifest["results_path"])] * n
        else:
            client = client_for("big")
            path = {"decks": "/cards/", "stats": "/cards/stats", "progress": "/quiz/progress"}[scenario]
            calls = [partial(client.get, path)] * n
        run_scenario(args, scenario, calls, warm_up)
    shutil.rmtree(work, ignore_errors=True)


def run_scenario(args: argparse.Namespace, scenario: str, calls: list, warm_up: int = 0) -> None:
    """The first call (a warm-up, written with ``--html``), then the others timed (and profiled).
    With ``--marks``, ``warm_up`` more calls, and ``os.getpgid`` before and after the measured
    ones (see ``instructions_per_request``)."""
    first = calls[0]()
    if first.status_code != 200:
        raise SystemExit(f"{scenario}: {first.status_code} {first.text[:300]}")
    for call in calls[1:1 + warm_up]:
        call()
    calls = calls[warm_up:]
    if args.marks:
        os.getpgid(0)
    if args.html:
        args.html.mkdir(parents=True, exist_ok=True)
        (args.html / f"{scenario}.html").write_bytes(first.data)
    profiler = cProfile.Profile() if args.profile else None
    times = []
    for call in calls[1:]:
        if profiler:
            profiler.enable()
        started = time.perf_counter()
        response = call()
        times.append(time.perf_counter() - started)
        if profiler:
            profiler.disable()
        if response.status_code != 200:
            raise SystemExit(f"{scenario}: {response.status_code} {response.text[:300]}")
    if args.marks:
        os.getpgid(0)
    if args.html and len(calls) > 1:
        (args.html / f"{scenario}-last.html").write_bytes(response.data)
    times.sort()
    if times:
        print(f"{scenario:12} {len(times)} requests: median {1000 * times[len(times) // 2]:.2f} ms, "
              f"mean {1000 * sum(times) / len(times):.2f} ms", flush=True)
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
        print(out.getvalue())


def baseline_client(work: Path):
    """B1's test client, on a database of its own with one stored answer (the GET's item 1)."""
    import baseline_app

    os.environ["BASELINE_DATABASE"] = str(work / "b1.sqlite")
    client = baseline_app.create_app().test_client()
    assert client.post("/answer", data={"text": "Dina Boluarte"}).status_code == 200
    return client


def instructions_per_request(data: Path, scenarios: list[str], requests: int) -> dict[str, float]:
    """Instructions one request of each scenario executes, in ONE run of this script under
    callgrind (a run costs minutes on a loaded machine): ``run_scenario`` calls
    ``os.getpgid`` (a libc call nothing else here makes) after each scenario's warm-up and
    after its measured requests, and callgrind dumps and zeroes its counters there
    (``--dump-before=getpgid``), so every second dump is exactly ``requests`` requests."""
    with tempfile.TemporaryDirectory(prefix="cards-callgrind-") as scratch:
        out = Path(scratch) / "callgrind.out"
        run_under_callgrind(
            [sys.executable, str(Path(__file__).resolve()), "--data", str(data), "--only", *scenarios, "--requests", str(requests), "--marks"],
            out, {**os.environ, "PYTHONHASHSEED": "0"}, dump_before="getpgid",
        )
        # callgrind.out.1, .2, ... at each mark, then callgrind.out itself at exit.
        dumps = sorted(Path(scratch).glob("callgrind.out*"), key=lambda path: int(path.suffix[1:]) if path.suffix[1:].isdigit() else 1 << 30)
        totals = []
        for dump in dumps:
            total = instructions_in(dump)
            assert total is not None, f"no summary in {dump.name}"
            totals.append(total)
    measured = totals[1::2]  # dumps: start-up and warm-up, scenario 1, warm-up, scenario 2, ...
    # One dump per mark and one at exit: any other getpgid call would shift them.
    assert len(totals) == 2 * len(scenarios) + 1, (len(totals), scenarios)
    return {scenario: total / requests for scenario, total in zip(scenarios, measured)}


if __name__ == "__main__":
    main()
