"""The reader view: a document's paragraphs marked by how well the learner knows each, and a
quiz on one paragraph from there."""
from __future__ import annotations

import re

from sqlalchemy import select

from quizapp.bank.models import Document
from quizapp.extensions import db
from quizapp.quiz.models import AttemptQuestion
from quizapp.quiz.services import questions_citing
from tests.helpers.app import HX
from tests.helpers.quiz import all_topics, attempt_id_of, right_form, wrong_form

SLUG = "peru-crisis-2026"


def _document(app) -> Document:
    with app.app_context():
        document = db.session.execute(select(Document).filter_by(slug=SLUG)).scalar_one()
        db.session.expunge(document)
        return document


def _citing(app, document_id: int, paragraph: int) -> set[int]:
    with app.app_context():
        return set(questions_citing(document_id, paragraph))


def _level(page: str, paragraph: int) -> str:
    return re.search(rf'<li class="reader-paragraph level-(\w+)" id="p{paragraph}"', page).group(1)


def _quiz_on(client, app, document_id: int, paragraph: int, count: int):
    from quizapp.bank.parser import QUESTION_TYPES

    return client.post(
        "/quiz/new",
        data={"document": document_id, "topics": all_topics(app), "types": list(QUESTION_TYPES), "count": count,
              "mode": "practice", "focus": "all", "paragraph": paragraph},
    )


def _answer_all(client, app, attempt_id: int, count: int, right: bool) -> None:
    for position in range(1, count + 1):
        form = (right_form if right else wrong_form)(app, attempt_id, position)
        response = client.post(f"/quiz/{attempt_id}/q/{position}", data=form, headers=HX)
        assert response.status_code == 200, response.text


def test_a_visitor_reads_the_paragraphs_without_marks_and_can_start_from_any(client, app):
    document = _document(app)
    page = client.get(f"/read/{SLUG}")
    assert page.status_code == 200
    assert page.text.count('class="reader-paragraph level-unasked"') == document.paragraph_count - len(document.headings)
    assert "Quiz me on this paragraph" in page.text and "Known:" not in page.text
    assert client.get("/read/no-such-document").status_code == 404


def test_answers_mark_the_paragraphs_they_cite(client, app, auth):
    document = _document(app)
    auth.create_and_login("ana")
    # The paragraph most cited, and one that none of its questions cite.
    cited = {n: _citing(app, document.id, n) for n in range(1, document.paragraph_count + 1)}
    known = max(cited, key=lambda n: len(cited[n]))
    weak = next(n for n in cited if cited[n] and not cited[n] & cited[known])
    count = min(len(cited[known]), 5)

    started = _quiz_on(client, app, document.id, known, count)
    assert started.status_code == 303, started.text
    attempt_id = attempt_id_of(started.headers["Location"])
    with app.app_context():
        drawn = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id)).scalars().all()
        assert len(drawn) == count and all(known in aq.version.content["source"] for aq in drawn)
    _answer_all(client, app, attempt_id, count, right=True)

    started = _quiz_on(client, app, document.id, weak, 1)
    _answer_all(client, app, attempt_id_of(started.headers["Location"]), 1, right=False)

    page = client.get(f"/read/{SLUG}").text
    assert _level(page, known) == "known" and _level(page, weak) == "weak"
    assert f"{count} of {count} answers right" in page
    untouched = next(n for n in cited if cited[n] and not (cited[n] & (cited[known] | cited[weak])) and n not in (known, weak))
    assert _level(page, untouched) == "unasked"


def test_a_paragraph_no_question_cites_is_refused_with_a_message(client, app, auth):
    document = _document(app)
    auth.create_and_login("ana")
    heading = document.headings[0]
    response = _quiz_on(client, app, document.id, heading, 1)
    assert response.status_code == 422
    assert f"No question of this document cites paragraph {heading} yet." in response.text
