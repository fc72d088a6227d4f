"""A learner's own decks and cards: made, edited and deleted by their owner only, with and without
htmx, the source paragraph checked, and studied, counted and exported like every other card."""
from __future__ import annotations

import io
import re
import shutil
import sqlite3
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from quizapp.bank.models import Document
from quizapp.cards import own, services
from quizapp.cards.models import CardReview, OwnDeck, StudyCard
from quizapp.extensions import db
from tests.helpers.app import HX, csrf_token, install_clock, make_app, make_user
from tests.helpers.cards import back_form, study_one
from tests.helpers.private_bank import private_bank

NOW = datetime(2026, 3, 10, 15, 0)


def new_deck(client, title: str = "Spanish verbs") -> str:
    response = client.post("/cards/own/new", data={"title": title})
    assert response.status_code == 303, response.text
    return response.headers["Location"].removeprefix("/cards/")


def add(client, key: str, front="¿Quién ganó?", back="Jerí", document="", paragraph="", headers=None):
    return client.post(f"/cards/{key}/cards", data={"front": front, "back": back, "document": document, "paragraph": paragraph}, headers=headers or {})


def cards_of(app, user_id: int) -> list[StudyCard]:
    with app.app_context():
        return list(db.session.execute(select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == "own")).scalars())


def shipped_document(app) -> tuple[int, int]:
    with app.app_context():
        document = db.session.execute(select(Document).order_by(Document.id)).scalars().first()
        return document.id, document.paragraph_count


# ---------------------------------------------------------------- services


def test_a_card_is_checked_before_it_is_stored(app):
    user_id = make_user(app, "ana")
    owner = make_user(app, "owner")
    document_id, paragraphs = shipped_document(app)
    private_id, _ = private_bank(app, owner)
    with app.app_context():
        from quizapp.auth.models import User

        user = db.session.get(User, user_id)
        deck = own.create_own_deck(user, "  Mine  ", NOW)
        assert deck.title == "Mine" and deck.key.startswith("own-")
        for text, message in [
            (own.CardText("  ", "b"), "Write the front"),
            (own.CardText("f", ""), "Write the back"),
            (own.CardText("f" * 1001, "b"), "keep it to 1,000"),
            (own.CardText("f", "b", None, 3), "Choose the document"),
            (own.CardText("f", "b", document_id, None), "Give the number of the paragraph"),
            (own.CardText("f", "b", document_id, paragraphs + 1), f"has paragraphs 1 to {paragraphs}"),
            (own.CardText("f", "b", private_id, 1), "Choose a document from the list"),
        ]:
            with pytest.raises(services.CardError, match=message):
                own.add_own_card(user, deck, text, NOW)
        assert db.session.execute(select(func.count()).select_from(StudyCard).where(StudyCard.user_id == user_id)).scalar_one() == 0
        card = own.add_own_card(user, deck, own.CardText(" Front ", " Back ", document_id, paragraphs), NOW)
        assert (card.front, card.back, card.source_paragraph, card.is_new) == ("Front", "Back", paragraphs, True)
        face = services.card_face(card, with_passages=True)
        assert face.front == "Front" and face.back == ["Back"] and face.source == [paragraphs] and face.origin == "Your own card"
        with pytest.raises(services.CardError):
            own.create_own_deck(user, " ", NOW)


# ---------------------------------------------------------------- pages


def test_create_a_deck_add_edit_and_delete_cards_without_javascript(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    key = new_deck(client)
    page = client.get(f"/cards/{key}")
    assert page.status_code == 200 and "Spanish verbs" in page.text and "No cards yet" in page.text
    document_id, _ = shipped_document(app)
    added = add(client, key, front="<b>bold?</b>", back="Line one\nLine two", document=str(document_id), paragraph="2")
    assert added.status_code == 303 and added.headers["Location"] == f"/cards/{key}"
    page = client.get(f"/cards/{key}").text
    assert "&lt;b&gt;bold?&lt;/b&gt;" in page and "<b>bold?</b>" not in page  # escaped, never markup
    assert "Source: paragraph 2" in page and "Card added." in page and "<p class=\"muted own-card-back\">Line one / Line two</p>" in page
    (card,) = cards_of(app, user_id)
    edit_url = f"/cards/{key}/cards/{card.id}/edit"
    form = client.get(edit_url)
    assert form.status_code == 200 and "Line one\nLine two" in form.text and f'<option selected value="{document_id}">' in form.text
    saved = client.post(edit_url, data={"front": "Capital of Peru?", "back": "Lima", "document": "", "paragraph": ""})
    assert saved.status_code == 303
    (card,) = cards_of(app, user_id)
    assert (card.front, card.back, card.source_document_id, card.source_paragraph) == ("Capital of Peru?", "Lima", None, None)
    # A refused edit shows the form again with the message, and changes nothing.
    refused = client.post(edit_url, data={"front": "x", "back": "y", "document": str(document_id), "paragraph": "99999"})
    assert refused.status_code == 422 and "there is no paragraph 99999" in refused.text
    assert cards_of(app, user_id)[0].front == "Capital of Peru?"
    deleted = client.post(f"/cards/{key}/cards/{card.id}/delete")
    assert deleted.status_code == 303 and cards_of(app, user_id) == []


def test_with_htmx_adding_and_deleting_swap_the_cards_region(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    key = new_deck(client)
    response = add(client, key, headers=HX)
    assert response.status_code == 200 and response.text.lstrip().startswith('<section id="own-cards"')
    assert "Card added." in response.text and "Cards in this deck (1)" in response.text and "<title>" not in response.text
    refused = add(client, key, front="", headers=HX)
    assert refused.status_code == 422 and refused.text.lstrip().startswith('<section id="own-cards"')
    assert "Write the front of the card" in refused.text and len(cards_of(app, user_id)) == 1
    (card,) = cards_of(app, user_id)
    deleted = client.post(f"/cards/{key}/cards/{card.id}/delete", headers=HX)
    assert deleted.status_code == 200 and "Card deleted." in deleted.text and "No cards yet" in deleted.text
    # A refused add without htmx: the whole deck page, 422, with the message and what was typed.
    page = add(client, key, front="Kept text", back="")
    assert page.status_code == 422 and "Write the back of the card" in page.text and "Kept text" in page.text
    # The edit page saves in place with htmx.
    add(client, key)
    (card,) = cards_of(app, user_id)
    edited = client.post(f"/cards/{key}/cards/{card.id}/edit", data={"front": "New", "back": "Back", "document": ""}, headers=HX)
    assert edited.status_code == 200 and edited.text.lstrip().startswith('<section id="card-edit"') and "Card saved." in edited.text


def test_another_learner_and_a_visitor_get_404(app, client, auth):
    install_clock(app, NOW)
    auth.create_and_login("ana")
    key = new_deck(client)
    add(client, key)
    with app.app_context():
        card_id = db.session.execute(select(StudyCard.id).where(StudyCard.kind == "own")).scalar_one()
    paths = [f"/cards/{key}", f"/cards/{key}/study", f"/cards/{key}/settings", f"/cards/{key}/deck.apkg",
             f"/cards/{key}/cards/{card_id}/edit", f"/cards/{key}/card/{card_id}"]
    posts = [f"/cards/{key}/cards", f"/cards/{key}/cards/{card_id}/edit", f"/cards/{key}/cards/{card_id}/delete", f"/cards/{key}/start"]
    auth.logout()
    for who in ("visitor", "ben"):
        if who == "ben":
            auth.create_and_login("ben")
        for path in paths:
            assert client.get(path).status_code == 404, (who, path)
        for path in posts:
            assert client.post(path, data={"front": "x", "back": "y"}).status_code == 404, (who, path)
            assert client.post(path, data={"front": "x", "back": "y"}, headers=HX).status_code == 404, (who, path)
    with app.app_context():
        assert db.session.execute(select(StudyCard.front).where(StudyCard.kind == "own")).scalars().all() == ["¿Quién ganó?"]
    # Ben's own card is not reachable through Ana's deck either.
    ben_key = new_deck(client, "Ben's")
    add(client, ben_key)
    auth.logout()
    auth.login("ana")
    with app.app_context():
        ben_card = db.session.execute(select(StudyCard.id).where(StudyCard.own_deck_id == int(ben_key.removeprefix("own-")))).scalar_one()
    assert client.get(f"/cards/{key}/cards/{ben_card}/edit").status_code == 404
    assert client.post(f"/cards/{key}/cards/{ben_card}/delete").status_code == 404


def test_a_visitor_who_makes_a_deck_becomes_a_guest_and_keeps_it_on_signing_in(app, client, auth):
    install_clock(app, NOW)
    account = auth.create("ana")
    key = new_deck(client, "Guest deck")
    add(client, key)
    assert "Guest deck" in client.get("/cards/").text
    auth.login("ana")
    with app.app_context():
        assert db.session.execute(select(OwnDeck.user_id)).scalar_one() == account
    assert len(cards_of(app, account)) == 1 and client.get(f"/cards/{key}").status_code == 200


def test_own_cards_are_studied_by_fsrs_counted_in_statistics_and_exported(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    key = new_deck(client)
    document_id, _ = shipped_document(app)
    add(client, key, front="Who?", back="Jerí", document=str(document_id), paragraph="1")
    add(client, key, front="When?", back="2026")
    decks = client.get("/cards/").text
    row = re.search(rf'<tr id="deck-{key}" class="deck-own">.*?</tr>', decks, re.S).group(0)
    assert re.findall(r'<td class="num">(\d+)</td>', row)[:2] == ["2", "2"]
    page = client.get(f"/cards/{key}/study").text
    assert "Who?" in page and "Your own card" in page
    back = client.get(back_form(page)).text
    assert "Jerí" in back and "<strong>Source:</strong> ¶1</p>" in back
    study_one(client, key, 3)
    with app.app_context():
        reviewed = db.session.execute(select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.last_review.is_not(None))).scalars().all()
        assert len(reviewed) == 1 and reviewed[0].kind == "own" and reviewed[0].stability is not None
        assert db.session.execute(select(func.count()).select_from(CardReview)).scalar_one() == 1
    assert "1 review" in client.get("/cards/stats").text
    package = client.get(f"/cards/{key}/deck.apkg")
    assert package.status_code == 200 and package.headers["Content-Disposition"].endswith('.apkg"')
    with zipfile.ZipFile(io.BytesIO(package.data)) as archive, tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "c.anki2"
        path.write_bytes(archive.read("collection.anki2"))
        connection = sqlite3.connect(path)
        fields = [row[0] for row in connection.execute("select flds from notes")]
        connection.close()
    assert len(fields) == 2 and any(f.startswith("Who?\x1fJerí") for f in fields), fields


def test_the_study_page_of_an_own_deck_writes_nothing_on_a_get(app, client, auth):
    from tests.helpers.queries import counted_statements, writes

    install_clock(app, NOW)
    auth.create_and_login("ana")
    key = new_deck(client)
    add(client, key)
    for path in (f"/cards/{key}", f"/cards/{key}/study", "/cards/"):
        with counted_statements(app) as statements:
            assert client.get(path).status_code == 200
        assert writes(statements) == [], path


def test_own_card_posts_without_a_csrf_token_are_refused(tmp_path, template_db):
    path = tmp_path / "csrf.sqlite"
    shutil.copy(template_db, path)
    app = make_app(path, tmp_path, WTF_CSRF_ENABLED=True, CLOCK=lambda: NOW)
    client = app.test_client()
    decks = client.get("/cards/").text
    assert client.post("/cards/own/new", data={"title": "No token"}).status_code == 400
    made = client.post("/cards/own/new", data={"title": "Mine", "csrf_token": csrf_token(decks)})
    assert made.status_code == 303
    key = made.headers["Location"].removeprefix("/cards/")
    page = client.get(f"/cards/{key}").text
    token = csrf_token(page)
    for headers in ({}, HX):
        assert client.post(f"/cards/{key}/cards", data={"front": "F", "back": "B"}, headers=headers).status_code == 400
        assert client.post(f"/cards/{key}/settings", data={"new_cards_per_day": "3"}, headers=headers).status_code == 400
    assert client.post(f"/cards/{key}/cards", data={"front": "F", "back": "B", "csrf_token": token}).status_code == 303
    with app.app_context():
        card_id = db.session.execute(select(StudyCard.id).where(StudyCard.kind == "own")).scalar_one()
    assert client.post(f"/cards/{key}/cards/{card_id}/delete", data={}).status_code == 400
    assert client.post(f"/cards/{key}/cards/{card_id}/edit", data={"front": "G", "back": "B"}).status_code == 400
    with app.app_context():
        assert db.session.execute(select(StudyCard.front).where(StudyCard.kind == "own")).scalars().all() == ["F"]
        db.session.remove()
        db.engine.dispose()


def test_an_idle_guests_own_decks_cards_and_limits_are_purged_with_them(app, client):
    from quizapp.auth.services import purge_idle_guests
    from quizapp.cards.models import DeckSetting

    install_clock(app, NOW)
    key = new_deck(client, "Guest deck")
    add(client, key)
    client.post(f"/cards/{key}/settings", data={"new_cards_per_day": "3"})
    study_one(client, key, 3)
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(DeckSetting)).scalar_one() == 1
        assert purge_idle_guests(datetime(2100, 1, 1)) == 1
        for table in (OwnDeck, StudyCard, CardReview, DeckSetting):
            assert db.session.execute(select(func.count()).select_from(table)).scalar_one() == 0, table


def test_the_deck_list_costs_the_same_with_more_own_decks_and_limits(app, client, auth):
    from tests.helpers.queries import counted_statements

    install_clock(app, NOW)
    auth.create_and_login("ana")
    first = new_deck(client, "One")
    add(client, first)
    with counted_statements(app) as small:
        assert client.get("/cards/").status_code == 200
    for n in range(4):
        key = new_deck(client, f"More {n}")
        add(client, key)
        add(client, key, front=f"Second {n}")
        client.post(f"/cards/{key}/settings", data={"new_cards_per_day": str(n + 1)})
        study_one(client, key, 3)
    with counted_statements(app) as large:
        page = client.get("/cards/")
    assert "More 3" in page.text and len(large) == len(small), (small, large)
