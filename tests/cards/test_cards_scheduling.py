"""FSRS integration, the due query, day boundaries and the new-cards limit, through the services.

Every service takes ``now``, so these tests move time by passing it, never by patching.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fsrs import State
from sqlalchemy import event, func, select, text

from quizapp.auth.models import User
from quizapp.cards import services
from quizapp.cards.models import CardReview, StudyCard
from quizapp.extensions import db
from tests.helpers.app import install_clock, make_user
from tests.helpers.cards import open_study

NOW = datetime(2026, 3, 10, 12, 0)


def first_topic_deck() -> services.Deck:
    decks = [deck for deck, _ in services.bank_decks() if deck.kind == "topic"]
    return decks[0]


@pytest.fixture
def learner(app):
    user_id = make_user(app, "alice")
    with app.app_context():
        user = db.session.get(User, user_id)
        deck = first_topic_deck()
        services.enrol(user.id, deck, NOW)
        yield user, deck


def test_enrol_gives_one_new_card_per_live_flashcard_and_is_idempotent(learner):
    user, deck = learner
    services.enrol(user.id, deck, NOW)
    cards = db.session.execute(select(StudyCard).where(StudyCard.user_id == user.id)).scalars().all()
    assert cards and all(card.is_new for card in cards)
    counts = services.deck_counts(user, deck, NOW)
    assert (counts.total, counts.new, counts.learning, counts.due) == (len(cards), len(cards), 0, 0)


def test_good_repeatedly_moves_the_due_date_further_out(learner):
    user, deck = learner
    card = services.first_new_card(user, deck)
    now = NOW
    intervals = []
    for _ in range(6):
        services.rate_card(card, 3, now)
        intervals.append(card.due - now)
        now = card.due
    assert card.state == State.Review
    # Once out of the learning steps, every Good pushes the next review further away.
    review_intervals = intervals[2:]
    assert review_intervals == sorted(review_intervals)
    assert review_intervals[-1] > review_intervals[0] > timedelta(days=1)
    assert db.session.execute(select(func.count()).select_from(CardReview)).scalar_one() == 6


def test_again_brings_a_learned_card_back_within_minutes(learner):
    user, deck = learner
    card = services.first_new_card(user, deck)
    now = NOW
    for _ in range(4):
        rated_at = now
        services.rate_card(card, 3, now)
        now = card.due
    # learned: in review, next due more than a day after the last Good
    assert card.state == State.Review
    assert card.due - rated_at > timedelta(days=1)
    services.rate_card(card, 1, now)
    assert card.state == State.Relearning
    assert card.due - now <= timedelta(minutes=10)


def test_undo_restores_the_state_and_deletes_the_log_row(learner):
    user, deck = learner
    card = services.first_new_card(user, deck)
    services.rate_card(card, 3, NOW)
    services.rate_card(card, 3, card.due)
    before = (card.state, card.step, card.stability, card.difficulty, card.due, card.last_review)
    services.rate_card(card, 1, card.due + timedelta(days=3))
    assert db.session.execute(select(func.count()).select_from(CardReview)).scalar_one() == 3

    undone = services.undo_last_rating(user.id, deck)
    assert undone is not None and undone.id == card.id
    db.session.expire_all()
    card = db.session.get(StudyCard, card.id)
    assert (card.state, card.step, card.stability, card.difficulty, card.due, card.last_review) == before
    assert db.session.execute(select(func.count()).select_from(CardReview)).scalar_one() == 2


def test_undoing_the_first_rating_makes_the_card_new_again(learner):
    user, deck = learner
    card = services.first_new_card(user, deck)
    services.rate_card(card, 4, NOW)
    services.undo_last_rating(user.id, deck)
    assert card.is_new and card.stability is None and card.state == State.Learning
    assert services.undo_last_rating(user.id, deck) is None


def test_interval_labels_are_what_the_rating_then_gives(learner):
    user, deck = learner
    card = services.first_new_card(user, deck)
    labels = services.interval_labels(card, NOW)
    assert set(labels) == {1, 2, 3, 4}
    assert labels[3] == "10m"  # the second learning step
    services.rate_card(card, 4, NOW)
    assert services.format_interval(card.due - NOW) == labels[4]
    assert labels[4].endswith("d")


@pytest.mark.parametrize(
    ("delta", "label"),
    [(timedelta(seconds=20), "<1m"), (timedelta(minutes=10), "10m"), (timedelta(hours=5), "5h"),
     (timedelta(days=3), "3d"), (timedelta(days=75), "2.5mo"), (timedelta(days=400), "1.1y")],
)
def test_format_interval(delta, label):
    assert services.format_interval(delta) == label


def test_rating_out_of_range_is_refused_and_changes_nothing(learner):
    user, deck = learner
    card = services.first_new_card(user, deck)
    with pytest.raises(services.CardError):
        services.rate_card(card, 5, NOW)
    db.session.rollback()
    assert card.is_new
    assert db.session.execute(select(func.count()).select_from(CardReview)).scalar_one() == 0


def test_due_cards_is_one_query_on_the_deck_index(learner):
    user, deck = learner
    for card in db.session.execute(select(StudyCard).where(StudyCard.user_id == user.id)).scalars().all()[:3]:
        services.rate_card(card, 1, NOW)
    db.session.refresh(user)  # committing expired it; loading it again is not the due query
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        due = services.due_cards(user, deck, NOW + timedelta(minutes=5))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(due) == 3
    assert len(statements) == 1
    assert "study_card" in statements[0]
    # The same conditions, with values inlined, must be answered from the (user_id, topic_id, due)
    # index of rated cards: the deck's rated cards only, not every card the learner holds nor
    # the deck's new cards (issue 15).
    query = services._in_deck(select(StudyCard.id), deck).where(
        StudyCard.user_id == user.id, services._due_condition(NOW, NOW + timedelta(hours=12))
    )
    sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    plan = " ".join(str(row[-1]) for row in db.session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_study_card_user_topic_rated" in plan, plan


def test_learning_cards_fall_due_at_their_minute(learner):
    user, deck = learner
    card = services.first_new_card(user, deck)
    services.rate_card(card, 3, NOW)  # next learning step: 10 minutes
    assert services.due_cards(user, deck, NOW + timedelta(minutes=9)) == []
    assert services.due_cards(user, deck, NOW + timedelta(minutes=10)) == [card]


def test_review_cards_are_due_all_day_in_the_learners_time_zone(learner):
    user, deck = learner
    card = services.first_new_card(user, deck)
    services.rate_card(card, 4, NOW)
    assert card.state == State.Review
    due = card.due  # 12:00 UTC, some days later
    user.time_zone = "America/Lima"  # UTC-5, no daylight saving
    db.session.commit()
    local_midnight = datetime.combine(due.date(), datetime.min.time()) + timedelta(hours=5)
    # 23:59 in Lima the evening before: not yet; 00:01 on the due day: due, hours early.
    assert services.due_cards(user, deck, local_midnight - timedelta(minutes=1)) == []
    assert services.due_cards(user, deck, local_midnight + timedelta(minutes=1)) == [card]
    # In Auckland (UTC+13 in March) the due day starts 18 hours earlier than in Lima.
    user.time_zone = "Pacific/Auckland"
    db.session.commit()
    auckland_midnight = datetime.combine((due + timedelta(hours=13)).date(), datetime.min.time()) - timedelta(hours=13)
    assert services.due_cards(user, deck, auckland_midnight - timedelta(minutes=1)) == []
    assert services.due_cards(user, deck, auckland_midnight + timedelta(minutes=1)) == [card]


def test_new_cards_per_day_limit_and_its_reset_at_local_midnight(learner):
    user, deck = learner
    user.new_cards_per_day = 3
    user.time_zone = "America/Lima"
    db.session.commit()
    evening = datetime(2026, 3, 10, 4, 0)  # 23:00 in Lima on 9 March
    seen = []
    while (card := services.next_card(user, deck, evening)) is not None:
        seen.append(card.id)
        services.rate_card(card, 3, evening)
    assert len(seen) == 3 and len(set(seen)) == 3
    assert services.new_left_today(user, evening + timedelta(minutes=59)) == 0
    # One minute after midnight in Lima it is a new day there, though not in UTC.
    after_midnight = datetime(2026, 3, 10, 5, 1)
    assert services.new_left_today(user, after_midnight) == 3
    user.time_zone = "UTC"
    db.session.commit()
    assert services.new_left_today(user, after_midnight) == 0


def test_cram_order_walks_studied_cards_without_repeating(learner):
    user, deck = learner
    cards = db.session.execute(select(StudyCard).where(StudyCard.user_id == user.id)).scalars().all()[:3]
    for card in cards:
        services.rate_card(card, 4, NOW)
    walked = []
    current = services.cram_card(user, deck)
    while current is not None:
        walked.append(current.id)
        current = services.cram_card(user, deck, after=current)
    assert sorted(walked) == sorted(c.id for c in cards)


def test_forecast_counts_due_cards_per_local_day(learner):
    user, _deck = learner
    cards = db.session.execute(select(StudyCard).where(StudyCard.user_id == user.id)).scalars().all()[:2]
    services.rate_card(cards[0], 1, NOW)  # due in a minute: today
    services.rate_card(cards[1], 4, NOW)  # due in days
    stats = services.study_stats(user, NOW)
    assert len(stats.forecast) == 14
    assert stats.forecast[0][1] == 1
    assert sum(n for _, n in stats.forecast) == 2
    assert stats.reviews == 2 and stats.again == 1 and stats.retention == 50.0


def test_statistics_group_reviews_by_local_day_across_a_dst_change(learner):
    """The per-day figures are grouped in SQL against the zone's day boundaries: each review
    lands on the same local day a per-row conversion would give, on a 23-hour day too."""
    user, _ = learner
    user.time_zone = "Europe/Paris"  # summer time begins on Sunday 29 March 2026
    db.session.commit()
    card = db.session.execute(select(StudyCard).where(StudyCard.user_id == user.id)).scalars().first()
    now = datetime(2026, 3, 31, 12, 0)
    moments = [now - timedelta(hours=h, minutes=7 * h) for h in range(0, 24 * 12, 5)]
    for i, moment in enumerate(moments):
        db.session.add(CardReview(card=card, user_id=user.id, rating=1 if i % 3 == 0 else 3, reviewed_at=moment,
                                  prev_state=1, prev_step=0, prev_due=moment))
    db.session.commit()
    stats = services.study_stats(user, now)
    zone = services.learner_zone(user)
    expected_reviews: dict = {}
    expected_again: dict = {}
    for i, moment in enumerate(moments):
        day = services.local_date(moment, zone)
        expected_reviews[day] = expected_reviews.get(day, 0) + 1
        expected_again[day] = expected_again.get(day, 0) + (i % 3 == 0)
    assert {d.day: d.reviews for d in stats.days if d.reviews} == expected_reviews
    assert {d.day: d.again for d in stats.days if d.reviews} == expected_again


def test_two_ratings_sent_together_count_once(client, auth, app):
    """A double click sends two rating requests that both saw the card unrated; the second
    must not rate it again (two log rows, a schedule moved twice)."""
    from quizapp.cards import services
    from quizapp.cards.models import StudyCard

    install_clock(app, NOW)
    auth.create_and_login("alice")
    page = open_study(client, "doc-1")
    card_id = int(page.text.split("/card/")[1].split("/")[0])
    with app.app_context():
        seen = db.session.get(StudyCard, card_id)  # the second request has read the card …
        assert seen.last_review is None
        with app.app_context():  # … when the first one, with its own session, rates it and commits
            assert services.rate_card(db.session.get(StudyCard, card_id), 3, NOW) is not None
        assert services.rate_card(seen, 3, NOW) is None
        db.session.rollback()
        assert db.session.execute(select(func.count(CardReview.id))).scalar_one() == 1
        assert db.session.get(StudyCard, card_id).last_review == NOW
