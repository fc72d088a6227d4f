"""An answer is read and graded in the language of the question's document, end to end.

A Spanish document's learners write "5,3" for five point three; an English document's
learners who write the same are told how to write a decimal. A typed answer may hold a typo,
but not another real word of the document's language: "misa" (a mass) is no misspelt "mesa"
(a table) to a Spanish reader, while in an English document it is one letter off. The rules
themselves are specified in test_numbers.py and test_typed_answers.py; this pins that the
answer path passes the document's language to both reading and grading (a bug there would
read or grade every document as English).
"""
from __future__ import annotations

from sqlalchemy import select

from quizapp.bank.models import Document, Topic
from quizapp.bank.parser import read_bank
from quizapp.bank.services import load_bank
from quizapp.extensions import db
from tests.helpers.bank import write_bank
from tests.helpers.quiz import attempt_id_of

DOCUMENT = """\
slug: tiny-{language}
title: Un documento pequeño ({language})
description: Un párrafo con una cifra.
language: {language}
source:
  description: Escrito para las pruebas.
  paragraphs: 1
"""

TOPIC = """\
topic:
  slug: cifras
  title: Cifras
questions:
  - id: cifra-001
    type: numeric
    prompt: ¿Qué porcentaje da el párrafo 1?
    answer: 5.3
    unit: "%"
    explanation: El párrafo 1 lo da.
    source: [1]
    difficulty: 1
    kind: fact
  - id: mesa-001
    type: fill_in
    prompt: ¿Sobre qué mueble se sirve la comida, según el párrafo 1?
    accept: [mesa]
    typos: true
    explanation: El párrafo 1 lo dice.
    source: [1]
    difficulty: 1
    kind: fact
"""


def _load(app, tmp_path, language: str) -> tuple[int, list[int]]:
    folder = write_bank(tmp_path / language, TOPIC, DOCUMENT.format(language=language))
    with app.app_context():
        load_bank(read_bank(folder))
        db.session.commit()
        document = db.session.execute(select(Document).filter_by(slug=f"tiny-{language}")).scalar_one()
        topics = list(db.session.execute(select(Topic.id).filter_by(document_id=document.id)).scalars())
        return document.id, topics


def _answer(client, document_id: int, topics: list[int], typed: str, question_type: str = "numeric"):
    started = client.post(
        "/quiz/new",
        data={"document": document_id, "topics": topics, "types": [question_type], "count": 1, "mode": "practice", "focus": "all"},
    )
    assert started.status_code == 303, started.text
    attempt_id = attempt_id_of(started.headers["Location"])
    field = {"numeric": "number", "fill_in": "text"}[question_type]
    return client.post(f"/quiz/{attempt_id}/q/1", data={field: typed}, headers={"HX-Request": "true"})


def test_a_spanish_documents_decimal_comma_is_read_as_a_decimal(app, client, auth, tmp_path):
    document_id, topics = _load(app, tmp_path, "es")
    auth.create_and_login("ana")
    response = _answer(client, document_id, topics, "5,3")
    assert response.status_code == 200
    assert "Right!" in response.text


def test_the_same_answer_to_an_english_document_is_refused_with_how_to_write_it(app, client, auth, tmp_path):
    document_id, topics = _load(app, tmp_path, "en")
    auth.create_and_login("ana")
    response = _answer(client, document_id, topics, "5,3")
    assert response.status_code == 422
    assert "Right!" not in response.text and "cannot be read as a number in English" in response.text


def test_a_real_spanish_word_is_no_typo_in_a_spanish_document(app, client, auth, tmp_path):
    document_id, topics = _load(app, tmp_path, "es")
    auth.create_and_login("ana")
    response = _answer(client, document_id, topics, "misa", "fill_in")
    assert response.status_code == 200
    assert "Not quite." in response.text and "Right!" not in response.text


def test_the_same_near_miss_in_an_english_document_is_forgiven_as_a_typo(app, client, auth, tmp_path):
    document_id, topics = _load(app, tmp_path, "en")
    auth.create_and_login("ana")
    response = _answer(client, document_id, topics, "misa", "fill_in")
    assert response.status_code == 200
    assert "Right!" in response.text
