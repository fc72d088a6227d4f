"""Pages that list rows or decks run a fixed number of queries, however much there is (issue 15).

Each test measures a page at a small size, grows the data (more decks, cards, reviews,
attempts, students) and measures again: the count must not change.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import event, insert, select, update

from quizapp.bank.models import Document, Flashcard, Topic
from quizapp.cards.models import CardReview, StudyCard
from quizapp.extensions import db
from quizapp.quiz.models import Attempt
from tests.helpers.app import install_clock, make_user
from tests.helpers.queries import counted_statements, writes
from tests.helpers.sets import make_set, question_ids, take

NOW = datetime(2026, 3, 10, 15, 0)


def get_counted(app, client, path: str) -> list[str]:
    with counted_statements(app) as statements:
        response = client.get(path)
    assert response.status_code == 200, response.data[:300]
    return statements


def add_document_of_decks(app, topics: int, cards_per_topic: int) -> str:
    """Another document with its own topic decks (written directly: the bank has one)."""
    with app.app_context():
        number = db.session.execute(select(db.func.count()).select_from(Document)).scalar_one()
        document = Document(slug=f"extra-{number}", title=f"Extra document {number}", paragraph_count=1)
        db.session.add(document)
        db.session.flush()
        made = [Topic(document_id=document.id, slug=f"t{i}", title=f"Extra topic {i}", position=i) for i in range(topics)]
        db.session.add_all(made)
        db.session.flush()
        db.session.execute(insert(Flashcard), [
            {"document_id": document.id, "topic_id": t.id, "bank_id": f"x{t.id}-{i}", "front": "F", "back": "B",
             "source": [1], "tags": [], "content_hash": "0" * 64}
            for t in made for i in range(cards_per_topic)
        ])
        db.session.commit()
        return f"doc-{document.id}"


def start_deck(client, deck_key: str) -> None:
    assert client.post(f"/cards/{deck_key}/start").status_code == 303


def rate_some(app, user_id: int, n: int, deck_key: str | None = None) -> None:
    """Give ``n`` of the learner's new cards (in the document ``deck_key`` when given) a review
    now, due in a few days, and a review log row each."""
    with app.app_context():
        query = select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.last_review.is_(None))
        if deck_key is not None:
            query = query.where(StudyCard.document_id == int(deck_key.removeprefix("doc-")))
        cards = db.session.execute(query.order_by(StudyCard.id.desc()).limit(n)).scalars()
        for card in cards:
            card.state, card.stability, card.difficulty, card.step = 2, 5.0, 5.0, None
            card.last_review, card.due = NOW - timedelta(days=1), NOW + timedelta(days=3)
            db.session.add(CardReview(card=card, user_id=user_id, rating=3, reviewed_at=NOW - timedelta(hours=2), prev_state=1,
                                      prev_step=0, prev_due=NOW - timedelta(days=2), prev_last_review=NOW - timedelta(days=3)))
        db.session.commit()


def test_deck_list_counts_every_deck_in_a_fixed_number_of_queries(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    start_deck(client, "doc-1")
    rate_some(app, user_id, 5)
    small = get_counted(app, client, "/cards/")
    for _ in range(2):  # more documents, more topic decks, more cards held
        deck = add_document_of_decks(app, topics=4, cards_per_topic=30)
        start_deck(client, deck)
    rate_some(app, user_id, 100)
    large = get_counted(app, client, "/cards/")
    assert b"Extra topic 3" in client.get("/cards/").data
    assert len(large) == len(small), (len(small), large)


def test_study_page_reads_a_fixed_number_of_queries_and_writes_nothing(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    start_deck(client, "doc-1")
    small = get_counted(app, client, "/cards/doc-1/study")
    deck = add_document_of_decks(app, topics=3, cards_per_topic=100)
    start_deck(client, deck)
    rate_some(app, user_id, 200, deck)
    large = get_counted(app, client, "/cards/doc-1/study")
    assert len(large) == len(small), " | ".join(s[:60].replace("\n", " ") for s in small) + " ---- " + " | ".join(s[:60].replace("\n", " ") for s in large)
    assert writes(large) == []
    # The rating POST does not grow with the learner's other cards either.
    with app.app_context():
        card = db.session.execute(
            select(StudyCard).join(Flashcard).where(StudyCard.user_id == user_id, Flashcard.document_id == 1, StudyCard.last_review.is_(None))
        ).scalars().first()
        card_id = card.id
    with counted_statements(app) as statements:
        response = client.post(f"/cards/doc-1/card/{card_id}/rate", data={"rating": "3", "token": "new"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    # The claim on the card with its new state, and the review row: nothing else is written.
    assert [" ".join(s.split()[:3]) for s in writes(statements)] == ["UPDATE study_card SET", "INSERT INTO card_review"], writes(statements)
    assert not any("INSERT INTO study_card" in s for s in statements)


def test_statistics_page_is_two_aggregates_whatever_the_reviews(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    start_deck(client, "doc-1")
    rate_some(app, user_id, 2)
    small = get_counted(app, client, "/cards/stats")
    rate_some(app, user_id, 60)
    large = get_counted(app, client, "/cards/stats")
    assert len(large) == len(small)


def test_progress_page_queries_do_not_grow_with_attempts(app, client, auth):
    user_id = auth.create_and_login("ana")
    page = client.get("/quiz/progress")
    assert page.status_code == 200
    with app.app_context():
        db.session.execute(insert(Attempt), [
            {"user_id": user_id, "document_id": 1, "title": f"Quiz {i}", "mode": "practice", "settings": {},
             "started_at": NOW - timedelta(days=i), "finished_at": NOW - timedelta(days=i) + timedelta(minutes=5) if i else None,
             "score": 3.0 if i else None, "max_score": 5}
            for i in range(3)
        ])
        db.session.commit()
    small = get_counted(app, client, "/quiz/progress")
    with app.app_context():
        db.session.execute(insert(Attempt), [
            {"user_id": user_id, "document_id": 1, "title": f"Quiz {i}", "mode": "practice", "settings": {},
             "started_at": NOW - timedelta(days=i), "finished_at": None, "score": None, "max_score": 5}
            for i in range(3, 60)
        ])
        db.session.commit()
    large = get_counted(app, client, "/quiz/progress")
    assert len(large) == len(small)


def test_set_results_queries_do_not_grow_with_students(app, client, auth):
    teacher = auth.create_and_login("teacher")
    qids = question_ids(app, "single_choice", 3)
    set_id = make_set(app, teacher, qids)
    for n in range(2):
        take(app, set_id, make_user(app, f"s{n}"), [True, n % 2 == 0, False])
    small = get_counted(app, client, f"/sets/{set_id}/results")
    for n in range(2, 12):
        take(app, set_id, make_user(app, f"s{n}"), [n % 3 == 0, True, n % 2 == 0])
    large = get_counted(app, client, f"/sets/{set_id}/results")
    assert b"s11" in client.get(f"/sets/{set_id}/results").data
    assert len(large) == len(small), (small, large)


def wrong_true_false_form(app, attempt_id: int, position: int) -> dict:
    with app.app_context():
        from quizapp.quiz.models import AttemptQuestion

        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id, position=position)).scalar_one()
        return {"answer": "false" if aq.version.content["answer"] else "true"}


def start_true_false_quiz(client, app, count: int) -> int:
    with app.app_context():
        topics = list(db.session.execute(select(Topic.id).where(Topic.document_id == 1)).scalars())
    response = client.post("/quiz/new", data={"document": 1, "topics": topics, "types": ["true_false"], "count": count,
                                              "mode": "practice", "focus": "all"})
    assert response.status_code == 303
    return int(response.headers["Location"].split("/quiz/")[1].split("/")[0])


def test_answer_post_cost_does_not_grow_with_the_attempt_and_commits_once(app, client, auth):
    """A wrong answer stores the response and the missed-question card in one transaction,
    and the htmx answer reads only the question answered, however long the quiz is."""
    from sqlalchemy import event

    from quizapp.quiz.models import Response

    user_id = auth.create_and_login("ana")
    measured = []
    for count in (2, 12):
        attempt_id = start_true_false_quiz(client, app, count)
        commits: list[int] = []
        with app.app_context():
            engine = db.engine
        def listener(conn, commits=commits):
            commits.append(1)

        event.listen(engine, "commit", listener)
        try:
            with counted_statements(app) as statements:
                response = client.post(f"/quiz/{attempt_id}/q/2", data=wrong_true_false_form(app, attempt_id, 2), headers={"HX-Request": "true"})
        finally:
            event.remove(engine, "commit", listener)
        assert response.status_code == 200
        assert f"Question 2 of {count}" in response.text and "1 answered" in response.text
        measured.append(len(statements))
        assert len(commits) == 1, commits
    assert measured[0] == measured[1], measured
    with app.app_context():
        assert db.session.execute(select(db.func.count()).select_from(Response)).scalar_one() == 2
        cards = db.session.execute(select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == "missed")).scalars().all()
        assert len(cards) >= 1 and all(card.question_version_id is not None for card in cards)


def test_question_page_and_answer_read_the_question_in_one_statement(app, client, auth):
    """The hot paths of a class taking a test (issue 15): the question page reads the question,
    its attempt, answer and progress in one statement; a wrong answer then writes the response
    (whose INSERT, on SQLite, takes the write lock itself) and the missed-question card, and
    reads nothing else but the learner and the cited paragraphs shown with the feedback."""
    auth.create_and_login("ana")
    attempt_id = start_true_false_quiz(client, app, 12)
    for headers in ({}, {"HX-Request": "true"}):
        with counted_statements(app) as statements:
            page = client.get(f"/quiz/{attempt_id}/q/3", headers=headers)
        assert page.status_code == 200 and "Question 3 of 12" in page.text and "0 answered" in page.text
        reads = [s for s in statements if "FROM account" not in s]
        assert len(reads) == 1 and writes(statements) == [], reads
    form = wrong_true_false_form(app, attempt_id, 3)
    checkouts: list[int] = []
    with app.app_context():
        engine = db.engine

    def checked_out(*_args) -> None:
        checkouts.append(1)

    event.listen(engine, "checkout", checked_out)
    try:
        with counted_statements(app) as statements:
            response = client.post(f"/quiz/{attempt_id}/q/3", data=form, headers={"HX-Request": "true"})
    finally:
        event.remove(engine, "checkout", checked_out)
    assert response.status_code == 200 and "Not quite." in response.text and "1 answered" in response.text
    # Everything is read before the answer's write, on one connection: nothing after the commit
    # takes a connection from the pool again (the cited paragraphs used to).
    assert len(checkouts) == 1, checkouts
    written = [" ".join(s.split()[:3]) for s in writes(statements)]
    assert written == ["INSERT INTO response", "INSERT INTO study_card"], written
    reads = [s for s in statements if s not in writes(statements) and "FROM account" not in s]
    assert len(reads) == 2 and "FROM source_paragraph" in reads[1], reads


def card_statements(statements: list[str]) -> list[str]:
    """The statements that read or write the learner's cards or reviews."""
    return [" ".join(s.split())[:60] for s in statements if "study_card" in s or "card_review" in s]


def test_study_page_and_rating_read_the_cards_in_one_statement(app, client, auth):
    """The study region's figures (counts, new cards left, undo, the next card's id) and the
    card with its face are one statement; a rating adds the card's own read (with its deck),
    the claim and the review row (issue 15: they were six and twelve, then two and five)."""
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    start_deck(client, "doc-1")
    rate_some(app, user_id, 3, "doc-1")  # something to undo, and cards in review
    with counted_statements(app) as statements:
        page = client.get("/cards/doc-1/study", headers={"HX-Request": "true"})
    assert page.status_code == 200 and b"Reveal the answer" in page.data and b"Undo the last rating" in page.data
    assert len(card_statements(statements)) == 1, card_statements(statements)
    # The deck's title is read in that statement too (issue 15): the page's one; the account's
    # row was kept by the worker at the previous request (auth/account_cache.py).
    assert len(statements) == 1, [" ".join(s.split())[:60] for s in statements]
    assert not any(" ".join(s.split()).startswith("SELECT document.title") for s in statements), statements
    card_id = int(page.data.split(b"/cards/doc-1/card/")[1].split(b"/")[0])
    with counted_statements(app) as statements:
        rated = client.post(f"/cards/doc-1/card/{card_id}/rate", data={"rating": "3", "token": "new"}, headers={"HX-Request": "true"})
    assert rated.status_code == 200 and b"Reveal the answer" in rated.data
    assert f"/cards/doc-1/card/{card_id}/".encode() not in rated.data  # the next card, not this one
    assert len(card_statements(statements)) == 4, card_statements(statements)
    # The deck is read with the card, in the same statement (issue 15): no statement of its own.
    assert not any(" ".join(s.split()).startswith("SELECT document.title") for s in statements), statements
    assert len(statements) == 4, [" ".join(s.split())[:60] for s in statements]  # deck and card, 2 writes, the next (account kept)
    assert not any(s.startswith("SELECT account.id, account.username, account.username_key, account.password_hash") for s in statements)


def test_all_done_page_and_rating_read_the_missing_cards_with_the_figures(app, client, auth):
    """With no card left to show, the study region also says how many of the deck's cards the
    learner lacks ("Start studying" would add them): read in the figures' statement, not one
    of its own (issue 15), on the page and after the rating that ends the day's cards."""
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    start_deck(client, "doc-1")
    with app.app_context():
        card_id = db.session.execute(
            select(StudyCard.id).where(StudyCard.user_id == user_id, StudyCard.last_review.is_(None)).order_by(StudyCard.id)
        ).scalars().first()
        db.session.execute(update(StudyCard).where(StudyCard.user_id == user_id, StudyCard.id != card_id).values(
            last_review=NOW - timedelta(days=1), due=NOW + timedelta(days=3), state=2, stability=5.0, difficulty=5.0, step=None))
        db.session.commit()
    with counted_statements(app) as statements:
        rated = client.post(f"/cards/doc-1/card/{card_id}/rate", data={"rating": "3", "token": "new"}, headers={"HX-Request": "true"})
    assert rated.status_code == 200 and b"All done for now" in rated.data
    assert len(card_statements(statements)) == 4, card_statements(statements)
    with counted_statements(app) as statements:
        page = client.get("/cards/doc-1/study", headers={"HX-Request": "true"})
    assert page.status_code == 200 and b"All done for now" in page.data and b"Start studying" not in page.data
    assert len(statements) == 1, [" ".join(s.split())[:60] for s in statements]
