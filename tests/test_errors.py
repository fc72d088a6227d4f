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
