"""QR codes of join links, as inline SVG: a phone's camera opens the set without typing."""
from __future__ import annotations

from markupsafe import Markup


def join_qr_svg(url: str) -> Markup:
    """An inline ``<svg>`` of ``url`` with a text alternative; black on white with the quiet
    zone the standard asks for, so cameras read it on any page background or projector.
    It has a viewBox and no size: the page's CSS sizes it (small in the builder, large on
    the projector)."""
    import segno  # on the first join page, not with the app

    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(omitsize=True, dark="#000", light="#fff", title=f"QR code of the join link {url}", svgclass="join-qr")
    # segno writes the title element; role="img" makes screen readers read it as the name.
    return Markup(svg.replace("<svg ", '<svg role="img" ', 1))
