"""worldknow: gaps a well-read adult fills without the document (issue 10, rule 5), each kind
held back generally and tested on our own small texts (EN and ES, a glassworks and a rubber
town of our own invention): a century or a date world history gives, a famous place a famous
neighbour calls up, a set phrase or a Latin binomial completed by its other half, and a term
its textbook definition names."""
from __future__ import annotations

from typing import Any

from quizapp.derive import Draft, Paragraph, derive_drafts, giveaways, trivial_gaps
from quizapp.derive.famous_settings import famous_neighbour_gap
from quizapp.languages import language_for


def _draft(item: dict[str, Any]) -> Draft:
    return Draft("p2-x", "question", {"source": [2], **item}, 2, None, 1.0)


def _typed(prompt: str, key: str) -> Draft:
    return _draft({"type": "fill_in", "prompt": prompt, "accept": [key]})


def _numeric(prompt: str, answer: int) -> Draft:
    return _draft({"type": "numeric", "prompt": prompt, "answer": answer})


def _choice(prompt: str, key: str, wrong: list[str]) -> Draft:
    choices = [{"text": key, "correct": True}] + [{"text": w, "correct": False} for w in wrong]
    return _draft({"type": "single_choice", "prompt": prompt, "choices": choices})


def _reasons(draft: Draft, language: str) -> list[str]:
    lang = language_for(language)
    return giveaways.problems(draft, lang, []) + trivial_gaps.problems(draft, lang) + famous_neighbour_gap(draft, lang)


def _document(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(1, texts[0], is_heading=True)] + [Paragraph(n, t) for n, t in enumerate(texts[1:], start=2)]


def _ready_answers(texts: list[str], language: str) -> list[tuple[str, str]]:
    """(prompt, answer) of every ready question: its typed key, numeric answer or right option."""
    found = []
    for d in derive_drafts(_document(texts), language):
        if not d.ready or d.kind != "question":
            continue
        item = d.item
        answers = [str(a) for a in item.get("accept", [])[:1]] + [str(c["text"]) for c in item.get("choices", []) if c.get("correct")]
        answers += [str(item["answer"])] if item.get("type") == "numeric" else []
        answers += [str(g["accept"][0]) for g in item.get("gaps", []) if g.get("accept")]
        found += [(str(item.get("prompt") or item.get("passage")), a) for a in answers]
    return found


GLASS_EN = [
    "The Pelham glassworks",
    "Glassmaking at Pelham passed from the cottage to the factory in the 19th century.",
    "During the Allied war effort of the 1940s, the works made lenses for field glasses.",
    "After the proclamation of the Republic in 1931, the works were renamed Vidrios Pelham.",
    "The fuel was wood of Quercus suber, the cork oak of the hills around Tarbeck.",
]
GLASS_ES = [
    "La vidriera de Pelham",
    "En el siglo XIX el vidrio de Pelham pasó del taller a la fábrica.",
    "Durante la Guerra Civil, en 1937, la vidriera fabricó lentes para prismáticos.",
    "Tras la proclamación de la República en 1931, la vidriera pasó a llamarse Vidrios Pelham.",
    "El combustible era leña de Quercus suber, el alcornoque de los montes de Tarbeck.",
    "Los helechos y los hongos del suelo viven en mutualismo, una relación en la que ambos organismos se benefician.",
]


def test_a_known_place_that_a_famous_neighbour_calls_up_is_not_asked() -> None:
    """Kind 2: the other of two famous cities offered as alternatives ("Madrid or ____"), a city located by
    a famous river right after it ("upriver from ____ at the mouth of the Amazon")."""
    for prompt, key, language in (
        ("“Tappers settled 1,500 km upriver from ____ at the mouth of the Amazon, in 1881.”", "Belém", "en"),
        ("«Se asentaron a 1.500 km río arriba de ____, en la desembocadura del Amazonas, en 1881.»", "Belém", "es"),
        ("“The tappers shipped their bales through Madrid or ____, where the brothers kept an office.”", "Lisbon", "en"),
        ("«Los caucheros enviaban sus fardos por Madrid o ____, donde tenían una oficina.»", "Lisboa", "es"),
        ("“The ferry sailed to London or ____, as the tide allowed.”", "Rouen", "en"),
    ):
        assert famous_neighbour_gap(_typed(prompt, key), language_for(language)), prompt
    assert famous_neighbour_gap(_choice("«Enviaban sus fardos por ____ o Madrid, donde tenían una oficina.»", "Lisboa", ["Oporto", "Sevilla"]), language_for("es"))
    # Still asked: places general text does not write, a story's own pair joined by "and", a
    # list of three, a move between cities.
    for prompt, key, language in (
        ("“The ferry ran to Kelso or ____, as the tide allowed.”", "Jedburgh", "en"),
        ("«La barca iba a Getxo o ____ según la marea.»", "Portugalete", "es"),
        ("“Special trains brought visitors from Buffalo and ____ on Sundays.”", "Bradford", "en"),
        ("“The ferry ran between London and ____ twice a week.”", "Rouen", "en"),
        ("“The village of ____ at the mouth of the Dunmore Water has 40 houses.”", "Kirkton", "en"),
        ("“The firm moved from Madrid to ____ in 1950.”", "Lisbon", "en"),
        ("«Vendían carbón en Ávila, Madrid y ____.»", "Toledo", "es"),
    ):
        assert not famous_neighbour_gap(_typed(prompt, key), language_for(language)), prompt


def test_a_set_phrase_or_a_binomial_completed_by_its_other_half_is_not_asked() -> None:
    """Kind 3: a set phrase of law, economics or history ("the rule of ____", «la oferta y la
    ____») and one half of a Latin binomial beside the other ("Hevea ____", «____ brasiliensis»)."""
    for prompt, key, language in (
        ("“The Bank of Brazil acted as the lender of last ____ for the cooperative.”", "resort", "en"),
        ("«El Banco de Brasil actuó como prestamista de última ____ de la cooperativa.»", "instancia", "es"),
        ("“The new council promised to restore the rule of ____ in the valley.”", "law", "en"),
        ("«El nuevo concejo prometió restaurar el estado de ____ en el valle.»", "derecho", "es"),
        ("“Prices followed supply and ____ after the war.”", "demand", "en"),
        ("«Los precios siguieron la ley de la oferta y la ____ tras la guerra.»", "demanda", "es"),
        ("“The tappers learnt by trial and ____ which trees to cut.”", "error", "en"),
        ("«Los caucheros aprendieron por ensayo y ____ qué árboles sangrar.»", "error", "es"),
        ("“Rubber trees, Hevea ____, grow wild along the rivers.”", "brasiliensis", "en"),
        ("“Rubber trees, ____ brasiliensis, grow wild along the rivers.”", "Hevea", "en"),
        ("«El árbol ____ brasiliensis crece en las orillas de los ríos.»", "Hevea", "es"),
        ("«Los árboles del caucho, Hevea ____, crecen en las orillas.»", "brasiliensis", "es"),
        ("“The fuel was wood of ____ suber from the hills.”", "Quercus", "en"),
    ):
        assert _reasons(_typed(prompt, key), language), prompt
    # Still asked: another key in the phrase's slot, a name beside a name (no Latin binomial).
    for prompt, key, language in (
        ("“The valley passed under the rule of ____ in 1620.”", "Kelso", "en"),
        ("«El valle pasó al estado de ____ en 1620.»", "Arriaga", "es"),
        ("“The works were sold to Hartley ____ in 1950.”", "Brothers", "en"),
        ("«La vidriera se vendió a Tomás ____ en 1950.»", "Arriaga", "es"),
    ):
        assert not trivial_gaps.binomial_half(_typed(prompt, key), language_for(language)), prompt
        assert not giveaways.stock_collocation(_typed(prompt, key), language_for(language)), prompt


def test_a_term_its_textbook_definition_names_is_not_asked() -> None:
    """Kind 4: a gap on a textbook's term of classification followed (or preceded) by its
    definition ("live in ____, a relation in which both partners benefit": mutualism). A rare
    concrete term ("sphagnum") or a specialist's ("regelation") stays a question."""
    for prompt, key, language in (
        ("“Ants and the rubber trees live in ____, a relation in which both partners benefit.”", "mutualism", "en"),
        ("«Las hormigas y los árboles viven en ____, una relación en la que ambos organismos se benefician.»", "mutualismo", "es"),
        ("“A relation between two species in which both partners benefit is called ____.”", "mutualism", "en"),
        ("«Una relación entre dos especies en la que ambas se benefician se llama ____.»", "mutualismo", "es"),
        ("“The fungus lives by ____, a relation in which one partner feeds on the other.”", "parasitism", "en"),
    ):
        assert trivial_gaps.defined_common_term(_typed(prompt, key), language_for(language)), prompt
    for prompt, key, language in (
        ("“The bog is covered by ____, a moss that holds twenty times its weight in water.”", "sphagnum", "en"),
        ("“The ice moves by ____, a process in which meltwater refreezes below the obstacle.”", "regelation", "en"),
        ("«La madera se cuece por ____, un proceso en el que la leña arde sin llama.»", "carboneo", "es"),
        ("“The tappers lived in ____, a village that had 40 houses by 1890.”", "Serrada", "en"),
    ):
        assert not trivial_gaps.defined_common_term(_typed(prompt, key), language_for(language)), prompt
