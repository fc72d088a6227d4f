"""The whole path of a user's document on PostgreSQL: import, drafts, review, publish, who sees
the bank (skipped unless QUIZAPP_TEST_POSTGRES_URL names a scratch database)."""
from __future__ import annotations

from sqlalchemy import select

from quizapp.bank.models import Document, Question
from quizapp.bank.user_documents import DocumentDraft, UserDocument
from quizapp.extensions import db
from tests.documents.fixtures import ARTICLE
from tests.helpers.app import AuthActions


def test_import_review_publish_on_postgres(pg_app):
    client = pg_app.test_client()
    auth = AuthActions(pg_app, client)
    auth.create_and_login("alice")
    response = client.post("/documents/", data={"text": ARTICLE})
    assert response.status_code == 303
    url = response.headers["Location"]
    assert client.post(f"{url}/derive").status_code == 303
    with pg_app.app_context():
        document_id = db.session.execute(select(UserDocument.id)).scalar_one()
        drafts = list(db.session.execute(select(DocumentDraft).filter_by(document_id=document_id)).scalars())
        ready = [d.id for d in drafts if d.ready]
        not_ready = [d.id for d in drafts if not d.ready]
    assert ready
    for draft_id in ready:
        assert client.post(f"{url}/drafts/{draft_id}/accept").status_code == 303
    for draft_id in not_ready[:1]:  # a draft that failed a check is not accepted as it is
        assert client.post(f"{url}/drafts/{draft_id}/accept").status_code == 422
    assert client.post(f"{url}/publish", data={}).status_code == 303
    with pg_app.app_context():
        bank = db.session.execute(select(Document).where(Document.slug.like("my-%"))).scalar_one()
        assert db.session.execute(select(Question).filter_by(document_id=bank.id)).scalars().all()
        title = bank.title
    assert title in client.get("/").get_data(as_text=True)
    assert client.post(f"{url}/reimport", data={"text": ARTICLE.replace("Sostratus of Cnidus", "Sostratus of Knidos")}).status_code == 303
    auth.logout()
    auth.create_and_login("bob")
    assert title not in client.get("/").get_data(as_text=True)
    assert client.get(url).status_code == 404
