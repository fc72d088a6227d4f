"""Documents written for these tests, and real .docx and .pdf files made from them on the fly.

The texts are the project's own (written for the tests; no licence needed). The .docx is made by
python-docx and the PDF by fpdf2, so both are real files of their kind, read by the same readers
a user's upload goes through.
"""
from __future__ import annotations

import io

ARTICLE = """# The Lighthouse of Alexandria

The Lighthouse of Alexandria was built on the island of Pharos during the reign of Ptolemy II.
It guided sailors into the harbour of Alexandria for many centuries.

Its architect was Sostratus of Cnidus, according to several ancient writers. The tower stood
more than one hundred metres tall and had three stages.

## Its End

Earthquakes damaged the tower in the fourteenth century. Its stones were later reused by Sultan
Qaitbay, who built a fortress on the same site in 1477.

- Pharos gave its name to lighthouses in several languages.
- Divers found blocks of the tower in the harbour in 1994.
"""

SPANISH = """El faro de Alejandría

El faro de Alejandría fue construido en la isla de Faros durante el reinado de Ptolomeo II. Guió
a los marineros hacia el puerto de Alejandría durante muchos siglos.

Varios terremotos dañaron la torre en el siglo catorce. Sus piedras fueron reutilizadas por el
sultán Qaitbay, que construyó una fortaleza en el mismo lugar.
"""

PARAGRAPHS = [
    "The Lighthouse of Alexandria was built on the island of Pharos during the reign of Ptolemy II.",
    "Earthquakes damaged the tower in the fourteenth century, and Sultan Qaitbay later reused its stones.",
    "Divers from France found blocks of the tower in the eastern harbour of Alexandria in 1994.",
]


def docx_bytes() -> bytes:
    """A real Word document: a title, a heading style, body text and a bulleted list."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Lighthouses"
    document.add_heading("Lighthouses of the Ancient World", level=1)
    document.add_paragraph("The Lighthouse of Alexandria was built on the island of Pharos during the reign of Ptolemy II.")
    document.add_heading("Its End", level=2)
    document.add_paragraph("Earthquakes damaged the tower in the fourteenth century.")
    document.add_paragraph("Pharos gave its name to lighthouses", style="List Bullet")
    document.add_paragraph("Divers found blocks in 1994", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(pages: int = 3, words_per_page: int = 300) -> bytes:
    """A real PDF of ``pages`` pages with a running header, page numbers in the footer, a
    heading on the first page and words hyphenated at line ends by the layout."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, "Annual Report of the Harbour Board", align="C", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, f"Page {self.page_no()}", align="C")

    pdf = Report()
    pdf.set_auto_page_break(auto=True, margin=20)
    sections = ["The Northern Breakwater", "Cargo and Tides", "Storms of the Winter", "Lamps and Keepers"]
    subjects = ["grain", "timber", "salt", "copper", "olive oil", "wool", "marble", "wine", "papyrus", "linen"]
    number = 0
    for page in range(pages):
        pdf.add_page()
        if page % 2 == 0:
            pdf.set_font("Helvetica", style="B", size=14)
            pdf.cell(0, 10, sections[(page // 2) % len(sections)], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        written = 0
        while written < words_per_page:
            number += 1
            subject = subjects[number % len(subjects)]
            text = (
                f"In entry {number} the board recorded {number * 7 % 90 + 10} ships carrying {subject} from distant "
                f"ports, with the weather, the tides and the state of the breakwater noted beside each arrival "
                f"by the clerk on duty that {['morning', 'evening', 'night'][number % 3]} (entry {number})."
            )
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
            written += len(text.split())
    return bytes(pdf.output())
