"""Fixtures that drive Debian's Chromium through Playwright against a live server.

What only a browser shows is tested here: htmx swaps, focus, the keyboard, the page with
JavaScript off, and axe-core's accessibility rules. The server runs the same app as the
``app`` fixture, but with CSRF checks on, since a real browser has to pass them.

htmx and SortableJS are referenced from their CDN with an SRI ``integrity`` attribute. The
browser never goes to the network: each CDN URL is answered with the npm copy of the same file,
so the integrity check still runs on real bytes. Every other request that is not for the live server is aborted.

Missing prerequisites (Chromium, Playwright, ``npm ci --prefix tests/browser``) skip these
tests locally, but fail them when ``CI=true``: CI must never pass by skipping them.
"""
from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from werkzeug.serving import make_server

from quizapp import HTMX_URL, PROJECT_DIR, SORTABLE_URL
from quizapp.config import HTMX_SSE_URL

CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = Path(__file__).resolve().parent / "node_modules"
HTMX_JS = NODE_MODULES / "htmx.org" / "dist" / "htmx.min.js"
HTMX_SSE_JS = NODE_MODULES / "htmx.org" / "dist" / "ext" / "hx-sse.min.js"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
SORTABLE_JS = NODE_MODULES / "sortablejs" / "Sortable.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Long enough for a loaded CI machine, short enough that a broken swap fails quickly.
TIMEOUT_MS = 10_000


def missing_prerequisites() -> list[str]:
    """What the browser tests need and cannot find, in words a developer can act on."""
    missing = []
    if importlib.util.find_spec("playwright") is None:
        missing.append("the playwright package (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium; never `playwright install`)")
    for path in (HTMX_JS, AXE_JS, SORTABLE_JS):
        if not path.exists():
            missing.append(f"{path.relative_to(PROJECT_DIR)} (npm ci --prefix tests/browser)")
    return missing


@pytest.fixture(scope="session")
def browser_prerequisites() -> None:
    missing = missing_prerequisites()
    if not missing:
        return
    reason = "browser tests need " + "; ".join(missing)
    if os.environ.get("CI") == "true":
        pytest.fail(reason + " — CI must run them, not skip them", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def live_server(app) -> Iterator[str]:
    """The app served over real HTTP on a free local port; yields its base URL.

    ``app`` is the shared fixture (a private copy of the migrated database with the shipped
    bank); only CSRF protection is switched back on, which Flask-WTF reads per request.
    """
    app.config["WTF_CSRF_ENABLED"] = True
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser(browser_prerequisites: None) -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
    finally:
        playwright.stop()


def _route_offline(context: Any, blocked: list[str]) -> None:
    """Serve the CDN URLs (htmx, SortableJS) from node_modules, let the live server through,
    abort the rest."""
    cdn_files = {HTMX_URL: HTMX_JS.read_bytes(), SORTABLE_URL: SORTABLE_JS.read_bytes(), HTMX_SSE_URL: HTMX_SSE_JS.read_bytes()}

    def handle(route: Any) -> None:
        url = route.request.url
        if url in cdn_files:
            route.fulfill(
                status=200,
                body=cdn_files[url],
                content_type="application/javascript",
                # The script tag says crossorigin="anonymous": without this header the CORS
                # check fails and the browser refuses the script, as it would from the CDN.
                headers={"Access-Control-Allow-Origin": "*"},
            )
        elif urlsplit(url).hostname in LOCAL_HOSTS or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    context.route("**/*", handle)


class BrowserPage:
    """Records what went wrong in the page, for tests that say "and no errors"."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        self.blocked: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("console", self._console)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")


def _new_page(browser: Any, live_server: str, **context_options: Any) -> Iterator[Any]:
    context = browser.new_context(base_url=live_server, **context_options)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.problems = BrowserPage(page)  # type: ignore[attr-defined]
    _route_offline(context, page.problems.blocked)  # type: ignore[attr-defined]
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    """A fresh browser context (no cookies) with JavaScript on; relative URLs hit the live server."""
    yield from _new_page(browser, live_server)


@pytest.fixture
def new_page(browser: Any, live_server: str) -> Iterator[Callable[..., Any]]:
    """Makes more pages, each in its own context (its own cookies: another person), with the
    same offline routing; ``new_page(viewport={"width": 320, "height": 640})`` for a phone."""
    opened: list[Iterator[Any]] = []

    def make(**context_options: Any) -> Any:
        pages = _new_page(browser, live_server, **context_options)
        opened.append(pages)
        return next(pages)

    yield make
    for pages in opened:
        next(pages, None)  # closes its context


@pytest.fixture
def nojs_page(browser: Any, live_server: str) -> Iterator[Any]:
    """The same, with JavaScript off: htmx never runs, plain forms and links must do."""
    yield from _new_page(browser, live_server, java_script_enabled=False)


@pytest.fixture
def axe(browser_prerequisites: None) -> Callable[[Any], list[dict[str, Any]]]:
    """Run axe-core on the page as it is now; return its serious and critical violations."""

    axe_source = AXE_JS.read_text(encoding="utf-8") + "\n;undefined"

    def run(page: Any) -> list[dict[str, Any]]:
        # Evaluated through DevTools, not added as an inline <script>: the app's
        # Content-Security-Policy refuses inline scripts, and rightly.
        if not page.evaluate("typeof window.axe === 'object'"):
            page.evaluate(axe_source)
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        return [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]

    return run

