"""What a learner types, graded through the answer POST (issue 10, rule 3: a learner who read the
text and answers correctly is marked right).

A compound is written closed, open or hyphenated ("stopwatch", "stop watch", "stop-watch";
«medioambiente», «medio ambiente»): grading folds spaces and hyphens away (``typed.fold_text``),
so one accepted form serves all three even where typos are off, and the accept lists need none
of them. A Spanish bank's number is typed the Spanish way: "2,2" or "2,20" for 2.2, "25.000" or
"25 000" for 25000 (quiz/numbers.py). These tests pin both on the path every answer takes, and
fail if either breaks.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from quizapp.bank.models import Document, Topic
from quizapp.bank.parser import read_bank
from quizapp.bank.services import load_bank
from quizapp.extensions import db
from tests.helpers.bank import write_bank
from tests.helpers.quiz import attempt_id_of

DOCUMENT = """\
slug: written-{language}
title: Written as learners write ({language})
description: A paragraph with figures and compounds.
language: {language}
source:
  description: Written for the tests.
  paragraphs: 1
"""

TOPIC = """\
topic:
  slug: forms
  title: Forms
questions:
  - id: closed-001
    type: fill_in
    prompt: What did the coach time the sprint with, according to paragraph 1?
    accept: [stopwatch]
    typos: false
    explanation: Paragraph 1 says so.
    source: [1]
    difficulty: 1
    kind: fact
  - id: hyphen-001
    type: fill_in
    prompt: What did the survey measure, according to paragraph 1?
    accept: [well-being]
    typos: false
    explanation: Paragraph 1 says so.
    source: [1]
    difficulty: 1
    kind: fact
  - id: open-001
    type: fill_in
    prompt: ¿Qué protege la ley, según el párrafo 1?
    accept: [medio ambiente]
    typos: false
    explanation: El párrafo 1 lo dice.
    source: [1]
    difficulty: 1
    kind: fact
  - id: decimal-001
    type: numeric
    prompt: ¿Cuántos metros mide el muro, según el párrafo 1?
    answer: 2.2
    unit: metros
    explanation: El párrafo 1 lo da.
    source: [1]
    difficulty: 1
    kind: fact
  - id: thousands-001
    type: numeric
    prompt: ¿Cuántos socios tiene el club, según el párrafo 1?
    answer: 25000
    unit: socios
    explanation: El párrafo 1 lo da.
    source: [1]
    difficulty: 1
    kind: fact
"""


def _only(question_id: str) -> str:
    """The topic with the one question ``question_id``: a quiz of one draws it."""
    head, _, rest = TOPIC.partition("questions:\n")
    items = ["  - id:" + part for part in rest.split("  - id:")[1:]]
    return head + "questions:\n" + "".join(i for i in items if i.startswith(f"  - id: {question_id}"))


def _answer(app, client, tmp_path, language: str, question_id: str, typed: str):
    folder = write_bank(tmp_path / f"{language}-{question_id}", _only(question_id), DOCUMENT.format(language=language))
    with app.app_context():
        load_bank(read_bank(folder))
        db.session.commit()
        document = db.session.execute(select(Document).filter_by(slug=f"written-{language}")).scalar_one()
        topics = list(db.session.execute(select(Topic.id).filter_by(document_id=document.id)).scalars())
    question_type = "numeric" if question_id.startswith(("decimal", "thousands")) else "fill_in"
    started = client.post(
        "/quiz/new",
        data={"document": document.id, "topics": topics, "types": [question_type], "count": 1, "mode": "practice", "focus": "all"},
    )
    assert started.status_code == 303, started.text
    attempt_id = attempt_id_of(started.headers["Location"])
    field = {"numeric": "number", "fill_in": "text"}[question_type]
    return client.post(f"/quiz/{attempt_id}/q/1", data={field: typed}, headers={"HX-Request": "true"})


@pytest.mark.parametrize(
    ("language", "question_id", "typed"),
    [
        ("en", "closed-001", "stopwatch"), ("en", "closed-001", "stop watch"), ("en", "closed-001", "stop-watch"),
        ("en", "hyphen-001", "wellbeing"), ("en", "hyphen-001", "well being"), ("en", "hyphen-001", "Well-Being"),
        ("es", "open-001", "medioambiente"), ("es", "open-001", "medio-ambiente"), ("es", "open-001", "Medio ambiente"),
    ],
)
def test_a_compound_is_right_closed_open_or_hyphenated_with_typos_off(app, client, auth, tmp_path, language, question_id, typed):
    auth.create_and_login("ana")
    response = _answer(app, client, tmp_path, language, question_id, typed)
    assert response.status_code == 200
    assert "Right!" in response.text


@pytest.mark.parametrize(("question_id", "typed"), [("closed-001", "stop clock"), ("closed-001", "watch")])
def test_another_word_is_still_wrong(app, client, auth, tmp_path, question_id, typed):
    auth.create_and_login("ana")
    response = _answer(app, client, tmp_path, "en", question_id, typed)
    assert response.status_code == 200
    assert "Not quite." in response.text and "Right!" not in response.text


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("decimal-001", "2,2"), ("decimal-001", "2,20"), ("decimal-001", "2,2 metros"),
        ("thousands-001", "25.000"), ("thousands-001", "25 000"), ("thousands-001", "25000"), ("thousands-001", "25 mil"),
    ],
)
def test_a_spanish_bank_takes_numbers_typed_the_spanish_way(app, client, auth, tmp_path, question_id, typed):
    auth.create_and_login("ana")
    response = _answer(app, client, tmp_path, "es", question_id, typed)
    assert response.status_code == 200, response.text
    assert "Right!" in response.text


def test_a_spanish_bank_never_reads_a_decimal_comma_as_thousands(app, client, auth, tmp_path):
    """"2,200" is two point two in Spanish, not the 2200 an English reader would see: right for 2.2."""
    auth.create_and_login("ana")
    response = _answer(app, client, tmp_path, "es", "decimal-001", "2,200")
    assert "Right!" in response.text
