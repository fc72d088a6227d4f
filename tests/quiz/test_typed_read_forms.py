"""What a learner who read the text types, graded through the answer POST against the accept
list the drafter gives (accepts3, issue 10 rule 3): an alias the text gives a person typed
without its accent, its title or its capitals («chepa», «dona chepa»); a glossed local word
without its tilde («chuno» for «chuño»); a two-word place with a slip and no accent («lago
popoo» for «Lago Poopó»: typos stay on for the two words as for «Poopó» alone). Own texts. These
pass on the old grader (its folding already serves them): they pin it, with the drafter's lists."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from quizapp.bank.models import Document, Topic
from quizapp.bank.parser import read_bank
from quizapp.bank.services import load_bank
from quizapp.derive import derive_drafts
from quizapp.extensions import db
from tests.helpers.bank import write_bank
from tests.helpers.drafts import document
from tests.helpers.quiz import attempt_id_of

ALTIPLANO = [
    "La huelga de Tarabuco",
    "La dirigente vecinal Rosa Elena Tórrez, conocida como doña Chepa, organizó en 1978 la huelga de hambre de las mineras de Tarabuco.",
    "En 1980 Rosa Elena Tórrez se exilió en Lima con sus cuatro hijos y el sindicato quedó sin dirección.",
    "Las familias de Oruro guardaban el chuño, una papa deshidratada por la helada, durante años.",
    "El Lago Poopó perdió casi toda su agua durante la sequía de 2015.",
]

DOCUMENT = """\
slug: read-forms
title: Read forms
description: A paragraph of the altiplano.
language: es
source:
  description: Written for the tests.
  paragraphs: 1
"""

TOPIC = """\
topic:
  slug: forms
  title: Forms
questions:
  - id: typed-001
    type: fill_in
    prompt: ¿Qué va en el hueco, según el párrafo 1?
    accept: {accept}
    typos: {typos}
    explanation: El párrafo 1 lo dice.
    source: [1]
    difficulty: 1
    kind: fact
"""


def _drafted(key: str, written_beside: str | None = None) -> dict:
    """The drafter's typed answer keyed ``key`` (accept and typos), on a gap whose prompt does
    not write ``written_beside``."""
    for d in derive_drafts(document(ALTIPLANO), "es"):
        prompt = str(d.item.get("prompt", ""))
        if d.item.get("type") == "fill_in" and d.item["accept"][0] == key and not (written_beside and written_beside in prompt):
            return {"accept": d.item["accept"], "typos": d.item.get("typos", False)}
    raise AssertionError(key)


@pytest.fixture(scope="module")
def drafted() -> dict[str, dict]:
    return {key: _drafted(key, beside) for key, beside in (("Rosa Elena Tórrez", "doña Chepa"), ("chuño", None), ("Lago Poopó", None))}


def _answer(app, client, tmp_path, answers: dict, typed: str):
    topic = TOPIC.format(accept=json.dumps(answers["accept"], ensure_ascii=False), typos=str(answers["typos"]).lower())
    folder = write_bank(tmp_path / "bank", topic, DOCUMENT)
    with app.app_context():
        load_bank(read_bank(folder))
        db.session.commit()
        doc = db.session.execute(select(Document).filter_by(slug="read-forms")).scalar_one()
        topics = list(db.session.execute(select(Topic.id).filter_by(document_id=doc.id)).scalars())
    started = client.post(
        "/quiz/new",
        data={"document": doc.id, "topics": topics, "types": ["fill_in"], "count": 1, "mode": "practice", "focus": "all"},
    )
    assert started.status_code == 303, started.text
    attempt_id = attempt_id_of(started.headers["Location"])
    return client.post(f"/quiz/{attempt_id}/q/1", data={"text": typed}, headers={"HX-Request": "true"})


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("Rosa Elena Tórrez", "Chepa"), ("Rosa Elena Tórrez", "chepa"), ("Rosa Elena Tórrez", "doña Chepa"),
        ("Rosa Elena Tórrez", "dona chepa"), ("Rosa Elena Tórrez", "rosa elena torrez"),
        ("chuño", "chuno"), ("chuño", "Chuño"), ("chuño", "CHUNO"),
        ("Lago Poopó", "lago poopo"), ("Lago Poopó", "lago popoo"), ("Lago Poopó", "poopo"),
    ],
)
def test_a_reader_s_answer_is_right(app, client, auth, tmp_path, drafted, key, typed):
    auth.create_and_login("ana")
    response = _answer(app, client, tmp_path, drafted[key], typed)
    assert response.status_code == 200
    assert "Right!" in response.text, (drafted[key], typed)


@pytest.mark.parametrize(("key", "typed"), [("Rosa Elena Tórrez", "Pepa"), ("chuño", "chino"), ("Lago Poopó", "Lago Titicaca")])
def test_another_answer_is_still_wrong(app, client, auth, tmp_path, drafted, key, typed):
    auth.create_and_login("ana")
    response = _answer(app, client, tmp_path, drafted[key], typed)
    assert "Not quite." in response.text and "Right!" not in response.text, (drafted[key], typed)
