"""Words and phrases that mark the parts of a consultation record, per language, compiled from data.

The words live in one TOML file per language beside this module (``en.toml``,
``es.toml``, ``fr.toml``, ``pt.toml``; the phrase syntax is described in
:mod:`consultkg.lexicon.phrases`); :mod:`consultkg.lexicon.compile` reads them once.
A new language is a new file with the same tables and keys, no code. Regular
expressions are written against text cleaned of Markdown that keeps its accents
and case; they match with or without accents, in any case::

    >>> import re
    >>> bool(re.fullmatch(SECTION_PATTERNS["key_messages"], "Mensajes clave y comentarios", re.I))
    True
    >>> SECTION_LINE.match("Principais conclusões das reuniões").lastgroup
    'takeaways'
    >>> STANCE_PATTERNS[0][1], COLUMN_ROLES["instituicao"], MONTHS["marco"]
    ('MixedStance', 'organisation', 3)

Exported names (all built once, at import):

- ``LANGUAGES``: tuple of language codes, one per file, sorted ("en", "es", "fr", "pt").
- ``SECTION_PATTERNS``: dict section key -> regex source (no groups) of its headings in every
  language; keys "overview", "key_messages", "takeaways", "suggestions", "comments_from".
- ``SECTION_LINE``: compiled; matches a line that is only a section heading (optional colon),
  ``m.lastgroup`` is the section key. It also knows the headings a file lists under
  ``headings_alone`` ("Summary", "What we heard"): words that head a section only as a line of
  their own, so they are not in SECTION_PATTERNS (which segmenting searches inside running text).
- ``PARTICIPANTS``: compiled; "Participants:", "Attended by:", "Estiveram presentes:" at a line's
  start, the match ends where the names begin.
- ``MEETING_HEADING``: compiled; "Meeting 1 with ...", "Meeting 2: ...", "Meeting 1 – ...",
  "Reunião 1 com ...", "Réunion avec ..." at a line's start.
- ``THEMES_LEAD``: compiled; "Key themes of the discussion included", "Discussion focused on",
  "Os principais temas da discussão incluíram" (search; the themes follow ``m.end()``).
- ``FOLLOW_UP``: compiled; "were interested in learning more about" (search; the topic follows).
- ``STANCE_PATTERNS``: list of (regex source, ckg: stance individual), most specific first
  (MixedStance, StrongEndorsement, Opposition, Concern, Commendation, Endorsement), each the phrases
  of every language for that stance.
- ``AUDIENCE_PATTERNS``: list of (regex source, ckga: stakeholder group), first match wins (one per
  group, "multi-stakeholder" first).
- ``MONTHS``: dict month word (lower case, as CLDR writes it and folded) -> 1..12, from Babel.
- ``BANNERS``: compiled; portal banners repeated on every page ("Public Disclosure Authorized").
- ``LANGUAGE_MARKERS``: dict language -> set of lower-case words typical of it;
  ``LANGUAGE_SUFFIXES`` / ``LANGUAGE_LETTERS``: dict language -> word endings / letters typical of it.
- ``COLUMN_ROLES``: dict folded table-header word ("nombre", "organizacao") -> "name" | "title" |
  "organisation" | "honorific".
- ``HONORIFICS``: list of honorifics as written ("H.E.", "Sra.", "Srª", "Eng.").
- ``TITLE_WORDS``: set of folded words a job title opens with ("director", "secretaria").
- ``ORG_WORDS``: set of lower-case (accented and folded) words that make a name an organisation's.
- ``ORG_HEADS``: dict ckgo: type -> phrases (every language's) that give a name that type; the
  order types are tried in is ``ontology/org-type-rules.toml``'s (see consultkg.extract.orgs).
- ``LIST_JOINERS``: tuple of the words joining a list's last items ("as well as", "and", "bem como"),
  longest first; ``LIST_JOINER``: regex source of any of them (whole words).
- ``FUNCTION_WORDS``: frozenset of folded function words ("of", "de", "da", "et") that do not tell
  two organisation names apart. ``NAME_PARTICLES``: frozenset of lower-case words inside a
  person's name ("da", "del", "van").
- ``INCLUDING``: compiled; ", including ", " incluindo a ", " dont " (the people of an entry follow).
- ``OFFICIALS``: compiled; "Representatives of the ", "Funcionários do ", "Representantes da " at the
  start of an entry (the body follows ``m.end()``).
- ``READOUT_TITLE``: compiled; "Inputs for the ... Gender Strategy:", "Aportes para ... Estrategia de
  Género:" at a line's start. ``STRATEGY``: compiled; "gender strategy" in any language (search).
- ``DATE_RANGE_WORDS`` / ``DATE_OF_WORDS``: folded words between a range's ends ("to", "al", "au",
  "a") / before a month or year ("de").
- ``CITIES``: dict folded city name (as written in its language) -> alpha-2; ``CITY_NAMES``: folded ->
  as written. ``COUNTRY_ADJECTIVES``, ``COUNTRY_ALIASES``: dict folded word -> alpha-2;
  ``NOT_COUNTRIES``: folded common words that are never read as a country.
- :func:`stakeholder_group`: the ckga: group of an audience line, "multi-stakeholder" when the line
  names several groups ("Civil Society and Private Sector"); :func:`audience_groups`: all it names.
- :func:`load` (from :mod:`.compile`): the same, compiled from another folder of language files.

To add a language, copy ``en.toml`` to ``<code>.toml`` (an ISO 639-1 code CLDR knows, so its
month and country names come with it) and translate the values: same tables, same keys
(``tests/test_lexicon.py`` checks the schema). The folder is this package's own, or the one the ``CONSULTKG_LEXICON`` environment variable names
(a folder holding the shipped files plus, say, ``it.toml``: a language added without code).
"""
from __future__ import annotations

import os

from .compile import Lexicon, LexiconError, load

_LEX = load(os.environ.get("CONSULTKG_LEXICON") or None)

LANGUAGES = _LEX.languages
SECTION_PATTERNS = _LEX.section_patterns
SECTION_LINE = _LEX.section_line
PARTICIPANTS = _LEX.participants
MEETING_HEADING = _LEX.meeting_heading
THEMES_LEAD = _LEX.themes_lead
FOLLOW_UP = _LEX.follow_up
STANCE_PATTERNS = _LEX.stance_patterns
AUDIENCE_PATTERNS = _LEX.audience_patterns
MONTHS = _LEX.months
BANNERS = _LEX.banners
LANGUAGE_MARKERS = _LEX.language_markers
LANGUAGE_SUFFIXES = _LEX.language_suffixes
LANGUAGE_LETTERS = _LEX.language_letters
COLUMN_ROLES = _LEX.column_roles
HONORIFICS = _LEX.honorifics
TITLE_WORDS = _LEX.title_words
ORG_WORDS = _LEX.org_words
LIST_JOINERS = _LEX.list_joiners
LIST_JOINER = _LEX.list_joiner
INCLUDING = _LEX.including
OFFICIALS = _LEX.officials
READOUT_TITLE = _LEX.readout_title
STRATEGY = _LEX.strategy
DATE_RANGE_WORDS = _LEX.date_range_words
DATE_OF_WORDS = _LEX.date_of_words
CITIES = _LEX.cities
CITY_NAMES = _LEX.city_names
COUNTRY_ADJECTIVES = _LEX.country_adjectives
COUNTRY_ALIASES = _LEX.country_aliases
NOT_COUNTRIES = _LEX.not_countries
SALUTATION = _LEX.salutation
CLOSING = _LEX.closing
CONTACT = _LEX.contact
FIELD_LABEL = _LEX.field_label
ORG_HEADS = _LEX.org_heads
FUNCTION_WORDS = _LEX.function_words
NAME_PARTICLES = _LEX.name_particles
stakeholder_group = _LEX.stakeholder_group
audience_groups = _LEX.audience_groups

__all__ = [
    "LANGUAGES", "SECTION_PATTERNS", "SECTION_LINE", "PARTICIPANTS", "MEETING_HEADING", "THEMES_LEAD",
    "FOLLOW_UP", "STANCE_PATTERNS", "AUDIENCE_PATTERNS", "MONTHS", "BANNERS", "LANGUAGE_MARKERS",
    "LANGUAGE_SUFFIXES", "LANGUAGE_LETTERS", "COLUMN_ROLES", "HONORIFICS", "TITLE_WORDS", "ORG_WORDS",
    "LIST_JOINERS", "LIST_JOINER", "INCLUDING", "OFFICIALS", "READOUT_TITLE", "STRATEGY",
    "DATE_RANGE_WORDS", "DATE_OF_WORDS", "CITIES", "CITY_NAMES", "COUNTRY_ADJECTIVES", "COUNTRY_ALIASES",
    "NOT_COUNTRIES", "SALUTATION", "CLOSING", "CONTACT", "FIELD_LABEL", "ORG_HEADS", "FUNCTION_WORDS",
    "NAME_PARTICLES", "stakeholder_group", "audience_groups", "Lexicon", "LexiconError", "load",
]
