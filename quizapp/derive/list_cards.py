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

Only when the lead-in stands alone (no "These were") or, when it says "its uses" or "the main
ones", the sentence before it says whose (quoted with it: "The Lindholm quarry still sells its
granite ... Among its present and past uses are the following:"), and, for a list inside one
sentence parted by commas, when the lead-in counts the items ("three demands") and the count is
the number of items: the count is what tells where the commas part items rather than clauses.
Every item is short: a name or a phrase, a long item cut to its head at its own clause boundary
("the cutting of kerbstones for towns | that pave ...", brief longlists), or, in a list the
lead-in counts, a clause of up to MAX_CLAUSE_WORDS without the word linking it to the one before
(«además, dejó claro que ...»). The card is a fallback: held back unless its paragraph has no
other ready draft (a list that makes a matching or an ordering is asked that way).

Items pairing a term with its gloss ("- drainage, the local term for pumping water out of the
polders, which ...") teach the term: fewer than three such items (three are the list's
matching) make a card each, "what is meant by “drainage”?" ↔ the gloss, ready; the list's card
is then ready beside them, the only item asking what the list holds.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.derive import context
from quizapp.derive.card_checks import dropped_second_verb
from quizapp.derive.drafting import BASE_SCORE, Candidate
from quizapp.derive.extract import CLAUSE_COMMA, fold
from quizapp.derive.giveaways import COUNT_WORDS
from quizapp.derive.lists import MAX_LEAD_WORDS, MIN_HEAD_WORDS, SIDE_CUT, Entry, ListDrafter, TextList, head, relative_end
from quizapp.derive.sequences import is_label

LIST_CARD_HOLD = "held back: a card naming the items of a list the text introduces"
SCORE = BASE_SCORE["card"] - 0.15  # below a fact's card, above the why-cards and claims
TERM_SCORE = BASE_SCORE["card"] - 0.1  # a term the list glosses: above the list's own card
MIN_ITEMS = 3
MAX_SELECT_KEYS = 4  # a list's items a multiple select offers as right
SELECT_WRONG = 2  # and other lists' items as wrong
SELECT_SCORE = SCORE  # beside the list's card: the set keeps the one the other does not give away
MAX_ITEMS = 6  # more is a recital, not a card
# A bracketed abbreviation after an item's name ("Polystyrene (PS)", «Poliestireno (PS)»), and an
# item's label going on past its first name to its colon ("... (LDPE) and high-density
# polyethylene (HDPE):"; ``ListCardDrafter.whole_name``).
_ABBREVIATION = re.compile(r"\s*(?P<abbr>\((?:[A-Z][A-Za-z0-9.\-]{0,9}|[a-z]{1,3}[A-Z][A-Za-z0-9]{0,6})\))")
_LABEL_GOES_ON = {
    "en": re.compile(r"(?P<more>\s+(?:and|or)\s+[^:.;!?()]{2,80}(?:\([^()]{1,12}\))?)\s*\**\s*:"),
    "es": re.compile(r"(?P<more>\s+(?:y|e|o|u)\s+[^:.;!?()]{2,80}(?:\([^()]{1,12}\))?)\s*\**\s*:"),
}
MAX_ITEM_WORDS = 10
# A sentence after a list opening on one more of its items ("Another demand ...", "A fourth
# family ...", «Otra exigencia ...», «Un cuarto tipo ...»; ``ListCardDrafter.goes_on``).
_ONE_MORE = {
    "en": re.compile(r"^(?:another|one more|a further|yet another|an? (?:fourth|fifth|sixth|seventh|eighth))\s+(?P<noun>(?:[\w\-]+\s+){0,2}[\w\-]+)", re.IGNORECASE),
    "es": re.compile(r"^(?:otr[oa]s?|una? (?:cuart[oa]|quint[oa]|sext[oa]|séptim[oa]|octav[oa]))\s+(?P<noun>(?:[\w\-]+\s+){0,2}[\w\-]+)", re.IGNORECASE),
}
LIST_GOES_ON_HOLD = "held back: the text names one more item of the list right after it"


def _shown_words(text: str) -> int:
    """The words of an item as shown, its bracketed abbreviations not counted ("Polystyrene (PS)": one)."""
    return len(_ABBREVIATION.sub("", text).split())

  # "a small make-up stream of ammonia to replace unavoidable losses"
# An item the lead-in counts may be a whole clause ("three consequences: the court held that
# ...; moreover, it made clear that ..."): up to this many words, not cut at its "that".
MAX_CLAUSE_WORDS = 15
# An item and the relative clause giving its figure ("the wear of the tether, which frayed within
# six weeks in the 2015 trials at Husum"): up to this many words, shown whole (with_figures).
MAX_QUALIFIED_WORDS = 20
# A lead-in quoted with the sentence before it, which names what the list is of.
MAX_OWNED_LEAD_WORDS = 45
# A word linking an item to the one before ("moreover, it made clear ...", «y, por último,
# recordó ...»): the back lists the items, so it goes. A word that may open the item's own
# phrase ("next year's crop", «después de la guerra») goes only with its comma.
_LINK = {
    "en": re.compile(
        r"^(?:(?:and|but|or)\b,?\s*)?(?:(?:moreover|furthermore|besides|in addition|additionally|finally|lastly)\b,?\s*"
        r"|(?:also|first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|last|above all),\s*)?", re.IGNORECASE),
    "es": re.compile(
        r"^(?:(?:y|e|o|pero)\b,?\s*)?(?:(?:además|asimismo|por último|finalmente)\b,?\s*"
        r"|(?:también|por otra parte|por otro lado|en (?:primer|segundo|tercer|último) lugar|luego|después|sobre todo),\s*)?",
        re.IGNORECASE),
}
# A relative clause that qualifies a list item (", which now exceed ...", «, que superan ya
# ...»), and a figure in it: digits, or a scale word ("three thousand", «tres mil millones», "40
# percent").
_QUALIFYING_CLAUSE = re.compile(r"^\s*,?\s*(?:which|that|who|whose|where|que|quien|quienes|cuy[oa]s?|donde)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d|%|\b(?:hundred|thousand|million|billion|percent|per\s+cent|cien|cientos?|mil|millon|millones|por\s+ciento)\b", re.IGNORECASE)
# A noun that says what the list is of only with its complement ("several causes:" of what?):
# the sentence before, when there is one, is quoted with the lead-in ("Why did the fleet shrink
# ...? The fishermen point to several causes:").
_RELATIONAL = {
    "en": re.compile(r"\b(?:causes|reasons|consequences|effects|results|factors|explanations)\b(?!\s+(?:of|for|behind)\b)", re.IGNORECASE),
    "es": re.compile(r"\b(?:causas|razones|consecuencias|efectos|resultados|factores|motivos|explicaciones)\b(?!\s+(?:\w+\s+)?del?\b)", re.IGNORECASE),
}
# Words a lead-in may hold and still name nothing of its own ("The main ones were:", «Los
# principales eran:»): what the list is of is in the sentence before.
_ELLIPTIC = {
    "en": frozenset((
        "main", "chief", "principal", "most", "important", "notable", "major", "key", "best", "known", "following",
        "one", "ones", "other", "others", "largest", "biggest", "oldest", "commonest", "common", "include", "included",
        "includes", "follows", "below", "here", "these", "those", "such", "were", "are", "was", "is",
    )),
    "es": frozenset((
        "principales", "principal", "mas", "importantes", "importante", "destacados", "destacadas", "conocidos",
        "conocidas", "siguientes", "siguiente", "otros", "otras", "demas", "mayores", "antiguos", "antiguas",
        "estos", "estas", "son", "eran", "fueron", "era", "fue", "incluyen", "incluian", "cuentan", "figuran", "hay",
        "habia", "seran", "serian",
    )),
}
# A list inside one sentence, after its lead-in's colon, its items parted by commas and the last
# by "and"/«y»: "... three demands: a shorter day, a fixed rate and the return of the foremen."
_COMMA_LIST = re.compile(r"^(?P<lead>[^.!?:;]{3,200}:)\s+(?P<body>[^.!?:;]+?)[.!?]?$")
_LAST_JOINT = {"en": re.compile(r",?\s+and\s+"), "es": re.compile(r",?\s+(?:y|e)\s+")}
# Words counting a list loosely, before the noun that says what it is of ("several advantages",
# «varias ventajas»), beside the count words ("three demands", «cuatro objeciones»).
_QUANTIFIERS = {
    "en": frozenset(("several", "many", "various", "numerous", "some", "few", "multiple")),
    "es": frozenset(("varias", "varios", "algunas", "algunos", "muchas", "muchos", "diversas", "diversos", "numerosas", "numerosos")),
}
# A long noun-phrase item ("a full study of the effect of the new timetable on the pupils'
# journeys and their safety;", «la publicación periódica de los gastos una vez que la reforma
# esté en marcha;») is cut to its head: first before a conjunction opening a clause of time or
# condition (never at the «que» of «una vez que», which is no relative clause), then before the
# last preposition or "and"/«y» that leaves at most MAX_ITEM_WORDS.
_SUBORDINATOR = {
    "en": re.compile(r"\s+(?:once|when|whenever|while|until|unless|because|although|so that|as soon as)\s", re.IGNORECASE),
    "es": re.compile(
        r"\s+(?:una vez que|cuando|mientras|hasta que|antes de que|después de que|para que|porque|aunque|en cuanto|tan pronto como)\s",
        re.IGNORECASE),
}
_PHRASE_JOINTS = {
    "en": frozenset((
        "of", "on", "in", "at", "for", "from", "with", "by", "to", "about", "over", "under", "into", "between", "during",
        "within", "without", "across", "along", "towards", "and", "or",
    )),
    "es": frozenset((
        "de", "del", "sobre", "en", "con", "por", "para", "a", "al", "desde", "hasta", "entre", "durante", "ante", "tras",
        "sin", "hacia", "y", "e", "o",
    )),
}
# The preposition before a date a front asks about: a year or a month ("in 1955", «en 1955»),
# a day ("on 12 May 1955", «el 12 de mayo de 1955»).
# A word that makes a preposition with the one after it («junto a», «cerca de», "next to"): no
# noun phrase is cut between them; and the word opening a purpose ("a store | to hold ...",
# «un sistema | para guardar ...»): a phrase past MAX_ITEM_WORDS is cut before it, not inside.
_COMPOUND_HEADS = {
    "en": frozenset({"next", "close", "ahead", "instead", "because", "out", "due", "prior", "owing", "according"}),
    "es": frozenset({"junto", "cerca", "frente", "ademas", "antes", "despues", "dentro", "fuera", "alrededor", "lejos", "acerca", "encima", "debajo", "delante", "detras"}),
}
_PURPOSE_WORDS = {"en": frozenset({"to"}), "es": frozenset({"para"})}
_AUXILIARIES = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may", "might", "must", "should", "do", "does",
    "did", "es", "son", "era", "eran", "fue", "fueron", "ha", "han", "habia", "habian",
})
_DATE_PREPOSITION = {"en": ("in", "on"), "es": ("en", "el")}
# Words of a lead-in that point at the list's order ("followed one another in this order:"):
# the statement a date card opens with drops them, the list is not shown.
_ORDER_WORDS = {
    "en": re.compile(r"\s+(?:in (?:this|the following) order|as follows|like this)$", re.IGNORECASE),
    "es": re.compile(r"\s+(?:en este orden|en el (?:siguiente )?orden (?:siguiente)?|de (?:esta|la siguiente) (?:manera|forma)|así)$", re.IGNORECASE),
}
_DAY_FIRST = re.compile(r"\d{1,2}\s")
# A lead-in whose last clause points at the list ("the main milestones have been these:",
# «los hitos principales han sido estos:»): its subject, which a date card's front names instead
# ("Among the main milestones, …", «Entre los hitos principales, …»; integrator 18, the review of
# an unseen text: «… han sido estos. ¿Qué ocurrió …?» points at a list the learner does not see).
_POINTING_LEAD = {
    "en": (re.compile(r"(?:^|[,;]\s+|\.\s+)(?P<np>(?i:the)\s+[^,;.:]+?)\s+(?P<verb>were|are|have\s+been|had\s+been|was|is|has\s+been)\s+(?:these|the\s+following|as\s+follows|this)\.$"),
           "Among {np},", "In {np},"),
    "es": (re.compile(r"(?:^|[,;]\s+|\.\s+)(?P<np>(?i:los|las|el|la)\s+[^,;.:]+?)\s+(?P<verb>han\s+sido|fueron|son|eran|ha\s+sido|fue|es|era)\s+(?:estos|estas|los\s+siguientes|las\s+siguientes|la\s+siguiente|el\s+siguiente|esta|este)\.$"),
           "Entre {np},", "En {np},"),
}
# (a plural subject's milestones are among which; a singular sequence's events are in it)
_PLURAL_VERBS = frozenset(("were", "are", "have been", "had been", "han sido", "fueron", "son", "eran"))


def _named_statement(statement: str, code: str) -> str:
    """A date card's opening statement, its pointing clause turned to the list's name ("Between
    cases, the main milestones have been these." -> "Among the main milestones,"; «La secuencia
    principal fue la siguiente.» -> «En la secuencia principal,»), else as it is."""
    if code not in _POINTING_LEAD:
        return statement
    pattern, plural, singular = _POINTING_LEAD[code]
    found = pattern.search(statement)
    if found is None:
        return statement
    np = found.group("np")
    form = plural if " ".join(found.group("verb").split()).lower() in _PLURAL_VERBS else singular
    return form.format(np=np[:1].lower() + np[1:])
_SENTENCE_CUT_DUTY = re.compile(r"(?<=[.!?])\s+")
MIN_CLAUSE_WORDS = 6
# A possessive whose owner the lead-in does not name ("Conviene conocer sus nombres:", "Its
# parts are:"): the front would not say whose list it is.
_POSSESSIVES = {"en": frozenset({"its", "their", "his", "her"}), "es": frozenset({"su", "sus"})}
# A lead-in naming what parties owe under an agreement ("The charter sets out three duties:",
# «El convenio recoge tres compromisos:»), and an item opening with the party that owes it, a
# noun phrase before a verb in the present ("The estate keeps ...", «Los molineros limpian ...»).
_DUTY_NOUN = {
    "en": re.compile(r"\b(?:commitments|duties|obligations|undertakings|responsibilities|pledges)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:compromisos|obligaciones|deberes|responsabilidades)\b", re.IGNORECASE),
}
_PARTY_OPENERS = {"en": frozenset({"the", "each", "every"}), "es": frozenset({"el", "la", "los", "las", "cada"})}
_PRESENT_VERB = {"en": re.compile(r"^[a-z]{2,}[^s's]s$"), "es": re.compile(r"^(?:se\s+)?[a-záéíóúñ]{2,}(?:a|e|an|en)$")}
MAX_PARTY_WORDS = 5
MAX_DUTY_WORDS = 22
# A lead-in whose last sentence speaks of the items by their ordinals ("The first is modest, the
# second costly, and the third binds the growers themselves:", «La primera es modesta, la segunda
# costosa, y la tercera obliga a ...:»), the sentence before counting the set ("The scheme rests
# on three measures, each of which ..."): each part an ordinal and what it says of that item.
_ORDINAL_PART = {
    "en": re.compile(r"^(?:and\s+|but\s+)?the\s+(first|second|third|fourth|fifth|sixth|last)\s+(\S.*)$", re.IGNORECASE),
    "es": re.compile(
        r"^(?:y\s+|e\s+|pero\s+)?(?:el|la|los|las)\s+(primer[oa]|segund[oa]|tercer[oa]|cuart[oa]|quint[oa]|sext[oa]|[uú]ltim[oa])\s+(\S.*)$",
        re.IGNORECASE),
}
_ORDINAL_RANK = {
    "en": ("first", "second", "third", "fourth", "fifth", "sixth"),
    "es": ("primer", "segund", "tercer", "cuart", "quint", "sext"),
}
_COPULAS = {"en": frozenset({"is", "was", "are", "were"}), "es": frozenset({"es", "era", "son", "eran", "fue"})}
# A lead-in reporting what a party agreed, promised or was asked to do, its items the actions,
# each an infinitive ("Under the accord, the company agreed to:" above "- publish the position
# of every turbine ...;", «En virtud del acuerdo, la empresa se comprometió a:» above «- abrir las
# compuertas ...;»). English: the verb (base form) and whether it was written in the present;
# the verbs of asking name whom they ask ("The letter asked the council to:").
_PROMISE_VERBS_EN = {
    "agreed": "agree", "promised": "promise", "undertook": "undertake", "pledged": "pledge", "vowed": "vow",
    "offered": "offer", "committed itself": "commit itself", "committed themselves": "commit themselves",
    "asked": "ask", "urged": "urge", "told": "tell", "required": "require", "called on": "call on",
    "agrees": "agree", "promises": "promise", "undertakes": "undertake", "pledges": "pledge", "offers": "offer",
    "asks": "ask", "urges": "urge", "requires": "require", "calls on": "call on",
}
_ASKING_EN = frozenset({"ask", "urge", "tell", "require", "call on"})
_PROMISE_LEAD = {
    "en": re.compile(
        r"^(?:(?P<pre>[A-Z][^,:;]{2,60}),\s+)?(?P<party>(?:[Tt]he\s+|[A-Z])[^,:;]{1,50}?)\s+"
        rf"(?P<verb>{'|'.join(sorted(_PROMISE_VERBS_EN, key=len, reverse=True))})"
        r"(?:\s+(?P<whom>(?:the\s+)?[^\s,:;]+(?:\s+[^\s,:;]+){0,3}?))?\s+to:$"),
    "es": re.compile(
        r"^(?:(?P<pre>[^,:;]{2,60}),\s+)?(?P<party>(?:(?:[Ee]l|[Ll]as?|[Ll]os)\s+|[A-ZÁÉÍÓÚÑ])[^,:;]{1,50}?)\s+"
        r"(?P<verb>se\s+(?:comprometi[óo]|comprometieron|compromete|comprometen|oblig[óo]|obligaron|obliga|obligan)\s+a"
        r"|acept[óo]|aceptaron|acord[óo]|acordaron|prometi[óo]|prometieron|decidi[óo]|decidieron|ofreci[óo]|ofrecieron)\s*:$"),
}
# A word after an English item's verb that goes with it ("pay for", "take over"): asked with the verb.
_PARTICLES_EN = frozenset({"for", "to", "with", "on", "into", "about", "up", "out", "down", "off", "over", "back", "away", "from", "in"})
_INFINITIVE_ES = re.compile(r"^[a-záéíóúñ]{2,}(?:ar|er|ir|ír)$")
# A date opening the sentence before a lead-in ("In 2009 the Trust wrote ..."): left out of the
# front, whose figure another draft asks.
_OPENING_DATE = re.compile(r"^(?:In|On|By|En|El|Desde)\s+[^,]{0,20}?\b\d{3,4},?\s+")
MAX_ACTION_WORDS = 25
# An opening phrase of time or circumstance before a sentence's subject ("After two years of
# talks the company ...", «Tras dos años de negociaciones, las cofradías ...»): left out of a
# sentence the front quotes to say which thing it asks of, when its figure would show another
# draft's key.
_OPENING_PHRASE = {
    "en": re.compile(r"^(?:After|Following|During|Over|In|On|By|Within)\s[^,.;:]{2,40}?(?:,\s*|\s+)(?=(?:the|The)\s)"),
    "es": re.compile(r"^(?:Tras|Después de|Durante|En|Al cabo de)\s[^,.;:]{2,40}?(?:,\s*|\s+)(?=(?:el|la|los|las|El|La|Los|Las)\s)"),
}
# A noun-phrase item that gives its reason or its purpose after a comma ("the high cost of the
# steel frames, since each one must be lifted ...;", «el alto coste de los diques, ya que cada
# uno exige años de obra;», "a new substation on the island, so that the power ..."): the
# reason's connective is left out of the back, the purpose's kept ("So that ...").
_REASON_CLAUSE = {
    "en": re.compile(r",\s+(?:(?P<cause>since|because|as)|(?P<purpose>so that|so as to|in order to))\s+(?P<rest>\S.*)$", re.IGNORECASE),
    "es": re.compile(
        r",\s+(?:(?P<cause>ya que|porque|pues|puesto que|dado que)|(?P<purpose>para que|a fin de que|para))\s+(?P<rest>\S.*)$", re.IGNORECASE),
}
MIN_REASON_WORDS = 4
# A noun-phrase item whose relative clause says what the thing does ("mistletoe, which spreads
# from tree to tree ...;", «el horario de las mareas, que no coincide con ...»): the relative
# word opens a clause whose verb comes first (after a negation or an adverb), so the back is
# that verb phrase ("Spreads from tree to tree ..."). Not "which sand ... grind down" (its
# subject is another noun) nor «donde», "when" (a place, a time).
_SUBJECT_RELATIVE = {
    "en": re.compile(r",\s+(?:which|who|that)\s+(?P<rest>(?:not\s+|[a-z]+ly\s+)?(?P<verb>[a-z]+)\s.*)$"),
    "es": re.compile(r",\s+(?:que|quienes|quien)\s+(?P<rest>(?:no\s+|ya\s+|se\s+|a\s+menudo\s+)*(?P<verb>[a-záéíóúñ]+)\s.*)$"),
}
_FINITE_EN = re.compile(r"^(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|do|does|did|[a-z]{2,}[^s\W]s|[a-z]{3,}ed)$")
_FINITE_ES = re.compile(r"^[a-záéíóúñ]{2,}(?:a|e|an|en|ó|ió|ía|ían|aba|aban|aron|ieron)$")


MAX_EVENT_WORDS = 24  # a timeline card's back kept whole for its second verb (cards4)

class ListCardDrafter:
    """Cards naming the items of the lists a document introduces."""

    def __init__(self, lists: ListDrafter, titles: dict[int, list[str]] | None = None) -> None:
        self.builder = lists.builder
        self.titles = titles or {}  # the headings above each paragraph, its section's first (topic_titles)
        self.lang = lists.builder.lang
        self.code = self.lang.code if self.lang.code in _LAST_JOINT else ""
        self.lists = lists  # the matchings' and orderings' drafter: its lists, read once

    def candidates(self) -> Iterator[Candidate]:
        if not self.code:
            return
        found = [*self.lists.lists(), *self.comma_lists()]
        carded: list[tuple[TextList, Candidate]] = []
        for listed in sorted(found, key=lambda f: (f.entries[0].paragraph, f.entries[0].start)):
            terms = list(self.term_cards(listed))
            reasons = list(self.reason_cards(listed))
            card = self.card(listed)
            if card is not None:
                carded.append((listed, card))
            if card is not None and (terms or reasons) and self.unasked(listed):
                # The terms' or the reasons' cards, ready, cover the paragraph: the list's card,
                # the only item asking what the list holds (and the items giving no reason),
                # would wait behind them for good.
                card.problems[:] = [p for p in card.problems if not p.startswith(LIST_CARD_HOLD)]
            if card is not None:
                yield card
                yield from self.point_cards(listed)
            yield from self.date_cards(listed)
            yield from self.duty_cards(listed)
            yield from self.ordinal_cards(listed)
            yield from self.promise_cards(listed)
            yield from reasons
            yield from terms
        for k, (listed, card) in enumerate(carded):
            others = [c for j, (o, c) in enumerate(carded) if j != k and self.same_kind(listed, o, card.key_texts, c.key_texts)]
            select = self.select(listed, card, others)
            if select is not None:
                yield select

    def same_kind(self, one: TextList, other: TextList, one_items: list[str], other_items: list[str]) -> bool:
        """Whether another list's items may pass for this list's: in the same section (no heading
        between their paragraphs), of items shown of like length (neither twice the other's on average), both
        of names or both of lower-case phrases ("the wear of the
        tether" beside "a lower cost per megawatt-hour", not "Saint-Aubert"), and both or neither of
        causes or consequences (clauses a reader tells from the uses of cork by their shape)."""
        first, last = sorted((one.paragraphs[0], other.paragraphs[0]))
        if any(n not in self.builder.facts.paragraphs for n in range(first, last + 1)):
            return False
        if {e.text[:1].islower() for e in one.entries} != {e.text[:1].islower() for e in other.entries}:
            return False
        if len({e.text[:1].islower() for e in one.entries}) != 1:
            return False
        if bool(_RELATIONAL[self.code].search(one.lead)) != bool(_RELATIONAL[self.code].search(other.lead)):
            return False
        lengths = [sum(len(t.split()) for t in items) / len(items) for items in (one_items, other_items)]
        return max(lengths) <= 2 * min(lengths)  # "sharps" beside "late frost in blossom time": told apart by length

    def select(self, listed: TextList, card: Candidate, others: list[Candidate]) -> Candidate | None:
        """A multiple select of a list whose front names what it is of ("Kite generators still
        face serious hurdles. Which of these does the text list as hurdles?"), its wrong options
        items of the document's other lists (what the designers hoped for), never made up: only
        where such a list exists, and only over a list no matching or ordering asks."""
        named = self.subject(listed)
        if named is None or not others or not self.unasked(listed):
            return None
        keys = card.key_texts[:MAX_SELECT_KEYS]
        own = {fold(k) for k in card.key_texts}
        pool = [t for o in others for t in o.key_texts if fold(t) not in own]
        wrong = list(dict.fromkeys(pool))[:SELECT_WRONG]
        if len(wrong) < SELECT_WRONG or any(fold(t) in fold(named[0]) for t in wrong):
            return None
        statement, noun = named
        prompt = self.lang.prompt("list_select", statement=statement, noun=noun, select_all=self.lang.prompt("select_all"))
        choices = [{"text": t[:1].upper() + t[1:], "correct": True} for t in keys] + [{"text": t[:1].upper() + t[1:], "correct": False} for t in wrong]
        explanation = self.lang.prompt("explain_listed", paragraph=str(listed.paragraphs[0]), items="; ".join(card.key_texts))
        item = self.builder.question(
            "multiple_select", prompt, explanation, list(listed.paragraphs), 2, choices=sorted(choices, key=lambda c: fold(str(c["text"]))),
        )
        item["tags"] = ["list"]
        main = listed.entries[0].paragraph
        fact = f"list:{main}:{listed.entries[0].start}:select"
        return Candidate("question", item, main, None, SELECT_SCORE, f"multiple_select|{fact}", fact, keys)

    def unasked(self, listed: TextList) -> bool:
        """Whether no matching or ordering asks the list as a whole."""
        return next(self.lists.matching(listed), None) is None and next(self.lists.ordering(listed), None) is None

    def term_cards(self, listed: TextList) -> Iterator[Candidate]:
        """A card per term a list glosses in apposition ("- drainage, the local term for pumping
        water out of the polders, which ...": "what is meant by “drainage”?" ↔ "The local term
        for pumping water out of the polders"), when fewer than MIN_PAIRS items do (three or
        more are the list's matching, ``ListDrafter.matching``)."""
        glossed = [(e, g) for e in listed.entries if (g := self.lists.gloss(e)) is not None]
        if not glossed:
            # ... or labels with a colon or a dash ("- Macropores: wide channels left by roots"),
            # in a list too short for a matching: each item a term card of its own (brief explain).
            glossed = [(e, g) for e in listed.entries if (g := self.lists.labelled_term(e)) is not None]
        if not glossed or len(glossed) >= MIN_ITEMS or next(self.lists.matching(listed), None) is not None:
            return
        for entry, (term, gloss) in glossed:
            back = gloss[0].upper() + gloss[1:]
            item = {"front": self.lang.prompt("card_named", term=term), "back": back, "source": list(listed.paragraphs), "tags": ["definition", "list-term"]}
            fact = f"list:{entry.paragraph}:{entry.start}:term"
            at = entry.text.find(gloss)
            span = (entry.start + at, entry.start + at + len(gloss)) if at >= 0 else None
            yield Candidate("card", item, entry.paragraph, span, TERM_SCORE, f"card|{fact}|{back}", fact, [term, back])

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

    def elliptic(self, lead: str) -> bool:
        """Whether a lead-in names nothing of its own ("The main ones were:", «Los principales
        eran:»): every word of it a stop word or one of ``_ELLIPTIC``."""
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", lead)]
        stop = self.lists.stop
        return bool(words) and all(w in stop or w in _ELLIPTIC[self.code] for w in words)

    def sentence_before(self, listed: TextList) -> str | None:
        """The sentence right before the lead-in, in its paragraph, when it is a statement that
        reads alone: it names what a lead-in saying "its uses", "the main ones" lists."""
        before = self._before_lead(listed)
        if not before.endswith((".", "?")):
            return None
        sentence = before[before.rfind(self._last(before)):]
        if context.leans_on_context(sentence, self.lang) or context.demonstrative_reference(sentence, self.lang):
            return None
        return sentence

    def _before_lead(self, listed: TextList) -> str:
        """The text of the lead-in's paragraph before the lead-in ("" when it opens it)."""
        text = self.builder.facts.paragraphs.get(listed.paragraphs[0], "")
        at = text.rfind(listed.lead.strip())
        return text[:at].strip() if at > 0 else ""

    @staticmethod
    def _sentences(text: str) -> list[str]:
        return re.split(r"(?<=[.!?])\s+", text.strip())

    @classmethod
    def _last(cls, text: str) -> str:
        parts = cls._sentences(text)
        return parts[-1] if parts else ""

    def front_lead(self, listed: TextList) -> str | None:
        """The lead-in the front quotes: itself when it says what the list is of, with the
        sentence before when it leans on it for that ("Among its uses are the following:", "The
        main ones were:"), None when it leans on what the card cannot quote."""
        lead = listed.lead.strip()
        if context.leans_on_context(lead, self.lang) or context.demonstrative_reference(lead, self.lang):
            return None
        alone = lead if len(lead.split()) <= MAX_LEAD_WORDS else None
        owner = self.unowned(lead) or self.elliptic(lead)
        if not owner and not _RELATIONAL[self.code].search(lead):
            return alone
        before = self.sentence_before(listed)
        owned = f"{before} {lead}" if before is not None else ""
        if before is None or len(owned.split()) > MAX_OWNED_LEAD_WORDS:
            return None if owner else alone  # "several causes:" still reads as a list of causes
        if not owner and re.search(r"\d", before):
            return alone  # a figure quoted for context only would show another item's key ("after ____?")
        return owned

    def _plural(self, word: str) -> bool:
        """Whether a word reads as a plural noun or adjective ("hurdles", «objeciones»)."""
        w = fold(word)
        if len(w) < 4 or w in self.lists.stop or w in _ELLIPTIC[self.code] or not word.islower():
            return False
        if self.code == "en":
            return w.endswith("s") and not w.endswith(("ss", "us", "is"))
        return w.endswith("s")

    def _counted_noun(self, lead: str) -> str | None:
        """The noun a lead-in counts ("three demands to ...": "demands"; «cuatro objeciones
        principales»: "objeciones principales"), or None."""
        words = re.findall(r"[^\W\d_]+|\d+", lead)
        counts = {*COUNT_WORDS[self.code], *_QUANTIFIERS[self.code]}
        for k, word in enumerate(words):
            if not (fold(word) in counts or word.isdigit()):
                continue
            rest = words[k + 1:k + 4]
            if self.code == "en":  # adjectives first: "three main demands"
                for n, w in enumerate(rest):
                    if fold(w) in self.lists.stop:
                        break
                    if self._plural(w):
                        after = words[k + n + 2:k + n + 4]
                        if after[:1] == ["of"] and len(after) == 2 and fold(after[1]) not in self.lists.stop:
                            return " ".join([*rest[:n + 1], *after])  # "three kinds of apple": what kinds
                        return " ".join(rest[:n + 1])
                return None
            run: list[str] = []  # «objeciones principales»: the noun first, its adjectives after
            for w in rest:
                if not (self._plural(w) or (run and w.islower() and fold(w).endswith("s") and fold(w) not in self.lists.stop)):
                    break  # («principales», elliptic alone, qualifies the noun before it)
                run.append(w)
            return " ".join(run[:2]) or None
        return None

    def _trailing_noun(self, sentence: str) -> str | None:
        """The plural noun a statement ends on ("Kite generators still face serious hurdles.":
        "hurdles"; «Los vecinos presentaron objeciones serias.»: "objeciones serias"), which an
        elliptic lead-in ("The main ones are:") takes up."""
        if not sentence.endswith("."):
            return None
        words = re.findall(r"[^\W\d_]+", sentence)
        run: list[str] = []
        for w in reversed(words[-2:] if self.code == "es" else words[-1:]):
            if not self._plural(w):
                break
            run.insert(0, w)
        return " ".join(run) or None

    def subject(self, listed: TextList) -> tuple[str, str] | None:
        """The statement naming what the list is OF and its noun, for a front asking it in the document's words: the statement that names
        it, then the question ("Kite generators still face serious hurdles. What hurdles does
        the text list?", «Los críticos señalaron cuatro objeciones principales. ¿Qué objeciones
        principales enumera el texto?»). None when no noun says what the list is of."""
        lead = listed.lead.strip()
        ordinal = self.ordinal_lead(listed)
        if ordinal is not None:  # "The first is modest, ...:" after "The scheme rests on three measures, ..."
            return ordinal[0], ordinal[1]
        quoted = self.front_lead(listed)
        if quoted is None or not lead.endswith(":"):
            return None
        if self.elliptic(lead):  # "The main ones are:": the sentence before names them
            statement = self.sentence_before(listed)
            noun = self._trailing_noun(statement) if statement is not None else None
        elif self.unowned(lead):
            return None  # "Among its uses are the following:" reads as no statement of its own
        elif quoted == lead and _RELATIONAL[self.code].search(lead):
            return None  # "The fishermen point to several causes:" names causes of nothing
        else:
            statement = quoted[:-1].rstrip() + "."
            noun = self._counted_noun(lead)
            if noun is None and (noun := self._lone_noun(lead)) is not None:
                statement = self.statement_naming(listed, noun)  # "The main operators were:": operators of what
        if statement is None or noun is None:
            return None
        return statement, noun

    def _lone_noun(self, lead: str) -> str | None:
        """The one plural noun of a lead-in that names nothing else ("The main operators were:":
        "operators"; «Los principales vendedores eran:»: "vendedores"), or None."""
        words = re.findall(r"[^\W\d_]+", lead)
        others = [w for w in words if fold(w) not in self.lists.stop and fold(w) not in _ELLIPTIC[self.code]]
        return others[0] if len(others) == 1 and self._plural(others[0]) else None

    def statement_naming(self, listed: TextList, noun: str) -> str | None:
        """The last statement before the lead-in, in its paragraph, that names ``noun`` and reads
        alone ("Sailings ... are run by a group of licensed operators."), without a figure (it
        would show another item's key), or None."""
        before = self._before_lead(listed)
        if not before:
            return None
        for sentence in reversed(self._sentences(before)):
            words = {fold(w) for w in re.findall(r"[^\W\d_]+", sentence)}
            if fold(noun) not in words:
                continue
            if not sentence.endswith(".") or re.search(r"\d", sentence) or len(sentence.split()) > MAX_OWNED_LEAD_WORDS:
                return None
            if context.leans_on_context(sentence, self.lang) or context.demonstrative_reference(sentence, self.lang):
                return None
            return sentence
        return None

    def subject_front(self, listed: TextList) -> str | None:
        named = self.subject(listed)
        return self.lang.prompt("list_card_of", statement=named[0], noun=named[1]) if named is not None else None

    def shown(self, entry: Entry, clauses: bool = False, phrases: bool = False) -> str | None:
        """An item as the back shows it: its name when it pairs one with a description, else its
        first clause, without a word linking it to the item before ("moreover,", «y, por
        último,»), cut to its noun phrase when long ("the cutting of kerbstones for towns | that
        pave ..."); a whole clause of a list the lead-in counts (``clauses``) up to
        MAX_CLAUSE_WORDS. None when that is no short phrase."""
        pair = self.lists.pair(entry)
        if pair is not None and is_label(pair[0], self.code):
            # "Day one: the apples are washed ...", "First, the juice is tasted ...": the label
            # says only where the item stands; the back lists what each item says.
            desc = pair[1]
            text = desc[:1].lower() + desc[1:] if desc[:1].lower() + desc[1:] in entry.text else desc
        elif pair is not None:
            text = pair[0]
            if entry.text[:1].islower():
                text = text[:1].lower() + text[1:]  # the name as the text writes it ("the cap", not "The cap" mid-list)
        else:
            text = entry.text[_LINK[self.code].match(entry.text).end():]  # type: ignore[union-attr]
            if (side := SIDE_CUT.search(text)) is not None and relative_end(text, side.start(), self.code) == side.start():
                text = text[:side.start()]  # not "a coil in which, at low pressure, ...": its clause left open
            if phrases:
                # A noun phrase the lead-in speaks of by its ordinal ("A grant paying up to 40
                # pounds a tree ..., a sum ..."): its own words before the first comma, cut
                # to its head only when long, never at its relative «que» (the head alone, "A
                # fund", says nothing).
                text = self.phrase_head(text)
                if text.split()[0].lower() in {d.lower() for d in self.lang.determiners} and not text.split()[1][:1].isupper():
                    text = text[:1].lower() + text[1:]  # "a fund ...", mid-list
            elif not (clauses and len(text.split()) <= MAX_CLAUSE_WORDS):
                phrase = self.noun_phrase(entry, text)
                if phrase and (cut := _SUBORDINATOR[self.code].search(text)) and len(text[:relative_end(text, cut.start(), self.code)].split()) >= MIN_HEAD_WORDS:
                    text = text[:relative_end(text, cut.start(), self.code)]  # before "in which ...", never inside it
                text = head(text, self.code, MAX_ITEM_WORDS)
                if phrase:
                    text = self.phrase_head(text)
        text = text.strip().rstrip(".;,:")
        named = self.whole_name(entry, text)
        if named is None:
            return None
        text = named
        if is_label(text, self.code):
            return None  # "Day one", «El 20 de noviembre»: a label or a date, no item of the list
        if not 1 <= _shown_words(text) <= (MAX_CLAUSE_WORDS if clauses else MAX_ITEM_WORDS) or not text[:1].isalpha():
            return None
        return text

    def whole_name(self, entry: Entry, text: str) -> str | None:
        """An item as shown, with what the text pairs with its name kept (an end review: a back
        "Nickel manganese cobalt oxide" for "Nickel manganese cobalt oxide (NMC) and nickel
        cobalt aluminium oxide (NCA): ..."): a bracketed abbreviation right after it goes with it
        ("Polystyrene (PS)"), and a label the shown text cuts before its colon ("A (X) and B
        (Y): ...", «A (X) y B (Y): ...») is shown whole; None when that whole is too long to show."""
        at = entry.text.lower().find(text.lower())
        if at < 0 or not text:
            return text
        whole, rest = text, entry.text[at + len(text):]
        if (bracket := _ABBREVIATION.match(rest)) is not None:
            whole, rest = f"{whole} {bracket.group('abbr')}", rest[bracket.end():]
        if (more := _LABEL_GOES_ON[self.code].match(rest)) is not None and not entry.text[:at].strip(" *_-–•"):
            whole = f"{whole}{more.group('more')}".strip().strip("*_").strip()
        return text if whole == text else whole if _shown_words(whole) <= MAX_ITEM_WORDS else None

    def noun_phrase(self, entry: Entry, text: str) -> bool:
        """Whether an item reads as a noun phrase going on from its lead-in ("a full study of
        ...;", «datos sobre el uso de ...;»): lower-case or ending in ";", its first word an
        article or its second a preposition."""
        if not (entry.text[:1].islower() or entry.text.rstrip().endswith(";")):
            return False
        words = text.split()
        if len(words) < 2:
            return False
        return fold(words[0]) in {fold(d) for d in self.lang.determiners} or fold(words[1]) in _PHRASE_JOINTS[self.code]

    def phrase_head(self, text: str) -> str:
        """A noun phrase past MAX_ITEM_WORDS cut before its last preposition or "and"/«y» that
        leaves at most MAX_ITEM_WORDS words, at least MIN_HEAD_WORDS, ending on no article nor
        preposition ("the damage done | to the outer wall"; "a full study of the effect of the new timetable | on the pupils' journeys ...");
        unchanged when short or when no such cut is found."""
        words = text.split()
        if len(words) <= MAX_ITEM_WORDS:
            return text
        joints = _PHRASE_JOINTS[self.code]
        articles = {fold(d) for d in self.lang.determiners}
        purposes = [j for j in range(1, len(words) - 1) if self._purpose(words[j], words[j + 1])]
        cuts = [
            k for k in range(MAX_ITEM_WORDS, MIN_HEAD_WORDS - 1, -1)
            if fold(words[k]) in joints and fold(words[k - 1]) not in joints | articles and fold(words[k - 1]) not in _COMPOUND_HEADS[self.code]
            and relative_end(" ".join(words), len(" ".join(words[:k])), self.code) == len(" ".join(words[:k]))
        ]  # «junto | a la esclusa»: the cut would leave «junto» alone; "a coil in which cold | from": a clause left open
        # "a battery store at the harbour to hold part | of ...": cut before its "to", not inside its purpose
        inside = [k for k in cuts if not any(j < k for j in purposes) or k in purposes]
        return " ".join(words[:(inside or cuts)[0]]) if cuts else text

    def _purpose(self, word: str, after: str) -> bool:
        """Whether ``word`` opens a purpose ("to hold", «para guardar»): "to" before a word that is
        no article, figure or name; «para» before an infinitive."""
        if fold(word) not in _PURPOSE_WORDS[self.code]:
            return False
        if self.code == "es":
            return bool(_INFINITIVE_ES.match(after.lower()))
        return after.isalpha() and after.islower() and fold(after) not in self.lists.stop

    def card(self, listed: TextList) -> Candidate | None:
        if not listed.lead.strip() or not MIN_ITEMS <= len(listed.entries) <= MAX_ITEMS:
            return None
        named = self.subject_front(listed)
        lead = named if named is not None else self.front_lead(listed)
        if lead is None:
            return None
        counted = self.count(listed.lead)
        if counted is not None and counted != len(listed.entries):
            return None  # "four hospices" over three items: the list is not the one counted
        if counted is None and (ordinal := self.ordinal_lead(listed)) is not None:
            counted = self.count(ordinal[0])
            items = [self.shown(e, phrases=True) for e in listed.entries]
        else:
            items = [self.shown(e, clauses=counted is not None) for e in listed.entries]
        if any(i is None for i in items):
            return None
        shown, cut = self.with_figures(listed, [i for i in items if i is not None])
        if context.leans_on_context(shown[0], self.lang):
            return None  # the first item's "it", «ello»: the back would not say whose
        if len({fold(i) for i in shown}) < len(shown) or any(fold(i) in fold(lead) for i in shown):
            return None
        back = "; ".join([shown[0][0].upper() + shown[0][1:], *shown[1:]]) + "."
        front = named if named is not None else self.lang.prompt("list_card", lead=lead)
        if named is None and lead == listed.lead.strip() and self._lone_noun(lead) is not None:
            # "The main buyers were:": buyers of what? The section's heading says (brief fronts3).
            titles = self.titles.get(listed.paragraphs[0], [])
            if not titles:
                return None
            front = self.lang.prompt("list_card_under", heading=titles[0].strip().rstrip(".:"), lead=lead)
        main = listed.entries[0].paragraph
        item = {"front": front, "back": back, "source": list(listed.paragraphs), "tags": ["list"]}
        fact = f"list:{main}:{listed.entries[0].start}:card"
        first = listed.entries[0]
        # A front naming what the list is of, over a list no matching or ordering asks, is the
        # one draft asking its items (each a paragraph of its own in an imported list): ready.
        # So is one over items that are sentences under their labels ("Water: the cutting would
        # cross ..."): a matching pairs labels and gists; the card asks which points were made.
        held = [] if named is not None and (self.unasked(listed) or self.headed(listed)) else [f"{LIST_CARD_HOLD}, offered only for a paragraph no other ready draft covers"]
        if cut:
            held = [*held, "held back: an item of the list card's back is cut before the figure that qualifies it, and the whole item is too long to show"]
        if self.goes_on(listed):
            held = [*held, f"{LIST_GOES_ON_HOLD}, so the card's back would be incomplete"]
        return Candidate(
            "card", item, main, (first.start, first.start + len(first.text)), SCORE, f"card|{fact}|{back}", fact, shown, held,
        )

    def goes_on(self, listed: TextList) -> bool:
        """Whether the sentence right after the list's last item, in its paragraph or opening the
        next one, names one more of the list's kind ("The main demands were: ... . Another demand
        was ...", «Otra exigencia era ...», "A fourth family ..."): an opener of one more
        (``_ONE_MORE``) whose noun is the lead-in's own (an end review: a list card missing a member)."""
        last = listed.entries[-1]
        paragraphs = self.builder.facts.paragraphs
        text = paragraphs.get(last.paragraph, "")
        end = last.start + len(last.text)
        rest = text[end:].lstrip(" .;:,)»”\"'") if text[last.start:end] == last.text else ""
        if not rest.strip():
            rest = paragraphs.get(last.paragraph + 1, "")
        m = _ONE_MORE[self.code].match(rest.strip())
        if m is None:
            return False
        lead = {w[:5] for w in re.findall(r"[^\W\d_]{4,}", f"{listed.lead} {' '.join(self.titles.get(listed.paragraphs[0], [])[:1])}".lower())}
        return any(w[:5] in lead for w in re.findall(r"[^\W\d_]{4,}", m.group("noun").lower()))

    def with_figures(self, listed: TextList, shown: list[str]) -> tuple[list[str], bool]:
        """The items as the back shows them, each keeping the figure its text gives: an item cut
        to its head before a relative clause with a figure («los tiempos de llegada de la
        ambulancia | , que superan ya los 35 minutos», "the price of diesel | , which has risen 40
        percent") loses what makes it matter (a fresh review of an unseen text rejected such a
        back). The whole item is shown when it is short (MAX_QUALIFIED_WORDS); else the second
        value is True: the card is held. A figure is written in digits or with a scale
        word ("three thousand", «tres mil millones», "percent"); a count alone ("for two
        centuries", «entre dos acequias») and a gloss in apposition («el partidor, una piedra
        ...») are no qualifier the item needs. An item pairing a name with its description
        ("Saint-Aubert, the lowest, at 1,200 metres") shows the name: the figure is the
        description's. Only a list inside one paragraph: see below."""
        if len({e.paragraph for e in listed.entries}) > 1:
            # Items that are paragraphs of their own ("- the wear of the tether, which frayed
            # within six weeks in the 2015 trials;"): each has its own draft, which asks its
            # figure; the card names the items and covers the paragraphs nothing else asks.
            return shown, False
        kept, cut = [], False
        for entry, text in zip(listed.entries, shown, strict=True):
            whole = entry.text[_LINK[self.code].match(entry.text).end():].strip().rstrip(".;,:")  # type: ignore[union-attr]
            rest = whole[len(text):] if whole.lower().startswith(text.lower()) else ""
            if not self._named_pair(entry) and _QUALIFYING_CLAUSE.match(rest) and _FIGURE.search(rest):
                if len(whole.split()) > MAX_QUALIFIED_WORDS or ";" in whole:
                    cut = True
                else:
                    text = text + rest  # the item's own words, with its qualifier
            kept.append(text)
        return kept, cut

    def _named_pair(self, entry: Entry) -> bool:
        """Whether an item pairs a name (a capitalised word past its articles) with a description."""
        pair = self.lists.pair(entry)
        if pair is None:
            return False
        articles = {fold(d) for d in self.lang.determiners}
        written = entry.text.split()[:len(pair[0].split())]  # as the text writes it: the pair's name is capitalised
        return any(w[:1].isupper() for w in written if fold(w) not in articles)

    def headed(self, listed: TextList) -> list[tuple[Entry, str, str]]:
        """The items with their labels and gists when every item is a sentence under a label
        ("- Noise: the road would pass 40 metres from the primary school, ...", «- El agua: el
        desmonte cruzaría ...»), else []."""
        found = [(e, *p) for e in listed.entries if (p := self.lists.headed_sentence(e)) is not None]
        return found if len(found) == len(listed.entries) >= MIN_ITEMS else []

    def point_cards(self, listed: TextList) -> Iterator[Candidate]:
        """A card per point of a list of headed sentences, the front the statement that names
        what the list is of and the point's label ("Residents raised four objections to the
        ring road. What does the text say about “Water”?"), the back its gist ("The cutting
        would cross the aquifer that feeds the town's two wells"): each item is content of its
        own, which the list's card (its labels) does not ask. Cites the lead-in and the item."""
        named = self.subject(listed)
        if named is None:
            return
        lead_paragraphs = [n for n in listed.paragraphs if n not in {e.paragraph for e in listed.entries}]
        if not self.headed(listed):
            yield from self.subject_cards(listed, named[0], lead_paragraphs)
            return
        for entry, label, gist in self.headed(listed):
            if fold(label) in fold(named[0]):
                continue  # the statement names the point: the front would ask its own words
            if fold(label.split()[0]) in {fold(w) for w in self.lang.determiners}:
                label = label[:1].lower() + label[1:]  # «sobre «el agua»», mid-sentence
            front = self.lang.prompt("list_point", statement=named[0], label=label)
            item = {"front": front, "back": gist, "source": [*lead_paragraphs, entry.paragraph], "tags": ["list-item"]}
            fact = f"list:{entry.paragraph}:{entry.start}:point"
            at = entry.text.lower().find(gist.lower())
            span = (entry.start + at, entry.start + at + len(gist)) if at >= 0 else None
            yield Candidate("card", item, entry.paragraph, span, SCORE, f"card|{fact}|{gist}", fact, [gist])

    def date_cards(self, listed: TextList) -> Iterator[Candidate]:
        """A card per event of a timeline whose items a date heads ("- 1955: floodlights are
        added for evening matches."), the front the lead-in as a statement and the date ("The
        town's football ground has a long history. What happened in 1955, according to the
        text?"), the back the event without its date: the flashcard of each item, whose year
        alone a gap would ask. Only when (almost) every item is dated; cites the lead-in and the item."""
        events = self.lists.dated_events(listed)
        lead = self.front_lead(listed)
        if len(events) < MIN_ITEMS or len(events) < len(listed.entries) - 1 or lead is None or not lead.endswith(":"):
            return
        if len({fold(date) for _, date, _ in events}) < len(events):
            return  # two events in one year: the front would have two answers
        statement = _named_statement(_ORDER_WORDS[self.code].sub("", lead[:-1].rstrip()).rstrip(" ,") + ".", self.code)
        lead_paragraphs = [n for n in listed.paragraphs if n not in {e.paragraph for e in listed.entries}]
        year, day = _DATE_PREPOSITION[self.code]
        for entry, date, event in events:
            if self.dated_elsewhere(date, {e.paragraph for e in listed.entries}):
                continue  # "What happened in 1958?": the text tells of a flood that year too
            event = self.whole_event(entry, event)
            if self.code == "es" and fold(date.split()[0]) in {fold(m) for m in self.lang.months}:
                date = date[:1].lower() + date[1:]  # «en julio de 2019», mid-sentence
            when = f"{day if _DAY_FIRST.match(date) else year} {date}"
            front = self.lang.prompt("list_when", statement=statement, when=when)
            if statement.endswith(","):
                front = re.sub(r"^(.*?,)\s+(\S)", lambda m: f"{m.group(1)} {m.group(2).lower()}", front, count=1)  # «Entre …, según el texto, ¿qué …?»
            back = event[:1].upper() + event[1:]
            item = {"front": front, "back": back, "source": [*lead_paragraphs, entry.paragraph], "tags": ["list-date"]}
            fact = f"list:{entry.paragraph}:{entry.start}:when"
            at = entry.text.lower().find(event.lower())
            span = (entry.start + at, entry.start + at + len(event)) if at >= 0 else None
            yield Candidate("card", item, entry.paragraph, span, SCORE, f"card|{fact}|{back}", fact, [back])

    def whole_event(self, entry: Entry, event: str) -> str:
        """The event as its item writes it when the cut to its main clause left out the second of
        its subject's two verbs («el municipio cierra el mercado para cambiar la cubierta y anuncia
        un concurso»: the card's back keeps both, cards4); the cut event otherwise."""
        if dropped_second_verb(event, entry.text, self.code) is None:
            return event
        at = entry.text.lower().find(event.lower())
        whole = re.split(r"[.;:](?:\s|$)", entry.text[at:])[0].rstrip(" ,")
        if at < 0 or len(whole.split()) > MAX_EVENT_WORDS or dropped_second_verb(whole, entry.text, self.code) is not None:
            return event  # (held: card_checks.half_event_back)
        return whole

    def duty_cards(self, listed: TextList) -> Iterator[Candidate]:
        """A card per duty of a list the lead-in says is what an agreement's parties owe ("The
        charter sets out three duties:"), each item a sentence opening with its party ("The
        estate keeps a gate unlocked at the top of the fell ..."): the front says whose agreement
        (the sentence before when the lead-in takes it up: "The farmers of the fell signed a
        charter with the walking club ... The charter sets out three duties.") and asks the
        party's duty ("What must the estate do, according to the text?"), the back the item's
        own sentence. Each duty is content of its own no other draft asks; only when every item
        opens with a party, no two alike. Cites the lead-in and the item."""
        lead = listed.lead.strip()
        if not lead.endswith(":") or not _DUTY_NOUN[self.code].search(lead) or len(listed.entries) < MIN_ITEMS:
            return
        duties = [self.duty(e) for e in listed.entries]
        if any(d is None for d in duties):
            return
        parties = [d for d in duties if d is not None]
        if len({fold(p) for p, _, _ in parties}) < len(parties):
            return
        statement = self.agreement_statement(listed)
        if statement is None:
            return
        lead_paragraphs = [n for n in listed.paragraphs if n not in {e.paragraph for e in listed.entries}]
        for entry, (party, plural, back) in zip(listed.entries, parties):
            # (A party the statement names, a signatory, is asked too: its duty is the item's own.)
            front = self.lang.prompt("list_duty_many" if plural else "list_duty", statement=statement, party=party)
            item = {"front": front, "back": back, "source": [*lead_paragraphs, entry.paragraph], "tags": ["list-item"]}
            fact = f"list:{entry.paragraph}:{entry.start}:point"
            span = (entry.start, entry.start + len(back.rstrip(".")))
            yield Candidate("card", item, entry.paragraph, span, SCORE, f"card|{fact}|{back}", fact, [back.rstrip(".")])

    def duty(self, entry: Entry) -> tuple[str, bool, str] | None:
        """The party an item opens with (lower-cased, "the estate", «los molineros»), whether it
        is plural (a Spanish verb in -n), and the item's first sentence as a back; None when the
        item opens otherwise or is long."""
        text = _SENTENCE_CUT_DUTY.split(entry.text.strip(), maxsplit=1)[0].strip()
        words = text.split()
        if not words or fold(words[0]) not in _PARTY_OPENERS[self.code] or not MIN_CLAUSE_WORDS <= len(words) <= MAX_DUTY_WORDS:
            return None
        for k in range(2, min(len(words), MAX_PARTY_WORDS + 1)):
            word = words[k].lower().strip(",")
            if fold(word) in self.lists.stop or not _PRESENT_VERB[self.code].match(word):
                continue
            reflexive = self.code == "es" and fold(words[k - 1]) == "se"  # «Los cañeros se comprometen»
            if fold(words[k - 1]) in self.lists.stop and not reflexive:
                return None  # "The members of the ...": a verb after a stop word is no party's
            party = " ".join(words[:k - 1] if reflexive else words[:k])
            back = text if text.endswith((".", "!")) else text.rstrip(";,:") + "."
            return party[:1].lower() + party[1:], self.code == "es" and word.endswith("n"), back[:1].upper() + back[1:]
        return None

    def agreement_statement(self, listed: TextList) -> str | None:
        """The lead-in as a statement, after the sentence before it when the lead-in's first
        noun takes one up ("... signed a charter with the walking club ... The charter sets out
        three duties."): the front then says whose agreement it is. None when the lead-in leans
        on what the card cannot quote."""
        lead = listed.lead.strip()
        if context.demonstrative_reference(lead, self.lang):
            return None
        statement = _named_statement(_ORDER_WORDS[self.code].sub("", lead[:-1].rstrip()).rstrip(" ,") + ".", self.code)
        words = re.findall(r"[^\W\d_]+", lead)
        noun = next((w for w in words if fold(w) not in self.lists.stop), "")
        before = self._before_lead(listed)
        sentence = self._last(before) if before else ""
        if noun and sentence and fold(noun) in {fold(w) for w in re.findall(r"[^\W\d_]+", sentence)}:
            if re.search(r"\d", sentence) or len(f"{sentence} {statement}".split()) > MAX_OWNED_LEAD_WORDS:
                return None
            if context.leans_on_context(sentence, self.lang) or context.demonstrative_reference(sentence, self.lang):
                return None
            return f"{sentence} {statement}"
        if context.leans_on_context(lead, self.lang):
            return None
        return statement

    def dated_elsewhere(self, date: str, timeline: set[int]) -> bool:
        """Whether a paragraph outside the timeline writes ``date`` (a year as a year, a day as
        that day): "What happened in 1958?" then has more than one answer (a fresh review: a
        timeline's card on a year the prose also tells a flood of)."""
        wanted = re.compile(rf"(?<![\w.,]){re.escape(date)}(?!\w|[.,]\d)")
        return any(wanted.search(text) for n, text in self.builder.facts.paragraphs.items() if n not in timeline)

    def subject_cards(self, listed: TextList, statement: str, lead_paragraphs: list[int]) -> Iterator[Candidate]:
        """A card per point of a list of sentences without labels, each asked on its subject
        ("Residents raised three objections to the bypass. What does the text say about the
        budget?" -> "The budget had doubled to 84 million pounds since the first estimate"):
        only when every item opens with a subject of its own, no two alike."""
        points = [(e, *p) for e in listed.entries if (p := self.lists.subject_sentence(e)) is not None]
        if len(points) != len(listed.entries) or len(points) < MIN_ITEMS or len({fold(sub) for _, sub, _ in points}) < len(points):
            return
        for entry, subject, gist in points:
            if fold(subject) in fold(statement):
                continue  # the statement names it: "about the bypass" asks the list's own topic
            front = self.lang.prompt("list_subject", statement=statement, subject=subject)
            item = {"front": front, "back": gist, "source": [*lead_paragraphs, entry.paragraph], "tags": ["list-item"]}
            fact = f"list:{entry.paragraph}:{entry.start}:point"
            span = (entry.start, entry.start + len(gist))
            yield Candidate("card", item, entry.paragraph, span, SCORE, f"card|{fact}|{gist}", fact, [gist])

    def ordinal_lead(self, listed: TextList) -> tuple[str, str, list[tuple[int, str]]] | None:
        """For a list of noun phrases (no item a sentence opening on its subject) under a lead-in whose last sentence speaks of the items by their ordinals ("The first is
        modest, the second costly, and the third binds the growers themselves:") after a
        sentence counting them ("The scheme rests on three measures, each of which has drawn
        praise and doubt."): that sentence's first clause as a statement ("The scheme rests on
        three measures."), the noun it counts ("measures") and, per ordinal, the item's index
        and what the lead-in says of it ("is costly": a verb the part leaves out is the one
        before it). None otherwise, or when the statement does not name its owner ("It rests
        on ...")."""
        lead = listed.lead.strip()
        if not lead.endswith(":") or len(listed.entries) < MIN_ITEMS:
            return None
        said: list[tuple[int, str]] = []
        copula = ""
        for part in re.split(r",\s*", lead[:-1].strip()):
            m = _ORDINAL_PART[self.code].match(part.strip())
            if m is None:
                return None
            word, predicate = fold(m.group(1)), m.group(2).strip()
            if word.startswith(("last", "ultim")):
                index = len(listed.entries) - 1
            else:
                index = next(k for k, stem in enumerate(_ORDINAL_RANK[self.code]) if word.startswith(stem))
            if index >= len(listed.entries):
                return None
            first = fold(predicate.split()[0])
            if first in _COPULAS[self.code]:
                copula = predicate.split()[0]
            elif len(predicate.split()) == 1:
                if not copula:
                    return None
                predicate = f"{copula} {predicate}"  # "the second costly": "is costly"
            said.append((index, predicate))
        if len({k for k, _ in said}) < len(said):
            return None
        if any(self.duty(e) is not None or self.lists.subject_sentence(e) is not None for e in listed.entries):
            return None  # "The estate keeps a gate ...": sentences, asked by their subjects, not cut as phrases
        before = self._before_lead(listed)
        sentence = self._last(before) if before else ""
        if not sentence.endswith("."):
            return None
        clause = SIDE_CUT.split(sentence, maxsplit=1)[0].strip().rstrip(".") + "."
        if self.count(clause) != len(listed.entries) or len(clause.split()) > MAX_LEAD_WORDS:
            return None
        if context.leans_on_context(clause, self.lang) or context.demonstrative_reference(clause, self.lang):
            return None
        noun = self._counted_noun(clause)
        if noun is None:
            return None
        owner = self.introducing_sentence(listed, clause)
        return (f"{owner} {clause}" if owner is not None else clause), noun, said

    def introducing_sentence(self, listed: TextList, clause: str) -> str | None:
        """The last sentence before the lead-in's that introduces the thing ``clause`` opens on
        ("The growers ... signed a new scheme in March ..." before "The scheme rests on three
        measures."), when it reads alone, holds no figure and leaves the statement short: the
        front then says which scheme. None when the clause opens otherwise or none does."""
        words = re.findall(r"[^\W\d_]+", clause)
        if len(words) < 2 or fold(words[0]) not in {fold(d) for d in self.lang.determiners} or fold(words[1]) in self.lists.stop:
            return None
        article = r"(?:a|an)" if self.code == "en" else r"(?:un|una)"
        introduces = re.compile(rf"\b{article}\s+(?:[^\W\d_]+\s+){{0,2}}{re.escape(words[1])}\b", re.IGNORECASE)
        main = listed.paragraphs[0]
        before = [s.text.strip() for s in self.builder.facts.sentences if s.paragraph < main]
        before += self._sentences(self._before_lead(listed))[:-1]
        for sentence in reversed(before):
            if (found := introduces.search(sentence)) is None or not sentence.endswith("."):
                continue
            if self._figured(sentence):
                # "... signed a new scheme | in March after two poor harvests.": a figure another
                # draft asks would show; the sentence up to the thing it introduces says which.
                sentence = sentence[:found.end()].rstrip(" ,;:") + "."
                if self._figured(sentence) and (bare := _OPENING_PHRASE[self.code].sub("", sentence)) != sentence:
                    sentence = bare[:1].upper() + bare[1:]  # "After two years of talks | the company ... signed an accord."
                if self._figured(sentence):
                    return None
            if len(f"{sentence} {clause}".split()) > MAX_OWNED_LEAD_WORDS:
                return None
            if context.leans_on_context(sentence, self.lang) or context.demonstrative_reference(sentence, self.lang):
                return None
            return sentence
        return None

    def _figured(self, text: str) -> bool:
        """Whether a text writes a figure or a count word ("in 2019", "after two harvests")."""
        return bool(re.search(r"\d", text)) or any(fold(w) in COUNT_WORDS[self.code] for w in re.findall(r"[^\W\d_]+", text))

    def ordinal_cards(self, listed: TextList) -> Iterator[Candidate]:
        """A card per item the lead-in says something of by its ordinal ("the third binds the
        growers themselves"): "The scheme rests on three measures. Which of them binds the
        growers themselves, according to the text?" -> the item's sentence ("A rule requiring
        every grower to sell a quarter of the harvest ..."), cut before its first comma when
        long. Only when the list's own card is drafted (its items all short phrases); cites the
        lead-in and the item."""
        ordinal = self.ordinal_lead(listed)
        if ordinal is None or self.card(listed) is None:
            return
        statement, _, said = ordinal
        lead_paragraphs = [n for n in listed.paragraphs if n not in {e.paragraph for e in listed.entries}]
        feminine = self.code == "es" and fold(listed.lead.split()[0]) in ("la", "las")  # «la primera ...»: «cuál de ellas»
        for index, predicate in said:
            entry = listed.entries[index]
            text = _SENTENCE_CUT_DUTY.split(entry.text.strip(), maxsplit=1)[0].strip()
            if len(text.split()) > MAX_DUTY_WORDS and (cut := SIDE_CUT.search(text)):
                text = text[:cut.start()]
            back = text.rstrip(".;,:") + "."
            front = self.lang.prompt("list_ordinal_f" if feminine else "list_ordinal", statement=statement, said=predicate.rstrip(".;, "))
            item = {"front": front, "back": back, "source": [*lead_paragraphs, entry.paragraph], "tags": ["list-item"]}
            fact = f"list:{entry.paragraph}:{entry.start}:ordinal"
            span = (entry.start, entry.start + len(back.rstrip(".")))
            yield Candidate("card", item, entry.paragraph, span, SCORE, f"card|{fact}|{back}", fact, [back.rstrip(".")])

    def promise_lead(self, listed: TextList) -> tuple[str, str, str, str, str] | None:
        """The parts of a lead-in reporting what a party agreed, promised or was asked to do
        ("Under the accord, the company agreed to:", «Según el convenio, el ayuntamiento se
        comprometió a:»): the opening phrase ("Under the accord", "" without one), the party
        ("the company"), the verb as a question asks it ("agree", «se comprometió a»), the
        auxiliary ("did", "does"; "" in Spanish) and whom it asks ("the council", "" without).
        None when the lead-in reads otherwise, or its party is a pronoun or a possessive."""
        m = _PROMISE_LEAD[self.code].match(listed.lead.strip())
        if m is None:
            return None
        party, pre, whom = m.group("party").strip(), (m.group("pre") or "").strip(), (m.groupdict().get("whom") or "").strip()
        first = fold(party.split()[0])
        if first not in {fold(d) for d in self.lang.determiners} and (first in self.lists.stop or re.search(r"\d", party)):
            return None  # "In 2013 the company", "It", «Su empresa»: no party the front can name
        if first in _POSSESSIVES[self.code] or (pre and context.leans_on_context(pre, self.lang)):
            return None
        verb = re.sub(r"\s+", " ", m.group("verb"))
        if self.code == "en":
            base = _PROMISE_VERBS_EN[verb]
            if bool(whom) != (base in _ASKING_EN):
                return None  # "asked to:" whom? "agreed the terms to:" reads otherwise
            aux = "does" if verb.endswith("s") and not verb.endswith("ss") else "did"
            return pre, party[:1].lower() + party[1:] if first in {"the"} else party, base, aux, whom
        return pre, party[:1].lower() + party[1:] if first in {"el", "la", "los", "las"} else party, verb, "", ""

    def action(self, entry: Entry) -> tuple[str, str, bool] | None:
        """An item read as an action under such a lead-in: its verb as the front asks it ("pay
        for", «pintar»), the rest as the back ("any nets lost on the frames"), and whether the
        rest names a person a Spanish «a» marks («contratar a mariscadoras»: ¿a quién?). None
        when the item does not open with a verb of its own or says too little or too much."""
        text = entry.text.strip().rstrip(".;,:").strip()
        text = text[_LINK[self.code].match(text).end():]  # type: ignore[union-attr]
        words = text.split()
        if self.code == "en" and words[:1] == ["to"]:
            words = words[1:]
        if len(words) < 3 or not words[0].isalpha() or not words[0].islower() or fold(words[0]) in self.lists.stop:
            return None
        whom = False
        if self.code == "en":
            if words[0].endswith(("ing", "ed")):
                return None  # "publishing the charts", "agreed ...": no infinitive
            cut = 2 if fold(words[1]) in _PARTICLES_EN else 1
        else:
            if not _INFINITIVE_ES.match(words[0]):
                return None
            cut = 1
            if fold(words[1]) == "a" and fold(words[2]) not in {fold(d) for d in self.lang.determiners}:
                whom = True  # «contratar a mariscadoras»
            elif fold(words[1]) in _PHRASE_JOINTS["es"] and fold(words[1]) not in {"y", "e", "o"}:
                return None  # «velar por ...»: «¿qué se comprometió a velar por?» reads as no Spanish
        verb, rest = " ".join(words[:cut]), words[cut:]
        if not 2 <= len(rest) <= MAX_ACTION_WORDS:
            return None
        back = " ".join(rest)
        return verb, back[:1].upper() + back[1:] + ".", whom

    def promise_intro(self, listed: TextList, pre: str, party: str) -> str | None:
        """The sentence the front opens with so that it says which agreement or letter it asks
        of: the one introducing the lead-in's first "the" noun ("... signed an accord." before
        "Under the accord"), else the sentence before the lead-in in its paragraph ("The Trust
        wrote to the district council about the future of the valley."), its opening date left
        out. "" when neither is needed nor found, None when what it leans on is not quoted."""
        for phrase in (pre, party):
            words = re.findall(r"[^\W\d_]+", phrase)
            for k, word in enumerate(words[:-1]):
                if fold(word) in {fold(d) for d in self.lang.determiners} and fold(words[k + 1]) not in self.lists.stop:
                    found = self.introducing_sentence(listed, " ".join(words[k:]))
                    if found is not None:
                        return found
                    break
        before = self.sentence_before(listed)
        if before is not None and before.endswith("."):
            before = _OPENING_DATE.sub("", before)
            before = before[:1].upper() + before[1:]
            if not self._figured(before) and len(before.split()) <= MAX_OWNED_LEAD_WORDS:
                return before
        return ""

    def promise_cards(self, listed: TextList) -> Iterator[Candidate]:
        """A card per action of a list under a lead-in reporting what a party agreed, promised
        or was asked to do ("Under the accord, the company agreed to:" above "- pay for any nets
        lost on the frames during the first five years;"): "... signed an accord. Under the
        accord, what did the company agree to pay for?" -> "Any nets lost on the frames during
        the first five years." («En virtud del acuerdo, ¿qué se comprometió a pagar la
        empresa?»). The front names the party and the item's verb, the back is the item's own
        detail. Only when every item opens with a verb, no two alike; cites the lead-in and the
        item. Such items had no candidate at all: no name a matching pairs, no order, and no
        short phrase for the list's card."""
        if len(listed.entries) < MIN_ITEMS or not listed.lead.strip().endswith(":"):
            return
        parts = self.promise_lead(listed)
        if parts is None:
            return
        pre, party, verb, aux, whom = parts
        actions = [self.action(e) for e in listed.entries]
        if any(a is None for a in actions):
            return
        found = [a for a in actions if a is not None]
        if len({fold(v) for v, _, _ in found}) < len(found):
            return  # two items "publish ...": the front would have two answers
        intro = self.promise_intro(listed, pre, party)
        if intro is None:
            return
        lead_paragraphs = [n for n in listed.paragraphs if n not in {e.paragraph for e in listed.entries}]
        opener = f"{pre}, " if pre else ""
        for entry, (action, back, person) in zip(listed.entries, found):
            if self.code == "en":
                asked = f"{verb} {whom}" if whom else verb
                question = self.lang.prompt("list_promise", pre=opener, aux=aux, party=party, verb=asked, action=action)
            else:
                question = self.lang.prompt("list_promise_whom" if person else "list_promise", pre=opener, verb=verb, action=action, party=party)
            at = question.find("¿") + 1 if question.startswith("¿") else 0
            question = question[:at] + question[at:at + 1].upper() + question[at + 1:]
            front = f"{intro} {question}" if intro else question
            item = {"front": front, "back": back, "source": [*lead_paragraphs, entry.paragraph], "tags": ["list-item"]}
            fact = f"list:{entry.paragraph}:{entry.start}:action"
            at = entry.text.find(back[1:].rstrip("."))
            span = (entry.start + at - 1, entry.start + at + len(back) - 2) if at > 0 else None
            yield Candidate("card", item, entry.paragraph, span, SCORE, f"card|{fact}|{back}", fact, [back.rstrip(".")])

    def reason_statement(self, listed: TextList) -> str | None:
        """The statement a reason card opens with: the one naming what the list is of
        (``subject``), else the lead-in itself as a statement when it is a clause of its own
        ("Tidal power ... also has limits that explain why so few schemes have been built:"),
        not a bare "The plan includes:"; None when it leans on what the card cannot quote."""
        named = self.subject(listed)
        if named is not None:
            return named[0]
        lead = listed.lead.strip()
        if not lead.endswith(":") or len(lead.split()) < MIN_CLAUSE_WORDS:
            return None  # "The plan includes:" is no statement
        if len(lead.split()) > MAX_LEAD_WORDS:  # a whole sentence: quoted as it stands
            if len(lead.split()) > MAX_OWNED_LEAD_WORDS or context.leans_on_context(lead, self.lang) or context.demonstrative_reference(lead, self.lang):
                return None
            return lead[:-1].rstrip() + "."
        quoted = self.front_lead(listed)  # with the sentence before when it names whose («Tiene también límites ...:»)
        return quoted[:-1].rstrip() + "." if quoted is not None and quoted.endswith(":") else None

    def reason_cards(self, listed: TextList) -> Iterator[Candidate]:
        """A card per noun-phrase item that gives its own reason or purpose after a comma
        ("- the high cost of the steel frames, since each one must be lifted into place by a
        crane barge;" under "Tidal power ... also has limits that explain why so few schemes
        have been built:"): the front the lead-in as a statement and the item's head ("How does
        the text explain “the high cost of the steel frames”?", «¿Cómo explica el texto «el
        alto coste de los diques»?»; a purpose: "What is “a new substation on the island” for,
        according to the text?"), the back the reason ("Each one must be lifted ..."). Each
        item's reason is content of its own the list's card (its heads) does not ask. Only over
        a list of noun phrases (no item a sentence, no action); cites the lead-in and the item."""
        if len(listed.entries) < MIN_ITEMS or self.promise_lead(listed) is not None or _DUTY_NOUN[self.code].search(listed.lead):
            return
        if not all(e.text.strip()[:1].islower() for e in listed.entries):
            return  # sentences ("The budget had doubled ..."), names, labels: asked otherwise
        found = []
        for entry in listed.entries:
            text = entry.text.strip().rstrip(".;,:").strip()
            text = text[_LINK[self.code].match(text).end():]  # type: ignore[union-attr]
            if not text[:1].islower():
                continue
            m = _REASON_CLAUSE[self.code].search(text)
            least = MIN_HEAD_WORDS
            if m is None:
                m = _SUBJECT_RELATIVE[self.code].search(text)
                finite = _FINITE_EN if self.code == "en" else _FINITE_ES
                if m is None or not finite.match(m.group("verb")) or fold(m.group("verb")) in self.lists.stop - _AUXILIARIES:
                    continue
                least = 1  # "mistletoe, which spreads ...": a name is a head
            head_text = text[:m.start()].strip()
            if not least <= len(head_text.split()) <= MAX_ITEM_WORDS or "," in head_text or len(m.group("rest").split()) < MIN_REASON_WORDS:
                continue
            found.append((entry, head_text, m))
        if not found:
            return
        statement = self.reason_statement(listed)
        if statement is None:
            return
        lead_paragraphs = [n for n in listed.paragraphs if n not in {e.paragraph for e in listed.entries}]
        for entry, head_text, m in found:
            groups = m.groupdict()
            if groups.get("purpose"):
                back = m.group("purpose") + " " + m.group("rest")
                key = "list_purpose"
            elif "verb" in groups:  # what the thing does: "What does the text say about “mistletoe”?"
                back = m.group("rest")
                key = "list_point"
            else:
                back = m.group("rest")
                key = "list_reason"
            back = back[:1].upper() + back[1:].rstrip(".;,:") + "."
            if context.leans_on_context(back, self.lang):
                continue  # "It ...": the back would not say what
            front = self.lang.prompt(key, statement=statement, head=head_text, label=head_text)
            item = {"front": front, "back": back, "source": [*lead_paragraphs, entry.paragraph], "tags": ["list-item"]}
            fact = f"list:{entry.paragraph}:{entry.start}:reason"
            at = entry.text.find(m.group("rest"))
            span = (entry.start + at, entry.start + at + len(m.group("rest").rstrip(".;,:"))) if at >= 0 else None
            yield Candidate("card", item, entry.paragraph, span, SCORE, f"card|{fact}|{back}", fact, [back.rstrip(".")])
