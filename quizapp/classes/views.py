"""Class pages: the teacher's classes and roster, joining a class by code, the student's
classes with their sets, and giving a set to classes from its builder.

A class's pages answer 404 to everyone but its owner, signed in or not, so they reveal
nothing, not even that the class exists. Joining needs an account, as taking a set does.
"""
from __future__ import annotations

from flask import abort, current_app, flash, redirect, request, stream_with_context, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp.auth.forms import EmptyForm
from quizapp.classes import bp, services
from quizapp.classes import gradebook as gradebook_service
from quizapp.classes.forms import ClassForm, JoinClassForm
from quizapp.classes.models import SchoolClass
from quizapp.errors import error_response
from quizapp.extensions import db
from quizapp.htmx import is_partial, render
from quizapp.ids import parse_id
from quizapp.sets import exports
from quizapp.sets import services as set_services
from quizapp.sets.models import QuizSet
from quizapp.sets.qr import join_qr_svg
from quizapp.timeutil import app_now, viewer_zone


def _signed_in() -> bool:
    return current_user.is_authenticated and not current_user.is_guest


def owned_class(class_id: int) -> SchoolClass:
    """The class if the current user owns it; 404 for anyone else, so nothing is revealed."""
    school_class = db.session.get(SchoolClass, class_id)
    if school_class is None or not _signed_in() or school_class.owner_id != current_user.id:
        abort(404)
    return school_class


def _owned_set(set_id: int) -> QuizSet:
    quiz_set = db.session.get(QuizSet, set_id)
    if quiz_set is None or not _signed_in() or quiz_set.owner_id != current_user.id:
        abort(404)
    return quiz_set


def _class_error(exc: services.ClassError) -> Response:
    return error_response(exc.status, str(exc))


# ---------------------------------------------------------------- my classes


def _index_context(form: ClassForm | None = None) -> dict:
    signed_in = _signed_in()
    return {
        "signed_in": signed_in,
        "teaching": services.classes_owned_by(current_user.id) if signed_in else [],
        "learning": services.student_classes(current_user.id, app_now()) if signed_in else [],
        "form": form or ClassForm(formdata=None),
        "join_form": JoinClassForm(formdata=None),
        "spaced_code": services.spaced_code,
    }


@bp.get("/classes/")
def index() -> Response:
    """Classes I teach (with a form to make one) and classes I am in, with their sets."""
    return render("classes/index.html", "classes/_index.html", **_index_context())


@bp.post("/classes/")
def create() -> Response:
    if not _signed_in():
        flash("Sign in or register to make a class.", "info")
        return redirect(url_for("auth.login", next=url_for("classes.index")), 303)
    form = ClassForm()
    if not form.validate_on_submit():  # a missing CSRF token is a 400 before this (CSRFProtect)
        return render("classes/index.html", "classes/_index.html", 422, **_index_context(form))
    try:
        school_class = services.create_class(current_user.id, form.name.data or "")
    except services.ClassError as exc:
        form.name.errors = [str(exc)]
        return render("classes/index.html", "classes/_index.html", exc.status, **_index_context(form))
    flash("Class made. Give your students its code or link.", "success")
    return redirect(url_for("classes.detail", class_id=school_class.id), 303)


# ---------------------------------------------------------------- one class (its owner)


def _detail_context(school_class: SchoolClass, form: ClassForm | None = None) -> dict:
    join_url = url_for("classes.join_code", code=school_class.join_code, _external=True)
    given = services.assigned_sets(school_class)
    given_ids = {s.id for s in given}
    return {
        "school_class": school_class,
        "form": form or ClassForm(formdata=None, name=school_class.name),
        "button_form": EmptyForm(),
        "join_url": join_url,
        "join_qr": join_qr_svg(join_url),
        "spaced": services.spaced_code(school_class.join_code),
        "roster": services.roster(school_class),
        "given": given,
        "others": [s for s in set_services.sets_owned_by(school_class.owner_id) if s.id not in given_ids],
    }


@bp.get("/classes/<int:class_id>")
def detail(class_id: int) -> Response:
    school_class = owned_class(class_id)
    return render("classes/detail.html", "classes/detail.html", **_detail_context(school_class))


@bp.get("/classes/<int:class_id>/projector")
def projector(class_id: int) -> Response:
    """The class code large, with its link and QR code, for the classroom's screen."""
    school_class = owned_class(class_id)
    join_url = url_for("classes.join_code", code=school_class.join_code, _external=True)
    return render(
        "classes/projector.html",
        "classes/projector.html",
        school_class=school_class,
        join_url=join_url,
        join_qr=join_qr_svg(join_url),
        spaced=services.spaced_code(school_class.join_code),
    )


@bp.post("/classes/<int:class_id>/rename")
def rename(class_id: int) -> Response:
    school_class = owned_class(class_id)
    form = ClassForm()
    if not form.validate_on_submit():  # a missing CSRF token is a 400 before this (CSRFProtect)
        return render("classes/detail.html", "classes/detail.html", 422, **_detail_context(school_class, form))
    try:
        services.rename_class(school_class, form.name.data or "")
    except services.ClassError as exc:
        form.name.errors = [str(exc)]
        return render("classes/detail.html", "classes/detail.html", exc.status, **_detail_context(school_class, form))
    flash("Class renamed.", "success")
    return redirect(url_for("classes.detail", class_id=class_id), 303)


@bp.post("/classes/<int:class_id>/archive")
def archive(class_id: int) -> Response:
    school_class = owned_class(class_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    archived = request.form.get("archived", "1") == "1"
    services.set_archived(school_class, archived, app_now())
    flash("Class archived: it takes no new students and its students no longer see it." if archived else "Class restored.", "success")
    return redirect(url_for("classes.detail", class_id=class_id), 303)


def _region(school_class: SchoolClass, partial: str, anchor: str) -> Response:
    """After a change to the roster or the class's sets: htmx gets the region, a plain form
    goes back to the class's page at that region."""
    if is_partial():
        return render("classes/detail.html", partial, **_detail_context(school_class))
    return redirect(url_for("classes.detail", class_id=school_class.id, _anchor=anchor), 303)


@bp.post("/classes/<int:class_id>/members/<int:member_id>/remove")
def remove_member(class_id: int, member_id: int) -> Response:
    school_class = owned_class(class_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        name = services.remove_member(school_class, member_id)
    except services.ClassError as exc:
        return _class_error(exc)
    if not is_partial():
        flash(f"{name} is no longer in this class.", "success")
    return _region(school_class, "classes/_roster.html", "class-roster")


@bp.post("/classes/<int:class_id>/sets")
def give_set(class_id: int) -> Response:
    school_class = owned_class(class_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    set_id = parse_id(request.form.get("set_id", ""))
    if set_id is None:
        return error_response(422, "Choose one of your sets to give to the class.")
    try:
        services.give_set(school_class, set_id, app_now())
    except services.ClassError as exc:
        return _class_error(exc)
    return _region(school_class, "classes/_class_sets.html", "class-sets")


@bp.post("/classes/<int:class_id>/sets/<int:set_id>/remove")
def take_set_back(class_id: int, set_id: int) -> Response:
    school_class = owned_class(class_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        services.take_set_back(school_class, set_id)
    except services.ClassError as exc:
        return _class_error(exc)
    return _region(school_class, "classes/_class_sets.html", "class-sets")


# ---------------------------------------------------------------- the gradebook (its owner)


@bp.get("/classes/<int:class_id>/gradebook")
def gradebook(class_id: int) -> Response:
    """Students × the sets given to the class: the score that counts, the class's averages."""
    school_class = owned_class(class_id)
    book = gradebook_service.gradebook(school_class, app_now())
    # Each set's attempt link without the attempt's id, which the template appends per cell.
    attempt_urls = [url_for("sets.attempt_detail", set_id=quiz_set.id, attempt_id=0)[:-1] for quiz_set in book.sets]
    return render("classes/gradebook.html", "classes/_gradebook.html", school_class=school_class, book=book, attempt_urls=attempt_urls)


@bp.get("/classes/<int:class_id>/gradebook.<fmt>")
def gradebook_export(class_id: int, fmt: str) -> Response:
    """The gradebook as CSV or XLSX (formula-safe; the time column names the teacher's zone)."""
    school_class = owned_class(class_id)
    if fmt not in exports.FORMATS:
        abort(404)
    header, rows = gradebook_service.export_table(gradebook_service.gradebook(school_class, app_now()))
    header, rows = exports.in_zone(header, rows, (len(header) - 1,), viewer_zone())
    if fmt == "csv":
        response = Response(stream_with_context(exports.csv_chunks(header, rows)), mimetype="text/csv")
    else:
        path = exports.write_xlsx(header, rows, f"{school_class.name} gradebook")
        response = Response(exports.file_chunks(path), mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response.headers["Content-Disposition"] = f'attachment; filename="class-{school_class.id}-gradebook.{fmt}"'
    response.headers["Cache-Control"] = "no-store"
    return response


# ---------------------------------------------------------------- a set given to classes (from its builder)


@bp.post("/classes/for-set/<int:set_id>")
def give_to_classes(set_id: int) -> Response:
    """The builder's "Classes" region: the set is given to exactly the ticked classes."""
    quiz_set = _owned_set(set_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    class_ids = [parse_id(value) for value in request.form.getlist("class_id")]
    if any(class_id is None for class_id in class_ids):
        return error_response(404, "There is no such class among yours.")
    try:
        added, removed = services.give_set_to_classes(quiz_set, {c for c in class_ids if c is not None}, app_now())
    except services.ClassError as exc:
        return _class_error(exc)
    message = "Classes saved." if added or removed else "Nothing changed."
    if is_partial():
        return render("sets/builder.html", "classes/_set_classes.html", quiz_set=quiz_set, saved_message=message, form=EmptyForm())
    flash(message, "success")
    return redirect(url_for("sets.builder", set_id=set_id, _anchor="set-classes"), 303)


# ---------------------------------------------------------------- joining


@bp.get("/classes/join")
def join() -> Response:
    form = JoinClassForm(request.args)
    if request.args.get("code") and form.validate():
        return redirect(url_for("classes.join_code", code=set_services.normalise_code(form.code.data or "")))
    return render("classes/join.html", "classes/_join.html", 422 if "code" in request.args else 200, form=form, school_class=None)


def _class_for_code(code: str) -> SchoolClass | Response:
    """The class with this code, or a 404/429 page. Wrong codes count against the same keys
    as wrong set codes (``sets.services.guess_keys``): one guessing budget for both."""
    now = app_now()
    signed_in = _signed_in()
    keys = set_services.guess_keys(current_user.id if signed_in else None, request.remote_addr, current_app.config["SECRET_KEY"])
    if wait := set_services.join_wait_seconds(keys, now):
        response = error_response(429, f"Too many wrong codes. Wait {wait} second{'s' if wait != 1 else ''}, then try again.")
        response.headers["Retry-After"] = str(wait)
        return response
    school_class = services.find_by_code(code)
    if school_class is None:
        set_services.record_join_failure(keys, now)
        form = JoinClassForm(formdata=None, code=code[:20])
        form.code.errors = ["No class has that code. Check it with your teacher (a class code has 9 characters)."]
        return render("classes/join.html", "classes/_join.html", 404, form=form, school_class=None)
    return school_class


@bp.get("/classes/join/<code>")
def join_code(code: str) -> Response:
    school_class = _class_for_code(code)
    if isinstance(school_class, Response):
        return school_class
    member = _signed_in() and services.is_member(school_class, current_user.id)
    return render(
        "classes/join.html",
        "classes/_join.html",
        school_class=school_class,
        form=JoinClassForm(formdata=None),
        button_form=EmptyForm(),
        signed_in=_signed_in(),
        member=member,
        next_url=url_for("classes.join_code", code=school_class.join_code),
    )


@bp.post("/classes/join/<code>")
def join_class(code: str) -> Response:
    school_class = _class_for_code(code)
    if isinstance(school_class, Response):
        return school_class
    if not _signed_in():
        flash("Sign in or register to join this class, so your teacher sees your results.", "info")
        return redirect(url_for("auth.login", next=url_for("classes.join_code", code=school_class.join_code)), 303)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        joined = services.join_class(school_class, current_user.id, app_now())
    except services.ClassError as exc:
        return _class_error(exc)
    name = school_class.name
    flash(f"You were already in {name}." if joined.already else f"You joined {name}. Its sets are listed here.", "success")
    return redirect(url_for("classes.index", _anchor=f"class-{school_class.id}"), 303)


# ---------------------------------------------------------------- leaving (the student)


def _member_class(class_id: int) -> SchoolClass:
    """A class the signed-in user is in; 404 for any other, revealing nothing."""
    school_class = db.session.get(SchoolClass, class_id)
    if school_class is None or not _signed_in() or not services.is_member(school_class, current_user.id):
        abort(404)
    return school_class


@bp.get("/classes/<int:class_id>/leave")
def leave_confirm(class_id: int) -> Response:
    """Asks before leaving: a page of its own, so the confirmation works without JavaScript."""
    school_class = _member_class(class_id)
    return render("classes/leave.html", "classes/leave.html", school_class=school_class, button_form=EmptyForm())


@bp.post("/classes/<int:class_id>/leave")
def leave(class_id: int) -> Response:
    school_class = _member_class(class_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        services.leave_class(school_class, current_user.id)
    except services.ClassError as exc:
        return _class_error(exc)
    flash(f"You left {school_class.name}. Your results stay with your teacher; the class code lets you join again.", "success")
    return redirect(url_for("classes.index"), 303)
