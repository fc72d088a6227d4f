"""A typed answer's letters outside ASCII: a learner without the letter on the keyboard writes
its usual Latin spelling, and is right (accepts, issue 10 item 3).

Grading already folds accents ("Jóhannsson": Johannsson), but some letters do not decompose
into a base letter and a mark: ð, þ, æ, ø, ł, đ, œ (and ß, which case folding already spells
ss). A reviewer found "Sigurður Ingi Jóhannsson" refusing "Sigurdur Ingi Johannsson". Tested
through the answer POST, as a learner answers."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from quizapp.bank.models import Document, Topic
from quizapp.bank.parser import read_bank
from quizapp.bank.services import load_bank
from quizapp.extensions import db
from quizapp.quiz.grading import fold_text
from tests.helpers.bank import write_bank
from tests.helpers.quiz import attempt_id_of

DOCUMENT = """\
slug: letters
title: Names of the north
description: One paragraph with a name.
language: en
source:
  description: Written for the tests.
  paragraphs: 1
"""

TOPIC = """\
topic:
  slug: names
  title: Names
questions:
  - id: name-001
    type: fill_in
    prompt: Who is named in paragraph 1?
    accept: ["{accepted}"]
    typos: {typos}
    explanation: Paragraph 1 names them.
    source: [1]
    difficulty: 1
    kind: fact
"""


def _graded(app, client, auth, tmp_path, accepted: str, typed: str, typos: bool = False) -> str:
    folder = write_bank(tmp_path, TOPIC.format(accepted=accepted, typos=str(typos).lower()), DOCUMENT)
    with app.app_context():
        load_bank(read_bank(folder))
        db.session.commit()
        document = db.session.execute(select(Document).filter_by(slug="letters")).scalar_one()
        document_id = document.id
        topics = list(db.session.execute(select(Topic.id).filter_by(document_id=document_id)).scalars())
    auth.create_and_login("ana")
    started = client.post(
        "/quiz/new",
        data={"document": document_id, "topics": topics, "types": ["fill_in"], "count": 1, "mode": "practice", "focus": "all"},
    )
    assert started.status_code == 303, started.text
    attempt_id = attempt_id_of(started.headers["Location"])
    response = client.post(f"/quiz/{attempt_id}/q/1", data={"text": typed}, headers={"HX-Request": "true"})
    assert response.status_code == 200, response.text
    return response.text


@pytest.mark.parametrize(
    ("accepted", "typed"),
    [
        ("Sigurður Ingi Jóhannsson", "Sigurdur Ingi Johannsson"),  # ð
        ("Þingvellir", "Thingvellir"),  # þ
        ("Ærøskøbing", "Aeroskobing"),  # æ, ø
        ("Łukasz Wróbel", "Lukasz Wrobel"),  # ł
        ("Đorđe Marković", "Dorde Markovic"),  # đ
        ("Œuvre Bussière", "Oeuvre Bussiere"),  # œ
        ("Großglockner", "Grossglockner"),  # ß
        ("Kırşehir", "Kirsehir"),  # dotless ı
        ("Thingvellir", "Þingvellir"),  # the other way round: the learner has the letter
    ],
)
def test_a_letter_that_does_not_decompose_is_right_in_its_latin_spelling(app, client, auth, tmp_path, accepted, typed):
    assert "Right!" in _graded(app, client, auth, tmp_path, accepted, typed)


def test_a_wrong_name_stays_wrong(app, client, auth, tmp_path):
    """The folding spells a letter, it does not make two names one."""
    page = _graded(app, client, auth, tmp_path, "Sigurður Ingi Jóhannsson", "Sigurgeir Ingi Johannsson")
    assert "Not quite." in page and "Right!" not in page


def test_the_drafter_folds_the_same_letters_as_grading() -> None:
    """The drafter's duplicate and giveaway checks compare words folded as grading folds them
    (extract.fold): "Sigurður" and "Sigurdur" are one word to both."""
    from quizapp.derive.extract import fold

    for word in ("Sigurður", "Þingvellir", "Ærøskøbing", "Łukasz", "Đorđe", "Œuvre", "Großglockner"):
        assert fold(word) == fold_text(word), word
