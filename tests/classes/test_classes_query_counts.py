"""Class pages and the class filter run a fixed number of queries, however many classes,
students and sets there are (tests/test_query_counts.py's way: measure, grow, measure)."""
from __future__ import annotations

from tests.helpers.app import make_user
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.queries import counted_statements, writes
from tests.helpers.sets import make_set, question_ids, take


def get_counted(app, client, path: str) -> list[str]:
    with counted_statements(app) as statements:
        response = client.get(path)
    assert response.status_code == 200, response.data[:300]
    return statements


def test_a_students_classes_page_does_not_grow_with_classes_and_sets(app, client, auth):
    teacher = make_user(app, "teacher")
    qids = question_ids(app, "true_false", 2)
    sam = auth.create_and_login("sam")
    first = make_class(app, teacher, "C0")
    enrol(app, first, sam)
    set_id = make_set(app, teacher, qids, title="S0")
    give(app, first, set_id)
    take(app, set_id, sam, [True, False])
    client.get("/classes/")  # warm: the signed-in account's row is kept per worker from here on (issue 15)
    small = get_counted(app, client, "/classes/")
    for n in range(1, 5):
        class_id = make_class(app, teacher, f"C{n}")
        enrol(app, class_id, sam)
        for m in range(3):
            set_id = make_set(app, teacher, qids if m else [], title=f"S{n}-{m}", attempts_allowed=2)
            give(app, class_id, set_id)
            if m == 1:
                take(app, set_id, sam, [True, True])
    client.get("/classes/")  # warm again: the writes above may have outdated the kept account row
    large = get_counted(app, client, "/classes/")
    assert "S4-2" in client.get("/classes/").text
    assert len(large) == len(small), (small, large)
    assert writes(large) == []


def test_a_class_page_does_not_grow_with_its_roster_and_sets(app, client, auth):
    teacher = auth.create_and_login("teacher")
    class_id = make_class(app, teacher)
    enrol(app, class_id, make_user(app, "s0"))
    give(app, class_id, make_set(app, teacher, []))
    small = get_counted(app, client, f"/classes/{class_id}")
    enrol(app, class_id, *(make_user(app, f"s{n}") for n in range(1, 15)))
    for _ in range(4):
        give(app, class_id, make_set(app, teacher, []))
    large = get_counted(app, client, f"/classes/{class_id}")
    assert "s14" in client.get(f"/classes/{class_id}").text
    assert len(large) == len(small), (small, large)


def test_results_for_a_class_do_not_grow_with_students(app, client, auth):
    teacher = auth.create_and_login("teacher")
    set_id = make_set(app, teacher, question_ids(app, "single_choice", 3))
    class_id = make_class(app, teacher)
    make_class(app, teacher, "Another class")
    for n in range(2):
        user_id = make_user(app, f"s{n}")
        enrol(app, class_id, user_id)
        take(app, set_id, user_id, [True, n % 2 == 0, False])
    small = get_counted(app, client, f"/sets/{set_id}/results?class={class_id}")
    for n in range(2, 12):
        user_id = make_user(app, f"s{n}")
        if n % 2:
            enrol(app, class_id, user_id)
        take(app, set_id, user_id, [n % 3 == 0, True, n % 2 == 0])
    large = get_counted(app, client, f"/sets/{set_id}/results?class={class_id}")
    page = client.get(f"/sets/{set_id}/results?class={class_id}").text
    assert ">s11<" in page and ">s10<" not in page
    assert len(large) == len(small), (small, large)
