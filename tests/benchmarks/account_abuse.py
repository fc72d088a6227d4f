"""Attacker's-eye check of accounts and sessions against a real gunicorn with two workers.

Starts gunicorn on 127.0.0.1 with a fresh SQLite database (CSRF on, real argon2 cost), then:
1. 30 wrong passwords for one account: how many are answered before 429, and Retry-After;
2. the right password during the lock-out;
3. sign-in time for an existing and an unknown username (medians, interleaved);
4. replaying a signed-out browser's session and remember cookies;
5. a guest merged into an account: its cookies, and the id of the next account created;
6. 50 cookie-less GETs of a deck's study page: accounts and card rows created.
Prints one JSON report and exits 1 if any check fails. Requests go to 127.0.0.1 only.

    .venv/bin/python tests/benchmarks/account_abuse.py

Not collected by pytest (the file name does not start with test_).
"""
from __future__ import annotations

import http.cookiejar
import json
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from concurrent_answers import wait_until_up

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long benchmark passphrase"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A cookie jar and a way to send requests; ``cookies`` can be copied to another Browser."""

    def __init__(self, base: str, cookies: list[http.cookiejar.Cookie] | None = None):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        for cookie in cookies or []:
            self.jar.set_cookie(cookie)
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    @property
    def cookies(self) -> list[http.cookiejar.Cookie]:
        return list(self.jar)

    def request(self, path: str, data: dict | None = None) -> tuple[int, str, dict[str, str]]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, data=body, timeout=30) as r:
                return r.status, r.read().decode(), dict(r.headers)
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace"), dict(e.headers)

    def form_post(self, page: str, path: str, data: dict) -> tuple[int, str, dict[str, str]]:
        _, html, _ = self.request(page)
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)
        return self.request(path, {"csrf_token": token, **data})

    def who(self) -> str:
        _, html, _ = self.request("/")
        header = html.split('<div class="account">')[1].split("</div>")[0]
        match = re.search(r"Signed in as <strong>([^<]+)</strong>", header)
        return match.group(1) if match else ("guest" if "Studying as a guest" in header else "nobody")


def register(base: str, name: str) -> Browser:
    browser = Browser(base)
    status, _, _ = browser.form_post("/auth/register", "/auth/register", {"username": name, "password": PASSWORD, "confirm": PASSWORD})
    assert status == 303, status
    return browser


def login(browser: Browser, name: str, password: str = PASSWORD, remember: bool = True) -> tuple[int, dict[str, str]]:
    data = {"username": name, "password": password, **({"remember": "y"} if remember else {})}
    status, _, headers = browser.form_post("/auth/login", "/auth/login", data)
    return status, headers


def main() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="quizapp-abuse-"))
    db_path = workdir / "abuse.sqlite"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db_path}", "SECRET_KEY": "abuse-benchmark"}
    subprocess.run([sys.executable, "-c", "from quizapp.cli import prepare_database; prepare_database()"], env=env, check=True, cwd=ROOT, capture_output=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "2", "quizapp:create_app()"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=open(workdir / "gunicorn.log", "w"),
    )
    base = f"http://127.0.0.1:{port}"
    report: dict[str, object] = {}
    checks: dict[str, bool] = {}
    try:
        wait_until_up(base)

        # 1-2. throttling
        register(base, "victim")
        attacker = Browser(base)
        answers = [login(attacker, "victim", f"wrong guess {n}", remember=False) for n in range(30)]
        statuses = [status for status, _ in answers]
        report["thirty_wrong_passwords"] = {"422": statuses.count(422), "429": statuses.count(429), "last_retry_after": answers[-1][1].get("Retry-After")}
        checks["30 wrong passwords end in 429"] = statuses[-1] == 429 and statuses.count(422) <= 10
        right_status, _ = login(attacker, "victim", PASSWORD)
        checks["right password refused while locked"] = right_status == 429

        # 3. timing (fresh names per try so the account throttle does not step in)
        register(base, "timed")
        known: list[float] = []
        unknown: list[float] = []
        for n in range(4):
            for name, bucket in (("timed", known), (f"nobody-{n}", unknown)):
                browser = Browser(base)
                _, html, _ = browser.request("/auth/login")
                token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)
                started = time.perf_counter()
                browser.request("/auth/login", {"csrf_token": token, "username": name, "password": "wrong guess"})
                bucket.append(time.perf_counter() - started)
        report["sign_in_ms"] = {"existing": round(statistics.median(known) * 1000), "unknown": round(statistics.median(unknown) * 1000)}
        ratio = statistics.median(known) / statistics.median(unknown)
        checks["unknown user costs the same (ratio within 1/3..3)"] = 1 / 3 < ratio < 3

        # 4. replay after sign-out
        alice = register(base, "alice")
        alice.form_post("/", "/auth/logout", {})
        login(alice, "alice")
        stolen = alice.cookies
        alice.form_post("/", "/auth/logout", {})
        replay = Browser(base, stolen)
        checks["signed-out cookies sign in nobody"] = replay.who() == "nobody"
        remember_only = Browser(base, [c for c in stolen if c.name == "remember_token"])
        checks["signed-out remember cookie alone signs in nobody"] = remember_only.who() == "nobody"

        # 5. guest merge, id reuse
        guest = Browser(base)
        guest.form_post("/cards/doc-1/study", "/cards/doc-1/start", {})
        guest_cookies = guest.cookies
        with sqlite3.connect(db_path) as con:
            guest_id = con.execute("SELECT max(id) FROM account WHERE username IS NULL").fetchone()[0]
        login(guest, "alice")
        register(base, "newcomer")
        with sqlite3.connect(db_path) as con:
            newcomer_id = con.execute("SELECT id FROM account WHERE username = 'newcomer'").fetchone()[0]
        report["ids"] = {"merged_guest": guest_id, "next_account": newcomer_id}
        checks["the merged guest's id is not reused"] = newcomer_id != guest_id
        checks["the merged guest's cookies sign in nobody"] = Browser(base, guest_cookies).who() == "nobody"

        # 6. cookie-less GETs
        with sqlite3.connect(db_path) as con:
            before = con.execute("SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM study_card)").fetchone()
        for _ in range(50):
            Browser(base).request("/cards/doc-1/study")
        with sqlite3.connect(db_path) as con:
            after = con.execute("SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM study_card)").fetchone()
        report["accounts_and_cards_before_after_50_gets"] = [list(before), list(after)]
        checks["50 cookie-less GETs create nothing"] = before == after
    finally:
        server.terminate()
        server.wait(timeout=10)
    report["checks"] = checks
    print(json.dumps(report, indent=2))
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
