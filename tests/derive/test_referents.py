"""Prompts and card fronts that lean on text they do not show (final reviews of unseen texts,
session 21; the texts here are written for this test): a definite general noun standing for a
thing an earlier sentence names under another name ("In 2016 the company moved ...", «La red
transmitía ...», "The plant runs on ..."), an elliptical subject ("Some were sold ...", «Otros
se vendieron ...», «Algunos siguen en pie ...»: of what?) and a place word pointing back
("Seedlings raised there were shipped ...", «Los plantones criados allí ...»). Each is quoted
with the sentence before it, which names the referent, or not asked; definite nouns that say
which one themselves stay."""
from __future__ import annotations

from quizapp.derive import context
from quizapp.languages import language_for
from tests.helpers.drafts import ready_shown


def test_a_general_noun_standing_for_a_thing_named_before_is_found() -> None:
    en, es = language_for("en"), language_for("es")
    earlier_en = "Kellbrook Freight Logistics, a haulage firm, signed a lease on the old depot in 2011. The depot had stood empty."
    assert context.general_referent("In 2016 the company moved its trucks to Dunford.", earlier_en, en) == "the company"
    assert context.general_referent("After a voyage of four months the cargo reached Calcutta.", "The brig Halden left with pond ice.", en) == "the cargo"
    assert context.general_referent("The network carried about 4,000 messages a week.", "The Dunmore Telegraph Company strung wires.", en) == "The network"
    assert context.general_referent("The plant runs on diesel from the Telford depot.", "The hospital built a backup plant in 1998.", en) == "The plant"
    earlier_es = "Transportes Galdón Norte, una naviera de Vigo, firmó en 2011 el alquiler del almacén. El almacén llevaba años vacío."
    assert context.general_referent("En 2016 la empresa se trasladó a Marín.", earlier_es, es) == "la empresa"
    assert context.general_referent("La red transmitía unos 4.000 mensajes por semana.", "La Compañía Telegráfica de Dunmore tendió cables.", es) == "La red"
    assert context.general_referent("Tras cuatro meses de viaje, la carga llegó a Calcuta.", "El bergantín Halden salió con hielo.", es) == "la carga"
    # Self-sufficient: a noun saying which after it, a name, a possessive, a noun the sentence
    # itself introduces, a body every reader takes as the country's own.
    for text in ("In 2016 the company of Ana Ruiz moved to Dunford.", "The company's founder Ana Ruiz moved to Dunford.",
                 "The government moved the depot to Dunford in 2016.", "A small firm bought the depot, and the firm moved to Dunford."):
        assert context.general_referent(text, earlier_en, en) is None, text
    for text in ("En 2016 la empresa Galdón se trasladó a Marín.", "El gobierno trasladó el almacén a Marín en 2016."):
        assert context.general_referent(text, earlier_es, es) is None, text


def test_an_elliptical_subject_is_found() -> None:
    en, es = language_for("en"), language_for("es")
    for text in ("Some were sold to farmers in 1925.", "A few remain today as museums.", "Others were turned into barns.", "Most closed in 1931."):
        assert context.elliptical_subject(text, en), text
    for text in ("Otros se vendieron a agricultores en 1925.", "Algunos siguen en pie como museos.", "La mayoría cerró en 1931.", "Unos pocos sobreviven."):
        assert context.elliptical_subject(text, es), text
    for text in ("Some farmers bought the mills in 1925.", "Most of the mills closed in 1931.", "Many people came.", "Others in the valley were sold."):
        assert not context.elliptical_subject(text, en), text
    for text in ("Algunos molinos siguen en pie.", "La mayoría de los molinos cerró en 1931.", "Otras fuentes lo niegan.", "Muchas casas se vendieron."):
        assert not context.elliptical_subject(text, es), text


def test_a_place_word_after_a_participle_points_back() -> None:
    en, es = language_for("en"), language_for("es")
    assert context.pointing_time_or_place("Seedlings raised there were shipped to Calder by rail from 1904.", en, written=True)
    assert context.pointing_time_or_place("Los plantones criados allí se enviaron por tren a Cuenca desde 1904.", es, written=True)
    assert not context.pointing_time_or_place("The service opened a nursery at Glenmorr and raised seedlings there from 1904.", en, written=True)
    assert not context.pointing_time_or_place("There were forty mills in the valley in 1890.", en, written=True)
    assert not context.pointing_time_or_place("El servicio abrió un vivero en Valdeolmos y crió allí los plantones desde 1904.", es, written=True)


def test_drafts_do_not_lean_on_what_they_do_not_show() -> None:
    """The unseen texts' shapes, drafted: no ready prompt or front shows the leaning words alone."""
    cases = [
        (["The lease", "Kellbrook Freight Logistics, a haulage firm from the north, signed a lease on the old depot in 2011. "
          "The depot had stood empty for nine years. In 2016 the company moved its trucks to Dunford."], "en", "the company moved", "Kellbrook Freight"),
        (["El alquiler", "Transportes Galdón Norte, una naviera de Vigo, firmó en 2011 el alquiler del viejo almacén del puerto. "
          "El almacén llevaba nueve años vacío. En 2016 la empresa se trasladó a Marín."], "es", "la empresa", "Transportes Galdón"),
        (["Wires", "By 1880 the Dunmore Telegraph Company had strung wires between twelve towns of the county. "
          "The network carried about 4,000 messages a week by 1885."], "en", "The network carried", "By 1880 the Dunmore"),
        (["Red", "Hacia 1880 la Compañía Telegráfica de Dunmore había tendido cables entre doce pueblos. "
          "La red transmitía unos 4.000 mensajes por semana en 1885."], "es", "La red transmitía", "Hacia 1880 la Compañía"),
        (["Mills", "Around 1890 the valley had forty water mills grinding corn for the towns. Some were sold to the Harlow Trust and turned into museums."],
         "en", "Some were sold", "Around 1890 the valley"),
        (["Molinos", "Hacia 1890 el valle tenía cuarenta molinos de agua que molían trigo para los pueblos. "
          "Algunos siguen en pie en Valdeolmos y en Arganza como museos."], "es", "Algunos siguen", "Hacia 1890 el valle"),
        (["Molinos", "Hacia 1890 el valle tenía cuarenta molinos de agua que molían trigo para los pueblos. La mayoría cerró cuando llegaron las "
          "harineras de vapor. Algunos siguen en pie como museos. Otros se vendieron a agricultores en 1925 y se convirtieron en pajares."], "es", "Otros se vendieron", "Hacia 1890 el valle"),
        (["Nursery", "In 1902 the forestry service opened a nursery at Glenmorr on the western slopes. "
          "Seedlings raised there were shipped to Calder, Brisk and Morrow by rail from 1904."], "en", "raised there", "In 1902 the forestry"),
        (["Vivero", "En 1902 el servicio forestal abrió un vivero en Valdeolmos, en la ladera oeste. Los plantones criados allí se enviaron por tren "
          "a Cuenca y a Teruel desde 1904. Ese mismo año se plantaron pinos en la sierra de Albarda."], "es", "criados allí", "En 1902 el servicio"),
    ]
    for lines, code, leaning, naming in cases:
        shown = ready_shown(lines, code)
        # Quoted with the sentence that names what it stands for, or not asked.
        alone = [s for s in shown if leaning.lower() in s.lower() and naming.lower() not in s.lower()]
        assert not alone, (leaning, alone)


def test_self_sufficient_definite_subjects_are_still_asked() -> None:
    """A definite noun the sentence names in full, or one the text's own sentence introduces,
    leaves the sentence askable alone."""
    lines = ["The lease", "In 2011 the company of Ana Ruiz signed a lease on the old depot at Dunford for 25 years."]
    assert any("Ana Ruiz" in s for s in ready_shown(lines, "en"))


def test_a_general_noun_an_earlier_sentence_names_is_written_with_the_name() -> None:
    """"The Ffestiniog Railway is a narrow gauge line ... The line was surveyed by ____": the
    name an apposition or a copula gives the noun is written in brackets, and the item asked."""
    en, es = language_for("en"), language_for("es")
    earlier = "The Dunmore Railway is a narrow gauge line in the hills. It carried slate."
    assert context.with_referent("The line was surveyed by ____ in 1832.", earlier, en) == "The [Dunmore Railway] was surveyed by ____ in 1832."
    earlier = "Transportes Galdón es una empresa pequeña que alquiló el almacén."
    assert context.with_referent("En ____ la empresa se trasladó a Marín.", earlier, es) == "En ____ la [Transportes Galdón] se trasladó a Marín."
    assert context.general_referent("Most raised bogs began as lakes.", "", en) is None
    assert not context.elliptical_subject("Most raised bogs began as shallow lakes.", en)
