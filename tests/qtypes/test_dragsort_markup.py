"""What drag and drop needs from the server, checked without a browser: the pinned SortableJS
file is loaded with its SRI hash and allowed by the Content-Security-Policy, and the ordering
and matching questions keep their drop-downs (the answer without JavaScript) inside fieldsets
that static/dragsort.js knows how to enhance."""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

from quizapp import SORTABLE_INTEGRITY, SORTABLE_URL
from tests.helpers.app import make_app
from tests.helpers.quiz import start_quiz

SORTABLE_NPM_FILE = Path(__file__).resolve().parents[1] / "browser" / "node_modules" / "sortablejs" / "Sortable.min.js"


def test_the_layout_loads_sortablejs_pinned_with_its_hash_and_the_policy_allows_it(client):
    response = client.get("/")
    assert f'<script src="{SORTABLE_URL}" integrity="{SORTABLE_INTEGRITY}" crossorigin="anonymous" defer></script>' in response.text
    assert '<script src="/static/dragsort.js" defer></script>' in response.text
    script_src = next(d for d in response.headers["Content-Security-Policy"].split("; ") if d.startswith("script-src"))
    assert SORTABLE_URL in script_src.split()
    assert "sortablejs@1.15.7/" in SORTABLE_URL


def test_the_sri_hash_is_the_hash_of_the_npm_file():
    """The browser refuses the CDN file if the hash is wrong: check it against the same version's
    npm file (installed by ``npm ci --prefix tests/browser``)."""
    if not SORTABLE_NPM_FILE.exists():
        pytest.skip("npm ci --prefix tests/browser has not been run")
    digest = base64.b64encode(hashlib.sha384(SORTABLE_NPM_FILE.read_bytes()).digest()).decode()
    assert SORTABLE_INTEGRITY == f"sha384-{digest}"


@pytest.mark.parametrize("qtype, field", [("ordering", "position-"), ("matching", "match-")])
def test_ordering_and_matching_keep_their_drop_downs_for_pages_without_javascript(client, app, qtype, field):
    page = client.get(start_quiz(client, app, count=1, types=[qtype]), follow_redirects=True).text
    assert f'<fieldset class="{qtype}" data-dragsort="{qtype}"' in page
    selects = re.findall(rf'<select id="({field}\d+)" name="\1">', page)
    assert len(selects) >= 2, page


def test_sortablejs_can_be_served_from_the_schools_own_host(tmp_path, monkeypatch, template_db):
    own = "https://static.school.example/js/Sortable.min.js"
    monkeypatch.setenv("QUIZAPP_SORTABLE_URL", own)
    monkeypatch.setenv("QUIZAPP_SORTABLE_INTEGRITY", "sha384-own")
    response = make_app(template_db, tmp_path).test_client().get("/")
    assert f'<script src="{own}" integrity="sha384-own"' in response.text
    script_src = next(d for d in response.headers["Content-Security-Policy"].split("; ") if d.startswith("script-src"))
    assert own in script_src.split() and SORTABLE_URL not in script_src
