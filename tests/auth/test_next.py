"""Where sign-in sends people afterwards: same-site paths only, never a broken header."""
from __future__ import annotations

import pytest

from tests.helpers.app import PASSWORD


@pytest.mark.parametrize(
    "target",
    ["/\r\nx", "/\nLocation: https://evil.example/", "/ x", "/\tx", "/\\evil.example", "//evil.example", "https://evil.example/", "/\u2028x", "/\x85x"],
)
def test_a_bad_next_goes_home_after_a_successful_sign_in(client, auth, target):
    auth.create("alice")
    response = client.post("/auth/login", data={"username": "alice", "password": PASSWORD, "next": target})
    assert response.status_code == 303
    assert response.headers["Location"] == "/"


def test_next_with_encoded_crlf_in_the_query_string_does_not_break_sign_in(client, auth):
    auth.create("alice")
    page = client.get("/auth/login?next=/%0D%0Ax")
    assert page.status_code in (200, 400)
    response = client.post("/auth/login?next=/%0D%0Ax", data={"username": "alice", "password": PASSWORD, "next": "/\r\nx"})
    assert response.status_code == 303 and response.headers["Location"] == "/"


def test_a_good_next_is_followed(client, auth):
    auth.create("alice")
    response = client.post("/auth/login", data={"username": "alice", "password": PASSWORD, "next": "/cards/?x=1"})
    assert response.headers["Location"] == "/cards/?x=1"
