"""Cookies of a signed-in client, replayed in a fresh one (an attacker's browser)."""
from __future__ import annotations

COOKIES = ("session", "remember_token")


def cookies_of(client) -> dict[str, str]:
    return {name: cookie.value for name in COOKIES if (cookie := client.get_cookie(name)) is not None}


def replay(app, cookies: dict[str, str]):
    """A fresh browser (an attacker's) holding only the given cookies."""
    other = app.test_client()
    for name, value in cookies.items():
        other.set_cookie(name, value)
    return other


def who(client) -> str:
    """What the header says about the visitor: a username, 'guest' or 'nobody'."""
    page = client.get("/").text.split('<div class="account">')[1].split("</div>")[0]
    if "Signed in as" in page:
        return page.split("Signed in as <strong>")[1].split("</strong>")[0]
    return "guest" if "Studying as a guest" in page else "nobody"
