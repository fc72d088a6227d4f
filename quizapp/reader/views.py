"""The reader view of a document (see quizapp/reader/services.py)."""
from __future__ import annotations

from flask import Response, abort
from flask_login import current_user
from sqlalchemy import select

from quizapp.bank.models import Document, Topic
from quizapp.bank.user_documents import visible_documents
from quizapp.extensions import db
from quizapp.htmx import render
from quizapp.quiz.forms import NewQuizForm
from quizapp.reader import bp, services


@bp.get("/read/<slug>")
def document(slug: str) -> Response:
    user_id = current_user.id if current_user.is_authenticated else None
    found = db.session.execute(select(Document).filter_by(slug=slug).where(visible_documents(user_id))).scalar_one_or_none()
    if found is None:
        abort(404)
    standings = services.paragraph_standings(found, user_id)
    topics = list(db.session.execute(select(Topic.id).filter_by(document_id=found.id)).scalars())
    return render(
        "reader/document.html",
        "reader/document.html",
        document=found,
        standings=standings,
        counts=services.level_counts(standings),
        levels=services.LEVELS,
        signed_in=user_id is not None,
        has_text=any(row.text for row in standings),
        topic_ids=topics,
        quiz_form=NewQuizForm(formdata=None),
        thresholds=(services.KNOWN_SHARE, services.KNOWN_EVIDENCE, services.LEARNING_SHARE),
    )
