"""Gaps a reader cannot settle for want of what frames them (fresh reviews of unseen documents,
issue 10):

- a line of a list quoted alone: ``quote_lead_in`` quotes the list's lead-in before it (a line
  opening in lower case goes on from it: «Los problemas son los siguientes: … un gasto de ____
  euros;»), where the lead-in does not write the key;
- a gap in one line of a list (``Paragraph.is_list_item``) that has no verb of its own, a name
  and what describes it ("____, near Leeds, opened in 1994.", «____, en Santa Elena (Jaén),
  inaugurado en 2007.»), or that opens in lower case, a phrase going on from the lead-in
  («excavación de las zonas ya localizadas, hasta enero de ____;», a review of an unseen text),
  when the prompt does not show the list's lead-in: the reader cannot know what the line is one
  of (a reservoir? a school? a stage of the works?), so any place or year fits;
- a gap inside quotation marks on an ordinary word the text scare-quotes ('uses the "____" two
  kilowatt-hours', «gasta el "____" de la tarde»): the quotes mark a figure of speech, not a
  term, and several words fit. A quoted term the text defines ("the "pickup", a term for ...",
  «llaman "punta" a ...») stays.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Set
from typing import TYPE_CHECKING

from quizapp.derive.checks import gap_keys
from quizapp.derive.extract import fold
from quizapp.derive.lists import _COMMA_APPOSITION, _LATER_APPOSITION, MAX_NAME_WORDS

if TYPE_CHECKING:
    from quizapp.derive import Draft
    from quizapp.languages import Language

BLANK = "____"
# A line's later parts that only describe its head: an apposition, a place, a participle
# ("near Leeds", "opened in 1994", «en Santa Elena (Jaén)», «inaugurado en 2007»), or a bare
# figure or date ("1994", «1.200 hectáreas»).
_FIGURE_PART = re.compile(r"^[\d.,]+(?:\s+\S+){0,2}$")
_PARTS = re.compile(r",\s+(?![^()]*\))")  # commas outside brackets


def verbless_line(line: str, code: str) -> bool:
    """Whether a list's line is a head and parts describing it, no verb of its own: "Harrowgill,
    near Leeds, opened in 1994.", «Giribaile, en Santa Elena (Jaén), inaugurado en 2007.»; not
    "Harrowgill was opened in 1994" nor "Harrowgill, near Leeds, holds ...": a sentence."""
    parts = _PARTS.split(line.strip().rstrip(".;"))
    if len(parts) < 2 or not 1 <= len(parts[0].split()) <= MAX_NAME_WORDS:
        return False
    first = _COMMA_APPOSITION[code].match(f"{parts[0]}, {parts[1]} ")
    if first is None:
        return False
    return all(
        _LATER_APPOSITION[code].match(f", {part} ") or _COMMA_APPOSITION[code].match(f"x, {part} ") or _FIGURE_PART.match(part)
        for part in parts[2:]
    )


def _lead_in_paragraph(number: int, list_items: Set[int]) -> int:
    """The paragraph right before the first item of the list the paragraph ``number`` is one of."""
    first = number
    while first - 1 in list_items:
        first -= 1
    return first - 1


def lead_in(number: int, text: Mapping[int, str], list_items: Set[int]) -> str:
    """The lead-in of the list paragraph ``number`` is one item of: the paragraph before the
    list's first item when it ends with a colon ("The board's largest reservoirs are these:")."""
    before = text.get(_lead_in_paragraph(number, list_items), "").strip()
    return before if before.endswith(":") else ""


LEAD_IN_WORDS = 70  # a lead-in and its line quoted together stay a prompt one reads at once
_OPENING_QUOTE = re.compile(r"[«“\"]")


# A lead-in opening on a demonstrative and its noun («Este diseño trae ventajas claras ...:»,
# «Esta medida tiene tres efectos:», "This design brings ...:"; final reviews of unseen texts,
# referents2): the noun is one the paragraph before names, so quoted before a line the lead-in
# does not say what the line is about. Not a demonstrative of time ("This year", «Este verano»).
POINTING_LEAD_IN = {
    "en": re.compile(r"^(?:this|these|that|those)\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE),
    "es": re.compile(r"^(?:este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|aquellos|aquellas|dicho|dicha|dichos|dichas)\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE),
}


def pointing_lead_in(lead: str, lang: Language | str) -> str | None:
    """The demonstrative and noun opening the lead-in ``lead`` ("This design", «Esta medida»),
    which stand for a thing of another paragraph, or None."""
    from quizapp.derive.context import TIME_NOUNS

    code = lang if isinstance(lang, str) else lang.code
    found = POINTING_LEAD_IN.get(code, POINTING_LEAD_IN["en"]).match(lead.strip().lstrip("¿¡\"“«'"))
    if found is None or fold(found.group("noun")) in TIME_NOUNS:
        return None
    return found.group()


def quote_lead_in(draft: Draft, text: Mapping[int, str], list_items: Set[int], code: str = "en") -> None:
    """A gap in one line of a list quotes the list's lead-in before the line («Los principales
    problemas son los siguientes: … un aumento del gasto que los transportistas cifran en ____
    euros;») and cites its paragraph, where the lead-in does not give the key away: the line
    alone does not say what it is one of (a review of an unseen text). Without a lead-in, or
    with one that writes the key, the prompt is left as it is (and unled_list_item_gap holds a
    line that cannot stand alone)."""
    prompt = str(draft.item.get("prompt", ""))
    if draft.kind != "question" or BLANK not in prompt or draft.paragraph not in list_items:
        return
    lead = lead_in(draft.paragraph, text, list_items)
    opening = _OPENING_QUOTE.search(prompt)
    if not lead or opening is None or lead.rstrip(":").strip() in prompt or len(lead.split()) + len(prompt.split()) > LEAD_IN_WORDS:
        return
    if pointing_lead_in(lead, code):
        return  # «Este diseño trae ventajas ...:»: the lead-in leans on the paragraph before (unled_list_item_gap holds a verbless line)
    if prompt[opening.end():].startswith("["):
        return  # "[In the lido's story,] ____: ...": the drafter gave the line its context already
    folded_lead = fold(lead)
    if any(fold(key) in folded_lead for key in gap_keys(draft) if key.strip()):
        return
    at = opening.end()
    draft.item["prompt"] = f"{prompt[:at]}{lead} … {prompt[at:]}"
    draft.item["source"] = sorted({*draft.item.get("source", []), _lead_in_paragraph(draft.paragraph, list_items)})


def unled_list_item_gap(draft: Draft, text: Mapping[int, str], list_items: Set[int], code: str) -> list[str]:
    """A gap in a verbless line of a list whose lead-in the prompt does not show: held."""
    prompt = str(draft.item.get("prompt", ""))
    if draft.kind != "question" or BLANK not in prompt or draft.paragraph not in list_items:
        return []
    line = text.get(draft.paragraph, "").strip()
    if not (verbless_line(line, code) or line[:1].islower()):
        return []  # a line opening in lower case goes on from its lead-in: «excavación de ..., hasta enero de 2026;»
    lead = lead_in(draft.paragraph, text, list_items)
    if lead and lead.rstrip(":").strip() in prompt:
        return []
    return [
        "held back: the gap's line is one item of a list whose lead-in is not shown, a name and what describes it "
        "with no verb of its own: a reader cannot tell what the line is a member of, so many answers fit"
    ]


_QUOTED_BLANK = re.compile(r"(?<=\s)[\"“«‘'](?P<blank>_{4})[\"”»’']")
# The text defines or names a quoted word ("call ... the "pickup"", "the "pickup", a term for",
# «llaman "punta" a», «lo que se conoce como "punta"»): a term, not a figure of speech.
_DEFINING = {
    "en": re.compile(
        r"\b(?:calls?|called|calling|terms?|termed|known as|named|names?|words?|means?|meaning|refers? to|stands? for|"
        r"nicknamed|dubbed|so-called|defined|definition|jargon|slang)\b", re.IGNORECASE),
    "es": re.compile(
        r"\b(?:llaman?|llamad[oa]s?|llamaban|denomina[n]?|denominad[oa]s?|denominaban|(?:se )?conoce[n]? como|conocid[oa]s? como|"
        r"términos?|palabras?|nombres?|significa|quiere decir|apodad[oa]s?|apodo|definid[oa]s?|jerga)\b", re.IGNORECASE),
}


def scare_quoted_gap(draft: Draft, code: str) -> list[str]:
    """A gap inside quotation marks on a lower-case word the sentence does not define: held."""
    prompt = str(draft.item.get("prompt", ""))
    if draft.kind != "question" or _QUOTED_BLANK.search(prompt) is None:
        return []
    keys = gap_keys(draft)
    if not keys or not all(k[:1].islower() for k in keys):
        return []  # a name the text quotes (a ship's, a book's) is settled by the text
    if _DEFINING[code].search(prompt.split(BLANK, 1)[0][-120:] + prompt.split(BLANK, 1)[1][:120]):
        return []
    return [
        "held back: the gap is a word the text puts in quotation marks as a figure of speech, not a term it "
        "defines: several words fit the quotes"
    ]
