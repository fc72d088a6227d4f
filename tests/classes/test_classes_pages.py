"""Class pages through the test client, with and without htmx: making a class, joining it by
code, the roster, giving sets, the results and exports narrowed to a class, and who may see what."""
from __future__ import annotations

import csv
import io

from openpyxl import load_workbook
from sqlalchemy import func, select

from quizapp.classes.models import ClassMember, ClassSet, SchoolClass
from quizapp.extensions import db
from tests.helpers.app import HX, PASSWORD, csrf_token, make_user
from tests.helpers.classes import class_code, enrol, give, make_class
from tests.helpers.sets import make_set, question_ids, take


def count(app, model) -> int:
    with app.app_context():
        return db.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_teacher_makes_a_class_and_sees_its_code_link_and_qr(client, auth, app):
    auth.create_and_login("teacher")
    empty = client.post("/classes/", data={"name": "  "})
    assert empty.status_code == 422 and "Give the class a name." in empty.text and count(app, SchoolClass) == 0
    made = client.post("/classes/", data={"name": "History 3B"})
    assert made.status_code == 303
    page = client.get(made.headers["Location"])
    with app.app_context():
        school_class = db.session.execute(select(SchoolClass)).scalar_one()
        code = school_class.join_code
    assert "Class made." in page.text and f"{code[:3]}-{code[3:6]}-{code[6:]}" in page.text
    assert f'value="http://localhost/classes/join/{code}"' in page.text and 'data-copy="#class-join-link"' in page.text
    assert '<svg role="img"' in page.text and f"QR code of the join link http://localhost/classes/join/{code}" in page.text
    listing = client.get("/classes/")
    assert "History 3B" in listing.text and f"{code[:3]}-{code[3:6]}-{code[6:]}" in listing.text
    renamed = client.post(f"/classes/{school_class.id}/rename", data={"name": "History 3C"})
    assert renamed.status_code == 303 and "History 3C" in client.get(f"/classes/{school_class.id}").text
    assert client.post(f"/classes/{school_class.id}/rename", data={"name": ""}).status_code == 422
    projector = client.get(f"/classes/{school_class.id}/projector")
    assert f">{code[:3]}-{code[3:6]}-{code[6:]}</p>" in projector.text and f'aria-label="Class code {" ".join(code)}"' in projector.text
    assert f"QR code of the join link http://localhost/classes/join/{code}" in projector.text
    # the teacher opening their own class's link is told so, and cannot join it
    assert "You teach this class." in client.get(f"/classes/join/{code}").text
    assert client.post(f"/classes/join/{code}").status_code == 409
    archived = client.post(f"/classes/{school_class.id}/archive", data={"archived": "1"})
    assert archived.status_code == 303
    assert "(archived)" in client.get(f"/classes/{school_class.id}").text


def test_a_student_joins_by_code_once_after_signing_in(client, auth, app):
    teacher = make_user(app, "teacher")
    class_id = make_class(app, teacher, "History 3B")
    code = class_code(app, class_id)
    typed = client.get("/classes/join", query_string={"code": f" {code[:3].lower()}-{code[3:6]}-{code[6:]} "})
    assert typed.status_code == 302 and typed.headers["Location"].endswith(f"/classes/join/{code}")
    # a visitor, then a guest, is asked to sign in and comes back here
    page = client.get(f"/classes/join/{code}")
    assert "Join History 3B" in page.text and f"next=/classes/join/{code}" in page.text and "<button" not in page.text.split("main")[1]
    refused = client.post(f"/classes/join/{code}")
    assert refused.status_code == 303 and refused.headers["Location"] == f"/auth/login?next=/classes/join/{code}"
    client.post("/quiz/new", data={"document": 1, "topics": [1], "types": ["true_false"], "count": 1, "mode": "practice", "focus": "all"})
    assert client.post(f"/classes/join/{code}").status_code == 303 and count(app, ClassMember) == 0
    auth.create_and_login("sam")
    page = client.get(f"/classes/join/{code}")
    assert "Join History 3B</button>" in page.text
    joined = client.post(f"/classes/join/{code}")
    assert joined.status_code == 303 and joined.headers["Location"] == f"/classes/#class-{class_id}"
    assert "You joined History 3B." in client.get("/classes/").text
    again = client.post(f"/classes/join/{code}")
    assert again.status_code == 303 and "You were already in History 3B." in client.get("/classes/").text
    assert count(app, ClassMember) == 1
    assert "You are in this class." in client.get(f"/classes/join/{code}").text


def test_a_wrong_code_says_so_and_is_counted_like_a_wrong_set_code(client, auth, app):
    auth.create_and_login("sam")
    wrong = client.get("/classes/join/ABCDEFGHJ")
    assert wrong.status_code == 404 and "No class has that code." in wrong.text
    assert client.get("/classes/join", query_string={"code": ""}).status_code == 422
    for _ in range(10):
        client.get("/classes/join/ABCDEFGHK")
    throttled = client.get("/classes/join/ABCDEFGHM")
    assert throttled.status_code == 429 and "Retry-After" in throttled.headers


def test_the_teacher_removes_a_student_with_and_without_htmx(client, auth, app):
    teacher = auth.create_and_login("teacher")
    class_id = make_class(app, teacher)
    sam, ana = make_user(app, "sam"), make_user(app, "ana")
    enrol(app, class_id, sam, ana)
    page = client.get(f"/classes/{class_id}")
    assert "Students (2)" in page.text and "<th scope=\"row\">ana</th>" in page.text
    with app.app_context():
        members = dict(db.session.execute(select(ClassMember.user_id, ClassMember.id)).all())
    region = client.post(f"/classes/{class_id}/members/{members[sam]}/remove", headers=HX)
    assert region.status_code == 200 and region.text.lstrip().startswith('<section id="class-roster"')
    assert "Students (1)" in region.text and ">sam<" not in region.text and "<html" not in region.text
    plain = client.post(f"/classes/{class_id}/members/{members[ana]}/remove")
    assert plain.status_code == 303 and plain.headers["Location"].endswith(f"/classes/{class_id}#class-roster")
    assert "ana is no longer in this class." in client.get(f"/classes/{class_id}").text
    gone = client.post(f"/classes/{class_id}/members/{members[ana]}/remove", headers=HX)
    assert gone.status_code == 404 and gone.headers["HX-Retarget"] == "#error-slot"


def test_class_pages_are_404_for_another_teacher_a_guest_and_a_visitor(client, auth, app):
    owner = make_user(app, "teacher")
    class_id = make_class(app, owner, "Secret class")
    sam = make_user(app, "sam")
    enrol(app, class_id, sam)
    set_id = make_set(app, owner, [], title="Secret set")
    give(app, class_id, set_id)
    with app.app_context():
        member_id = db.session.execute(select(ClassMember.id)).scalar_one()
    posts = [f"/classes/{class_id}/rename", f"/classes/{class_id}/archive", f"/classes/{class_id}/members/{member_id}/remove",
             f"/classes/{class_id}/sets", f"/classes/{class_id}/sets/{set_id}/remove", f"/classes/for-set/{set_id}"]

    def check() -> None:
        for url in (f"/classes/{class_id}", f"/classes/{class_id}/projector"):
            page = client.get(url)
            assert page.status_code == 404 and "Secret class" not in page.text and "sam" not in page.text, url
        for url in posts:
            assert client.post(url, data={"name": "Mine", "set_id": set_id, "class_id": class_id}).status_code == 404, url
        # the filter by another teacher's class reveals nothing either
        assert client.get(f"/sets/history/wide.csv?class={class_id}").status_code == 404

    check()  # a visitor
    client.post("/quiz/new", data={"document": 1, "topics": [1], "types": ["true_false"], "count": 1, "mode": "practice", "focus": "all"})
    check()  # a guest
    auth.create_and_login("other")
    check()
    other_set = make_set(app, make_user(app, "third"), [])
    assert client.get(f"/sets/{other_set}/results?class={class_id}").status_code == 404
    with app.app_context():
        school_class = db.session.get(SchoolClass, class_id)
        assert school_class.name == "Secret class" and not school_class.is_archived
    assert count(app, ClassMember) == 1 and count(app, ClassSet) == 1


def test_posts_without_a_csrf_token_are_refused(app):
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    teacher = make_user(app, "teacher")
    class_id = make_class(app, teacher)
    code = class_code(app, class_id)
    login = client.get("/auth/login")
    client.post("/auth/login", data={"username": "teacher", "password": PASSWORD, "csrf_token": csrf_token(login.text)})
    assert client.post("/classes/", data={"name": "Another"}).status_code == 400
    assert client.post(f"/classes/{class_id}/archive", data={"archived": "1"}).status_code == 400
    assert count(app, SchoolClass) == 1
    page = client.get("/classes/")
    assert client.post("/classes/", data={"name": "Another", "csrf_token": csrf_token(page.text)}).status_code == 303
    student = app.test_client()
    make_user(app, "sam")
    login = student.get("/auth/login")
    student.post("/auth/login", data={"username": "sam", "password": PASSWORD, "csrf_token": csrf_token(login.text)})
    assert student.post(f"/classes/join/{code}").status_code == 400 and count(app, ClassMember) == 0


def test_the_builder_gives_a_set_to_classes_with_and_without_htmx(client, auth, app):
    teacher = auth.create_and_login("teacher")
    a, b = make_class(app, teacher, "Class A"), make_class(app, teacher, "Class B")
    theirs = make_class(app, make_user(app, "other"), "Theirs")
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1))
    builder = client.get(f"/sets/{set_id}")
    assert "Give this set to" in builder.text and "Class A" in builder.text and "Theirs" not in builder.text
    region = client.post(f"/classes/for-set/{set_id}", data={"class_id": [str(a), str(b)]}, headers=HX)
    assert region.status_code == 200 and region.text.lstrip().startswith('<section id="set-classes"') and "Classes saved." in region.text
    assert region.text.count("checked") == 2
    plain = client.post(f"/classes/for-set/{set_id}", data={"class_id": [str(b)]})
    assert plain.status_code == 303 and plain.headers["Location"].endswith(f"/sets/{set_id}#set-classes")
    with app.app_context():
        assert db.session.execute(select(ClassSet.class_id)).scalars().all() == [b]
    for bad in ([str(theirs)], ["nine"]):
        refused = client.post(f"/classes/for-set/{set_id}", data={"class_id": bad}, headers=HX)
        assert refused.status_code == 404 and refused.headers["HX-Retarget"] == "#error-slot"
    with app.app_context():
        assert db.session.execute(select(ClassSet.class_id)).scalars().all() == [b]
    # and from the class's page
    given = client.post(f"/classes/{a}/sets", data={"set_id": set_id}, headers=HX)
    assert given.status_code == 200 and given.text.lstrip().startswith('<section id="class-sets"') and "Chapter 1 check" in given.text
    assert f"/sets/{set_id}/results?class={a}" in given.text
    assert client.post(f"/classes/{a}/sets", data={"set_id": "x"}).status_code == 422
    taken = client.post(f"/classes/{a}/sets/{set_id}/remove")
    assert taken.status_code == 303 and count(app, ClassSet) == 1


def two_classes_took_a_set(app, teacher: int) -> tuple[int, int, int]:
    """Class A (ana, and bea who is in both) and class B (ben, bea), one set all three took;
    carl, in no class, took it too. Returns (set, A, B)."""
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    a, b = make_class(app, teacher, "Class A"), make_class(app, teacher, "Class B")
    ana, ben, bea, carl = (make_user(app, name) for name in ("ana", "ben", "bea", "carl"))
    enrol(app, a, ana, bea)
    enrol(app, b, ben, bea)
    for user_id, pattern in ((ana, [True, True]), (ben, [False, False]), (bea, [True, False]), (carl, [False, True])):
        take(app, set_id, user_id, pattern)
    return set_id, a, b


def names_in_table(html: str) -> list[str]:
    body = html.split('id="students-table"')[1].split("</table>")[0]
    return [cell.split("</th>")[0] for cell in body.split('<th scope="row">')[1:]]


def test_results_and_every_export_narrow_to_a_class(client, auth, app):
    teacher = auth.create_and_login("teacher")
    set_id, a, b = two_classes_took_a_set(app, teacher)
    everyone = client.get(f"/sets/{set_id}/results")
    assert names_in_table(everyone.text) == ["ana", "bea", "ben", "carl"]
    assert '<option value="">All students</option>' in everyone.text and f'<option value="{a}">Class A</option>' in everyone.text
    only_a = client.get(f"/sets/{set_id}/results?class={a}")
    assert names_in_table(only_a.text) == ["ana", "bea"]
    assert f'<option value="{a}" selected>Class A</option>' in only_a.text
    assert f"/sets/{set_id}/export/wide.csv?class={a}" in only_a.text and f"attempts=all&amp;class={a}" in only_a.text
    # item analysis counts only the class's first attempts: 2 of them
    assert "(2 attempts)" in only_a.text
    partial = client.get(f"/sets/{set_id}/results?class={b}", headers=HX)
    assert partial.text.lstrip().startswith('<section id="set-results"') and names_in_table(partial.text) == ["bea", "ben"]
    for shape in ("wide", "long"):
        rows = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/{shape}.csv?class={a}").text.lstrip("\ufeff"))))
        assert {row[0] for row in rows[1:]} == {"ana", "bea"}, shape
        response = client.get(f"/sets/{set_id}/export/{shape}.xlsx?class={b}")
        assert f'filename="set-{set_id}-{shape}-class-{b}.xlsx"' in response.headers["Content-Disposition"]
        sheet = load_workbook(io.BytesIO(response.data)).active
        assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} == {"ben", "bea"}, shape
    all_rows = list(csv.reader(io.StringIO(client.get(f"/sets/{set_id}/export/wide.csv").text.lstrip("\ufeff"))))
    assert {row[0] for row in all_rows[1:]} == {"ana", "ben", "bea", "carl"}
    for bad in ("x", "999999", ""):
        response = client.get(f"/sets/{set_id}/results?class={bad}")
        assert response.status_code == (200 if bad == "" else 404), bad
        if bad:
            assert client.get(f"/sets/{set_id}/export/wide.csv?class={bad}").status_code == 404


def test_a_students_history_export_narrows_to_a_class_they_are_in(client, auth, app):
    teacher = make_user(app, "teacher")
    qids = question_ids(app, "true_false", 2)
    history, maths = make_set(app, teacher, qids, title="History quiz"), make_set(app, teacher, qids, title="Maths quiz")
    a, b = make_class(app, teacher, "History"), make_class(app, teacher, "Maths")
    give(app, a, history)
    give(app, b, maths)
    sam = auth.create_and_login("sam")
    enrol(app, a, sam)
    enrol(app, b, sam)
    take(app, history, sam, [True, True])
    take(app, maths, sam, [False, True])
    page = client.get("/classes/")
    assert f"/sets/history/wide.csv?class={a}" in page.text
    rows = list(csv.reader(io.StringIO(client.get(f"/sets/history/wide.csv?class={a}").text.lstrip("\ufeff"))))
    assert [row[2] for row in rows[1:]] == ["History quiz"]
    everything = list(csv.reader(io.StringIO(client.get("/sets/history/long.csv").text.lstrip("\ufeff"))))
    assert {row[2] for row in everything[1:]} == {"History quiz", "Maths quiz"}
    assert client.get(f"/sets/history/wide.csv?class={make_class(app, teacher, 'Not mine')}").status_code == 404


def test_my_classes_lists_each_classs_sets_for_a_student_in_two(client, auth, app):
    teacher = make_user(app, "teacher")
    qids = question_ids(app, "true_false", 2)
    a, b = make_class(app, teacher, "History"), make_class(app, make_user(app, "maths teacher"), "Maths")
    once = make_set(app, teacher, qids, title="Source quiz", attempts_allowed=1)
    with app.app_context():
        maths_owner = db.session.get(SchoolClass, b).owner_id
    algebra = make_set(app, maths_owner, qids, title="Algebra test", mode="exam")
    give(app, a, once)
    give(app, b, algebra)
    sam = auth.create_and_login("sam")
    enrol(app, a, sam)
    enrol(app, b, sam)
    take(app, once, sam, [True, True])
    page = client.get("/classes/")
    history_part = page.text.split(f'id="class-{a}"')[1].split("</section>")[0]
    maths_part = page.text.split(f'id="class-{b}"')[1].split("</section>")[0]
    assert "Source quiz" in history_part and "You have used 1 of 1 attempt: 0 left." in history_part and "Algebra" not in history_part
    assert "Algebra test" in maths_part and "(exam)" in maths_part and "<strong>Open</strong>" in maths_part
    assert "You may take this set as often as you like." in maths_part and "Teacher: maths teacher" in maths_part
    partial = client.get("/classes/", headers=HX)
    assert partial.text.lstrip().startswith("{%") is False and '<section id="classes-index"' in partial.text and "<html" not in partial.text
    assert "<title>My classes · Quizapp</title>" in partial.text


def test_the_nav_links_to_my_classes_and_a_visitor_is_asked_to_sign_in(client):
    page = client.get("/classes/")
    assert page.status_code == 200 and '<a href="/classes/">My classes</a>' in page.text
    assert "/auth/login?next=/classes/" in page.text and "Make a class" not in page.text
    made = client.post("/classes/", data={"name": "Mine"})
    assert made.status_code == 303 and made.headers["Location"] == "/auth/login?next=/classes/"
