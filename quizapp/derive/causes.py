"""Why-cards for explanatory paragraphs: the effect a sentence states, and the cause it gives.

The fresh reviews left most explanatory paragraphs without any item: a process, a cause and
its effect, a comparison, often with no name, figure or date for the fact-based drafter
(``quizapp.derive.drafting``) to ask. What such a paragraph often does state is *why*, with an
explicit connective: "the land heats up faster than the sea because rock stores less heat",
"..., so the wind blows from the sea", "As a result, the breeze blows from the land";
«... porque disuelve el dióxido de carbono», «Por eso, la calcita se deposita ...», «..., de
modo que una estalactita crece apenas unos milímetros por siglo». A teacher asks that as a
flashcard: front "Explain why <the effect>." («Explica por qué <efecto>.»), back the cause as
the text writes it ("Because <cause>." when the text says "because").

Written only where the card reads on its own and the front does not answer itself:

- the effect is a clause of its own that names its subject: it opens with an article or a
  determiner (not "It", "This", «Ello», a dropped Spanish subject), and holds no pronoun,
  demonstrative, possessive or "also" pointing to another sentence; no subordinate opening
  ("When ...", «Cuando ...») whose condition the front would carry half of; no bracket, colon,
  quotation or list;
- the cause is not a restatement of the effect (most of its content words are new to the
  front), is no "not because" or "partly because" (a half of the reasons), and a cause read from
  the sentence before ("As a result, ...") opens with no word leaning on yet another sentence;
- lengths a phone shows: the effect 5-28 words, the cause 3-35.

A news sentence's long main clause is cut to what the front needs (brief because): a date opener
with no comma stays where it stands ("Explain why in 2015 the council suspended the licences."),
an inserted example ("..., including two foreign ones,", «..., entre ellos ...,») and a contact
relative ("the licences it had granted to ...") go, a concession leaning on another sentence
("Despite these setbacks,", «A pesar de estos problemas,») goes (one naming its thing moves to
the end), a Spanish impersonal clause («se ha debatido la necesidad de ...») names what it is said
of; a piece of advice whose colon opens its reason ("it is unwise to prune ...: the cuts bleed
...", «no conviene regar ...: con el calor, ...») is asked with the clause after the colon as back.

The card is held back from the start (CAUSE_HOLD, one of the set reasons of
``quizapp.derive``): ``check_drafts`` offers it only for a content paragraph that no other
ready draft covers, after the checks every card passes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quizapp.derive import vague_cards
from quizapp.derive.discourse_fronts import BARE_ORDINAL, bare_ordinal
from quizapp.derive.drafting import BASE_SCORE, Builder, Candidate
from quizapp.derive.extract import CLAUSE_COMMA, Sentence, fold
from quizapp.derive.given_names import given_name, surname
from quizapp.language import lower_initial
from quizapp.languages import Language

if TYPE_CHECKING:
    from quizapp.derive import Draft

CAUSE_HOLD = "held back: a why-card on an explanatory sentence"
SCORE = BASE_SCORE["card"] - 0.3  # a fallback, below every fact's card
MIN_EFFECT_WORDS, MAX_EFFECT_WORDS = 5, 28
# An effect of four words opening on its own article and noun ("the razor cuts cleanly", «la
# masa crece mucho»): its subject named, it reads (brief coverage3: a textbook's short effects)
MIN_NAMED_EFFECT_WORDS = 4
NAMED_EFFECT_ARTICLES = frozenset(("a", "an", "the", "el", "la", "los", "las", "un", "una"))
MIN_CAUSE_WORDS, MAX_CAUSE_WORDS = 3, 35
CONJUNCTION_END = re.compile(r"\b(?:and|but|or|so|yet|y|e|pero|o|u|ni|mas)\s*$", re.IGNORECASE)
MAX_SHARED = 0.5  # share of the cause's content words the front may already hold
MIN_NEW_WORDS = 2  # content words of the cause the front does not hold
STEM = 5  # letters two words share to count as one word ("store", "stored")
PER_PARAGRAPH = 2
UNMOVED_OPENING_WORDS = 3  # a short opening phrase before a comma that opens no subject
MAX_CONTEXT_WORDS = 30  # a sentence before quoted in a front
# A sentence counting the things a list of ordinals goes on to name ("Three factors will decide
# the project's future.", «Tres factores decidirán el futuro del proyecto.»), and the joins of
# that list's clauses (brief fronts4).
COUNTED = {
    "en": re.compile(r"^(?P<count>Two|Three|Four|Five|Six)\s+(?P<noun>[a-z]+s)\s+(?P<rest>[a-z][^,;:]{3,80})\.$"),
    "es": re.compile(r"^(?P<count>Dos|Tres|Cuatro|Cinco|Seis)\s+(?P<noun>[a-záéíóúñ]+s)\s+(?P<rest>[a-záéíóúñ][^,;:]{3,80})\.$"),
}
LIST_CLAUSE = {
    "en": re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=the\s)"),
    "es": re.compile(r",\s+(?:y\s+)?|\s+y\s+(?=(?:el|la|los|las)\s)"),
}
# "What happens when ...?" whose next sentence takes the chain on (``chain_after``, fronts3):
# the back carries both sentences up to this many words, else no card.
MAX_CHAIN_WORDS = 45
# A result that says what is or stands at a place, not what happens there: no card on "Where
# X, Y" («Donde X, Y»; ``CauseDrafter.condition``).
STANDING = {
    "en": re.compile(r"\b(?:is|are|was|were|stands?|lies|lie|sits?|rises?|remains?|there)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:es|son|era|eran|está|están|hay|había|queda|quedan|se alza|se alzan|se levanta|se levantan|se encuentra|se encuentran)\b", re.IGNORECASE),
}
# Words after which "as" names a role or a likeness, not a reason ("has been known as the Old
# Mill", "has served as the parish hall", "have grown as fast as ...").
AS_TAKERS = re.compile(
    r"\b(?:known|described|regarded|seen|used|served|acted|worked|employed|listed|classed|classified|recognised|recognized|named|"
    r"designated|treated|chosen|elected|appointed|hired|dressed|disguised|rebuilt|reopened|same|such|well|much|many|long|soon|far|just|fast|"
    r"quickly|slowly|little|high|low|often|twice)$",
    re.IGNORECASE,
)
# A clause joined right before "therefore" («y, por tanto,», "and therefore"): its own reason.
COORDINATED_BEFORE = re.compile(r"\b(?:and|y|e)\s*$", re.IGNORECASE)
# The first "as" of a comparison right before the "as" ("have shaped daily life as quietly as the
# battery"): the second opens what is compared with, no reason (an end review: "Explain why few
# inventions have shaped daily life as quietly." -> "As the lithium-ion battery.").
AS_COMPARED = re.compile(r"\bas\s+[^\W\d_]+$", re.IGNORECASE)
# The first half of a pair "not only ... but also" («no solo ... sino también») with no second
# half in the effect: the reason was cut inside the pair (an end review: "Explica por qué las
# ondas sísmicas no solo sirven." / «Para localizar terremotos, sino también para ...»).
NOT_ONLY = re.compile(r"\b(?:not only|not just|not merely|no s[oó]lo|no solamente|no únicamente)\b(?![^,;]*\b(?:but|sino)\b)", re.IGNORECASE)
# The first "as" of a comparison a few words before the "as" the cause opens on ("have lasted as
# long in salt air | as the old iron pier"), with a cause holding no verb: no reason but what
# is compared with (brief cardbacks: a gap AS_COMPARED left open).
AS_OPENED = re.compile(r"\bas\s+[^\W\d_]+(?:\s+[^\W\d_]+){1,6}$", re.IGNORECASE)
FINITE_EN = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|must|shall|should|do|does|did|"
    r"[a-z]{3,}ed|grows|falls|rises|gets|grew|fell|rose|made|took|came|went|began|became|ran|left|kept|held|got|gave|found|"
    r"brought|bought|built|sent|spent|lost|paid|sold|told|thought|felt|stood|wore|won|broke|spoke|drove|froze|shook|"
    r"knew|grow|fall|rise|make|take|come|go|begin|become|run|keep|hold|get|give|find|need|want|seem)\b",
    re.IGNORECASE,
)
# Quantifiers that open an effect's subject before a plural noun ("some estates", «algunas
# asociaciones»; ``CauseDrafter.quantified``), beside the articles of ``Rules.leads``.
QUANTIFIERS = {
    "en": frozenset(("some", "several", "few")),
    "es": frozenset(("algunos", "algunas", "muchos", "muchas", "varios", "varias", "pocos", "pocas", "numerosos", "numerosas")),
}
CHAIN_ARTICLES = frozenset(("the", "el", "la", "los", "las"))
# A next sentence that goes on with the same process (brief cardbacks: "When the battery is
# charged, electrons flow ... . At the same time, ions leave ..."): it opens on a marker of a step
# at the same time or next, or the marker follows its subject ("The ions, in turn, ..."), or it
# opens on the purpose the step serves ("To keep each side neutral, ions leave ..."). The
# "what happens when" card carries it (``MAX_CHAIN_WORDS``) or is held.
CONTINUATION = {
    "en": re.compile(
        r"^(?:at the same time|meanwhile|in the meantime|simultaneously|then|next|in turn|after that|afterwards)\b|"
        r"(?:(?:\w+\s+){1,4}(?:then|in turn|at the same time|meanwhile)\b|to\s+[a-z]{3,}\b[^,.]{0,80},)",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"^(?:al mismo tiempo|mientras tanto|entretanto|simultáneamente|luego|después(?!\s+de)|a continuación|a su vez|acto seguido)\b|"
        r"(?:(?:\w+\s+){1,4}(?:luego|a su vez|al mismo tiempo|mientras tanto)\b|para\s+[a-záéíóúñ]{2,}(?:ar|er|ir)\b[^,.]{0,80},)",
        re.IGNORECASE,
    ),
}
MAX_CHAIN_SENTENCES = 3  # sentences a back carries after its first step
HELD = Sentence(-1, -1, 0, 0, "")  # ``CauseDrafter.chain_after``: a chain no back can carry
CONSEQUENCE = {
    "en": re.compile(r"\b(?:so that|so|therefore|thus|which is why)\b"),
    "es": re.compile(r"\b(?:de modo que|de manera que|de forma que|así que|por lo que|por eso)\b"),
}
EFFECT_BELOW = 0.01  # "what does X do to Y?" after a why- or what-happens card of the same paragraph
LIST_TAIL_WORDS = 4  # a result whose first comma comes this soon is the condition's list, cut
MIN_CONDITION_WORDS = 2  # "Once shaking stops, ..."
MAX_MOVED_WORDS = 8  # an opening phrase moved to the front's end

# Spanish subjunctive forms: after «de modo que» they make a purpose, not an effect ("Explica por
# qué el calor subiera" does not read); the imperfect's endings and the commonest irregulars.
SUBJUNCTIVE = {
    "es": re.compile(
        r"^(?!(?:para|cara|clara|vara|declara|compara|separa|prepara|repara|dispara|ampara|clase|fase|base|pase|frase|casa)$)"
        r"(?:\w{2,}(?:ara|aran|iera|ieran|ase|asen|iese|iesen)|sea|sean|pueda|puedan|haya|hayan|tenga|tengan|esté|estén|vaya|vayan)$",
        re.IGNORECASE,
    ),
}
# "the two readings", «las dos piezas»: a pair the front does not name.
NAMED_ELSEWHERE = re.compile(r"\b(?:the (?:two|three)|(?:los|las) (?:dos|tres))\b", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# A list the condition's comma cut ends on its "and" item and a comma before the result's own
# clause: "propellers, valves and spillways, they ...", «trigo, cebada y centeno, ...».
# A condition's listed cases (``CauseDrafter.listed_cases``): at most this many segments after
# its first comma, each at most this long, the last joined by a coordinator.
MAX_LISTED_CASES = 4
MAX_CASE_WORDS = 8
LIST_JOINT = re.compile(r"(?<!\S)(?:and|or|y|e|o|u)\s", re.IGNORECASE)
CASE_STATE = {  # a condition's first case, a one-word state after a copula: "a shelf is cracked"
    "en": re.compile(r"\b(?:is|are|gets|get|becomes|become)\s+\w+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:está|están|es|son|queda|quedan|resulta|resultan)\s+\w+$", re.IGNORECASE),
}
WHOLE_OPENERS = frozenset(("todo", "toda", "todos", "todas"))  # «toda la pila»: a subject's determiner
LIST_END = re.compile(r"\b(?:and|or|y|e|o|u)\s+[^,]+,\s", re.IGNORECASE)


@dataclass(frozen=True)
class Rules:
    """One language's connectives and the words a self-standing front may not hold."""

    front: str  # the card's front, with {effect}
    # Within one sentence: (pattern with named groups cause/effect, the back's opening word or "").
    inside: tuple[tuple[re.Pattern[str], str], ...]
    # Sentence openers whose cause is the sentence before.
    openers: re.Pattern[str]
    middles: re.Pattern[str]  # "X is therefore Y": the cause is the sentence before as well
    leads: frozenset[str]  # folded words an effect may open with: articles, determiners
    leaning: frozenset[str]  # folded words that point to another sentence
    subordinators: frozenset[str]
    stop: frozenset[str]  # folded function words, not content
    adverbs: re.Pattern[str]  # a sentence adverb opening the effect, dropped ("However, ")
    copula_end: re.Pattern[str]  # an effect ending in "is" / "es": "This is because ..."
    half_reasons: re.Pattern[str]  # "not because", "partly because": half a reason
    # A leading phrase the front moves to its end ("During the summer months, X" -> "X during
    # the summer months"): a preposition or a time/condition word opening it.
    movable: frozenset[str]
    reporting: re.Pattern[str]  # "surveys show that X because Y": the cause is the reported clause's
    conjunctions: re.Pattern[str]  # "But ...", «Pero ...» opening a cause: dropped
    lone_adverbs: frozenset[str]  # "today", «hoy»: may open the effect as they are
    demonstratives: frozenset[str]  # never in a cause: "esa vitamina" points to another sentence
    subjects: frozenset[str]  # subject pronouns: no cause read apart from its effect holds one
    bare_subjects: bool
    # "If X, Y." / "When X, Y." («Si X, Y.»): the condition's opening word -> (present front,
    # past front); an empty past front: no card for a past condition.
    conditions: dict[str, tuple[str, str]]
    past: re.Pattern[str]  # a word of the past tense in a condition
    contrary: re.Pattern[str]  # a condition contrary to fact ("had rested", «hubiera»)
    conditional: re.Pattern[str]  # its result ("would have been", «habría», «sería»)
    # A result that is only possible after a condition in the present ("If the council decides
    # to ..., the traffic could double, which would force ..."): its first modal -> the front
    # (no modal listed, or a perfect after it, "would have", «habría»: no card).
    possible: tuple[tuple[re.Pattern[str], str], ...]
    # A degree or a noun the purpose completes ("too deep to rake", «demasiado honda para»): no
    # purpose card on such an effect.
    purpose_blocks: re.Pattern[str]
    # A cause taking up the sentence before by a demonstrative ("Because this shrinking
    # continues ..."): the front quotes that sentence first, with {context} and {front}.
    context_front: str
    # "X, de ahí que Y" (Y in the subjunctive): (pattern with cause/effect, the front with {effect}).
    subjunctive_effects: tuple[tuple[re.Pattern[str], str], ...]
    result_pronouns: frozenset[str]  # may open a condition's result: "it", "they"  # an effect may open with a bare lower-case noun ("chloride floods into ...")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_COMO = (
    r"^(?:como|ya que|puesto que|dado que) (?!(?:se|ya|en|a|al|de|del|por|con|para|siempre|antes|ocurre|sucede|pasa|dice|dicen|decía|señala|indica|explica|"
    r"hemos|vimos|veremos|vemos|sabemos|cabe|era|es de|consecuencia|resultado)\b)"
)

# A causal «Como» opens a clause with its verb («Como el vapor nunca sube ...», «Como es más
# barata ...»); one opening a noun phrase is a comparison («Como la mayoría de los pueblos de la
# sierra, ...»: like most villages). Read without a tagger: a common verb or a clitic, or a word
# with a verb's ending after a word that is no article or preposition.
COMO_VERBS = _set("es son era eran fue fueron está están estaba estaban hay había tiene tienen tenía se no nunca ya puede pueden suele suelen")
COMO_VERB_ENDING = re.compile(r"(?:a|an|e|en|ó|ía|ían|aba|aban|aron|ieron)$")
COMO_NOT_BEFORE_VERB = _set("el la los las un una unos unas de del a al en con por para sin sobre entre y o e u su sus mi mis")


def _como_has_verb(cause: str) -> bool:
    words = [w.lower() for w in WORD.findall(cause)]
    return any(
        w in COMO_VERBS or (i >= 1 and len(w) > 3 and COMO_VERB_ENDING.search(w) is not None and words[i - 1] not in COMO_NOT_BEFORE_VERB)
        for i, w in enumerate(words)
    )


RULES = {
    "en": Rules(
        front="Explain why {effect}.",
        inside=(
            # A fronted cause listing its reasons ("Because it is lighter, cheaper and easier to
            # clean, most ..."): it ends after the list's "and" item, not at its first comma.
            (_p(r"^because (?!of\b)(?P<cause>[^,;:]+(?:, [^,;:]{1,30})*,? (?:and|or) [^,;:]{1,30}), (?P<effect>[^;:]+)$"), "Because"),
            (_p(r"^because (?!of\b)(?P<cause>[^,;:]+), (?P<effect>[^;:]+)$"), "Because"),
            (_p(r"^(?P<effect>[^;:]+?),? because (?!of\b)(?P<cause>[^;:]+)$"), "Because"),
            (_p(r"^(?P<effect>[^;:]+?),? because of (?P<cause>[^;:]+)$"), "Because of"),
            # A cause put first as a phrase ("Due to the rise in diesel prices, the dredging ...
            # stopped", brief reasons): the back is the phrase with its own preposition.
            (_p(r"^(?P<lead>due to|owing to|because of|as a result of|as a consequence of|thanks to) (?P<cause>(?:the|a|an)\s[^,;:]+), (?P<effect>[^;:]+)$"), "Due to"),
            # "..., since a stone left in a brick expands ...": a reason after its comma; never a
            # time ("since 1840", "since then"), nor after a perfect, whose "since" dates it
            # ("have fired their bricks in clamps, since the old kiln was pulled down").
            (_p(
                r"^(?P<effect>(?![^;:]*\b(?:has|have|had|'ve|hasn't|haven't|hadn't)\b)[^;:]+?), (?P<lead>since) "
                r"(?P<cause>(?!(?:then|when|the (?:early|late|mid)|about|around|at least|before|after)\b)(?:the|a|an|most|many|each|every|all|no|[a-z]+s)\b[^;:\d]+)$"
            ), "Because"),
            # A purpose: "..., so that the wind can reach every face" (a modal: "so that the fields
            # flooded" is a result, whose card would ask the wrong way round).
            (_p(r"^(?P<effect>[^;:]+?),? so that (?P<cause>[^;:]*\b(?:can|could|may|might|will|would)\b[^;:]*)$"), "So that"),
            (_p(r"^(?P<cause>[^;:]+?), so (?!that\b|much\b|many\b|far\b|long\b|as\b|too\b)(?P<effect>[^;:]+)$"), ""),
            (_p(r"^(?P<cause>[^;:]+?)(?:, which is why|; as a result,|, and as a result,|; therefore,|; consequently,) (?P<effect>[^;:]+)$"), ""),
            # A step's purpose: a passive, a word or more, then "to" and a verb with its object
            # ("The mud is filtered on vacuum filters to recover the juice"), never a verb that
            # takes "to" ("was forced by the court to close").
            (_p(
                r"^(?P<effect>[^;:]+?\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?"
                r"(?!(?:forced|asked|allowed|expected|required|obliged|made|told|used|supposed|said|thought|believed|known|invited|urged|ordered|"
                r"encouraged|persuaded|permitted|authori[sz]ed|enabled|taught|trained|chosen|elected|appointed|paid|hired|meant|designed|left|set|given|sent)\b)"
                r"\w+(?:ed|en|t)\s+[^;:]+?),? (?:in order )?to (?P<cause>(?!(?:the|a|an|be|its|their|his|her|this|that|these|those)\b)[a-z]+\s+"
                r"(?:the|a|an|its|their|more|less|some|any|all|every|each|out|up|off|down|away|it|them)\b[^;:]*)$"
            ), "To"),
            # A change told in the perfect and its gradual cause ("Yields have fallen in many
            # gardens as the bushes age ..."): never "as" after a word that takes it ("has been
            # known as the Old Mill", AS_TAKERS), and the cause opens on an article or a quantity.
            (_p(
                r"^(?P<effect>[^;:,]*\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en|wn|nk|ne|ung|ost)\b[^;:,]*?) (?P<lead>as) "
                r"(?P<cause>(?:the|more|fewer|less|many|most)\s[^;:]+)$"
            ), "As"),
        ),
        openers=_p(r"^(?:as a result|for this reason|for that reason|consequently|because of this|therefore|that is why|this is why|which is why)(?:,\s*|\s+(?!of\b))"),  # "As a result of X, Y": X is Y's cause
        middles=_p(r"\s+therefore\s+|,\s*therefore,\s*"),
        leads=_set("the a an most many each every all both no"),
        leaning=_set(
            """it its it's this these those they them their theirs he she him his her hers we us our you your
            such former latter same also too then likewise similarly instead thus hence here both either neither
            other another"""
        ),
        subordinators=_set("when if although though while as since after before once unless until whereas because"),
        stop=_set(
            """the a an of to in on at by for with from into and or but is are was were be been being has have
            had it its this that these those as than then so such not no which who whom whose what when where
            why how can could will would should may might must do does did more most much many very also
            there their they them because because"""
        ),
        adverbs=_p(r"^(?:however|in practice|in general|generally|today|nowadays|now|in turn|in fact|in addition|moreover),\s+"),
        copula_end=_p(r"\b(?:is|are|was|were|be|been|partly|only|mainly|largely|simply|precisely|just|not|reason|part)$"),
        half_reasons=_p(r"\b(?:not|partly|only|mainly|largely|simply|precisely|just|perhaps|probably|possibly|presumably|often|usually|mostly|chiefly|primarily|in part|partially)$"),
        movable=_set("in on at during after before for by within under when if once until over across throughout from despite"),
        reporting=_p(r"\b(?:say|says|said|find|finds|found|show|shows|showed|shown|report|reports|reported|argue|argues|argued|believe|believes|believed|think|thinks|thought|claim|claims|claimed|suggest|suggests|suggested|note|notes|noted|add|adds|added|explain|explains|explained|conclude|concludes|concluded|warn|warns|warned|that)\b"),
        conjunctions=_p(r"^(?:but|and|yet|however,)\s+"),
        lone_adverbs=_set("today now nowadays"),
        demonstratives=_set("this these those such former latter"),
        subjects=_set("it they he she we this these"),
        bare_subjects=True,
        conditions={
            "if": ("According to the text, what happens if {condition}?", ""),
            "when": ("According to the text, what happens when {condition}?", "According to the text, what happened when {condition}?"),
            "once": ("According to the text, what happens once {condition}?", "According to the text, what happened once {condition}?"),
            # A condition told as a place ("Where meltwater reaches the bed, it lifts the ice"):
            # only in the present, a mechanism (``STANDING``: not what stands there).
            "where": ("According to the text, what happens where {condition}?", ""),
        },
        # (a participle after "is", "get" or "has" is no past: "If a hive is left in a damp shed")
        past=_p(r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bgets )(?<!\bget )(?<!\bhas )(?<!\bhave )"
                r"\b(?:was|were|had|did|came|began|went|took|made|found|gave|saw|fell|rose|struck|broke|ran|met|left|shut|hit|put|set|"
                r"froze|grew|blew|drew|threw|sank|shrank|stood|kept|swept|knew|flew|drove|rode|wrote|spoke|woke|chose|stole|got|lost|"
                r"sold|told|held|fled|brought|bought|caught|taught|thought|became|shook|shone|spent|sent|built|burnt|"
                r"(?!(?:shed|bed|red|sled|hundred|sacred|naked|wicked)\b)\w+[^\We]ed)\b"),
        contrary=_p(r"\b(?:would|could|might|should|had|were)\b"),
        conditional=_p(r"\b(?:would|could|might)\b"),
        possible=(
            (_p(r"^(?:could|might)$"), "According to the text, what could happen if {condition}?"),
            (_p(r"^would$"), "According to the text, what would happen if {condition}?"),
        ),
        purpose_blocks=_p(r"\b(?:enough|too|able|unable|ready|easy|hard|difficult|time|way|money|long|only|first|last|likely|free|about|going|trying|help|in order)\b"),
        result_pronouns=_set("it they"),
        context_front="The text says: \u201c{context}\u201d {front}",
        subjunctive_effects=(),
    ),
    "es": Rules(
        front="Explica por qué {effect}.",
        inside=(
            # A fronted cause: «Como el vapor nunca sube ..., el cobre no arrastra ...» («como» opening
            # a clause before its main clause is causal; never «Como ya se ha dicho,», «Como en ...»),
            # its list of reasons read whole («Como es más ligero, más barato y más fácil de ...,»);
            # the back is the cause as written (no «Porque» the text does not write).
            (_p(_COMO + r"(?P<cause>[^,;:]+(?:, [^,;:]{1,30})*,? (?:y|e|o|u) [^,;:]{1,30}), (?P<effect>[^;:]+)$"), ""),
            (_p(_COMO + r"(?P<cause>[^,;:]+), (?P<effect>[^;:]+)$"), ""),
            (_p(r"^(?P<effect>[^;:]+?),? (?P<lead>porque|ya que|puesto que|dado que) (?P<cause>[^;:]+)$"), "Porque"),
            (_p(r"^(?P<effect>[^;:]+?),? debido a (?P<cause>[^;:]+)$"), "Debido a"),
            (_p(r"^(?P<effect>[^;:]+?),? a causa de (?P<cause>[^;:]+)$"), "A causa de"),
            (_p(r"^debido a (?P<cause>[^,;:]+), (?P<effect>[^;:]+)$"), "Debido a"),
            # «A causa de la sequía del verano, las ovejas dieron ...» (brief reasons): the back
            # is the phrase with its own preposition.
            (_p(r"^(?P<lead>debido al|a causa del?|por culpa del?|gracias al?|como consecuencia del?|a consecuencia del?|a raíz del?) "
                r"(?P<cause>(?:(?<=del )|(?<=al )|(?:el|la|los|las|un|una)\s)[^,;:]+), (?P<effect>[^;:]+)$"), "A causa de"),
            (_p(r"^(?P<effect>[^;:]+?),? para que (?P<cause>[^;:]+)$"), "Para que"),
            # A step's purpose: «para» and an infinitive (with its clitic) and what follows.
            (_p(r"^(?P<effect>[^;:]+?),? para (?P<cause>(?!(?:que|el|la|los|las|un|una|ser)\b)\w{2,}(?:ar|er|ir|ír)(?:lo|la|los|las|le|les|se)?\s+[^;:]+)$"), "Para"),
            # A change told in the perfect and its gradual cause («Las cosechas han bajado a
            # medida que los pozos se secan»).
            (_p(r"^(?P<effect>[^;:,]*\b(?:ha|han)\s+(?:sido\s+)?\w+(?:ado|ido|ada|ida|ados|idos|adas|idas|ho|to)\b[^;:,]*?),? (?P<lead>a medida que) (?P<cause>[^;:]+)$"), "A medida que"),
            (_p(r"^(?P<cause>[^;:]+?)(?:, de modo que|, de manera que|, de forma que|, por lo que|, así que|, y por eso,?|, por eso,?|; por eso,?|, por ello,?|; por ello,?) (?P<effect>[^;:]+)$"), ""),
        ),
        openers=_p(r"^(?:por eso|por ello|por este motivo|por esta razón|por esa razón|como consecuencia|en consecuencia|como resultado|por lo tanto|por tanto)(?:,\s*|\s+(?!del?\b))"),  # «Como consecuencia de X, Y»: X is Y's cause
        middles=_p(r",\s*por (?:lo )?tanto,\s*"),
        leads=_set("el la los las un una unos unas cada"),
        leaning=_set(
            """ello esto eso aquello este esta estos estas ese esa esos esas aquel aquella aquellos aquellas
            ella ellos ellas su sus suyo suya suyos suyas dicho dicha dichos dichas mismo misma mismos mismas
            tambien tampoco ademas alli ahi aqui entonces lo le les asi tal tales ambos ambas otro otra otros otras"""
        ),
        subordinators=_set("cuando si aunque mientras como porque pues tras al antes despues"),
        stop=_set(
            """el la los las un una unos unas de del al a en por para con sin sobre entre y o u e ni que se su sus
            es son era eran fue fueron ser estar esta estan estaba lo le les mas muy como cuando donde pero
            porque no ya ha han habia haber este esta esto está"""
        ),
        adverbs=_p(r"^(?:sin embargo|en la práctica|por lo general|en general|hoy|hoy en día|actualmente|además|de hecho),\s+"),
        copula_end=_p(r"\b(?:es|son|era|eran|fue|fueron|sea|sean|solo|sólo|sobre todo|en parte|no|razón|motivo)$"),
        half_reasons=_p(r"\b(?:no|solo|sólo|en parte|sobre todo|quizá|quizás|probablemente|seguramente|precisamente|tal vez|a menudo|principalmente|en gran parte|en gran medida)$"),
        movable=_set("en durante tras desde hasta con para segun cuando si antes despues ante bajo"),
        reporting=_p(
            r"\b(?:dic|dij|afirm|señal|sostien|sostuv|explic|cre|consider|recuerd|record|asegur|indic|estim|calcul|muestr|mostr|demuestr|revel|advirt|adviert|insist|conclu|sab|pens|piens|opin)\w*\s+que\b"
        ),
        conjunctions=_p(r"^(?:pero|y|sin embargo,)\s+"),
        lone_adverbs=_set("hoy ahora actualmente"),
        demonstratives=_set("este esta estos estas ese esa esos esas aquel aquella aquellos aquellas esto eso ello aquello dicho dicha dichos dichas tal tales"),
        subjects=_set("ello esto eso ella ellos ellas"),
        bare_subjects=False,
        conditions={
            "si": ("Según el texto, ¿qué ocurre si {condition}?", ""),
            "cuando": ("Según el texto, ¿qué ocurre cuando {condition}?", "Según el texto, ¿qué ocurrió cuando {condition}?"),
            "donde": ("Según el texto, ¿qué ocurre donde {condition}?", ""),
        },
        past=re.compile(r"\w{2,}ó\b|\w+(?:aron|ieron)\b", re.IGNORECASE),
        contrary=_p(r"\w{3,}(?:aba|aban|ía|ían|ara|aran|iera|ieran|iese|iesen|ase|asen)\b|\b(?:hubiera|hubiese|habría)\b"),
        purpose_blocks=_p(r"\b(?:demasiado|demasiada|demasiados|demasiadas|suficiente|suficientes|bastante|bastantes|listo|lista|listos|listas|apto|apta|aptos|aptas|capaz|capaces|fácil|difícil|tiempo|manera|forma|modo|dinero|único|única|primero|primera|último|última|libre|libres)\b"),
        result_pronouns=frozenset(),
        context_front="El texto dice: «{context}» {front}",
        subjunctive_effects=((_p(r"^(?P<cause>[^;:]+?),? (?:de ahí que|de allí que) (?P<effect>[^;:]+)$"), "Según el texto, ¿a qué se debe que {effect}?"),),
        conditional=_p(r"\b(?:habría|habrían|sería|serían|podría|podrían|tendría|tendrían|estaría|estarían|haría|harían)\b"),
        possible=((_p(r"^(?:podría|podrían)$"), "Según el texto, ¿qué podría ocurrir si {condition}?"),),
    ),
}


@dataclass(frozen=True)
class Makes:
    """One language's "X makes Y do Z" («X hace que Y ...»)."""

    pattern: re.Pattern[str]  # named groups subject, verb, link (or none), object, rest
    tenses: dict[str, str]  # the folded verb -> "one", "many" or "past"
    front: dict[str, str]  # by tense, with {subject} and {object}
    quantities: frozenset[str]  # may open the subject as they are: "too much heat"
    adjective: re.Pattern[str]  # a folded word that reads as an adjective, not the object's noun
    not_after: frozenset[str]  # no word of what the object is made to do: "each year", "of"
    degree: frozenset[str]  # function words that may open it: "more digestible", "so fast"


_ASIDE_EN = r"(?:,\s+(?:on the other hand|however|in turn|by contrast|in contrast|in fact|moreover|meanwhile|for its part),)?"
_ASIDE_ES = r"(?:,\s+(?:en cambio|por su parte|sin embargo|por otro lado|a su vez|además|de hecho|por el contrario),)?"
MAKES = {
    "en": Makes(
        pattern=re.compile(
            r"^(?P<subject>[^,;:]+?)" + _ASIDE_EN + r"\s+(?P<verb>makes|make|causes|cause|caused)\s+"
            r"(?P<object>the\s+[a-z]+)\s+(?P<link>to\s+)?(?P<rest>[a-z][^;:]*)$"
        ),
        tenses={"makes": "one", "make": "many", "causes": "one", "cause": "many", "caused": "past"},
        front={
            "one": "According to the text, what does {subject} do to {object}?",
            "many": "According to the text, what do {subject} do to {object}?",
            "past": "According to the text, what did {subject} do to {object}?",
        },
        quantities=_set("too much many little few"),
        adjective=re.compile(r"(?:est|al|ous|ful|ive|ic|able|ible|ent|ant|ed|ing|less|ish|ern|ary)$"),
        not_after=_set("each every last next this that these those some any all no one two three year years day days week time times which who whom whose"),
        degree=_set("more most so too very much less"),
    ),
    "es": Makes(
        pattern=re.compile(
            r"^(?P<subject>[^,;:]+?)" + _ASIDE_ES + r"\s+(?P<verb>hace|hacen|hizo|hicieron)\s+(?P<link>que\s+)"
            r"(?P<object>(?:el|la|los|las)\s+[a-záéíóúñü]+)\s+(?P<rest>[a-záéíóúñü][^;:]*)$"
        ),
        tenses={"hace": "one", "hacen": "many", "hizo": "past", "hicieron": "past_many"},
        front={
            "one": "Según el texto, ¿qué efecto tiene {subject} sobre {object}?",
            "many": "Según el texto, ¿qué efecto tienen {subject} sobre {object}?",
            "past": "Según el texto, ¿qué efecto tuvo {subject} sobre {object}?",
            "past_many": "Según el texto, ¿qué efecto tuvieron {subject} sobre {object}?",
        },
        quantities=_set("demasiado demasiada demasiados demasiadas poco poca"),
        adjective=re.compile(r"(?:ic[oa]s?|ales?|ares?|os[oa]s?|iv[oa]s?|ari[oa]s?|bles?|ent[eo]s?|ístic[oa]s?|antes?)$"),
        not_after=_set("de del en con por para cada este esta estos estas ese esa todo toda todos todas ano anos dia dias vez"),
        degree=_set("se no le les lo la mas muy tan menos"),
    ),
}


# The asides a front drops and the main clauses it keeps (brief because): news sentences state a
# cause after a long main clause ("In 2015 the council suspended the licences it had granted to
# several mills, including two foreign ones, because ...").
# - a concessive opener, often leaning on the sentence before ("Despite these setbacks,", «A pesar
#   de estos problemas,»): the effect holds without it;
CONCESSIVE = {
    "en": _p(r"^(?:(?:despite|in spite of|notwithstanding) [^,]{2,60}|even so|nevertheless|nonetheless|all the same),\s+"),
    "es": _p(r"^(?:(?:a pesar de|pese a) [^,]{2,60}|aun así|aún así|con todo|no obstante),\s+"),
}
# - an inserted example ("..., including Swedish and Finnish ones,", «..., entre ellos la lonja
#   vieja,»), up to its closing comma or the clause's end;
# The weather as a clause's whole subject ("it rained", "it froze", «llovía», «helaba»; brief
# full-coverage): a condition or a cause that names no thing, and leans on no other sentence.
WEATHER_VERBS_EN = r"(?:rain|snow|froze|freez|hail|thaw|drizzl|pour)\w*"
WEATHER = {
    "en": _p(r"^it\s+(?:(?:had|has|was|is)\s+)?" + WEATHER_VERBS_EN + r"\b"),
    "es": _p(r"^(?:llov[ií]a|llovían|llueve|llovió|nevaba|nieva|nevó|helaba|hiela|heló|granizaba|graniza|granizó)\b"),
}
WEATHER_IT = _p(r"\bit\s+(?=(?:(?:had|has|was|is)\s+)?" + WEATHER_VERBS_EN + r"\b)")

# A condition that held each time in the past (``CauseDrafter.habitual``): its front, by opener.
HABITUAL_FRONTS = {
    "en": {"if": "According to the text, what happened if {condition}?"},
    "es": {
        "si": "Según el texto, ¿qué ocurría si {condition}?",
        "cuando": "Según el texto, ¿qué ocurría cuando {condition}?",
    },
}
# a past subjunctive's auxiliary, or an irregular conditional («habría», «saldría»): no habitual
# past (a regular conditional is an infinitive and «-ía», ``CauseDrafter.conditional_es``)
NOT_INDICATIVE_ES = _p(r"\b(?:hubiera|hubieran|hubiese|hubiesen|(?:habr|podr|tendr|saldr|vendr|pondr|har|dir|querr|sabr|cabr|valdr)ían?)\b")
# a condition on whether something is true ("If the report was accurate", «Si el informe era
# exacto»): a reasoning, not something that happened each time
EPISTEMIC = _p(r"\b(?:true|right|correct|accurate|wrong|false|cierto|cierta|verdad|correcto|correcta|exacto|exacta|falso|falsa)\b")
MODAL_EN = _p(r"\b(?:would|could|might|should|must|may|can|will)\b")

EXAMPLE_ASIDE = {
    "en": _p(r",\s+(?:including|among them|notably|such as)\s+[^,]+(?=,|$)"),
    "es": _p(r",\s+(?:entre ell[oa]s|incluid[oa]s?|como por ejemplo|sobre todo)\s+[^,]+(?=,|$)"),
}
# - a contact relative on the object whose pronoun takes up the subject ("the certificates it had
#   granted to several sawmills on the lake"): the object is named without it;
CONTACT_RELATIVE = {"en": _p(r"(?<=\w) (?:it|they) (?:had|has|have) (?:been )?\w+(?:ed|en|t)\b[^,]*")}
# (after a noun: "the mill closed when it had run out" keeps its clause, and gets no card)
# - a date or time opener with no comma ("In 2015 the council ...", «En los últimos años se ha
#   debatido ...»), a season's or the night's ("In summer a valley glacier moves ...", «En verano
#   la lengua del glaciar avanza ...», brief full-coverage): kept where it stands, before a clause
#   that names its subject.
MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter"
MONTHS_ES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|primavera|verano|otoño|invierno"
TIME_OPENER = {
    "en": _p(
        r"^(?P<time>(?:in|by|since|during) (?:(?:early|late|the (?:early|late) )?(?:(?:" + MONTHS_EN + r") )?(?:of )?\d{4}s?"
        r"|recent years|the (?:last|past) (?:few |two |three |\w+ )?(?:years|decades))"
        r"|(?:in|during) (?:the )?(?:spring|summer|autumn|fall|winter)|at night|by (?:day|night))\s+(?=(?:the|a|an)\b)"
    ),
    "es": _p(
        r"^(?P<time>(?:en|desde|hacia|durante) (?:(?:(?:" + MONTHS_ES + r") de )?\d{4}"
        r"|(?:los|las) (?:últimos|últimas|primeros|primeras) (?:\w+ )?(?:años|décadas|meses|siglos))"
        r"|(?:en|durante) (?:el |la )?(?:primavera|verano|otoño|invierno)|de (?:noche|día)|por la noche)\s+(?=(?:el|la|los|las|un|una|se)\b)"
    ),
}
# An impersonal main clause («se ha debatido la necesidad de ...», «se construyó la presa»): «se»,
# its verb and the noun phrase it is said of, named by an article (no «se retiró del cargo», whose
# dropped subject is a person the front does not name).
IMPERSONAL = {"es": _p(r"^se\s+(?:(?:ha|han|había|habían)\s+)?\w+\s+(?:el|la|los|las|un|una|unos|unas)\b"
                       r"|^(?:hay\s+que|conviene|es\s+(?:necesario|preciso|mejor))\s+[^\W\d_]+(?:ar|er|ir)\b")}  # «hay que sujetar el péndulo» (coverage3)
# «Al mover el reloj hay que ...»: an occasion before an impersonal advice, without a comma,
# moved to the front's end (brief coverage3)
OCCASION = {"es": _p(r"^(?P<occasion>al\s+[^\W\d_]+(?:ar|er|ir)(?:lo|la|los|las)?\s+[^,;:]{1,40}?)\s+(?P<advice>(?:hay\s+que|conviene|es\s+(?:necesario|preciso|mejor))\s.+)$")}
# A piece of advice whose reason follows its colon ("it is unwise to prune the vines in early
# spring: the cuts bleed sap ...", «no conviene regar los olivos en verano: con el calor, ...»).
ADVICE = {
    "en": _p(
        r"^it is (?:not )?(?:best|better|wise|unwise|dangerous|risky|safer|advisable|inadvisable|necessary|important|a mistake|a bad idea) "
        r"(?:not )?to [a-z]+ (?:the|a|an|any|too|more|less|much)\b"
    ),
    "es": _p(
        r"^(?:no )?(?:conviene|hay que|se debe|se deben|es (?:mejor|preferible|conveniente|aconsejable|peligroso|arriesgado|imprudente|necesario)) "
        r"\w+(?:ar|er|ir)(?:l[oa]s?|se)? (?:el|la|los|las|un|una|demasiado|demasiada|mucho|mucha|más|menos)\b"
    ),
}
# A relative "that" on the subject ("A hive that faces the morning sun is preferred"): no
# reported clause ("surveys show that ..."), whose "that" the reporting words hold.
RELATIVE_THAT = _p(r"^(?:the|a|an|most|many|each|every|all|no)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s+that(?=\s+(?:is|are|was|were|has|have|\w+s)\b)")
ANNOUNCING = _p(r"\b(?:thing|things|following|this|cosa|cosas|siguiente|esto)$")


# A consequence "A, so B" («A, por lo que B») whose B opens on a bare definite subject, an
# article and its noun right before the verb ("the drink stays sweet", «la bebida sigue dulce»),
# leans on the topic A sets: which drink? (brief context: "Perry is pressed from pears ..., so
# the drink stays sweet"). Unless B names A's subject, the front carries it ("Explain why, in
# the case of perry, the drink stays sweet ..."), or, with no short subject to carry, is held. A
# subject of its own ("the frost at the bottom of the valley") needs no topic.
BARE_DEFINITE = {
    "en": _p(r"^the\s+[a-z]+\s+(?:is|are|has|have|can|will|may|must|does|do|cannot|[a-z]{2,}[^s\W]s)\b"),
    "es": _p(r"^(?:el|la|los|las)\s+[a-záéíóúñü]+\s+(?:se|no|ya|puede|pueden|[a-záéíóúñü]{2,}(?:a|e|an|en))\b"),
}
# Only a kind's general workings set a topic so ("Perry is pressed ...", «La perada se elabora
# ...»): a cause and a consequence in the present, the cause's subject a bare noun in English
# (no "the": "Perry", "Slate"), an article and a noun in Spanish. A story's cause ("The farmers
# paid the costs, so the parish had to sell ...") names its own actors.
STORY_TENSE = {"en": _p(r"\b(?:could|would|might)\b"), "es": _p(r"\b\w{3,}(?:ía|ían|aba|aban|aron|ieron)\b|\b\w{2,}(?:ó|ió)\b")}
TOPIC_FRONT = {"en": "Explain why, in the case of {topic}, {{effect}}.", "es": "Explica por qué, en el caso {topic}, {{effect}}."}
TOPIC_VERBS = _set("is are was were has have had can could will would may might must does do did cannot")
MAX_TOPIC_WORDS = 3


# What causes a thing the sentence names (brief mechanism): "The green colour of old copper roofs
# is due to a thin crust of ...", "The dark streaks are caused by ...", "X results from ...",
# "The expansion of freezing water causes the small cracks ...", «El amargor de la aceituna se
# debe a la oleuropeína ...», «Las manchas son consecuencia de ...», «La sal provoca la pérdida
# de agua ...». The card asks what causes the thing ("According to the text, what causes the
# green colour of old copper roofs?", «Según el texto, ¿a qué se debe el amargor de ...?»), its
# back the cause as written. Both the thing and the cause are noun phrases that name what they
# are (an article opens the thing; no pronoun, demonstrative or possessive points elsewhere).
# Each pattern: named groups effect, cause (and verb, prep); the front by the verb's tense.
@dataclass(frozen=True)
class Attribution:
    pattern: re.Pattern[str]
    fronts: dict[str, str]  # the folded verb -> the front, with {effect}
    back_prep: dict[str, str]  # a preposition opening the cause -> the back's opening word ("al" -> "Al")


_EN_THING = r"(?:the|a|an|most|much|many)\s[^,;:]+?"
_ES_THING = r"(?:el|la|los|las)\s[^,;:]+?"
_EN_SOME = r"(?:(?:mainly|mostly|largely|chiefly|usually|often)\s+)?"
_ES_SOME = r"(?:(?:sobre todo|principalmente|casi siempre)\s+)?"
_EN_WHAT = "According to the text, what {verb} {{effect}}?"
ATTRIBUTIONS = {
    "en": (
        Attribution(
            _p(rf"^(?P<effect>{_EN_THING})\s+(?P<verb>is|are|was|were)\s+{_EN_SOME}(?:due to|caused by|the result of|a result of)\s+(?P<cause>[^;:]+)$"),
            {v: _EN_WHAT.format(verb="causes" if v in ("is", "are") else "caused") for v in ("is", "are", "was", "were")}, {},
        ),
        Attribution(
            _p(rf"^(?P<effect>{_EN_THING})\s+{_EN_SOME}(?P<verb>results|result|resulted|stems|stem|stemmed)\s+from\s+(?P<cause>[^;:]+)$"),
            {v: _EN_WHAT.format(verb="caused" if v.endswith("ed") else "causes") for v in ("results", "result", "resulted", "stems", "stem", "stemmed")}, {},
        ),
        # A thing that forms or appears because of a cause: "The dark crust forms because of
        # the sugar that ..." -> "According to the text, why does the dark crust form?"
        Attribution(
            _p(rf"^(?P<effect>{_EN_THING})\s+{_EN_SOME}(?P<verb>forms|form|formed|appears|appear|appeared|develops|develop|developed)\s+"
               r"(?P<prep>because of|due to)\s+(?P<cause>[^;:]+)$"),
            {
                "forms": "According to the text, why does {effect} form?", "form": "According to the text, why do {effect} form?",
                "formed": "According to the text, why did {effect} form?", "appears": "According to the text, why does {effect} appear?",
                "appear": "According to the text, why do {effect} appear?", "appeared": "According to the text, why did {effect} appear?",
                "develops": "According to the text, why does {effect} develop?", "develop": "According to the text, why do {effect} develop?",
                "developed": "According to the text, why did {effect} develop?",
            },
            {"because of": "Because of", "due to": "Due to"},
        ),
        Attribution(
            _p(rf"^(?P<cause>{_EN_THING})\s+{_EN_SOME}(?P<verb>causes|cause|caused|gives rise to|give rise to|gave rise to)\s+"
               r"(?P<effect>(?:the|a|an|most|much|many)\s(?!(?:\S+\s+){0,4}?to\s+[a-z]+\b)[^;:]+)$"),
            {
                "causes": _EN_WHAT.format(verb="causes"), "cause": _EN_WHAT.format(verb="causes"), "caused": _EN_WHAT.format(verb="caused"),
                "gives rise to": _EN_WHAT.format(verb="gives rise to"), "give rise to": _EN_WHAT.format(verb="gives rise to"),
                "gave rise to": _EN_WHAT.format(verb="gave rise to"),
            }, {},
        ),
        # What explains a thing (brief reasons): "Heavy autumn rains explain the low salt content
        # of the upper beds." -> "According to the text, what explains the low salt content of
        # the upper beds?"; "..., which explains why ..."; only a thing ``EXPLAINED`` names.
        Attribution(
            _p(r"^(?P<cause>(?:the|a|an|most|much|many)\s[^,;:]+?|[A-Z][a-z]+(?:\s[a-z][\w'-]*){0,6}?)\s+"
               r"(?P<verb>explains|explain|explained|accounts for|account for|accounted for)\s+(?P<effect>(?:the|a|an|why)\s[^;:]+)$"),
            {"explains": _EN_WHAT.format(verb="explains"), "explain": _EN_WHAT.format(verb="explains"), "explained": _EN_WHAT.format(verb="explained"),
             "accounts for": _EN_WHAT.format(verb="accounts for"), "account for": _EN_WHAT.format(verb="accounts for"),
             "accounted for": _EN_WHAT.format(verb="accounted for")}, {},
        ),
        Attribution(
            _p(rf"^(?P<cause>{_EN_THING}),\s+which\s+(?P<verb>explains|explained|accounts for|accounted for)\s+(?P<effect>(?:the|a|an|why)\s[^;:]+)$"),
            {"explains": _EN_WHAT.format(verb="explains"), "explained": _EN_WHAT.format(verb="explained"),
             "accounts for": _EN_WHAT.format(verb="accounts for"), "accounted for": _EN_WHAT.format(verb="accounted for")}, {},
        ),
    ),
    "es": (
        Attribution(
            _p(rf"^(?P<cause>{_ES_THING})\s+(?P<verb>explica|explican|explicaba|explicaban|explicó|explicaron)\s+(?P<effect>(?:el|la|los|las|por qué)\s[^;:]+)$"),
            {v: f"Según el texto, ¿qué {s} {{effect}}?" for v, s in (
                ("explica", "explica"), ("explican", "explica"), ("explicaba", "explicaba"), ("explicaban", "explicaba"),
                ("explicó", "explicó"), ("explicaron", "explicó"))}, {},
        ),
        Attribution(
            _p(rf"^(?P<cause>{_ES_THING}),\s+(?:lo que|cosa que|algo que)\s+(?P<verb>explica|explicaría|explicó)\s+(?P<effect>(?:el|la|los|las|por qué)\s[^;:]+)$"),
            {"explica": "Según el texto, ¿qué explica {effect}?", "explicaría": "Según el texto, ¿qué explicaría {effect}?",
             "explicó": "Según el texto, ¿qué explicó {effect}?"}, {},
        ),
        Attribution(
            _p(rf"^(?P<effect>{_ES_THING})\s+(?P<verb>se debe|se deben|se debía|se debían|se debió|se debieron)\s+{_ES_SOME}(?P<prep>al|a)\s+(?P<cause>[^;:]+)$"),
            {v: f"Según el texto, ¿a qué {v} {{effect}}?" for v in ("se debe", "se deben", "se debía", "se debían", "se debió", "se debieron")},
            {"al": "Al", "a": "A"},
        ),
        # «La corteza oscura se forma a causa del azúcar ...» -> «¿por qué se forma la corteza
        # oscura?» / «A causa del azúcar ...».
        Attribution(
            _p(rf"^(?P<effect>{_ES_THING})\s+(?P<verb>se forma|se forman|se formaba|se formaban|se formó|se formaron|aparece|aparecen|aparecía|aparecían|apareció|aparecieron"
               r"|se produce|se producen|se producía|se producían|se produjo|se produjeron)\s+(?P<prep>a causa del|a causa de|debido al|debido a)\s+(?P<cause>[^;:]+)$"),
            {v: f"Según el texto, ¿por qué {v} {{effect}}?" for v in (
                "se forma", "se forman", "se formaba", "se formaban", "se formó", "se formaron", "aparece", "aparecen", "aparecía", "aparecían",
                "apareció", "aparecieron", "se produce", "se producen", "se producía", "se producían", "se produjo", "se produjeron",
            )},
            {"a causa del": "A causa del", "a causa de": "A causa de", "debido al": "Debido al", "debido a": "Debido a"},
        ),
        # «Las manchas son consecuencia de los golpes ...» -> «¿de qué son consecuencia las
        # manchas ...?» / «De los golpes ...»: the text's noun and words, as grounding reads them.
        Attribution(
            _p(rf"^(?P<effect>{_ES_THING})\s+(?P<verb>es|son|era|eran|fue|fueron)\s+{_ES_SOME}(?P<noun>consecuencia|fruto|resultado|producto)\s+"
               rf"(?P<prep>del|de)\s+(?P<cause>[^;:]+)$"),
            {v: f"Según el texto, ¿de qué {v} {{noun}} {{effect}}?" for v in ("es", "son", "era", "eran", "fue", "fueron")},
            {"del": "Del", "de": "De"},
        ),
        Attribution(
            _p(rf"^(?P<cause>{_ES_THING})\s+{_ES_SOME}(?P<verb>provoca|provocan|provocó|provocaron|causa|causan|causó|causaron|origina|originan|originó|originaron"
               r"|da lugar a|dan lugar a|dio lugar a|dieron lugar a)\s+(?P<effect>(?:el|la|los|las|un|una|unos|unas|al)\s[^;:]+)$"),
            {
                v: f"Según el texto, ¿qué {s} {{effect}}?"
                for v, s in (
                    ("provoca", "provoca"), ("provocan", "provoca"), ("provocó", "provocó"), ("provocaron", "provocó"),
                    ("causa", "causa"), ("causan", "causa"), ("causó", "causó"), ("causaron", "causó"),
                    ("origina", "origina"), ("originan", "origina"), ("originó", "originó"), ("originaron", "originó"),
                    ("da lugar a", "da lugar a"), ("dan lugar a", "da lugar a"), ("dio lugar a", "dio lugar a"), ("dieron lugar a", "dio lugar a"),
                )
            }, {},
        ),
    ),
}
MIN_THING_WORDS = 3  # "the green colour", «la pérdida de agua»


def _plain_statement(s: Sentence, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern`` matched on the whole of ``s`` without its full stop, when ``s`` is one plain
    statement: it ends with a full stop and holds no bracket, quotation, semicolon or colon (the
    requirement and "makes" cards read only such sentences)."""
    text = s.text.strip()
    if not text.endswith(".") or re.search(r"[()\[\]\"“”«»;:]", text):
        return None
    return pattern.match(text[:-1])


# What a sentence requires for a purpose it puts first (brief reasons): "To spend the night in
# the hut, climbers must book ahead ...", «Para recibir la ayuda, cada colmenar debe tener ...».
@dataclass(frozen=True)
class Requirement:
    pattern: re.Pattern[str]  # named groups purpose, subject, modal, action
    fronts: dict[str, str]  # the folded modal -> the front, with {subject} and {purpose}
    have: re.Pattern[str]  # "have", «tener» opening the action: asked as what is had
    have_fronts: dict[str, str]


REQUIREMENTS = {
    "en": Requirement(
        _p(r"^(?:To|In order to)\s+(?P<purpose>(?!be\b)[a-z]+\s[^,;:]{3,80}?),\s+(?P<subject>(?:(?:the|a|an|each|every|all|most)\s)?[^,;:]{2,50}?)\s+"
           r"(?P<modal>must|have to|has to|need to|needs to|should)\s+(?P<action>(?!be\b|have\s+(?:been|to)\b)[a-z][^;:]+)$"),
        {"must": "According to the text, what must {subject} do to {purpose}?", "have to": "According to the text, what do {subject} have to do to {purpose}?",
         "has to": "According to the text, what does {subject} have to do to {purpose}?", "need to": "According to the text, what do {subject} need to do to {purpose}?",
         "needs to": "According to the text, what does {subject} need to do to {purpose}?", "should": "According to the text, what should {subject} do to {purpose}?"},
        _p(r"^have\s+"),
        {"must": "According to the text, what must {subject} have to {purpose}?", "should": "According to the text, what should {subject} have to {purpose}?"},
    ),
    "es": Requirement(
        _p(r"^Para\s+(?P<purpose>[a-záéíóúñ]+(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les)?\s[^,;:]{3,80}?),\s+"
           r"(?P<subject>(?:el|la|los|las|cada|todo|toda|todos|todas)\s[^,;:]{2,50}?)\s+"
           r"(?P<modal>debe|deben|tiene que|tienen que|ha de|han de)\s+(?P<action>[a-záéíóúñ]+(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les)?\s[^;:]+)$"),
        {"debe": "Según el texto, ¿qué debe hacer {subject} para {purpose}?", "deben": "Según el texto, ¿qué deben hacer {subject} para {purpose}?",
         "tiene que": "Según el texto, ¿qué tiene que hacer {subject} para {purpose}?", "tienen que": "Según el texto, ¿qué tienen que hacer {subject} para {purpose}?",
         "ha de": "Según el texto, ¿qué ha de hacer {subject} para {purpose}?", "han de": "Según el texto, ¿qué han de hacer {subject} para {purpose}?"},
        _p(r"^tener\s+"),
        {"debe": "Según el texto, ¿qué debe tener {subject} para {purpose}?", "deben": "Según el texto, ¿qué deben tener {subject} para {purpose}?",
         "tiene que": "Según el texto, ¿qué tiene que tener {subject} para {purpose}?", "tienen que": "Según el texto, ¿qué tienen que tener {subject} para {purpose}?"},
    ),
}
# What a cause explains (brief reasons): a change, a quantity or a state, not "the rules" a
# person explains. Folded words, English and Spanish.
EXPLAINED = _set("""rise rises fall falls drop drops increase increases decrease decline growth gap gaps shortage
    shortages scarcity lack loss losses success failure failures delay delays cost costs price prices absence difference
    differences popularity collapse closure closures level levels number numbers content rate rates colour color demand surge
    slump change changes spread deaths low high poor slow fast rapid sudden steady
    aumento aumentos subida subidas caida caidas descenso escasez falta perdida perdidas exito fracaso retraso retrasos
    diferencia diferencias crisis auge declive cierre cierres ausencia abandono popularidad precio precios coste costes costo
    color demanda cambio cambios nivel niveles numero contenido tasa muerte muertes bajada alza""")
# ("leads to" is left out: "The narrow path leads to the old quarry" is a way, not a cause.)
# "is due to open in 2027", "was due to sail on the morning tide": a plan, no cause. Its verb is
# "be" or a word followed by a time, a place or a figure.
SCHEDULE = _p(r"^(?:be|[a-z]+\s+(?:in|on|at|by|next|later|soon|this|within|before|after|from|\d))\b")
POINT_TAG = "point"  # a card on its sentence's point: quizapp.derive ranks it over a gap on one of its words


def is_last_resort(draft: Any) -> bool:
    """A card of this module: offered for a paragraph only after every other draft of it
    (its facts, terms, choices) had its chance, in the last coverage pass."""
    return bool(draft.kind == "card" and {"cause", "condition", "effect"} & set(draft.item.get("tags", ())))


# Words whose accent sets them apart from a word in the lists above: «está», the verb, is no
# «esta», the demonstrative ("cuando el fruto está maduro" points to no other sentence).
ACCENTED = frozenset(("está",))


def _words(text: str) -> list[str]:
    return [w.lower() if w.lower() in ACCENTED else fold(w) for w in WORD.findall(text)]


# A choice and its reason without a connective (brief coverage3): "The surveyors chose the
# northern headland for its bare granite, ..." asked "why did the surveyors choose the northern
# headland?", "The site was chosen for its narrow gorge" "why was the site chosen?", «Los
# topógrafos eligieron el cabo norte por su granito ...» «¿por qué eligieron los topógrafos el
# cabo norte?»; the back the reason as written ("For its bare granite, ..."). Only a reason the
# thing's possessive opens ("for its", «por su»), or "because of", «debido a», «a causa de»: "for
# the new school" is a purpose, «por la mañana» a time, «por los vecinos» an agent.
_CHOSE_EN = r"chose|selected|picked|preferred|favou?red|rejected"
_CHOSEN_EN = r"chosen|selected|picked|preferred|favou?red|rejected"
_REASON_EN = r"(?:for\s+(?:its|their)|because\s+of)\s+[^;:()«»\"“”]+?"
_CHOSE_ES = r"eligió|eligieron|escogió|escogieron|prefirió|prefirieron|descartó|descartaron|elige|eligen|escoge|escogen"
_REASON_ES = r"(?:por\s+(?:su|sus)|debido\s+a|a\s+causa\s+de)\s+[^;:()«»\"“”]+?"
CHOICES = {
    "en": (
        re.compile(rf"^(?P<subject>(?:The|A|An|Its|Their)\s+[^,;:]{{2,50}}?)\s+(?P<aux>(?:has|have|had)\s+)?(?P<verb>{_CHOSE_EN}|{_CHOSEN_EN})\s+"
                   rf"(?P<object>(?:the|a|an)\s+[^,;:]{{2,50}}?)\s+(?P<reason>{_REASON_EN})\.$"),
        re.compile(rf"^(?P<object>(?:The|A|An)\s+[^,;:]{{2,50}}?)\s+(?P<aux>was|were|is|are|(?:has|have|had)\s+been)\s+(?P<verb>{_CHOSEN_EN})\s+"
                   rf"(?P<reason>{_REASON_EN})\.$"),
    ),
    "es": (
        re.compile(rf"^(?P<subject>(?:El|La|Los|Las)\s+[^,;:]{{2,50}}?)\s+(?P<verb>{_CHOSE_ES})\s+"
                   rf"(?P<object>(?:el|la|los|las|un|una)\s+[^,;:]{{2,50}}?)\s+(?P<reason>{_REASON_ES})\.$"),
        re.compile(rf"^(?P<object>(?:El|La|Los|Las)\s+[^,;:]{{2,50}}?)\s+(?P<verb>se\s+(?:{_CHOSE_ES}))\s+(?P<reason>{_REASON_ES})\.$"),
    ),
}
CHOICE_BASE_EN = {"chose": "choose", "selected": "select", "picked": "pick", "preferred": "prefer", "favoured": "favour",
                  "favored": "favor", "rejected": "reject", "chosen": "chosen"}
CHOICE_FRONTS = {
    "en": ("According to the text, why did {subject} {verb} {object}?", "According to the text, why {aux} {subject} {verb} {object}?",
           "According to the text, why {aux} {object} {verb}?"),
    "es": ("Según el texto, ¿por qué {verb} {subject} {object}?", "Según el texto, ¿por qué {verb} {object}?"),
}


# How a thing is done, told by its means (brief coverage3, second round): "by refusing to sell
# to them, the League could ruin its rivals", "the farmers could grow wheat by digging ditches"
# asked "how could the League ruin its rivals?", the back the means as written ("By refusing to
# sell to them."); «negándose a vender, la Liga podía arruinar ...», «podían sembrar trigo
# mediante zanjas» «¿cómo podía la Liga arruinar ...?». Only after a modal or auxiliary (its
# question needs no verb form the text does not write: "could", «podía»), only a subject that
# opens on its article or possessive, and only a means that is a gerund ("By evening" is a time,
# «Cuando» no gerund) or "by means of", «mediante». The clause after a colon is read alone.
_MODALS_EN = r"can|could|will|would|may|might|must|should|is|are|was|were|has|have|had"
_MODALS_ES = r"puede|pueden|podía|podían|pudo|pudieron|podrá|podrán|podría|podrían|logra|logran|lograba|lograban|logró|lograron|consigue|consiguen|conseguía|conseguían|consiguió|consiguieron"
_MEANS_SUBJECT_EN = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Ee]ach|[Mm]ost|[Mm]any|[Ss]ome)\s+[^,;:()]{2,60}?"
_MEANS_SUBJECT_ES = r"(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Uu]n|[Uu]na|[Cc]ada|[Mm]uchos|[Mm]uchas|[Aa]lgunos|[Aa]lgunas)\s+[^,;:()]{2,60}?"
_GERUND_EN = r"(?:by\s+means\s+of\s+[^,;:()]+?|by\s+[a-z]+ing\b[^,;:()]*?)"
_GERUND_ES = r"(?:mediante\s+[^,;:()]+?|[a-záéíóú]+(?:ando|iendo|yendo|ándo|iéndo|yéndo)(?:se|le|les|lo|la|los|las)?\b[^,;:()]*?)"
# After its clause, a Spanish gerund is as often a manner («pasaban el invierno cantando
# coplas») as a means: there only «mediante» reads as one.
_MEANS_AFTER_ES = r"(?:mediante\s+[^,;:()]+?)"
# After a passive, "by" and an -ing word before a noun is often the doer ("closed by falling
# rocks"): the -ing word must take a function word after it ("reached by walking across ...").
PASSIVE_MEANS_NEXT = _set("""the a an each every its their to across along around through over under into onto
    out up down off on in at with from between about back away""")
MEANS = {
    "en": (
        re.compile(rf"^(?P<means>{_GERUND_EN}),\s+(?P<subject>{_MEANS_SUBJECT_EN})\s+(?P<aux>{_MODALS_EN})\s+(?P<rest>[a-z][^;:()]+?)\.$", re.IGNORECASE),
        re.compile(rf"^(?P<subject>{_MEANS_SUBJECT_EN})\s+(?P<aux>{_MODALS_EN})\s+(?P<rest>[a-z][^,;:()]+?)\s+(?P<means>{_GERUND_EN})\.$"),
    ),
    "es": (
        re.compile(rf"^(?P<means>{_GERUND_ES}),\s+(?P<subject>{_MEANS_SUBJECT_ES})\s+(?P<aux>{_MODALS_ES})\s+(?P<rest>[a-záéíóú][^;:()]+?)\.$", re.IGNORECASE),
        re.compile(rf"^(?P<subject>{_MEANS_SUBJECT_ES})\s+(?P<aux>{_MODALS_ES})\s+(?P<rest>[a-záéíóú][^,;:()]+?)\s+(?P<means>{_MEANS_AFTER_ES})\.$"),
    ),
}
# Words with a gerund's ending that are none: a time ("By evening"), a noun, «cuando».
NOT_GERUNDS = frozenset((
    "evening", "morning", "spring", "nothing", "something", "anything", "everything", "king", "ring", "string",
    "thing", "wing", "ceiling", "during", "bring", "sing", "swing", "sting", "sling", "cling", "fling", "wring", "ping", "bing",
    "cuando", "mando", "bando", "comando", "contrabando", "fernando", "armando", "orlando", "rolando", "segundo",
    "siendo", "estando", "habiendo", "teniendo", "mundo", "fondo", "fundo", "hondo", "redondo", "blando", "grande",
))
MEANS_FRONTS = {"en": "According to the text, how {aux} {subject} {rest}?", "es": "Según el texto, ¿cómo {aux} {subject} {rest}?"}
MIN_MEANS_WORDS, MAX_MEANS_WORDS = 3, 30
MIN_MEANS_REST_WORDS, MAX_MEANS_REST_WORDS = 2, 24


# A lead-in that only announces the clause after its colon (brief coverage3, second round):
# a copula and a word saying the point is plain ("The logic was straightforward:", «La idea es
# sencilla:»). The dev documents' mechanism paragraphs put their condition there.
COLON_LEAD_INS = {
    "en": re.compile(r"\b(?:is|was|are|were|seems|seemed)\s+(?:quite\s+|very\s+|fairly\s+|surprisingly\s+)?"
                     r"(?:simple|straightforward|clear|plain|easy to state|as follows)$", re.IGNORECASE),
    "es": re.compile(r"\b(?:es|era|fue|son|eran|parece|parecía)\s+(?:muy\s+|bastante\s+|sorprendentemente\s+)?"
                     r"(?:sencill[oa]s?|simples?|clar[oa]s?|la siguiente|el siguiente)$", re.IGNORECASE),
}
MAX_ANNOUNCING_WORDS = 10


@dataclass(frozen=True)
class Cause:
    """One effect and the cause a sentence (or the one before it) gives."""

    sentence: Sentence
    effect: str  # as the front writes it, without its final stop
    back: str
    cause_span: tuple[int, int]  # offsets of the cause in the paragraph's text
    context: str = ""  # the sentence before, quoted in the front: the cause takes it up ("this shrinking")
    front: str = ""  # a front of its own («¿a qué se debe que ...?»), else the language's
    point: bool = False  # the sentence's point (a choice's reason): ranked over a gap on one of its words


class CauseDrafter:
    """Why-cards from the explicit cause-effect connectives of a document's sentences."""

    def __init__(self, builder: Builder):
        self.builder = builder
        self.lang = builder.facts.language
        self.rules = RULES.get(self.lang.code)
        # Words the document writes in lower case: a capitalised one opening a sentence is a
        # common noun ("Surveys"), not a name, and the front may lower it.
        self.lower_words = {w for text in builder.facts.paragraphs.values() for w in WORD.findall(text) if w[0].islower()}
        # Words the document writes capitalised inside a sentence: names, whatever else they are.
        self.inner_capitals = {w for s in builder.facts.sentences for w in WORD.findall(s.text)[1:] if w[0].isupper()}

    def candidates(self) -> Iterator[Candidate]:
        per_paragraph: dict[int, int] = {}
        for card in self.cards():
            if per_paragraph.get(card.paragraph, 0) >= PER_PARAGRAPH:
                continue
            per_paragraph[card.paragraph] = per_paragraph.get(card.paragraph, 0) + 1
            yield card

    def cards(self) -> Iterator[Candidate]:
        """Every why-card the document's sentences give, held back (CAUSE_HOLD)."""
        if self.rules is None:
            return
        sentences = self.builder.facts.sentences
        for i, s in enumerate(sentences):
            before = sentences[i - 1] if i and sentences[i - 1].paragraph == s.paragraph else None
            found_any = False
            for found in self.causes(s, before):
                found_any = True
                short = len(found.effect.split()) < MIN_EFFECT_WORDS  # a four-word effect: the point card first, if there is one
                yield attributed if short and (attributed := self.attributed(s)) is not None else self.card(found)
            if not found_any and (attributed := self.attributed(s)) is not None:
                yield attributed
            if (condition := self.condition(s)) is not None:
                yield condition
            if (required := self.requirement(s)) is not None:
                yield required
            if (effect := self.makes(s)) is not None:
                yield effect
            if not found_any and (chosen := self.chosen(s)) is not None:
                yield self.card(chosen)
            elif not found_any and (means := self.means(s)) is not None:
                yield self.card(means)

    def chosen(self, s: Sentence) -> Cause | None:
        """A choice and the reason the sentence gives it without a connective (``CHOICES``)."""
        code = self.lang.code
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        for index, pattern in enumerate(CHOICES.get(code, ())):
            m = pattern.match(text)
            if m is None:
                continue
            found = m.groupdict()
            named = [found[k] for k in ("subject", "object") if found.get(k)]
            if any(w in rules.leaning or w in rules.demonstratives for part in named for w in _words(part)):
                return None  # "this site", «este emplazamiento»: which, the front cannot say
            shown = {k: (lower_initial(v) if k in ("subject", "object") and fold(v.split()[0]) in rules.stop else v)
                     for k, v in found.items() if v}
            reason = found["reason"].strip()
            verb = " ".join(found["verb"].split())
            if code == "en":
                aux = " ".join((found.get("aux") or "").split())
                if index == 1:
                    front = CHOICE_FRONTS["en"][2].format(aux=aux, object=shown["object"], verb=verb)
                elif aux:
                    front = CHOICE_FRONTS["en"][1].format(aux=aux, subject=shown["subject"], verb=verb, object=shown["object"])
                elif verb in CHOICE_BASE_EN and verb != "chosen":
                    front = CHOICE_FRONTS["en"][0].format(subject=shown["subject"], verb=CHOICE_BASE_EN[verb], object=shown["object"])
                else:
                    return None
            elif index == 1:
                front = CHOICE_FRONTS["es"][1].format(verb=verb, object=shown["object"])
            else:
                front = CHOICE_FRONTS["es"][0].format(verb=verb, subject=shown["subject"], object=shown["object"])
            at = s.start + s.text.find(reason)
            return Cause(s, "", reason[0].upper() + reason[1:] + ".", (at, at + len(reason)), front=front.replace("{", "{{").replace("}", "}}"), point=True)
        return None

    def means(self, s: Sentence) -> Cause | None:
        """How a thing is done and the means the sentence gives (``MEANS``), or None."""
        code = self.lang.code
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        if re.search(r"[\"“”«»\[\]]", text):
            return None
        clause = text.rsplit(": ", 1)[-1]  # "Its weapon was the embargo: by refusing ..., the League could ..."
        for pattern in MEANS.get(code, ()):
            m = pattern.match(clause)
            if m is None:
                continue
            subject, aux, rest, means = (" ".join(m.group(k).split()) for k in ("subject", "aux", "rest", "means"))
            head = fold(means.split()[1] if means.lower().startswith("by ") else means.split()[0])
            if head in NOT_GERUNDS or (code == "en" and means.lower().startswith("by ") and head == "means" and len(means.split()) < 5):
                return None
            subject_words = _words(subject)
            if any(w in rules.demonstratives or (w in rules.leaning and i) for i, w in enumerate(subject_words)):
                return None  # "these farmers", «sus labradores»: which, the front cannot say
            if any(w in rules.demonstratives or w in rules.subjects for w in _words(rest) + _words(means)):
                return None  # "by doing so", «haciéndolo así», "... for them": another sentence's thing
            if _words(means)[-1] in ("so", "that", "this", "it", "them", "asi", "eso", "esto", "ello"):
                return None  # "by doing so", «haciéndolo así»
            if not (MIN_MEANS_WORDS <= len(means.split()) <= MAX_MEANS_WORDS and MIN_MEANS_REST_WORDS <= len(rest.split()) <= MAX_MEANS_REST_WORDS):
                return None
            if code == "en" and not means.split()[1 if means.lower().startswith("by ") else 0].islower():
                return None  # "By Manning's death": a name, no gerund
            passive = code == "en" and (rest.split()[0] in ("be", "been") or (aux in ("is", "are", "was", "were") and rest.split()[0].endswith(("ed", "en", "wn"))))
            if passive and means.lower().startswith("by ") and head != "means" and (len(means.split()) < 3 or means.split()[2].lower() not in PASSIVE_MEANS_NEXT):
                return None  # "closed by falling rocks": the doer, no means
            verb = rest.split(maxsplit=1)[1] if code == "en" and rest.split()[0] in ("be", "been") and len(rest.split()) > 1 else rest
            participle = re.match(r"[a-z]+(?:ed|en|wn|ng|t)\b", verb) is not None
            if (fold(verb.split()[0]) in rules.stop or (code == "en" and (verb is not rest or aux in ("is", "are", "was", "were", "has", "have", "had"))
                                                        and not participle)):
                return None  # the verb after the auxiliary: a participle ("was drained", "can be reached"), no "is the ..."
            if not self.cause_reads(means, f"{subject} {rest}", own=True):
                return None
            shown = lower_initial(subject) if fold(subject.split()[0]) in rules.stop or fold(subject.split()[0]) in rules.leads else subject
            front = MEANS_FRONTS[code].format(aux=aux.lower(), subject=shown, rest=rest)
            at = s.start + s.text.find(m.group("means"))
            return Cause(s, "", means[0].upper() + means[1:] + ".", (at, at + len(m.group("means"))),
                         front=front.replace("{", "{{").replace("}", "}}"), point=True)
        return None

    def causes(self, s: Sentence, before: Sentence | None) -> Iterator[Cause]:
        """The effect and cause one sentence states, if the card would read on its own. A
        sentence with a colon is read by its parts ("..., so the vault is a last resort: it
        does not ...")."""
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        if not text.endswith(".") or text.startswith(("-", "*", "•")) or re.search(r"[()\[\]\"“”«»]", text):
            return
        body = text[:-1].rstrip()
        parts = body.split(": ")
        if len(parts) == 2 and (found := self.advice(s, *parts)) is not None:
            yield found
            return
        for index, part in enumerate(parts):
            if index == 0 and (found := self.from_before(s, part, before, whole=len(parts) == 1)) is not None:
                yield found
                return
            for pattern, front in rules.subjunctive_effects:
                if (m := pattern.match(part)) is not None and (found := self.due_to(s, before, m, front)) is not None:
                    yield found
                    return
            if index == 0 and (opener := rules.openers.match(part)) is not None:
                part = part[opener.end():]  # "As a result, A, which is why B": A is B's cause
            for pattern, lead in rules.inside:
                m = pattern.match(part)
                if m is None:
                    continue
                effect_text, cause = m.group("effect").strip(), rules.conjunctions.sub("", m.group("cause").strip())
                if m.groupdict().get("lead"):  # the back opens with the text's own connective: the card's key is the text's
                    lead = m.group("lead")[0].upper() + m.group("lead")[1:]
                if rules.half_reasons.search(effect_text) or rules.copula_end.search(effect_text):
                    break
                if lead == "As" and (AS_TAKERS.search(effect_text) or AS_COMPARED.search(effect_text)):
                    break  # "has been known as ...", "has served as ...", "as quietly as ...": no reason
                if lead == "As" and AS_OPENED.search(effect_text) and not FINITE_EN.search(cause):
                    break  # "as long in salt air | as the old iron pier": a comparison, no reason
                if NOT_ONLY.search(effect_text):
                    break  # "... not only serve | to find ..., but also ...": the pair is cut
                if lead in ("Para que", "Para", "To", "So that") and ("," in effect_text or " que " in f" {effect_text} "):
                    break  # a purpose clause may belong to the clause right before it
                if lead in ("Para", "To") and rules.purpose_blocks.search(effect_text):
                    break  # "too deep to rake", «demasiado honda para»: no step and its purpose
                if not lead and SUBJUNCTIVE.get(self.lang.code) and any(SUBJUNCTIVE[self.lang.code].match(w) for w in effect_text.split()):
                    break  # «de modo que el calor subiera»: a purpose, whose front would not read
                if pattern.pattern.startswith(_COMO) and not _como_has_verb(cause):
                    break  # «Como la mayoría de los pueblos, ...»: a comparison
                fronted = m.start("cause") < m.start("effect")
                effect = self.effect(self.first_effect(effect_text) if fronted else effect_text)
                if effect is None or (fronted and not self.pronoun_named(cause, effect, before)):
                    break
                quoted = ""
                if not self.cause_reads(cause, effect, own=bool(lead)):
                    quoted = self.taken_up(cause, effect, before, own=bool(lead))
                    if not quoted:
                        break
                if not quoted and bare_ordinal(effect, self.lang):
                    effect = self.ordinal_named(effect, before)  # "the third" of what: the sentence before counts them (fronts4)
                    if effect is None:
                        break
                if not quoted and vague_cards.bare_judging_noun(effect, self.lang):
                    quoted = self.readable_before(before)  # "the drawback" of what: the sentence before says (fronts3)
                    if not quoted:
                        break
                back = f"{lead} {cause}." if lead else cause[0].upper() + cause[1:] + "."
                at = s.start + s.text.find(cause)
                topic_front = self.topic_front(cause, effect) if not lead and not quoted and not (fronted and m.start("cause") > 0) else ""  # "Because A, B" sets no topic for B; "A, so B" may
                if topic_front is None:
                    break  # "..., so the drink stays sweet": which drink, the front cannot say
                yield Cause(s, effect, back, (at, at + len(cause)), context=quoted, front=topic_front)
                return

    def topic_front(self, cause: str, effect: str) -> str | None:
        """The front of a consequence that leans on the topic its cause sets (``BARE_DEFINITE``),
        carrying the cause's subject ("Explain why, in the case of perry, the drink stays
        sweet", «Explica por qué, en el caso de la perada, la bebida ...»); "" when the
        consequence names its own thing, None when it leans and the cause has no short subject."""
        code = self.lang.code
        rules = self.rules
        assert rules is not None
        if code not in BARE_DEFINITE or not BARE_DEFINITE[code].match(effect):
            return ""
        if any(PAST_TENSE[code].search(clause) or STORY_TENSE[code].search(clause) for clause in (cause, effect)):
            return ""
        words = cause.split()
        if code == "es":
            if len(words) < 3 or fold(words[0]) not in ("el", "la", "los", "las"):
                return ""
            end = 4 if len(words) > 4 and fold(words[2]) == "de" and fold(words[3]) not in rules.leads else 2
        else:
            if fold(words[0]) in rules.leads or fold(words[0]) in rules.stop:
                return ""  # "The open water keeps ...", "Most of the debris ...": no kind's name
            end = next((i for i in range(1, len(words)) if fold(words[i]) in TOPIC_VERBS or (
                re.fullmatch(r"[a-z]{3,}(?:s|ed)", words[i]) is not None and not words[i].endswith("ss"))), 0)
            if not end or end > MAX_TOPIC_WORDS:
                return None
        subject = words[:end]
        folded = _words(" ".join(subject))
        if not folded or any(w in rules.leaning or w in rules.demonstratives or w in rules.subjects for w in folded):
            return None
        if any(w[:STEM] in {e[:STEM] for e in _words(effect)} for w in folded if w not in rules.stop):
            return ""  # the consequence names the cause's subject: the topic is on the card
        first = subject[0]
        if fold(first) in rules.leads or first.lower() in self.lower_words or self.common_opener(first, " ".join(subject[1:]) or " x"):
            subject = [first.lower(), *subject[1:]]
        topic = " ".join(subject).strip(",")
        if code == "es":
            topic = "del " + topic[3:] if topic.startswith("el ") else "de " + topic
        return TOPIC_FRONT[code].format(topic=topic)

    def pronoun_named(self, cause: str, effect: str, before: Sentence | None) -> bool:
        """Whether a fronted cause whose subject is a pronoun ("Because it is lighter, ...") or
        dropped («Como es más ligero, ...») names its thing through the card: the sentence before,
        in the paragraph, speaks of a thing the effect names ("Plastic frames are a recent choice.
        Because it is lighter ..., most beekeepers use plastic ..."). Not after "Wood is scarce.",
        where "it" is the wood and the front speaks of gas. A cause naming its subject passes."""
        rules = self.rules
        assert rules is not None
        folded = _words(cause)
        if not folded:
            return False
        if self.lang.code == "en":
            if folded[0] not in rules.result_pronouns:
                return True
        elif folded[0] in rules.leads or folded[0] in self.lang.determiners or cause[:1].isupper():
            return True
        if before is None:
            return False

        def stems(text: str) -> set[str]:  # ("Gas-fired pots" names the gas; "uvas", the «uva»)
            return {p.rstrip("s")[:STEM] for w in _words(text) for p in w.split("-") if p not in rules.stop and len(p) > 2}

        return bool(stems(effect) & stems(before.text))

    def first_effect(self, effect: str) -> str:
        """An effect after its cause, up to a second main clause joined by ", and" («, y»): "the
        comb is not bent by the weight of the honey, and it can hold ..." is asked by its first
        clause, which the cause explains first and which names its subject ("it" would point
        back). The whole effect where its first clause is too short to ask."""
        first = re.split(r",\s+(?:and|y|e)\s+", effect, maxsplit=1)[0]
        return first if first != effect and len(first.split()) >= MIN_EFFECT_WORDS else effect

    def advice(self, s: Sentence, said: str, reason: str) -> Cause | None:
        """ "That is why it is unwise to prune the vines in early spring: the cuts bleed sap for
        weeks." -> "Explain why it is unwise to prune the vines in early spring." / "The cuts
        bleed sap for weeks." («Por eso no conviene ...: con el calor, ...»): a piece of advice
        whose colon opens its reason, a clause of its own. A result opener ("That is why", «Por
        eso») goes: the reason after the colon answers the front without the sentence before."""
        rules = self.rules
        found = ADVICE.get(self.lang.code)
        if rules is None or found is None:
            return None
        opener = rules.openers.match(said)
        effect = said[opener.end():] if opener is not None else said
        effect = rules.adverbs.sub("", effect).strip()
        if found.match(effect) is None or ANNOUNCING.search(effect) or not MIN_EFFECT_WORDS <= len(effect.split()) <= MAX_EFFECT_WORDS:
            return None
        folded = _words(effect)
        if any(w in rules.leaning for w in folded[1:]) or rules.reporting.search(effect) or NAMED_ELSEWHERE.search(effect):
            return None
        reason = reason.strip()
        first = _words(reason)[:1]
        if not first or first[0] in rules.subjects or first[0] in self.lang.context_openers or not self.cause_reads(reason, effect, own=False):
            return None
        at = s.start + s.text.find(reason)
        return Cause(s, lower_initial(effect), reason[0].upper() + reason[1:] + ".", (at, at + len(reason)))

    def from_before(self, s: Sentence, part: str, before: Sentence | None, *, whole: bool) -> Cause | None:
        """A sentence opening with "As a result," («Por eso,») or holding "therefore" («por lo
        tanto»): its cause is the sentence before, in the same paragraph."""
        rules = self.rules
        assert rules is not None
        opener = rules.openers.match(part)
        if opener is not None and any(pattern.match(part[opener.end():]) for pattern, _ in rules.inside):
            return None  # "As a result, A, which is why B": the sentence's own cause and effect (own_cause)
        if opener is not None:
            effect_text = part[opener.end():]
        elif whole and (middle := rules.middles.search(part)) is not None:
            if COORDINATED_BEFORE.search(part[:middle.start()]):
                # «La magnitud mide la energía ... y, por tanto, es un único valor», "... and,
                # therefore, is": the cause is the clause before the "and", not the sentence before
                # (an unseen document's review: that back gave no reason at all).
                return None
            effect_text = part[:middle.start()] + " " + part[middle.end():]
        else:
            return None
        if before is None:
            return None
        effect = self.effect(effect_text)
        back = rules.conjunctions.sub("", before.text.strip())
        if effect is None or not back.endswith(".") or re.search(r"[:;()\[\]\"“”«»]", back) or not self.cause_reads(back[:-1], effect, own=False):
            return None
        offset = before.text.find(back)
        start = before.start + offset
        return Cause(s, effect, back[0].upper() + back[1:], (start, start + len(back)))

    def taken_up(self, cause: str, effect: str, before: Sentence | None, *, own: bool) -> str:
        """The sentence before, to quote in the front, when the cause reads but for the
        demonstrative opening it that takes that sentence up ("Because this shrinking continues
        for several days, ..." after "Wet clay shrinks slowly as ..."), or "": the sentence
        before must be in the paragraph, read on its own and be short."""
        rules = self.rules
        assert rules is not None
        folded = _words(cause)
        if before is None or len(folded) < 2 or folded[0] not in rules.demonstratives or any(w in rules.demonstratives for w in folded[1:]):
            return ""
        text = self.readable_before(before)
        if not text:
            return ""
        rest = cause.split(None, 1)[1] if len(cause.split()) > 1 else ""
        return text if self.cause_reads(rest, effect, own=own) else ""

    def ordinal_named(self, effect: str, before: Sentence | None) -> str | None:
        """The last clause of a list of ordinals ("the first is money, ..., and the third is the
        climate", the clause a "because" after it explains), its ordinal named from the sentence
        before that counts the things ("Three factors will decide the project's future."): "the
        third of the three factors that will decide the project's future is the climate",
        «el tercero de los tres factores que decidirán el futuro del proyecto es el clima»; None
        when the sentence before counts nothing (brief fronts4)."""
        code = self.lang.code if self.lang.code in COUNTED else "en"
        last = LIST_CLAUSE[code].split(effect)[-1].strip()
        ordinal = BARE_ORDINAL[code].match(last)
        counted = COUNTED[code].match(before.text.strip()) if before is not None else None
        if ordinal is None or counted is None:
            return None
        words = ordinal.group().split()
        if code == "es":
            plural = "las" if fold(words[0]) == "la" else "los"
            named = f"{ordinal.group()} de {plural} {counted.group('count').lower()} {counted.group('noun')} que {counted.group('rest').strip()}"
        else:
            named = f"{ordinal.group()} of the {counted.group('count').lower()} {counted.group('noun')} that {counted.group('rest').strip()}"
        return lower_initial(named) + last[ordinal.end():]

    def readable_before(self, before: Sentence | None) -> str:
        """The sentence before, to quote in the front, when it is in the paragraph, short and
        reads on its own, or ""."""
        rules = self.rules
        assert rules is not None
        if before is None:
            return ""
        text = before.text.strip()
        if not text.endswith(".") or re.search(r"[:;()\[\]\"“”«»]", text) or before.words > MAX_CONTEXT_WORDS:
            return ""
        if not self.builder.usable(before, taken_up=True) or any(w in rules.subjects for w in _words(text)[:1]):
            return ""
        return text

    def due_to(self, s: Sentence, before: Sentence | None, m: re.Match[str], front: str) -> Cause | None:
        """ «El encogimiento dura varios días, de ahí que una vasija recién torneada cambie de
        forma ...» -> «Según el texto, ¿a qué se debe que una vasija recién torneada cambie de
        forma ...?» / «El encogimiento dura varios días.»: the effect in the subjunctive, as
        written, after «a qué se debe que»; the cause the clause before, which names its subject."""
        rules = self.rules
        assert rules is not None
        cause = rules.conjunctions.sub("", m.group("cause").strip())
        effect = self.effect_clause(m.group("effect").strip())
        if effect is None or "," in cause:
            return None
        lead = fold(cause.split()[0]) if cause.split() else ""
        quoted = ""
        if lead not in rules.leads or not self.cause_reads(cause, effect, own=False):
            quoted = self.taken_up(cause, effect, before, own=False)
            if not quoted:
                return None
        at = s.start + s.text.find(cause)
        return Cause(s, effect, cause[0].upper() + cause[1:] + ".", (at, at + len(cause)), context=quoted, front=front)

    def effect(self, clause: str) -> str | None:
        """The effect as the front writes it, or None where it would not name its subject. A
        short opening phrase ("During the summer months, ...", «Para muchos glaciólogos, ...»)
        moves to the end, where it reads after "Explain why"."""
        rules = self.rules
        assert rules is not None
        clause = rules.adverbs.sub("", rules.conjunctions.sub("", clause.strip())).strip().rstrip(",")
        code = self.lang.code
        conceded = ""
        if code in CONCESSIVE:
            if (concession := CONCESSIVE[code].match(clause)) is not None:
                clause = clause[concession.end():]
                phrase = concession.group().strip().rstrip(",")
                # one naming its thing moves to the end ("... despite the drought"); one leaning
                # on another sentence ("Despite these setbacks") or a bare adverb goes
                if not any(w in rules.leaning or w in rules.demonstratives for w in _words(phrase)) and len(phrase.split()) > 2:
                    conceded = lower_initial(phrase)
            clause = EXAMPLE_ASIDE[code].sub("", clause).strip()
        if code in CONTACT_RELATIVE:
            clause = CONTACT_RELATIVE[code].sub(
                lambda m: m.group() if _words(clause[:m.start()])[-1:] and (_words(clause[:m.start()])[-1] in rules.stop | rules.subordinators) else "",
                clause,
            )
        if conceded:
            inner = self.effect_clause(clause)
            if inner is None or len(inner.split()) + len(conceded.split()) > MAX_EFFECT_WORDS or len(conceded.split()) > MAX_MOVED_WORDS:
                return None
            return f"{inner} {conceded}"
        if code in TIME_OPENER and (time := TIME_OPENER[code].match(clause)) is not None and "," not in clause:
            inner = self.effect_clause(clause[time.end():])
            if inner is None or len(inner.split()) + len(time.group("time").split()) > MAX_EFFECT_WORDS:
                return None
            return f"{time.group('time')[0].lower()}{time.group('time')[1:]} {inner}"
        if code in OCCASION and (occasion := OCCASION[code].match(clause)) is not None and "," not in clause:
            inner = self.effect_clause(occasion.group("advice"))
            if inner is None or len(inner.split()) + len(occasion.group("occasion").split()) > MAX_EFFECT_WORDS:
                return None
            return f"{inner} {occasion.group('occasion')[0].lower()}{occasion.group('occasion')[1:]}"
        first, comma, rest = clause.partition(", ")
        if comma and first.split() and fold(first.split()[0]) in rules.movable and len(first.split()) <= MAX_MOVED_WORDS:
            inner = self.effect_clause(rest)
            if inner is None or len(inner.split()) + len(first.split()) > MAX_EFFECT_WORDS:
                return None
            return f"{inner} {first[0].lower()}{first[1:]}"
        if comma and len(first.split()) <= UNMOVED_OPENING_WORDS and not rules.leads & set(_words(first)[:1]):
            return None  # "Higher up, sea lavender flowers ...": an opening phrase the front cannot move
        return self.effect_clause(clause)

    def effect_clause(self, clause: str, shortest: int = MIN_EFFECT_WORDS) -> str | None:
        rules = self.rules
        assert rules is not None
        words = clause.split()
        impersonal = self.lang.code in IMPERSONAL and IMPERSONAL[self.lang.code].match(clause) is not None
        if shortest == MIN_EFFECT_WORDS and words and (fold(words[0]) in NAMED_EFFECT_ARTICLES or impersonal):
            shortest = MIN_NAMED_EFFECT_WORDS
        if not shortest <= len(words) <= MAX_EFFECT_WORDS or re.search(r"[,;:—–]\s*$|\d\s*$", clause) or CONJUNCTION_END.search(clause):
            return None  # "Tides carry a lot of energy, and [because ..., they ...]": the effect is after the cause
        folded = _words(clause)
        if len(folded) < shortest or rules.reporting.search(RELATIVE_THAT.sub(" ", clause)):
            return None
        if self.lang.code in WEATHER and (weather := WEATHER[self.lang.code].match(clause)) is not None:
            # "it rained during the harvest", «helaba durante la noche»: no subject to name
            rest = _words(clause[weather.end():])
            if any(w in rules.leaning or w in rules.demonstratives for w in rest) or NAMED_ELSEWHERE.search(clause):
                return None
            return lower_initial(clause)
        # No pronoun, demonstrative or possessive: "the river flooded its first plant" (the
        # firm's, which the front does not name).
        if any(w in rules.leaning and not self.own_subject(folded, i) for i, w in enumerate(folded)) or NAMED_ELSEWHERE.search(clause):
            return None
        if any(f" {w} " in f" {fold(clause)} " for w in (", when", ", if", ", while", ", cuando", ", si", ", mientras")):
            return None
        head = folded[1] if folded[0] in rules.lone_adverbs else folded[0]
        if head in rules.leads or (self.lang.code in IMPERSONAL and IMPERSONAL[self.lang.code].match(clause)):
            return lower_initial(clause)
        if self.quantified(folded, head):
            return lower_initial(clause)
        if not rules.bare_subjects or head != folded[0] or head in rules.stop or head in rules.subordinators or head in rules.movable:
            return None
        if head.endswith("ly") or head in self.lang.context_openers:
            return None
        written = WORD.match(clause)
        if written is None:
            return None
        if written.group(0)[0].islower():
            return clause
        if written.group(0).lower() in self.lower_words:  # a common noun opening its sentence
            return lower_initial(clause)
        if self.common_opener(written.group(0), clause[written.end():]):
            return lower_initial(clause)
        return None

    def quantified(self, folded: list[str], head: str) -> bool:
        """Whether the clause opens (maybe after "today", «hoy») on a quantifier and a plural
        noun: "some estates have turned ...", «algunas asociaciones levantan ...». Never the
        quantifier alone ("Some say ...", «Varios han ...»: some of what?)."""
        at = 1 if head != folded[0] else 0
        rules = self.rules
        assert rules is not None
        if head not in QUANTIFIERS.get(self.lang.code, ()) or len(folded) <= at + 1:
            return False
        noun = folded[at + 1]
        return len(noun) > 3 and noun.endswith("s") and noun not in rules.stop and noun not in rules.leaning and noun not in self.lang.words.stop_words

    def own_subject(self, folded: list[str], i: int) -> bool:
        """Whether the pronoun ``folded[i]`` takes up the clause's own subject: "it" right after
        a subordinating word, in a clause whose subject opens with an article ("a pot left on
        the shelf keeps changing shape long after it feels dry"), never a possessive ("its")."""
        rules = self.rules
        assert rules is not None
        return (
            i >= 3 and folded[i] in rules.result_pronouns and folded[0] in rules.leads
            and folded[i - 1] in rules.subordinators and folded[i - 1] not in ("because", "since", "as")
        )

    def common_opener(self, word: str, rest: str) -> bool:
        """Whether a capitalised word opening a clause is a word of the language the document
        writes nowhere else ("Small stones are picked out ...", "Covers of straw keep off ..."):
        a word of its word list, no given name ("Green", "Rice"), followed by a lower-case word,
        and never capitalised inside a sentence of the document (where a surname would be). A
        surname too ("Small", "Cook") only before a plural noun ("Small stones"), not a verb
        ("Cook sailed ...": a person the document names once)."""
        following = WORD.search(rest)
        # a compound of the language's words ("Wood-fired", "Heather-fed"): each part a word
        parts = word.split("-") if "-" in word else [word]
        if not (
            all(self.lang.is_real_word(part) for part in parts) and not given_name(word) and word not in self.inner_capitals
            and following is not None and following.group(0)[0].islower()
        ):
            return False
        after = following.group(0)
        return not surname(word) or (after.endswith("s") and not after.endswith("ss") and not after.endswith("ed"))

    def cause_reads(self, cause: str, effect: str, *, own: bool) -> bool:
        """Whether the cause is a reason of its own: long enough, not the effect again, pointing
        to no other sentence (no demonstrative; read apart from its effect, no subject pronoun
        either), and not the front's own words."""
        rules = self.rules
        assert rules is not None
        words = cause.split()
        if not MIN_CAUSE_WORDS <= len(words) <= MAX_CAUSE_WORDS:
            return False
        folded = _words(WEATHER_IT.sub("", cause))  # the weather's "it" points to no other sentence
        named = {w[:STEM] for w in _words(effect) if w not in rules.stop}
        # a demonstrative taking up a noun the front names («porque ese brezo da ...» after «las
        # mieles de brezo»): the card reads on its own; any other points to another sentence
        if not folded or any(
            w in rules.demonstratives and not (own and i + 1 < len(folded) and folded[i + 1][:STEM] in named and folded[i + 1] not in rules.stop)
            for i, w in enumerate(folded)
        ):
            return False
        if not own and (folded[0] in self.lang.context_openers or any(w in rules.subjects for w in folded)):
            return False
        if any(w in ("because", "porque") for w in folded):
            return False
        content = [w for w in folded if w not in rules.stop and len(w) > 2]
        front = {w[:STEM] for w in _words(effect) if w not in rules.stop}
        shared = [w for w in content if w[:STEM] in front]
        new = len(content) - len(shared)
        return new >= MIN_NEW_WORDS and len(shared) <= MAX_SHARED * max(len(content), 1)

    def condition(self, s: Sentence) -> Candidate | None:
        """ "If the kitchen stays cold, the yeasts slow down." -> "According to the text, what
        happens if the kitchen stays cold?" / "The yeasts slow down." The condition must read as
        a front (it names its subject, no pronoun), hold no comma (where it ends is then sure),
        and be no condition contrary to fact ("If the dough had rested longer, ... would");
        the result opens with its subject, not with another opening phrase."""
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        if not text.endswith(".") or re.search(r"[()\[\]\"“”«»]", text):
            return None
        # A colon or semicolon ends the result ("When seismic waves arrive, the layer is
        # subjected to cyclic shear: it is pushed ..."): what follows elaborates it.
        body = re.split(r"\s*[:;]\s*", text[:-1], maxsplit=1)[0]
        if (announced := self.announced(text[:-1])) is not None:
            body = announced
        opener, _, rest = body.partition(" ")
        fronts = rules.conditions.get(fold(opener))
        condition, comma, result = rest.partition(", ")
        if fronts is None or not comma:
            return None
        # (the tense is read on the first case: the others share its auxiliary, "is cracked,
        # overloaded or ...", whose bare "overloaded" is no past)
        first_case = condition
        condition, result = self.listed_cases(condition, result)
        habitual = self.habitual(fold(opener), first_case, result)
        if habitual:
            front = habitual
        elif rules.contrary.search(condition) or (self.lang.code == "es" and self.imperfect(first_case)):
            return None  # (an imperfect «era» is no present: «¿qué ocurre si la piedra era blanda?»)
        else:
            front = fronts[1] if rules.past.search(first_case) else fronts[0]
        if (modal := rules.conditional.search(result)) is not None:
            front = self.possible_front(fold(opener), condition, result, modal) if front else ""
        if fold(opener) in ("where", "donde") and STANDING[self.lang.code].search(result):
            return None  # "Where the two tracks meet, a stone cross stands": a place, no mechanism
        phrase = self.effect_clause(condition, MIN_CONDITION_WORDS)
        if not front or phrase is None or SUBJUNCTIVE.get(self.lang.code, re.compile(r"(?!)")).search(condition):
            return None
        if "," in result and len(CLAUSE_COMMA.split(result)[0].split()) <= LIST_TAIL_WORDS and LIST_END.search(result):
            return None  # "When engineers design pumps, propellers, valves and spillways, they ...": a list, cut
        # (A result in several clauses, "the ice thins, the fish lose their shelter, and the
        # reeds spread", has no comma after its "and" part: it is read whole, cover8.)
        first = fold(result.split()[0]) if result.split() else ""
        # The result may open with "it" or "they" for what the condition names ("When the flood
        # pulse arrived, it spread ..."), not with a demonstrative or another opening phrase.
        if not first or first in rules.movable or first in rules.subordinators or first in rules.demonstratives:
            return None
        if (first in rules.leaning or first in self.lang.context_openers) and first not in rules.result_pronouns:
            return None
        if not self.cause_reads(result, phrase, own=True):
            return None
        back = result[0].upper() + result[1:] + "."
        at = s.start + s.text.find(result)
        span, keys = (at, at + len(result)), [result]
        step, taken = s, 0
        while (chain := self.chain_after(step, result, condition, first=step is s)) is not None:
            # "... the water turns to ice. The large crystals tear the cell walls, so that ...":
            # the first step alone loses the paragraph's point; the back carries it (fronts3),
            # and every next sentence going on with the process (brief cardbacks), or no card
            if chain is HELD or taken >= MAX_CHAIN_SENTENCES or len(back.split()) + chain.words > MAX_CHAIN_WORDS:
                return None
            back, span, keys = f"{back} {chain.text.strip()}", (at, chain.end), [*keys, chain.text.strip()[:-1]]
            step, taken = chain, taken + 1
        item = {"front": front.format(condition=phrase), "back": back, "source": [s.paragraph], "tags": ["condition"]}
        fact = f"condition:{s.paragraph}:{s.index}"
        return Candidate(
            "card", item, s.paragraph, span, SCORE, f"card|condition|{fact}|{phrase}", fact, keys,
            [f"{CAUSE_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def listed_cases(self, condition: str, result: str) -> tuple[str, str]:
        """A condition that lists its cases ("If a shelf is cracked, overloaded or carries a damp
        pot, the whole stack ...", «Si una balda está rajada, sobrecargada o lleva ..., toda la
        pila ...») read whole: the segments after its first comma up to the one its "or"/"and"
        («o», «y») joins belong to it when none opens on a subject (an article, a determiner, a
        pronoun, a capital) and what follows the list does. Only a condition whose first case is
        a state after a copula ("is cracked", «está rajada»): the cases are then states or
        predicates of one subject. Otherwise the two stay as they were."""
        rules = self.rules
        assert rules is not None
        if not CASE_STATE[self.lang.code].search(condition):
            return condition, result  # "When farmers plant wheat, barley, ...": a list of things, held as before
        segments = result.split(", ")
        for n, segment in enumerate(segments[:MAX_LISTED_CASES]):
            words = segment.split()
            if not words or len(words) > MAX_CASE_WORDS or not words[0].islower():
                break
            if self.subject_opening(words[0]) or fold(words[0]) in rules.leaning:
                break
            if n + 1 >= len(segments):
                break
            if not LIST_JOINT.search(segment):
                continue
            rest = ", ".join(segments[n + 1:])
            if rest.split() and self.subject_opening(rest.split()[0]):
                return f"{condition}, {', '.join(segments[:n + 1])}", rest
            break
        return condition, result

    def subject_opening(self, word: str) -> bool:
        """Whether ``word`` opens a clause on its subject: an article or a determiner ("the",
        «toda»), a quantifier or a subject pronoun."""
        rules = self.rules
        assert rules is not None
        folded = fold(word)
        return (folded in rules.leads or folded in rules.result_pronouns or folded in rules.subjects
                or folded in QUANTIFIERS.get(self.lang.code, frozenset()) or folded in WHOLE_OPENERS)

    def announced(self, text: str) -> str | None:
        """The clause after a colon whose lead-in only announces it ("The principle behind the
        ice house is simple: if ..., ...", «El principio es sencillo: si ..., ...»), up to the
        next colon or semicolon, or None. A lead-in that says more ("In the dry months the
        keepers follow another rule:") keeps what follows its colon to itself."""
        lead, colon, after = text.partition(": ")
        if not colon or not COLON_LEAD_INS[self.lang.code].search(lead) or len(lead.split()) > MAX_ANNOUNCING_WORDS:
            return None
        if any(w in ("not", "no", "never", "nunca") for w in _words(lead)):
            return None
        return re.split(r"\s*[:;]\s*", after, maxsplit=1)[0]

    def habitual(self, opener: str, condition: str, result: str) -> str:
        """The front of a condition that held each time in the past, as a craft or a bygone
        practice is told ("If the wood was damp, the smoke came out black", «Si la leña estaba
        húmeda, el humo salía negro»), or "". Both clauses in the past (Spanish: the imperfect
        indicative, which the contrary-to-fact check would take for a subjunctive), neither with a
        subjunctive, a conditional or a modal («hubiera», «habría», «tuviera», "would", "could"),
        and the condition no "had" or "were" (brief full-coverage)."""
        rules = self.rules
        assert rules is not None
        code = self.lang.code
        front = HABITUAL_FRONTS.get(code, {}).get(opener)
        if front is None or not condition or not result or EPISTEMIC.search(condition):
            return ""
        if code == "es":
            if NOT_INDICATIVE_ES.search(condition) or NOT_INDICATIVE_ES.search(result) or self.conditional_es(f"{condition} {result}"):
                return ""
            if any(SUBJUNCTIVE["es"].match(w) for w in WORD.findall(f"{condition} {result}")):
                return ""
            return front if self.imperfect(condition) and self.imperfect(result) else ""
        if rules.contrary.search(condition) or rules.conditional.search(result) or MODAL_EN.search(result):
            return ""
        return front if rules.past.search(condition) and rules.past.search(result) else ""

    def conditional_es(self, clause: str) -> bool:
        """Whether a Spanish clause holds a regular conditional: an infinitive and «-ía(n)»
        («ardería», «abriría»; not the imperfect «abría»)."""
        for word in WORD.findall(clause):
            m = re.fullmatch(r"(\w{2,}[aei]r)(?:ía|ían)", word.lower())
            if m is not None and self.lang.is_real_word(m.group(1)):
                return True
        return False

    def imperfect(self, clause: str) -> bool:
        """Whether a Spanish clause holds a verb in the imperfect indicative: «-aba(n)», «era»,
        «iba», or «-ía(n)» on the stem of a verb in -er or -ir («ardía», «abría»; not «energía», «compañía»)."""
        for word in WORD.findall(clause):
            folded = word.lower()
            if re.fullmatch(r"\w{2,}(?:aba|aban)|era|eran|iba|iban", folded):
                return True
            m = re.fullmatch(r"(\w{3,})(?:ía|ían)", folded)
            if m is not None and any(self.lang.is_real_word(m.group(1) + end) for end in ("er", "ir")):
                return True
        return False

    def requirement(self, s: Sentence) -> Candidate | None:
        """ "To spend the night in the hut, climbers must book ahead and bring a sleeping bag." ->
        "According to the text, what must climbers do to spend the night in the hut?" / "Book
        ahead and bring a sleeping bag." («Para pasar la noche ..., los montañeros deben ...» ->
        «Según el texto, ¿qué deben hacer los montañeros para pasar la noche ...?»); "must have"
        («debe tener») asks what they must have, its back the thing had (brief reasons: the
        conditions a text sets). The subject names its thing (an article, a quantifier or a bare
        plural; no pronoun), and neither half leans on another sentence."""
        found = REQUIREMENTS.get(self.lang.code)
        rules = self.rules
        if found is None or rules is None:
            return None
        m = _plain_statement(s, found.pattern)
        if m is None:
            return None
        purpose, subject, modal, action = (" ".join(m.group(k).split()) for k in ("purpose", "subject", "modal", "action"))
        words = _words(f"{purpose} {subject}")
        if any(w in rules.leaning or w in rules.demonstratives or w in rules.subjects for w in words):
            return None
        if any(w in rules.demonstratives for w in _words(action)) or not 2 <= len(action.split()) <= MAX_CAUSE_WORDS:
            return None
        if " when " in f" {action} " or " cuando " in f" {action} " or " if " in f" {action} " or " si " in f" {action} ":
            return None  # a condition inside the action: the back would be half of it
        had = found.have.match(action)
        verb_fronts = found.have_fronts if had else found.fronts
        front = verb_fronts.get(fold(modal))
        if front is None:
            return None
        back = action[had.end():] if had else action
        if not back.split() or fold(back.split()[0]) in rules.subjects:
            return None
        shown = lower_initial(subject) if fold(subject.split()[0]) in rules.stop or fold(subject.split()[0]) in rules.leads else subject
        item = {
            "front": front.format(subject=shown, purpose=lower_initial(purpose)),
            "back": back[0].upper() + back[1:] + ".", "source": [s.paragraph], "tags": ["condition"],
        }
        at = s.start + s.text.find(back)
        fact = f"requirement:{s.paragraph}:{s.index}"
        return Candidate(
            "card", item, s.paragraph, (at, at + len(back)), SCORE, f"card|requirement|{fact}|{purpose}", fact, [back],
            [f"{CAUSE_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def chain_after(self, s: Sentence, result: str, condition: str, *, first: bool = True) -> Sentence | None:
        """The next sentence of the paragraph when it takes the result's chain on: its subject a
        demonstrative ("These plates", «Esas láminas»), a noun of the result again ("The plates
        sink ..."), or a thing new to the paragraph followed by a consequence ("The large
        crystals tear the walls, so that ..."), or one going on with the process
        (``CONTINUATION``: "At the same time, ...", «Mientras tanto, ...», "To keep ..., ions
        leave ..."); HELD when such a sentence cannot be carried (a bracket, a colon), else
        None. Past the first step, only a demonstrative or a continuation goes on."""
        rules = self.rules
        assert rules is not None
        after = next((t for t in self.builder.facts.sentences if t.paragraph == s.paragraph and t.index == s.index + 1), None)
        if after is None:
            return None
        going_on = CONTINUATION.get(self.lang.code, re.compile(r"(?!)")).match(after.text.strip()) is not None
        if not after.text.strip().endswith(".") or re.search(r"[()\[\]\"“”«»:;]", after.text):
            return HELD if going_on else None
        if going_on:
            return after
        words = _words(after.text)
        if not first:
            return after if len(words) >= 3 and words[0] in rules.demonstratives else None
        if len(words) < 3 or fold(words[0]) in rules.subordinators:
            return None
        if words[0] in rules.demonstratives:
            return after
        if words[0] not in CHAIN_ARTICLES:
            return None
        subject = [w for w in words[1:4] if len(w) >= 4]
        stems = {w[:5] for w in _words(result) if len(w) >= 4}
        if any(w[:5] in stems for w in subject):
            return after
        before = " ".join(t.text for t in self.builder.facts.sentences if t.paragraph == s.paragraph and t.index <= s.index)
        seen = {w[:5] for w in _words(before) if len(w) >= 4}
        new = [w for w in subject if w[:5] not in seen]
        return after if new and CONSEQUENCE.get(self.lang.code, re.compile(r"(?!)")).search(after.text) else None

    def attributed(self, s: Sentence) -> Candidate | None:
        """What causes a thing the sentence names (``ATTRIBUTIONS``): "The green colour of old
        copper roofs is due to a thin crust of copper carbonate ..." -> "According to the text,
        what causes the green colour of old copper roofs?" / "A thin crust of copper carbonate
        ..."; «El amargor de la aceituna se debe a la oleuropeína ...» -> «Según el texto, ¿a
        qué se debe el amargor de la aceituna?» / «A la oleuropeína ...»."""
        rules = self.rules
        assert rules is not None
        text = s.text.strip()
        if not text.endswith(".") or re.search(r"[()\[\]\"“”«»;:]", text) or not self.builder.usable(s):
            return None  # (not usable: "The change is caused by ...", taking up the sentence before)
        body = rules.adverbs.sub("", text[:-1])
        for found in ATTRIBUTIONS.get(self.lang.code, ()):
            m = found.pattern.match(body)
            if m is None:
                continue
            effect, cause = m.group("effect").strip(), m.group("cause").strip()
            folded = _words(effect)
            if not MIN_THING_WORDS <= len(effect.split()) <= MAX_EFFECT_WORDS or NAMED_ELSEWHERE.search(effect):
                return None
            if any(w in rules.leaning or w in rules.demonstratives or w in rules.subjects for w in folded):
                return None  # "Its colour", «Ese color»: a thing another sentence names
            if rules.reporting.search(effect) or any(f" {w} " in f" {fold(effect)} " for w in (", when", ", if", ", cuando", ", si")):
                return None
            if rules.half_reasons.search(cause) or not self.cause_reads(cause, effect, own=False):
                return None
            if self.lang.code == "en" and re.search(r"\bdue to\s+$", body[:m.start("cause")]) and SCHEDULE.match(cause):
                return None
            if not self.explains_a_thing(s, m):
                return None
            verb = fold(m.group("verb").lower()) if self.lang.code == "en" else m.group("verb").lower()
            front = found.fronts.get(verb)
            if front is None:
                return None
            prep = (m.groupdict().get("prep") or "").lower()
            if found.back_prep and prep:
                back = f"{found.back_prep[prep]} {cause}."
            else:
                back = cause[0].upper() + cause[1:] + "."
            shown = lower_initial(effect)
            item = {"front": front.format(effect=shown, noun=(m.groupdict().get("noun") or "").lower()), "back": back, "source": [s.paragraph], "tags": ["cause", POINT_TAG]}
            at = s.start + s.text.find(cause)
            fact = f"cause:{s.paragraph}:{s.index}"
            return Candidate(
                "card", item, s.paragraph, (at, at + len(cause)), SCORE, f"card|point|{fact}|{shown}", fact, [cause],
                [f"{CAUSE_HOLD}, offered only for a paragraph no other ready draft covers"],
            )
        return None

    def explains_a_thing(self, s: Sentence, m: re.Match[str]) -> bool:
        """Whether an "explains" sentence gives a cause: its effect a why-clause or a thing
        ``EXPLAINED`` names in its first words ("the low salt content", «la escasez de pasto»),
        its cause no person ("The warden explains the rules of the hut": a person explaining).
        Other attributions pass."""
        verb = fold(m.group("verb"))
        if not verb.startswith(("explain", "explic", "account")):
            return True
        at, end = s.start + m.start("cause"), s.start + m.end("cause")
        if any(x.kind in ("person", "organisation") and at <= x.start < end for x in s.mentions):
            return False
        cause = _words(m.group("cause"))
        if any(w in {fold(r) for r in self.lang.roles} for w in cause):
            return False
        effect = _words(m.group("effect"))
        return effect[:1] == ["why"] or effect[:2] == ["por", "que"] or bool(set(effect[:5]) & EXPLAINED)

    def makes(self, s: Sentence) -> Candidate | None:
        """ "Hard frost, on the other hand, makes the mortar crumble so quickly that the face
        leans." -> "According to the text, what does hard frost do to the mortar?" / "Makes the
        mortar crumble so quickly that the face leans." (the back as the text writes it) («El exceso de sal hace que la
        cuajada se seque ...» -> «Según el texto, ¿qué efecto tiene el exceso de sal sobre la
        cuajada?» / «Hace que la cuajada se seque ...»). The subject names its thing (no
        pronoun, no demonstrative), the thing made to act is a definite noun ("the mortar", not
        "a living" nor "the upper crust"), and what it is made to do follows it (not "each
        year", "of", "in 1300")."""
        found = MAKES.get(self.lang.code)
        rules = self.rules
        if found is None or rules is None:
            return None
        m = _plain_statement(s, found.pattern)
        if m is None:
            return None
        text = s.text.strip()
        subject, verb, thing, rest = m.group("subject"), m.group("verb"), m.group("object"), m.group("rest")
        if fold(verb).startswith("caus") and not m.group("link"):
            return None  # "Ergot causes the grain disease": a thing caused, not a thing made to act
        words = _words(subject)
        if not 1 <= len(subject.split()) <= MAX_MOVED_WORDS or not words or any(w in rules.demonstratives or w in rules.subjects for w in words):
            return None
        if any(w in rules.leaning for w in (words[1:] if words[0] in found.quantities else words)) or words[0] in self.lang.context_openers:
            return None
        written = WORD.match(subject)
        if written is None:
            return None
        head = words[0]
        if head in found.quantities or head in rules.leads:
            subject = lower_initial(subject)
        elif not (written.group(0).lower() in self.lower_words or self.common_opener(written.group(0), text[written.end():])):
            return None  # a name, or a word the front could not lower
        else:
            subject = lower_initial(subject)
        noun = fold(thing.split()[-1])
        after = fold(rest.split()[0]) if rest.split() else ""
        if found.adjective.search(noun) or self.comparative(noun) or noun in rules.stop or not after or after in found.not_after or (after in rules.stop and after not in found.degree):
            return None
        if any(w in rules.demonstratives for w in _words(rest)) or len(rest.split()) + len(thing.split()) < 3:
            return None
        tense = found.tenses[fold(verb)]
        front = found.front[tense].format(subject=subject, object=thing)
        said = text[m.start("verb"):-1]  # the back as the text writes it (its subject is the front's)
        back = said[0].upper() + said[1:] + "."
        item = {"front": front, "back": back, "source": [s.paragraph], "tags": ["effect"]}
        at = s.start + m.start("verb")
        fact = f"effect:{s.paragraph}:{s.index}"
        return Candidate(
            "card", item, s.paragraph, (at, s.start + len(text) - 1), SCORE - EFFECT_BELOW, f"card|effect|{fact}|{subject}", fact, [said],
            [f"{CAUSE_HOLD}, offered only for a paragraph no other ready draft covers"],
        )

    def comparative(self, word: str) -> bool:
        """An English word in -er that is a word without it ("larger", "warmer"; "upper" and
        "outer" by name): an adjective before the noun, no noun of its own ("the warmer air")."""
        if self.lang.code != "en" or not word.endswith("er"):
            return False
        return word in ("upper", "outer", "inner", "lower", "other", "former", "latter") or any(
            self.lang.is_real_word(stem) for stem in (word[:-2], word[:-1], word[:-3]) if len(stem) >= 3
        )

    def possible_front(self, opener: str, condition: str, result: str, modal: re.Match[str]) -> str:
        """The front asking what could (or would) happen if a condition in the present comes
        true, from the first modal of its result ("the traffic could double"), or "" (a modal
        of the past, "would have", or a condition other than "if")."""
        rules = self.rules
        assert rules is not None
        if opener not in ("if", "si") or re.match(r"\s+(?:\w+\s+)?(?:have|haber)\b", result[modal.end():]) or re.search(r"\b(?:habría|habrían)\b", result):
            return ""
        word = modal.group().lower()
        return next((front for pattern, front in rules.possible if pattern.match(word)), "")

    def card(self, c: Cause) -> Candidate:
        rules = self.rules
        assert rules is not None
        front = (c.front or rules.front).format(effect=c.effect)
        if c.context:  # (its own "According to the text" goes: the quotation says it)
            front = re.sub(r"^(?:According to the text|Según el texto), (¿?)(\w)", lambda m: m.group(1) + m.group(2).upper(), front)
            front = rules.context_front.format(context=c.context, front=front)
        # A step's purpose ("To ...", «Para que ...») is its sentence's point: ranked as one.
        purpose = c.point or c.back.startswith(("To ", "So that ", "Para ", "Para que "))
        item = {"front": front, "back": c.back, "source": [c.sentence.paragraph], "tags": ["cause", POINT_TAG] if purpose else ["cause"]}
        paragraph = self.builder.facts.paragraphs.get(c.sentence.paragraph, "")
        key = paragraph[c.cause_span[0]:c.cause_span[1]]
        fact = f"cause:{c.sentence.paragraph}:{c.sentence.index}"
        return Candidate(
            "card", item, c.sentence.paragraph, c.cause_span, SCORE, f"card|cause|{fact}|{c.effect}", fact, [key] if key else [],
            [f"{CAUSE_HOLD}, offered only for a paragraph no other ready draft covers"],
        )


# A cause whose words anyone would give for its effect (kinds17): "Why did the growers buy
# fertiliser? -> Because the soil lacked nutrients". Read without a tagger: the cause's content
# words new to the front are few and all everyday (general text writes each at least this often),
# with no name or figure; one word of its own ("the river stank") and the text is needed.
OBVIOUS_NEW_WORDS = 3
EVERYDAY_ZIPF = 3.5


def obvious_cause(draft: Draft, lang: Language) -> list[str]:
    """Why ``draft``, a why-card, answers itself: its cause is a few everyday words its
    effect calls up (empty: the cause says something only the text says)."""
    if draft.kind != "card" or "cause" not in draft.item.get("tags", ()):
        return []
    rules = RULES.get(lang.code, RULES["en"])
    back = str(draft.item.get("back", ""))
    if re.search(r"\d", back) or any(w[:1].isupper() for w in WORD.findall(back)[1:]):
        return []  # a figure or a name: the text's own
    stop = rules.stop | {fold(w) for w in lang.words.stop_words} | {"because", "porque"}
    front = {w[:STEM] for w in _words(str(draft.item.get("front", "")))}
    new = [w for w in _words(back) if w not in stop and w[:STEM] not in front]
    if not new or len(new) > OBVIOUS_NEW_WORDS or any(lang.familiarity(w) < EVERYDAY_ZIPF for w in new):
        return []
    return [f"held back: the why-card's cause ({', '.join(new)}) is everyday words its effect calls up: a reader gives it without the text"]


# A why-card is this text's reason for this text's effect (process14). A sentence stating a rule
# or a definition ("In legal terms, a complaint becomes moot when the harm has stopped, so the
# court need not rule on the merits") gives no such reason: its front, cut from the rule's
# condition, reads as a general claim, and a false one ("Explain why the court need not rule
# on the merits."). Read without a tagger, three signs:
# - a phrase framing the sentence as a rule or a definition ("In legal terms", "by definition");
RULE_FRAMING = {
    "en": _p(
        r"\b(?:in (?:legal|juridical|scientific|technical|economic|medical|formal|strict|theoretical|general) terms|by definition"
        r"|(?:legally|technically|strictly|scientifically) speaking|in legal parlance)\b"
    ),
    "es": _p(
        r"\b(?:en términos (?:jurídicos|legales|técnicos|científicos|económicos|médicos|formales|estrictos|teóricos|generales)"
        r"|por definición|(?:jurídicamente|técnicamente|legalmente) hablando|en sentido (?:estricto|jurídico|técnico)"
        r"|desde el punto de vista (?:jurídico|legal|técnico|científico))\b"
    ),
}
# - a cause whose subject is generic ("a complaint", «una demanda»), stated in the present with a
#   condition ("when", «si»), in a text that tells its story in the past (an explanatory text
#   states its rules in the present: "A glacier speeds up when meltwater reaches its bed" is
#   its content, not an aside);
GENERIC_SUBJECT = {"en": _p(r"^(?:an?|any|every)\s"), "es": _p(r"^(?:un|una|todo|toda|cualquier)\s")}
RULE_CONDITION = {"en": _p(r"\b(?:when|whenever|if|once|unless)\b"), "es": _p(r"\b(?:cuando|si|siempre que|en cuanto|salvo que|a menos que)\b")}
PAST_TENSE = {
    # (not a passive's or a perfect's participle: "are not lodged", "has stopped")
    "en": _p(
        r"\b(?:was|were|had|did|paid|made|took|gave|went|came|sold|bought|built|began|became|found|held|kept|left|lost|met|ran|sent"
        r"|stood|told|wrote|won|brought|fell|rose|grew|knew|drew|threw|saw|said|put)\b"
        r"|(?!hundred\b)(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bnot )(?<!\bhas )(?<!\bhave )(?<!\bget )(?<!\bgets )\b\w+[^\We]ed\b"
    ),
    "es": _p(r"\b(?:había|habían|era|eran|fue|fueron|hubo)\b|\b\w{3,}(?:aba|aban|aron|ieron)\b|\b\w{2,}(?:ó|ió)\b"),
}
PRESENT_TENSE = {"en": _p(r"\b(?:is|are|has|have|does|can|cannot|must|may)\b|^(?:an?|any|every)\s+(?:\w+\s+){0,2}?\w+[^su\W]s\b")}
PAST_TOLD_SHARE = 0.5  # a text told in the past: at least this share of its sentences hold a past verb
# - an effect whose subject is a court the front does not name ("the court", «el tribunal»):
#   which court, of which case? A case passes through several.
UNNAMED_COURT = {
    "en": re.compile(r"^[Tt]he (?:court|courts|judge|judges|jury|tribunal|magistrates?|bench)\b(?!\s+(?:of\s+)?[A-Z])"),
    "es": re.compile(
        r"^(?:[Ee]l|[Ll]as?|[Ll]os) (?:tribunal|tribunales|corte|juez|jueza|jueces|juzgado|jurado|sala|audiencia|magistrad[oa]s?)\b"
        r"(?!\s+(?:del?\s+)?[A-ZÁÉÍÓÚ])"
    ),
}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _told_in_the_past(texts: list[str], code: str) -> bool:
    sentences = [s for t in texts for s in _SENTENCE_END.split(t) if len(s.split()) >= 6]
    past = sum(1 for s in sentences if PAST_TENSE[code].search(s))
    return bool(sentences) and past >= PAST_TOLD_SHARE * len(sentences)


def _present(clause: str, code: str) -> bool:
    if PAST_TENSE[code].search(clause):
        return False
    return code not in PRESENT_TENSE or bool(PRESENT_TENSE[code].search(clause))


def general_rule_cause(draft: Draft, lang: Language, text: dict[int, str]) -> list[str]:
    """Why ``draft``, a why-card, gives no reason of this text's own: its sentence states a rule
    or a definition ("In legal terms, ...", «Por definición, ...»), its cause is a rule with a
    generic subject recalled in a story told in the past ("An appeal lapses if ..."), or its
    effect is a court's the front does not name ("Explain why the court dismissed ...")."""
    if draft.kind != "card" or "cause" not in draft.item.get("tags", ()) or lang.code not in RULE_FRAMING:
        return []
    code = lang.code
    rules = RULES[code]
    front, back = str(draft.item.get("front", "")), str(draft.item.get("back", ""))
    paragraph = text.get(draft.paragraph, "")
    sentence = ""
    if draft.answer_span is not None:
        a, z = draft.answer_span
        start = max((m.end() for m in _SENTENCE_END.finditer(paragraph, 0, a)), default=0)
        stop = next((m.start() for m in _SENTENCE_END.finditer(paragraph, z)), len(paragraph))
        sentence = paragraph[start:stop]
    if framing := RULE_FRAMING[code].search(f"{sentence} {front} {back}"):
        return [f"held back: the why-card's sentence states a rule or a definition ({framing.group()!r}), not this text's reason: its front reads as a general claim"]
    lead = rules.front.split("{effect}")[0]
    effect = front[len(lead):] if front.startswith(lead) else front
    if UNNAMED_COURT[code].match(effect):
        return [f"held back: the why-card's front says {' '.join(effect.split()[:2])!r} without naming the court or the case: which one, the front does not say"]
    cause = re.sub(r"^(?:because of|because|to|porque|debido a|a causa de|para que|para)\s+", "", back, flags=re.IGNORECASE).rstrip(".")
    if (
        GENERIC_SUBJECT[code].match(cause) and RULE_CONDITION[code].search(cause) and _present(cause, code)
        and _told_in_the_past([t for _, t in sorted(text.items())], code)
    ):
        return [f"held back: the why-card's cause is a rule with a generic subject ({' '.join(cause.split()[:2])!r}), not this story's reason: its front reads as a general claim"]
    return []


# A cause its sentence gives for another clause than the front's effect (cards3): "The young
# cheeses are turned by the cellar hands, who wear gloves because the brine cracks their skin."
# The brine explains the gloves, not the turning; the card "Explain why the young cheeses are
# turned ..." -> "Because the brine cracks their skin." answers another question. Read without
# a parser: the connective follows, with no comma between, a clause that a relative or a
# subordinating word opens after a comma; ", because" (the clause closed) is the main clause's.
CAUSE_CONNECTIVE = {
    "en": _p(r"\b(?:because(?:\s+of)?|since|as|so\s+that|(?:in\s+order\s+)?to)\s*$"),
    "es": _p(r"\b(?:porque|ya\s+que|puesto\s+que|dado\s+que|debido\s+a(?:l)?|a\s+causa\s+de(?:l)?|para\s+que|para)\s*$"),
}
REASON_BACK = _p(r"^(?:because|since|porque|ya que|puesto que|dado que|debido a|a causa de)\b")
OTHER_CLAUSE_OPENERS = {
    "en": _set("who whom whose which where when while whereas although though if unless until after before once that"),
    "es": _set("que quien quienes donde cuando cuyo cuya cuyos cuyas mientras aunque si hasta cual cuales"),
}


def other_clause_cause(draft: Draft, lang: Language, text: dict[int, str]) -> list[str]:
    """Why ``draft``, a why-card, answers another question than its front's: the cause its
    sentence gives is that of a relative or a subordinate clause ("..., who wear gloves because
    ...", «..., que llevan guantes porque ...»), not of the effect the front asks (empty: the
    cause is the main clause's, or the card's cause is not in its sentence after a connective)."""
    if draft.kind != "card" or draft.answer_span is None:
        return []
    if "cause" not in draft.item.get("tags", ()) and not REASON_BACK.match(str(draft.item.get("back", ""))):
        return []  # (a card of another drafter whose back gives a reason is read the same way)
    code = lang.code if lang.code in CAUSE_CONNECTIVE else "en"
    paragraph = text.get(draft.paragraph, "")
    start = max((m.end() for m in _SENTENCE_END.finditer(paragraph, 0, draft.answer_span[0])), default=0)
    before = paragraph[start:draft.answer_span[0]]
    connective = CAUSE_CONNECTIVE[code].search(before)
    if connective is None:
        return []
    clause = before[:connective.start()]
    if not clause.strip() or clause.rstrip().endswith((",", ";", ":")):
        return []  # ", because ...": the cause of the clause before the comma's
    segment = re.split(r"[,;:]\s+", clause)[-1].strip()
    opener = next(iter(_words(segment)), "")
    if len(re.split(r"[,;:]\s+", clause)) < 2 or opener not in OTHER_CLAUSE_OPENERS[code]:
        return []
    return [f"held back: the why-card's cause is given for another clause of its sentence ({segment!r}), not for the effect its front asks: "
            f"it answers another question"]
