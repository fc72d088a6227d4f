"""Taking a self-study quiz through the test client: start one, send right or wrong answers."""
from __future__ import annotations

import re

from sqlalchemy import select

from quizapp.bank.models import Topic
from quizapp.bank.parser import QUESTION_TYPES
from quizapp.extensions import db
from quizapp.quiz.models import AttemptQuestion


def all_topics(app) -> list[int]:
    with app.app_context():
        return list(db.session.execute(select(Topic.id)).scalars())


def start_quiz(client, app, count=5, mode="practice", focus="all", types=QUESTION_TYPES, topics=None) -> str:
    response = client.post(
        "/quiz/new",
        data={
            "document": 1,
            "topics": topics or all_topics(app),
            "types": list(types),
            "count": count,
            "mode": mode,
            "focus": focus,
        },
    )
    assert response.status_code == 303, response.text
    return response.headers["Location"]


def right_form(app, attempt_id: int, position: int) -> dict:
    """The form a learner who knows the answer would send, in the attempt's frozen layout."""
    with app.app_context():
        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=position)).scalar_one()
        c, layout = aq.version.content, aq.layout
        t = c["type"]
        if t == "single_choice":
            return {"choice": str(next(i for i, b in enumerate(layout["choices"]) if c["choices"][b]["correct"]))}
        if t == "multiple_select":
            return {"choice": [str(i) for i, b in enumerate(layout["choices"]) if c["choices"][b]["correct"]]}
        if t == "true_false":
            return {"answer": "true" if c["answer"] else "false"}
        if t == "fill_in":
            return {"text": c["accept"][0].upper()}
        if t == "numeric":
            return {"number": str(c["answer"])}
        if t == "ordering":
            return {f"position-{shown}": str(bank + 1) for shown, bank in enumerate(layout["items"])}
        if t == "cloze":
            return {
                f"gap-{i}": str(next(s for s, b in enumerate(layout["options"][i]) if g["options"][b]["correct"])) if "options" in g else g["accept"][0].upper()
                for i, g in enumerate(c["gaps"])
            }
        return {f"match-{left}": str(layout["rights"].index(left)) for left in layout["lefts"]}


def wrong_form(app, attempt_id: int, position: int) -> dict:
    with app.app_context():
        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=position)).scalar_one()
        c, layout = aq.version.content, aq.layout
        t = c["type"]
        if t in ("single_choice", "multiple_select"):
            return {"choice": str(next(i for i, b in enumerate(layout["choices"]) if not c["choices"][b]["correct"]))}
        if t == "true_false":
            return {"answer": "false" if c["answer"] else "true"}
        if t == "fill_in":
            return {"text": "zzzz qqqq"}
        if t == "numeric":
            return {"number": str(c["answer"] + c.get("tolerance", 0) + 1000)}
        if t == "ordering":
            n = len(layout["items"])
            return {f"position-{shown}": str(n - bank) for shown, bank in enumerate(layout["items"])}
        if t == "cloze":
            return {
                f"gap-{i}": str(next(s for s, b in enumerate(layout["options"][i]) if not g["options"][b]["correct"])) if "options" in g else "zzzz qqqq"
                for i, g in enumerate(c["gaps"])
            }
        n = len(layout["lefts"])
        return {f"match-{left}": str((layout["rights"].index(left) + 1) % n) for left in layout["lefts"]}


def attempt_id_of(url: str) -> int:
    return int(re.search(r"/quiz/(\d+)/", url).group(1))
