"""A bank only its owner may see: a user's unpublished document (quizapp.bank.user_documents)."""
from __future__ import annotations

from quizapp.bank.models import Document, Topic
from quizapp.bank.user_documents import UserDocument
from quizapp.extensions import db


def private_bank(app, owner_id: int, slug: str = "private-notes") -> tuple[int, int]:
    """A document of two paragraphs with one topic, unpublished, owned by ``owner_id``:
    (document id, topic id)."""
    with app.app_context():
        document = Document(slug=slug, title="Private notes", paragraph_count=2)
        db.session.add(document)
        db.session.flush()
        topic = Topic(document_id=document.id, slug="secret", title="Secret topic", position=0)
        db.session.add(topic)
        db.session.add(UserDocument(owner_id=owner_id, title="Private notes", published=False, bank_document_id=document.id))
        db.session.commit()
        return document.id, topic.id
