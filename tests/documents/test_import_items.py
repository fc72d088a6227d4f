"""A question file into one of the user's own documents: preview, confirm (skipping the bad
items only when asked), unsourced drafts with the checks' findings shown, paragraphs attached
and grounded, and a bank published from them."""
from __future__ import annotations

import re

from sqlalchemy import select

from quizapp.bank.models import Document, Question
from quizapp.extensions import db
from tests.documents.helpers import drafts, import_text, upload
from tests.helpers.app import HX

# Paragraphs of tests/documents/fixtures.ARTICLE: 1 and 4 are headings; 3 names the architect,
# Sostratus of Cnidus; 5 gives the year of Qaitbay's fortress, 1477.
GIFT = b"""\
// A teacher's questions on the lighthouse, written for these tests.
::sostratus:: Who was the architect of the Lighthouse of Alexandria? {=Sostratus of Cnidus ~Ptolemy II ~Sultan Qaitbay}

::fortress:: In which year did Qaitbay build his fortress on the site? {#1477}

::broken:: Which of these is right? {~one ~two ~three}

::mars:: Which planet is red? {=Mars ~Venus ~Jupiter}
"""


def _url(document_id: int, rest: str = "") -> str:
    return f"/documents/{document_id}/items/import{rest}"


def _token(page: str) -> str:
    return re.search(r'name="token" value="([^"]+)"', page).group(1)


def _preview(client, document_id: int, data: bytes = GIFT, name: str = "lighthouse.gift", headers=None):
    return upload(client, name, data, headers=headers, url=_url(document_id))


def _imported(client, auth, app) -> tuple[int, dict[str, int]]:
    """A document with the file's three good items imported; their draft ids by prompt word."""
    auth.create_and_login("teacher")
    document_id = import_text(client)
    token = _token(_preview(client, document_id).get_data(as_text=True))
    assert client.post(_url(document_id, "/confirm"), data={"token": token, "skip_bad": "1"}).status_code == 303
    ids = {}
    for draft in drafts(app, document_id):
        word = {"single_choice": "architect", "numeric": "year"}[draft.item["type"]] if "planet" not in draft.item["prompt"] else "planet"
        ids[word] = draft.id
    return document_id, ids


def test_the_preview_shows_what_was_read_what_was_not_and_what_the_checks_say(client, auth, app):
    auth.create_and_login("teacher")
    document_id = import_text(client)
    assert "Import questions from a file" in client.get(f"/documents/{document_id}").get_data(as_text=True)
    page = _preview(client, document_id)
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "<html" in text
    assert "3 item(s) can be imported, 1 cannot" in text
    assert "Not imported:</strong>" in text and "lighthouse.gift" in text
    assert "grounding: the key is in paragraph 3" in text  # Sostratus of Cnidus
    assert "grounding: the key is in paragraph 5" in text  # 1477
    assert "the key &#39;Mars&#39; is not in this document" in text
    assert drafts(app, document_id) == []  # a preview stores nothing


def test_nothing_is_imported_from_a_file_with_bad_items_unless_they_are_skipped(client, auth, app):
    auth.create_and_login("teacher")
    document_id = import_text(client)
    token = _token(_preview(client, document_id).get_data(as_text=True))
    refused = client.post(_url(document_id, "/confirm"), data={"token": token})
    assert refused.status_code == 422 and "1 item(s) cannot be imported" in refused.get_data(as_text=True)
    assert drafts(app, document_id) == []
    confirmed = client.post(_url(document_id, "/confirm"), data={"token": token, "skip_bad": "1"})
    assert confirmed.status_code == 303 and confirmed.headers["Location"].endswith(f"/documents/{document_id}/review#paragraph-0")
    stored = drafts(app, document_id)
    assert len(stored) == 3
    assert all(d.item["unsourced"] is True and d.item["source"] == [] and d.paragraph == 0 and d.state == "pending" for d in stored)
    review = client.get(confirmed.headers["Location"]).get_data(as_text=True)
    assert "3 item(s) imported from “lighthouse.gift”" in review
    assert "Imported items without a paragraph" in review and review.count("Unsourced: imported") == 3
    assert "the key &#39;Mars&#39; is not in this document" in review  # findings are shown, not hidden
    # The same file again adds nothing.
    again = client.post(_url(document_id, "/confirm"), data={"token": token, "skip_bad": "1"}, follow_redirects=True)
    assert "3 were imported before" in again.get_data(as_text=True) and len(drafts(app, document_id)) == 3


def test_with_htmx_the_region_swaps_and_the_confirm_redirects(client, auth, app):
    auth.create_and_login("teacher")
    document_id = import_text(client)
    page = _preview(client, document_id, headers=HX)
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "<html" not in text and 'id="document-import"' in text
    confirmed = client.post(_url(document_id, "/confirm"), data={"token": _token(text), "skip_bad": "1"}, headers=HX)
    assert confirmed.status_code == 204 and confirmed.headers["HX-Redirect"].endswith("/review#paragraph-0")
    assert len(drafts(app, document_id)) == 3


def test_unreadable_empty_and_unguessable_files_are_refused_and_change_nothing(client, auth, app):
    auth.create_and_login("teacher")
    document_id = import_text(client)
    for name, data, message in (
        ("bank.xml", b"<quiz><question", "cannot be read as Moodle XML"),
        ("bank.gift", b"", "The file is empty."),
        ("bank.txt", b"x", "could be one of several"),
    ):
        response = _preview(client, document_id, data, name)
        assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert drafts(app, document_id) == []


def test_a_changed_token_or_another_documents_is_refused(client, auth, app):
    auth.create_and_login("teacher")
    first = import_text(client)
    second = import_text(client)
    token = _token(_preview(client, first).get_data(as_text=True))
    changed = client.post(_url(first, "/confirm"), data={"token": token[:-3] + "abc", "skip_bad": "1"})
    assert changed.status_code == 400 and "changed" in changed.get_data(as_text=True)
    other = client.post(_url(second, "/confirm"), data={"token": token, "skip_bad": "1"})
    assert other.status_code == 400 and "another document" in other.get_data(as_text=True)
    assert drafts(app, first) == [] and drafts(app, second) == []


def test_only_the_owner_may_import_or_attach(client, auth, app):
    document_id, ids = _imported(client, auth, app)
    auth.logout()
    auth.create_and_login("mallory")
    assert client.get(_url(document_id)).status_code == 404
    assert _preview(client, document_id).status_code == 404
    attach = client.post(f"/documents/{document_id}/drafts/{ids['architect']}/paragraphs", data={"paragraphs": "3"})
    assert attach.status_code == 404
    assert all(d.item.get("unsourced") for d in drafts(app, document_id))


def test_attached_paragraphs_are_checked_against_the_document(client, auth, app):
    document_id, ids = _imported(client, auth, app)
    url = f"/documents/{document_id}/drafts/{ids['architect']}/paragraphs"
    for typed, message in (
        ("99", "There is no paragraph 99: this document has 7."),
        ("4", "Paragraph 4 is a heading"),
        ("three", "“three” is not a paragraph number"),
        ("", "Write the numbers of the paragraphs"),
    ):
        response = client.post(url, data={"paragraphs": typed})
        assert response.status_code == 422 and message in response.get_data(as_text=True), typed
    fragment = client.post(url, data={"paragraphs": "99"}, headers=HX)
    assert fragment.status_code == 422 and "<html" not in fragment.get_data(as_text=True)
    draft = next(d for d in drafts(app, document_id) if d.id == ids["architect"])
    assert draft.item["unsourced"] is True and draft.paragraph == 0


def test_grounding_runs_against_the_attached_paragraphs(client, auth, app):
    document_id, ids = _imported(client, auth, app)
    url = f"/documents/{document_id}/drafts/{ids['architect']}/paragraphs"
    # Paragraph 5 is about the fortress: the architect's name is not in it.
    wrong = client.post(url, data={"paragraphs": "5"}, follow_redirects=True)
    assert "Grounding found problems" in wrong.get_data(as_text=True)
    draft = next(d for d in drafts(app, document_id) if d.id == ids["architect"])
    assert draft.item["source"] == [5] and "unsourced" not in draft.item and draft.paragraph == 5
    assert draft.problems == ["the key 'Sostratus of Cnidus' is not in the cited paragraph"]
    refused = client.post(f"/documents/{document_id}/drafts/{draft.id}/accept")
    assert refused.status_code == 422
    # Paragraph 3 names him: the draft is ready and can be accepted.
    right = client.post(url, data={"paragraphs": "3"}, headers=HX)
    text = right.get_data(as_text=True)
    assert right.status_code == 200 and 'id="review"' in text and "<html" not in text and "Paragraphs 3 attached." in text
    assert re.search(r'id="paragraph-3".*?Sostratus of Cnidus', text, re.S)
    draft = next(d for d in drafts(app, document_id) if d.id == ids["architect"])
    assert draft.item["source"] == [3] and draft.problems == []
    assert client.post(f"/documents/{document_id}/drafts/{draft.id}/accept").status_code == 303


def test_a_bank_is_published_with_an_attached_and_an_unsourced_item(client, auth, app):
    document_id, ids = _imported(client, auth, app)
    client.post(f"/documents/{document_id}/drafts/{ids['architect']}/paragraphs", data={"paragraphs": "3"})
    for key in ("architect", "year"):
        assert client.post(f"/documents/{document_id}/drafts/{ids[key]}/accept").status_code == 303
    published = client.post(f"/documents/{document_id}/publish", data={"listed": ""})
    assert published.status_code == 303, published.get_data(as_text=True)
    with app.app_context():
        bank = db.session.execute(select(Document).where(Document.slug.like(f"my-{document_id}%"))).scalar_one()
        prompts = set(db.session.execute(select(Question.bank_id).where(Question.document_id == bank.id)).scalars())
        assert len(prompts) == 2


def test_editing_the_documents_paragraphs_keeps_the_unsourced_items(client, auth, app):
    document_id, ids = _imported(client, auth, app)
    client.post(f"/documents/{document_id}/drafts/{ids['architect']}/paragraphs", data={"paragraphs": "3"})
    assert client.post(f"/documents/{document_id}/paragraphs/5/merge").status_code == 303
    kept = drafts(app, document_id)
    assert len(kept) == 3
    assert sum(1 for d in kept if d.item.get("unsourced")) == 2


def test_an_unsourced_question_opens_in_the_editor_and_saving_it_with_a_citation_accepts_it(client, auth, app):
    document_id, ids = _imported(client, auth, app)
    url = f"/documents/{document_id}/drafts/{ids['year']}/edit"
    form = client.get(url)
    assert form.status_code == 200 and "In which year did Qaitbay build his fortress" in form.get_data(as_text=True)
    saved = client.post(url, data={
        "type": "numeric", "prompt": "In which year did Qaitbay build his fortress on the site?", "number": "1477",
        "tolerance": "0", "unit": "", "explanation": "Paragraph 5 gives the year.", "source": "5", "difficulty": "2",
    })
    assert saved.status_code == 303, saved.get_data(as_text=True)
    draft = next(d for d in drafts(app, document_id) if d.id == ids["year"])
    assert draft.state == "accepted" and draft.item["source"] == [5] and "unsourced" not in draft.item
    assert draft.findings == []  # "attach paragraph 5" was said of the item as imported


def test_flashcards_from_a_quizlet_file_arrive_as_unsourced_card_drafts(client, auth, app):
    auth.create_and_login("teacher")
    document_id = import_text(client)
    quizlet = b"Pharos\tThe island where the lighthouse was built\nQaitbay\tThe sultan who built a fortress on the site in 1477\n"
    page = _preview(client, document_id, quizlet, "cards.tsv").get_data(as_text=True)
    assert "2 item(s) can be imported" in page and "Flashcard" in page
    assert client.post(_url(document_id, "/confirm"), data={"token": _token(page)}).status_code == 303
    cards = drafts(app, document_id)
    assert [d.kind for d in cards] == ["card", "card"] and all(d.item["unsourced"] for d in cards)
    assert cards[0].item["front"] == "Pharos" and cards[0].findings


def test_an_upload_over_the_limit_is_refused_before_it_is_read(client, auth, app):
    auth.create_and_login("teacher")
    document_id = import_text(client)
    response = _preview(client, document_id, b"x" * (5 * 1024 * 1024), "big.gift")
    assert response.status_code == 413
    assert drafts(app, document_id) == []


# The lighthouse questions again, with what a bank exported from Quizapp carries beside the
# content: citations of its own source, enemies (one the file does not hold, one that cannot
# be imported) and lint waivers (one of a finding Quizapp has no check for).
PAIRED = b"""\
// quizapp-enemies: fortress, broken, elsewhere
// quizapp-lint-ok: cue-longest: the architect's full name is long
// quizapp-lint-ok: cue-made-up: no such check
::sostratus:: Who was the architect of the Lighthouse of Alexandria? {=Sostratus of Cnidus ~Ptolemy II ~Sultan Qaitbay ####Source: paragraph 9.}

// quizapp-enemies: sostratus
::fortress:: In which year did Qaitbay build his fortress on the site? {#1477}

::broken:: Which of these is right? {~one ~two ~three}
"""


def test_the_preview_says_what_came_with_each_item_and_the_drafts_keep_enemies_and_waivers(client, auth, app):
    auth.create_and_login("teacher")
    document_id = import_text(client)
    page = _preview(client, document_id, PAIRED, "paired.gift").get_data(as_text=True)
    assert "2 item(s) can be imported, 1 cannot" in page
    row = re.search(r"<tr>\s*<td>paired.gift:4</td>.*?</tr>", page, re.S).group(0)
    assert "cites paragraph 9 of the file&#39;s own source: not kept" in row
    assert "the rule never to put it in one quiz with fortress (one gives the other&#39;s answer away): kept" in row
    assert "the rule never to put it in one quiz with broken (one gives the other&#39;s answer away): not kept, that item cannot be imported" in row
    assert "never in one quiz with elsewhere: not kept, the file holds no such question" in row
    assert "the cue-check warning marked as acceptable: cue-longest (“the architect&#39;s full name is long”): kept" in row
    assert "the waiver of “cue-made-up”: not kept, Quizapp&#39;s cue check has no such finding" in row
    assert client.post(_url(document_id, "/confirm"), data={"token": _token(page), "skip_bad": "1"}).status_code == 303
    by_prompt = {d.item["prompt"].split()[0]: d for d in drafts(app, document_id)}
    architect, year = by_prompt["Who"], by_prompt["In"]
    assert architect.item["enemies"] == [year.item["id"]] and year.item["enemies"] == [architect.item["id"]]
    assert architect.item["lint_ok"] == {"cue-longest": "the architect's full name is long"}
    review = client.get(f"/documents/{document_id}/review").get_data(as_text=True)
    assert (
        "Kept from the imported file: never in one quiz with 1 other imported question;"
        " cue-check warning marked as acceptable: cue-longest (“the architect&#39;s full name is long”)." in review
    )
    assert "Kept from the imported file: never in one quiz with 1 other imported question." in review  # the year's
    # Published with only the architect accepted: his enemy is not in the bank, so it is left out.
    client.post(f"/documents/{document_id}/drafts/{architect.id}/paragraphs", data={"paragraphs": "3"})
    assert client.post(f"/documents/{document_id}/drafts/{architect.id}/accept").status_code == 303
    published = client.post(f"/documents/{document_id}/publish", data={"listed": ""})
    assert published.status_code == 303, published.get_data(as_text=True)
    # Both accepted: the pair is in the bank.
    assert client.post(f"/documents/{document_id}/drafts/{year.id}/accept").status_code == 303
    assert client.post(f"/documents/{document_id}/publish", data={"listed": ""}).status_code == 303
    with app.app_context():
        from quizapp.bank.models import QuestionEnemy

        bank = db.session.execute(select(Document).where(Document.slug.like(f"my-{document_id}%"))).scalar_one()
        ids = dict(db.session.execute(select(Question.bank_id, Question.id).where(Question.document_id == bank.id)).all())
        pairs = {(a, b) for a, b in db.session.execute(select(QuestionEnemy.question_id, QuestionEnemy.enemy_id)).all()}
        assert (ids[architect.item["id"]], ids[year.item["id"]]) in pairs


def test_editing_an_imported_draft_keeps_its_enemies_and_waivers(client, auth, app):
    auth.create_and_login("teacher")
    document_id = import_text(client)
    page = _preview(client, document_id, PAIRED, "paired.gift").get_data(as_text=True)
    client.post(_url(document_id, "/confirm"), data={"token": _token(page), "skip_bad": "1"})
    year = next(d for d in drafts(app, document_id) if d.item["type"] == "numeric")
    saved = client.post(f"/documents/{document_id}/drafts/{year.id}/edit", data={
        "type": "numeric", "prompt": "In which year did Qaitbay build his fortress?", "number": "1477",
        "tolerance": "0", "unit": "", "explanation": "Paragraph 5 gives the year.", "source": "5", "difficulty": "2",
    })
    assert saved.status_code == 303
    edited = next(d for d in drafts(app, document_id) if d.id == year.id)
    assert edited.item["enemies"] and edited.item["prompt"] == "In which year did Qaitbay build his fortress?"
