"""Drill: what an attacker's script sends, against a real ``quizapp serve`` (gunicorn, default
worker class), timed from the client: 1 MB number answers of several shapes, a 5 MB body, and
the security headers. Prints one line per probe; stops the server by itself.

    .venv/bin/python tests/benchmarks/abuse_drill.py

Not collected by pytest: a drill, not a test (tests/quiz/test_answer_abuse.py and
tests/test_request_limits_and_headers.py assert the same through the test client).
"""
from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.concurrent_answers import Learner, free_port, token  # noqa: E402

SHAPES = {
    "digits": "1" * 1_000_000,
    "'1,' * N": "1," * 500_000,
    "'1.1.' * N": "1.1." * 250_000,
    "spaces": " " * 999_999 + "1",
    "'1 ' * N": "1 " * 500_000,
}


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="quizapp-abuse-"))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_") and k != "DATABASE_URL"}
    env.update(QUIZAPP_INSTANCE_DIR=str(workdir), SECRET_KEY="drill")
    log = open(workdir / "serve.log", "w")
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("quizapp")), "serve", "--port", str(port)],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit(f"quizapp serve did not start; see {log.name}") from None
                time.sleep(0.2)
        guest = Learner(base)
        _, page, _ = guest.request("/quiz/new")
        topics = re.findall(r'name="topics"[^>]*value="(\d+)"', page) or re.findall(r'value="(\d+)"[^>]*name="topics"', page)
        form = [("csrf_token", token(page)), ("document", "1"), ("count", "1"), ("mode", "practice"), ("focus", "all"),
                ("types", "numeric")] + [("topics", t) for t in topics]
        _, _, location = guest.request("/quiz/new", form)
        question = urllib.parse.urlsplit(location).path
        _, page, _ = guest.request(question)
        csrf = token(page)
        for name, answer in SHAPES.items():
            body = urllib.parse.urlencode({"csrf_token": csrf, "number": answer})
            started = time.perf_counter()
            status, text, _ = guest.request(question, {"csrf_token": csrf, "number": answer})
            elapsed = time.perf_counter() - started
            print(f"1 MB answer {name:12} body {len(body) / 1e6:.1f} MB: {status} in {elapsed * 1000:.0f} ms"
                  f"{' (too long)' if 'too long' in text else ''}")
        # As urllib3 (requests) does: the server may answer 413 and close while the body is
        # still being sent; the answer is read all the same.
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        started = time.perf_counter()
        try:
            connection.request("POST", "/auth/login", body=b"a" * (5 * 1024 * 1024),
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
        except (BrokenPipeError, ConnectionResetError):
            pass
        status = connection.getresponse().status
        print(f"5 MB body: {status} in {(time.perf_counter() - started) * 1000:.0f} ms")
        connection.close()
        headers = urllib.request.urlopen(base + "/", timeout=5).headers
        for name in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cache-Control"):
            print(f"{name}: {headers.get(name)}")
    finally:
        server.terminate()
        server.wait(timeout=30)
        print(f"(log in {log.name})")


if __name__ == "__main__":
    main()
