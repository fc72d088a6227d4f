"""Flashcard study: decks, what is due, rating with FSRS, undo, cram, settings and statistics.

Scheduling is done by the ``fsrs`` package (FSRS 6); nothing here computes an interval. The
card state is copied between our columns and ``fsrs.Card`` in ``to_fsrs`` and ``rate_card``.

Time: every function that depends on "now" takes a ``now`` argument (naive UTC). Views pass
``quizapp.timeutil.app_now()``, which is ``app.config["CLOCK"]()`` when a test sets it, so
tests — including live-server browser tests — can move the clock without patching datetime.

"Today" is the learner's calendar day in their time zone (UTC until they choose one or the
browser reports one). Cards in Review state are due for the whole day they fall due on, as in
Anki; cards in (re)learning are due at their exact minute.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from typing import Any, cast
from zoneinfo import ZoneInfo

from fsrs import Card, Rating, Scheduler, State
from sqlalchemy import Integer, String, and_, bindparam, case, delete, exists, func, insert, literal, literal_column, or_, select, true, union_all, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import BindParameter

from quizapp.auth.models import Account, User
from quizapp.bank.models import Document, Flashcard, QuestionVersion, Topic
from quizapp.bank.services import source_passages
from quizapp.cards.models import KIND_BANK, KIND_MISSED, KIND_OWN, CardReview, DeckExam, DeckSetting, OwnDeck, StudyCard
from quizapp.config import MAX_NEW_CARDS_PER_DAY, NEW_CARDS_PER_DAY
from quizapp.extensions import db
from quizapp.ids import parse_id
from quizapp.quiz.grading import correct_answer_text
from quizapp.timeutil import learner_zone, utcnow, valid_time_zone  # noqa: F401 (re-exported)
from quizapp.transactions import unit_of_work

DEFAULT_NEW_PER_DAY = NEW_CARDS_PER_DAY  # defined once, in quizapp.config
MAX_NEW_PER_DAY = MAX_NEW_CARDS_PER_DAY
MISSED_DECK = "missed"
OWN_DECK = "own"  # the kind of a learner's own deck, whose key is "own-<id>"


class CardError(ValueError):
    """The request cannot be carried out; the message tells the learner why."""


# The study_card columns a CardState holds, in its fields' order.
CARD_STATE_COLUMNS = (
    "id", "user_id", "kind", "flashcard_id", "question_version_id", "own_deck_id", "front", "back",
    "source_document_id", "source_paragraph", "state", "step", "stability", "difficulty", "due", "last_review",
)


@dataclass(slots=True)
class CardState:
    """A learner's card read as one Core row: what the study region shows and what the
    scheduler and a rating need, without an ORM object. The study page and the rating POST
    read their card this way: building a ``StudyCard`` through the ORM cost about three times
    the Core read of the same row (issue 15). It has ``StudyCard``'s attribute names, so the
    functions here take either (``AnyCard``)."""

    id: int
    user_id: int
    kind: str
    flashcard_id: int | None
    question_version_id: int | None
    own_deck_id: int | None
    front: str | None
    back: str | None
    source_document_id: int | None
    source_paragraph: int | None
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None

    @property
    def is_new(self) -> bool:
        return self.last_review is None


AnyCard = StudyCard | CardState


# ---------------------------------------------------------------- time


@lru_cache(maxsize=256)  # bounded: "now" differs on every request
def local_date(moment: datetime, zone: ZoneInfo) -> date:
    return moment.replace(tzinfo=UTC).astimezone(zone).date()


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """The naive-UTC instant at which ``day`` begins in ``zone``."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


def today_bounds(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    today = local_date(now, zone)
    return day_start(today, zone), day_start(today + timedelta(days=1), zone)


# ---------------------------------------------------------------- FSRS


@cache
def scheduler() -> Scheduler:
    """FSRS with its default parameters. Fuzzing is off so that the interval printed on each
    rating button is exactly the one the card gets."""
    return Scheduler(enable_fuzzing=False)


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None else None


def _naive(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment is not None else None


def to_fsrs(card: AnyCard) -> Card:
    return Card(
        card_id=card.id or 0,
        state=State(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=_aware(card.due),
        last_review=_aware(card.last_review),
    )


def format_interval(delta: timedelta) -> str:
    """A short interval as flashcard apps print it: "1m", "10m", "5h", "3d", "2.5mo", "1.1y"."""
    seconds = max(0.0, delta.total_seconds())
    minutes = seconds / 60
    if minutes < 1:
        return "<1m"
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"


def interval_labels(card: AnyCard, now: datetime) -> dict[int, str]:
    """The interval each rating would give, computed by the scheduler on a copy of the card."""
    moment = _aware(now)
    labels = {}
    for rating in Rating:
        scheduled, _ = scheduler().review_card(to_fsrs(card), rating, moment)
        labels[int(rating)] = format_interval(scheduled.due - moment)  # type: ignore[operator]
    return labels


def state_token(card: AnyCard) -> str:
    """Identifies the card's state as shown, so a second click on a rating changes nothing."""
    return card.last_review.isoformat() if card.last_review else "new"


def rate_card(card: AnyCard, rating: int, now: datetime, duration_ms: int | None = None) -> int | None:
    """Rate ``card`` with FSRS, store its new state and a log row keeping the old one; returns
    the log row's id.

    Returns None, changing nothing, when another request rated the card since it was read:
    a double click sends two requests that both saw the same state, and only one may count.
    Two prebuilt Core statements and one commit (issue 15): the UPDATE that writes the new
    state only where the card still has the state it was read with (the claim), then the log
    row. ``card`` holds the new state afterwards, as stored (a ``CardState`` is set like any
    object; a ``StudyCard``'s attributes are set as committed, so no flush writes them again).
    """
    try:
        grade = Rating(rating)
    except ValueError:
        raise CardError("Rate the card Again, Hard, Good or Easy.") from None
    scheduled, _ = scheduler().review_card(to_fsrs(card), grade, _aware(now), duration_ms)
    new_state = {
        "state": int(scheduled.state), "step": scheduled.step, "stability": scheduled.stability,
        "difficulty": scheduled.difficulty, "due": _naive(scheduled.due), "last_review": _naive(scheduled.last_review),
    }
    connection = db.session.connection()
    claimed = connection.execute(
        _rating_update(first_review=card.last_review is None),
        {"card_id": card.id, "seen": card.last_review, **{f"new_{key}": value for key, value in new_state.items()}},
    ).rowcount
    if claimed != 1:
        db.session.rollback()
        return None
    inserted = connection.execute(_review_insert(), {
        "card_id": card.id, "user_id": card.user_id, "rating": int(grade), "reviewed_at": now, "duration_ms": duration_ms,
        "prev_state": card.state, "prev_step": card.step, "prev_stability": card.stability,
        "prev_difficulty": card.difficulty, "prev_due": card.due, "prev_last_review": card.last_review,
    })
    for key, value in new_state.items():  # what was just written, without a flush writing it again
        if isinstance(card, CardState):
            setattr(card, key, value)
        else:
            set_committed_value(card, key, value)
    # Committed without expiring the session: the learner and this card hold what was just
    # written, and reloading the learner cost a query on every rating (issue 15).
    session = db.session()
    expire, session.expire_on_commit = session.expire_on_commit, False
    try:
        session.commit()
    finally:
        session.expire_on_commit = expire
    review_key = inserted.inserted_primary_key
    assert review_key is not None
    return int(review_key[0])


@cache
def _rating_update(first_review: bool) -> Any:
    """The claim and the new state of a rated card in one UPDATE, bound at execution: it
    matches only while the card's last review is the one it was read with (``seen``)."""
    table = StudyCard.__table__
    unchanged = table.c.last_review.is_(None) if first_review else table.c.last_review == bindparam("seen", type_=table.c.last_review.type)
    columns = ("state", "step", "stability", "difficulty", "due", "last_review")
    return (
        update(table)
        .where(table.c.id == bindparam("card_id"), unchanged)
        .values({name: bindparam(f"new_{name}", type_=table.c[name].type) for name in columns})
    )


@cache
def _review_insert() -> Any:
    return insert(CardReview.__table__)


def undo_last_rating(user_id: int, deck: Deck) -> StudyCard | None:
    """Put back the card of the learner's latest rating in ``deck`` and delete that log row.

    The latest rating in the deck is always its card's latest, so restoring the state saved
    in it is exact. Returns the card, or None when there is nothing to undo. The reviews are
    reached through the deck's cards (``ix_card_review_card_id``), so the learner's reviews in
    other decks cost nothing.
    """
    review = db.session.execute(
        _in_deck(select(CardReview).select_from(StudyCard).join(CardReview, CardReview.card_id == StudyCard.id), deck)
        .where(StudyCard.user_id == user_id)
        .order_by(CardReview.reviewed_at.desc(), CardReview.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if review is None:
        return None
    card = review.card
    card.state = review.prev_state
    card.step = review.prev_step
    card.stability = review.prev_stability
    card.difficulty = review.prev_difficulty
    card.due = review.prev_due
    card.last_review = review.prev_last_review
    db.session.delete(review)
    db.session.commit()
    return card


# ---------------------------------------------------------------- decks


@dataclass(frozen=True)
class Deck:
    """A set of cards to study: a document's or a topic's bank flashcards, missed questions,
    or a deck of the learner's own cards."""

    key: str
    title: str
    kind: str  # "document", "topic", "missed" or "own"
    ref_id: int | None = None
    parent: str | None = None

    @property
    def is_missed(self) -> bool:
        return self.kind == MISSED_DECK

    @property
    def is_own(self) -> bool:
        return self.kind == OWN_DECK

    @property
    def is_bank(self) -> bool:
        """A deck of the bank's flashcards, which a learner enrols in (the others' cards are
        made one by one: by a wrong answer, or by the learner writing them)."""
        return self.kind in ("document", "topic")


def missed_deck() -> Deck:
    return Deck(key=MISSED_DECK, title="My missed questions", kind=MISSED_DECK)


def find_deck(key: str, viewer_id: int | None = None) -> Deck | None:
    """The deck a URL names ("missed", "doc-3", "topic-7", "own-5"), or None (also for a user's
    bank that ``viewer_id`` may not see: see ``quizapp.bank.user_documents.visible_documents``,
    and for someone else's own deck). One prebuilt statement for a bank deck: every study page
    and rating reads it (issue 15)."""
    if key == MISSED_DECK:
        return missed_deck()
    prefix, _, raw = key.partition("-")
    number = parse_id(raw)
    if number is None:
        return None
    if prefix == OWN_DECK:
        own = db.session.get(OwnDeck, number)
        if own is not None and viewer_id is not None and own.user_id == viewer_id:
            return own_deck(own)
        return None
    if prefix not in ("doc", "topic"):
        return None
    parameters = {"ref_id": number} if viewer_id is None else {"ref_id": number, "viewer_id": viewer_id}
    row = db.session.connection().execute(_deck_statement_for(prefix, viewer_id is not None), parameters).first()
    if row is None:
        return None
    if prefix == "doc":
        return Deck(key=key, title=row.title, kind="document", ref_id=number)
    return Deck(key=key, title=row.title, kind="topic", ref_id=number, parent=row.document_title)


@cache
def _deck_statement_for(prefix: str, signed_in: bool) -> Any:
    """``find_deck``'s statement: the document or topic (with its document's title) by id, if
    the viewer (bound as ``viewer_id`` when signed in) may see its bank."""
    from quizapp.bank.user_documents import visible_documents

    visible = visible_documents(cast(int, bindparam("viewer_id")) if signed_in else None)
    if prefix == "doc":
        return select(Document.title).where(Document.id == bindparam("ref_id"), visible)
    return (
        select(Topic.title, Document.title.label("document_title"))
        .join(Document, Document.id == Topic.document_id)
        .where(Topic.id == bindparam("ref_id"), visible)
    )


def own_deck(own: OwnDeck) -> Deck:
    return Deck(key=f"{OWN_DECK}-{own.id}", title=own.title, kind=OWN_DECK, ref_id=own.id)


def own_decks(user_id: int | None) -> list[Deck]:
    """The learner's own decks, by title (one query)."""
    if user_id is None:
        return []
    rows = db.session.execute(select(OwnDeck).where(OwnDeck.user_id == user_id).order_by(OwnDeck.title, OwnDeck.id)).scalars()
    return [own_deck(own) for own in rows]


def bank_decks(viewer_id: int | None = None) -> list[tuple[Deck, int]]:
    """Every document and topic with live flashcards that ``viewer_id`` may see, with how many
    it has (three queries)."""
    from quizapp.bank.user_documents import visible_documents

    per_topic = dict(
        db.session.execute(
            select(Flashcard.topic_id, func.count()).where(Flashcard.retired_at.is_(None)).group_by(Flashcard.topic_id)
        ).all()
    )
    topics: dict[int, list[Topic]] = {}
    for topic in db.session.execute(select(Topic).order_by(Topic.document_id, Topic.position, Topic.id)).scalars():
        topics.setdefault(topic.document_id, []).append(topic)
    decks: list[tuple[Deck, int]] = []
    for document in db.session.execute(select(Document).where(visible_documents(viewer_id)).order_by(Document.title)).scalars():
        own = topics.get(document.id, [])
        total = sum(per_topic.get(t.id, 0) for t in own)
        if not total:
            continue
        decks.append((Deck(key=f"doc-{document.id}", title=document.title, kind="document", ref_id=document.id), total))
        for topic in own:
            if per_topic.get(topic.id):
                deck = Deck(key=f"topic-{topic.id}", title=topic.title, kind="topic", ref_id=topic.id, parent=document.title)
                decks.append((deck, per_topic[topic.id]))
    return decks


def _bank_condition(deck: Deck) -> Any:
    column = Flashcard.document_id if deck.kind == "document" else Flashcard.topic_id
    return and_(column == deck.ref_id, Flashcard.retired_at.is_(None))


def _in_deck(query: Select, deck: Deck) -> Select:
    """Restrict a query that selects from ``study_card`` to the cards of ``deck``.

    With ``StudyCard.user_id`` also constrained, this is one range of
    ``ix_study_card_user_{document,topic,kind}_due``: it costs what the deck holds, not what
    the learner holds. The join only drops retired flashcards (a primary-key lookup per card).
    """
    if deck.is_missed:
        return query.where(StudyCard.kind == _MISSED_KIND_SQL)
    if deck.is_own:
        return query.where(StudyCard.own_deck_id == deck.ref_id)
    column = StudyCard.document_id if deck.kind == "document" else StudyCard.topic_id
    return query.join(Flashcard, Flashcard.id == StudyCard.flashcard_id).where(column == deck.ref_id, Flashcard.retired_at.is_(None))


def _missing_flashcards(user_id: int, deck: Deck) -> Select:
    """The deck's live flashcards the learner has no card for yet."""
    has_card = exists().where(StudyCard.user_id == user_id, StudyCard.flashcard_id == Flashcard.id)
    return select(Flashcard.id, Flashcard.document_id, Flashcard.topic_id).where(_bank_condition(deck), ~has_card)


def enrol(user_id: int, deck: Deck, now: datetime) -> None:
    """Give the learner their own (new) card for every live flashcard of the deck they lack.

    A read first, so that opening a deck one already holds writes nothing (a write would take
    SQLite's write lock on every study page); then one INSERT … SELECT, and a concurrent request
    doing the same loses to the unique constraint.
    """
    if not deck.is_bank:
        return
    missing = _missing_flashcards(user_id, deck).subquery()
    if db.session.execute(select(missing.c.id).limit(1)).first() is None:
        return
    rows = select(
        literal(user_id), literal(KIND_BANK), missing.c.id, missing.c.document_id, missing.c.topic_id,
        literal(int(State.Learning)), literal(0), literal(now), literal(now),
    )
    try:
        db.session.execute(
            insert(StudyCard).from_select(
                ["user_id", "kind", "flashcard_id", "document_id", "topic_id", "state", "step", "due", "created_at"], rows
            )
        )
        db.session.commit()
    except IntegrityError:
        db.session.rollback()


def missing_count(user_id: int, deck: Deck) -> int:
    """How many of the deck's live flashcards the learner has no card for yet: what "Start
    studying" (``enrol``, a POST) would add. A read over the deck's flashcards only."""
    if not deck.is_bank:
        return 0
    return db.session.connection().execute(_missing_count_statement(deck.kind), {"user_id": user_id, "ref_id": deck.ref_id}).scalar_one()


@cache
def _missing_count_statement(kind: str) -> Any:
    """``missing_count``'s statement per bank deck kind, built once (it runs on every study
    page and rating that has no card left to show: "All done" after today's new cards)."""
    deck = Deck(key="", title="", kind=kind, ref_id=bindparam("ref_id"))  # type: ignore[arg-type]
    missing = _missing_flashcards(cast(int, bindparam("user_id")), deck).subquery()
    return select(func.count()).select_from(missing)


def with_missing(counts: DeckCounts, missing: int, new_left: int) -> DeckCounts:
    """The deck's counts as if the learner held the ``missing`` cards, all new: what the
    deck offers, shown before "Start studying" (a POST) writes them."""
    if not missing:
        return counts
    new = counts.new + missing
    return DeckCounts(
        total=counts.total + missing, new=new, learning=counts.learning, due=counts.due,
        new_today=min(new, new_left), next_due=counts.next_due,
    )


# ---------------------------------------------------------------- what is due


def _sql_int(number: int) -> Any:
    """A fixed number written into a statement's SQL rather than bound: the prebuilt statements
    below are run on every study page and rating, and SQLAlchemy processes each bound value
    again on every execution (fourteen constants of the study figures' statement, issue 15)."""
    return literal_column(str(int(number)), Integer)


# ``KIND_MISSED`` written into the SQL (a fixed word of letters: nothing to escape).
_MISSED_KIND_SQL = literal_column(f"'{KIND_MISSED}'", String)


def _first_only(query: Select) -> Select:
    """``query.limit(1)`` with LIMIT and OFFSET written into the SQL, not bound (``_sql_int``)."""
    return query.limit(_sql_int(1)).offset(_sql_int(0))


def _due_condition(now: datetime | BindParameter[Any], day_end: datetime | BindParameter[Any]) -> Any:
    """Rated cards due now: (re)learning ones at their minute, Review ones all of their day."""
    return and_(
        StudyCard.due < day_end,
        StudyCard.last_review.is_not(None),
        or_(StudyCard.state == _sql_int(State.Review), StudyCard.due <= now),
    )


def due_cards(user: User, deck: Deck, now: datetime, limit: int | None = None) -> list[StudyCard]:
    """The learner's due cards in ``deck``, earliest first: one query on ``ix_study_card_user_due``."""
    _, day_end = today_bounds(now, learner_zone(user))
    query = _in_deck(select(StudyCard), deck).where(StudyCard.user_id == user.id, _due_condition(now, day_end))
    query = query.order_by(StudyCard.due, StudyCard.id)
    if limit is not None:
        query = query.limit(limit)
    return list(db.session.execute(query).scalars())


@cache
def _deck_statement(name: str, kind: str) -> Select:
    """The study page's per-deck statements, built once per deck kind with bound parameters
    (``user_id``, ``ref_id``, ``now``, ``day_end``): building a SQLAlchemy expression costs
    more than running it, and the study page and rating POST run four of them (issue 15)."""
    deck = Deck(key="", title="", kind=kind, ref_id=bindparam("ref_id"))  # type: ignore[arg-type]
    mine = StudyCard.user_id == bindparam("user_id")
    if name == "counts":
        return _in_deck(select(*_count_columns(bindparam("now"), bindparam("day_end"))), deck).where(mine)
    if name == "due":
        return (
            _in_deck(select(StudyCard), deck)
            .where(mine, _due_condition(bindparam("now"), bindparam("day_end")))
            .order_by(StudyCard.due, StudyCard.id)
            .limit(1)
        )
    if name == "new":
        return (
            _in_deck(select(StudyCard), deck)
            .where(mine, StudyCard.last_review.is_(None))
            .order_by(*_new_card_order(kind))
            .limit(1)
        )
    if name == "undo":
        return _in_deck(select(StudyCard.id), deck).where(mine, exists().where(CardReview.card_id == StudyCard.id)).limit(1)
    raise ValueError(name)


def _new_card_order(kind: str) -> list[Any]:
    """The order new cards come in: a bank deck's in bank order (flashcard id), the others'
    (missed questions, own cards: no flashcard) in the order they were made. Ordering those by
    the flashcard id too, always NULL, let SQLite walk the learner's (user_id, flashcard_id)
    index through every missed and own card they hold (issue 15)."""
    if kind in ("document", "topic"):
        return [StudyCard.flashcard_id, StudyCard.id]
    return [StudyCard.id]


def _deck_parameters(user_id: int, deck: Deck, **more: Any) -> dict[str, Any]:
    return {"user_id": user_id, "ref_id": deck.ref_id, **more}


@cache
def _new_today_statement() -> Select:
    return select(func.count()).select_from(CardReview).where(
        CardReview.user_id == bindparam("user_id"), CardReview.reviewed_at >= bindparam("start"), CardReview.prev_last_review.is_(None)
    )


def new_introduced_today(user: User, now: datetime) -> int:
    """How many cards the learner rated for the first time today (their day), in any deck."""
    start, _ = today_bounds(now, learner_zone(user))
    return db.session.execute(_new_today_statement(), {"user_id": user.id, "start": start}).scalar_one()


def new_left_today(user: User, now: datetime) -> int:
    """Today's new cards left across all decks (the account's total)."""
    return max(0, user.new_cards_per_day - new_introduced_today(user, now))


def _deck_condition(kind: str, ref_id: Any) -> Any:
    """Whether a ``study_card`` row is in a deck of ``kind``, from the card's own columns."""
    if kind == MISSED_DECK:
        return StudyCard.kind == _MISSED_KIND_SQL
    if kind == OWN_DECK:
        return StudyCard.own_deck_id == ref_id
    return (StudyCard.document_id if kind == "document" else StudyCard.topic_id) == ref_id


@cache
def _new_today_in_deck_statement(kind: str) -> Select:
    """Cards first rated today in all decks and in one deck, and the deck's own limit (NULL
    when it has none), in one statement: the reviews of today's new cards are one range of
    ``ix_card_review_user_reviewed_rating``, each joined to its card by primary key, so the
    cost is today's new cards, not the learner's holdings."""
    limit = (
        select(DeckSetting.new_per_day)
        .where(DeckSetting.user_id == bindparam("user_id"), DeckSetting.deck_key == bindparam("deck_key"))
        .scalar_subquery()
    )
    return (
        select(func.count(CardReview.id), func.count(case((_deck_condition(kind, bindparam("ref_id")), _sql_int(1)))), limit)
        .select_from(CardReview)
        .join(StudyCard, StudyCard.id == CardReview.card_id)
        .where(CardReview.user_id == bindparam("user_id"), CardReview.reviewed_at >= bindparam("start"), CardReview.prev_last_review.is_(None))
    )


def new_left_in_deck(user: User, deck: Deck, now: datetime) -> int:
    """Today's new cards left for ``deck``: the account's total left, and no more than the
    deck's own limit (if it has one) less the new cards it gave today. One statement."""
    start, _ = today_bounds(now, learner_zone(user))
    total, in_deck, limit = db.session.execute(
        _new_today_in_deck_statement(deck.kind), {"user_id": user.id, "deck_key": deck.key, "ref_id": deck.ref_id, "start": start}
    ).one()
    left = max(0, user.new_cards_per_day - total)
    return left if limit is None else min(left, max(0, limit - in_deck))


def deck_limit(user_id: int | None, deck: Deck) -> int | None:
    """The deck's own limit of new cards per day, None when only the total applies."""
    if user_id is None:
        return None
    return db.session.execute(
        select(DeckSetting.new_per_day).where(DeckSetting.user_id == user_id, DeckSetting.deck_key == deck.key)
    ).scalar_one_or_none()


@unit_of_work
def set_deck_limit(user: User, deck: Deck, new_per_day: int | None) -> None:
    """Give ``deck`` its own limit of new cards per day, or none (None: only the total)."""
    if new_per_day is not None and not 0 <= new_per_day <= MAX_NEW_PER_DAY:
        raise CardError(f"New cards per day must be between 0 and {MAX_NEW_PER_DAY}.")
    stored = db.session.execute(select(DeckSetting).where(DeckSetting.user_id == user.id, DeckSetting.deck_key == deck.key)).scalar_one_or_none()
    if new_per_day is None:
        if stored is not None:
            db.session.delete(stored)
    elif stored is None:
        db.session.add(DeckSetting(user_id=user.id, deck_key=deck.key, new_per_day=new_per_day))
    else:
        stored.new_per_day = new_per_day
    db.session.commit()


def first_new_card(user: User, deck: Deck) -> StudyCard | None:
    return db.session.execute(_deck_statement("new", deck.kind), _deck_parameters(user.id, deck)).scalar_one_or_none()


def next_card(user: User, deck: Deck, now: datetime, new_left: int | None = None) -> StudyCard | None:
    """Due cards first (earliest due first), then new cards while today's allowance lasts.

    ``new_left`` is ``new_left_in_deck`` when the caller has it already (a page needs it twice).
    """
    _, day_end = today_bounds(now, learner_zone(user))
    due = db.session.execute(_deck_statement("due", deck.kind), _deck_parameters(user.id, deck, now=now, day_end=day_end)).scalar()
    if due is not None:
        return due
    if (new_left_in_deck(user, deck, now) if new_left is None else new_left) > 0:
        return first_new_card(user, deck)
    return None


def cram_card(user: User, deck: Deck, after: AnyCard | None = None) -> StudyCard | None:
    """Study ahead: the next already-studied card in due order, whether due or not.

    Cram ratings change nothing, so the order is stable and ``after`` (the card just seen)
    is all the session needs to remember.
    """
    query = _in_deck(select(StudyCard), deck).where(StudyCard.user_id == user.id, StudyCard.last_review.is_not(None))
    if after is not None:
        query = query.where(or_(StudyCard.due > after.due, and_(StudyCard.due == after.due, StudyCard.id > after.id)))
    return db.session.execute(query.order_by(StudyCard.due, StudyCard.id).limit(1)).scalar_one_or_none()


@dataclass
class DeckCounts:
    total: int = 0
    new: int = 0
    learning: int = 0
    due: int = 0
    new_today: int = 0
    next_due: datetime | None = None


def _count_columns(now: datetime | BindParameter[Any], day_end: datetime | BindParameter[Any]) -> list[Any]:
    """total, new, in learning, due now, next due: the aggregates of a deck's counts."""
    due = _due_condition(now, day_end)
    reviewed = StudyCard.last_review.is_not(None)
    one = _sql_int(1)
    return [
        func.count(StudyCard.id),
        func.count(case((StudyCard.last_review.is_(None), one))),
        func.count(case((and_(reviewed, StudyCard.state != _sql_int(State.Review)), one))),
        func.count(case((due, one))),
        func.min(case((and_(reviewed, StudyCard.due > now), StudyCard.due))),
    ]


def _counts_from(row: Any, bank_total: int | None, new_left: int) -> DeckCounts:
    total, new, learning, due_now, next_due = row if row is not None else (0, 0, 0, 0, None)
    if isinstance(next_due, str):  # SQLite returns MIN over a CASE as text
        next_due = datetime.fromisoformat(next_due)
    if bank_total is not None and bank_total > total:
        # Cards of a bank deck the learner has not opened yet are all new to them.
        new += bank_total - total
        total = bank_total
    return DeckCounts(total=total, new=new, learning=learning, due=due_now, new_today=min(new, new_left), next_due=next_due)


def deck_counts(
    user: User | None, deck: Deck, now: datetime, bank_total: int | None = None, new_left: int | None = None
) -> DeckCounts:
    """New / in learning / due now, and when the next card falls due: one aggregate query
    (and ``new_left_today``'s, unless the caller passes it)."""
    if user is None:
        total = bank_total or 0
        return DeckCounts(total=total, new=total, new_today=min(total, DEFAULT_NEW_PER_DAY))
    _, day_end = today_bounds(now, learner_zone(user))
    row = db.session.execute(_deck_statement("counts", deck.kind), _deck_parameters(user.id, deck, now=now, day_end=day_end)).one()
    return _counts_from(row, bank_total, new_left_in_deck(user, deck, now) if new_left is None else new_left)


@dataclass(frozen=True)
class StudyFigures:
    """What the study region needs besides its card, read by ``study_figures`` in one statement:
    the deck's counts, today's new cards left for it, whether a rating can be undone, and the
    ids of the first due card and the first new card (None when there is none)."""

    counts: DeckCounts
    new_left: int
    can_undo: bool
    due_id: int | None
    new_id: int | None
    # ``missing_count`` when it was read with the figures (``study_next`` with no card), else None.
    missing: int | None = None

    @property
    def next_card_id(self) -> int | None:
        """``next_card``'s choice: the first due card, else a new one while the day allows."""
        if self.due_id is not None:
            return self.due_id
        return self.new_id if self.new_left > 0 else None


def study_figures(user: Account, deck: Deck, now: datetime) -> StudyFigures:
    """``deck_counts``, ``new_left_in_deck``, ``can_undo`` and the ids ``next_card`` would
    choose from, in one statement (issue 15: the study page and the rating POST ran five for
    these, and each costs SQLAlchemy more than SQLite). Every part is an index range of the
    deck's own cards, or of today's first ratings, as in the functions it stands for."""
    start, day_end = today_bounds(now, learner_zone(user))
    row = db.session.connection().execute(
        _study_figures_statement(deck.kind),
        {"user_id": user.id, "ref_id": deck.ref_id, "deck_key": deck.key, "now": now, "day_end": day_end, "start": start},
    ).one()
    return _figures_from(user, row)


def _figures_from(user: Account, row: Any, missing: int | None = None) -> StudyFigures:
    """``StudyFigures`` from the columns of ``_study_figures_statement`` (and ``missing_count``
    when the caller read it)."""
    total, new, learning, due_now, next_due, new_total, new_in_deck, limit, undo, due_id, new_id = row
    left = max(0, user.new_cards_per_day - new_total)
    new_left = left if limit is None else min(left, max(0, limit - new_in_deck))
    counts = _counts_from((total, new, learning, due_now, next_due), None, new_left)
    return StudyFigures(counts=counts, new_left=new_left, can_undo=bool(undo), due_id=due_id, new_id=new_id, missing=missing)


@cache
def _study_figures_statement(kind: str) -> Any:
    """``study_figures``' statement for a deck kind, built once with bound parameters: the
    counts and today's new cards as two one-row subqueries, the rest as scalar subqueries."""
    deck = Deck(key="", title="", kind=kind, ref_id=bindparam("ref_id"))  # type: ignore[arg-type]
    mine = StudyCard.user_id == bindparam("user_id")
    counts = _deck_statement("counts", kind).subquery("counts")
    today = _new_today_in_deck_statement(kind).subquery("today")
    # Only a rated card has reviews (a rating writes its review and sets ``last_review``; undo
    # puts back the state before the review it deletes): the rated cards' index is enough.
    undo = exists(
        _in_deck(select(StudyCard.id), deck)
        .where(mine, StudyCard.last_review.is_not(None), exists().where(CardReview.card_id == StudyCard.id))
    )
    due_id = _first_only(
        _in_deck(select(StudyCard.id), deck)
        .where(mine, _due_condition(bindparam("now"), bindparam("day_end")))
        .order_by(StudyCard.due, StudyCard.id)
    ).scalar_subquery()
    new_id = _first_only(
        _in_deck(select(StudyCard.id), deck)
        .where(mine, StudyCard.last_review.is_(None))
        .order_by(*_new_card_order(kind))
    ).scalar_subquery()
    return select(counts, today, undo.label("can_undo"), due_id.label("due_id"), new_id.label("new_id")).select_from(
        counts.join(today, true())  # two one-row subqueries side by side
    )


def study_next(user: Account, deck: Deck, now: datetime) -> tuple[StudyFigures, CardState | None, CardFace | None]:
    """``study_figures`` and the card it chooses with its face (``study_card_with_face``), in
    one statement: the figures' row outer-joined to the chosen card, its flashcard and topic.
    The study page and the rating POST read nothing else of the deck (issue 15: each
    statement costs SQLAlchemy more than SQLite does). The card is None when there is none to
    show; a missed or own card's face is read as ``card_face`` reads it. With no card, the
    figures hold ``missing_count`` too (``StudyFigures.missing``), from the same statement."""
    row = db.session.connection().execute(_study_next_statement(deck.kind, None), _study_next_parameters(user, deck, now)).one()
    return _study_next_from(user, row)


def deck_and_study_next(
    key: str, user: Account, now: datetime
) -> tuple[Deck | None, StudyFigures | None, CardState | None, CardFace | None] | None:
    """``find_deck(key, user.id)`` and ``study_next`` for it, in one statement for a bank deck
    (the deck's title beside the figures' row, no row when the deck is not there for this
    learner): the study page reads nothing else (issue 15). None when ``key`` does not name a
    bank deck ("doc-N", "topic-N"): the caller reads it as ``find_deck`` does. The deck is None
    (and the rest too) when there is no such deck for this learner."""
    prefix, _, raw = key.partition("-")
    number = parse_id(raw)
    if prefix not in ("doc", "topic") or number is None:
        return None
    kind = "document" if prefix == "doc" else "topic"
    deck = Deck(key=key, title="", kind=kind, ref_id=number)
    parameters = _study_next_parameters(user, deck, now)
    parameters["viewer_id"] = user.id
    row = db.session.connection().execute(_study_next_statement(kind, prefix), parameters).first()
    if row is None:
        return None, None, None, None
    deck = Deck(key=key, title=row.deck_title, kind=kind, ref_id=number, parent=row.document_title if prefix == "topic" else None)
    return (deck, *_study_next_from(user, row))


def _study_next_parameters(user: Account, deck: Deck, now: datetime) -> dict[str, Any]:
    start, day_end = today_bounds(now, learner_zone(user))
    return {
        "user_id": user.id, "ref_id": deck.ref_id, "deck_key": deck.key, "now": now, "day_end": day_end, "start": start,
        "per_day": user.new_cards_per_day,
    }


def _study_next_from(user: Account, row: Any) -> tuple[StudyFigures, CardState | None, CardFace | None]:
    """``study_next``'s answer from a row of ``_study_next_statement``."""
    figures = _figures_from(user, row[:_FIGURES_COLUMNS], missing=row.missing)
    if row.id is None:
        return figures, None, None
    card = CardState(*row[_FIGURES_COLUMNS:_FIGURES_COLUMNS + len(CARD_STATE_COLUMNS)])
    if card.kind == KIND_BANK and row.flashcard_front is not None:
        return figures, card, CardFace(front=row.flashcard_front, back=[row.flashcard_back], source=list(row.source), origin=row.title)
    return figures, card, card_face(card)


# The figures' columns at the start of ``_study_next_statement``'s row (``study_figures``).
_FIGURES_COLUMNS = 11


@cache
def _study_next_statement(kind: str, deck_prefix: str | None) -> Any:
    """``study_next``'s statement: the figures (``_study_figures_statement``) as a one-row
    subquery, and the card ``StudyFigures.next_card_id`` chooses joined by primary key: the
    first due card, else the first new one while the day allows one more (the learner's
    ``per_day`` less today's new cards, and the deck's own limit less its new cards today).
    With no card chosen, ``missing``: the bank deck's flashcards the learner lacks
    (``missing_count``, a subquery SQLite runs only then); 0 for other decks, NULL with a card.
    With ``deck_prefix`` ("doc" or "topic"), led by the deck's title (``_deck_statement_for``,
    bound ``viewer_id``): no row when the deck is not there for this viewer."""
    # Materialized: inlined, the chosen card's join would run the due and new subqueries again.
    figures = _study_figures_statement(kind).cte("figures").prefix_with("MATERIALIZED")
    columns = list(figures.c)  # in _figures_from's order (the aggregates' names are anonymous)
    assert len(columns) == _FIGURES_COLUMNS
    new_total, new_in_deck, limit, due_id, new_id = columns[5], columns[6], columns[7], columns[9], columns[10]
    new_allowed = and_(bindparam("per_day", type_=Integer) > new_total, or_(limit.is_(None), limit > new_in_deck))
    chosen = case((due_id.is_not(None), due_id), (new_allowed, new_id))
    card, flashcard, topic = StudyCard.__table__, Flashcard.__table__, Topic.__table__
    missing_when_none = _missing_count_statement(kind).scalar_subquery() if kind in ("document", "topic") else _sql_int(0)
    missing = case((card.c.id.is_(None), missing_when_none)).label("missing")
    selected = [
        *columns, *_card_state_columns(), flashcard.c.front.label("flashcard_front"), flashcard.c.back.label("flashcard_back"),
        flashcard.c.source, topic.c.title, missing,
    ]
    if deck_prefix is None:
        joined = figures.outerjoin(card, card.c.id == chosen)
    else:
        deck = _deck_statement_for(deck_prefix, True).subquery("deck")
        selected += [deck.c.title.label("deck_title"), *([deck.c.document_title] if deck_prefix == "topic" else [])]
        joined = deck.join(figures, true()).outerjoin(card, card.c.id == chosen)
    return select(*selected).select_from(
        joined.outerjoin(flashcard, flashcard.c.id == card.c.flashcard_id).outerjoin(topic, topic.c.id == flashcard.c.topic_id)
    )


def study_card_with_face(card_id: int) -> tuple[CardState, CardFace]:
    """A card (a ``CardState``: a Core row, no ORM object) and its face without passages, in
    one statement for a bank card (``card_face`` reads the flashcard and topic apart)."""
    row = db.session.connection().execute(_card_with_face_statement(), {"card_id": card_id}).one()
    card = CardState(*row[:len(CARD_STATE_COLUMNS)])
    if card.kind == KIND_BANK and row.flashcard_front is not None:
        return card, CardFace(front=row.flashcard_front, back=[row.flashcard_back], source=list(row.source), origin=row.title)
    return card, card_face(card)


def _card_state_columns() -> list[Any]:
    table = StudyCard.__table__
    return [table.c[name] for name in CARD_STATE_COLUMNS]


@cache
def _card_with_face_statement() -> Any:
    card, flashcard, topic = StudyCard.__table__, Flashcard.__table__, Topic.__table__
    return (
        select(
            *_card_state_columns(), flashcard.c.front.label("flashcard_front"), flashcard.c.back.label("flashcard_back"),
            flashcard.c.source, topic.c.title,
        )
        .select_from(card)
        .outerjoin(flashcard, flashcard.c.id == card.c.flashcard_id)
        .outerjoin(topic, topic.c.id == flashcard.c.topic_id)
        .where(card.c.id == bindparam("card_id"))
    )


def owned_card(card_id: int, user_id: int, deck: Deck | None = None) -> StudyCard | None:
    """The learner's card ``card_id`` (in ``deck`` when given: not a retired flashcard's), else
    None: one statement that reads the card with its flashcard's deck columns."""
    row = db.session.execute(_owned_card_statement(), {"card_id": card_id, "user_id": user_id}).first()
    if row is None:
        return None
    card, document_id, topic_id, retired = row
    return card if deck is None or _card_in_deck(card, document_id, topic_id, retired, deck) else None


def owned_card_state(card_id: int, user_id: int, deck: Deck) -> CardState | None:
    """``owned_card`` as a ``CardState`` (a Core row: no ORM object), for the pages that only
    show or rate the card: the rating POST, the card's front and back."""
    row = db.session.connection().execute(_owned_card_state_statement(), {"card_id": card_id, "user_id": user_id}).first()
    if row is None:
        return None
    card = CardState(*row[:len(CARD_STATE_COLUMNS)])
    return card if _card_in_deck(card, row.flashcard_document_id, row.flashcard_topic_id, row.retired, deck) else None


def deck_and_card_state(key: str, card_id: int, user_id: int) -> tuple[Deck | None, CardState | None]:
    """``find_deck(key, user_id)`` and, when the deck is found, ``owned_card_state(card_id,
    user_id, deck)``: for a bank deck in one statement (the deck's title beside the card's
    row), as the rating POST reads both before its write (issue 15: each statement costs
    SQLAlchemy more than SQLite). Other decks read them as those functions do."""
    prefix, _, raw = key.partition("-")
    number = parse_id(raw)
    if prefix not in ("doc", "topic") or number is None:
        deck = find_deck(key, user_id)
        return deck, owned_card_state(card_id, user_id, deck) if deck is not None else None
    row = db.session.connection().execute(
        _deck_and_card_statement(prefix), {"ref_id": number, "viewer_id": user_id, "card_id": card_id, "user_id": user_id}
    ).first()
    if row is None:
        return None, None
    if prefix == "doc":
        deck = Deck(key=key, title=row.deck_title, kind="document", ref_id=number)
    else:
        deck = Deck(key=key, title=row.deck_title, kind="topic", ref_id=number, parent=row.document_title)
    if row.id is None:
        return deck, None
    card = CardState(*row[:len(CARD_STATE_COLUMNS)])
    in_deck = _card_in_deck(card, row.flashcard_document_id, row.flashcard_topic_id, row.retired, deck)
    return deck, card if in_deck else None


@cache
def _deck_and_card_statement(prefix: str) -> Any:
    """``deck_and_card_state``'s statement: the card (``_owned_card_state_statement``, no row
    when it is not the learner's) outer-joined to the deck's title (``_deck_statement_for``, no
    row when the deck is not there for this viewer), each a one-row subquery."""
    card = _owned_card_state_statement().subquery("card")
    deck = _deck_statement_for(prefix, True).subquery("deck")
    titles = [deck.c.title.label("deck_title")]
    if prefix == "topic":
        titles.append(deck.c.document_title)
    return select(*card.c, *titles).select_from(deck.outerjoin(card, true()))


def _card_in_deck(card: AnyCard, document_id: int | None, topic_id: int | None, retired: bool, deck: Deck) -> bool:
    """Whether the card is in ``deck``, from its row and its flashcard's deck columns (not a
    retired flashcard's)."""
    if deck.is_missed:
        return card.kind == KIND_MISSED
    if deck.is_own:
        return card.kind == KIND_OWN and card.own_deck_id == deck.ref_id
    if card.flashcard_id is None or retired:
        return False
    return (document_id if deck.kind == "document" else topic_id) == deck.ref_id


@cache
def _owned_card_statement() -> Any:
    flashcard = Flashcard.__table__
    return (
        select(StudyCard, flashcard.c.document_id, flashcard.c.topic_id, flashcard.c.retired_at.is_not(None))
        .outerjoin(flashcard, flashcard.c.id == StudyCard.flashcard_id)
        .where(StudyCard.id == bindparam("card_id"), StudyCard.user_id == bindparam("user_id"))
    )


@cache
def _owned_card_state_statement() -> Any:
    card, flashcard = StudyCard.__table__, Flashcard.__table__
    return (
        select(
            *_card_state_columns(), flashcard.c.document_id.label("flashcard_document_id"),
            flashcard.c.topic_id.label("flashcard_topic_id"), flashcard.c.retired_at.is_not(None).label("retired"),
        )
        .select_from(card)
        .outerjoin(flashcard, flashcard.c.id == card.c.flashcard_id)
        .where(card.c.id == bindparam("card_id"), card.c.user_id == bindparam("user_id"))
    )


@dataclass
class DeckList:
    """The deck list's figures: each bank deck's and own deck's counts (in the order given),
    the missed deck's, today's new cards left across all decks, and each deck's own limit."""

    bank: list[tuple[Deck, DeckCounts]]
    missed: DeckCounts
    own: list[tuple[Deck, DeckCounts]] = field(default_factory=list)
    new_left: int = 0
    limits: dict[str, int] = field(default_factory=dict)


def all_deck_counts(user: User | None, decks: list[tuple[Deck, int]], now: datetime, own: list[Deck] | None = None) -> DeckList:
    """The counts of every bank deck, of "My missed questions" and of the learner's own decks,
    for the deck list; each deck's "new today" is held to its own limit as well as the total.

    A fixed number of queries however many decks there are: the learner's cards are grouped
    by topic once (a document's counts are its topics' added up), missed cards counted
    once, own cards grouped by deck once, and today's new cards grouped by deck once.
    """
    own = own or []
    if user is None:
        return DeckList(
            bank=[(deck, deck_counts(None, deck, now, bank_total=total)) for deck, total in decks],
            missed=DeckCounts(), new_left=DEFAULT_NEW_PER_DAY,
        )
    start, day_end = today_bounds(now, learner_zone(user))
    connection = db.session.connection()
    parameters = {"user_id": user.id, "now": now, "day_end": day_end}
    per_topic = {topic_id: tuple(rest) for topic_id, *rest in connection.execute(_deck_list_statement("topics"), parameters)}
    missed_row = connection.execute(_deck_list_statement("missed"), parameters).one()
    per_own = {deck_id: tuple(rest) for deck_id, *rest in connection.execute(_deck_list_statement("own"), parameters)}
    topics_of = _topics_by_document([deck.ref_id for deck, _ in decks if deck.kind == "document" and deck.ref_id is not None])
    new_left = new_left_today(user, now)
    limits = dict(
        db.session.execute(select(DeckSetting.deck_key, DeckSetting.new_per_day).where(DeckSetting.user_id == user.id)).all()
    )
    introduced = _new_today_by_deck(user.id, start)

    def left(deck: Deck) -> int:
        if deck.key not in limits:
            return new_left
        return min(new_left, max(0, limits[deck.key] - introduced.get(deck.key, 0)))

    rows = []
    for deck, total in decks:
        if deck.ref_id is None:
            continue  # every bank deck has its document or topic; the missed deck is counted apart
        topic_ids = topics_of.get(deck.ref_id, []) if deck.kind == "document" else [deck.ref_id]
        rows.append((deck, _counts_from(_add_rows([per_topic[t] for t in topic_ids if t in per_topic]), total, left(deck))))
    own_rows = [(deck, _counts_from(per_own.get(deck.ref_id), None, left(deck))) for deck in own]
    return DeckList(
        bank=rows, missed=_counts_from(missed_row, None, left(missed_deck())), own=own_rows, new_left=new_left, limits=limits
    )


@cache
def _deck_list_statement(name: str) -> Any:
    """The deck list's count statements, built once with bound ``user_id``, ``now`` and
    ``day_end``: the learner's bank cards grouped by topic, the missed cards, the own cards
    grouped by deck.

    Retired flashcards are left out by a NOT IN of the (few) retired ids, not by joining each
    of the learner's cards to its flashcard: half the cost at 12,000 cards (issue 15). The own
    cards are asked for with ``own_deck_id IS NOT NULL`` (as they all are), so that SQLite
    reads only them from ``ix_study_card_user_own_deck_due`` instead of walking every card of
    the learner's there (28 ms at 12,000 cards, for none)."""
    columns = _count_columns(bindparam("now"), bindparam("day_end"))
    mine = StudyCard.user_id == bindparam("user_id")
    if name == "topics":
        retired = select(Flashcard.id).where(Flashcard.retired_at.is_not(None))
        return (
            select(StudyCard.topic_id, *columns)
            .where(mine, StudyCard.kind == KIND_BANK, StudyCard.flashcard_id.not_in(retired))
            .group_by(StudyCard.topic_id)
        )
    if name == "missed":
        return select(*columns).where(mine, StudyCard.kind == KIND_MISSED)
    if name == "own":
        return (
            select(StudyCard.own_deck_id, *columns)
            .where(mine, StudyCard.kind == KIND_OWN, StudyCard.own_deck_id.is_not(None))
            .group_by(StudyCard.own_deck_id)
        )
    raise ValueError(name)


def _new_today_by_deck(user_id: int, start: datetime) -> dict[str, int]:
    """How many cards of each deck (by key) the learner rated for the first time since
    ``start``: one grouped statement over today's first ratings."""
    counted: dict[str, int] = {}
    rows = db.session.execute(
        select(StudyCard.kind, StudyCard.document_id, StudyCard.topic_id, StudyCard.own_deck_id, func.count())
        .select_from(CardReview)
        .join(StudyCard, StudyCard.id == CardReview.card_id)
        .where(CardReview.user_id == user_id, CardReview.reviewed_at >= start, CardReview.prev_last_review.is_(None))
        .group_by(StudyCard.kind, StudyCard.document_id, StudyCard.topic_id, StudyCard.own_deck_id)
    ).all()
    for kind, document_id, topic_id, own_deck_id, n in rows:
        keys = {
            KIND_MISSED: [MISSED_DECK],
            KIND_OWN: [f"{OWN_DECK}-{own_deck_id}"],
        }.get(kind, [f"doc-{document_id}", f"topic-{topic_id}"])
        for key in keys:
            counted[key] = counted.get(key, 0) + n
    return counted


def _topics_by_document(document_ids: list[int]) -> dict[int, list[int]]:
    grouped: dict[int, list[int]] = {}
    if document_ids:
        for topic_id, document_id in db.session.execute(
            select(Topic.id, Topic.document_id).where(Topic.document_id.in_(document_ids))
        ).all():
            grouped.setdefault(document_id, []).append(topic_id)
    return grouped


def _add_rows(rows: list[tuple]) -> tuple | None:
    """Several topics' count rows as one document's: sums, and the earliest next-due time."""
    if not rows:
        return None
    dues = [datetime.fromisoformat(r[4]) if isinstance(r[4], str) else r[4] for r in rows if r[4] is not None]
    return (sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows), min(dues, default=None))


# ---------------------------------------------------------------- what a card shows


@dataclass
class CardFace:
    front: str
    back: list[str]
    explanation: str = ""
    source: list[int] = field(default_factory=list)
    passages: list[Any] = field(default_factory=list)
    origin: str = ""


def card_face(card: AnyCard, with_passages: bool = False) -> CardFace:
    version = db.session.get(QuestionVersion, card.question_version_id) if card.kind == KIND_MISSED and card.question_version_id else None
    if version is not None:
        content = version.content
        document_id = version.question.document_id
        face = CardFace(
            front=content["prompt"],
            back=correct_answer_text(content),
            explanation=content.get("explanation", ""),
            source=list(content.get("source", [])),
            origin="A quiz question you got wrong",
        )
    elif card.kind == KIND_OWN:
        document_id = card.source_document_id
        face = CardFace(
            front=card.front or "",
            back=(card.back or "").splitlines() or [""],
            source=[card.source_paragraph] if card.source_paragraph is not None else [],
            origin="Your own card",
        )
    else:
        # One row, flashcard and topic together: two lazy loads otherwise, on every card shown.
        flashcard, topic = Flashcard.__table__, Topic.__table__
        row = db.session.connection().execute(
            select(flashcard.c.front, flashcard.c.back, flashcard.c.source, flashcard.c.document_id, topic.c.title)
            .join(topic, topic.c.id == flashcard.c.topic_id)
            .where(flashcard.c.id == card.flashcard_id)
        ).one()
        document_id = row.document_id
        face = CardFace(front=row.front, back=[row.back], source=list(row.source), origin=row.title)
    if with_passages and document_id is not None:
        face.passages = source_passages(document_id, face.source)
    return face


# ---------------------------------------------------------------- missed questions


def stage_missed_question(user_id: int, version: QuestionVersion, now: datetime) -> bool:
    """Make (or keep) the learner's card for a quiz question they got wrong, in the caller's
    transaction (flushes, never commits): a new card, or the existing card's wording moved to
    ``version``, its schedule kept. One card per question.

    On SQLite and PostgreSQL one upsert, so the same miss recorded twice at once leaves one
    card; elsewhere a read then a write, where such a race fails the caller's transaction.
    """
    return stage_missed_card(user_id, version.question_id, version.id, now)


def stage_missed_card(user_id: int, question_id: int, version_id: int, now: datetime) -> bool:
    """``stage_missed_question`` by ids, as one Core upsert on the session's connection where
    the database has one: it runs inside the answer POST, whose cost is otherwise mostly ORM
    bookkeeping (issue 15). On other databases a read then a write (flushed). Returns True.
    """
    connection = db.session.connection()
    dialect = connection.dialect.name
    if dialect in ("sqlite", "postgresql"):
        connection.execute(
            _missed_card_upsert(dialect),
            {"user_id": user_id, "kind": KIND_MISSED, "question_id": question_id, "question_version_id": version_id,
             "state": int(State.Learning), "step": 0, "due": now, "created_at": now},
        )
        return True
    query = select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.question_id == question_id)
    card = db.session.execute(query).scalar_one_or_none()
    if card is None:
        db.session.add(
            StudyCard(
                user_id=user_id, kind=KIND_MISSED, question_id=question_id, question_version_id=version_id,
                due=now, created_at=now,
            )
        )
    else:
        card.question_version_id = version_id
    db.session.flush()
    return True


def stage_missed_cards(user_ids: list[int], question_id: int, version_id: int, now: datetime) -> None:
    """``stage_missed_card`` for many learners and one question version (a regraded class),
    one executemany of the upsert where the database has one. In the caller's transaction."""
    if not user_ids:
        return
    connection = db.session.connection()
    dialect = connection.dialect.name
    if dialect not in ("sqlite", "postgresql"):
        for user_id in user_ids:
            stage_missed_card(user_id, question_id, version_id, now)
        return
    connection.execute(
        _missed_card_upsert(dialect),
        [{"user_id": user_id, "kind": KIND_MISSED, "question_id": question_id, "question_version_id": version_id,
          "state": int(State.Learning), "step": 0, "due": now, "created_at": now} for user_id in user_ids],
    )


@cache
def _missed_card_upsert(dialect: str) -> Any:
    """The missed-question card's upsert, built once per dialect (its values are bound at
    execution): a second miss of the question moves the card to the version just missed."""
    upsert: Any
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as upsert
    else:
        from sqlalchemy.dialects.postgresql import insert as upsert
    statement = upsert(StudyCard.__table__)
    return statement.on_conflict_do_update(
        index_elements=["user_id", "question_id"], set_={"question_version_id": statement.excluded.question_version_id}
    )


def missed_cards(user_id: int) -> list[StudyCard]:
    return list(
        db.session.execute(
            select(StudyCard).where(StudyCard.user_id == user_id, StudyCard.kind == KIND_MISSED).order_by(StudyCard.id)
        ).scalars()
    )


@unit_of_work
def remove_card(card: StudyCard) -> None:
    """Delete a missed-question card and its review history."""
    db.session.execute(delete(CardReview).where(CardReview.card_id == card.id))
    db.session.delete(card)
    db.session.commit()


# ---------------------------------------------------------------- settings and guests


@unit_of_work
def update_settings(user: User, new_cards_per_day: int) -> None:
    """The flashcard settings (the time zone is the account's: see auth.services.set_time_zone)."""
    if not 0 <= new_cards_per_day <= MAX_NEW_PER_DAY:
        raise CardError(f"New cards per day must be between 0 and {MAX_NEW_PER_DAY}.")
    user.new_cards_per_day = new_cards_per_day
    db.session.commit()


@unit_of_work
def adopt_browser_time_zone(user: User, reported: str | None) -> None:
    """Use the zone the browser reports until the learner chooses one in settings."""
    if user.time_zone is None and valid_time_zone(reported):
        user.time_zone = reported
        db.session.commit()


def merge_guest_cards(guest_id: int, account_id: int) -> None:
    """Move a guest's cards and reviews to the account they signed in to.

    Where both have a card for the same flashcard or question, the account's is kept. Runs
    inside the sign-in transaction, so it does not commit.
    """
    account_flashcards = select(StudyCard.flashcard_id).where(StudyCard.user_id == account_id, StudyCard.flashcard_id.is_not(None))
    account_questions = select(StudyCard.question_id).where(StudyCard.user_id == account_id, StudyCard.question_id.is_not(None))
    duplicates = list(
        db.session.execute(
            select(StudyCard.id).where(
                StudyCard.user_id == guest_id,
                or_(StudyCard.flashcard_id.in_(account_flashcards), StudyCard.question_id.in_(account_questions)),
            )
        ).scalars()
    )
    if duplicates:
        db.session.execute(delete(CardReview).where(CardReview.card_id.in_(duplicates)))
        db.session.execute(delete(StudyCard).where(StudyCard.id.in_(duplicates)))
    db.session.execute(update(StudyCard).where(StudyCard.user_id == guest_id).values(user_id=account_id))
    db.session.execute(update(CardReview).where(CardReview.user_id == guest_id).values(user_id=account_id))
    # Exam dates: the account's own stand; the guest's move for decks the account has none for.
    account_decks = select(DeckExam.deck_key).where(DeckExam.user_id == account_id)
    db.session.execute(delete(DeckExam).where(DeckExam.user_id == guest_id, DeckExam.deck_key.in_(account_decks)))
    db.session.execute(update(DeckExam).where(DeckExam.user_id == guest_id).values(user_id=account_id))
    # Own decks come along with their cards (moved above); a deck's limit: the account's stands.
    db.session.execute(update(OwnDeck).where(OwnDeck.user_id == guest_id).values(user_id=account_id))
    account_limits = select(DeckSetting.deck_key).where(DeckSetting.user_id == account_id)
    db.session.execute(delete(DeckSetting).where(DeckSetting.user_id == guest_id, DeckSetting.deck_key.in_(account_limits)))
    db.session.execute(update(DeckSetting).where(DeckSetting.user_id == guest_id).values(user_id=account_id))
    guest, account = db.session.get(User, guest_id), db.session.get(User, account_id)
    if guest is not None and account is not None and account.time_zone is None:
        account.time_zone = guest.time_zone


# ---------------------------------------------------------------- statistics


@dataclass
class DayReviews:
    day: date
    reviews: int
    again: int

    @property
    def retention(self) -> float | None:
        return 100.0 * (self.reviews - self.again) / self.reviews if self.reviews else None


@dataclass
class Stats:
    days: list[DayReviews]
    forecast: list[tuple[date, int]]
    reviews: int
    again: int

    @property
    def retention(self) -> float | None:
        return 100.0 * (self.reviews - self.again) / self.reviews if self.reviews else None


def _counts_per_day(name: str, starts: list[datetime | None], user_id: int) -> dict[int, tuple]:
    """For each local day i, from ``starts[i]`` (None: no lower bound) to ``starts[i + 1]``,
    the counts of ``_per_day_statement(name)`` over the learner's rows: {i: (count, ...)}."""
    statement = _per_day_statement(name, len(starts) - 1, starts[0] is None)
    parameters: dict[str, Any] = {f"start_{i}": start for i, start in enumerate(starts) if start is not None}
    return {day: tuple(rest) for day, *rest in db.session.execute(statement, {"user_id": user_id, **parameters}).all()}


@cache
def _per_day_statement(name: str, days: int, open_start: bool) -> Any:
    """One statement of per-day range counts (UNION ALL), "reviews" (count, and how many were
    Again) or "due" (rated cards falling due), with the boundaries bound as ``start_<i>``.

    Each part is a range of an index on the time column, counted by the database. The day
    boundaries are computed in Python from the learner's zone, so days of 23 or 25 hours are
    exact and no row is converted one by one; it is several times faster than grouping the
    rows by a CASE over the boundaries. Built once per shape: building and compiling the
    45 parts again on every statistics page cost more than running them (issue 15).
    """
    if name == "reviews":
        column: Any = CardReview.reviewed_at
        conditions: list[Any] = [CardReview.user_id == bindparam("user_id")]
        columns: list[Any] = [func.count(case((CardReview.rating == int(Rating.Again), literal(1))))]
    else:
        column = StudyCard.due
        conditions = [StudyCard.user_id == bindparam("user_id"), StudyCard.last_review.is_not(None)]
        columns = []
    parts = []
    for i in range(days):
        bounds = [column < bindparam(f"start_{i + 1}", type_=column.type)]
        if not (i == 0 and open_start):
            bounds.append(column >= bindparam(f"start_{i}", type_=column.type))
        parts.append(select(literal(i).label("day"), func.count(), *columns).where(*conditions, *bounds))
    return union_all(*parts)


def study_stats(user: User, now: datetime, history_days: int = 30, forecast_days: int = 14) -> Stats:
    """Reviews and retention per local day, and how many cards fall due on each coming day.

    Two statements, counted per local day by the database, whatever the number of reviews.
    """
    zone = learner_zone(user)
    today = local_date(now, zone)
    first = today - timedelta(days=history_days - 1)
    starts: list[datetime | None] = [day_start(first + timedelta(days=i), zone) for i in range(history_days + 1)]
    per_day = _counts_per_day("reviews", starts, user.id)
    days = [DayReviews(first + timedelta(days=i), *per_day.get(i, (0, 0))) for i in range(history_days)]

    # Day 0 of the forecast is today, and takes the overdue cards too (no lower bound).
    bounds: list[datetime | None] = [None] + [day_start(today + timedelta(days=i), zone) for i in range(1, forecast_days + 1)]
    due_per_day = _counts_per_day("due", bounds, user.id)
    forecast = [(today + timedelta(days=i), due_per_day.get(i, (0,))[0]) for i in range(forecast_days)]
    total = sum(d.reviews for d in days)
    return Stats(days=days, forecast=forecast, reviews=total, again=sum(d.again for d in days))
