"""Reading rendered pages as a browser would, with the standard library's HTML parser."""
from __future__ import annotations

from html.parser import HTMLParser


class _Assets(HTMLParser):
    """Collects stylesheets and scripts, each with the element (head or body) it sits in."""

    def __init__(self) -> None:
        super().__init__()
        self.section = ""
        self.assets: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in ("head", "body"):
            self.section = tag
        elif tag == "link" and found.get("rel") == "stylesheet":
            self.assets.append((self.section, found.get("href") or ""))
        elif tag == "script" and found.get("src"):
            self.assets.append((self.section, found["src"] or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.section = "after-head"


def page_assets(html: str) -> list[tuple[str, str]]:
    """``(where, url)`` for every stylesheet and script of a page; ``where`` is head or body."""
    parser = _Assets()
    parser.feed(html)
    return parser.assets
