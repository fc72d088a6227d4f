"""Import a question file into one of the user's own documents (preview, then confirm), and attach
paragraphs of the document to what it brought (``quizapp/documents/transfer.py``). Owner-only:
404 to everyone else. The upload routes have their own body limit."""
from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from quizapp import formats
from quizapp.auth.forms import EmptyForm
from quizapp.bank.user_documents import UserDocument
from quizapp.documents import bp, services, transfer
from quizapp.documents.views import _fail, _groups, owned_document
from quizapp.errors import body_limit
from quizapp.formats.preview import uploaded
from quizapp.htmx import is_partial, render


def _import_page(document: UserDocument, *, preview: transfer.ImportPreview | None = None, message: str = "", status: int = 200) -> Response:
    return render(
        "documents/import_items.html", "documents/_import_items.html", status, document=document, preview=preview, message=message,
        form=EmptyForm(formdata=None), limit_mb=transfer.UPLOAD_LIMIT // (1024 * 1024),
        import_formats=[formats.get(n) for n in formats.names(can_import=True)],
    )


@bp.route("/documents/<int:document_id>/items/import", methods=["GET", "POST"])
@body_limit(transfer.UPLOAD_LIMIT)
def import_items(document_id: int) -> Response:
    """GET: the upload form. POST: read the file and show what it holds; nothing is stored."""
    document = owned_document(document_id)
    if request.method == "GET":
        return _import_page(document)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        preview = transfer.preview_import(document, *uploaded(request))
    except transfer.ImportRefused as exc:
        return _import_page(document, message=str(exc), status=422)
    return _import_page(document, preview=preview)


@bp.post("/documents/<int:document_id>/items/import/confirm")
@body_limit(transfer.UPLOAD_LIMIT)
def confirm_items(document_id: int) -> Response:
    """Store the previewed items as unsourced drafts (the bad ones only when the owner chose to skip them)."""
    document = owned_document(document_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        preview = transfer.preview_from_token(document, request.form.get("token", ""))
    except transfer.ImportRefused as exc:
        return _import_page(document, message=str(exc), status=400)
    try:
        added = transfer.confirm_import(document, preview, skip_bad=request.form.get("skip_bad") == "1")
    except services.DocumentError as exc:
        return _import_page(document, preview=preview, message=str(exc), status=exc.status)
    message = f"{added} item(s) imported from “{preview.filename}” as drafts citing no paragraph yet: attach the paragraphs that settle each."
    if added < len(preview.good):
        message += f" {len(preview.good) - added} were imported before and were not added again."
    flash(message, "success")
    url = url_for("documents.review_page", document_id=document.id, _anchor=f"paragraph-{transfer.UNSOURCED}")
    if is_partial():
        response = Response(status=204)
        response.headers["HX-Redirect"] = url
        return response
    return redirect(url, 303)


@bp.post("/documents/<int:document_id>/drafts/<int:draft_id>/paragraphs")
def attach(document_id: int, draft_id: int) -> Response:
    """Cite paragraphs of the document for an imported draft; grounding runs against them."""
    document = owned_document(document_id)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        draft = services.get_draft(document, draft_id)
        problems = transfer.attach_paragraphs(document, draft, request.form.get("paragraphs", ""))
    except services.DocumentError as exc:
        return _fail(exc)
    cited = ", ".join(str(n) for n in draft.item["source"])
    message = f"Paragraphs {cited} attached." + (" Grounding found problems: see them under the item." if problems else "")
    if not is_partial():
        flash(message, "success" if not problems else "info")
        return redirect(url_for("documents.review_page", document_id=document.id, _anchor=f"draft-{draft.id}"), 303)
    drafts = services.drafts_of(document)
    return render(
        "documents/review.html", "documents/_review.html", document=document, groups=_groups(document, drafts),
        progress=services.progress(drafts), status_message=message,
    )
