"""Progress over time on the progress page: questions answered and accuracy per day or week, in
the learner's time zone, overall and per topic, as a chart with the figures in a table."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.quiz.models import Attempt, AttemptQuestion, Response
from quizapp.quiz.over_time import ProgressError, period_starts, progress_over_time
from tests.helpers.app import HX, install_clock, make_user
from tests.helpers.private_bank import private_bank
from tests.helpers.progress import answer, versions_by_topic
from tests.helpers.queries import counted_statements

NOW = datetime(2026, 3, 10, 15, 0)  # a Tuesday, 10:00 in Lima (UTC-5)
LIMA = ZoneInfo("America/Lima")
UTC = ZoneInfo("UTC")


def set_zone(app, user_id: int, zone: str) -> None:
    with app.app_context():
        db.session.get(User, user_id).time_zone = zone
        db.session.commit()


def series(app, user_id: int, zone=UTC, period="day", topic=None):
    with app.app_context():
        return progress_over_time(user_id, zone, NOW, period, topic)


def test_periods_end_with_today_and_weeks_begin_on_monday():
    days = period_starts(date(2026, 3, 10), "day")
    assert len(days) == 30 and days[-1] == date(2026, 3, 10) and days[0] == date(2026, 2, 9)
    weeks = period_starts(date(2026, 3, 10), "week")
    assert len(weeks) == 12 and weeks[-1] == date(2026, 3, 9) and all(w.weekday() == 0 for w in weeks)


def test_answers_are_counted_on_the_learners_own_day(app):
    user_id = make_user(app, "ana")
    version = next(iter(versions_by_topic(app).values()))[0]
    # 03:00 UTC on 10 March is 22:00 on 9 March in Lima.
    answer(app, user_id, [(version, datetime(2026, 3, 10, 3, 0), 1.0), (version, datetime(2026, 3, 10, 14, 0), 0.0)])
    utc = series(app, user_id, UTC)
    assert [(p.start, p.answered) for p in utc.periods if p.answered] == [(date(2026, 3, 10), 2)]
    assert utc.periods[-1].accuracy == 50.0
    lima = series(app, user_id, LIMA)
    assert [(p.start, p.answered, p.accuracy) for p in lima.periods if p.answered] == [(date(2026, 3, 9), 1, 100.0), (date(2026, 3, 10), 1, 0.0)]


def test_weeks_overall_and_per_topic_with_partial_marks(app):
    user_id = make_user(app, "ana")
    topics = versions_by_topic(app)
    (t1, v1), (t2, v2) = [(t, vs[0]) for t, vs in list(topics.items())[:2]]
    monday = datetime(2026, 3, 9, 12, 0)
    answer(app, user_id, [(v1, monday, 1.0), (v2, monday + timedelta(hours=1), 0.5), (v1, monday - timedelta(days=3), 0.0)])
    weeks = series(app, user_id, period="week")
    assert [(p.start, p.answered, p.score) for p in weeks.periods if p.answered] == [(date(2026, 3, 2), 1, 0.0), (date(2026, 3, 9), 2, 1.5)]
    assert weeks.answered == 3 and weeks.accuracy == 50.0
    assert {t.id for t in weeks.topics} == {t1, t2}
    one = series(app, user_id, period="week", topic=t2)
    assert one.topic.id == t2 and [(p.answered, p.accuracy) for p in one.periods if p.answered] == [(1, 50.0)]


def test_old_answers_unsettled_marks_and_other_learners_do_not_count(app):
    user_id, other = make_user(app, "ana"), make_user(app, "ben")
    version = next(iter(versions_by_topic(app).values()))[0]
    answer(app, user_id, [(version, NOW - timedelta(days=30), 1.0)])  # before the 30 days shown
    answer(app, user_id, [(version, NOW - timedelta(hours=1), 1.0)], finished=False, mode="test")  # a test in progress
    answer(app, other, [(version, NOW - timedelta(hours=1), 1.0)])
    assert series(app, user_id).answered == 0
    answer(app, user_id, [(version, NOW - timedelta(hours=2), 1.0)], finished=False)  # practice shows marks at once
    assert series(app, user_id).answered == 1


def test_an_unknown_period_or_topic_is_refused(app):
    user_id = make_user(app, "ana")
    with app.app_context(), pytest.raises(ProgressError):
        progress_over_time(user_id, UTC, NOW, "month")
    with app.app_context(), pytest.raises(ProgressError):
        progress_over_time(user_id, UTC, NOW, "day", 999999)


def figures(html: str) -> list[tuple[str, str, str]]:
    table = html.split('id="over-time-table"')[1].split("</table>")[0]
    return re.findall(r'<th scope="row">([^<]+)</th><td class="num">(\d+)</td><td class="num">[^<]*</td><td class="num">([^<]+)</td>', table)


def test_the_progress_page_shows_the_chart_and_table_in_the_accounts_zone(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    set_zone(app, user_id, "America/Lima")
    version = next(iter(versions_by_topic(app).values()))[0]
    answer(app, user_id, [(version, datetime(2026, 3, 10, 3, 0), 1.0), (version, datetime(2026, 3, 10, 14, 0), 0.0)])
    page = client.get("/quiz/progress").text
    assert '<svg id="answered-chart"' in page and '<svg id="accuracy-chart"' in page
    rows = figures(page)
    assert len(rows) == 30 and rows[0] == ("2026-03-10", "1", "0%") and rows[1] == ("2026-03-09", "1", "100%") and rows[2][2] == "—"
    assert "09 Mar: 100%" in page and "08 Mar: nothing answered" in page  # the bars' tooltips
    assert "2 questions answered" in page


def test_the_learner_picks_weeks_and_a_topic_with_and_without_htmx(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    topics = versions_by_topic(app)
    (t1, v1), (t2, v2) = [(t, vs[0]) for t, vs in list(topics.items())[:2]]
    answer(app, user_id, [(v1, NOW - timedelta(hours=1), 1.0), (v2, NOW - timedelta(days=8), 0.0)])
    page = client.get(f"/quiz/progress?period=week&topic={t2}").text
    assert '<option value="week" selected>' in page and f'<option value="{t2}" selected>' in page
    weeks = figures(page)
    assert len(weeks) == 12 and weeks[1] == ("2026-03-02", "1", "0%") and weeks[0] == ("2026-03-09", "0", "—")
    # With htmx the picker swaps its own region; the quizzes table is not sent again.
    region = client.get(f"/quiz/progress/over-time?period=day&topic={t1}", headers=HX)
    assert region.status_code == 200 and region.text.lstrip().startswith('<section id="over-time"')
    assert 'id="quizzes-title"' not in region.text and "<title>My progress · Quizapp</title>" in region.text
    assert figures(region.text)[0] == ("2026-03-10", "1", "100%")
    # Reloading the address htmx pushed gives the whole page with the same choice.
    reload = client.get(f"/quiz/progress/over-time?period=day&topic={t1}")
    assert reload.status_code == 303 and reload.headers["Location"] == f"/quiz/progress?period=day&topic={t1}"


@pytest.mark.parametrize("query", ["period=month", "topic=abc", "topic=999999"])
def test_a_bad_choice_is_a_404_page_not_an_error(client, auth, query):
    auth.create_and_login("ana")
    for path, headers in ((f"/quiz/progress?{query}", {}), (f"/quiz/progress/over-time?{query}", HX)):
        response = client.get(path, headers=headers)
        assert response.status_code == 404, (path, response.status_code)


def test_a_topic_of_someone_elses_private_bank_is_a_404(app, client, auth):
    owner = make_user(app, "owner")
    _, topic_id = private_bank(app, owner)
    auth.create_and_login("ana")
    assert client.get(f"/quiz/progress?topic={topic_id}").status_code == 404
    auth.logout()
    auth.login("owner")
    assert client.get(f"/quiz/progress?topic={topic_id}").status_code == 200


def test_the_over_time_figures_cost_two_statements_whatever_the_history(app, client, auth):
    install_clock(app, NOW)
    user_id = auth.create_and_login("ana")
    versions = [v for vs in versions_by_topic(app).values() for v in vs[:2]]
    answer(app, user_id, [(versions[0], NOW - timedelta(days=1), 1.0)])
    client.get("/quiz/progress/over-time?period=week", headers=HX)  # the account's row, read once and kept
    with counted_statements(app) as small:
        assert client.get("/quiz/progress/over-time?period=week", headers=HX).status_code == 200
    with app.app_context():
        for n in range(40):
            started = NOW - timedelta(days=n % 40, hours=1)
            attempt_id = db.session.execute(insert(Attempt).returning(Attempt.id), [
                {"user_id": user_id, "document_id": 1, "title": f"Q{n}", "mode": "practice", "settings": {}, "started_at": started,
                 "finished_at": started, "score": 1.0, "max_score": len(versions)}]).scalar_one()
            for position, version in enumerate(versions, start=1):
                aq_id = db.session.execute(insert(AttemptQuestion).returning(AttemptQuestion.id), [
                    {"attempt_id": attempt_id, "position": position, "question_version_id": version, "layout": {}}]).scalar_one()
                db.session.execute(insert(Response), [{"attempt_question_id": aq_id, "given": {}, "score": 1.0, "is_correct": True, "answered_at": started}])
        db.session.commit()
    with counted_statements(app) as large:
        page = client.get("/quiz/progress/over-time?period=week", headers=HX)
    assert page.status_code == 200 and len(large) == len(small), (small, large)
    assert any(t for t in large if "CASE" in t)  # grouped by the database, not row by row in Python


def test_an_attempt_begun_before_the_span_counts_only_its_answers_inside_it(app):
    user_id = make_user(app, "ana")
    version = next(iter(versions_by_topic(app).values()))[0]
    # Begun 40 days ago, one answer then and one today, finished today.
    answer(app, user_id, [(version, NOW - timedelta(days=40), 1.0), (version, NOW - timedelta(hours=1), 0.0)])
    # Begun and finished 40 days ago: none of it shows.
    answer(app, user_id, [(version, NOW - timedelta(days=40, hours=1), 1.0)])
    days = series(app, user_id)
    assert days.answered == 1 and days.periods[-1].answered == 1 and days.accuracy == 0.0
