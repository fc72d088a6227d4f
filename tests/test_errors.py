"""Error pages: in the app's style, a fragment for htmx, never a traceback."""
from __future__ import annotations

from tests.helpers.app import HX, make_app


def test_unexpected_errors_get_a_styled_500_without_details(tmp_path, template_db):
    import shutil

    path = tmp_path / "e.sqlite"
    shutil.copy(template_db, path)
    app = make_app(path, tmp_path, TESTING=False, PROPAGATE_EXCEPTIONS=False)

    @app.get("/explode")
    def explode():
        raise RuntimeError("secret internals")

    client = app.test_client()
    page = client.get("/explode")
    assert page.status_code == 500
    assert "Something went wrong" in page.text and "<nav" in page.text
    assert "secret internals" not in page.text and "Traceback" not in page.text
    fragment = client.get("/explode", headers=HX)
    assert fragment.status_code == 500 and "<nav" not in fragment.text and "Something went wrong" in fragment.text


def test_wrong_method_is_405_with_allow_header(client):
    response = client.put("/quiz/new")
    assert response.status_code == 405 and "GET" in response.headers["Allow"]


def test_healthz_reports_an_unreachable_database(tmp_path):
    app = make_app(tmp_path / "missing-dir" / "nope.sqlite", tmp_path)
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["database"] == "unreachable"


def test_control_characters_in_forms_are_refused_and_change_nothing(client, auth, app):
    from sqlalchemy import func, select

    from quizapp.auth.models import User
    from quizapp.extensions import db

    response = client.post("/auth/register", data={"username": "nul\x00name", "password": "long enough pw", "confirm": "long enough pw"})
    assert response.status_code == 400 and "control characters" in response.text
    assert client.get("/quiz/new?document=\x01").status_code == 400
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(User)).scalar_one() == 0
    # tabs and newlines are ordinary text
    assert client.post("/auth/register", data={"username": "tab\tname", "password": "x", "confirm": "x"}).status_code == 422


# ---------------------------------------------------------------- htmx errors go to the error slot


def test_an_htmx_error_goes_to_the_layouts_error_slot_and_a_page_error_is_a_whole_page(app, client, auth):
    """htmx 4 swaps error responses: retargeted, the message lands in the slot and the region
    the request aimed at stays."""
    from tests.helpers.sets import make_set, question_ids

    owner_id = auth.create_and_login("teacher")
    set_id = make_set(app, owner_id, question_ids(app, n=2))
    fragment = client.post(f"/sets/{set_id}/items", data={"question_id": "not a number"}, headers=HX)
    assert fragment.status_code == 422
    assert fragment.headers["HX-Retarget"] == "#error-slot" and fragment.headers["HX-Reswap"] == "innerHTML"
    assert "Choose a question to add." in fragment.text and "<nav" not in fragment.text and "<title>" not in fragment.text
    assert "HX-Request" in fragment.headers["Vary"]

    page = client.post(f"/sets/{set_id}/items", data={"question_id": "not a number"})
    assert page.status_code == 422 and "Choose a question to add." in page.text and "<nav" in page.text
    assert "HX-Retarget" not in page.headers

    missing = client.get("/quiz/999999", headers=HX)
    assert missing.status_code == 404 and missing.headers["HX-Retarget"] == "#error-slot" and "Not found" in missing.text


def test_every_page_has_the_error_slot_as_an_alert(client):
    page = client.get("/")
    assert '<div id="error-slot" class="error-slot" role="alert"></div>' in page.text


def test_a_validation_error_stays_in_its_form(client):
    """A form re-rendered with its messages (422) is the region itself: it is not retargeted."""
    response = client.post("/auth/register", data={"username": "x", "password": "x", "confirm": "y"}, headers=HX)
    assert response.status_code == 422 and 'id="register-form"' in response.text
    assert "HX-Retarget" not in response.headers


def test_a_partial_page_fetched_by_htmx_names_the_page_in_its_title(app, client):
    """The next question is fetched by htmx and its URL pushed: its <title> (which htmx 4 makes
    the document's) is the one the full page has."""
    import re

    from tests.helpers.quiz import start_quiz

    url = start_quiz(client, app, count=2)
    attempt = re.search(r"/quiz/\d+", url).group(0)
    full = client.get(f"{attempt}/q/2")
    partial = client.get(f"{attempt}/q/2", headers=HX)
    full_title = re.search(r"<title>(.*?)</title>", full.text).group(1)
    assert full_title.startswith("Question 2 of 2 — ") and full_title.endswith(" · Quizapp")
    assert "<html" not in partial.text
    assert re.findall(r"<title>(.*?)</title>", partial.text) == [full_title]
