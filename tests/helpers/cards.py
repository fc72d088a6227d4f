"""Studying flashcards through the test client: open the study page, reveal, rate."""
from __future__ import annotations

import re


def open_study(client, key: str, query: str = ""):
    """The study page; a visitor without a session first presses "Start studying" (the POST makes the guest)."""
    page = client.get(f"/cards/{key}/study{query}")
    if 'class="start"' in page.text:
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.text)
        start = client.post(f"/cards/{key}/start", data={"csrf_token": token.group(1)} if token else {})
        assert start.status_code == 303, start.text
        page = client.get(f"/cards/{key}/study{query}")
    return page


def back_form(html: str) -> str:
    return re.search(r'<form class="reveal" method="get" action="([^"]+)"', html).group(1)


def rating_form(html: str, rating: int) -> tuple[str, dict[str, str]]:
    """The action and fields of the form behind one rating button."""
    blocks = re.findall(r'(<form method="post" action="[^"]+/rate".*?</form>)', html, re.S)
    for block in blocks:
        fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', block))
        if fields.get("rating") == str(rating):
            return re.search(r'action="([^"]+)"', block).group(1), fields
    raise AssertionError("no such rating button")


def study_one(client, key: str, rating: int, headers=None) -> str:
    """Show the next card, reveal it and rate it; return the response text after rating."""
    page = open_study(client, key)
    assert page.status_code == 200
    back = client.get(back_form(page.text), headers=headers)
    assert back.status_code == 200
    action, fields = rating_form(back.text, rating)
    response = client.post(action, data=fields, headers=headers)
    assert response.status_code == (200 if headers else 303), response.text
    return response.text
