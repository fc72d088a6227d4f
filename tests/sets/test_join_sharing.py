"""Sharing a set's join code: a copyable link and a QR code in the builder, and a projector
page with the code large. Only the set's owner sees them."""
from __future__ import annotations

import re

import segno

from tests.helpers.app import make_user
from tests.helpers.sets import join_code, make_set, question_ids


def _qr_rows(svg: str) -> str:
    """The modules of an inline QR SVG, as segno draws them (one path of dark runs)."""
    return re.search(r'class="qrline"[^>]*d="([^"]+)"', svg).group(1)


def test_the_builder_shows_the_join_link_to_copy_and_its_qr_code(client, auth, app):
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    code = join_code(app, set_id)
    page = client.get(f"/sets/{set_id}")
    assert page.status_code == 200
    link = f"http://localhost/join/{code}"
    assert f'<input id="join-link" class="join-link" type="text" value="{link}" readonly>' in page.text
    assert 'data-copy="#join-link" hidden' in page.text  # shown by script only
    svg = re.search(r"<svg role=\"img\".*?</svg>", page.text, re.S).group(0)
    assert f"<title>QR code of the join link {link}</title>" in svg
    # The QR code encodes the join link: its modules are those of a code made from the link.
    assert _qr_rows(svg) == _qr_rows(segno.make(link, error="m", micro=False).svg_inline(omitsize=True))
    assert _qr_rows(svg) != _qr_rows(segno.make(link + "X", error="m", micro=False).svg_inline(omitsize=True))
    assert f'href="/sets/{set_id}/projector"' in page.text


def test_the_projector_page_shows_the_code_large_to_its_owner_only(client, auth, app):
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    code = join_code(app, set_id)
    page = client.get(f"/sets/{set_id}/projector")
    assert page.status_code == 200
    assert f'<p class="projector-code" aria-label="Join code {" ".join(code)}">{code}</p>' in page.text
    assert f"http://localhost/join/{code}" in page.text and "<svg role=\"img\"" in page.text
    auth.logout()
    make_user(app, "other")
    auth.login("other")
    assert client.get(f"/sets/{set_id}/projector").status_code == 404
    auth.logout()
    assert client.get(f"/sets/{set_id}/projector").status_code == client.get(f"/sets/{set_id}").status_code == 404
