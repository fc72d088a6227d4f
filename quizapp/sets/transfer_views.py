"""Import a file's questions into a set (preview, then confirm) and export a set or a
document in any format with its loss report (quizapp/formats/).

Owner-only like the builder: 404 to everyone else. The upload route has its own body limit.
"""
from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from quizapp import formats
from quizapp.auth.forms import EmptyForm
from quizapp.bank.models import Document
from quizapp.bank.user_documents import may_see_bank
from quizapp.errors import body_limit
from quizapp.extensions import db
from quizapp.sets import transfer
from quizapp.formats.bankio import BankItems
from quizapp.formats.preview import uploaded
from quizapp.htmx import render
from quizapp.sets import bp
from quizapp.sets.models import QuizSet
from quizapp.sets.services import SetError
from quizapp.sets.views import owned_set


def _format_lists() -> dict[str, Any]:
    return {
        "import_formats": [formats.get(n) for n in formats.names(can_import=True)],
        "export_formats": [formats.get(n) for n in formats.names(can_export=True)],
    }


def _import_page(quiz_set: QuizSet, *, preview: transfer.ImportPreview | None = None, message: str = "", status: int = 200) -> Response:
    return render(
        "sets/import.html", "sets/_import.html", status, quiz_set=quiz_set, preview=preview, message=message,
        form=EmptyForm(formdata=None), limit_mb=transfer.UPLOAD_LIMIT // (1024 * 1024), **_format_lists(),
    )


@bp.route("/sets/<int:set_id>/import", methods=["GET", "POST"])
@body_limit(transfer.UPLOAD_LIMIT)
def import_file(set_id: int) -> Response:
    """GET: the upload form. POST: read the file and show what it holds; nothing is stored."""
    quiz_set = owned_set(set_id)
    if request.method == "GET":
        return _import_page(quiz_set)
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        preview = transfer.preview_import(quiz_set, *uploaded(request))
    except transfer.ImportRefused as exc:
        return _import_page(quiz_set, message=str(exc), status=422)
    return _import_page(quiz_set, preview=preview)


@bp.post("/sets/<int:set_id>/import/confirm")
@body_limit(transfer.UPLOAD_LIMIT)
def confirm_import(set_id: int) -> Response:
    """Store the previewed questions (the bad ones only when the teacher chose to skip them)."""
    quiz_set = owned_set(set_id)
    form = EmptyForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        preview = transfer.preview_from_token(quiz_set, request.form.get("token", ""))
    except transfer.ImportRefused as exc:
        return _import_page(quiz_set, message=str(exc), status=400)
    try:
        added = transfer.confirm_import(quiz_set, preview, skip_bad=request.form.get("skip_bad") == "1")
    except SetError as exc:
        db.session.rollback()
        return _import_page(quiz_set, preview=preview, message=str(exc), status=exc.status)
    flash(f"{added} question(s) imported from “{preview.filename}” and added to the set.", "success")
    return redirect(url_for("sets.builder", set_id=quiz_set.id, _anchor="set-items"), 303)


def _exported(format_name: str, items: BankItems, passages: dict[int, str]) -> Response:
    """The items written in ``format_name`` as a download (with its loss report when ?zip=1)."""
    if format_name not in formats.names(can_export=True):
        abort(404)
    result, _ = transfer.export(format_name, items, passages, zipped=request.args.get("zip") == "1")
    return _download(result)


def _download(result: formats.ExportResult) -> Response:
    kind = {"xml": "application/xml", "zip": "application/zip", "apkg": "application/octet-stream",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}.get(result.filename.rsplit(".", 1)[-1], "text/plain; charset=utf-8")
    response = Response(result.data, mimetype=kind)
    response.headers["Content-Disposition"] = f'attachment; filename="{result.filename}"'
    return response


@bp.get("/sets/<int:set_id>/transfer/export")
def export_set(set_id: int) -> Response:
    quiz_set = owned_set(set_id)
    items, passages = transfer.set_items(quiz_set)
    return _export_with_report(
        items, passages, f"“{quiz_set.title}”", url_for("sets.builder", set_id=quiz_set.id), "sets.download_set", {"set_id": quiz_set.id}
    )


@bp.get("/sets/<int:set_id>/transfer/export/<format_name>")
def download_set(set_id: int, format_name: str) -> Response:
    return _exported(format_name, *transfer.set_items(owned_set(set_id)))


def _document_or_404(slug: str) -> Document:
    """A bank document this account may see (a user's unlisted bank only to its owner, as on
    every list of banks); exporting one needs an account."""
    if not current_user.is_authenticated or current_user.is_guest:
        abort(404)
    document = db.session.execute(select(Document).filter_by(slug=slug)).scalar_one_or_none()
    if document is None or not may_see_bank(document.id, current_user.id):
        abort(404)
    return document


@bp.get("/sets/bank/<slug>/export")
def export_document(slug: str) -> Response:
    document = _document_or_404(slug)
    items, passages = transfer.document_items(document)
    return _export_with_report(items, passages, f"the bank of “{document.title}”", url_for("bank.home"), "sets.download_document", {"slug": slug})


@bp.get("/sets/bank/<slug>/export/<format_name>")
def download_document(slug: str, format_name: str) -> Response:
    return _exported(format_name, *transfer.document_items(_document_or_404(slug)))


def _export_with_report(
    items: BankItems, passages: dict[int, str], title: str, back_url: str, download_endpoint: str, args: dict[str, object]
) -> Response:
    """The format picker and, for the chosen format, what it cannot carry, item by item."""
    chosen = request.args.get("format", "")
    lost = None
    if chosen:
        if chosen not in formats.names(can_export=True):
            return render(
                "sets/export.html", "sets/_export.html", 404, title=title, back_url=back_url, chosen="", lost=None,
                message=f"“{chosen}” is not a format Quizapp writes.", download_endpoint=download_endpoint, args=args,
                counts=(len(items.questions), len(items.cards)), **_format_lists(),
            )
        result, _ = transfer.export(chosen, items, passages)
        lost = result.lost
    return render(
        "sets/export.html", "sets/_export.html", title=title, back_url=back_url, chosen=chosen, lost=lost, message="",
        download_endpoint=download_endpoint, args=args, counts=(len(items.questions), len(items.cards)), **_format_lists(),
    )
