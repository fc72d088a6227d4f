"""What the teacher picks from on a set's pages: the results' class filter puts the classes the
set is given to first, and the accommodation form offers the students of those classes as well
as those who started the set, still taking any username (an unknown one is a clear 422)."""
from __future__ import annotations

import re

from tests.helpers.app import HX, make_user
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.sets import make_set, question_ids, take


def options(html: str, select_id: str) -> str:
    return html.split(f'id="{select_id}"')[1].split("</select>")[0]


def test_the_class_filter_offers_the_classes_given_the_set_first(client, auth, app):
    teacher = auth.create_and_login("teacher")
    algebra = make_class(app, teacher, "Algebra 1A")
    history = make_class(app, teacher, "History 3B")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    give(app, history, set_id)
    select = options(client.get(f"/sets/{set_id}/results").text, "class-filter")
    given, others = select.split('<optgroup label="Given this set">')[1].split("</optgroup>", 1)
    assert f'value="{history}">History 3B' in given and "Algebra" not in given
    assert '<optgroup label="Your other classes">' in others and f'value="{algebra}">Algebra 1A' in others
    assert select.index("All students") < select.index("History 3B") < select.index("Algebra 1A")
    # the choice survives in the htmx swap too
    swapped = client.get(f"/sets/{set_id}/results", query_string={"class": history}, headers=HX)
    assert f'value="{history}" selected>History 3B' in options(swapped.text, "class-filter")
    # a set given to no class says so rather than pretend
    other_set = make_set(app, teacher, question_ids(app, "true_false", 1))
    assert "Your classes (this set is given to none)" in client.get(f"/sets/{other_set}/results").text


def test_the_accommodation_form_offers_class_members_and_those_who_started(client, auth, app):
    teacher = auth.create_and_login("teacher")
    history = make_class(app, teacher, "History 3B")
    elsewhere = make_class(app, teacher, "Not given")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), time_limit_minutes=20)
    ana, bo, cy = make_user(app, "ana"), make_user(app, "bo"), make_user(app, "cy")
    enrol(app, history, ana, bo)
    enrol(app, elsewhere, cy)
    give(app, history, set_id)
    take(app, set_id, bo, [True])
    page = client.get(f"/sets/{set_id}/accommodations")
    datalist = page.text.split('<datalist id="known-students">')[1].split("</datalist>")[0]
    assert re.findall(r'value="([^"]+)"', datalist) == ["ana", "bo"]  # cy's class is not given this set
    assert 'label="ana (History 3B)"' in datalist and 'label="bo (attempted, History 3B)"' in datalist
    assert 'list="known-students"' in page.text and "any student&#39;s username works" in page.text
    # a username not offered is still taken; one that does not exist is a clear 422
    saved = client.post(f"/sets/{set_id}/accommodations", data={"username": "cy", "extra_minutes": "5"}, headers=HX)
    assert saved.status_code == 200 and "Accommodation saved for cy." in saved.text
    refused = client.post(f"/sets/{set_id}/accommodations", data={"username": "zed", "extra_minutes": "5"})
    assert refused.status_code == 422 and "No account has the username “zed”. Check the spelling with the student." in refused.text
