"""Quiz-set pages: the owner's builder, results and exports; the student's join page.

Owner-only pages answer 404 to everyone else, signed in or not, so they reveal nothing,
not even that the set exists. Times come from ``quizapp.timeutil.app_now`` (tests set
``app.config["CLOCK"]``).
"""
from __future__ import annotations

from typing import Any

from urllib.parse import parse_qsl, urlencode

from flask import abort, current_app, flash, redirect, request, stream_with_context, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response
from wtforms import SelectChoice

from quizapp import events
from quizapp.auth.forms import EmptyForm
from quizapp.bank.models import Document, Question, Topic
from quizapp.bank.parser import QUESTION_TYPES, content_hash
from quizapp.bank.user_documents import visible_documents
from quizapp.errors import error_response
from quizapp.extensions import db
from quizapp.htmx import is_partial, render
from quizapp.ids import parse_id
from quizapp.quiz.forms import TYPE_LABELS
from quizapp.quiz.models import Attempt
from quizapp.quiz.services import close_overdue_attempts, current_versions, hidden_bank_questions, next_unanswered_position, review_rows
from quizapp.sets import bp, exports, marking, services, stats
from quizapp.sets.forms import GRADING_LABELS, VISIBILITY_LABELS, AccommodationForm, JoinForm, QuestionForm, SetForm
from quizapp.sets.models import QuizSet
from quizapp.sets.qr import join_qr_svg
from quizapp.timeutil import app_now, format_local, learner_zone, viewer_zone
from quizapp.wording import counted

# The results page lists students a page at a time, so a class of 10,000 costs what it shows;
# the exports carry every row.
STUDENTS_PER_PAGE = 100


def _signed_in() -> bool:
    return current_user.is_authenticated and not current_user.is_guest


def _sign_in_first() -> Response:
    flash("Sign in or register to build quiz sets.", "info")
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def owned_set(set_id: int) -> QuizSet:
    """The set if the current user owns it; 404 for anyone else, so nothing is revealed."""
    quiz_set = db.session.get(QuizSet, set_id)
    if quiz_set is None or not current_user.is_authenticated or quiz_set.owner_id != current_user.id:
        abort(404)
    return quiz_set


# ---------------------------------------------------------------- list and settings


@bp.get("/sets/")
def index() -> Response:
    sets = services.sets_owned_by(current_user.id) if _signed_in() else []
    return render("sets/index.html", "sets/_index.html", sets=sets, join_form=JoinForm(formdata=None), signed_in=_signed_in())


def _topic_choices() -> list[SelectChoice]:
    rows = db.session.execute(
        select(Topic.id, Topic.title, Document.title)
        .join(Document, Document.id == Topic.document_id)
        .where(visible_documents(current_user.id if current_user.is_authenticated else None))
        .order_by(Document.title, Topic.position)
    ).all()
    return [SelectChoice(tid, f"{title} ({doc})") for tid, title, doc in rows]


@bp.route("/sets/new", methods=["GET", "POST"])
def new() -> Response:
    if not _signed_in():
        return _sign_in_first()
    form = SetForm()
    form.random_topic_ids.choices = _topic_choices()
    zone = learner_zone(current_user)
    form.show_times_in(zone)
    if form.validate_on_submit():
        quiz_set = services.create_set(current_user.id, form.settings(zone))
        flash("Set created. Now add its questions.", "success")
        return redirect(url_for("sets.builder", set_id=quiz_set.id), 303)
    return render("sets/form.html", "sets/_form.html", 422 if form.is_submitted() else 200, form=form, quiz_set=None)


@bp.route("/sets/<int:set_id>/settings", methods=["GET", "POST"])
def settings(set_id: int) -> Response:
    quiz_set = owned_set(set_id)
    form = SetForm(obj=quiz_set)
    form.random_topic_ids.choices = _topic_choices()
    zone = learner_zone(current_user)
    form.show_times_in(zone, quiz_set)
    if form.validate_on_submit():
        try:
            services.update_settings(quiz_set, form.settings(zone))
        except services.SetError as exc:
            form.form_errors.append(str(exc))
            return render("sets/form.html", "sets/_form.html", exc.status, form=form, quiz_set=quiz_set)
        flash("Settings saved.", "success")
        return redirect(url_for("sets.builder", set_id=quiz_set.id), 303)
    return render("sets/form.html", "sets/_form.html", 422 if form.is_submitted() else 200, form=form, quiz_set=quiz_set)


# ---------------------------------------------------------------- builder


def _filters(quiz_set: QuizSet, args: dict[str, str] | None = None) -> services.PickerFilters:
    """The picker's filters from the query string (or ``args``, carried through a form)."""
    args = request.args if args is None else args

    def number(name: str) -> int | None:
        return parse_id(args.get(name, ""))

    qtype = args.get("type", "")
    return services.PickerFilters(
        document_id=number("document"),
        topic_id=number("topic"),
        type=qtype if qtype in QUESTION_TYPES else None,
        difficulty=number("difficulty"),
        text=args.get("q", "")[:200],
        # Already in the set, or hidden by another owner's set until it closes.
        exclude={item.question_id for item in quiz_set.items} | hidden_bank_questions(app_now(), viewer_id=quiz_set.owner_id),
        quiz_set_id=quiz_set.id,
        viewer_id=quiz_set.owner_id,
    )


def _builder_context(quiz_set: QuizSet) -> dict:
    filters = _filters(quiz_set)
    results, total = services.search_questions(filters)
    ids = [q.id for q in results] + [item.question_id for item in quiz_set.items]
    return {
        "quiz_set": quiz_set,
        "filters": filters,
        "results": results,
        "total": total,
        "contents": (contents := {qid: v.content for qid, v in current_versions(ids).items()}),
        "prompts": {qid: content["prompt"] for qid, content in contents.items()},
        "documents": list(db.session.execute(select(Document).where(visible_documents(quiz_set.owner_id)).order_by(Document.title)).scalars()),
        "topics": list(
            db.session.execute(
                select(Topic).join(Document, Document.id == Topic.document_id).where(visible_documents(quiz_set.owner_id)).order_by(Topic.document_id, Topic.position)
            ).scalars()
        ),
        "type_labels": TYPE_LABELS,
        "locked": services.has_responses(quiz_set),
        "join_url": url_for("sets.join_code", code=quiz_set.join_code, _external=True),
        "grading_labels": GRADING_LABELS,
        "visibility_labels": VISIBILITY_LABELS,
        "topic_titles": {t.id: t.title for t in db.session.execute(select(Topic)).scalars()},
        "form": EmptyForm(),
        "filter_query": urlencode(filters.query_args()),
        "enemy_warnings": services.enemy_warnings(quiz_set),
    }


@bp.get("/sets/<int:set_id>")
def builder(set_id: int) -> Response:
    quiz_set = owned_set(set_id)
    context = _builder_context(quiz_set)
    return render("sets/builder.html", "sets/builder.html", join_qr=join_qr_svg(context["join_url"]), **context)


@bp.get("/sets/<int:set_id>/projector")
def projector(set_id: int) -> Response:
    """The join code large, with its link and QR code, for the classroom's screen."""
    quiz_set = owned_set(set_id)
    join_url = url_for("sets.join_code", code=quiz_set.join_code, _external=True)
    return render(
        "sets/projector.html", "sets/projector.html", quiz_set=quiz_set, join_url=join_url, join_qr=join_qr_svg(join_url)
    )


@bp.get("/sets/<int:set_id>/picker")
def picker(set_id: int) -> Response:
    """The picker's results region for htmx; the whole builder page for a plain GET form."""
    quiz_set = owned_set(set_id)
    return render("sets/builder.html", "sets/_picker_results.html", **_builder_context(quiz_set))


def _items_response(quiz_set: QuizSet) -> Response:
    if is_partial():
        return render("sets/builder.html", "sets/_items.html", **_builder_context(quiz_set))
    return redirect(url_for("sets.builder", set_id=quiz_set.id), 303)


def _set_error(exc: services.SetError) -> Response:
    return error_response(exc.status, str(exc))


@bp.post("/sets/<int:set_id>/items")
def add_item(set_id: int) -> Response:
    """Add a picked question. htmx gets the items region and, as an ``<hx-partial>``, the
    picker row saying it was added; a plain form goes back to the builder, filters kept."""
    quiz_set = owned_set(set_id)
    question_id = parse_id(request.form.get("question_id", ""))
    if question_id is None:
        return error_response(422, "Choose a question to add.")
    try:
        item = services.add_question(quiz_set, question_id, now=app_now())
    except services.SetError as exc:
        return _set_error(exc)
    if is_partial():
        return render("sets/builder.html", "sets/_item_added.html", added_question=item.question, **_builder_context(quiz_set))
    kept: dict[str, Any] = _filters(quiz_set, dict(parse_qsl(request.form.get("filters", "")))).query_args()
    return redirect(url_for("sets.builder", _anchor="picker-title", **{**kept, "set_id": quiz_set.id}), 303)


@bp.post("/sets/<int:set_id>/items/<int:item_id>/remove")
def remove_item(set_id: int, item_id: int) -> Response:
    quiz_set = owned_set(set_id)
    try:
        services.remove_item(quiz_set, item_id)
    except services.SetError as exc:
        return _set_error(exc)
    return _items_response(quiz_set)


@bp.post("/sets/<int:set_id>/items/<int:item_id>/move")
def move_item(set_id: int, item_id: int) -> Response:
    quiz_set = owned_set(set_id)
    try:
        services.move_item(quiz_set, item_id, request.form.get("direction", ""))
    except services.SetError as exc:
        return _set_error(exc)
    return _items_response(quiz_set)


# ---------------------------------------------------------------- questions written for the set


def _question_page(quiz_set: QuizSet, form: QuestionForm, question=None, status: int = 200) -> Response:
    document = services.set_document(quiz_set)
    if document is not None:
        form.source.description = (
            f"Optional. Numbers of the paragraphs of “{document.title}” that settle the answer "
            f"(1–{document.paragraph_count}), e.g. 3, 7."
        )
    else:
        form.source.description = (
            "Optional, and only once the set's bank questions all come from one document, whose "
            "paragraphs you can then cite. Leave it empty for now."
        )
    return render(
        "sets/question.html",
        "sets/_question_form.html",
        status,
        quiz_set=quiz_set,
        form=form,
        question=question,
        document=document,
        locked=services.has_responses(quiz_set),
    )


def _back_to_builder(quiz_set: QuizSet, message: str) -> Response:
    """After a save: a full navigation to the builder, for htmx (HX-Redirect) and without JS."""
    flash(message, "success")
    url = url_for("sets.builder", set_id=quiz_set.id, _anchor="set-items")
    if is_partial():
        response = Response(status=204)
        response.headers["HX-Redirect"] = url
        return response
    return redirect(url, 303)


@bp.route("/sets/<int:set_id>/questions/new", methods=["GET", "POST"])
def write_question(set_id: int) -> Response:
    quiz_set = owned_set(set_id)
    form = QuestionForm()
    if not form.validate_on_submit():
        return _question_page(quiz_set, form, status=422 if form.is_submitted() else 200)
    try:
        question, result = services.write_question(quiz_set, form.raw())
    except services.SetError as exc:
        form.form_errors.append(str(exc))
        return _question_page(quiz_set, form, status=exc.status)
    if question is None:
        form.show_problems(result.problems)
        return _question_page(quiz_set, form, status=422)
    return _back_to_builder(quiz_set, "Question written and added to the set.")


@bp.route("/sets/<int:set_id>/questions/<int:question_id>/edit", methods=["GET", "POST"])
def edit_question(set_id: int, question_id: int) -> Response:
    quiz_set = owned_set(set_id)
    try:
        question = services.written_question(quiz_set, question_id)
    except services.SetError:
        abort(404)
    form = QuestionForm() if request.method == "POST" else QuestionForm.from_content(question.current.content)
    if not form.validate_on_submit():
        return _question_page(quiz_set, form, question, status=422 if form.is_submitted() else 200)
    if request.form.get("revise"):  # from the regrade preview, back to the form as it was typed
        return _question_page(quiz_set, form, question)
    if services.has_responses(quiz_set):
        return _regrade(quiz_set, question, form)
    try:
        result = services.edit_question(quiz_set, question, form.raw())
    except services.SetError as exc:
        form.form_errors.append(str(exc))
        return _question_page(quiz_set, form, question, status=exc.status)
    if not result.ok:
        form.show_problems(result.problems)
        return _question_page(quiz_set, form, question, status=422)
    return _back_to_builder(quiz_set, "Question saved.")


def _regrade(quiz_set: QuizSet, question: Question, form: QuestionForm) -> Response:
    """A question students have answered: its fix is previewed (which answers' marks and which
    scores would change), then, confirmed, saved as a new version and every answer regraded."""
    result = services.check_written_question(quiz_set, form.raw())
    if not result.ok or result.content is None:
        form.show_problems(result.problems)
        return _question_page(quiz_set, form, question, status=422)
    if question.current is not None and question.current.content_hash == content_hash(result.content):
        return _back_to_builder(quiz_set, "Nothing changed in the question.")
    notice = None
    try:
        if request.form.get("confirm") == "1":
            done = marking.regrade(
                quiz_set, question, result.content, by=current_user.id, now=app_now(), seen=request.form.get("preview", "")
            )
            changed = len(done.changed)
            return _back_to_builder(
                quiz_set,
                f"Question saved as version {done.to_version}. {changed} answer{'s' if changed != 1 else ''} regraded"
                + (f"; {len(done.kept_by_hand)} mark{'s' if len(done.kept_by_hand) != 1 else ''} by hand kept." if done.kept_by_hand else "."),
            )
    except marking.PreviewChanged as exc:
        notice = str(exc)  # what saving would do changed under the teacher: shown again, with why
    except services.SetError as exc:
        form.form_errors.append(str(exc))
        return _question_page(quiz_set, form, question, status=exc.status)
    try:
        preview = marking.regrade_preview(quiz_set, question, result.content)
    except services.SetError as exc:
        form.form_errors.append(str(exc))
        return _question_page(quiz_set, form, question, status=exc.status)
    carried = [
        (name, value) for name, value in request.form.items(multi=True) if name not in ("csrf_token", "confirm", "revise", "preview")
    ]
    return render(
        "sets/regrade.html", "sets/_regrade.html", 409 if notice else 200,
        quiz_set=quiz_set, question=question, preview=preview, carried=carried, form=form, notice=notice,
    )


@bp.post("/sets/<int:set_id>/duplicate")
def duplicate(set_id: int) -> Response:
    quiz_set = owned_set(set_id)
    with_accommodations = request.form.get("accommodations") == "1"
    copy = services.duplicate_set(quiz_set, current_user.id, with_accommodations=with_accommodations)
    copied = len(copy.accommodations) if with_accommodations else 0
    also = f", with the accommodations of {counted(copied, 'student')}" if copied else ""
    flash(f"“{quiz_set.title}” duplicated{also}: this is the copy, with its own join code.", "success")
    return redirect(url_for("sets.builder", set_id=copy.id), 303)


@bp.post("/sets/<int:set_id>/archive")
def archive(set_id: int) -> Response:
    quiz_set = owned_set(set_id)
    archived = request.form.get("archived", "1") == "1"
    services.set_archived(quiz_set, archived, app_now())
    flash("Set archived: students can no longer start it." if archived else "Set restored.", "success")
    return redirect(url_for("sets.builder", set_id=quiz_set.id), 303)


# ---------------------------------------------------------------- accommodations


def _accommodations_page(quiz_set: QuizSet, form: AccommodationForm, status: int = 200, saved: str | None = None) -> Response:
    zone = learner_zone(current_user)
    form.closes_at.description = (
        f"In your time zone, {zone.key}. Replaces the set's closing time for this student"
        + (f" (the set closes {format_local(quiz_set.closes_at, zone, '%Y-%m-%d %H:%M')})." if quiz_set.closes_at else ".")
    )
    return render(
        "sets/accommodations.html",
        "sets/_accommodations.html",
        status,
        quiz_set=quiz_set,
        form=form,
        accommodations=services.accommodations_of(quiz_set),
        known_students=stats.student_names(quiz_set, stats.scopes_given(quiz_set, events.class_scopes_for(quiz_set.owner_id, "teacher"))),
        remove_form=EmptyForm(),
        saved=saved,
    )


@bp.route("/sets/<int:set_id>/accommodations", methods=["GET", "POST"])
def accommodations(set_id: int) -> Response:
    """The owner gives chosen students extra time, extra attempts or their own close time.
    htmx swaps the region; without JavaScript the page is posted and redirected (303)."""
    quiz_set = owned_set(set_id)
    form = AccommodationForm()
    if not form.validate_on_submit():
        return _accommodations_page(quiz_set, form, 422 if form.is_submitted() else 200)
    try:
        accommodation = services.save_accommodation(quiz_set, form.as_request(learner_zone(current_user)))
    except services.SetError as exc:
        form.form_errors.append(str(exc))
        return _accommodations_page(quiz_set, form, exc.status)
    message = f"Accommodation saved for {accommodation.user.display_name}."
    if is_partial():
        return _accommodations_page(quiz_set, AccommodationForm(formdata=None), saved=message)
    flash(message, "success")
    return redirect(url_for("sets.accommodations", set_id=quiz_set.id), 303)


@bp.post("/sets/<int:set_id>/accommodations/<int:accommodation_id>/remove")
def remove_accommodation(set_id: int, accommodation_id: int) -> Response:
    quiz_set = owned_set(set_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        services.remove_accommodation(quiz_set, accommodation_id)
    except services.SetError as exc:
        return _set_error(exc)
    message = "Accommodation removed: the student follows the set's own rules again."
    if is_partial():
        return _accommodations_page(quiz_set, AccommodationForm(formdata=None), saved=message)
    flash(message, "success")
    return redirect(url_for("sets.accommodations", set_id=quiz_set.id), 303)


# ---------------------------------------------------------------- results


def class_filter(role: str) -> tuple[list[events.ClassScope], events.ClassScope | None]:
    """The viewer's classes (``role``: "teacher" or "student") and the one ``?class=<id>``
    names, or None for everyone; 404 for a class that is not theirs, revealing nothing."""
    scopes = events.class_scopes_for(current_user.id, role) if current_user.is_authenticated else []
    raw = request.args.get("class", "")
    if not raw:
        return scopes, None
    chosen = next((scope for scope in scopes if str(scope.id) == raw), None)
    if chosen is None:
        abort(error_response(404, "There is no such class among yours."))
    return scopes, chosen


@bp.get("/sets/<int:set_id>/results")
def results(set_id: int) -> Response:
    quiz_set = owned_set(set_id)
    classes, chosen = class_filter("teacher")
    close_overdue_attempts(app_now(), quiz_set_id=quiz_set.id)
    scope = chosen.students if chosen else None
    # Item analysis on each student's first finished attempt (Moodle's default), or on all.
    basis = request.args.get("attempts", "first")
    if basis not in stats.ANALYSIS_BASES:
        return error_response(400, "Item analysis can be on first attempts or on all attempts.")
    page = parse_id(request.args.get("page", "1"))
    students = stats.student_page(quiz_set, page or 1, STUDENTS_PER_PAGE, scope)
    pages = max(1, -(-students.students // STUDENTS_PER_PAGE))
    if page is None or not 1 <= page <= pages:
        return error_response(404, "There is no such page of students.")
    scores = stats.class_scores(quiz_set, scope)
    analysis = stats.analyse(quiz_set, basis, students=scope)
    return render(
        "sets/results.html",
        "sets/_results.html",
        quiz_set=quiz_set,
        rows=students.rows,
        student_count=students.students,
        first_row=(page - 1) * STUDENTS_PER_PAGE + 1,
        page_number=page,
        pages=pages,
        items=analysis.items,
        paragraphs=analysis.paragraphs,
        bins=scores.bins,
        counted_count=scores.counted,
        basis=scores.counted if basis == "first" else scores.finished,
        basis_kind=basis,
        type_labels=TYPE_LABELS,
        grading_labels=GRADING_LABELS,
        classes=classes,
        given_classes=stats.scopes_given(quiz_set, classes),
        chosen_class=chosen,
        class_args={"class": chosen.id} if chosen else {},
        accommodations=services.accommodations_of(quiz_set),
    )


def _set_attempt(quiz_set: QuizSet, attempt_id: int) -> Attempt:
    """An attempt at this set (closed first if it is over); 404 for any other."""
    close_overdue_attempts(app_now(), quiz_set_id=quiz_set.id)
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.quiz_set_id != quiz_set.id:
        abort(404)
    return attempt


def _attempt_page(
    quiz_set: QuizSet, attempt: Attempt, status: int = 200, saved: str | None = None, problem: dict[str, Any] | None = None,
    used_form: str | None = None,
) -> Response:
    """The owner's view of one attempt, with the marking forms; ``problem`` is a refused
    change (``where``: a question's id or "attempt", ``message``, what was typed). After an
    htmx save, ``used_form`` (the id of the form sent) gets the focus back: the swap replaces
    the button the teacher pressed, and a keyboard user would otherwise start again at the top."""
    return render(
        "sets/attempt.html",
        "sets/_attempt.html",
        status,
        quiz_set=quiz_set,
        attempt=attempt,
        rows=review_rows(attempt),
        student=attempt_student(attempt),
        marking=True,
        mark_form=EmptyForm(),
        history=marking.attempt_history(attempt),
        saved=saved,
        problem=problem or {},
        used_form=used_form,
    )


@bp.get("/sets/<int:set_id>/results/<int:attempt_id>")
def attempt_detail(set_id: int, attempt_id: int) -> Response:
    quiz_set = owned_set(set_id)
    return _attempt_page(quiz_set, _set_attempt(quiz_set, attempt_id))


def _marked(quiz_set: QuizSet, attempt: Attempt, message: str, anchor: str) -> Response:
    """After a marking change: the region again (htmx) or the page (303) at ``anchor``."""
    if is_partial():
        db.session.expire_all()  # read the new score and marks
        return _attempt_page(quiz_set, attempt, saved=message, used_form=anchor)
    flash(message, "success")
    return redirect(url_for("sets.attempt_detail", set_id=quiz_set.id, attempt_id=attempt.id, _anchor=anchor), 303)


@bp.post("/sets/<int:set_id>/results/<int:attempt_id>/questions/<int:aq_id>/mark")
def mark_question(set_id: int, attempt_id: int, aq_id: int) -> Response:
    """Set or clear a question's mark by hand, with a comment (the score is recomputed)."""
    quiz_set = owned_set(set_id)
    attempt = _set_attempt(quiz_set, attempt_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    typed = {"mark": request.form.get("mark", "")[:50], "comment": request.form.get("comment", "")}
    try:
        changed = marking.mark_question(
            attempt, aq_id, marking.parse_mark(typed["mark"]), typed["comment"], by=current_user.id, now=app_now()
        )
    except services.SetError as exc:
        if exc.status != 422:
            return _set_error(exc)
        return _attempt_page(quiz_set, attempt, 422, problem={"where": aq_id, "message": str(exc), **typed})
    return _marked(quiz_set, attempt, "Mark and comment saved; the score is recomputed." if changed else "Nothing changed.", f"mark-form-{aq_id}")


@bp.post("/sets/<int:set_id>/results/<int:attempt_id>/comment")
def comment_attempt(set_id: int, attempt_id: int) -> Response:
    """The owner's comment on the whole attempt."""
    quiz_set = owned_set(set_id)
    attempt = _set_attempt(quiz_set, attempt_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    comment = request.form.get("comment", "")
    try:
        changed = marking.comment_attempt(attempt, comment, by=current_user.id, now=app_now())
    except services.SetError as exc:
        if exc.status != 422:
            return _set_error(exc)
        return _attempt_page(quiz_set, attempt, 422, problem={"where": "attempt", "message": str(exc), "comment": comment})
    return _marked(quiz_set, attempt, "Comment saved." if changed else "Nothing changed.", "attempt-comment")


def attempt_student(attempt: Attempt) -> str:
    from quizapp.auth.models import User

    user = db.session.get(User, attempt.user_id)
    return user.display_name if user else "?"


# ---------------------------------------------------------------- exports


def _export(header: list[str], rows, filename: str, fmt: str, title: str) -> Response:
    if fmt == "csv":
        # A text/* mimetype gets "; charset=utf-8" from Werkzeug.
        response = Response(stream_with_context(exports.csv_chunks(header, rows)), mimetype="text/csv")
    else:
        path = exports.write_xlsx(header, rows, title)
        response = Response(
            exports.file_chunks(path), mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/sets/<int:set_id>/export/<shape>.<fmt>")
def export(set_id: int, shape: str, fmt: str) -> Response:
    quiz_set = owned_set(set_id)
    if shape not in exports.SET_SHAPES or fmt not in exports.FORMATS:
        abort(404)
    _classes, chosen = class_filter("teacher")
    close_overdue_attempts(app_now(), quiz_set_id=quiz_set.id)
    header, rows = exports.set_table(quiz_set, shape, viewer_zone(), chosen.students if chosen else None)
    suffix = f"-class-{chosen.id}" if chosen else ""
    return _export(header, rows, f"set-{quiz_set.id}-{shape}{suffix}", fmt, quiz_set.title)


@bp.get("/sets/history/<shape>.<fmt>")
def history_export(shape: str, fmt: str) -> Response:
    """A learner's own attempts (self-study and sets); only ever the current user's."""
    if not current_user.is_authenticated or shape not in exports.SHAPES or fmt not in exports.FORMATS:
        abort(404)
    _classes, chosen = class_filter("student")
    close_overdue_attempts(app_now(), user_id=current_user.id)
    header, rows = exports.history_table(current_user.id, shape, viewer_zone(), chosen.sets if chosen else None)
    suffix = f"-class-{chosen.id}" if chosen else ""
    return _export(header, rows, f"my-quizzes-{shape}{suffix}", fmt, "My quizzes")


# ---------------------------------------------------------------- joining


@bp.get("/join")
def join() -> Response:
    form = JoinForm(request.args)
    if request.args.get("code") and form.validate():
        return redirect(url_for("sets.join_code", code=services.normalise_code(form.code.data)))
    return render("sets/join.html", "sets/_join.html", 422 if "code" in request.args else 200, form=form, quiz_set=None)


@bp.get("/join/<code>")
def join_code(code: str) -> Response:
    quiz_set = _set_for_code(code)
    if isinstance(quiz_set, Response):
        return quiz_set
    return render("sets/join.html", "sets/_join.html", **_join_context(quiz_set))


def _set_for_code(code: str) -> QuizSet | Response:
    """The set with this code, or a 404/429 page. Wrong codes are counted against the
    signed-in account, or the address of an anonymous client (see ``services.guess_keys``)."""
    now = app_now()
    signed_in = _signed_in()
    keys = services.guess_keys(current_user.id if signed_in else None, request.remote_addr, current_app.config["SECRET_KEY"])
    if wait := services.join_wait_seconds(keys, now):
        hint = "" if signed_in else " Signed-in students are not held up by wrong codes typed by others on the same connection."
        response = error_response(429, f"Too many wrong join codes. Wait {wait} second{'s' if wait != 1 else ''}, then try again.{hint}")
        response.headers["Retry-After"] = str(wait)
        return response
    quiz_set = services.find_by_code(services.normalise_code(code))
    if quiz_set is None:
        services.record_join_failure(keys, now)
        form = JoinForm(formdata=None, code=code[:20])
        form.code.errors = ["No quiz set has that code. Check it with your teacher."]
        return render("sets/join.html", "sets/_join.html", 404, form=form, quiz_set=None)
    return quiz_set


def _join_context(quiz_set: QuizSet) -> dict:
    now = app_now()
    user_id = current_user.id if _signed_in() else None
    if user_id:
        # An abandoned attempt that is over shows as finished, and a new one may be started.
        close_overdue_attempts(now, quiz_set_id=quiz_set.id, user_id=user_id)
    attempts = services.attempts_by(quiz_set, user_id) if user_id else []
    return {
        "quiz_set": quiz_set,
        "rules": services.rules_for(quiz_set, user_id),  # the set's rules as they apply to this student
        "form": JoinForm(formdata=None),
        "start_form": EmptyForm(),
        "signed_in": user_id is not None,
        "attempts": attempts,
        "in_progress": next((a for a in attempts if not a.is_finished), None),
        "reason": services.unavailable_reason(quiz_set, user_id, now, viewer_zone()),
        "grading_labels": GRADING_LABELS,
        "next_url": url_for("sets.join_code", code=quiz_set.join_code),
    }


@bp.post("/join/<code>/start")
def start(code: str) -> Response:
    quiz_set = _set_for_code(code)
    if isinstance(quiz_set, Response):
        return quiz_set
    if not _signed_in():
        flash("Sign in or register to take this set, so your teacher sees your results.", "info")
        return redirect(url_for("auth.login", next=url_for("sets.join_code", code=quiz_set.join_code)), 303)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        attempt = services.start_set_attempt(quiz_set, current_user.id, now=app_now(), zone=viewer_zone())
    except services.SetError as exc:
        return error_response(exc.status, str(exc))
    position = next_unanswered_position(attempt) or len(attempt.questions)  # all answered: the last, with Finish
    return redirect(url_for("quiz.question", attempt_id=attempt.id, position=position), 303)
