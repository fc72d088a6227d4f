"""Every page links its stylesheets and scripts in <head> (the layout's head block), never in <body>.

A stylesheet linked in the body is applied only once the browser reaches it: the page first
paints unstyled and then jumps.
"""
from __future__ import annotations

import re

from sqlalchemy import select

from quizapp.bank.models import Topic
from quizapp.extensions import db
from tests.helpers.app import install_clock, make_user
from tests.helpers.cards import open_study
from tests.helpers.html import page_assets
from tests.helpers.sets import T0, join_code, make_set, question_ids


def assets_in_head(html: str) -> list[str]:
    assets = page_assets(html)
    assert all(where == "head" for where, _ in assets), [a for a in assets if a[0] != "head"]
    return [url for _, url in assets]


def test_flashcard_pages_link_their_stylesheet_and_script_in_the_head(client, auth, app):
    auth.create_and_login()
    with app.app_context():
        key = f"topic-{db.session.execute(select(Topic.id).order_by(Topic.position)).scalars().first()}"
    pages = {
        "/cards/": ["cards.css"],
        "/cards/stats": ["cards.css"],
        f"/cards/{key}": ["cards.css"],
        "/cards/settings": ["cards.css", "cards.js"],
    }
    for url, expected in pages.items():
        page = client.get(url)
        assert page.status_code == 200, url
        urls = assets_in_head(page.text)
        for name in expected:
            assert any(u.endswith(f"/static/{name}") for u in urls), (url, name, urls)
    study = open_study(client, key)
    assert study.status_code == 200
    urls = assets_in_head(study.text)
    assert any(u.endswith("/static/cards.css") for u in urls) and any(u.endswith("/static/cards.js") for u in urls)


def test_a_timed_question_links_its_countdown_in_the_head(client, auth, app):
    install_clock(app, T0)
    set_id = make_set(app, make_user(app, "teacher"), question_ids(app, "true_false", 2), time_limit_minutes=5)
    auth.create_and_login("sam")
    attempt_url = client.post(f"/join/{join_code(app, set_id)}/start").headers["Location"]
    assert re.search(r"/quiz/\d+/", attempt_url)
    urls = assets_in_head(client.get(attempt_url).text)
    assert any(u.endswith("/static/countdown.js") for u in urls)


def test_pages_without_their_own_assets_keep_only_the_layouts(client):
    urls = assets_in_head(client.get("/").text)
    assert not any("cards" in u or "countdown" in u for u in urls)
