"""Changing a bank item never rewrites what a learner already saw and answered."""
from __future__ import annotations

from sqlalchemy import select

from quizapp.bank.models import Document, Topic
from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from tests.helpers.app import HX
from tests.helpers.bank import TOPIC, write_bank


def test_an_edited_item_keeps_old_attempts_as_they_were(app, client, runner, tmp_path):
    folder = write_bank(tmp_path)
    runner.invoke(args=["bank", "load", str(folder)])
    with app.app_context():
        document = db.session.execute(select(Document).filter_by(slug="tiny")).scalar_one()
        topic = db.session.execute(select(Topic).filter_by(document_id=document.id)).scalar_one()
        document_id, topic_id = document.id, topic.id
    started = client.post(
        "/quiz/new",
        data={"document": document_id, "topics": [topic_id], "types": ["numeric"], "count": 1, "mode": "practice", "focus": "all"},
    )
    url = started.headers["Location"]
    assert "How many cats are in paragraph 3?" in client.get(url).text

    # The teacher changes the question and its answer, then reloads the bank.
    edited = TOPIC.replace("How many cats are", "How many dogs are").replace("answer: 3\n", "answer: 4\n")
    write_bank(tmp_path, edited)
    assert "1 changed" in runner.invoke(args=["bank", "load", str(folder)]).output

    # The attempt already under way still shows, and grades against, what the learner saw.
    assert "How many cats are in paragraph 3?" in client.get(url).text
    response = client.post(url, data={"number": "3"}, headers=HX)
    assert "Right!" in response.text
    client.post(url.rsplit("/q/", 1)[0] + "/finish")
    assert "How many cats" in client.get(url.rsplit("/q/", 1)[0] + "/results").text

    # A new quiz gets the new version.
    again = client.post(
        "/quiz/new",
        data={"document": document_id, "topics": [topic_id], "types": ["numeric"], "count": 1, "mode": "practice", "focus": "all"},
    )
    assert "How many dogs are in paragraph 3?" in client.get(again.headers["Location"]).text
    with app.app_context():
        first = db.session.get(Attempt, int(url.split("/")[2]))
        assert first.score == 1.0
