"""Quality checks on the shipped bank, against the article it is derived from.

These read the YAML files directly so that they judge the content, whatever the loader does.
The grounding and no-copy tests need the source text, which lives outside the project; they
skip with a reason when it is absent.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml

from quizapp.bank.parser import QUESTION_TYPES
from tests.helpers.source import SOURCE, needs_source

ROOT = Path(__file__).resolve().parents[1]
BANK = ROOT / "questions" / "peru-crisis-2026"
HEADINGS = {11, 22}
TYPES = set(QUESTION_TYPES)  # the shipped bank shows every registered type


def fold(text: str) -> str:
    """Lower-case, strip accents, turn typographic quotes and dashes into plain ones."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return text.casefold()


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", fold(text).replace(",", ""))


def load_files() -> dict[str, dict]:
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(BANK.glob("*.yaml"))}


def all_questions() -> list[dict]:
    return [q for name, data in load_files().items() if name != "document.yaml" for q in data.get("questions") or []]


def all_cards() -> list[dict]:
    return [c for name, data in load_files().items() if name != "document.yaml" for c in data.get("cards") or []]


def bank_strings() -> list[str]:
    """Every piece of text a learner reads, from every file under questions/."""
    out: list[str] = []

    def walk(node):
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for path in (ROOT / "questions").rglob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return out


def test_bank_size_and_spread():
    questions, cards = all_questions(), all_cards()
    assert len(questions) >= 120, f"only {len(questions)} questions"
    assert len(cards) >= 60, f"only {len(cards)} flashcards"
    assert {q["type"] for q in questions} == TYPES
    difficulties = Counter(q["difficulty"] for q in questions)
    assert all(difficulties[d] >= len(questions) // 6 for d in (1, 2, 3)), difficulties
    assert {q["kind"] for q in questions} == {"fact", "characterisation"}


def test_every_paragraph_with_facts_is_cited_by_two_questions():
    cited = Counter(p for q in all_questions() for p in set(q["source"]))
    thin = [n for n in range(1, 29) if n not in HEADINGS and cited[n] < 2]
    assert not thin, f"paragraphs cited by fewer than two questions: {thin}"
    assert not (set(cited) & HEADINGS), "a heading is cited"


def test_characterisations_are_phrased_as_the_articles_view():
    for q in all_questions():
        if q["kind"] == "characterisation":
            assert re.search(r"according to the article|the article (describe|call|say|present|portray|character|argue|claim|see|view|frame|depict)|how does the article|in the article's (view|account|words)", fold(q["prompt"])), q["id"]


@pytest.mark.parametrize("pick", [max, min], ids=["longest", "shortest"])
def test_picking_by_length_scores_no_better_than_chance_plus_ten_points(pick):
    """A learner who always picks the longest (or the shortest) choice must not beat guessing by much."""
    hits, chance = 0.0, 0.0
    questions = [q for q in all_questions() if q["type"] == "single_choice"]
    for q in questions:
        lengths = [len(c["text"]) for c in q["choices"]]
        picked = [i for i, n in enumerate(lengths) if n == pick(lengths)]
        correct = next(i for i, c in enumerate(q["choices"]) if c.get("correct"))
        hits += (correct in picked) / len(picked)
        chance += 1 / len(q["choices"])
    assert questions
    assert hits / len(questions) <= chance / len(questions) + 0.10, (hits / len(questions), chance / len(questions))


def test_correct_choice_is_not_always_in_the_same_place_in_the_files():
    positions = Counter(
        next(i for i, c in enumerate(q["choices"]) if c.get("correct"))
        for q in all_questions()
        if q["type"] == "single_choice"
    )
    total = sum(positions.values())
    assert max(positions.values()) <= 0.5 * total, positions


def test_choices_are_never_near_duplicates():
    for q in all_questions():
        if q["type"] in {"single_choice", "multiple_select"}:
            texts = [" ".join(words(c["text"])) for c in q["choices"]]
            assert len(set(texts)) == len(texts), q["id"]


@needs_source
def test_no_run_of_eight_words_from_the_article_is_copied():
    article = words(SOURCE.read_text(encoding="utf-8"))
    shingles = {tuple(article[i : i + 8]) for i in range(len(article) - 7)}
    copied = []
    for text in bank_strings():
        w = words(text)
        for i in range(len(w) - 7):
            if tuple(w[i : i + 8]) in shingles:
                copied.append(" ".join(w[i : i + 8]))
    assert not copied, copied


# Capitalised words that start a phrase but name nothing: not checked against the source.
COMMON = {"a", "an", "the", "in", "on", "at", "of", "to", "for", "by", "and", "or", "but", "not", "no", "yes", "true", "false", "he", "she", "it", "they", "his", "her", "its", "their", "both", "neither", "none", "all", "only", "after", "before", "from", "with", "without", "as", "former", "new", "old", "some", "most", "more", "less", "than", "about", "over", "under"}


# The article spells small numbers out ("eighth head of state", "four months").
NUMBER_WORDS = {
    str(n): (word, ordinal)
    for n, word, ordinal in [
        (1, "one", "first"), (2, "two", "second"), (3, "three", "third"), (4, "four", "fourth"),
        (5, "five", "fifth"), (6, "six", "sixth"), (7, "seven", "seventh"), (8, "eight", "eighth"),
        (9, "nine", "ninth"), (10, "ten", "tenth"),
    ]
}


def answer_texts(q: dict) -> list[str]:
    """The parts of a question's key answer that name something: choices, typed answer, numbers."""
    t = q["type"]
    if t in {"single_choice", "multiple_select"}:
        return [c["text"] for c in q["choices"] if c.get("correct")]
    if t == "fill_in":
        return [q["accept"][0]]
    if t == "numeric":
        return [format(q["answer"], "g")]
    if t == "ordering":
        return list(q["items"])
    if t == "matching":
        return [p["left"] for p in q["pairs"]] + [p["right"] for p in q["pairs"]]
    return []


def key_terms(text: str) -> list[str]:
    """Names (capitalised words) and numbers in an answer, folded for comparison."""
    terms = []
    for token in re.findall(r"[\w'’.-]+", text):
        token = token.strip(".'’-")
        if not token:
            continue
        if re.fullmatch(r"[\d.,]+", token):
            terms.append(token.replace(",", "").rstrip(".").removesuffix(".0"))
        elif token[0].isupper() and fold(token) not in COMMON:
            terms.append(fold(token).removesuffix("'s").removesuffix("’s"))
    return terms


@needs_source
def test_key_answer_terms_occur_in_the_cited_paragraphs():
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    problems = []
    for q in all_questions():
        cited = fold(" ".join(lines[n - 1] for n in q["source"])).replace(",", "")
        for text in answer_texts(q):
            for term in key_terms(text):
                # Whole words or numbers only: "8" must not be found inside "18".
                spellings = [term, *NUMBER_WORDS.get(term, ())]
                if not any(re.search(rf"(?<![\w.]){re.escape(t)}(?![\d])", cited) for t in spellings):
                    problems.append(f"{q['id']}: {term!r} not in paragraphs {q['source']}")
    assert not problems, "\n".join(problems)


def test_the_linter_finds_no_cue_in_the_shipped_bank():
    """``flask bank lint --strict`` on the shipped bank: every finding listed when it fails."""
    from quizapp.bank.lint import lint_bank
    from quizapp.bank.parser import read_bank

    report = lint_bank(read_bank(BANK))
    findings = [str(f) for f in report.open_findings]
    counts = ", ".join(f"{code}: {n}" for code, n in sorted(report.counts().items()))
    assert not findings, f"{len(findings)} lint finding(s) ({counts}):\n" + "\n".join(findings)


# Words that carry no content when options or ordering items are compared.
FILLER = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "and", "or", "is", "are", "was", "its", "it", "as", "with", "from"}


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in FILLER)


def declared_enemies() -> set[frozenset[str]]:
    return {frozenset((q["id"], e)) for q in all_questions() for e in q.get("enemies") or []}


def test_no_two_orderings_share_more_than_half_their_items():
    """Two orderings of mostly the same events are one question asked twice: in practice mode the
    first one's feedback answers the second (pres-q-026 and elec-q-012 once had the same four)."""
    orderings = [q for q in all_questions() if q["type"] == "ordering"]
    enemies = declared_enemies()
    twins = []
    for i, a in enumerate(orderings):
        for b in orderings[i + 1 :]:
            shared = {content_words(t) for t in a["items"]} & {content_words(t) for t in b["items"]}
            if 2 * len(shared) > min(len(a["items"]), len(b["items"])) and frozenset((a["id"], b["id"])) not in enemies:
                twins.append(f"{a['id']} and {b['id']} share {len(shared)} items")
    assert not twins, twins


def test_the_keys_of_a_multiple_select_share_no_word_that_every_wrong_option_lacks():
    """A word in every correct option and in no wrong one ('workers', 'López', 'the US') lets a
    test-wise reader tick exactly the keys without the article."""
    cues = []
    for q in all_questions():
        if q["type"] != "multiple_select":
            continue
        keys = [content_words(c["text"]) for c in q["choices"] if c.get("correct")]
        wrong = [content_words(c["text"]) for c in q["choices"] if not c.get("correct")]
        if len(keys) >= 2:
            common = frozenset.intersection(*keys) - frozenset().union(*wrong)
            if common:
                cues.append(f"{q['id']}: {sorted(common)}")
    assert not cues, cues


def test_nothing_teaches_the_chancay_opening_date():
    """Paragraph 16 dates the port's opening to a month when, by paragraphs 1 and 2, Boluarte was
    no longer president: a slip of the article that no item or card may ask, state or correct."""
    texts = []
    for item in all_questions() + all_cards():
        text = " ".join(s for s in bank_strings_of(item))
        if "chancay" in fold(text) and re.search(r"\b(november|2024|2025)\b", fold(text)):
            texts.append(item["id"])
    assert not texts, texts


def bank_strings_of(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in bank_strings_of(v)]
    if isinstance(node, list):
        return [s for v in node for s in bank_strings_of(v)]
    return []
