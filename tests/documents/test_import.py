"""Importing: pasted text and uploads, what the user then sees, and what is refused."""
from __future__ import annotations

import pytest

from tests.documents.fixtures import ARTICLE, SPANISH, docx_bytes, pdf_bytes
from tests.documents.helpers import count_documents, import_text, upload
from tests.helpers.app import HX


def test_pasted_text_becomes_numbered_paragraphs_with_headings(client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    page = client.get(f"/documents/{document_id}").get_data(as_text=True)
    assert "<h1>The Lighthouse of Alexandria</h1>" in page
    assert 'value="2"' in page and "It guided sailors into the harbour" in page
    assert page.count(">heading</span>") == 2
    assert page.count(">list item</span>") == 2
    assert "in English" in page


def test_language_is_detected_and_can_be_changed(client, auth):
    auth.create_and_login()
    document_id = import_text(client, SPANISH)
    assert "in Spanish" in client.get(f"/documents/{document_id}").get_data(as_text=True)
    assert client.post(f"/documents/{document_id}/details", data={"title": "Faro", "language": "en"}).status_code == 303
    page = client.get(f"/documents/{document_id}").get_data(as_text=True)
    assert "in English" in page and "<h1>Faro</h1>" in page
    assert client.post(f"/documents/{document_id}/details", data={"title": "Faro", "language": "xx"}).status_code == 422


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("lighthouses.docx", docx_bytes(), "Lighthouses of the Ancient World"),
        ("report.pdf", pdf_bytes(pages=2, words_per_page=120), "The Northern Breakwater"),
        ("page.html", b"<h1>Ports</h1><p>Ships came <i>daily</i>.</p><script>alert(1)</script>", "Ships came daily."),
        ("notes.md", ARTICLE.encode(), "Its End"),
    ],
)
def test_uploads_of_every_kind(client, auth, name, data, expected):
    auth.create_and_login()
    response = upload(client, name, data)
    assert response.status_code == 303, response.data
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert expected in page
    assert "alert(1)" not in page and "<i>" not in page


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("slides.pptx", b"PK\x03\x04junk", "cannot be imported"),
        ("broken.pdf", b"%PDF-1.4 nothing here", "could not be read"),
        ("old.docx", b"\xd0\xcf\x11\xe0 an old .doc", "not a Word document"),
        ("image.txt", b"\x89PNG\x00\x00\x00", "not text"),
    ],
)
def test_bad_files_get_a_message_and_store_nothing(app, client, auth, name, data, message):
    auth.create_and_login()
    response = upload(client, name, data)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert "<html" in response.get_data(as_text=True).lower()
    assert count_documents(app) == 0
    partial = upload(client, name, data, headers=HX)
    assert partial.status_code == 422 and message in partial.get_data(as_text=True)
    assert "<html" not in partial.get_data(as_text=True).lower()
    assert count_documents(app) == 0


def test_nothing_sent_and_both_sent_are_refused(app, client, auth):
    auth.create_and_login()
    assert "Choose a file or paste some text" in client.post("/documents/", data={"text": "  "}).get_data(as_text=True)
    import io

    both = client.post("/documents/", data={"text": "Hello there.", "file": (io.BytesIO(b"Hi."), "a.txt")}, content_type="multipart/form-data")
    assert both.status_code == 422 and "not both" in both.get_data(as_text=True)
    assert count_documents(app) == 0


def test_a_file_over_10_mb_is_refused_with_a_clear_page(app, client, auth):
    auth.create_and_login()
    response = upload(client, "big.txt", b"word " * (2 * 1024 * 1024 + 10))
    assert response.status_code == 413
    assert "Files up to 10 MB can be imported" in response.get_data(as_text=True)
    assert count_documents(app) == 0


def test_a_file_between_1_and_10_mb_is_accepted(app, client, auth):
    """The app's 1 MiB limit for other routes does not apply to the import."""
    auth.create_and_login()
    text = "\n\n".join(f"Paragraph {n} tells of the harbour and its many ships." for n in range(40_000))
    assert 1024 * 1024 < len(text) < 10 * 1024 * 1024
    assert upload(client, "long.txt", text.encode()).status_code == 422  # more paragraphs than allowed…
    text = "\n\n".join(f"Paragraph {n} tells of the harbour and its many ships. " * 8 for n in range(3000))
    assert len(text) > 1024 * 1024
    assert upload(client, "long.txt", text.encode()).status_code == 303  # …but the size itself is fine
    assert count_documents(app) == 1


def test_importing_needs_an_account(client):
    response = client.get("/documents/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    assert client.post("/documents/", data={"text": ARTICLE}).status_code == 404


def test_a_new_version_over_10_mb_is_refused_and_changes_nothing(app, client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    response = upload(client, "big.txt", b"word " * (2 * 1024 * 1024 + 10), url=f"/documents/{document_id}/reimport")
    assert response.status_code == 413 and "Files up to 10 MB" in response.get_data(as_text=True)
    bad = upload(client, "x.pptx", b"PK", url=f"/documents/{document_id}/reimport")
    assert bad.status_code == 422 and "Nothing was changed" in bad.get_data(as_text=True)
    assert "Version 1" in client.get(f"/documents/{document_id}").get_data(as_text=True)


EQUATIONS = (
    "Slaked Lime\n\n"
    "Lime mortar hardens slowly as it takes up carbon dioxide from the air.\n\n"
    "Ca(OH)2 + CO2 → CaCO3 + H2O\n\n"
    "La Disolución De La Caliza\n\n"
    "El agua con gas disuelve la caliza y forma bicarbonato de calcio.\n\n"
    "CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂\n\n"
    "E = mc²\n\n"
    "The same balance explains why caves grow in cold, wet climates."
)


def test_an_equation_line_is_content_not_a_heading(client, auth):
    """Fresh review (kinds7): a chemical equation on a line of its own was taken for a heading
    by the short-line rule, so the drafter filed the next items under a topic titled
    "CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂". An equation is part of the text; title lines stay headings."""
    auth.create_and_login()
    document_id = import_text(client, EQUATIONS)
    page = client.get(f"/documents/{document_id}").get_data(as_text=True)
    assert page.count(">heading</span>") == 2  # "Slaked Lime" and the mixed-language title line
    for equation in ("Ca(OH)2 + CO2 → CaCO3 + H2O", "CaCO₃ + H₂O + CO₂ ⇌ Ca(HCO₃)₂", "E = mc²"):
        assert equation in page, equation
    assert "<h1>Slaked Lime</h1>" in page
