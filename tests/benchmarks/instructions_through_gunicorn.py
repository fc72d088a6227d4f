"""Machine instructions per request as gunicorn serves it, counted by valgrind (issue 15).

instructions_per_request.py counts a request through Flask's test client; a throughput run
(perf_vs_baseline.py) sends it to gunicorn, whose own per-request work (reading the request
head, its headers, the WSGI environ, checking and writing the response's headers, writing the
body) the test client does not pay, and which grows with what Quizapp sends and receives beyond
B1: a session cookie, the security headers, a page of 10 kB. This counts the same requests
(the same prepared database, the same kinds) as gunicorn's sync worker handles them: its
``SyncWorker.handle`` is called in-process, without a fork, for each connection accepted on a
local socket, and the response is read back on the client side of that socket; the B1 kinds
(``b1-answer``, ``b1-item``) the same way, with their requests' own headers (no cookie), so the
two totals compare what the server side of a throughput run does per request.

    .venv/bin/python tests/benchmarks/instructions_through_gunicorn.py [CHECKOUT ...] [--requests 20]
        [--only question-full question-partial answer b1-item b1-answer]

As instructions_per_request.py: for each checkout a database is prepared once; each kind runs
under ``valgrind --tool=callgrind`` twice on a fresh copy, with ``--requests`` and twice as
many requests after the same warm-up, and the difference divided by ``--requests`` is one
request's count. gunicorn's graceful close (waiting for the client to close after the
response) is replaced by a plain close: the client here reads only after ``handle`` returns,
and the wait is time, not instructions. Needs valgrind. Not collected by pytest.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

from callgrind import instructions_in, run_under_callgrind

import instructions_per_request as per_request

HERE = Path(__file__).resolve()
KINDS = ("question-full", "question-partial", "answer")
BASELINE_KINDS = ("b1-item", "b1-answer")
# As perf_vs_baseline.py sends it with every request (its USER_AGENT); the prepared guest's
# session is bound to the test client's, which is what the prepared cookie was signed for.
TEST_CLIENT_AGENT = "Werkzeug/{version}"


def _requests(kind: str, folder: Path) -> tuple[object, list[per_request.Request], str | None]:
    """The app, the requests of ``kind`` and the session cookie they carry (None for B1)."""
    if kind in BASELINE_KINDS:
        os.environ["BASELINE_DATABASE"] = str(folder / "b1.sqlite")
        sys.path.insert(0, str(HERE.parent))
        app = per_request._baseline_app()
        if kind == "b1-answer":
            return app, [("POST", "/answer", {}, {"text": f"answer {n}"}) for n in range(1000)], None
        return app, [("GET", f"/item/{n % 10 + 1}", {}, None) for n in range(1000)], None
    learner = json.loads((folder / "learner.json").read_text())
    return per_request._app(folder), per_request.requests_of(kind, learner), learner["session"]


def sync_worker(app: object) -> tuple[object, socket.socket, int]:
    """gunicorn's sync worker serving ``app`` in this process, and a local listening socket and
    its port to hand it connections (gc_per_request.py sends its requests through it too)."""
    from gunicorn.config import Config
    from gunicorn.glogging import Logger
    from gunicorn.workers import sync

    config = Config()
    worker = sync.SyncWorker(0, os.getpid(), [], None, 30, config, Logger(config))
    worker.wsgi = app
    sync.util.close_graceful = lambda sock, **_: sock.close()  # see the module's docstring
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    return worker, listener, listener.getsockname()[1]


def through_worker(worker: object, listener: socket.socket, port: int, request: per_request.Request, agent: str, cookie: str | None) -> bytes:
    """Send one request (method, path, headers, form) to ``worker`` over a local socket, the
    session ``cookie`` with it, and read the whole response back; asserts a 200 with no new
    session cookie."""
    method, path, headers, form = request
    body = urllib.parse.urlencode(form).encode() if form else b""
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", f"User-Agent: {agent}", "Accept: */*"]
    if cookie:
        lines.append(f"Cookie: session={cookie}")
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if form:
        lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    accepted, address = listener.accept()
    worker.handle(listener, accepted, address)  # type: ignore[attr-defined]
    response = b""
    while chunk := client.recv(65536):
        response += chunk
    client.close()
    head = response.partition(b"\r\n\r\n")[0]
    assert head.startswith(b"HTTP/1.1 200"), (path, response[:500])
    assert b"\r\nSet-Cookie:" not in head, (path, head)  # no session signed anew
    return response


def run(folder: Path, kind: str, count: int) -> None:
    """Send ``WARM_UP`` + ``count`` requests of ``kind`` through gunicorn's sync worker."""
    import logging
    from importlib.metadata import version

    logging.disable(logging.CRITICAL)
    app, todo, cookie = _requests(kind, folder)
    agent = TEST_CLIENT_AGENT.format(version=version("werkzeug"))
    worker, listener, port = sync_worker(app)
    assert len(todo) >= per_request.WARM_UP + count, f"only {len(todo)} {kind} requests prepared"
    for request in todo[: per_request.WARM_UP + count]:
        through_worker(worker, listener, port, request, agent, cookie)


def count_once(checkout: Path, prepared: Path, kind: str, count: int) -> int:
    with tempfile.TemporaryDirectory(prefix="gunicorn-run-") as scratch:
        folder = Path(scratch)
        for name in ("quizapp.sqlite", "learner.json", "b1.sqlite"):
            if (prepared / name).exists():
                shutil.copy(prepared / name, folder / name)
        out = folder / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(checkout), "QUIZAPP_INSTANCE_DIR": str(folder), "PYTHONHASHSEED": "0"}
        command = [str(checkout / ".venv/bin/python"), str(HERE), "--run", kind, "--folder", str(folder), "--requests", str(count)]
        run_under_callgrind(command, out, env)
        total = instructions_in(out)
        assert total is not None, "no summary in the callgrind output"
        return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkouts", nargs="*", type=Path, default=[HERE.parents[2]])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--only", nargs="*", default=list(KINDS + BASELINE_KINDS), choices=KINDS + BASELINE_KINDS)
    parser.add_argument("--run", choices=KINDS + BASELINE_KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(args.folder, args.run, args.requests)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian package valgrind)")
    for checkout in args.checkouts:
        checkout = checkout.resolve()
        with tempfile.TemporaryDirectory(prefix="gunicorn-prepared-") as scratch:
            prepared = Path(scratch)
            env = {**os.environ, "PYTHONPATH": str(checkout)}
            prepare = [sys.executable, str(HERE.parent / "instructions_per_request.py"), "--folder", str(prepared)]
            subprocess.run([*prepare, "--prepare"], env=env, check=True, capture_output=True)
            if set(args.only) & set(BASELINE_KINDS):
                subprocess.run([*prepare, "--prepare-baseline"], env=env, check=True, capture_output=True)
            for kind in args.only:
                once = count_once(checkout, prepared, kind, args.requests)
                twice = count_once(checkout, prepared, kind, 2 * args.requests)
                print(f"{checkout}  {kind:17} {(twice - once) / args.requests / 1e6:7.2f} M instructions/request through gunicorn",
                      flush=True)


if __name__ == "__main__":
    main()
