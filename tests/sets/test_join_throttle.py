"""Wrong join codes: a classroom behind one address is not locked out, guessing stays slow.

These replace the earlier tests of a hard limit (10 wrong codes per address, then 429 for
everyone on that address for ten minutes, the right code included).
"""
from __future__ import annotations

from datetime import timedelta

from quizapp.sets import services
from tests.helpers.app import PASSWORD, make_user
from tests.helpers.sets import T0, join_code, make_set, question_ids

SCHOOL = {"REMOTE_ADDR": "203.0.113.9"}


def wrong(client, n: int, environ=SCHOOL):
    return client.get(f"/join/ZZZZZZ{n:02d}", environ_base=environ)


def test_a_right_code_gets_through_after_ten_wrong_ones_from_the_same_address(client, app, clock):
    code = join_code(app, make_set(app, make_user(app, "teacher"), question_ids(app, "true_false", 1)))
    for n in range(10):
        response = wrong(client, n)
        assert response.status_code == 404 and "No quiz set has that code" in response.text
    other_student = app.test_client()  # another browser behind the same school address
    response = other_student.get(f"/join/{code}", environ_base=SCHOOL)
    assert response.status_code == 200 and "Chapter 1 check" in response.text


def test_guessing_stays_throttled_with_growing_waits(client, app, clock):
    code = join_code(app, make_set(app, make_user(app, "teacher"), question_ids(app, "true_false", 1)))
    for n in range(11):
        assert wrong(client, n).status_code == 404
    # the 11th wrong code cost a wait: nothing from this address is looked up meanwhile
    for path in ("/join/ZZZZZZ99", f"/join/{code}"):
        response = client.get(path, environ_base=SCHOOL)
        assert response.status_code == 429 and response.headers["Retry-After"] == "5"
        assert "Wait 5 seconds" in response.text and "Chapter 1 check" not in response.text
        # an anonymous guesser is told why signing in helps
        assert "then try again. Signed-in students are not held up by wrong codes typed by others on the same connection.<" in response.text
    # meanwhile, another address is not held up
    assert client.get(f"/join/{code}", environ_base={"REMOTE_ADDR": "198.51.100.7"}).status_code == 200
    clock.advance(seconds=4)
    response = client.get(f"/join/{code}", environ_base=SCHOOL)
    assert response.status_code == 429 and response.headers["Retry-After"] == "1" and "Wait 1 second, then" in response.text
    clock.advance(seconds=1)
    assert wrong(client, 12).status_code == 404
    response = wrong(client, 13)
    assert response.status_code == 429 and response.headers["Retry-After"] == "10"  # a few seconds more each time
    clock.advance(seconds=10)
    assert client.get(f"/join/{code}", environ_base=SCHOOL).status_code == 200
    # another address is not affected at any point
    assert client.get(f"/join/{code}", environ_base={"REMOTE_ADDR": "198.51.100.7"}).status_code == 200


def test_signed_in_students_are_counted_by_account_not_by_address(client, app, auth, clock):
    code = join_code(app, make_set(app, make_user(app, "teacher"), question_ids(app, "true_false", 1)))
    anonymous = app.test_client()
    for n in range(12):
        wrong(anonymous, n)
    assert anonymous.get(f"/join/{code}", environ_base=SCHOOL).status_code == 429
    # a student signed in behind the same address is not held up by the anonymous guesses...
    auth.create_and_login("maria")
    assert client.get(f"/join/{code}", environ_base=SCHOOL).status_code == 200
    assert client.post(f"/join/{code}/start", environ_base=SCHOOL).status_code == 303
    # ...but their own wrong codes count against their account
    for n in range(11):
        assert wrong(client, n).status_code == 404
    held_up = client.get(f"/join/{code}", environ_base=SCHOOL)
    assert held_up.status_code == 429
    assert "Wait 5 seconds, then try again.<" in held_up.text and "Signed-in students are not held up" not in held_up.text
    make_user(app, "jose")
    classmate = app.test_client()
    classmate.post("/auth/login", data={"username": "jose", "password": PASSWORD})
    assert classmate.get(f"/join/{code}", environ_base=SCHOOL).status_code == 200


def test_an_hour_of_guessing_as_fast_as_allowed_tries_about_a_hundred_codes(app):
    """The figure behind the arithmetic in quizapp/sets/services.py: one key, guessing as fast
    as it is allowed for an hour, has about a hundred codes looked up (of 8.5e11)."""
    with app.app_context():
        keys = services.guess_keys(None, "203.0.113.9", "secret")
        now, looked_up = T0, 0
        while now < T0 + timedelta(hours=1):
            wait = services.join_wait_seconds(keys, now)
            if wait:
                now += timedelta(seconds=wait)
                continue
            services.record_join_failure(keys, now)
            looked_up += 1
        print(f"one key, one hour at full speed: {looked_up} codes looked up")
        assert 80 <= looked_up <= 130, looked_up
        assert len(services.JOIN_ALPHABET) ** services.JOIN_CODE_LENGTH == 852_891_037_441


def test_keys_hold_no_address_and_an_ipv6_client_is_one_slash_64(app):
    secret = "secret"
    key = services.client_key("203.0.113.9", secret)
    assert "203.0.113.9" not in key and len(key) == 64
    assert services.client_key("2001:db8:1:2::5", secret) == services.client_key("2001:db8:1:2:ffff::9", secret)
    assert services.client_key("2001:db8:1:2::5", secret) != services.client_key("2001:db8:1:3::5", secret)
    assert services.client_key("::ffff:203.0.113.9", secret) == key
    account = services.guess_keys(7, "203.0.113.9", secret)
    assert [k.free for k in account] == [services.JOIN_FREE_FAILURES, services.JOIN_FREE_FAILURES_PER_ADDRESS]
    assert key not in [k.key for k in account]


def test_waits_end_with_the_window(app):
    with app.app_context():
        keys = services.guess_keys(None, "203.0.113.9", "secret")
        for _ in range(15):
            services.record_join_failure(keys, T0)
        assert services.join_wait_seconds(keys, T0) == 25
        assert services.join_wait_seconds(keys, T0 + timedelta(seconds=25)) == 0
        assert services.join_wait_seconds(services.guess_keys(None, "198.51.100.1", "secret"), T0) == 0
        assert services.join_delay(services.JOIN_FREE_FAILURES + 1000, services.JOIN_FREE_FAILURES) == services.JOIN_DELAY_MAX
