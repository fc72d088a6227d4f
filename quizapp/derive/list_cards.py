"""Cards of the lists a text introduces: the lead-in on the front, the items on the back.

A paragraph that announces a list and gives it ("The strike committee put three demands to the
harbour board: a shorter working day, a fixed rate for night shifts and the return of the
dismissed foremen.", «La cofradía exigía tres cosas: ...», "The canons kept four hospices along
the pass road:" above "- Saint-Aubert, the lowest, ...; - La Combe, ...") teaches the list
itself: what the demands were, which hospices there were. The fresh reviews of unseen documents
left such paragraphs with no acceptable item when the items pair no name with a description
(no matching, ``quizapp.derive.lists``) and state no fixed order (no ordering): a list of
demands, of raw materials, of the places of a network. A teacher asks it as a flashcard:

- front: the lead-in quoted ("The text introduces a list: “The strike committee put three
  demands to the harbour board:” What does it list?"), so the card says what it is about;
- back: the items, each trimmed to its first clause (its name when the item pairs a name with a
  description), in the text's order.

Only when the lead-in stands alone (no "These were", no "its") and, for a list inside one
sentence parted by commas, when the lead-in counts the items ("three demands") and the count is
the number of items: the count is what tells where the commas part items rather than clauses.
Every item is short (a name or a phrase, not a clause to recite). The card is a fallback: held
back unless its paragraph has no other ready draft (a list that makes a matching or an ordering
is asked that way).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.derive import context
from quizapp.derive.drafting import BASE_SCORE, Candidate
from quizapp.derive.extract import CLAUSE_COMMA, fold
from quizapp.derive.giveaways import COUNT_WORDS
from quizapp.derive.lists import MAX_LEAD_WORDS, SIDE_CUT, Entry, ListDrafter, TextList

LIST_CARD_HOLD = "held back: a card naming the items of a list the text introduces"
SCORE = BASE_SCORE["card"] - 0.15  # below a fact's card, above the why-cards and claims
MIN_ITEMS = 3
MAX_ITEMS = 6  # more is a recital, not a card
MAX_ITEM_WORDS = 10  # "a small make-up stream of ammonia to replace unavoidable losses"
# A list inside one sentence, after its lead-in's colon, its items parted by commas and the last
# by "and"/«y»: "... three demands: a shorter day, a fixed rate and the return of the foremen."
_COMMA_LIST = re.compile(r"^(?P<lead>[^.!?:;]{3,200}:)\s+(?P<body>[^.!?:;]+?)[.!?]?$")
_LAST_JOINT = {"en": re.compile(r",?\s+and\s+"), "es": re.compile(r",?\s+(?:y|e)\s+")}
# A possessive whose owner the lead-in does not name ("Conviene conocer sus nombres:", "Its
# parts are:"): the front would not say whose list it is.
_POSSESSIVES = {"en": frozenset({"its", "their", "his", "her"}), "es": frozenset({"su", "sus"})}


class ListCardDrafter:
    """Cards naming the items of the lists a document introduces."""

    def __init__(self, lists: ListDrafter) -> None:
        self.builder = lists.builder
        self.lang = lists.builder.lang
        self.code = self.lang.code if self.lang.code in _LAST_JOINT else ""
        self.lists = lists  # the matchings' and orderings' drafter: its lists, read once

    def candidates(self) -> Iterator[Candidate]:
        if not self.code:
            return
        found = [*self.lists.lists(), *self.comma_lists()]
        for listed in sorted(found, key=lambda f: (f.entries[0].paragraph, f.entries[0].start)):
            card = self.card(listed)
            if card is not None:
                yield card

    def comma_lists(self) -> Iterator[TextList]:
        """Lists inside one sentence whose lead-in counts them ("three demands:"), the items
        parted by commas and the last by "and"/«y»."""
        for s in self.builder.facts.sentences:
            m = _COMMA_LIST.match(s.text.strip())
            if m is None or "," not in m.group("body"):
                continue
            body = m.group("body")
            offset = s.start + (len(s.text) - len(s.text.lstrip())) + m.start("body")
            parts = _LAST_JOINT[self.code].split(body)
            if len(parts) != 2:
                continue
            pieces = [*CLAUSE_COMMA.split(parts[0]), parts[1]]
            entries = []
            at = 0
            for piece in pieces:
                text = piece.strip()
                at = body.find(text, at)
                entries.append(Entry(text, s.paragraph, offset + at))
                at += len(text)
            if self.count(m.group("lead")) != len(entries):
                continue
            yield TextList(m.group("lead").strip(), (s.paragraph,), tuple(entries), numbered=False)

    def count(self, lead: str) -> int | None:
        """The count the lead-in gives of its items ("three demands", «tres cosas»), or None."""
        counts = [COUNT_WORDS[self.code][w] for w in map(fold, re.findall(r"[^\W\d_]+", lead)) if w in COUNT_WORDS[self.code]]
        counts += [int(n) for n in re.findall(r"\b\d{1,2}\b", lead)]
        return counts[0] if len(counts) == 1 else None

    def unowned(self, lead: str) -> bool:
        """Whether the lead-in has a possessive before any name of its own ("Conviene conocer sus
        nombres:"; not "Albert Moss put his three demands:")."""
        for k, word in enumerate(re.findall(r"[^\W\d_]+", lead)):
            if word.lower() in _POSSESSIVES[self.code]:
                return True
            if k and word[:1].isupper():
                return False
        return False

    def shown(self, entry: Entry) -> str | None:
        """An item as the back shows it: its name when it pairs one with a description, else its
        first clause; None when that is no short phrase."""
        pair = self.lists.pair(entry)
        text = pair[0] if pair is not None else SIDE_CUT.split(entry.text, maxsplit=1)[0]
        if pair is not None and entry.text[:1].islower():
            text = text[:1].lower() + text[1:]  # the name as the text writes it ("the cap", not "The cap" mid-list)
        text = text.strip().rstrip(".;,:")
        if not 1 <= len(text.split()) <= MAX_ITEM_WORDS or not text[:1].isalpha():
            return None
        return text

    def card(self, listed: TextList) -> Candidate | None:
        lead = listed.lead.strip()
        if not lead or len(lead.split()) > MAX_LEAD_WORDS or not MIN_ITEMS <= len(listed.entries) <= MAX_ITEMS:
            return None
        if context.leans_on_context(lead, self.lang) or context.demonstrative_reference(lead, self.lang) or self.unowned(lead):
            return None
        counted = self.count(lead)
        if counted is not None and counted != len(listed.entries):
            return None  # "four hospices" over three items: the list is not the one counted
        items = [self.shown(e) for e in listed.entries]
        if any(i is None for i in items):
            return None
        shown = [i for i in items if i is not None]
        if len({fold(i) for i in shown}) < len(shown) or any(fold(i) in fold(lead) for i in shown):
            return None
        back = "; ".join([shown[0][0].upper() + shown[0][1:], *shown[1:]]) + "."
        front = self.lang.prompt("list_card", lead=lead)
        main = listed.entries[0].paragraph
        item = {"front": front, "back": back, "source": list(listed.paragraphs), "tags": ["list"]}
        fact = f"list:{main}:{listed.entries[0].start}:card"
        first = listed.entries[0]
        return Candidate(
            "card", item, main, (first.start, first.start + len(first.text)), SCORE, f"card|{fact}|{back}", fact, shown,
            [f"{LIST_CARD_HOLD}, offered only for a paragraph no other ready draft covers"],
        )
