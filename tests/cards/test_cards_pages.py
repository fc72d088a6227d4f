"""The flashcard pages through the test client, with and without htmx.

Time is moved with ``app.config["CLOCK"]``, the hook the services read for "now".
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from quizapp.auth.models import User
from quizapp.bank.models import Topic
from quizapp.cards.models import CardReview, StudyCard
from quizapp.extensions import db
from quizapp.quiz import services as quiz_services
from tests.helpers.app import HX, PASSWORD, csrf_token, install_clock, make_app
from tests.helpers.cards import back_form, open_study, rating_form, study_one
from tests.helpers.source import needs_source

NOW = datetime(2026, 3, 10, 12, 0)


@pytest.fixture
def clock(app):
    """What the app takes for "now"; tests move it by setting ``clock.now``."""
    return install_clock(app, NOW)


@pytest.fixture
def topic_key(app) -> str:
    with app.app_context():
        return f"topic-{db.session.execute(select(Topic.id).order_by(Topic.position)).scalars().first()}"


def card_count(app, **where) -> int:
    with app.app_context():
        return db.session.execute(select(func.count()).select_from(StudyCard).filter_by(**where)).scalar_one()


def review_count(app) -> int:
    with app.app_context():
        return db.session.execute(select(func.count()).select_from(CardReview)).scalar_one()


# ---------------------------------------------------------------- pages


def test_nav_links_to_flashcards_and_decks_list_documents_topics_and_missed(client):
    home = client.get("/")
    assert 'href="/cards/"' in home.text
    page = client.get("/cards/")
    assert page.status_code == 200
    assert "My missed questions" in page.text and 'href="/cards/doc-' in page.text and 'href="/cards/topic-' in page.text


def test_decks_list_counts_unopened_bank_cards_as_new_for_a_signed_in_learner(client, auth, app):
    from quizapp.bank.models import Flashcard

    with app.app_context():
        total = db.session.execute(select(func.count()).select_from(Flashcard).where(Flashcard.retired_at.is_(None))).scalar_one()
    for signed_in in (False, True):
        if signed_in:
            auth.create_and_login()
        page = client.get("/cards/").text
        row = re.search(r'class="deck-document">.*?</tr>', page, re.S).group(0)
        assert re.findall(r'<td class="num">(\d+)</td>', row)[:2] == [str(total), str(total)], (signed_in, row)


def test_deck_list_leaves_out_the_cards_of_retired_flashcards(client, auth, app):
    """A flashcard removed from the bank files is retired: the learner's card for it no longer
    counts in the deck list."""
    from quizapp.bank.models import Flashcard

    auth.create_and_login()
    assert client.post("/cards/doc-1/start").status_code == 303

    def counts() -> list[str]:
        row = re.search(r'class="deck-document">.*?</tr>', client.get("/cards/").text, re.S).group(0)
        return re.findall(r'<td class="num">(\d+)</td>', row)[:2]

    before = counts()
    with app.app_context():
        flashcard = db.session.execute(select(Flashcard).where(Flashcard.document_id == 1).limit(1)).scalar_one()
        flashcard.retired_at = NOW
        db.session.commit()
    assert counts() == [str(int(n) - 1) for n in before]


def test_deck_page_shows_counts_and_next_due(client, auth, clock, topic_key):
    auth.create_and_login()
    page = client.get(f"/cards/{topic_key}")
    total = int(re.search(r'<dd id="count-new">(\d+)', page.text).group(1))
    assert total > 2
    study_one(client, topic_key, 3)  # Good: back in 10 minutes
    page = client.get(f"/cards/{topic_key}")
    assert re.search(r'<dd id="count-new">(\d+)', page.text).group(1) == str(total - 1)
    assert '<dd id="count-learning">1</dd>' in page.text
    assert '<dd id="count-due">0</dd>' in page.text
    assert "Tue 10 Mar 2026, 12:10" in page.text  # next due, in UTC until a zone is chosen
    clock.now = NOW + timedelta(minutes=10)
    assert '<dd id="count-due">1</dd>' in client.get(f"/cards/{topic_key}").text


def test_study_without_javascript_reveal_rate_redirect_next(client, clock, topic_key, app):
    page = open_study(client, topic_key)  # "Start studying" made a guest to keep the cards
    assert page.status_code == 200 and "<html" in page.text
    first = re.search(r'<h2 id="study-heading"[^>]*>([^<]+)</h2>', page.text).group(1)
    back = client.get(back_form(page.text))
    assert 'id="card-back"' in back.text and "<strong>Source:</strong> ¶" in back.text  # cited paragraphs
    labels = re.findall(r'data-rating="\d"[^>]*>\w+ <span class="interval"><span class="visually-hidden">, next in </span>([^<]+)</span>', back.text)
    assert labels[0] == "1m" and labels[2] == "10m" and labels[3].endswith("d")
    action, fields = rating_form(back.text, 3)
    response = client.post(action, data=fields)
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/cards/{topic_key}/study")
    following = client.get(response.headers["Location"])
    assert re.search(r'<h2 id="study-heading"[^>]*>([^<]+)</h2>', following.text).group(1) != first
    assert review_count(app) == 1


def test_study_with_htmx_swaps_only_the_study_region(client, clock, topic_key, app):
    page = open_study(client, topic_key)
    back = client.get(back_form(page.text), headers=HX)
    assert "<html" not in back.text and 'id="study"' in back.text and "data-focus-after-swap" in back.text
    assert back.headers["Vary"] and "HX-Request" in back.headers["Vary"]
    action, fields = rating_form(back.text, 4)
    response = client.post(action, data=fields, headers=HX)
    assert response.status_code == 200
    assert "<html" not in response.text and '<section id="study"' in response.text
    assert 'class="reveal"' in response.text  # the next card's front
    assert "Undo the last rating" in response.text
    assert review_count(app) == 1


def test_double_submitted_rating_counts_once(client, clock, topic_key, app):
    page = open_study(client, topic_key)
    action, fields = rating_form(client.get(back_form(page.text)).text, 3)
    assert client.post(action, data=fields).status_code == 303
    assert client.post(action, data=fields).status_code == 303
    assert review_count(app) == 1


@pytest.mark.parametrize("headers", [None, HX])
def test_undo_restores_the_card_and_deletes_the_review(client, clock, topic_key, app, headers):
    page = open_study(client, topic_key)
    front = re.search(r'<h2 id="study-heading"[^>]*>([^<]+)</h2>', page.text).group(1)
    study_one(client, topic_key, 4, headers=headers)
    assert review_count(app) == 1
    response = client.post(f"/cards/{topic_key}/undo", headers=headers)  # CSRF is checked in its own test
    if headers:
        assert response.status_code == 200 and "<html" not in response.text
        assert front in response.text and "Rating undone" in response.text
    else:
        assert response.status_code == 303
        assert front in client.get(response.headers["Location"]).text
    assert review_count(app) == 0
    with app.app_context():
        assert all(c.last_review is None for c in db.session.execute(select(StudyCard)).scalars())


def test_new_cards_per_day_limit_ends_the_session(client, auth, clock, topic_key, app):
    user_id = auth.create_and_login()
    with app.app_context():
        db.session.get(User, user_id).new_cards_per_day = 2
        db.session.commit()
    study_one(client, topic_key, 3)
    study_one(client, topic_key, 3)
    page = open_study(client, topic_key)
    assert "All done for now" in page.text and "today’s limit of new cards" in page.text
    clock.now = NOW + timedelta(days=1)
    page = open_study(client, topic_key)
    assert 'class="reveal"' in page.text


def test_cram_reviews_early_without_changing_the_schedule(client, auth, clock, topic_key, app):
    auth.create_and_login()
    study_one(client, topic_key, 4)
    study_one(client, topic_key, 4)
    with app.app_context():
        before = {c.id: (c.due, c.stability, c.state) for c in db.session.execute(select(StudyCard).where(StudyCard.last_review.is_not(None))).scalars()}
    seen = []
    page = open_study(client, topic_key, "?cram=1")
    for _ in range(2):
        back = client.get(back_form(page.text) + "?cram=1")
        assert "does not change the schedule" in back.text and 'class="interval"' not in back.text
        action, fields = rating_form(back.text, 1)
        assert fields.get("cram") == "1"
        seen.append(action)
        response = client.post(action, data=fields)
        assert response.status_code == 303
        page = client.get(response.headers["Location"])
    assert "No more cards to study ahead" in page.text and len(set(seen)) == 2
    with app.app_context():
        after = {c.id: (c.due, c.stability, c.state) for c in db.session.execute(select(StudyCard).where(StudyCard.last_review.is_not(None))).scalars()}
    assert after == before
    assert review_count(app) == 2


# ---------------------------------------------------------------- bad input and ownership


def test_bad_input_is_refused_and_changes_nothing(client, clock, topic_key, app):
    page = open_study(client, topic_key)
    action, fields = rating_form(client.get(back_form(page.text)).text, 3)
    for rating in ("0", "5", "good", ""):
        response = client.post(action, data={**fields, "rating": rating})
        assert response.status_code == 400, rating
        assert client.post(action, data={**fields, "rating": rating}, headers=HX).status_code == 400
    assert client.post(action.replace("/card/", "/card/9999").replace("/rate", "") + "/rate", data=fields).status_code == 404
    assert client.get("/cards/topic-9999").status_code == 404
    assert client.get("/cards/nonsense/study").status_code == 404
    assert review_count(app) == 0


def test_another_learners_card_is_not_found(client, auth, app, clock, topic_key):
    auth.create_and_login("alice")
    page = open_study(client, topic_key)
    action, fields = rating_form(client.get(back_form(page.text)).text, 3)
    auth.logout()
    auth.create_and_login("bob")
    bob_token = csrf_token(open_study(client, topic_key).text)
    assert client.post(action, data={**fields, "csrf_token": bob_token}).status_code == 404
    assert client.get(back_form(page.text)).status_code == 404
    assert review_count(app) == 0


def test_a_card_rated_through_another_decks_address_is_not_found(client, auth, app, clock, topic_key):
    """The rating reads its deck and card together (issue 15): a card of one's own is still
    found only in its own deck, and a deck that is not there is not found either."""
    auth.create_and_login("alice")
    page = open_study(client, topic_key)
    action, fields = rating_form(client.get(back_form(page.text)).text, 3)
    with app.app_context():
        other_topic = db.session.execute(select(Topic.id).where(Topic.id != int(topic_key.split("-")[1]))).scalars().first()
    elsewhere = [action.replace(f"/cards/{topic_key}/", f"/cards/{deck}/") for deck in (f"topic-{other_topic}", "topic-99999", "doc-99999")]
    for url in elsewhere:
        assert client.post(url, data=fields).status_code == 404, url
        assert client.post(url, data=fields, headers=HX).status_code == 404, url
    assert review_count(app) == 0
    assert client.post(action, data=fields).status_code == 303  # its own deck's address rates it
    assert review_count(app) == 1


@pytest.mark.parametrize(
    ("per_day", "message"),
    [("-1", "between 0 and 500"), ("501", "between 0 and 500"), ("lots", "Not a valid integer value"),
     ("", "Say how many new cards you want each day.")],
)
def test_settings_refuse_bad_values_with_422(client, auth, app, per_day, message):
    user_id = auth.create_and_login()
    for headers in (None, HX):
        response = client.post("/cards/settings", data={"new_cards_per_day": per_day}, headers=headers)
        assert response.status_code == 422 and message in response.text
    with app.app_context():
        user = db.session.get(User, user_id)
        assert (user.time_zone, user.new_cards_per_day) == (None, 20)


def test_settings_save_a_limit_and_name_the_accounts_zone(client, auth, app):
    user_id = auth.create_and_login()
    response = client.post("/cards/settings", data={"new_cards_per_day": "5", "time_zone": "America/Lima"})
    assert response.status_code == 303
    with app.app_context():
        user = db.session.get(User, user_id)
        assert (user.time_zone, user.new_cards_per_day) == (None, 5)  # the zone is the account's, not set here
    page = client.get("/cards/settings").text
    assert 'value="5"' in page and 'href="/auth/account"' in page and "the time zone your browser reports" in page
    client.post("/auth/account/time-zone", data={"time_zone": "America/Lima"})
    assert "your account's time zone, <strong>America/Lima</strong>" in client.get("/cards/settings").text


def test_settings_saved_with_htmx_say_so_in_place(client, auth, app):
    user_id = auth.create_and_login()
    response = client.post("/cards/settings", data={"new_cards_per_day": "7"}, headers=HX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="settings"')
    assert '<p class="flash success" role="status">Settings saved.</p>' in response.text
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user.new_cards_per_day == 7
    assert "Settings saved." not in client.get("/cards/settings").text  # said once, not kept


def test_a_rating_adopts_the_browser_time_zone_until_one_is_chosen(client, auth, app, clock, topic_key):
    user_id = auth.create_and_login()
    page = open_study(client, topic_key)
    action, fields = rating_form(client.get(back_form(page.text)).text, 3)
    client.post(action, data={**fields, "time_zone": "Not/AZone"})
    with app.app_context():
        assert db.session.get(User, user_id).time_zone is None
    page = open_study(client, topic_key)
    action, fields = rating_form(client.get(back_form(page.text)).text, 3)
    client.post(action, data={**fields, "time_zone": "Asia/Tokyo"})
    with app.app_context():
        assert db.session.get(User, user_id).time_zone == "Asia/Tokyo"


def test_posts_without_a_csrf_token_are_refused(tmp_path, template_db):
    import shutil

    path = tmp_path / "csrf.sqlite"
    shutil.copy(template_db, path)
    app = make_app(path, tmp_path, WTF_CSRF_ENABLED=True, CLOCK=lambda: NOW)
    client = app.test_client()
    with app.app_context():
        key = f"topic-{db.session.execute(select(Topic.id)).scalars().first()}"
    page = open_study(client, key)
    back = client.get(back_form(page.text))
    action, fields = rating_form(back.text, 3)
    without = {k: v for k, v in fields.items() if k != "csrf_token"}
    assert client.post(action, data=without).status_code == 400
    assert client.post(action, data=without, headers=HX).status_code == 400
    assert client.post(f"/cards/{key}/undo", data={}).status_code == 400
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(CardReview)).scalar_one() == 0
    assert client.post(action, data=fields).status_code == 303
    assert client.post(action, headers={"X-CSRFToken": fields["csrf_token"], **HX}, data=without).status_code == 200
    with app.app_context():
        assert db.session.execute(select(func.count()).select_from(CardReview)).scalar_one() == 1
        db.session.remove()
        db.engine.dispose()


# ---------------------------------------------------------------- missed questions


def answer_true_false(app, user_id: int, right: bool) -> int:
    """Take a one-question true/false quiz and answer it; return the question id."""
    with app.app_context():
        topic_ids = list(db.session.execute(select(Topic.id).order_by(Topic.id)).scalars())
        request = quiz_services.QuizRequest(
            document_id=1, topic_ids=topic_ids, types=["true_false"], count=1, mode="practice", focus="all"
        )
        import random

        attempt = quiz_services.new_quiz(user_id, request, random.Random(4))
        aq = attempt.questions[0]
        truth = aq.version.content["answer"]
        value = truth if right else not truth
        quiz_services.record_answer(aq, {"answer": "true" if value else "false"})
        return aq.version.question_id


def test_a_wrong_answer_becomes_a_missed_card_and_a_right_one_later_keeps_it(app, client, auth):
    user_id = auth.create_and_login()
    question_id = answer_true_false(app, user_id, right=False)
    assert card_count(app, user_id=user_id, kind="missed", question_id=question_id) == 1
    answer_true_false(app, user_id, right=True)
    answer_true_false(app, user_id, right=False)  # missed again: still one card
    assert card_count(app, user_id=user_id, kind="missed") == 1
    page = client.get("/cards/missed")
    assert page.status_code == 200 and '<dd id="count-new">1</dd>' in page.text
    study = client.get("/cards/missed/study")
    back = client.get(back_form(study.text))
    assert "Answer" in back.text and ("True" in back.text or "False" in back.text)
    assert "<strong>Source:</strong> ¶" in back.text


@needs_source
def test_a_cards_back_shows_the_passages_it_cites(app, client, auth, topic_key):
    """With the source document at hand, the back of a bank card and of a missed-question card
    offers the cited paragraphs themselves."""
    page = open_study(client, topic_key)
    assert "Read paragraph" in client.get(back_form(page.text)).text
    user_id = auth.create_and_login()
    answer_true_false(app, user_id, right=False)
    study = client.get("/cards/missed/study")
    assert "Read paragraph" in client.get(back_form(study.text)).text


def test_right_answers_make_no_cards(app, auth):
    user_id = auth.create_and_login()
    answer_true_false(app, user_id, right=True)
    assert card_count(app, user_id=user_id) == 0


@pytest.mark.parametrize("headers", [None, HX])
def test_learner_removes_a_missed_card_but_no_one_elses(app, client, auth, headers):
    alice = auth.create_and_login("alice")
    answer_true_false(app, alice, right=False)
    with app.app_context():
        card_id = db.session.execute(select(StudyCard.id).filter_by(user_id=alice)).scalar_one()
    auth.logout()
    auth.create_and_login("bob")
    token = csrf_token(client.get("/cards/missed").text)
    assert client.post(f"/cards/missed/{card_id}/remove", data={"csrf_token": token}, headers=headers).status_code == 404
    assert client.get(f"/cards/missed/card/{card_id}").status_code == 404
    assert card_count(app, id=card_id) == 1
    auth.logout()
    auth.login("alice")
    page = client.get("/cards/missed")
    assert 'Remove<span class="visually-hidden">' in page.text
    response = client.post(f"/cards/missed/{card_id}/remove", data={"csrf_token": csrf_token(page.text)}, headers=headers)
    if headers:
        assert response.status_code == 200 and '<div id="missed-list">' in response.text and "<html" not in response.text
    else:
        assert response.status_code == 303
    assert card_count(app, id=card_id) == 0


# ---------------------------------------------------------------- guests


def test_a_guest_who_registers_keeps_cards_and_history(client, app, clock, topic_key):
    study_one(client, topic_key, 3)
    response = client.post("/auth/register", data={"username": "gina", "password": PASSWORD, "confirm": PASSWORD})
    assert response.status_code == 303, response.text
    with app.app_context():
        gina = db.session.execute(select(User).filter_by(username="gina")).scalar_one()
        assert db.session.execute(select(func.count()).select_from(CardReview).filter_by(user_id=gina.id)).scalar_one() == 1
        assert db.session.execute(select(func.count()).select_from(StudyCard).filter_by(user_id=gina.id)).scalar_one() > 1


def test_a_guest_who_signs_in_brings_cards_to_the_account(client, app, auth, clock, topic_key):
    account = auth.create("alice")
    study_one(client, topic_key, 4)
    with app.app_context():
        guest_id = db.session.execute(select(CardReview.user_id)).scalar_one()
    assert auth.login("alice").status_code == 303
    with app.app_context():
        assert db.session.get(User, guest_id) is None
        assert db.session.execute(select(CardReview.user_id)).scalar_one() == account
    assert '<dd id="count-learning">0</dd>' in client.get(f"/cards/{topic_key}").text
    assert review_count(app) == 1


# ---------------------------------------------------------------- statistics


def test_stats_page_draws_accessible_svg_charts_with_tables(client, auth, clock, topic_key):
    auth.create_and_login()
    study_one(client, topic_key, 1)
    study_one(client, topic_key, 4)
    page = client.get("/cards/stats")
    assert page.status_code == 200
    assert page.text.count('role="img"') == 2
    assert '<title id="reviews-chart-title">' in page.text and 'aria-labelledby="forecast-chart-title' in page.text
    assert "<strong>50%</strong> of your 2 reviews" in page.text
    assert re.search(r"<th scope=\"row\">2026-03-10 \(today, with overdue cards\)</th><td class=\"num\">1</td>", page.text)
    assert "<script" not in page.text.split("<main", 1)[1].split("</main>")[0]


def test_user_text_is_escaped(app, client, auth, clock, topic_key):
    auth.create_and_login()
    with app.app_context():
        from quizapp.bank.models import Flashcard

        flashcard = db.session.execute(select(Flashcard).join(Topic).where(Topic.id == int(topic_key.split("-")[1])).order_by(Flashcard.id)).scalars().first()
        flashcard.front = "<script>alert(1)</script>"
        db.session.commit()
    page = open_study(client, topic_key)
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


HUGE = "9" * 30  # more than a 64-bit INTEGER holds
SUPERSCRIPT = "\u00b2"  # "²": str.isdigit() says yes, int() says no


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/cards/doc-{huge}", 404), ("/cards/topic-{huge}", 404), ("/cards/doc-{sup}", 404), ("/cards/missed/card/{huge}", 404),
        ("/cards/doc-1/card/{huge}/back", 404),
        # a bad "after" is ignored: the cram session starts from the beginning
        ("/cards/missed/study?cram=1&after={huge}", 200), ("/cards/missed/study?cram=1&after={sup}", 200),
    ],
)
def test_bad_numbers_in_card_urls_are_not_server_errors(client, auth, path, status):
    auth.create_and_login("alice")
    response = client.get(path.format(huge=HUGE, sup=SUPERSCRIPT))
    assert response.status_code == status
    assert ("Not found" in response.text) == (status == 404)


def test_a_rating_with_a_bad_shown_at_still_counts_once(client, auth, app):
    install_clock(app, NOW)
    auth.create_and_login("alice")
    page = open_study(client, "doc-1")
    card_id = int(page.text.split("/card/")[1].split("/")[0])
    response = client.post(f"/cards/doc-1/card/{card_id}/rate", data={"rating": "3", "token": "new", "shown_at": SUPERSCRIPT})
    assert response.status_code == 303
    with app.app_context():
        assert db.session.execute(select(func.count(CardReview.id))).scalar_one() == 1
    assert client.post(f"/cards/doc-1/card/{HUGE}/rate", data={"rating": "3"}).status_code == 404
