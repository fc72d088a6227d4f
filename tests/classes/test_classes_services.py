"""The rules of classes, called directly: codes, joining once, the roster, sets given to
classes, and what a student in two classes sees."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from quizapp.classes import services
from quizapp.classes.models import ClassMember, ClassSet, SchoolClass
from quizapp.extensions import db
from quizapp.sets import services as set_services
from quizapp.sets.models import QuizSet
from tests.helpers.app import make_user
from tests.helpers.classes import enrol, give, make_class
from tests.helpers.sets import T0, make_set, question_ids, take


def test_a_class_code_is_longer_than_any_set_code_and_found_however_it_is_typed(app, teacher):
    class_id = make_class(app, teacher)
    set_id = make_set(app, teacher, [])
    with app.app_context():
        school_class = db.session.get(SchoolClass, class_id)
        code = school_class.join_code
        assert len(code) == services.CLASS_CODE_LENGTH == set_services.JOIN_CODE_LENGTH + 1
        assert set(code) <= set(set_services.JOIN_ALPHABET)
        spaced = services.spaced_code(code)
        assert spaced == f"{code[:3]}-{code[3:6]}-{code[6:]}"
        assert services.find_by_code(f" {spaced.lower()} ") is school_class
        # a set's code is never taken for a class's, nor a class's shortened to a set's
        set_code = db.session.get(QuizSet, set_id).join_code
        assert services.find_by_code(set_code) is None
        assert services.find_by_code(code[:-1]) is None
        assert set_services.find_by_code(set_services.normalise_code(code)) is None


@pytest.mark.parametrize("name, message", [("   ", "Give the class a name."), ("x" * 121, "at most 120 characters")])
def test_a_class_needs_a_name_and_a_bad_one_changes_nothing(app, teacher, name, message):
    class_id = make_class(app, teacher, "History 3B")
    with app.app_context():
        with pytest.raises(services.ClassError, match=message):
            services.create_class(teacher, name)
        with pytest.raises(services.ClassError, match=message):
            services.rename_class(db.session.get(SchoolClass, class_id), name)
        assert [c.name for c in db.session.execute(select(SchoolClass)).scalars()] == ["History 3B"]
        services.rename_class(db.session.get(SchoolClass, class_id), "  History   3C ")
        assert db.session.get(SchoolClass, class_id).name == "History 3C"


def test_a_student_joins_once_and_the_teacher_or_an_archived_class_cannot_take_one_in(app, teacher):
    class_id = make_class(app, teacher)
    sam = make_user(app, "sam")
    with app.app_context():
        school_class = db.session.get(SchoolClass, class_id)
        assert services.join_class(school_class, sam, T0).already is False
        assert services.join_class(school_class, sam, T0 + timedelta(days=1)).already is True
        rows = db.session.execute(select(ClassMember)).scalars().all()
        assert [(m.user_id, m.joined_at) for m in rows] == [(sam, T0)]  # the first join stands
        with pytest.raises(services.ClassError, match="You teach this class") as refused:
            services.join_class(school_class, teacher, T0)
        assert refused.value.status == 409
        services.set_archived(school_class, True, T0)
        ana = make_user(app, "ana")
        with pytest.raises(services.ClassError, match="archived"):
            services.join_class(school_class, ana, T0)
        assert services.join_class(school_class, sam, T0).already is True  # already in: still in
        assert db.session.execute(select(func.count()).select_from(ClassMember)).scalar() == 1


def test_the_roster_is_by_name_and_removing_a_student_keeps_their_attempts(app, teacher):
    class_id = make_class(app, teacher)
    set_id = make_set(app, teacher, question_ids(app, "true_false", 2))
    zoe, ana = make_user(app, "Zoë"), make_user(app, "ana")
    enrol(app, class_id, zoe, ana)
    take(app, set_id, zoe, [True, True])
    with app.app_context():
        school_class = db.session.get(SchoolClass, class_id)
        rows = services.roster(school_class)
        assert [r.name for r in rows] == ["ana", "Zoë"]
        assert services.remove_member(school_class, rows[1].member_id) == "Zoë"
        assert [r.name for r in services.roster(school_class)] == ["ana"]
        with pytest.raises(services.ClassError) as missing:
            services.remove_member(school_class, rows[1].member_id)
        assert missing.value.status == 404
        assert len(set_services.attempts_by(db.session.get(QuizSet, set_id), zoe)) == 1


def test_a_set_is_given_to_exactly_the_ticked_classes_of_its_owner(app, teacher):
    a, b = make_class(app, teacher, "A"), make_class(app, teacher, "B")
    other = make_user(app, "other")
    theirs = make_class(app, other, "Theirs")
    set_id = make_set(app, teacher, [])
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        assert services.give_set_to_classes(quiz_set, {a, b}, T0) == (2, 0)
        assert services.give_set_to_classes(quiz_set, {b}, T0) == (0, 1)
        assert [(c.school_class.name, c.assigned) for c in services.classes_for_set(quiz_set)] == [("A", False), ("B", True)]
        with pytest.raises(services.ClassError) as refused:
            services.give_set_to_classes(quiz_set, {a, theirs}, T0)
        assert refused.value.status == 404
        assert db.session.execute(select(ClassSet.class_id)).scalars().all() == [b]  # nothing changed
        # from the class's page: another teacher's set is refused; giving twice is once
        with pytest.raises(services.ClassError):
            services.give_set(db.session.get(SchoolClass, theirs), set_id, T0)
        services.give_set(db.session.get(SchoolClass, b), set_id, T0)
        assert db.session.execute(select(func.count()).select_from(ClassSet)).scalar() == 1
        services.take_set_back(db.session.get(SchoolClass, b), set_id)
        with pytest.raises(services.ClassError):
            services.take_set_back(db.session.get(SchoolClass, b), set_id)


def test_a_student_in_two_classes_sees_each_classs_sets_with_their_state(app, teacher):
    qids = question_ids(app, "true_false", 2)
    history, maths = make_class(app, teacher, "History"), make_class(app, make_user(app, "maths teacher"), "Maths")
    once = make_set(app, teacher, qids, title="Quiz once", attempts_allowed=1)
    later = make_set(app, teacher, qids, title="Opens later", opens_at=T0 + timedelta(days=2))
    closed = make_set(app, teacher, qids, title="Closed one", closes_at=T0 - timedelta(days=1))
    empty = make_set(app, teacher, [], title="Empty one")
    with app.app_context():
        maths_owner = db.session.get(SchoolClass, maths).owner_id
    algebra = make_set(app, maths_owner, qids, title="Algebra")
    for set_id in (once, later, closed, empty):
        give(app, history, set_id)
    give(app, maths, algebra)
    sam = make_user(app, "sam")
    enrol(app, history, sam)
    enrol(app, maths, sam)
    take(app, once, sam, [True, False])
    with app.app_context():
        seen = services.student_classes(sam, T0)
        assert [(c.school_class.name, c.teacher) for c in seen] == [("History", "teacher"), ("Maths", "maths teacher")]
        states = {item.quiz_set.title: (item.state, item.used) for item in seen[0].sets}
        assert states == {"Quiz once": ("used_up", 1), "Opens later": ("not_open", 0), "Closed one": ("closed", 0), "Empty one": ("empty", 0)}
        assert [(item.quiz_set.title, item.state) for item in seen[1].sets] == [("Algebra", "open")]
        # an archived class is no longer listed for its students; a student in none sees none
        services.set_archived(db.session.get(SchoolClass, maths), True, T0)
        assert [c.school_class.name for c in services.student_classes(sam, T0)] == ["History"]
        assert services.student_classes(make_user(app, "nobody"), T0) == []


def test_set_state_follows_the_sets_own_rules(app, teacher):
    set_id = make_set(app, teacher, question_ids(app, "true_false", 1), attempts_allowed=2, closes_at=T0 + timedelta(hours=1))
    with app.app_context():
        quiz_set = db.session.get(QuizSet, set_id)
        assert services.set_state(quiz_set, 1, False, True, T0) == "open"
        assert services.set_state(quiz_set, 2, False, True, T0) == "used_up"
        assert services.set_state(quiz_set, 2, True, True, T0) == "in_progress"
        assert services.set_state(quiz_set, 0, False, True, T0 + timedelta(hours=1)) == "closed"
        quiz_set.archived_at = T0
        assert services.set_state(quiz_set, 0, True, True, T0) == "archived"


def test_the_guest_purge_forgets_a_guests_place_on_a_roster_and_keeps_a_class_owner(app, teacher):
    from sqlalchemy import insert

    from quizapp.auth.models import User
    from quizapp.auth.services import purge_idle_guests

    with app.app_context():
        guests = []
        for _ in range(2):
            guest = User(last_seen_at=T0 - timedelta(days=60))
            db.session.add(guest)
            db.session.flush()
            guests.append(guest.id)
        db.session.commit()
        member, owner = guests
        class_id = services.create_class(teacher, "History").id
        # neither can happen through the pages (both need an account): written directly
        db.session.execute(insert(ClassMember).values(class_id=class_id, user_id=member, joined_at=T0))
        db.session.execute(insert(SchoolClass).values(owner_id=owner, name="Guest's", join_code="ZZZZZZZZZ", created_at=T0))
        db.session.commit()
        assert purge_idle_guests(T0 - timedelta(days=30)) == 1
        assert db.session.get(User, member) is None and db.session.get(User, owner) is not None
        assert db.session.execute(select(func.count()).select_from(ClassMember)).scalar() == 0


def test_two_joins_at_the_same_moment_make_one_place_on_the_roster(app, teacher, monkeypatch):
    """Both requests saw no membership yet (is_member False): the second insert meets the
    unique (class, student) pair and is told it was already in, with nothing stored twice."""
    class_id = make_class(app, teacher)
    sam = make_user(app, "sam")
    monkeypatch.setattr(services, "is_member", lambda school_class, user_id: False)
    with app.app_context():
        school_class = db.session.get(SchoolClass, class_id)
        assert services.join_class(school_class, sam, T0).already is False
        assert services.join_class(school_class, sam, T0).already is True
        assert db.session.execute(select(func.count()).select_from(ClassMember)).scalar() == 1
