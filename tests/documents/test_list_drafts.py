"""A pasted markdown list reaches the drafter one item a paragraph (the import keeps list
items): the items still make one matching, citing the lead-in and every item (lists.py)."""
from __future__ import annotations

from tests.documents.helpers import drafts, import_text

LOOM = """# El telar de Santa Eulalia

El taller de Santa Eulalia tejió mantas de lana churra desde 1868 hasta 1974 y llegó a tener once telares de madera.

Cada telar de madera tenía cuatro piezas principales:

- El enjulio: el rodillo trasero donde se enrolla la urdimbre antes de tejer.
- La lanzadera: una pieza hueca que lleva el hilo de un lado a otro.
- El peine: una rejilla que aprieta cada pasada contra la anterior.
- Los pedales: las tablas que la tejedora pisa para mover los marcos.
"""


def test_an_imported_list_of_named_parts_is_one_matching_citing_its_lead_in(client, auth, app):
    auth.create_and_login()
    document_id = import_text(client, LOOM)
    assert client.post(f"/documents/{document_id}/derive").status_code == 303
    matchings = [d for d in drafts(app, document_id) if d.item.get("type") == "matching" and not d.problems]
    assert matchings, [(d.item.get("type"), d.problems) for d in drafts(app, document_id)]
    assert matchings[0].item["source"] == [3, 4, 5, 6, 7]  # the lead-in, then the four items
    assert {p["left"] for p in matchings[0].item["pairs"]} == {"El enjulio", "La lanzadera", "El peine", "Los pedales"}
