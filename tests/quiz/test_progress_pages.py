"""The progress page lists attempts a hundred at a time, newest first; accuracy covers all."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert

from quizapp.extensions import db
from quizapp.quiz.models import Attempt

NOW = datetime(2026, 3, 10, 15, 0)


def test_progress_pages_through_a_long_history(app, client, auth):
    user_id = auth.create_and_login("ana")
    with app.app_context():
        db.session.execute(insert(Attempt), [
            {"user_id": user_id, "document_id": 1, "title": f"Quiz number {i}", "mode": "practice", "settings": {},
             "started_at": NOW - timedelta(hours=i), "finished_at": NOW - timedelta(hours=i) + timedelta(minutes=5),
             "score": 3.0, "max_score": 5}
            for i in range(150)
        ])
        db.session.commit()
    first = client.get("/quiz/progress").text
    assert "Quizzes 1–100 of 150" in first and "Page 1 of 2" in first
    assert "Quiz number 0<" in first and "Quiz number 99<" in first and "Quiz number 100<" not in first
    assert 'href="/quiz/progress?page=2"' in first
    second = client.get("/quiz/progress?page=2").text
    assert "Quizzes 101–150 of 150" in second and "Quiz number 149<" in second and "Quiz number 99<" not in second
    assert client.get("/quiz/progress?page=3").status_code == 404
    assert client.get("/quiz/progress?page=zero").status_code == 404


def test_a_short_history_has_no_pager(app, client, auth):
    auth.create_and_login("ana")
    page = client.get("/quiz/progress").text
    assert "Page 1 of" not in page
