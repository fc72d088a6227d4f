"""Enemy items: pairs of questions that give each other away, never drawn into one attempt.

Question A's answer is given away by question B when B shows, as a fact, A's key or a
distinctive phrase of it. "Shows as a fact" means: in B's prompt (a true/false prompt is a
statement), in B's correct options, ordering items or matching pairs. In B's wrong options a
phrase is no fact, so it is harmless when the wrong option *is* A's key reused as an option of
the same kind (a name among names); a wrong option that merely contains the phrase inside a
longer statement still tells the reader the phrase belongs to the story, so it counts.

A distinctive phrase of a key is, after dropping stop words and with simple stemming:
- the key as a whole;
- a name (a run of capitalised words) or a number of three characters or more ("10.3",
  "2019") in it; a shorter number counts with the word next to it ("85 percent", "April 12");
- two content words that follow each other in it.
One plain word is never enough ("leaders"), unless it is a name or a number. A true/false
statement counts as a key too, by its numbers and two-word phrases: another item that states
its fact settles it ("Fujimori's rating dropped over the past month" against a prompt saying
it went up over the past month).
It must not also occur in A's own wrong options (then it tells nothing), and it must be rare
in the bank: a phrase that occurs in more than ``COMMON_SHARE`` of the questions ("Jerí",
"Congress", "2026") is part of every item's background, not a give-away.

Explanations are not searched: they are shown only after an answer, and searching them would
make nearly every pair of one topic enemies.

Declared enemies (``enemies: [id, ...]`` in a file) are added to the detected ones; the
relation is symmetric. ``quizapp.bank.services.load_bank`` stores it in ``question_enemy`` so
the drawers can keep pairs apart with one query.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quizapp import qtypes
from quizapp.bank.lint import NUMBER, stem, tokens
from quizapp.language import LanguageWords, words_for

if TYPE_CHECKING:
    from quizapp.bank.parser import Bank

COMMON_SHARE = 0.05  # a phrase in more than 5 % of the questions is background, not a give-away
COMMON_MINIMUM = 3  # ... but in a small bank a phrase is common only past this many questions


@dataclass(frozen=True)
class EnemyPair:
    first: str  # the two question ids, in sorted order
    second: str
    reason: str  # why, for people: "key 'X' of A is in B's prompt", or "declared"
    declared: bool = False


Phrase = tuple[str, ...]
# Small words inside a name: "Society of Industry", "Endowment for Democracy", "de Soto".
CONNECTORS = ("de", "del", "la", "y", "of", "for", "the", "and")


def _surface(text: str, lang: LanguageWords) -> list[str]:
    """A text's content words as written (folded), numbers kept (commas in numbers dropped)."""
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return [t for t in tokens(text) if t not in lang.stop_words]


def _sequence(text: str, lang: LanguageWords) -> Phrase:
    """A text as its content words, stemmed, numbers kept: what phrases are matched on."""
    return tuple(stem(t) if not t[0].isdigit() else t for t in _surface(text, lang))


def _contains(haystack: Phrase, needle: Phrase) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _names(text: str) -> list[str]:
    """Runs of capitalised words ("José María Balcázar", "Fuerza Popular"), the first word of
    the text only when the next word is capitalised too (a sentence starts with a capital)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    runs: list[list[str]] = []
    current: list[str] = []
    for word in words:
        if word[0].isupper() or (current and word.lower() in CONNECTORS):
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and run[-1].lower() in CONNECTORS:
            run = run[:-1]
        if run and not (run[0] is words[0] and len(run) == 1 and text.lstrip().startswith(run[0])):
            out.append(" ".join(run))
    return out


def key_texts(content: dict[str, Any]) -> list[str]:
    """The texts a question's answer consists of (none for ordering and matching).

    A true/false statement is about one fact: another item stating that fact settles it, so
    the statement stands for its key (its names alone excepted, see ``distinctive_phrases``).
    """
    return qtypes.get(content["type"]).key_texts(content)


def _fact_texts(content: dict[str, Any]) -> list[str]:
    """What a question shows as true: its prompt, right options, items and pairs."""
    texts = [content["prompt"]]
    texts += [c["text"] for c in content.get("choices") or [] if c["correct"]]
    texts += list(content.get("items") or [])
    texts += [f"{p['left']}. {p['right']}" for p in content.get("pairs") or []]
    return texts


def _wrong_texts(content: dict[str, Any]) -> list[str]:
    return [c["text"] for c in content.get("choices") or [] if not c["correct"]]


def distinctive_phrases(content: dict[str, Any], lang: LanguageWords) -> dict[Phrase, str]:
    """Phrases of the key that would give it away, each with the text it came from."""
    wrong = [_sequence(t, lang) for t in _wrong_texts(content)]
    statement = "statement" in qtypes.get(content["type"]).traits
    phrases: dict[Phrase, str] = {}
    for key in key_texts(content):
        whole, surface = _sequence(key, lang), _surface(key, lang)
        # A statement's names only say what it is about, as any prompt's names do.
        candidates = [] if statement else [(whole, key)]
        candidates += [] if statement else [(_sequence(name, lang), name) for name in _names(key)]
        # A short number alone ("12", "30") is in too many unrelated facts: with its word it counts.
        candidates += [((n.replace(",", ""),), n) for n in NUMBER.findall(key) if len(n) >= 3]
        candidates += [(whole[i : i + 2], " ".join(surface[i : i + 2])) for i in range(len(whole) - 1)]
        names = {_sequence(name, lang) for name in _names(key)}
        for phrase, shown in candidates:
            # One plain word ("leaders", "executive") is too loose to give anything away.
            if len(phrase) == 1 and phrase not in names and not phrase[0][0].isdigit():
                continue
            if phrase and not any(_contains(w, phrase) for w in wrong):
                phrases.setdefault(phrase, shown)
    return phrases


def _ngrams(sequence: Phrase, longest: int) -> set[Phrase]:
    """Every run of up to ``longest`` words of ``sequence``: a phrase is in it when it is in this set."""
    return {sequence[i : i + n] for n in range(1, longest + 1) for i in range(len(sequence) - n + 1)}


@dataclass
class _Shown:
    """What one question shows, as sets of word runs, so that a phrase is looked up, not searched."""

    prompt: set[Phrase]
    answer: set[Phrase]  # right options, items, pairs
    # Each wrong option's runs, with its whole sequence (a reused key is harmless, see _where).
    wrong: list[tuple[Phrase, set[Phrase]]]

    @property
    def everything(self) -> set[Phrase]:
        return self.prompt.union(self.answer, *(runs for _, runs in self.wrong))


def detect_enemies(bank: Bank) -> list[EnemyPair]:
    """Pairs of the bank's questions where one shows the other's key (see the module doc)."""
    lang = words_for(bank.language)
    questions = bank.questions
    phrases = {q.id: distinctive_phrases(q.content, lang) for q in questions}
    longest = max((len(p) for ps in phrases.values() for p in ps), default=1)
    shown: dict[str, _Shown] = {}
    for q in questions:
        prompt, *answers = [_sequence(t, lang) for t in _fact_texts(q.content)]
        wrong = [_sequence(t, lang) for t in _wrong_texts(q.content)]
        shown[q.id] = _Shown(
            prompt=_ngrams(prompt, longest),
            answer=set().union(*(_ngrams(a, longest) for a in answers)),
            wrong=[(w, _ngrams(w, longest)) for w in wrong],
        )

    # In how many questions each key phrase occurs: a common phrase gives nothing away.
    frequency: Counter[Phrase] = Counter()
    for q in questions:
        frequency.update(shown[q.id].everything)
    common = max(COMMON_MINIMUM, COMMON_SHARE * len(questions))

    pairs: dict[tuple[str, str], EnemyPair] = {}
    for a in questions:
        whole_keys = {_sequence(k, lang) for k in key_texts(a.content)}
        statement = "statement" in qtypes.get(a.type).traits
        rare = {p: text for p, text in phrases[a.id].items() if frequency[p] <= common}
        if not rare:
            continue
        for b in questions:
            if b.id == a.id:
                continue
            found = [(p, text, where) for p, text in rare.items() if (where := _where(p, shown[b.id], whole_keys))]
            # A statement shares words with every item on its subject: two phrases (or a
            # number) in common say it is about the very same fact.
            if not found or (statement and len(found) < 2 and not found[0][0][0][0].isdigit()):
                continue
            ids = tuple(sorted((a.id, b.id)))
            quoted = ", ".join(repr(text) for _, text, _ in found[:2])
            reason = f"{'the statement' if statement else 'the key'} of {a.id} ({quoted}) is in {b.id}'s {found[0][2]}"
            pairs.setdefault(ids, EnemyPair(ids[0], ids[1], reason))  # type: ignore[arg-type]
    return sorted(pairs.values(), key=lambda p: (p.first, p.second))


def _where(phrase: Phrase, other: _Shown, whole_keys: set[Phrase]) -> str:
    """Where ``phrase`` shows in another question, or "" when it is absent or harmless there."""
    if phrase in other.prompt:
        return "prompt"
    if phrase in other.answer:
        return "answer"
    for wrong, runs in other.wrong:
        # A's key reused as a wrong option of B ("The US ambassador" among other people) is an
        # option like the others; inside a longer statement it says the phrase is in the story.
        if phrase in runs and wrong not in whole_keys and len(wrong) > len(phrase) + 1:
            return "wrong options"
    return ""


def enemy_pairs(bank: Bank) -> list[EnemyPair]:
    """Detected and declared pairs; a declared pair that is also detected counts as declared."""
    pairs = {(p.first, p.second): p for p in detect_enemies(bank)}
    for q in bank.questions:
        for other in q.enemies:
            first, second = sorted((q.id, other))
            pairs[(first, second)] = EnemyPair(first, second, f"declared by {q.id}", declared=True)
    return sorted(pairs.values(), key=lambda p: (p.first, p.second))


def enemies_by_question(pairs: list[EnemyPair]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for pair in pairs:
        out.setdefault(pair.first, set()).add(pair.second)
        out.setdefault(pair.second, set()).add(pair.first)
    return out

