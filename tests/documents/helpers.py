"""Steps several document tests share: import through the web, find what was stored."""
from __future__ import annotations

import io
import re

from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from quizapp.bank.user_documents import DocumentDraft, UserDocument
from quizapp.extensions import db
from tests.documents.fixtures import ARTICLE


def import_text(client, text: str = ARTICLE, title: str = "") -> int:
    response = client.post("/documents/", data={"text": text, "title": title})
    assert response.status_code == 303, response.data
    return int(re.search(r"/documents/(\d+)", response.headers["Location"]).group(1))


def upload(client, name: str, data: bytes, headers=None, url: str = "/documents/"):
    """Post a file as a browser does. The body is encoded here, in memory: Werkzeug's test
    client spools a large one to a temporary file it never closes (a ResourceWarning)."""
    boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(data), name)})
    return client.post(url, data=body, content_type=f"multipart/form-data; boundary={boundary}", headers=headers or {})


def count_documents(app) -> int:
    with app.app_context():
        return db.session.execute(select(func.count()).select_from(UserDocument)).scalar()


def drafts(app, document_id: int) -> list[DocumentDraft]:
    with app.app_context():
        rows = list(db.session.execute(select(DocumentDraft).filter_by(document_id=document_id).order_by(DocumentDraft.id)).scalars())
        db.session.expunge_all()
        return rows
