"""Words and phrases that mark the parts of a consultation record, per language.

Every table is keyed by language code ("en", "es", "fr"); regular expressions
are written against text that has been cleaned of Markdown but keeps its
accents and case (match with ``re.IGNORECASE``)::

    >>> import re
    >>> bool(re.fullmatch(SECTION_PATTERNS["key_messages"], "Mensajes clave y comentarios", re.I))
    True
"""
from __future__ import annotations

import re

LANGUAGES = ("en", "es", "fr")

# Section headings of a mission summary (and their Spanish and French forms).
SECTION_PATTERNS: dict[str, str] = {
    "overview": r"(?:mission overview|resumen de la misi[oó]n|descripci[oó]n general de la misi[oó]n"
    r"|panorama general de la misi[oó]n|aper[cç]u de la mission|vue d'ensemble de la mission"
    r"|pr[ée]sentation de la mission)",
    "key_messages": r"(?:key messages(?: and feedback)?|mensajes clave(?: y (?:comentarios|retroalimentaci[oó]n))?"
    r"|messages cl[ée]s(?: et (?:commentaires|retours|r[ée]actions))?)",
    "takeaways": r"(?:meeting takeaways|conclusiones de las reuniones|principales conclusiones de las reuniones"
    r"|aprendizajes de las reuniones|enseignements des r[ée]unions|principaux enseignements des r[ée]unions"
    r"|conclusions des r[ée]unions)",
    "suggestions": r"(?:suggestions and insights|sugerencias y (?:aportes|observaciones|reflexiones)"
    r"|suggestions et (?:observations|contributions|r[ée]flexions))",
    "comments_from": r"(?:comments from|comentarios de|commentaires de)",
}

# A line that is only one of these headings (optionally with a trailing colon).
SECTION_LINE = re.compile(
    r"^\s*(?:%s)\s*:?\s*$" % "|".join(f"(?P<{k}>{v})" for k, v in SECTION_PATTERNS.items()),
    re.IGNORECASE,
)

# "Participants:", "Participantes:", "Participants :" (French puts a space before the colon).
PARTICIPANTS = re.compile(
    r"^\s*(?:participants?|participantes?|attendees|asistentes|participaron)\s*:\s*", re.IGNORECASE
)

# Meeting headings: "Meeting 1 with Government Representatives", "Meeting with Members of ...",
# "Meeting 2: Private Sector Roundtable", "Reunión 1 con ...", "Réunion 2 avec ...".
MEETING_HEADING = re.compile(
    r"^\s*(?:meeting|reuni[oó]n|r[ée]union|session|sesi[oó]n|roundtable|mesa redonda|table ronde)"
    r"(?:\s+\d+)?\s*(?::|\b(?:with|con|avec)\b)\s*\S",
    re.IGNORECASE,
)

# "Key themes of the discussion included A, B, and C." and the list form "Key themes of the discussion:".
THEMES_LEAD = re.compile(
    r"(?:key themes of (?:the )?discussions?|(?:the )?main themes of (?:the )?discussions?"
    r"|(?:los )?principales temas de (?:la|las) discusi[oó]n(?:es)?|(?:los )?temas clave de (?:la|las) discusi[oó]n(?:es)?"
    r"|(?:les )?principaux th[èe]mes (?:de la|des) discussions?|(?:les )?th[èe]mes cl[ée]s (?:de la|des) discussions?)"
    r"\s*(?:included|includes|were|incluyeron|incluyen|fueron|comprenaient|incluaient|comprennent|[ée]taient)?\s*:?\s*",
    re.IGNORECASE,
)

# "The participants were interested in learning more about ..."
FOLLOW_UP = re.compile(
    r"(?:were|was|are|is) (?:particularly )?interested in (?:learning more about|knowing more about|hearing more about)\s*"
    r"|(?:estaban|estuvieron|están|se mostraron) interesad[oa]s en (?:conocer|saber|aprender) m[aá]s (?:sobre|acerca de)\s*"
    r"|(?:[ée]taient|sont) int[ée]ress[ée]e?s (?:à|a|par) (?:en savoir|apprendre|conna[iî]tre) (?:plus|davantage) sur\s*"
    r"|(?:souhait|voul|d[ée]sir)\w* (?:en savoir|apprendre|conna[iî]tre) (?:plus|davantage) sur\s*"
    r"|(?:quer[ií]an|deseaban|buscaban) (?:conocer|saber|aprender) m[aá]s (?:sobre|acerca de)\s*"
    r"|(?:wanted|wished|asked|sought) to (?:learn|know|hear) more about\s*",
    re.IGNORECASE,
)

# Stance sentences, most specific first; the value is a ckg: stance individual.
STANCE_PATTERNS: list[tuple[str, str]] = [
    (r"welcomed?\b.*\bbut\b.*\b(?:concern|reservation|question)", "MixedStance"),
    (r"acogi\w*\b.*\bpero\b.*\bpreocupaci[oó]n", "MixedStance"),
    (r"accueilli\w*\b.*\bmais\b.*\bpr[ée]occupation", "MixedStance"),
    (r"strong(?:ly)? (?:endorse|endorsement|support)", "StrongEndorsement"),
    (r"(?:fuerte|firme|pleno|total) (?:respaldo|apoyo)|respaldaron firmemente|apoyaron firmemente", "StrongEndorsement"),
    (r"(?:ferme|fort|plein) (?:soutien|appui)|soutenu fermement|fermement soutenu", "StrongEndorsement"),
    (r"\b(?:oppose[ds]?|reject(?:ed|s)?|opposition to)\b", "Opposition"),
    (r"\b(?:se opusieron|rechaz\w+)\b|\bs'oppos\w+|\brejet\w*\b", "Opposition"),
    (r"is disappointed|are disappointed|disappointment|concern(?:s|ed)?\b|worried|alarm", "Concern"),
    (r"preocupaci[oó]n|preocupad|decepcion", "Concern"),
    (r"pr[ée]occupation|pr[ée]occup[ée]|d[ée][çc]u", "Concern"),
    (r"\bcommends?\b|\bcommended\b|\bapplauds?\b|\bcongratulat", "Commendation"),
    (r"\bfelicit\w+|\belogi\w+|\bsalu[ée]\b|\bf[ée]licit\w+", "Commendation"),
    (r"\bendorse(?:d|s|ment)?\b|\bwelcome[ds]?\b|\bsupport(?:ed|s)? (?:for )?the (?:proposed|draft)", "Endorsement"),
    (r"\brespald\w+|\bapoy\w+ (?:a )?la (?:propuesta|estrategia)|\bacogi\w+", "Endorsement"),
    (r"\bsoutien\b|\bsoutenu\b|\bappui\b|\bapprouv\w+|\baccueilli\w*", "Endorsement"),
]

# Audience lines of a mission summary, mapped to ckga: stakeholder groups.
AUDIENCE_PATTERNS: list[tuple[str, str]] = [
    (r"multi[- ]?stakeholder|m[uú]ltiples actores|multi[- ]?acteurs|multipartite", "multi-stakeholder"),
    (r"parliament|legislat|congres|parlamentari|parlementaire|d[ée]put", "parliamentarians"),
    (r"\byouth\b|young|j[oó]venes|juventud|jeunes|jeunesse", "youth"),
    (r"civil society|\bcsos?\b|\bngos?\b|sociedad civil|\bosc\b|\bong\b|soci[ée]t[ée] civile", "civil-society"),
    (r"private sector|business|sector privado|empresa|secteur priv[ée]|entreprise", "private-sector"),
    (r"development partners?|donors?|socios (?:para el|del) desarrollo|cooperantes|cooperaci[oó]n internacional"
     r"|partenaires (?:au|du|techniques et financiers|de d[ée]veloppement)|bailleurs", "development-partners"),
    (r"academi|universit|research|think tank|acad[ée]mi|investigaci[oó]n|recherche", "academia"),
    (r"government|gobierno|gouvernement|ministr|public sector|sector p[uú]blico|autoridades|autorit[ée]s", "government"),
]

# Month names for dates in the three languages (lower case, accents kept and folded).
MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
):
    for _i, _m in enumerate(_names.split(), start=1):
        MONTHS[_m] = _i
MONTHS.update({"setiembre": 9, "fevrier": 2, "aout": 8, "decembre": 12, "sept": 9})
for _m, _i in list(MONTHS.items()):
    if len(_m) > 3 and _m.isascii():
        MONTHS.setdefault(_m[:3], _i)

# Banners that document portals repeat on every page.
BANNERS = re.compile(
    r"public disclosure authori[sz]ed|official use only|for official use only|disclosure authori[sz]ed",
    re.IGNORECASE,
)

# Words that show which language a text is in (counted as whole words, lower case).
LANGUAGE_MARKERS: dict[str, set[str]] = {
    "en": {"the", "and", "of", "with", "were", "was", "including", "participants", "meeting", "women"},
    "es": {"el", "la", "los", "las", "de", "del", "y", "con", "participantes", "reunión", "mujeres", "para"},
    "fr": {"le", "la", "les", "des", "du", "et", "avec", "réunion", "femmes", "pour", "aux", "une"},
}

# Header words of participant tables (folded), mapped to the column's role.
COLUMN_ROLES: dict[str, str] = {
    **dict.fromkeys(["name", "names", "full name", "participant", "participants", "nombre", "nombres",
                     "nombre y apellido", "participante", "nom", "nom et prenom", "nome", "nome completo"], "name"),
    **dict.fromkeys(["title", "position", "role", "designation", "job title", "cargo", "puesto", "funcion",
                     "fonction", "poste", "titre", "funcao", "cargo funcao"], "title"),
    **dict.fromkeys(["organisation", "organization", "institution", "affiliation", "agency", "entity", "organizacion",
                     "institucion", "entidad", "organisme", "structure", "organizacao", "instituicao", "entidade",
                     "empresa", "company"], "organisation"),
    **dict.fromkeys(["honorific", "salutation", "tratamiento"], "honorific"),
}
