"""The builder lists each picked question with its key folded away under it."""
from __future__ import annotations

import re

from quizapp.bank.models import Question
from quizapp.extensions import db
from tests.helpers.app import HX
from tests.helpers.sets import make_set, question_ids


def test_each_picked_question_shows_its_choices_and_key_collapsed(client, auth, app):
    teacher = auth.create_and_login("teacher")
    choice_id = question_ids(app, "single_choice", 1)[0]
    typed_id = question_ids(app, "fill_in", 1)[0]
    set_id = make_set(app, teacher, [choice_id, typed_id])
    with app.app_context():
        choice = db.session.get(Question, choice_id).current.content
        typed = db.session.get(Question, typed_id).current.content
    for headers in ({}, HX):
        page = client.get(f"/sets/{set_id}", headers=headers).text
        keys = re.findall(r'<details class="item-key">(.*?)</details>', page, re.S)
        assert len(keys) == 2 and "<details class=\"item-key\" open" not in page
        for option in choice["choices"]:
            mark = "Right:" if option["correct"] else "Wrong:"
            assert f'<span class="visually-hidden">{mark}</span> {option["text"]}' in keys[0]
        assert "Choices and answer" in keys[0] and f"<li>{typed['accept'][0]}</li>" in keys[1]
        assert "Cites ¶" + ", ¶".join(str(n) for n in choice["source"]) in keys[0]
