"""The readers: what a user's file becomes (numbered paragraphs, headings, list items)."""
from __future__ import annotations

import pytest

from quizapp.documents.reading import (
    UnreadableDocument,
    _pdf_blocks,
    detect_language,
    read_file,
    read_pasted,
)
from tests.documents.fixtures import ARTICLE, SPANISH, docx_bytes, pdf_bytes


def texts(document):
    return [b.text for b in document.blocks]


def test_plain_text_paragraphs_titles_and_lists():
    text = "Harbour Records\n\nThe board met in May\nand counted ships.\n\n- first item\n- second item\n\nIt ended."
    document = read_file("notes.txt", text.encode())
    assert texts(document) == ["Harbour Records", "The board met in May and counted ships.", "first item", "second item", "It ended."]
    assert [b.is_heading for b in document.blocks] == [True, False, False, False, False]
    assert [b.is_list_item for b in document.blocks] == [False, False, True, True, False]
    assert document.title == "notes"


def test_text_without_blank_lines_is_one_paragraph_a_line():
    document = read_file("a.txt", b"First paragraph here.\nSecond paragraph here.\nThird one.")
    assert texts(document) == ["First paragraph here.", "Second paragraph here.", "Third one."]


def test_a_sentence_is_not_taken_for_a_heading():
    document = read_pasted("The board met.\n\nIt met in May and counted ships.")
    assert not any(b.is_heading for b in document.blocks)


def test_a_short_line_in_sentence_case_set_apart_is_a_heading():
    """Plain text writes headings in sentence case as often as in title case: a short line
    between blank lines, without a closing stop, heads what follows (in English and Spanish);
    in a text of one paragraph a line, a short line stays prose."""
    text = "Harbour records\n\nA long campaign\n\nThe board met in May and counted ships.\n\nCómo funciona el ciclo\n\nEl agua entra fría."
    document = read_file("notes.txt", text.encode())
    assert [b.is_heading for b in document.blocks] == [True, True, False, True, False]
    lines = read_file("lines.txt", b"The board met in May.\nIt counted ships\nThen it ended.")
    assert not any(b.is_heading for b in lines.blocks)


def test_markdown_headings_lists_and_inline_marks():
    document = read_pasted(ARTICLE)
    assert document.title == "The Lighthouse of Alexandria"
    headings = [b.text for b in document.blocks if b.is_heading]
    assert headings == ["The Lighthouse of Alexandria", "Its End"]
    items = [b.text for b in document.blocks if b.is_list_item]
    assert items == ["Pharos gave its name to lighthouses in several languages.", "Divers found blocks of the tower in the harbour in 1994."]
    assert len(document.blocks) == 7
    assert "**" not in read_pasted("Some **bold** and [a link](http://x.example) here.").blocks[0].text
    assert read_pasted("Some **bold** and [a link](http://x.example) here.").blocks[0].text == "Some bold and a link here."


def test_html_keeps_text_only_never_scripts_or_markup():
    html = (
        b"<html><head><title>Ports</title><style>p{}</style><script>alert('x')</script></head><body>"
        b"<nav>Home | About</nav><h2>Trade &amp; Tides</h2><p>Ships <b>came</b><br>daily.</p>"
        b"<ul><li>grain</li><li>salt</li></ul><p onclick=\"evil()\">&lt;script&gt; is text here</p></body></html>"
    )
    document = read_file("page.html", html)
    assert document.title == "Ports"
    assert texts(document) == ["Trade & Tides", "Ships came daily.", "grain", "salt", "<script> is text here"]
    assert [b.is_heading for b in document.blocks][:2] == [True, False]
    assert [b.is_list_item for b in document.blocks][2:4] == [True, True]
    assert not any("alert" in t or "Home" in t or "evil" in t for t in texts(document))


def test_real_docx_heading_styles_and_lists():
    document = read_file("lighthouses.docx", docx_bytes())
    assert document.title == "Lighthouses"
    assert [(b.text, b.is_heading, b.is_list_item) for b in document.blocks] == [
        ("Lighthouses of the Ancient World", True, False),
        ("The Lighthouse of Alexandria was built on the island of Pharos during the reign of Ptolemy II.", False, False),
        ("Its End", True, False),
        ("Earthquakes damaged the tower in the fourteenth century.", False, False),
        ("Pharos gave its name to lighthouses", False, True),
        ("Divers found blocks in 1994", False, True),
    ]


def test_real_pdf_loses_running_headers_and_page_numbers_and_keeps_every_paragraph():
    document = read_file("report.pdf", pdf_bytes(pages=4, words_per_page=150))
    body = [b.text for b in document.blocks if not b.is_heading]
    assert not any("Annual Report" in t or t.startswith("Page ") for t in texts(document))
    assert [b.text for b in document.blocks if b.is_heading] == ["The Northern Breakwater", "Cargo and Tides"]
    # every entry is one paragraph, whole (the ones running over a page break too)
    assert [t.split()[2] for t in body] == [str(n) for n in range(1, len(body) + 1)]
    assert all(t.startswith("In entry") and t.endswith(".") and t.count("In entry") == 1 for t in body)


def test_pdf_lines_hyphenation_page_numbers_and_headers():
    pages = [
        ["Harbour Board Report", "Tides", "The clerk wrote the ex-", "traordinary entries of the season in a", "ledger kept by the harbour.", "12"],
        ["Harbour Board Report", "A second para- graph ends", "here, on this page.", "- 13 -"],
        ["Harbour Board Report", "A third page.", "14"],
    ]
    blocks = _pdf_blocks(pages)
    assert [(b.text, b.is_heading) for b in blocks] == [
        ("Tides", True),
        ("The clerk wrote the extraordinary entries of the season in a ledger kept by the harbour.", False),
        ("A second para- graph ends here, on this page.", False),
        ("A third page.", False),
    ]


def test_a_word_hyphenated_by_its_author_keeps_its_hyphen():
    blocks = _pdf_blocks([["A long and well-known story about the sea-", "Captain of the port, told often."]])
    assert blocks[0].text == "A long and well-known story about the sea- Captain of the port, told often."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("slides.pptx", b"PK\x03\x04", "cannot be imported"),
        ("notes", b"hello", "cannot be imported"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "could not be read"),
        ("broken.docx", b"not a zip at all", "not a Word document"),
        ("binary.txt", b"\x00\x01\x02\x03binary", "not text"),
        ("empty.md", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "No paragraphs"),
    ],
)
def test_unreadable_files_say_why(name, data, message):
    with pytest.raises(UnreadableDocument, match=message):
        read_file(name, data)


def test_language_detected_english_and_spanish():
    assert detect_language(read_pasted(ARTICLE).blocks) == "en"
    assert detect_language(read_pasted(SPANISH).blocks) == "es"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le phare d'Alexandrie fut construit sur l'île de Pharos sous le règne de Ptolémée II.", "fr"),
        ("Der Leuchtturm von Alexandria wurde auf der Insel Pharos unter Ptolemaios II. erbaut.", "de"),
        ("O farol de Alexandria foi construído na ilha de Faros durante o reinado de Ptolomeu II.", "pt"),
        ("Il faro di Alessandria fu costruito sull'isola di Faro durante il regno di Tolomeo II.", "it"),
    ],
)
def test_other_languages_are_told_apart_too(text, code):
    assert detect_language(read_pasted(text).blocks) == code
