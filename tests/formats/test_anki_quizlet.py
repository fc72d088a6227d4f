"""Anki packages and text, checked with the real Anki library; Quizlet's term ⇥ definition."""
from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from quizapp.formats import FormatError, get
from tests.formats.items import checked, contents, every_type, round_trip, shipped

anki_collection = pytest.importorskip("anki.collection", reason="the test extra installs anki (pip install -e '.[test]')")
ANKI, ANKI_TEXT, QUIZLET = get("anki"), get("anki-text"), get("quizlet")


def _open_in_anki(tmp_path: Path, data: bytes):
    """A fresh Anki collection with ``data`` imported by Anki itself."""
    package = tmp_path / "ours.apkg"
    package.write_bytes(data)
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    col.import_anki_package(
        anki_collection.ImportAnkiPackageRequest(package_path=str(package), options=anki_collection.ImportAnkiPackageOptions())
    )
    return col


WAIVERS = {"cue-longest": "the article's own term <is> long", "cue-hedge": "a quote"}


def test_anki_opens_our_package_and_finds_the_notes_fields_and_decks(tmp_path):
    items = every_type()
    items.cards[0]["lint_ok"] = WAIVERS
    items.questions[0]["enemies"] = ["ex-002"]
    out = ANKI.export_items(items.questions, items.cards, title="Peru", topics=items.topics, passages={2: "Congress chose Balcázar."})
    col = _open_in_anki(tmp_path, out.data)
    try:
        assert col.note_count() == 9  # the card and the eight questions, as flashcards
        assert "Peru::All / types" in {d.name for d in col.decks.all_names_and_ids()}
        notes = {col.get_note(nid)["Quizapp id"]: col.get_note(nid) for nid in col.find_notes("")}
        card = notes["ex-card-001"]
        assert card.note_type()["name"] == "Quizapp card"
        assert card.keys() == ["Front", "Back", "Source", "Quizapp id", "Quizapp bank fields"]
        assert (card["Front"], card["Back"], card.tags) == ("Chifagate", "The scandal over Jerí's unlogged meetings.", ["scandal"])
        assert card["Source"] == "Source: paragraph 2.<br>¶2 Congress chose Balcázar."
        assert card["Quizapp bank fields"] == "quizapp:lint_ok=cue-longest: the article's own term &lt;is&gt; long<br>quizapp:lint_ok=cue-hedge: a quote"
        assert notes["ex-001"]["Quizapp bank fields"] == ""  # a question's enemies stay behind: it is a flashcard in Anki
        assert col.decks.name(card.cards()[0].did) == "Peru::All / types"
        assert "José María Balcázar" in notes["ex-001"]["Back"] and "&lt;tags&gt;" in notes["ex-001"]["Back"]  # text, escaped
        # Anki's own export of the collection (its current format) brings the card's waivers back.
        path = tmp_path / "from-anki.apkg"
        col.export_anki_package(
            out_path=str(path), options=anki_collection.ExportAnkiPackageOptions(with_scheduling=False, with_media=False, legacy=False), limit=None
        )
    finally:
        col.close()
    assert {n.item for n in out.lost} == {q["id"] for q in items.questions}  # each question said to become a flashcard
    assert "the rule never to put it in one quiz with ex-002" in next(n.message for n in out.lost if n.item == "ex-001")
    result = ANKI.import_items(path.read_bytes(), "from-anki.apkg")
    assert {c["id"]: c.get("lint_ok") for c in result.cards}["ex-card-001"] == WAIVERS


def test_cards_come_back_from_our_package_equal_in_content():
    items = shipped()
    back, result = round_trip(ANKI, items)
    original = contents(checked(items))
    cards = {c.id: v for c in back.cards for v in [contents(back)[c.id]]}
    assert {k: v for k, v in cards.items() if k in original and "front" in original[k]} == {
        k: v for k, v in original.items() if "front" in v
    }
    assert {result.topics[c["id"]].title for c in result.cards} == {t.title for t in checked(items).topics}


@pytest.mark.parametrize("legacy", [True, False])
def test_a_package_written_by_anki_imports(tmp_path, legacy):
    col = anki_collection.Collection(str(tmp_path / "theirs.anki2"))
    try:
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"], note["Back"], note.tags = "hablar", "to <b>speak</b>", ["verbs", "ar_verbs"]
        col.add_note(note, col.decks.id("Spanish::Verbs"))
        cloze = col.new_note(col.models.by_name("Cloze"))
        cloze["Text"] = "{{c1::Madrid}} is the capital"
        col.add_note(cloze, col.decks.id("Spanish::Verbs"))
        path = tmp_path / "theirs.apkg"
        col.export_anki_package(
            out_path=str(path),
            options=anki_collection.ExportAnkiPackageOptions(with_scheduling=False, with_media=False, legacy=legacy),
            limit=None,
        )
        csv_path = tmp_path / "notes.txt"
        col.export_note_csv(out_path=str(csv_path), limit=None, with_html=True, with_tags=True, with_deck=True, with_notetype=True, with_guid=True)
    finally:
        col.close()
    names = zipfile.ZipFile(path).namelist()
    assert ("collection.anki21" if legacy else "collection.anki21b") in names
    for result in (ANKI.import_items(path.read_bytes(), "theirs.apkg"), ANKI_TEXT.import_items(csv_path.read_bytes(), "notes.txt")):
        assert [(c["front"], c["back"], sorted(c["tags"])) for c in result.cards] == [("hablar", "to speak", ["ar_verbs", "verbs"])]
        assert result.cards[0]["unsourced"] and result.topics[result.cards[0]["id"]].title == "Verbs" and result.title == "Spanish"
        assert [p.message for p in result.problems] == ["a cloze note: Quizapp's flashcards have a front and a back"]


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, message",
    [
        (_zip({"../../etc/evil": b"x", "collection.anki2": b"SQLite format 3\x00"}), "unsafe path"),
        (_zip({"/abs/evil": b"x"}), "unsafe path"),
        (_zip({f"{n}": b"" for n in range(2_001)}), "holds 2001 files"),
        (_zip({"collection.anki2": b"\0" * (65 * 1024 * 1024)}), "more than 64 MB"),  # a zip bomb: 65 MB in ~65 kB
        (_zip({"media": b"{}"}), "no collection"),
        (_zip({"collection.anki2": b"not sqlite"}), "not an SQLite database"),
        (_zip({"collection.anki21b": b"not zstd"}), "cannot be decompressed"),
        (_zip({"collection.anki2": b"SQLite format 3\x00" + b"\0" * 2000}), "cannot be read"),
        (b"PK\x03\x04 broken", "not an Anki package"),
        (b"\0" * (9 * 1024 * 1024), "larger than"),
    ],
)
def test_hostile_and_broken_packages_are_refused_quickly_with_a_message(data, message):
    started = time.perf_counter()
    with pytest.raises(FormatError, match=message):
        ANKI.import_items(data, "bad.apkg")
    assert time.perf_counter() - started < 2


def test_quizlet_round_trip_of_the_shipped_cards_and_what_it_cannot_hold():
    items = shipped()
    out = QUIZLET.export_items(items.questions, items.cards, title=items.title, topics=items.topics)
    assert sum("flashcards only" in n.message for n in out.lost) == 183
    back, _ = round_trip(QUIZLET, items)
    assert [(c.front, c.back) for c in back.cards] == [(c["front"], c["back"]) for c in items.cards]


def test_quizlet_lines_without_a_tab_are_reported():
    result = QUIZLET.import_items("hola\thello\n\nadiós goodbye\ngracias\tthanks\n".encode(), "spanish.txt")
    assert [(c["front"], c["back"]) for c in result.cards] == [("hola", "hello"), ("gracias", "thanks")]
    assert [str(p) for p in result.problems] == ["spanish.txt:3: quizlet-003: a line needs a term, a tab and a definition"]
