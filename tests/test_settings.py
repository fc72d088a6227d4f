"""Settings come from one place (quizapp/config.py): each default is defined once, and what a
page enforces and what its inputs say come from the same value."""
from __future__ import annotations

import re

from quizapp import config, create_app
from quizapp.auth.models import User
from quizapp.extensions import db
from tests.helpers.quiz import all_topics


def quiz_form(app, count: int) -> dict:
    return {"document": 1, "topics": all_topics(app), "types": ["true_false"], "count": count, "mode": "practice", "focus": "all"}


def count_input(html: str) -> str:
    tag = re.search(r'<input[^>]*id="count"[^>]*>', html)
    assert tag, "no question count on the page"
    return tag.group(0)


def test_a_quiz_has_at_most_max_quiz_questions(client, app):
    assert app.config["MAX_QUIZ_QUESTIONS"] == 50
    tag = count_input(client.get("/quiz/new").text)
    assert 'max="50"' in tag and 'min="1"' in tag
    refused = client.post("/quiz/new", data=quiz_form(app, 51))
    assert refused.status_code == 422 and "Choose between 1 and 50 questions." in refused.text


def test_the_quiz_limit_follows_the_setting(client, app):
    app.config["MAX_QUIZ_QUESTIONS"] = 5
    assert 'max="5"' in count_input(client.get("/quiz/new").text)
    refused = client.post("/quiz/new", data=quiz_form(app, 6))
    assert refused.status_code == 422 and "Choose between 1 and 5 questions." in refused.text
    assert client.post("/quiz/new", data=quiz_form(app, 5)).status_code == 303


def test_the_quiz_limit_can_be_set_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("QUIZAPP_MAX_QUIZ_QUESTIONS", "80")
    monkeypatch.setenv("QUIZAPP_INSTANCE_DIR", str(tmp_path))
    assert create_app({"SECRET_KEY": "x"}).config["MAX_QUIZ_QUESTIONS"] == 80


def test_every_default_reaches_the_app(app):
    assert {name: app.config[name] for name in config.DEFAULTS} == config.DEFAULTS


def test_new_cards_a_day_default_and_maximum_are_one_pair_of_values(client, auth, app):
    user_id = auth.create_and_login()
    with app.app_context():
        assert db.session.get(User, user_id).new_cards_per_day == config.NEW_CARDS_PER_DAY == 20
    page = client.get("/cards/settings").text
    found = re.search(r'<input[^>]*id="new_cards_per_day"[^>]*>', page)
    assert found, "no new-cards field on the page"
    tag = found.group(0)
    assert 'min="0"' in tag and f'max="{config.MAX_NEW_CARDS_PER_DAY}"' in tag and 'value="20"' in tag
    refused = client.post("/cards/settings", data={"time_zone": "UTC", "new_cards_per_day": config.MAX_NEW_CARDS_PER_DAY + 1})
    assert refused.status_code == 422 and f"Choose between 0 and {config.MAX_NEW_CARDS_PER_DAY}." in refused.text
