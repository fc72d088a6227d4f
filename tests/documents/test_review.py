"""Paragraph edits, drafts and their review, with and without htmx."""
from __future__ import annotations

from markupsafe import escape

from tests.documents.helpers import drafts, import_text
from tests.helpers.app import HX


def derive(client, document_id: int):
    response = client.post(f"/documents/{document_id}/derive")
    assert response.status_code == 303
    return response


def test_merge_split_and_heading_before_deriving(client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    client.post(f"/documents/{document_id}/paragraphs/2/merge")
    page = client.get(f"/documents/{document_id}").get_data(as_text=True)
    assert "for many centuries. Its architect was Sostratus" in page
    text = "The Lighthouse of Alexandria was built on the island of Pharos during the reign of Ptolemy II. It guided sailors into the harbour of Alexandria for many centuries.\n\nIts architect was Sostratus of Cnidus, according to several ancient writers. The tower stood more than one hundred metres tall and had three stages."
    assert client.post(f"/documents/{document_id}/paragraphs/2/split", data={"text": text}).status_code == 303
    page = client.get(f"/documents/{document_id}").get_data(as_text=True)
    assert "for many centuries. Its architect" not in page
    changed = client.post(f"/documents/{document_id}/paragraphs/2/split", data={"text": "Other words.\n\nEntirely."})
    assert changed.status_code == 422 and "words of the paragraph must stay" in changed.get_data(as_text=True)
    client.post(f"/documents/{document_id}/paragraphs/2/heading")
    assert client.get(f"/documents/{document_id}").get_data(as_text=True).count(">heading</span>") == 3
    assert client.post(f"/documents/{document_id}/paragraphs/99/heading").status_code == 404


def test_review_page_shows_each_draft_beside_its_paragraph_with_the_answer_marked(app, client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    derive(client, document_id)
    rows = drafts(app, document_id)
    assert rows, "the drafter made no draft"
    page = client.get(f"/documents/{document_id}/review").get_data(as_text=True)
    assert f"0 of {len(rows)} reviewed" in page
    first = rows[0]
    assert f'id="draft-{first.id}"' in page and f'id="paragraph-{first.paragraph}"' in page
    start, end = first.answer_span
    with app.app_context():
        from quizapp.documents import services
        from quizapp.bank.user_documents import UserDocument
        from quizapp.extensions import db

        text = services.paragraphs_of(db.session.get(UserDocument, document_id))[first.paragraph - 1].text
    assert f"<mark>{text[start:end]}</mark>" in page
    assert "Keyboard shortcuts" in page and 'class="card shortcuts js-only" hidden' in page  # shown by the script only
    assert f"Cites paragraph {first.paragraph}." in page


def test_accept_and_reject_without_javascript_redirect_back(app, client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    derive(client, document_id)
    first, second = drafts(app, document_id)[:2]
    response = client.post(f"/documents/{document_id}/drafts/{first.id}/accept")
    assert response.status_code == 303 and response.headers["Location"].endswith(f"#draft-{first.id}")
    client.post(f"/documents/{document_id}/drafts/{second.id}/reject")
    total = len(drafts(app, document_id))
    assert f"2 of {total} reviewed" in client.get(f"/documents/{document_id}/review").get_data(as_text=True)
    assert [d.state for d in drafts(app, document_id)[:2]] == ["accepted", "rejected"]
    client.post(f"/documents/{document_id}/drafts/{first.id}/undo")
    assert drafts(app, document_id)[0].state == "pending"


def test_accept_with_htmx_swaps_the_paragraph_and_the_progress(app, client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    derive(client, document_id)
    first = drafts(app, document_id)[0]
    total = len(drafts(app, document_id))
    response = client.post(f"/documents/{document_id}/drafts/{first.id}/accept", headers=HX)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "<html" not in html
    assert html.startswith(f'<section id="paragraph-{first.paragraph}"') or f'<section id="paragraph-{first.paragraph}"' in html[:200]
    assert '<hx-partial hx-target="#review-progress"' in html and f"1 of {total} reviewed" in html


def test_a_draft_that_failed_a_check_cannot_be_accepted_as_it_is(app, client, auth):
    auth.create_and_login()
    # The sentence said twice gives the drafter the same question twice: the second is a duplicate.
    sentence = "The tower was built by Sostratus of Cnidus on Pharos."
    document_id = import_text(client, f"Intro\n\n{sentence} {sentence}")
    derive(client, document_id)
    failed = [d for d in drafts(app, document_id) if any(p.startswith("duplicate of draft") for p in d.problems)]
    assert failed, "expected a draft that failed a check"
    page = client.get(f"/documents/{document_id}/review").get_data(as_text=True)
    assert "Not ready:" in page and failed[0].problems[0] in page
    response = client.post(f"/documents/{document_id}/drafts/{failed[0].id}/accept")
    assert response.status_code == 422 and "edit it or reject it" in response.get_data(as_text=True)
    assert drafts(app, document_id)[[d.id for d in drafts(app, document_id)].index(failed[0].id)].state == "pending"


def test_accept_all_of_a_paragraph_and_another_draft(app, client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    derive(client, document_id)
    before = drafts(app, document_id)
    paragraph = before[0].paragraph
    response = client.post(f"/documents/{document_id}/paragraphs/{paragraph}/another", headers=HX)
    assert response.status_code == 200
    after = drafts(app, document_id)
    new = [d for d in after if d.id not in {b.id for b in before}]
    assert new and all(d.paragraph == paragraph and d.variant >= 1 for d in new)
    assert {d.item["id"] for d in after}.__len__() == len(after)  # ids stay unique
    client.post(f"/documents/{document_id}/paragraphs/{paragraph}/accept-all")
    states = {d.state for d in drafts(app, document_id) if d.paragraph == paragraph and d.ready}
    assert states == {"accepted"}
    assert all(d.state == "pending" for d in drafts(app, document_id) if d.paragraph != paragraph)


def test_deriving_twice_adds_nothing(app, client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    derive(client, document_id)
    count = len(drafts(app, document_id))
    derive(client, document_id)
    assert len(drafts(app, document_id)) == count


def test_edit_uses_the_teachers_form_and_its_validation(app, client, auth):
    auth.create_and_login()
    document_id = import_text(client)
    derive(client, document_id)
    rows = drafts(app, document_id)
    index, draft = next((i, d) for i, d in enumerate(rows) if d.kind == "question" and d.item["type"] == "fill_in")
    url = f"/documents/{document_id}/drafts/{draft.id}/edit"
    form = client.get(url).get_data(as_text=True)
    assert 'name="prompt"' in form and 'name="type"' in form and draft.item["accept"][0] in form
    data = {
        "type": "fill_in", "prompt": "Who built the fortress on the site in 1477?", "accept": "Qaitbay\nSultan Qaitbay",
        "explanation": "Paragraph 5 says Sultan Qaitbay built a fortress there.", "difficulty": "1", "source": "1",
    }
    bad = client.post(url, data=data)  # paragraph 1 is a heading: the bank's rule refuses it
    assert bad.status_code == 422 and "heading" in bad.get_data(as_text=True)
    assert drafts(app, document_id)[index].item == draft.item
    data["source"] = "5"
    good = client.post(url, data=data)
    assert good.status_code == 303, good.get_data(as_text=True)
    edited = drafts(app, document_id)[index]
    assert edited.state == "accepted" and edited.item["prompt"] == data["prompt"] and edited.item["id"] == draft.item["id"]
    assert edited.item["source"] == [5]


def test_the_user_chooses_how_many_drafts_per_paragraph(app, client, auth, monkeypatch):
    """With a drafter offering three drafts of paragraph 2, "2 per paragraph" keeps the two
    best ranked, whatever order they come in."""
    from quizapp.derive import Draft
    from quizapp.documents import services

    def three_drafts(paragraphs, language, *, variant=0):
        def draft(n: int, score: float) -> Draft:
            item = {"id": f"x-{n}", "type": "true_false", "prompt": f"Statement {n}?", "answer": True,
                    "explanation": "Paragraph 2 says so.", "source": [2], "difficulty": 1, "kind": "fact"}
            return Draft(f"k{n}", "question", item, 2, None, score, [])
        return [draft(1, 0.2), draft(2, 0.9), draft(3, 0.5)]

    monkeypatch.setattr(services, "derive_drafts", three_drafts)
    auth.create_and_login()
    document_id = import_text(client)
    assert client.post(f"/documents/{document_id}/derive", data={"per_paragraph": "7"}).status_code == 400
    client.post(f"/documents/{document_id}/derive", data={"per_paragraph": "2"})
    assert sorted(d.key for d in drafts(app, document_id)) == ["k2", "k3"]
    client.post(f"/documents/{document_id}/derive", data={"per_paragraph": "all"})
    assert sorted(d.key for d in drafts(app, document_id)) == ["k1", "k2", "k3"]


def test_every_drafted_question_opens_in_the_teachers_form_filled_in(app, client, auth):
    """The drafter leaves optional fields out (a number without a unit); the form still opens
    with the draft's answer in it, for every type the drafter made."""
    auth.create_and_login()
    document_id = import_text(client)
    derive(client, document_id)
    questions = [d for d in drafts(app, document_id) if d.kind == "question"]
    assert {"numeric", "fill_in", "true_false"} <= {d.item["type"] for d in questions}
    for draft in questions:
        response = client.get(f"/documents/{document_id}/drafts/{draft.id}/edit")
        form = response.get_data(as_text=True)
        assert response.status_code == 200 and str(escape(draft.item["prompt"])) in form
        if draft.item["type"] == "numeric":
            assert f'value="{draft.item["answer"]}"' in form


def test_the_review_page_says_what_a_typed_answer_takes_beyond_its_list(client, auth):
    """Reviewers failed keys for refusing "hemophilia" when grading took it: the page says so."""
    auth.create_and_login()
    document_id = import_text(client)
    derive(client, document_id)
    page = client.get(f"/documents/{document_id}/review").get_data(as_text=True)
    assert "hyphens or spaces" in page and "British or American spelling" in page and "in words or figures" in page
