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
  language; keys "overview", "key_messages", "takeaways", "suggestions", "comments_from", "next_steps".
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
- ``MEETING_PROSE``: compiled; a sentence telling of a meeting held ("met with", "se reunió con",
  "a rencontré", "reuniu-se com"; search): a paragraph of prose can be a meeting of its own.
- ``NOT_DISCUSSED``: compiled; what shows a sentence names a theme without discussing it ("agenda",
  "postponed", "not discussed"; search).
- ``TOPIC_LEAD``: compiled; a word that introduces a list of the topics discussed ("covered", "turned
  on", "surgieron", "ont évoqué", "centrou-se"; search, the first topic follows the last match). File:
  ``themes.introducers``. ``CONTRACTIONS``: frozenset of lower-case prepositions joined to an article
  ("na", "del", "aux") a list may repeat before each item. File: ``lists.contractions``.
- ``FOLLOW_UP``: compiled; "were interested in learning more about" (search; the topic follows).
- ``STANCE_PATTERNS``: list of (regex source, ckg: stance individual), most specific first
  (MixedStance, StrongEndorsement, Opposition, Concern, Commendation, Endorsement), each the phrases
  of every language for that stance.
- ``AUDIENCE_PATTERNS``: list of (regex source, ckga: stakeholder group), first match wins (one per
  group, "multi-stakeholder" first).
- ``MONTHS``: dict month word (lower case, as CLDR writes it and folded) -> 1..12, from Babel.
  ``WEEKDAYS``: the names of the days of the week, every language's, from Babel, longest first;
  ``WEEKDAY_ABBREVIATIONS``: their abbreviations, without a stop ("Lun", "qua"; a day only before its number).
- ``BANNERS``: compiled; portal banners repeated on every page ("Public Disclosure Authorized").
- ``LANGUAGE_MARKERS``: dict language -> set of lower-case words typical of it;
  ``LANGUAGE_SUFFIXES`` / ``LANGUAGE_LETTERS``: dict language -> word endings / letters typical of it.
- ``COLUMN_ROLES``: dict folded table-header word ("nombre", "organizacao") -> "name" | "title" |
  "organisation" | "honorific".
- ``HONORIFICS``: list of honorifics as written ("H.E.", "Sra.", "Srª", "Eng.").
- ``TITLE_WORDS``: set of folded words a job title opens with ("director", "secretaria").
- ``ORG_WORDS``: set of lower-case (accented and folded) words that make a name an organisation's.
  ``UNIT_WORDS``: set of folded head nouns of a unit within a body ("school", "directorate", "unidade"): a
  person of the unit belongs to the body. File: ``organisations.units``.
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
- ``SALUTATION`` / ``CLOSING`` / ``CONTACT``: compiled; a letter's opening ("Dear", "Estimada",
  "Prezados"), its closing ("Sincerely", "On behalf of", "Atenciosamente") and the line naming a
  contact ("For further information", "Contato"), each at a line's start (match).
- ``SENDER``: compiled; the header naming who sent a message and its value ("From: A", "De: B"; search,
  group 1). File: ``letters.senders``.
- ``EMAIL_HEADER``: compiled; an e-mail header line ("From:", "Asunto:", "Envoyé :"; match).
  ``FORWARDED``: compiled; the line over a forwarded or quoted message ("Original Message",
  "Mensagem encaminhada"; search). ``SUBJECT_HEADER``: compiled; the header naming the subject
  ("Subject", "Asunto", "Objet", "Assunto"; fullmatch on the label).
- ``FIELD_LABEL``: compiled; a labelled field of a readout's head, "Date:" / "Fecha:" (group
  ``date``) or "Venue:" / "Lugar:" (group ``venue``; finditer).
- ``FIELD_VALUES`` / ``FIELD_LISTS`` / ``FIELD_ABSENT``: sets of folded labels before a participant
  entry: its organisation ("Organisation:", "Entidad:"), a list of names ("Co-chairs:", "Membros:"), or
  those who sent apologies ("Apologies:", "Ausentes:"), never participants.
- ``FORM_FIELDS``: kind -> folded labels of a form's fields ("person": "Contact person", "Persona de
  contacto"; "post"; "country"; "city"; "kind", the words of "Type of organisation"; "organisation"; "date").
- ``QUERY_WORDS``: folded words of query languages (SPARQL, SQL); a text of nothing else is no name.
- ``GENERIC_WORDS`` / ``HEADING_WORDS``: sets of folded words; a text made only of the first is a kind of
  participant ("Ministry officials"), one holding the second and no organisation word is a heading.
- ``REGIONS``: set of folded world regions ("Oceania", "América Latina"): places, never organisations.
- ``LEGAL_SUFFIX``: compiled; a legal suffix that ends a name after a comma ("Inc.", "S.A.", "Ltda"; fullmatch).
- ``PROSE_LEAD`` / ``PROSE_TAIL``: compiled; a prose participant list's opening ("Representatives of
  the", "Staff of", "Representantes do"; match, the names follow ``m.end()``) and its verb of attending
  with the rest of the sentence (" attended.", " joined for the second half", " participaram";
  search or ``sub`` it away). Files: ``participants.prose_leads``, ``participants.prose_tails``.
- ``SPEECH``: regex source; a verb of speaking ("said", "described", "a souligné", "lembrou"): an
  organisation opening a sentence with one spoke at the meeting. File: ``participants.speech``.
- ``PARLIAMENT_TITLE``: compiled; a job title that means a member of parliament ("Member of
  Parliament", "MP", "Diputada", "Députée", "Deputado"; search). ``POSTS``: frozenset of folded nouns
  that name a post when they end a title ("officer", "coordinadora", "pesquisador").
- ``GOVERNMENT``: compiled; "[the] Government", "Gobierno", "Gouvernement", "Governo" opening a text
  (match). ``PUBLIC_BODY``: regex source of a capitalised head noun that opens a public body's name
  ("Ministry", "Secretaría", "Agence", "Governo"; use it in a lookahead). ``PORTFOLIO_HEAD``:
  compiled; a capitalised head noun whose name may list portfolios with commas ("Ministry of A, B and
  C", "Comisión", "Comissão"; match). ``PREMISES``: compiled; the words that open a body's
  premises ("the offices of", "la sede de la", "les locaux d'"; match), before the body's name.
- ``ARTICLES``: tuple of articles ("the", "los", "l'", "uma"), longest first; ``ARTICLE``: regex
  source of any of them (whole words). ``DETERMINER_LOWER``: compiled; an article or determiner
  ("these", "varios", "plusieurs", "algumas") followed by a lower-case word: a sentence's opening.
- ``OF_WORD``: compiled, lower case only; "of", "for", "de", "du", "pour", "da" (the word that
  ends a title's head: "Associate Professor of ..."). ``NAME_LINK``: regex source, lower case
  only; small words inside a proper name ("Centre for Rights and Justice", "Programa de Apoio aos").
  ``NAME_ELISION``: regex source; elided words joined to a name's next word ("l'", "d'"). File:
  ``lists.elisions``.
- ``PAGE_WORD`` / ``PAGE_OF``: regex sources; "page", "página", "p." and "of", "sur", "de" of a page
  number ("Page 2 of 5"). Files: ``banners.page_words``, ``banners.page_of``.
- ``COPY_HEADER``: compiled; "cc:", "cci:", "c.c.:" (a contact line). File: ``letters.copy_headers``.
  ``SUBJECT_MARKS``: compiled; the marks before a forwarded or answered message's subject ("FW: RE: ",
  "TR : ", "ENC: "; match). File: ``letters.subject_marks``.
- ``PLACE_PREPOSITION``: regex source, lower case; "in", "au", "no" before a place ("Embassy of
  Sweden in Mozambique"). File: ``places.prepositions``.
- ``ON_BEHALF``: regex source, lower case; "on behalf of", "au nom de", "por" before the organisation a
  person speaks for. File: ``participants.on_behalf``. ``POST_LINK``: regex source; "at", "with",
  "auprès de" between a post and its organisation. File: ``participants.post_links``.
  ``REPRESENTED_BY``: regex source; "represented by", "representada por". File:
  ``participants.represented_by``. ``INCLUDING_WORD``: regex source of ``INCLUDING``'s words.
- ``WORD_HEADING``: compiled; Word's heading and title style names ("Heading 1", "Titre 1", id
  "Ttulo1"): group 1 the level, group 2 a title. ``WORD_LIST``: compiled; its list styles ("List
  Bullet", "Liste à puces"), groups ``bullet`` and ``number``. File: ``word_styles``.
- ``WRITTEN_DRAFT``: regex source; "draft", "borrador", "projet": what an input addresses. File:
  ``written.drafts``.
- ``WORLD_BANK``: compiled; the strategy's owner ("World Bank", "WBG", "Banco Mundial", "GBM").
  ``STRATEGY_WORD``: compiled; the strategy as a title names it ("gender strategy", "estrategia",
  "stratégie"). ``ABOUT_CONSULTATION``: compiled; words that show a text is about the consultation
  ("gender", "consultation", "género", "consulta"). ``TITLE_END``: compiled; words that close the
  strategy part of a one-line title ("summary", "consulta", "synthèse", "missão"; finditer).
  ``CAMPAIGN_NAME``: compiled; the campaign's own name ("AccelerateEquality"), never an initiative.
- ``MEMBERS_OF``: compiled; "members of [the] <group>", "miembros de", "membres du", "membros da"
  (search; ``m.group("group")`` is what follows).
- ``PAGE_LINE``: compiled; a line that is only a page number ("Page 3 of 12", "Página 2 de 5",
  "p. 4"; match).
- ``POLITE``: compiled; the courtesy that is no stance ("welcomes the opportunity", "agradece la
  oportunidad", "salue l'opportunité", "agradece a oportunidade"). ``CONTRAST``: compiled; "but",
  "however", "pero", "mais", "porém" (a sentence with one is no mere courtesy; support before one is a
  mixed stance). ``ADDITIVE``: compiled; "but also", "mais aussi": a contrast word that opposes
  nothing. ``REQUEST``: compiled, on text without accents; "asked", "pidieron", "demandant": a
  contrast that only asks for more opposes nothing either. File: ``letters.requests``. ``RELATIVE``: compiled; "which", "que", "qui": a contrast after one is its clause's.
  ``OPENING_VERB``:
  regex source, lower case only; the verb of a letter's opening sentence ("welcomes", "saluda",
  "salue", "saúda").
- ``SENTENCE_VERB``: compiled; finite verbs that mark a statement ("were", "expressed", "fueron",
  "ont", "manifestaram"; search). Unlike phrases, these words match with their accents as
  written (Portuguese "é" is a verb, "e" is "and"). ``SUBJECT``: compiled; a sentence's subject
  at its start ("The participants", "Los asistentes", "Ils", "Os participantes", not "Government
  officials from ..."; match).
- ``INITIATIVE_WORD``: compiled; head nouns of initiatives ("Facility", "Programa", "Fonds",
  "Plano", "Política"; search). ``INITIATIVE_TRAILING``: regex source, lower case only; the head noun
  that may follow a name's acronym ("... (WEE) programme", "(PNC) proyecto"). ``INITIATIVE_LINK``: regex
  source, lower case only; ``NAME_LINK``'s words and the small words inside a programme's or law's title
  ("at the", "a una"; file: ``initiatives.title_links``). ``INITIATIVE_HEADS``: frozenset of
  the folded words of both and of ``NUMBERED_LAW``'s laws: a text with none of them names no initiative by its
  head noun (a quick test before the patterns).
- ``NUMBERED_LAW``: compiled; a law or decree named by its number ("loi n° 2020-05", "Ley N° 348",
  "Decreto 13-2017"; finditer). Files: ``initiatives.laws``, ``initiatives.number_marks``.
- ``WE``: compiled; the authors speaking as one ("we", "our", "pedimos", "nous"; search). File:
  ``written.we``.
- ``WRITTEN_KIND``, ``WRITTEN_BY``, ``WRITTEN_TO``, ``WRITTEN_TARGET``: regex sources of a written
  input's title: its kind ("[joint] submission", "aportes", "commentaires", "contribuição"), the word
  before its authors ("of the", "de la", "da"), the word before what it addresses ("to", "sobre",
  "au", "ao") and that target ("the World Bank", "la estrategia", "a proposta").
  ``WRITTEN_TITLE``: compiled; a kind and the strategy within 160 characters, either order (search).
- ``BEFORE_NAME``: regex source, lower case only; words that may stand before a person in a list
  ("incluyendo a la Sra. ...", "incluindo a Sra. ...", "y de la Sra. ..."); "(?!)" when no file has any.
- ``CITY_PARTICLE``: regex source, lower case only; small words inside a city's name ("Rio de
  Janeiro", "Santa Cruz de la Sierra").
- :func:`stakeholder_group`: the ckga: group of an audience line, "multi-stakeholder" when the line
  names several groups ("Civil Society and Private Sector"); :func:`audience_groups`: all it names;
  :func:`without_groups`: the line's other words.
  A group's words count once: "Parliamentarians" is not also "government".
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
NOT_DISCUSSED = _LEX.not_discussed
TOPIC_LEAD = _LEX.topic_lead
CONTRACTIONS = _LEX.contractions
MEETING_PROSE = _LEX.meeting_prose
FOLLOW_UP = _LEX.follow_up
STANCE_PATTERNS = _LEX.stance_patterns
AUDIENCE_PATTERNS = _LEX.audience_patterns
MONTHS = _LEX.months
WEEKDAYS = _LEX.weekdays
WEEKDAY_ABBREVIATIONS = _LEX.weekday_abbreviations
BANNERS = _LEX.banners
LANGUAGE_MARKERS = _LEX.language_markers
LANGUAGE_SUFFIXES = _LEX.language_suffixes
LANGUAGE_LETTERS = _LEX.language_letters
COLUMN_ROLES = _LEX.column_roles
HONORIFICS = _LEX.honorifics
TITLE_WORDS = _LEX.title_words
ORG_WORDS = _LEX.org_words
UNIT_WORDS = _LEX.unit_words
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
EMAIL_HEADER = _LEX.email_header
FORWARDED = _LEX.forwarded
SUBJECT_HEADER = _LEX.subject_header
FIELD_LABEL = _LEX.field_label
FIELD_VALUES = _LEX.field_values
FIELD_LISTS = _LEX.field_lists
FIELD_ABSENT = _LEX.field_absent
FORM_FIELDS = _LEX.form_fields
GENERIC_WORDS = _LEX.generic_words
QUERY_WORDS = _LEX.query_words
HEADING_WORDS = _LEX.heading_words
REGIONS = _LEX.regions
LEGAL_SUFFIX = _LEX.legal_suffix
ORG_HEADS = _LEX.org_heads
FUNCTION_WORDS = _LEX.function_words
NAME_PARTICLES = _LEX.name_particles
PROSE_LEAD = _LEX.prose_lead
PROSE_TAIL = _LEX.prose_tail
SPEECH = _LEX.speech
PARLIAMENT_TITLE = _LEX.parliament_title
POSTS = _LEX.posts
GOVERNMENT = _LEX.government
PUBLIC_BODY = _LEX.public_body
PORTFOLIO_HEAD = _LEX.portfolio_head
PREMISES = _LEX.premises
ARTICLES = _LEX.articles
ARTICLE = _LEX.article
DETERMINER_LOWER = _LEX.determiner_lower
OF_WORD = _LEX.of_word
NAME_LINK = _LEX.name_link
NAME_ELISION = _LEX.name_elision
PAGE_WORD = _LEX.page_word
PAGE_OF = _LEX.page_of
COPY_HEADER = _LEX.copy_header
SUBJECT_MARKS = _LEX.subject_marks
PLACE_PREPOSITION = _LEX.place_preposition
ON_BEHALF = _LEX.on_behalf
POST_LINK = _LEX.post_link
REPRESENTED_BY = _LEX.represented_by
INCLUDING_WORD = _LEX.including_word
WORD_HEADING = _LEX.word_heading
WORD_LIST = _LEX.word_list
WRITTEN_DRAFT = _LEX.written_draft
WORLD_BANK = _LEX.world_bank
SENDER = _LEX.sender
STRATEGY_WORD = _LEX.strategy_word
ABOUT_CONSULTATION = _LEX.about_consultation
TITLE_END = _LEX.title_end
CAMPAIGN_NAME = _LEX.campaign_name
MEMBERS_OF = _LEX.members_of
PAGE_LINE = _LEX.page_line
POLITE = _LEX.polite
CONTRAST = _LEX.contrast
ADDITIVE = _LEX.additive
REQUEST = _LEX.request
RELATIVE = _LEX.relative
OPENING_VERB = _LEX.opening_verb
SENTENCE_VERB = _LEX.sentence_verb
SUBJECT = _LEX.subject
INITIATIVE_WORD = _LEX.initiative_word
INITIATIVE_TRAILING = _LEX.initiative_trailing
INITIATIVE_LINK = _LEX.initiative_link
INITIATIVE_HEADS = _LEX.initiative_heads
NUMBERED_LAW = _LEX.numbered_law
WRITTEN_KIND = _LEX.written_kind
WE = _LEX.we
WRITTEN_BY = _LEX.written_by
WRITTEN_TO = _LEX.written_to
WRITTEN_TARGET = _LEX.written_target
WRITTEN_TITLE = _LEX.written_title
CITY_PARTICLE = _LEX.city_particle
BEFORE_NAME = _LEX.before_name
stakeholder_group = _LEX.stakeholder_group
audience_groups = _LEX.audience_groups
without_groups = _LEX.without_groups

__all__ = [
    "LANGUAGES", "SECTION_PATTERNS", "SECTION_LINE", "PARTICIPANTS", "MEETING_HEADING", "THEMES_LEAD", "NOT_DISCUSSED", "TOPIC_LEAD", "CONTRACTIONS", "MEETING_PROSE",
    "FOLLOW_UP", "STANCE_PATTERNS", "AUDIENCE_PATTERNS", "MONTHS", "BANNERS", "LANGUAGE_MARKERS", "WEEKDAYS",
    "LANGUAGE_SUFFIXES", "LANGUAGE_LETTERS", "COLUMN_ROLES", "HONORIFICS", "TITLE_WORDS", "ORG_WORDS", "UNIT_WORDS",
    "LIST_JOINERS", "LIST_JOINER", "INCLUDING", "OFFICIALS", "READOUT_TITLE", "STRATEGY", "DATE_RANGE_WORDS",
    "DATE_OF_WORDS", "CITIES", "CITY_NAMES", "COUNTRY_ADJECTIVES", "COUNTRY_ALIASES", "NOT_COUNTRIES",
    "SALUTATION", "CLOSING", "CONTACT", "EMAIL_HEADER", "FORWARDED", "SUBJECT_HEADER", "FIELD_LABEL", "FIELD_VALUES", "FIELD_LISTS", "FORM_FIELDS",
    "FIELD_ABSENT", "GENERIC_WORDS", "QUERY_WORDS", "HEADING_WORDS", "REGIONS", "LEGAL_SUFFIX", "ORG_HEADS", "FUNCTION_WORDS", "PREMISES", "WEEKDAY_ABBREVIATIONS", "NAME_PARTICLES",
    "PROSE_LEAD", "PROSE_TAIL", "SPEECH", "PARLIAMENT_TITLE", "POSTS", "GOVERNMENT", "PUBLIC_BODY", "PORTFOLIO_HEAD",
    "ARTICLES", "ARTICLE", "DETERMINER_LOWER", "OF_WORD", "NAME_LINK", "NAME_ELISION", "PAGE_WORD", "PAGE_OF", "COPY_HEADER", "SUBJECT_MARKS", "PLACE_PREPOSITION", "ON_BEHALF", "POST_LINK", "REPRESENTED_BY", "INCLUDING_WORD", "WORD_HEADING", "WORD_LIST", "WRITTEN_DRAFT", "WORLD_BANK", "SENDER", "STRATEGY_WORD",
    "ABOUT_CONSULTATION", "TITLE_END", "CAMPAIGN_NAME", "MEMBERS_OF", "PAGE_LINE", "POLITE", "CONTRAST", "ADDITIVE", "REQUEST", "RELATIVE",
    "OPENING_VERB", "SENTENCE_VERB", "SUBJECT", "INITIATIVE_WORD", "INITIATIVE_TRAILING", "INITIATIVE_LINK", "INITIATIVE_HEADS", "NUMBERED_LAW", "WRITTEN_KIND", "WE",
    "WRITTEN_BY", "WRITTEN_TO", "WRITTEN_TARGET", "WRITTEN_TITLE", "CITY_PARTICLE", "BEFORE_NAME",
    "stakeholder_group", "audience_groups", "without_groups",
    "Lexicon", "LexiconError", "load",
]
