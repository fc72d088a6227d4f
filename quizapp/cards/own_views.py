"""Pages for a learner's own decks and cards, and for each deck's settings.

The own deck's page has one swappable region, ``#own-cards`` (``cards/_own_cards.html``: the
add form and the list of cards). Adding and deleting post real forms: with htmx they swap that
region (a 422 with the form's messages when the card is refused), without JavaScript they
post, redirect (303) and show the deck again. Someone else's deck or card is a 404, so they
learn nothing; a visitor has no deck of their own, and writing one makes them a guest, as
studying does.
"""
from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from quizapp.auth.forms import EmptyForm
from quizapp.auth.models import User
from quizapp.auth.services import current_learner
from quizapp.cards import bp, own, services
from quizapp.cards.forms import DeckSettingsForm, OwnCardForm, OwnDeckForm
from quizapp.cards.models import KIND_OWN, StudyCard
from quizapp.cards.services import CardError, Deck
from quizapp.cards.views import deck_or_404, deck_page, own_card, signed_in, signed_in_or_404
from quizapp.htmx import is_partial, render
from quizapp.timeutil import app_now


def card_form(user_id: int | None, card: StudyCard | None = None, blank: bool = False) -> OwnCardForm:
    """The card form, its documents those the learner may cite; filled from ``card`` on a GET,
    from the request on a POST, or empty (``blank``: ready for the next card)."""
    form = OwnCardForm(formdata=None) if blank else OwnCardForm()
    form.document.choices = [("", "No source")] + [
        (str(d.id), f"{d.title} (paragraphs 1–{d.paragraphs})") for d in own.source_documents(user_id)
    ]
    if card is not None and request.method == "GET":
        form.front.data, form.back.data = card.front, card.back
        form.document.data = str(card.source_document_id) if card.source_document_id is not None else ""
        form.paragraph.data = card.source_paragraph
    return form


def card_text(form: OwnCardForm) -> own.CardText:
    raw = form.document.data or ""
    return own.CardText(
        front=form.front.data or "", back=form.back.data or "",
        document_id=int(raw) if raw.isdigit() else (-1 if raw else None), paragraph=form.paragraph.data,
    )


def own_context(user: User, deck: Deck, form: OwnCardForm | None = None, notice: str | None = None) -> dict[str, Any]:
    """What ``cards/_own_cards.html`` shows: the add form and the deck's cards with their faces."""
    cards = own.own_cards(user.id, deck)
    return {
        "deck": deck,
        "card_form": form or card_form(user.id, blank=True),
        "own_cards": [(card, services.card_face(card)) for card in cards],
        "form": EmptyForm(),
        "notice": notice,
    }


def own_deck_or_404(deck_key: str) -> tuple[User, Deck]:
    deck = deck_or_404(deck_key)
    user = signed_in_or_404()
    if not deck.is_own:
        abort(404)
    return user, deck


def own_card_or_404(user: User, deck: Deck, card_id: int) -> StudyCard:
    card = own_card(card_id, user, deck)
    if card.kind != KIND_OWN:
        abort(404)
    return card


@bp.route("/own/new", methods=["GET", "POST"])
def new_own_deck() -> Response:
    """A deck of one's own: a name, then its page, where cards are added."""
    form = OwnDeckForm()
    if form.validate_on_submit():
        try:
            deck = own.create_own_deck(current_learner(), form.title.data or "", app_now())
        except CardError as exc:
            form.title.errors = [*form.title.errors, str(exc)]
        else:
            flash(f"Deck “{deck.title}” created: add its first card.", "success")
            return redirect(url_for("cards.deck", deck_key=deck.key), 303)
    status = 422 if form.errors else 200
    return render("cards/own_new.html", "cards/own_new.html", status, form=form)


@bp.post("/<deck_key>/cards")
def add_card(deck_key: str) -> Response:
    user, deck = own_deck_or_404(deck_key)
    form = card_form(user.id)
    if form.validate_on_submit():
        try:
            own.add_own_card(user, deck, card_text(form), app_now())
        except CardError as exc:
            form.form_errors.append(str(exc))
        else:
            if is_partial():
                return render("cards/deck.html", "cards/_own_cards.html", **own_context(user, deck, notice="Card added."))
            flash("Card added.", "success")
            return redirect(url_for("cards.deck", deck_key=deck.key), 303)
    if is_partial():
        return render("cards/deck.html", "cards/_own_cards.html", 422, **own_context(user, deck, form=form))
    context = own_context(user, deck, form=form)
    del context["deck"]
    return deck_page(deck, 422, **context)


@bp.route("/<deck_key>/cards/<int:card_id>/edit", methods=["GET", "POST"])
def edit_card(deck_key: str, card_id: int) -> Response:
    user, deck = own_deck_or_404(deck_key)
    card = own_card_or_404(user, deck, card_id)
    form = card_form(user.id, card)
    saved = False
    if form.validate_on_submit():
        try:
            own.edit_own_card(card, card_text(form))
        except CardError as exc:
            form.form_errors.append(str(exc))
        else:
            if not is_partial():
                flash("Card saved.", "success")
                return redirect(url_for("cards.deck", deck_key=deck.key), 303)
            saved = True
    status = 422 if form.errors or form.form_errors else 200
    return render("cards/own_card_edit.html", "cards/_own_card_form.html", status, deck=deck, card=card, card_form=form, saved=saved)


@bp.post("/<deck_key>/cards/<int:card_id>/delete")
def delete_card(deck_key: str, card_id: int) -> Response:
    user, deck = own_deck_or_404(deck_key)
    card = own_card_or_404(user, deck, card_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    own.delete_own_card(card)
    if is_partial():
        return render("cards/deck.html", "cards/_own_cards.html", **own_context(user, deck, notice="Card deleted."))
    flash("Card deleted.", "success")
    return redirect(url_for("cards.deck", deck_key=deck.key), 303)


@bp.route("/<deck_key>/settings", methods=["GET", "POST"])
def deck_settings(deck_key: str) -> Response:
    """The deck's own limit of new cards per day, beside the total in the flashcard settings."""
    deck = deck_or_404(deck_key)
    user = signed_in()
    form = DeckSettingsForm()
    if request.method == "GET":
        form.new_cards_per_day.data = services.deck_limit(user.id if user else None, deck)
    saved = False
    if form.validate_on_submit():
        user = current_learner()
        services.set_deck_limit(user, deck, form.new_cards_per_day.data)
        if not is_partial():
            flash("Deck settings saved.", "success")
            return redirect(url_for("cards.deck_settings", deck_key=deck.key), 303)
        saved = True
    status = 422 if form.errors else 200
    return render(
        "cards/deck_settings.html", "cards/_deck_settings_form.html", status,
        deck=deck, form=form, saved=saved, total=user.new_cards_per_day if user else services.DEFAULT_NEW_PER_DAY,
    )
