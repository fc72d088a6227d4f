"""Spanish: sentence ends, dates ("20 de septiembre de 1519"), names and prompt wording."""
from __future__ import annotations

import re

from quizapp.languages import Explaining, Language, pairs, words

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_MONTH = r"(?P<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"

_VERB = re.compile(r"^(?:se\s+)?[a-záéíóúñ]+(?:ó|aron|ieron|ió|eron|fue|fueron)$", re.IGNORECASE)


def _ask_when(lang: Language, event: str) -> str | None:
    """"El tribunal informó de..." -> "informó el tribunal de..."; "Se inauguró el puente" ->
    "se inauguró el puente". None when no past verb is found among the first words."""
    words = event.split()
    if not words:
        return None
    if words[0].lower() == "se" or _VERB.match(words[0]):
        return words[0].lower() + (" " + " ".join(words[1:]) if len(words) > 1 else "")
    for i, word in enumerate(words[1:6], start=1):
        if _VERB.match(word) or (word.lower() == "se" and i + 1 < len(words)):
            verb_end = i + (2 if word.lower() == "se" else 1)
            subject = words[:i]
            if subject[0].lower() in lang.determiners:
                subject[0] = subject[0].lower()
            return " ".join([*words[i:verb_end], *subject, *words[verb_end:]])
    return None


def term_variants(word: str) -> list[str]:
    """"estomas": estoma; "vaso": vasos; "raíz": raíces; "célula": células. The regular plural
    or singular of a lower-case term of one word (an accent moved by the plural is not guessed,
    beyond the -z/-ces and -ión/-iones endings)."""
    if not re.fullmatch(r"[a-záéíóúüñ][a-záéíóúüñ\-]+", word):
        return []
    forms: list[str] = []
    if word.endswith("ces") and len(word) > 4:
        forms.append(word[:-3] + "z")
    elif word.endswith("iones") and len(word) > 6:
        forms.append(word[:-5] + "ión")
    elif re.search(r"[dlnrjy]es$", word) and len(word) > 4:
        forms += [word[:-2], word[:-1]]  # "redes": red; "carotenoides": carotenoide (both offered)
    elif word.endswith(("sis", "tis")):
        pass  # "fotosíntesis", "bronquitis": one form
    elif word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    elif word.endswith("z"):
        forms.append(word[:-1] + "ces")
    elif word.endswith("ión"):
        forms.append(word[:-3] + "iones")
    elif re.search(r"[áéíóú][nsl]$", word):
        forms.append(word[:-2] + "aeiou"["áéíóú".index(word[-2])] + word[-1] + "es")  # "almidón": almidones
    elif word[-1] in "aeiouáéó":
        forms.append(word + "s")
    elif word[-1] in "dlnrj":
        forms.append(word + "es")
    return [f for f in forms if f != word]


# Ciudades y países renombrados en tiempos modernos, cada grupo un lugar (el nombre antiguo
# primero): un hueco escrito con uno acepta los otros (accept_variants.renamed_place). De los
# cambios oficiales que recogen las listas de Wikipedia ("List of renamed Indian cities and
# states", "List of city name changes") en su forma española (Fundéu); fuera: un nombre que es
# también otro lugar o una palabra, y Birmania y Suazilandia (place_kinds.OTHER_NAMES).
RENAMED_PLACES = (
    ("Bombay", "Mumbai"), ("Calcuta", "Kolkata"), ("Madrás", "Chennai"), ("Bangalore", "Bengaluru"),
    ("Benarés", "Varanasi"), ("Pekín", "Beijing"), ("Saigón", "Ciudad Ho Chi Minh"), ("Rangún", "Yangón"),
    ("Ceilán", "Sri Lanka"), ("Siam", "Tailandia"), ("Persia", "Irán"), ("Abisinia", "Etiopía"),
    ("Kampuchea", "Camboya"), ("Alto Volta", "Burkina Faso"), ("Dahomey", "Benín"),
    ("Zaire", "República Democrática del Congo", "RD del Congo"), ("Constantinopla", "Estambul"),
    ("Stalingrado", "Volgogrado"), ("Leningrado", "San Petersburgo"), ("Batavia", "Yakarta"),
    ("Leopoldville", "Kinsasa"), ("Königsberg", "Kaliningrado"), ("Danzig", "Gdansk"), ("Presburgo", "Bratislava"),
)

# El nombre formal de un Estado y los nombres cortos con que se lo escribe (accept7, issue 10): los
# nombres comunes de la norma ISO 3166 en español y las siglas que usa la prensa («RDC»).
STATE_ACRONYMS = (
    ("República Popular China", "China"), ("República de Corea", "Corea del Sur"),
    ("República Popular Democrática de Corea", "Corea del Norte"), ("República Democrática del Congo", "RDC", "RD Congo"),
    ("Estados Unidos de América", "Estados Unidos", "EE UU", "EEUU"), ("Reino Unido de Gran Bretaña e Irlanda del Norte", "Reino Unido"),
    ("Federación de Rusia", "Rusia"), ("Federación Rusa", "Rusia"), ("República Islámica de Irán", "Irán"),
    ("República Bolivariana de Venezuela", "Venezuela"), ("Estado Plurinacional de Bolivia", "Bolivia"),
    ("República Árabe Siria", "Siria"), ("República Unida de Tanzania", "Tanzania"), ("Estados Unidos de América", "Estados Unidos", "EE. UU."),
    ("Reino Unido de Gran Bretaña e Irlanda del Norte", "Reino Unido"), ("Estados Unidos Mexicanos", "México"),
)
# Organismos mundiales y regionales y sus siglas, cada grupo un organismo (accept7): una laguna con
# una forma acepta las otras, salvo que el documento llame así a otro organismo. Según el nombre y
# las siglas que cada organismo usa en español (sus sitios, Wikipedia).
BODY_ACRONYMS = (
    ("Organización de las Naciones Unidas", "Naciones Unidas", "ONU"), ("Unión Europea", "UE"), ("Unión Africana", "UA"),
    ("Organización Mundial de la Salud", "OMS"), ("Fondo Monetario Internacional", "FMI"),
    ("Organización Mundial del Comercio", "OMC"), ("Organización del Tratado del Atlántico Norte", "OTAN"),
    ("Organización de los Estados Americanos", "OEA"), ("Organización Internacional del Trabajo", "OIT"),
    ("Organismo Internacional de Energía Atómica", "OIEA"), ("Corte Internacional de Justicia", "CIJ"),
    ("Corte Penal Internacional", "CPI"), ("Banco Interamericano de Desarrollo", "BID"), ("Mercado Común del Sur", "Mercosur"),
    ("Comisión Económica para América Latina y el Caribe", "CEPAL"), ("Comunidad Andina", "CAN"),
    ("Programa Mundial de Alimentos", "PMA"),
)


# What a sentence points back to without naming it (Language.referent_pointer, relative_time;
# brief referents): an ordinal and a noun counted in another sentence («el segundo efecto»; not
# a noun the ordinal ranks on its own, «la segunda vez», «el tercer piso», «la segunda mitad
# de», nor one «de», «que», «más» follows), a comparison with something unsaid («una situación
# parecida», «un caso similar», «tal decisión», «semejante medida»; not «similar a», «tal vez»,
# «tal como»), and «Él» (folded, the article «el»).
_ORDINALS = r"segund[oa]s?|tercer[oa]?s?|cuart[oa]s?|quint[oa]s?|sext[oa]s?|s[ée]ptim[oa]s?|octav[oa]s?|noven[oa]s?|d[ée]cim[oa]s?"
_ORDINAL_OWN = (r"vez|veces|mitad|piso|pisos|planta|lugar|puesto|siglo|siglos|año|años|mes|meses|día|días|semana|semanas|década|temporada"
                r"|edición|guerra|república|generación|grado|clase|mundo|persona|parte|ronda|vuelta|mandato|legislatura")
# Nouns a writer counts out («dos defectos ... El primer defecto era ...»): «primer» con uno de
# ellos apunta atrás también, donde «la primera torre», «el primer farero» pueden ser los primeros.
_ENUMERATED = (r"efectos?|defectos?|fallos?|razón|razones|motivos?|causas?|problemas?|pasos?|etapas?|fases?|tipos?|factores?"
               r"|consecuencias?|ventajas?|desventajas?|inconvenientes?|beneficios?|métodos?|argumentos?|objeciones?|categorías?"
               r"|formas?|maneras?|modos?|opciones?|medidas?|cambios?|resultados?|lecciones?|puntos?|objetivos?|metas?|tareas?|grupos?|versiones?|propuestas?")
REFERENT_POINTER = re.compile(
    rf"(?<![\wáéíóúñ])(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as|del|al)\s+primer(?:[oa]s?)?\s+(?P<first>(?:{_ENUMERATED}))(?![\wáéíóúñ])(?!\s+(?:de|del|en|que|para)\b)"
    rf"|(?<![\wáéíóúñ])(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as|del|al)\s+(?:{_ORDINALS})\s+(?P<counted>(?!(?:{_ORDINAL_OWN})(?![\wáéíóúñ]))[a-záéíóúñ]{{3,}})(?![\wáéíóúñ])"
    r"(?!\s+(?:de|del|en|que|a|al|más|entre)\b)"
    r"|(?<![\wáéíóúñ])(?:[Uu]n|[Uu]na|[Uu]nos|[Uu]nas|[Oo]tr[oa]s?)\s+(?P<compared>[a-záéíóúñ]{3,})\s+(?:parecid[oa]s?|similar(?:es)?|semejantes?|análog[oa]s?)"
    r"(?![\wáéíóúñ])(?!\s+(?:a|al|de|del|que)\b)"
    r"|(?<![\wáéíóúñ])(?:[Tt]al(?:es)?|[Ss]emejantes?)\s+(?P<likened>(?!(?:como|vez|cual|cuales|que|punto|grado|modo|manera|forma)(?![\wáéíóúñ]))[a-záéíóúñ]{3,})(?![\wáéíóúñ])"
    r"|(?<![\wáéíóúñ])(?P<pronoun>[Éé]l)(?![\wáéíóúñ])"
)
# A time counted from another sentence's by a count («dos años después», «un mes más tarde»; no
# vague «unos años después»), «al año
# siguiente», «ese mismo año», «aquel verano», «a los tres años», «para entonces», «en aquella
# época»; not «dos años después de la guerra», «a los tres años de edad»).
_COUNTS = r"un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|\d{1,3}"
_SPANS = r"años?|mes|meses|semanas?|días?|décadas?|siglos?"
_SEASONS = r"años?|mes|meses|décadas?|primavera|verano|otoño|invierno|temporada"
RELATIVE_TIME = re.compile(
    rf"(?<![\wáéíóúñ])(?i:(?:{_COUNTS})\s+(?:{_SPANS})\s+(?:después|despues|más\s+tarde|mas\s+tarde|antes)(?![\wáéíóúñ])(?!\s+(?:de|del|que)\b)"
    rf"|(?:al|el|la|a\s+la|en\s+el|en\s+la)\s+(?:{_SEASONS})\s+(?:siguiente|posterior|anterior|previo|previa)(?![\wáéíóúñ])"
    rf"|(?:ese|esa|aquel|aquella)\s+(?:mism[oa]\s+)?(?:{_SEASONS})(?![\wáéíóúñ])"
    rf"|(?:el|la)\s+mism[oa]\s+(?:{_SEASONS})(?![\wáéíóúñ])(?!\s+(?:que|en\s+que|de)\b)"
    rf"|a\s+l[oa]s\s+(?:{_COUNTS})\s+(?:{_SPANS})(?![\wáéíóúñ])(?!\s+(?:de|del)\b)"
    r"|(?P<since>por\s+aquel\s+entonces|para\s+entonces|hasta\s+entonces|desde\s+entonces|en\s+(?:esa|aquella)\s+[ée]poca|en\s+(?:ese|aquel)\s+tiempo|a\s+la\s+sazón))"
)


# Las formas explicativas (quizapp.derive.explaining): antes y ahora, «no A, sino B», clases, una función.
_SUJETO = r"(?P<subject>(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñü'\-]*)(?:\s+[\wáéíóúñü'\-]+){0,6}?)"
EXPLAINING = Explaining(
    then=re.compile(
        r"^(?P<time>(?:Antes\s+de(?:l)?|Hasta)\s+[^,;:]{3,60}?|Hasta\s+entonces|En\s+el\s+pasado|En\s+otros\s+tiempos|En\s+otra\s+época"
        r"|Durante\s+siglos|Tradicionalmente|Antaño|Antiguamente|Antes)"
        # (a one-word time may go without its comma before the subject's article: «Antes los pescadores ...»)
        r"(?:\s*,\s+|(?:(?<=\bAntes)|(?<=\bAntaño)|(?<=\bAntiguamente)|(?<=\bTradicionalmente))\s+(?=(?:el|la|los|las|un|una|unos|unas|muchos|muchas)\s))"
        r"(?P<rest>[^,].+)$"
    ),
    now=re.compile(r"^(?:Hoy(?:\s+en\s+día|\s+día|\s+por\s+hoy)?|Ahora|Actualmente|En\s+la\s+actualidad|Hoy\s+en\s+día|En\s+nuestros\s+días)\b,?\s+(?=\S)"),
    pointing=re.compile(r"\b(?:entonces|eso|esto|ello|ese|esa|este|esta|aquel|aquella|aquello|momento)\b", re.IGNORECASE),
    before="antes",
    negated=re.compile(
        # (not «no solo A, sino también B»: both hold)
        rf"^(?P<neg>{_SUJETO}\s+no\s+(?!s[oó]lo\b|solamente\b|únicamente\b)(?:se\s+|lo\s+|la\s+|los\s+|las\s+|le\s+|les\s+)?(?P<verb>[a-záéíóúñ]+)\s+[^;:]+?)"
        r"\s*,?\s+sino\s+(?!también\b|además\b)(?P<marker>que\s+)?(?P<back>[^,].+)$"
    ),
    negated_alone=re.compile(rf"^(?P<neg>{_SUJETO}\s+no\s+(?!s[oó]lo\b|solamente\b|únicamente\b)(?:se\s+|lo\s+|la\s+|los\s+|las\s+|le\s+|les\s+)?(?P<verb>[a-záéíóúñ]+)\s+[^;:]+?)\.$"),
    instead=re.compile(r"^(?:En\s+cambio|Por\s+el\s+contrario|Al\s+contrario|Más\s+bien)\s*,\s*(?P<back>.+)$"),
    copulas=frozenset(("es", "son", "era", "eran", "fue", "fueron")),
    phrase_openers=frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "dos", "tres", "varios", "varias", "algunos", "algunas")),
    negations=frozenset(("no", "nunca", "jamas", "solo", "tampoco", "ni")),
    clause_marker="que",
    do_forms=(("ieron", "hizo", "hicieron"), ("aron", "hizo", "hicieron"), ("aba", "hacía", "hacían"), ("ia", "hacía", "hacían"), ("io", "hizo", "hicieron"), ("o", "hizo", "hicieron"), ("", "hace", "hacen")),
    clause_joint=re.compile(r"[,;]\s+(?:y|e|pero|mientras\s+que|aunque)\s+(?=(?:su|sus|el|la|los|las|un|una|unos|unas|este|esta|estos|estas|ese|esa|eso|esto)\b)", re.IGNORECASE),
    subject_openers=frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "cualquier", "cada", "todo", "toda", "todos", "todas", "nuestro", "nuestra", "nuestros", "nuestras")),
    not_all=re.compile(
        r"^No\s+(?:todos|todas)\s+(?P<kind>(?:los|las)\s+[a-záéíóúñ][^:;,]{2,50}?)\s+(?:son|eran)\s+(?:iguales|idénticos|idénticas|lo\s+mismo)"
        r"\s*(?:[:;.])\s*(?P<back>.*)$"
    ),
    job=re.compile(
        r"^(?P<noun>La\s+función|La\s+misión|La\s+tarea|El\s+papel|El\s+cometido|La\s+finalidad|El\s+objetivo)\s+(?P<thing>(?:de\s+la|de\s+los|de\s+las|del|de)\s+[a-záéíóúñ][^,;:]{2,50}?)"
        r"\s+(?:es|era)\s+(?P<back>[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|los|las)?\b.+)$"
    ),
    serves=re.compile(rf"^{_SUJETO.replace('subject', 'thing')}\s+(?P<verb>sirve|sirven|servía|servían)\s+(?P<back>para\s+[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la|los|las)?\b.+)$"),
)

LANGUAGE = Language(
    code="es",
    double_surnames=True,
    object_pronouns=words("lo le les ello"),
    joined_pronoun=re.compile(r"[a-z]{2,}(?:ar|er|ir|ando|iendo)(?:se|me|te|nos)?(?:lo|la|los|las|le|les)"),
    relative_heads=words("primero primera primeros primeras ultimo ultima ultimos ultimas unico unica unicos unicas mismo misma mismos mismas otro otra otros otras segundo segunda segundos segundas siguiente anterior"),
    relational_nouns=words("parte partes resto lado lados final mitad medio borde bordes centro fondo principio"),
    abbreviations=words("sr sra srta dr dra a d dña sto sta gral cap ud uds etc pag pags p ej aprox num nº fig figs vol art cia avda ing lic prof profa dpto"),  # "a" of "a. C."
    months=MONTHS,
    full_date=re.compile(rf"\b(?P<day>[0-3]?\d)\s+de\s+{_MONTH}(?:\s+de\s+(?P<year>1\d{{3}}|20\d{{2}}))?\b"),
    month_year=re.compile(rf"\b{_MONTH}\s+de\s+(?P<year>1\d{{3}}|20\d{{2}})\b"),
    titles=words("Rey Reina Emperador Príncipe Princesa General Capitán Almirante Don Doña Papa Presidente"),
    roles=words("""navegante marino cosmógrafo cronista capitán maestre piloto rey reina emperador rajá jefe
        presidente ministro secretario gobernador general almirante explorador escritor autor
        científico médico ingeniero comerciante mercader sacerdote obispo papa fundador director
        sobresaliente capellán tesorero contador escribano soldado topógrafo constructor empresario
        arquitecto banquero abogado alcalde periodista pintor inventor geólogo botánico
        arqueólogo arqueóloga investigador investigadora procurador conservador conservadora
        catedrático catedrática profesora directora presidenta socio socia proveedor proveedora ayudante
        sucesor sucesora colega mecenas heredero heredera"""),
    organisation_words=words("""Compañía Confederación Federación Casa Consejo Senado Congreso Corona Universidad Iglesia Armada Banco Partido Ministerio
        Instituto Empresa Comisión Sistema Cofradía Asociación Fundación Museo Biblioteca Hospital Escuela Colegio Academia
        Sociedad Comité Junta Tribunal Ayuntamiento Gobierno Ejército Agencia Organización Servicio Departamento Consejería"""),
    place_words=words("Río Lago Calle Océano Mar Isla Islas Cabo Bahía Puerto Estrecho Sierra Monte Valle Ciudad Provincia"),
    place_prepositions=words("en desde a hacia hasta"),
    name_connectors=words("de del la las los y contra") - {"y"},  # "Sistema de Alerta contra Tsunamis"
    context_openers=words("""ella ellos ellas esto este esta estos estas eso ese esa esos esas allí allá aquí entonces
        después luego también pero y o sin además su sus"""),
    pronouns=words("ella ellos ellas nosotros"),  # "él" folds to "el", the article
    demonstratives=words("este esta estos estas ese esa esos esas dicho dicha dichos dichas"),
    approximate=words("unos unas casi cerca aproximadamente alrededor más menos"),
    copulas=words("es era fue son eran fueron"),
    possessives=words("su sus nuestro nuestra nuestros nuestras"),
    determiners=words("un una unos unas el la los las"),
    sentence_adverbs=words("hoy ayer ahora aun todavia actualmente finalmente entonces manana ya nunca siempre tras durante segun"),
    generic_names=words("tierra mundo sol luna congreso parlamento senado gobierno corona iglesia ejercito armada"),
    comparators=("más de", "menos de", "hasta", "al menos", "por lo menos", "casi", "superior a", "inferior a", "cerca de",
                 "por encima de", "por debajo de", "un mínimo de", "un máximo de", "no menos de", "no más de",
                 # the adjectives in every number, and «como mínimo» (brief choices: «pérdidas superiores al ____»)
                 "superiores a", "inferiores a", "mayor de", "mayores de", "mayor que", "mayores que", "menor de", "menores de",
                 "menor que", "menores que", "como mínimo", "como máximo"),
    date_comparators=("hasta", "desde", "antes de", "después de", "para", "a partir de"),
    inclusive_words=words("también además incluso tampoco ambos ambas entre otros otras otro otra"),
    known_places=words("""africa asia europa america antartida australia oceania eurasia
        norteamerica sudamerica suramerica centroamerica latinoamerica hispanoamerica iberoamerica
        atlantico pacifico artico indico mediterraneo caribe baltico cantabrico
        espana portugal francia italia alemania inglaterra escocia irlanda gales rusia china japon india
        brasil argentina mexico canada egipto turquia grecia polonia holanda belgica suiza austria marruecos
        chile peru colombia venezuela cuba
        londres paris roma madrid lisboa berlin moscu viena atenas tokio pekin cairo venecia barcelona sevilla
        amsterdam estambul constantinopla jerusalen washington
        tajo ebro duero guadalquivir nilo amazonas danubio rin tamesis sena volga
        everest kilimanjaro aconcagua cervino fuji etna vesubio alpes andes himalaya pirineos
        sahara gobi atacama hawai groenlandia islandia sicilia creta madagascar tasmania""")
    | {"mar del norte", "mar negro", "mar rojo", "america del norte", "america del sur", "nueva york",
       "estados unidos", "reino unido", "gran bretana", "norte de africa", "nuevo mundo", "mar mediterraneo",
       "mont blanc"},
    company_words=words("""industrias grupo corporacion compania empresa minera constructora astilleros laboratorios
        hermanos sa sl"""),  # folded
    work_words=words("novela novelas poema poemas libro libros ensayo ensayos obra obras sátira tratado cuento relato ópera sinfonía cuadro balada comedia drama"),
    number_words=re.compile(r"(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|cientos|\w+cientos|\w+cientas|mil|millon|millones|docena|docenas|primero|primera|segundo|segunda|tercero|tercera|cuarto|cuarta|quinto|quinta)"),
    name_prefixes=words("san santa santo sor fray"),
    name_particles=words("da do dos das di du e van von der"),
    century_words={
        n: (cardinal, ordinal)
        for n, cardinal, ordinal in zip(
            range(1, 22),
            ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno"],
            ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo", "undécimo", "duodécimo", "decimotercero", "decimocuarto", "decimoquinto", "decimosexto", "decimoséptimo", "decimoctavo", "decimonoveno", "vigésimo", "vigesimoprimero"],
        )
    },
    ask_when=_ask_when,
    time_spans=words("ano anos mes meses semana semanas dia dias noche verano invierno siglo decada"),
    latest_cues=words("ultimo ultima ultimos ultimas finalmente"),
    earliest_cues=words("primer primera primero primeros primeras ya predecesor predecesora predecesores antecesor antecesora antecesores original originalmente inicialmente"),
    settlement_words=words("pueblo pueblos localidad localidades aldea aldeas villa villas ciudad ciudades municipio municipios vecinos parroquia parroquias puerto puertos"),
    naming_markers=(
        r",?\s+(?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\s+como)\s+",
        # «conocidos en la comarca como barrilleros», «, lo que se llama la lejía de sal»: el
        # lugar o la relativa libre entre la cosa y su nombre (kinds17)
        r",?\s+conocid[oa]s?\s+(?:(?:en|entre|por)\s+(?:(?:el|la|los|las)\s+)?[a-záéíóúñü][\w\-]*(?:\s+[a-záéíóúñü][\w\-]*){0,2}\s+)como\s+",
        r",\s+(?:a\s+)?lo\s+que\s+se\s+(?:llama|llamaba|denomina|denominaba|conoce\s+como)\s+",
        # «, lo que en el pueblo se llama la rula», «, que en la comarca se conocen como piletas»: a
        # place or a time between the relative and its naming verb (garble; without it the card's
        # back was the clause before and the relative's first words, «..., lo que en el pueblo»)
        r",\s+(?:a\s+)?(?:lo\s+)?que\s+(?:[a-záéíóúñ]+\s+){1,4}?se\s+(?:llaman?|llamaban?|denominan?|denominaban?|conocen?\s+como|conocían?\s+como)\s+",
        r",?\s+(?:que|a\s+(?:los|las|la|el|lo)\s+que)\s+(?:[a-záéíóúñ]+\s+){1,3}(?:llaman|llamaban|llamó|llamaron|denominan|denominaban|denominó|denominaron|conocen\s+como)\s+",
    ),
    restating_markers=(r",\s+(?:es\s+decir|o\s+sea|esto\s+es),\s+",),
    defining_markers=(
        r"se\s+define\s+como", r"se\s+definen\s+como", r"se\s+refiere\s+a",
        r"(?:es|son)(?=\s+(?:el|la|un|una)\s+(?:proceso|mecanismo|estado|fenómeno|cociente|medida|propiedad|tendencia|fuerza|cantidad|conjunto|estudio|rama|parte)\s+(?:por\s+el\s+cual|por\s+la\s+cual|mediante\s+el\s+cual|mediante\s+la\s+cual|en\s+el\s+que|en\s+la\s+que|por\s+el\s+que|por\s+la\s+que|que|de)\b)",
    ),
    defining_clauses=(r"consiste\s+en", r"consisten\s+en", r"se\s+produce\s+cuando", r"ocurre\s+cuando", r"tiene\s+lugar\s+cuando"),
    naming_verbs=(r"se\s+(?:denomina|denominan|llama|llaman|conoce\s+como|conocen\s+como)", r"recibe\s+el\s+nombre\s+de", r"reciben\s+el\s+nombre\s+de"),
    naming_copula=r"(?:es|son)(?=\s+(?:el|la|los|las)\s)",
    describing_relatives=words("que donde cuyo cuya cuyos cuyas"),
    inverted_naming=(r"se\s+(?:denomina|denominan|llama|llaman|conoce\s+como|conocen\s+como)",),
    predicate_verb=re.compile(r"(?:es|son|tiene|tienen|[a-z]{3,}(?:a|e|an|en))"),
    reporting_verbs=(
        r"(?:(?:ha|había)\s+(?:anunciado|dicho|afirmado|asegurado|advertido|insistido|señalado|explicado|recordado|sostenido|concluido"
        r"|reconocido|declarado|estimado|denunciado|admitido|subrayado|destacado|precisado|confirmado|calculado)"
        r"|anunció|dijo|afirmó|aseguró|advirtió|insistió|señaló|explicó|recordó|sostuvo|concluyó|reconoció|declaró|estimó|denunció"
        r"|admitió|subrayó|destacó|precisó|confirmó|calculó"
        r"|afirma|asegura|advierte|insiste|señala|explica|recuerda|sostiene|reconoce|estima|denuncia|calcula|defiende"
        r"|respondió|respondía|replicó|consideró|considera|defendió|defendía|sostenía|insistía|alegó|argumentó|dictaminó|reclama|reclamó)",
        r"(?:(?:han|habían)\s+(?:anunciado|dicho|afirmado|asegurado|advertido|insistido|señalado|explicado|recordado|sostenido|concluido"
        r"|reconocido|declarado|estimado|denunciado|admitido|subrayado|destacado|precisado|detallado|confirmado|calculado)"
        r"|anunciaron|dijeron|afirmaron|aseguraron|advirtieron|insistieron|señalaron|explicaron|recordaron|sostuvieron|concluyeron"
        r"|reconocieron|declararon|estimaron|denunciaron|admitieron|subrayaron|destacaron|precisaron|detallaron|confirmaron|calcularon"
        r"|afirman|aseguran|advierten|insisten|señalan|explican|recuerdan|sostienen|reconocen|estiman|denuncian|calculan|defienden"
        r"|respondieron|respondían|replicaron|consideraron|consideran|defendieron|defendían|sostenían|insistían|alegaron|argumentaron|reclaman|reclamaron)",
    ),
    reported_joiners=r"(?:en\s+que|de\s+que|que)",
    subject_relative=r"que(?=\s+(?:fue|fueron|es|son|era|eran|está|están|estaba|ha|han|había|habían|se\s+[a-záéíóúñ]+|[a-záéíóúñ]+(?:ó|ió)\s+(?:en|desde|durante|hasta|hace|a|por)\b))",
    quotation_tags=r"(?:dijo|dice|afirmó|afirma|aseguró|asegura|añadió|añade|agregó|explicó|explica|recordó|recuerda|señaló|señala|insistió|advirtió|admitió|reconoció|declaró|comentó|relató|contó)",
    people_nouns=words(
        "críticos investigadores ingenieros médicos vecinos responsables científicos historiadores arqueólogos trabajadores"
        " expertos técnicos geólogos agricultores pescadores activistas ecologistas juristas jueces abogados bomberos vigilantes"
        " voluntarios supervivientes testigos autoridades inspectores sindicatos comerciantes propietarios profesores estudiantes"
        " enfermeros pacientes agentes soldados buzos biólogos especialistas economistas analistas funcionarios diputados"
        " senadores manifestantes residentes habitantes campesinos mineros cocineros chefs arquitectos"
    ),
    action_verbs=(
        r"(?:(?:ha|había)\s+[a-záéíóúñ]{2,}(?:ado|ido|to|cho)|[a-záéíóúñ]{2,}(?:ó)|fue|hizo|puso|dio|tuvo|dijo|quiso|pudo|supo|vino|estuvo)",
        r"(?:(?:han|habían)\s+[a-záéíóúñ]{2,}(?:ado|ido|to|cho)|[a-záéíóúñ]{2,}(?:aron|ieron|yeron)|fueron|hicieron|pusieron|dieron|tuvieron|dijeron|quisieron|pudieron|vinieron|estuvieron)",
    ),
    leaning_subjects=words("otros otras algunos algunas muchos muchas varios varias ambos todos unos"),
    explaining=EXPLAINING,
    select_all={
        "person": "Marque todas las que correspondan.", "organisation": "Marque todas las que correspondan.",
        "date": "Marque todas las que correspondan.", "place": "Marque todos los que correspondan.",
        "year": "Marque todos los que correspondan.",
    },
    gender_words_article={"el": "m", "un": "m", "del": "m", "al": "m", "la": "f", "una": "f"},
    gender_words_before={"don": "m", "doña": "f", "sor": "f", "fray": "m", "señor": "m", "señora": "f", "señorita": "f"},
    article_agreement={
        "el": ("m", "s"), "del": ("m", "s"), "al": ("m", "s"), "un": ("m", "s"), "la": ("f", "s"), "una": ("f", "s"),
        "los": ("m", "p"), "unos": ("m", "p"), "las": ("f", "p"), "unas": ("f", "p"),
    },
    # folded: «según», «él» fold to «segun», «el»; «té», «sí», «bajo», «sobre», «contra» stay out
    # (a noun, an adverb or «en contra» end a phrase well)
    loose_endings=words("""el la los las lo un una unos unas de del a al en con por para sin entre hacia hasta desde segun
        mediante durante tras ante y e o u ni pero sino que cual cuales cuyo cuya cuyos cuyas donde cuando porque aunque
        mientras se su sus nos os le les"""),
    contractions={"de el": "del", "a el": "al"},
    noun_leads=words("de del con por a al en sin entre sobre hacia mediante como llamado llamada llamados llamadas denominado denominada denominados denominadas"),
    naming_before=re.compile(
        r"\b(?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\s+como|se\s+(?:llaman?|denominan?|conocen?\s+como))\s+(?:(?:el|la|los|las|un|una)\s+)?$",
        re.IGNORECASE,
    ),
    fronted_adverbial=re.compile(
        r"^(?:(?:hoy(?:\s+en\s+d[ií]a|\s+d[ií]a|\s+por\s+hoy)?|a\s+d[ií]a\s+de\s+hoy|actualmente|ahora|todav[ií]a|antiguamente|tradicionalmente|"
        r"hist[oó]ricamente|originalmente|generalmente|normalmente|habitualmente|finalmente|entonces|por\s+lo\s+general|por\s+ahora|al\s+principio|"
        r"en\s+su\s+origen|en\s+(?:la\s+pr[aá]ctica|la\s+actualidad|general|teor[ií]a|principio|resumen|realidad|el\s+pasado|otros\s+tiempos|"
        r"(?:los\s+)?[uú]ltimos\s+a[ñn]os))\b,?"
        r"|(?:en|desde|hacia|hasta|tras|antes\s+de|despu[eé]s\s+de|a\s+partir\s+de)\s+(?:el\s+|los\s+)?(?:a[ñn]os?\s+)?\d{2,4}\b,?"
        r"|(?:en|durante|hacia)\s+(?:el|los|la)\s+(?:siglos?\s+[\w.]+|d[eé]cada\s+de\s+(?:los\s+)?\d{2,4})\b,?"
        r"|[^\W\d_]{3,}mente,)\s+(?=\S)",
        re.IGNORECASE,
    ),
    prompts={
        "complete": "Según el texto, ¿qué va en el hueco? «{passage}»",
        "complete_numeric": "Según el texto, ¿qué número va en el hueco? «{passage}»",
        "choose": "Según el texto, ¿cuál de estas opciones va en el hueco? «{passage}»",
        "who": "Según el texto, ¿quién {predicate}?",
        "who_said": "Según el texto, ¿quién {verb} {joiner} {clause}?",
        "who_said_many": "Según el texto, ¿quiénes {verb} {joiner} {clause}?",
        "listed": "¿Cuáles de {kinds} nombra el texto en esta frase? «{passage}» {select_all}",
        "select_all": "Marque todas las que correspondan.",
        "true_false": "Verdadero o falso: {statement}",
        "cloze": "Complete los huecos según el texto.",
        "cloze_one": "Complete el hueco según el texto.",
        "ordering": "Ordene estos hechos según cuándo ocurrieron en el texto, del más antiguo al más reciente.",
        "ordering_steps": "Ordene estos pasos según el orden en que los describe el texto, del primero al último.",
        "ordering_stages": "Ordene estas etapas según el orden en que las da el texto, de la primera a la última.",
        "next_step": "Según el texto, ¿qué viene justo después de este paso: «{step}»?",
        "explain_steps": "El párrafo {paragraph} los describe en este orden: {steps}.",
        "explain_steps_each": "El texto los describe en este orden: {steps}.",
        "step_in_paragraph": "{step} (párrafo {paragraph})",
        "dated_in_paragraph": "{step} ({date}, párrafo {paragraph})",
        "stage_named": "Según el texto, ¿cómo se llama la {ordinal} {stage} {process}?",
        "stage_happens": "Según el texto, ¿qué ocurre en la {ordinal} {stage} {process}?",
        "matching_role": "Relacione a cada persona con el papel que le da el texto.",
        "matching_date": "Relacione cada hecho con la fecha (o el año) que le da el texto.",
        "matching_list": "Relacione cada elemento de la lista del texto con lo que el texto dice que es o hace.",
        "matching_shares": "Relacione cada uno con el porcentaje que le da el texto.",
        "matching_dates": "Relacione cada fecha de la lista del texto con lo que ocurrió entonces, según el texto.",
        "matching_figures": "Relacione cada elemento de la lista del texto con la cifra que le da el texto.",
        "list_lead": "El texto presenta una lista: «{lead}» {ask}",
        "list_point": "{statement} ¿Qué dice el texto sobre «{label}»?",
        "list_when": "{statement} Según el texto, ¿qué ocurrió {when}?",
        "list_duty": "{statement} Según el texto, ¿qué debe hacer {party}?",
        "list_duty_many": "{statement} Según el texto, ¿qué deben hacer {party}?",
        "list_subject": "{statement} ¿Qué dice el texto sobre {subject}?",
        "list_ordinal": "{statement} Según el texto, ¿cuál de ellos {said}?",
        "list_promise": "{pre}¿qué {verb} {action} {party}?",
        "list_promise_whom": "{pre}¿a quién {verb} {action} {party}?",
        "list_reason": "{statement} ¿Cómo explica el texto «{head}»?",
        "list_purpose": "{statement} Según el texto, ¿para qué sirve «{head}»?",
        "list_ordinal_f": "{statement} Según el texto, ¿cuál de ellas {said}?",
        "list_card_of": "{statement} ¿Qué {noun} enumera el texto?",
        "list_select": "{statement} ¿Cuáles de las siguientes enumera el texto como {noun}? {select_all}",
        "explain_listed": "El párrafo {paragraph} los enumera: {items}.",
        "list_card_under": "En el apartado «{heading}», el texto presenta una lista: «{lead}» ¿Qué enumera?",
        "list_card": "El texto presenta una lista: «{lead}» ¿Qué enumera?",
        "explain": "El párrafo {paragraph} dice: «{sentence}»",
        "explain_order": "El texto fecha así estos hechos: {dates}.",
        "explain_roles": "El texto los describe así: {roles}.",
        "explain_figures": "El texto da estas cifras: {roles}.",
        "blank": "____",
        "card_when": "Según el texto, ¿cuándo {question}?",
        "card_role": "{person}: ¿quién era, según el texto?",
        "card_term": "{term}",
        "listed_gap": "Según el texto, ¿cuáles de estos nombres van en el hueco? Marque todos los que correspondan. «{passage}»",
        "term_for": "Según el texto, ¿qué término designa {definition}?",
        "term_for_clause": "Según el texto, ¿qué término designa lo que {definition}?",
        "purpose_card": "Según el texto, ¿para qué {verb} {thing}?",
        "card_named": "Según el texto, ¿a qué se llama «{term}»?",
        "card_rule_when": "{frame}, ¿cuándo {predicate} {subject}, según el texto?",
        "card_part_kind": "Según el texto, ¿qué tipo de {part} tiene {subject}?",
        "explain_then": "{now} Según el texto, ¿qué ocurría {time}?",
        "explain_not_is": "{negated}. Según el texto, ¿qué {verb}?",
        "explain_not_does": "{negated}. Según el texto, ¿qué {verb} en cambio?",
        "explain_kinds": "Según el texto, ¿en qué se diferencian entre sí {kind}?",
        "explain_job": "Según el texto, ¿cuál es {noun} {thing}?",
        "explain_serves": "Según el texto, ¿para qué {verb} {thing}?",
    },
    kind_names={"person": "estas personas", "place": "estos lugares", "organisation": "estas organizaciones", "date": "estas fechas", "year": "estos años"},
    # Organizaciones y partidos que la prensa escribe en pareja (world_knowledge.stock_pair_half).
    city_head_titles=r"alcalde(?:sa)?",
    government_head_verbs=r"presid[ií]a|presidi[oó]|preside|encabezaba|encabez[oó]|encabeza|dirig[ií]a|dirigi[oó]|dirige",
    invasion_verbs=r"invadi[oó]|invad[ií]a|invade|anexion[oó]|anexa|atac[oó]|ocup[oó]",
    invasion_nouns=r"invasi[oó]n|anexi[oó]n|ocupaci[oó]n",
    publishing_verbs=r"public\w*|elabor\w*|calcul\w*|emit\w*|compil\w*|mantien\w*|manten\w*|difund\w*|realiz\w*",
    name_derivations=("es", "s", "ico", "ica", "icos", "icas", "ismo", "ista", "istas", "iano", "iana", "ianos", "ianas", "ino", "ina", "inos", "inas",
                      "ano", "ana", "anos", "anas", "ita", "itas"),
    stock_pairs=pairs("""ccoo/ugt ceoe/cepyme psoe/pp pp/vox congreso/senado fmi/banco-mundial comisiones-obreras/ugt
        guardia-civil/policia-nacional erc/junts pnv/bildu pri/pan pan/prd cgt/cta podemos/sumar"""),
    term_variants=term_variants,
    referent_pointer=REFERENT_POINTER,
    relative_time=RELATIVE_TIME,
)
