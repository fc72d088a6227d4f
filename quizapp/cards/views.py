"""Flashcard pages. Each view parses the request, calls a service and renders.

The study page has one swappable region, ``#study`` (``cards/_study.html``). Reveal is a GET
form and each rating button its own POST form: with htmx they swap ``#study``, without
JavaScript they load the page, or post, redirect (303) and load the next card.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import abort, flash, redirect, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp.auth.forms import EmptyForm
from quizapp.auth.models import Account, User
from quizapp.auth.services import current_account, current_learner
from quizapp.cards import bp, services
from quizapp.cards import exam as exams
from quizapp.cards.forms import ExamPlanForm, OwnDeckForm, SettingsForm, read_rating
from quizapp.cards.plan import PlanError
from quizapp.cards.models import KIND_MISSED, StudyCard
from quizapp.cards.services import AnyCard, CardState, Deck
from quizapp.htmx import is_partial, render
from quizapp.ids import parse_id
from quizapp.timeutil import app_now

RATINGS = ((1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy"))
MAX_DURATION_MS = 60 * 60 * 1000


def signed_in() -> Account | None:
    """The signed-in account, read-only (see ``SignedInAccount``); ``current_learner()`` for
    a POST that changes it."""
    return current_user._get_current_object() if current_user.is_authenticated else None


def deck_or_404(deck_key: str) -> Deck:
    deck = services.find_deck(deck_key, current_user.id if current_user.is_authenticated else None)
    if deck is None:
        abort(404)
    return deck


def own_card(card_id: int, user: Account, deck: Deck | None = None) -> StudyCard:
    """The learner's card (in ``deck`` when given); 404 for anyone else's, so they learn nothing."""
    card = services.owned_card(card_id, user.id, deck)
    if card is None:
        abort(404)
    return card


def card_state_or_404(card_id: int, user: Account, deck: Deck) -> CardState:
    """``own_card`` as a Core row, for the pages that only show or rate the card (issue 15)."""
    card = services.owned_card_state(card_id, user.id, deck)
    if card is None:
        abort(404)
    return card


# ---------------------------------------------------------------- decks


@bp.get("/")
def decks() -> Response:
    user = signed_in()
    now = app_now()
    user_id = user.id if user else None
    listed = services.all_deck_counts(user, services.bank_decks(user_id), now, services.own_decks(user_id))
    return render(
        "cards/decks.html", "cards/decks.html", listed=listed, missed=services.missed_deck(),
        total_limit=user.new_cards_per_day if user else services.DEFAULT_NEW_PER_DAY, form=OwnDeckForm(),
    )


@bp.get("/<deck_key>")
def deck(deck_key: str) -> Response:
    deck = deck_or_404(deck_key)
    extra: dict[str, Any] = {}
    if deck.is_own:
        from quizapp.cards.own_views import own_context  # the own decks' pages build on these

        extra = own_context(signed_in_or_404(), deck)
        del extra["deck"]
    return deck_page(deck, **extra)


def deck_page(deck: Deck, status: int = 200, **extra: Any) -> Response:
    """The deck's page: today's counts and limits, its cards when they are the learner's
    (missed questions, or a deck of their own: ``extra`` holds the latter's region)."""
    user = signed_in()
    now = app_now()
    bank_total = None
    if user is None and deck.is_bank:
        bank_total = {d.key: n for d, n in services.bank_decks()}.get(deck.key, 0)
    if user is not None:
        # Nothing is written on a GET: cards the learner does not hold yet count as new,
        # and "Start studying" (a POST) makes them.
        new_left = services.new_left_in_deck(user, deck, now)
        counts = services.deck_counts(user, deck, now, new_left=new_left)
        counts = services.with_missing(counts, services.missing_count(user.id, deck), new_left)
    else:
        counts = services.deck_counts(user, deck, now, bank_total=bank_total)
    missed = services.missed_cards(user.id) if user is not None and deck.is_missed else []
    context: dict[str, Any] = {"form": EmptyForm(), **extra}
    return render(
        "cards/deck.html",
        "cards/deck.html",
        status,
        deck=deck,
        counts=counts,
        missed=[(card, services.card_face(card)) for card in missed],
        limit=services.deck_limit(user.id if user else None, deck),
        total_limit=user.new_cards_per_day if user else services.DEFAULT_NEW_PER_DAY,
        **context,
    )


@bp.route("/<deck_key>/plan", methods=["GET", "POST"])
def plan(deck_key: str) -> Response:
    """The learner's exam date for the deck and the daily plan FSRS gives towards it."""
    deck = deck_or_404(deck_key)
    user = signed_in()
    now = app_now()
    stored = exams.deck_exam(user.id, deck) if user is not None else None
    form = ExamPlanForm()
    if request.method == "GET" and stored is not None:
        form.exam_on.data, form.target.data = stored.exam_on, round(stored.target * 100)
    if form.validate_on_submit():
        user = current_learner()
        try:
            stored = exams.set_deck_exam(user, deck, form.exam_on.data, form.target.data / 100, now)
        except PlanError as exc:
            form.exam_on.errors = [*form.exam_on.errors, str(exc)]
        else:
            if not is_partial():
                flash("Plan made.", "success")
                return redirect(url_for("cards.plan", deck_key=deck.key), 303)
    status = 422 if form.errors else 200
    exam_plan = exams.plan_for(user, stored, deck, now) if user is not None and stored is not None else None
    return render(
        "cards/plan.html", "cards/_plan.html", status,
        deck=deck, form=form, stored=stored, plan=exam_plan, clear_form=EmptyForm(),
    )


@bp.post("/<deck_key>/plan/clear")
def clear_plan(deck_key: str) -> Response:
    deck = deck_or_404(deck_key)
    user = signed_in()
    if not EmptyForm().validate_on_submit():
        abort(400)
    if user is not None:
        exams.clear_deck_exam(user.id, deck)
    return redirect(url_for("cards.plan", deck_key=deck.key), 303)


@bp.post("/missed/<int:card_id>/remove")
def remove(card_id: int) -> Response:
    user = signed_in()
    if user is None:
        abort(404)
    card = own_card(card_id, user)
    if card.kind != KIND_MISSED:
        abort(404)
    if not EmptyForm().validate_on_submit():
        abort(400)
    services.remove_card(card)
    if is_partial():
        missed = services.missed_cards(user.id)
        return render(
            "cards/deck.html",
            "cards/_missed_list.html",
            missed=[(c, services.card_face(c)) for c in missed],
            form=EmptyForm(),
            notice="Card removed.",
        )
    flash("Card removed from “My missed questions”.", "success")
    return redirect(url_for("cards.deck", deck_key=services.MISSED_DECK), 303)


# ---------------------------------------------------------------- studying


def _cram() -> bool:
    """Whether the request asks to cram (``cram=1`` in the query, else in a POST's form), as
    ``request.values`` answers it, without building ``request.values`` (two dicts combined)
    or the exception Werkzeug raises inside ``get`` for a missing key (issue 15)."""
    args = request.args
    if "cram" in args:
        return args["cram"] == "1"
    if request.method != "GET":
        form = request.form
        return "cram" in form and form["cram"] == "1"
    return False


@bp.get("/<deck_key>/study")
def study(deck_key: str) -> Response:
    """The next card. A visitor with no session, or a learner who holds none of the deck's
    cards, gets a "Start studying" button instead: a GET never writes (a guest made by a
    crawler, or SQLite's write lock taken by every study page), the start POST does."""
    user = signed_in()
    if user is not None and not _cram():
        # A learner's next card in a bank deck: the deck, its figures and the card in one
        # statement (issue 15); 404 as deck_or_404.
        now = app_now()
        found = services.deck_and_study_next(deck_key, user, now)
        if found is not None:
            found_deck, figures, card, face = found
            if found_deck is None:
                abort(404)
            return render_study(user, found_deck, card, now, figures=figures, face=face)
    deck = deck_or_404(deck_key)
    now = app_now()
    if user is None:
        return render_study(None, deck, None, now)
    # No write on a GET: the deck's cards the learner lacks are made by "Start studying" (a
    # POST), offered by render_study when there is no card to show.
    if _cram():
        after_id = parse_id(request.args.get("after", ""))
        after = card_state_or_404(after_id, user, deck) if after_id is not None else None
        return render_study(user, deck, services.cram_card(user, deck, after), now)
    return render_next(user, deck, now)


def render_next(user: Account, deck: Deck, now: datetime, notice: str | None = None) -> Response:
    """The study region with the learner's next card (``services.next_card``'s choice): the
    figures, the card and its face in one statement (``services.study_next``)."""
    figures, card, face = services.study_next(user, deck, now)
    return render_study(user, deck, card, now, notice=notice, figures=figures, face=face)


@bp.post("/<deck_key>/start")
def start(deck_key: str) -> Response:
    """Begin studying: the first state-changing step, so this is where a visitor becomes a guest."""
    deck = deck_or_404(deck_key)
    if not EmptyForm().validate_on_submit():
        abort(400)
    user = current_learner()
    now = app_now()
    services.enrol(user.id, deck, now)
    if is_partial():
        return render_study(user, deck, services.next_card(user, deck, now), now)
    return redirect(url_for("cards.study", deck_key=deck.key), 303)


def signed_in_or_404() -> User:
    """Card pages name a card of one's own: without a session there is none to show."""
    user = signed_in()
    if user is None:
        abort(404)
    return user


@bp.get("/<deck_key>/card/<int:card_id>")
def card_front(deck_key: str, card_id: int) -> Response:
    deck = deck_or_404(deck_key)
    user = signed_in_or_404()
    return render_study(user, deck, card_state_or_404(card_id, user, deck), app_now())


@bp.get("/<deck_key>/card/<int:card_id>/back")
def card_back(deck_key: str, card_id: int) -> Response:
    deck = deck_or_404(deck_key)
    user = signed_in_or_404()
    return render_study(user, deck, card_state_or_404(card_id, user, deck), app_now(), revealed=True)


@bp.post("/<deck_key>/card/<int:card_id>/rate")
def rate(deck_key: str, card_id: int) -> Response:
    # The signed-in account's read-only row is enough unless the browser's time zone is
    # adopted below (issue 15: loading the account cost a statement on every rating).
    signed = signed_in()
    if signed is not None:
        # The deck and the card in one statement (issue 15); 404 as deck_or_404 and own_card.
        found_deck, card_or_none = services.deck_and_card_state(deck_key, card_id, signed.id)
        if found_deck is None or card_or_none is None:
            abort(404)
        deck, card, user = found_deck, card_or_none, signed
    else:
        deck = deck_or_404(deck_key)
        user = current_learner()
        card = card_state_or_404(card_id, user, deck)
    form = read_rating(request.form)
    if form is None:
        abort(400, "Rate the card with one of the four buttons: Again, Hard, Good or Easy.")
    cram = _cram()
    now = app_now()
    if user.time_zone is None and services.valid_time_zone(form.time_zone):
        user = current_account()
        services.adopt_browser_time_zone(user, form.time_zone)
    if cram:
        if is_partial():
            return render_study(user, deck, services.cram_card(user, deck, after=card), now)
    # A second click on a rating (or a resent form) finds the card already moved on.
    elif form.token == services.state_token(card):
        services.rate_card(card, form.rating, now, _duration_ms(form.shown_at, now))
    if is_partial():
        return render_next(user, deck, now)
    if cram:
        return redirect(url_for("cards.study", deck_key=deck.key, cram=1, after=card.id), 303)
    return redirect(url_for("cards.study", deck_key=deck.key), 303)


def _duration_ms(shown_at: str | None, now: datetime) -> int | None:
    """Time from showing the front to rating, when the form says when that was."""
    shown = parse_id(shown_at)
    if shown is None:
        return None
    elapsed = int(now.replace(tzinfo=services.UTC).timestamp() * 1000) - shown
    return elapsed if 0 <= elapsed <= MAX_DURATION_MS else None


@bp.post("/<deck_key>/undo")
def undo(deck_key: str) -> Response:
    deck = deck_or_404(deck_key)
    user = current_learner()
    if not EmptyForm().validate_on_submit():
        abort(400)
    card = services.undo_last_rating(user.id, deck)
    now = app_now()
    if card is None:
        if is_partial():
            return render_study(user, deck, services.next_card(user, deck, now), now, notice="There is no rating to undo.")
        flash("There is no rating to undo.", "info")
        return redirect(url_for("cards.study", deck_key=deck.key), 303)
    if is_partial():
        return render_study(user, deck, card, now, notice="Rating undone: here is that card again.")
    flash("Rating undone: here is that card again.", "success")
    return redirect(url_for("cards.card_front", deck_key=deck.key, card_id=card.id), 303)


def render_study(
    user: Account | None,
    deck: Deck,
    card: AnyCard | None,
    now: datetime,
    *,
    revealed: bool = False,
    notice: str | None = None,
    figures: services.StudyFigures | None = None,
    face: services.CardFace | None = None,
) -> Response:
    """The study region; with no ``user`` (no session yet) it offers the "Start studying" button.

    ``figures`` (``services.study_figures``) and ``face`` when the caller has read them already."""
    cram = _cram()
    bank_total = None
    if user is None and deck.is_bank:
        bank_total = {d.key: n for d, n in services.bank_decks()}.get(deck.key, 0)
    if user is not None and figures is None:
        figures = services.study_figures(user, deck, now)
    counts = figures.counts if figures is not None else services.deck_counts(None, deck, now, bank_total=bank_total)
    # With no card to show, offer the deck's cards the learner does not hold yet (a deck never
    # started, or flashcards added to the bank since): one read, only then.
    adding = 0
    if user is not None and card is None and not cram:
        adding = figures.missing if figures is not None and figures.missing is not None else services.missing_count(user.id, deck)
    if adding and figures is not None:
        counts = services.with_missing(counts, adding, figures.new_left)
    if card is not None and (face is None or revealed):
        face = services.card_face(card, with_passages=revealed)
    labels = services.interval_labels(card, now) if card is not None and revealed and not cram else {}
    return render(
        "cards/study.html",
        "cards/_study.html",
        deck=deck,
        card=card,
        face=face,
        revealed=revealed,
        cram=cram,
        ratings=[(value, name, labels.get(value)) for value, name in RATINGS],
        counts=counts,
        can_undo=figures is not None and not cram and figures.can_undo,
        start=(user is None and bool(bank_total)) or bool(adding),
        adding=adding,
        guest=user is None or user.is_guest,
        token=services.state_token(card) if card is not None else "",
        shown_at=request.args.get("shown_at") or str(int(now.replace(tzinfo=services.UTC).timestamp() * 1000)),
        notice=notice,
    )


# ---------------------------------------------------------------- settings and stats


@bp.route("/settings", methods=["GET", "POST"])
def settings() -> Response:
    user = signed_in()
    form = SettingsForm()
    if request.method == "GET":
        form.new_cards_per_day.data = user.new_cards_per_day if user else services.DEFAULT_NEW_PER_DAY
    if form.validate_on_submit():
        user = current_learner()
        services.update_settings(user, form.new_cards_per_day.data)
        if not is_partial():
            flash("Settings saved.", "success")
            return redirect(url_for("cards.settings"), 303)
        # htmx: the form again, saying so in place (a redirect would lose the message).
        return render("cards/settings.html", "cards/_settings_form.html", form=form, current_zone=user.time_zone, saved=True)
    status = 422 if form.is_submitted() else 200
    return render(
        "cards/settings.html",
        "cards/_settings_form.html",
        status,
        form=form,
        current_zone=(user.time_zone if user else None),
    )


@bp.get("/stats")
def stats() -> Response:
    user = signed_in() or User(new_cards_per_day=services.DEFAULT_NEW_PER_DAY)
    stats = services.study_stats(user, app_now())
    return render("cards/stats.html", "cards/stats.html", stats=stats)
