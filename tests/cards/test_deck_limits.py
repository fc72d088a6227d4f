"""New cards per day counted per deck as well as in total: a deck's own limit in its settings,
the account's total across decks, both on the deck list, so one deck cannot starve another."""
from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.bank.models import Topic
from quizapp.cards import services
from quizapp.extensions import db
from tests.helpers.app import HX, install_clock
from tests.helpers.cards import open_study, study_one
from tests.helpers.queries import counted_statements, writes

NOW = datetime(2026, 3, 10, 15, 0)


def two_topics(app) -> tuple[str, str]:
    with app.app_context():
        ids = db.session.execute(select(Topic.id).where(Topic.document_id == 1).order_by(Topic.position)).scalars().all()
        sizes = {d.key: n for d, n in services.bank_decks()}
        with_cards = [t for t in ids if sizes.get(f"topic-{t}")]
    return f"topic-{with_cards[0]}", f"topic-{with_cards[1]}"


def set_total(app, user_id: int, n: int) -> None:
    with app.app_context():
        db.session.get(User, user_id).new_cards_per_day = n
        db.session.commit()


def new_left(app, user_id: int, key: str) -> int:
    with app.app_context():
        user = db.session.get(User, user_id)
        return services.new_left_in_deck(user, services.find_deck(key, user_id), NOW)


def deck_row(html: str, key: str) -> list[str]:
    row = re.search(rf'<tr id="deck-{key}"[^>]*>.*?</tr>', html, re.S).group(0)
    return re.findall(r'<td class="num">(.*?)</td>', row)


def test_a_decks_limit_stops_its_new_cards_and_leaves_the_others_theirs(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    set_total(app, user_id, 5)
    busy, other = two_topics(app)
    saved = client.post(f"/cards/{busy}/settings", data={"new_cards_per_day": "2"})
    assert saved.status_code == 303
    assert new_left(app, user_id, busy) == 2 and new_left(app, user_id, other) == 5
    study_one(client, busy, 4)  # Easy: out of the way for days
    study_one(client, busy, 4)
    assert new_left(app, user_id, busy) == 0 and new_left(app, user_id, other) == 3
    page = client.get(f"/cards/{busy}/study").text
    assert "All done for now" in page and "Reveal the answer" not in page
    assert "Reveal the answer" in open_study(client, other).text
    # The document deck holding both topics has no limit of its own: the total applies.
    assert new_left(app, user_id, "doc-1") == 3
    # The missed-questions deck gets its share too.
    assert new_left(app, user_id, "missed") == 3
    decks = client.get("/cards/").text
    assert "<strong>3</strong> of 5 left across all decks" in decks
    assert deck_row(decks, busy)[4:] == ["0", "2 a day"]
    assert deck_row(decks, other)[4:6] == ["3", '<span class="muted">total only</span>']
    deck_page = client.get(f"/cards/{busy}").text
    assert "at most <strong>2</strong> from this deck, within your total of 5" in deck_page


def test_the_total_still_caps_a_deck_with_a_higher_limit(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    set_total(app, user_id, 2)
    busy, _ = two_topics(app)
    client.post(f"/cards/{busy}/settings", data={"new_cards_per_day": "50"})
    assert new_left(app, user_id, busy) == 2
    study_one(client, busy, 4)
    study_one(client, busy, 4)
    assert new_left(app, user_id, busy) == 0 and new_left(app, user_id, "missed") == 0


def test_deck_settings_with_and_without_htmx_and_bad_input(app, client, auth):
    auth.create_and_login("ana")
    busy, _ = two_topics(app)
    page = client.get(f"/cards/{busy}/settings")
    assert page.status_code == 200 and 'name="new_cards_per_day"' in page.text and "Your total is 20" in page.text
    swapped = client.post(f"/cards/{busy}/settings", data={"new_cards_per_day": "4"}, headers=HX)
    assert swapped.status_code == 200 and swapped.text.lstrip().startswith('<section id="deck-settings"')
    assert "Deck settings saved." in swapped.text and 'value="4"' in swapped.text
    for bad in ("-1", "100000", "many"):
        for headers in ({}, HX):
            refused = client.post(f"/cards/{busy}/settings", data={"new_cards_per_day": bad}, headers=headers)
            assert refused.status_code == 422, (bad, headers)
            assert ("Choose between 0 and" in refused.text) or ("Not a valid integer" in refused.text), (bad, refused.text[:300])
    assert 'value="4"' in client.get(f"/cards/{busy}/settings").text  # nothing changed
    cleared = client.post(f"/cards/{busy}/settings", data={"new_cards_per_day": ""})
    assert cleared.status_code == 303
    assert deck_row(client.get("/cards/").text, busy)[5] == '<span class="muted">total only</span>'
    assert client.get("/cards/topic-999999/settings").status_code == 404


def test_the_study_page_with_a_deck_limit_costs_the_same_and_writes_nothing(app, client, auth):
    install_clock(app, NOW)
    auth.create_and_login("ana")
    busy, _ = two_topics(app)
    study_one(client, busy, 3)
    with counted_statements(app) as without_limit:
        assert client.get(f"/cards/{busy}/study").status_code == 200
    client.post(f"/cards/{busy}/settings", data={"new_cards_per_day": "7"})
    with counted_statements(app) as with_limit:
        assert client.get(f"/cards/{busy}/study").status_code == 200
    assert len(with_limit) == len(without_limit) and writes(with_limit) == []
