"""Routes for a user's documents: parse the request, call ``services``, render (thin)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import abort, flash, redirect, request, url_for
from flask_login import current_user
from werkzeug.datastructures import FileStorage
from werkzeug.wrappers import Response

from quizapp.bank.models import Document
from quizapp.documents import bp, services
from quizapp.documents.forms import CardForm, DetailsForm, ImportForm, PublishForm
from quizapp.bank.user_documents import DocumentDraft, UserDocument
from quizapp.documents.reading import (
    LANGUAGES,
    ReadDocument,
    UnreadableDocument,
    detect_language,
    read_file,
    read_pasted,
)
from quizapp.errors import UPLOAD_LIMITS, error_response
from quizapp.extensions import db
from quizapp.htmx import is_partial, render
from quizapp.quiz.forms import TYPE_LABELS
from quizapp.sets.forms import QuestionForm

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
TOO_LARGE = "Files up to 10 MB can be imported. Nothing was stored: split the document, or paste its text."
for _endpoint in ("documents.create", "documents.reimport"):
    UPLOAD_LIMITS[f"{_endpoint}"] = (MAX_UPLOAD_BYTES, TOO_LARGE)


@bp.context_processor
def labels() -> dict[str, Any]:
    return {"type_labels": TYPE_LABELS}


# "How many drafts per paragraph" on the Make-the-drafts form: its values and what each keeps.
DRAFTS_PER_PARAGRAPH: dict[str, int | None] = {"1": 1, "2": 2, "3": 3, "all": None}


def _signed_in() -> bool:
    return current_user.is_authenticated and not current_user.is_guest


def _user_id() -> int | None:
    return current_user.id if current_user.is_authenticated else None


def owned_document(document_id: int) -> UserDocument:
    """The signed-in owner's document; 404 for anyone else, whatever it is."""
    document = db.session.get(UserDocument, document_id)
    if document is None or not current_user.is_authenticated or document.owner_id != current_user.id:
        abort(404)
    return document


def _fail(exc: services.DocumentError) -> Response:
    message = " ".join([str(exc), *exc.problems])
    return error_response(exc.status, message)


def _back(url: str, message: str = "") -> Response:
    """After a full-page POST: 303 to the page (or HX-Redirect for an htmx form that wants it)."""
    if message:
        flash(message, "success")
    if is_partial():
        response = Response(status=204)
        response.headers["HX-Redirect"] = url
        return response
    return redirect(url, 303)


# ---------------------------------------------------------------- list and import


@bp.get("/documents/")
def index() -> Response:
    if not _signed_in():
        return redirect(url_for("auth.login", next=request.path))
    return _index_page(ImportForm(formdata=None))


def _index_page(form: ImportForm, status: int = 200) -> Response:
    documents = services.documents_owned_by(current_user.id)
    return render("documents/index.html", "documents/_import_form.html", status, form=form, documents=documents, action=url_for("documents.create"))


def _read_upload(form: ImportForm) -> tuple[ReadDocument, str]:
    """What was sent, read: exactly one of a file and pasted text."""
    upload: FileStorage | None = form.file.data if isinstance(form.file.data, FileStorage) and form.file.data.filename else None
    text = (form.text.data or "").strip()
    if upload is not None and text:
        raise UnreadableDocument("Send a file or paste text, not both.")
    if upload is not None:
        filename = upload.filename or "upload"
        try:
            data = upload.read()
        finally:
            upload.close()  # a large upload is a temporary file: close it now, not at collection
        return read_file(filename, data), filename
    if text:
        return read_pasted(text), "pasted text"
    raise UnreadableDocument("Choose a file or paste some text.")


@bp.post("/documents/")
def create() -> Response:
    if not _signed_in():
        abort(404)
    form = ImportForm()
    if not form.validate_on_submit():
        return _index_page(form, 422)
    try:
        read, origin = _read_upload(form)
    except UnreadableDocument as exc:
        form.form_errors.append(str(exc))
        return _index_page(form, 422)
    if (form.title.data or "").strip():
        read = ReadDocument(form.title.data.strip(), read.blocks)
    document = services.import_document(current_user.id, read, origin, detect_language(read.blocks))
    return _back(url_for("documents.show", document_id=document.id), f"Imported {len(read.blocks)} paragraphs. Check them, then make the drafts.")


# ---------------------------------------------------------------- one document and its paragraphs


@bp.get("/documents/<int:document_id>")
def show(document_id: int) -> Response:
    document = db.session.get(UserDocument, document_id)
    if document is None or not services.may_see(document, _user_id()):
        abort(404)
    owner = document.owner_id == _user_id()
    drafts = services.drafts_of(document) if owner else []
    return render(
        "documents/show.html",
        "documents/_paragraphs.html",
        document=document,
        bank=db.session.get(Document, document.bank_document_id) if document.bank_document_id else None,
        owner=owner,
        paragraphs=services.paragraphs_of(document),
        version=services.current_version(document),
        details=DetailsForm(formdata=None, obj=document),
        import_form=ImportForm(formdata=None),
        publish_form=PublishForm(formdata=None, listed=document.published),
        progress=services.progress(drafts),
        languages=LANGUAGES,
    )


@bp.post("/documents/<int:document_id>/details")
def details(document_id: int) -> Response:
    document = owned_document(document_id)
    form = DetailsForm()
    try:
        services.update_details(document, form.title.data or "", form.language.data or "")
    except services.DocumentError as exc:
        return _fail(exc)
    return _back(url_for("documents.show", document_id=document.id), "Saved.")


def _paragraph_change(document: UserDocument, report: services.VersionReport, message: str) -> Response:
    if report.new_version:
        message += f" Drafts already made are kept in version {document.version}: {report.kept} unchanged, {report.flagged} to review again, {report.dropped} dropped."
    return _back(url_for("documents.show", document_id=document.id, _anchor="paragraphs"), message)


@bp.post("/documents/<int:document_id>/paragraphs/<int:number>/merge")
def merge(document_id: int, number: int) -> Response:
    document = owned_document(document_id)
    try:
        report = services.merge_with_next(document, number)
    except services.DocumentError as exc:
        return _fail(exc)
    return _paragraph_change(document, report, f"Paragraphs {number} and {number + 1} merged.")


@bp.post("/documents/<int:document_id>/paragraphs/<int:number>/heading")
def heading(document_id: int, number: int) -> Response:
    document = owned_document(document_id)
    try:
        report = services.toggle_heading(document, number)
    except services.DocumentError as exc:
        return _fail(exc)
    return _paragraph_change(document, report, f"Paragraph {number} changed.")


@bp.route("/documents/<int:document_id>/paragraphs/<int:number>/split", methods=["GET", "POST"])
def split(document_id: int, number: int) -> Response:
    document = owned_document(document_id)
    paragraphs = services.paragraphs_of(document)
    if not 1 <= number <= len(paragraphs):
        abort(404)
    paragraph = paragraphs[number - 1]
    error = ""
    text = paragraph.text
    if request.method == "POST":
        text = request.form.get("text", "")
        try:
            report = services.split_paragraph(document, number, text)
        except services.DocumentError as exc:
            if exc.status != 422:
                return _fail(exc)
            error = str(exc)
        else:
            return _paragraph_change(document, report, f"Paragraph {number} split.")
    return render("documents/split.html", "documents/_split_form.html", 422 if error else 200, document=document, paragraph=paragraph, text=text, error=error)


@bp.post("/documents/<int:document_id>/reimport")
def reimport(document_id: int) -> Response:
    document = owned_document(document_id)
    form = ImportForm()
    try:
        if not form.validate_on_submit():
            raise UnreadableDocument("The form could not be read.")
        read, origin = _read_upload(form)
    except UnreadableDocument as exc:
        return error_response(422, f"{exc} Nothing was changed.")
    report = services.reimport(document, read, origin)
    if not report.new_version and not services.drafts_of(document):
        message = "Paragraphs replaced by the new text."
    elif not report.new_version:
        message = "The text is the same as the current version: nothing changed."
    else:
        message = f"Version {document.version} made: {report.kept} drafts unchanged, {report.flagged} accepted ones to review again, {report.dropped} dropped."
    return _back(url_for("documents.show", document_id=document.id), message)


@bp.post("/documents/<int:document_id>/derive")
def derive(document_id: int) -> Response:
    document = owned_document(document_id)
    per_paragraph = request.form.get("per_paragraph", "all")
    if per_paragraph not in DRAFTS_PER_PARAGRAPH:
        abort(400)
    added = services.derive(document, per_paragraph=DRAFTS_PER_PARAGRAPH[per_paragraph])
    return _back(url_for("documents.review_page", document_id=document.id), f"{added} new drafts made.")


# ---------------------------------------------------------------- review


@dataclass(frozen=True)
class UnsourcedItems:
    """The group of imported drafts that cite no paragraph yet (``transfer.UNSOURCED``)."""

    number: int = 0
    text: str = "Imported from a question file: these items cite no paragraph of the document yet. Attach the paragraphs that settle each one."
    is_heading: bool = False


@dataclass(frozen=True)
class GoneParagraph:
    """Where a flagged draft's paragraph was, when a later version no longer has it."""

    number: int
    text: str = "(This paragraph is no longer in the document: edit the draft to cite another, or reject it.)"
    is_heading: bool = False


def _groups(document: UserDocument, drafts: list[DocumentDraft]) -> list[tuple[Any, list[DocumentDraft]]]:
    """(paragraph, its drafts) for every content paragraph, in the document's order, and for
    any paragraph that flagged drafts still cite though it is now a heading or gone."""
    by_paragraph: dict[int, list[DocumentDraft]] = {}
    for draft in drafts:
        by_paragraph.setdefault(draft.paragraph, []).append(draft)
    paragraphs = services.paragraphs_of(document)
    groups: list[tuple[Any, list[DocumentDraft]]] = [
        (p, by_paragraph.get(p.number, [])) for p in paragraphs if not p.is_heading or p.number in by_paragraph
    ]
    groups += [(GoneParagraph(n), by_paragraph[n]) for n in sorted(by_paragraph) if n > len(paragraphs)]
    if by_paragraph.get(UnsourcedItems.number):
        groups.insert(0, (UnsourcedItems(), by_paragraph[UnsourcedItems.number]))
    return groups


@bp.get("/documents/<int:document_id>/review")
def review_page(document_id: int) -> Response:
    document = owned_document(document_id)
    drafts = services.drafts_of(document)
    return render(
        "documents/review.html",
        "documents/_review.html",
        document=document,
        groups=_groups(document, drafts),
        progress=services.progress(drafts),
        publish_form=PublishForm(formdata=None, listed=document.published),
    )


def _group_response(document: UserDocument, paragraph: int, anchor: str) -> Response:
    """The paragraph's region (and the progress line) for htmx; else back to the page."""
    if not is_partial():
        return redirect(url_for("documents.review_page", document_id=document.id, _anchor=anchor), 303)
    drafts = services.drafts_of(document)
    group = next((g for g in _groups(document, drafts) if g[0].number == paragraph), None)
    if group is None:
        abort(404)
    return render("documents/review.html", "documents/_group_swap.html", document=document, group=group, progress=services.progress(drafts))


@bp.post("/documents/<int:document_id>/drafts/<int:draft_id>/<any(accept, reject, undo):action>")
def review_draft(document_id: int, draft_id: int, action: str) -> Response:
    document = owned_document(document_id)
    try:
        draft = services.get_draft(document, draft_id)
        services.review(draft, action)
    except services.DocumentError as exc:
        return _fail(exc)
    return _group_response(document, draft.paragraph, f"draft-{draft.id}")


@bp.post("/documents/<int:document_id>/paragraphs/<int:number>/accept-all")
def accept_all(document_id: int, number: int) -> Response:
    document = owned_document(document_id)
    services.accept_all(document, number)
    return _group_response(document, number, f"paragraph-{number}")


@bp.post("/documents/<int:document_id>/paragraphs/<int:number>/another")
def another(document_id: int, number: int) -> Response:
    document = owned_document(document_id)
    try:
        added = services.another_draft(document, number)
    except services.DocumentError as exc:
        return _fail(exc)
    if not added and not is_partial():
        flash(f"The drafter has no other draft for paragraph {number}.", "info")
    return _group_response(document, number, f"paragraph-{number}")


@bp.route("/documents/<int:document_id>/drafts/<int:draft_id>/edit", methods=["GET", "POST"])
def edit_draft(document_id: int, draft_id: int) -> Response:
    document = owned_document(document_id)
    try:
        draft = services.get_draft(document, draft_id)
    except services.DocumentError:
        abort(404)
    paragraphs = services.paragraphs_of(document)
    context: dict[str, Any] = {"document": document, "draft": draft, "paragraph": next((p for p in paragraphs if p.number == draft.paragraph), None)}
    back = url_for("documents.review_page", document_id=document.id, _anchor=f"draft-{draft.id}")
    if draft.kind == "card":
        card_form = CardForm() if request.method == "POST" else CardForm(formdata=None, data=draft.item)
        if card_form.validate_on_submit():
            problems = services.edit_card_draft(document, draft, card_form.front.data or "", card_form.back.data or "")
            if not problems:
                    return _back(back, "Card saved and accepted.")
            card_form.form_errors.extend(problems)
        return render("documents/edit.html", "documents/_edit_form.html", 422 if card_form.is_submitted() else 200, form=card_form, **context)
    form = QuestionForm() if request.method == "POST" else QuestionForm.from_content(services.editable_content(document, draft))
    form.source.description = f"Numbers of the paragraphs that settle the answer (1–{len(paragraphs)}, not headings), e.g. 3, 7."
    if form.validate_on_submit():
        result = services.edit_question_draft(document, draft, form.raw())
        if result.ok:
            return _back(back, "Question saved and accepted.")
        form.show_problems(result.problems)
    return render("documents/edit.html", "documents/_edit_form.html", 422 if form.is_submitted() else 200, form=form, **context)


# ---------------------------------------------------------------- publish


@bp.post("/documents/<int:document_id>/publish")
def publish(document_id: int) -> Response:
    document = owned_document(document_id)
    form = PublishForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        report = services.publish(document, bool(form.listed.data))
    except services.DocumentError as exc:
        return _fail(exc)
    who = "everyone" if document.published else "you (and your quiz sets' students)"
    return _back(url_for("documents.show", document_id=document.id), f"Published for {who}: {report}.")


@bp.get("/documents/<int:document_id>/bank.zip")
def download(document_id: int) -> Response:
    document = owned_document(document_id)
    try:
        filename, data = services.bank_zip(document)
    except services.DocumentError as exc:
        return _fail(exc)
    response = Response(data, mimetype="application/zip")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
