"""Feedback marks each part of a multiple-select, ordering or matching answer ✓ or ✗, in the
learner's order, with what was right beside each wrong part; marks read alike on every page."""
from __future__ import annotations

import html as htmllib
import re

from sqlalchemy import select

from quizapp.bank.models import Topic
from quizapp.extensions import db
from quizapp.quiz.models import AttemptQuestion
from tests.helpers.app import HX


def start(client, app, qtype: str) -> tuple[str, dict, dict]:
    with app.app_context():
        topics = list(db.session.execute(select(Topic.id)).scalars())
    response = client.post(
        "/quiz/new", data={"document": 1, "topics": topics, "types": [qtype], "count": 1, "mode": "practice", "focus": "all"}
    )
    url = response.headers["Location"]
    attempt_id = int(re.search(r"/quiz/(\d+)/", url).group(1))
    with app.app_context():
        aq = db.session.execute(select(AttemptQuestion).filter_by(attempt_id=attempt_id)).scalar_one()
        return url, aq.version.content, aq.layout


def marked(html: str) -> list[tuple[str, str]]:
    """(✓ or ✗, the text of the part) for each marked part of the feedback, in page order."""
    found = re.findall(r'<li class="part-(right|wrong)">.*?</span>\s*<span class="visually-hidden">[^<]*</span>\s*(.*?)</li>', html, re.S)
    return [("✓" if kind == "right" else "✗", htmllib.unescape(re.sub(r"<[^>]+>", "", text)).strip()) for kind, text in found]


def test_ordering_marks_each_position_and_names_the_item_that_belonged_there(client, app):
    url, content, layout = start(client, app, "ordering")
    items, n = content["items"], len(content["items"])
    # The first two items swapped, the rest in place.
    wanted = {0: 2, 1: 1, **{b: b + 1 for b in range(2, n)}}
    form = {f"position-{shown}": str(wanted[bank]) for shown, bank in enumerate(layout["items"])}
    page = client.post(url, data=form, headers=HX).text
    assert marked(page) == [
        ("✗", f"1. {items[1]} (right: {items[0]})"),
        ("✗", f"2. {items[0]} (right: {items[1]})"),
        *[("✓", f"{i + 1}. {items[i]}") for i in range(2, n)],
    ]
    assert '<span class="visually-hidden">Wrong:</span>' in page


def test_matching_marks_each_pair_in_the_order_shown(client, app):
    url, content, layout = start(client, app, "matching")
    pairs, lefts, rights = content["pairs"], layout["lefts"], layout["rights"]
    # Every left gets its own right except the first two shown, which get each other's.
    picks = {left: left for left in lefts}
    picks[lefts[0]], picks[lefts[1]] = lefts[1], lefts[0]
    form = {f"match-{left}": str(rights.index(picks[left])) for left in lefts}
    response = client.post(url, data=form)
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).text
    expected = []
    for left in lefts:
        text = f"{pairs[left]['left']} → {pairs[picks[left]]['right']}"
        expected.append(("✓", text) if picks[left] == left else ("✗", f"{text} (right: {pairs[left]['right']})"))
    assert marked(page) == expected


def test_multiple_select_marks_each_tick_and_lists_the_right_ones_missed(client, app):
    url, content, layout = start(client, app, "multiple_select")
    choices = content["choices"]
    wrong = next(s for s, b in enumerate(layout["choices"]) if not choices[b]["correct"])
    page = client.post(url, data={"choice": [str(wrong)]}, headers=HX).text
    parts = marked(page)
    assert parts[0] == ("✗", f"{choices[layout['choices'][wrong]]['text']} (not a right answer)")
    assert parts[1:] == [("✗", f"{c['text']} (a right answer, not ticked)") for c in choices if c["correct"]]


def test_a_partial_mark_reads_the_same_in_feedback_and_results(client, app):
    url, content, layout = start(client, app, "ordering")
    n = len(content["items"])
    assert n >= 3
    # Only the first item in place, the others rotated: a mark of 1/n (0.33 for three items).
    position = {0: 1, **{b: b % (n - 1) + 2 for b in range(1, n)}}
    form = {f"position-{shown}": str(position[bank]) for shown, bank in enumerate(layout["items"])}
    feedback = client.post(url, data=form, headers=HX).text
    attempt_id = int(re.search(r"/quiz/(\d+)/", url).group(1))
    client.post(f"/quiz/{attempt_id}/finish", data={})
    results = client.get(f"/quiz/{attempt_id}/results").text
    mark = f"{round(1 / n, 2):g}"
    assert f"Partly right — {mark} / 1" in feedback and f"Partly right — {mark} / 1" in results
    assert f">{mark} / 1 (" in client.get("/quiz/progress").text  # the progress page rounds alike
    assert "%" not in re.search(r"<h3>(.*?)</h3>", feedback, re.S).group(1)
    assert marked(results) == marked(feedback)  # the results review marks the parts the same way
