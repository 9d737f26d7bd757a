"""Compile the language files of a lexicon folder (``en.toml``, ``pt.toml`` ...) into matchers.

Every ``*.toml`` file in the folder is one language, named by the file's stem;
all of them must hold the same tables and keys as the reference ``en.toml``
(:func:`schema_errors`). A folder is read and compiled once per process::

    >>> lex = load()                     # the folder shipped with consultkg
    >>> lex.languages
    ('en', 'es', 'fr', 'pt')
    >>> lex.section_line.match("Visão geral da missão:").lastgroup
    'overview'
    >>> lex.months["novembro"], lex.column_roles["organizacao"]
    (11, 'organisation')

Month names are not in the files: they come from CLDR through Babel for each
language (wide and abbreviated, format and stand-alone), plus a file's
``dates.extra_months`` and minus its ``dates.ambiguous``.
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConsultkgError
from ..text import cased, fold, strip_accents
from .phrases import alternation, folded

HERE = Path(__file__).resolve().parent
REFERENCE = "en"

#: Section keys of a record, in the order SECTION_LINE tries them.
SECTIONS = ("overview", "key_messages", "takeaways", "suggestions", "comments_from", "next_steps", "initiatives")
#: Stance individuals, most specific first: the order STANCE_PATTERNS keeps.
STANCES = ("MixedStance", "StrongEndorsement", "Opposition", "Concern", "Commendation", "Endorsement")
#: Stakeholder groups, the order AUDIENCE_PATTERNS keeps (first match wins).
AUDIENCES = ("multi-stakeholder", "parliamentarians", "youth", "civil-society", "private-sector",
             "development-partners", "academia", "government")
COLUMN_KINDS = ("name", "title", "organisation", "honorific")


class LexiconError(ConsultkgError, ValueError):
    """A language file that cannot be read or does not follow the reference file's schema: a user's error, reported
    in one line naming the file."""


@dataclass(frozen=True)
class Lexicon:
    """Everything the files of one lexicon folder say, compiled (see consultkg.lexicon for each name)."""

    languages: tuple[str, ...]
    section_patterns: dict[str, str]
    section_line: re.Pattern
    participants: re.Pattern
    meeting_heading: re.Pattern
    themes_lead: re.Pattern
    meeting_prose: re.Pattern
    not_discussed: re.Pattern
    topic_lead: re.Pattern
    contractions: frozenset[str]
    follow_up: re.Pattern
    stance_patterns: list[tuple[str, str]]
    audience_patterns: list[tuple[str, str]]
    months: dict[str, int]
    weekdays: tuple[str, ...]
    weekday_abbreviations: tuple[str, ...]
    banners: re.Pattern
    language_markers: dict[str, set[str]]
    language_suffixes: dict[str, tuple[str, ...]]
    language_letters: dict[str, tuple[str, ...]]
    column_roles: dict[str, str]
    honorifics: list[str]
    title_words: set[str]
    org_words: set[str]
    list_joiners: tuple[str, ...]
    list_joiner: str
    including: re.Pattern
    officials: re.Pattern
    readout_title: re.Pattern
    strategy: re.Pattern
    date_range_words: tuple[str, ...]
    date_of_words: tuple[str, ...]
    cities: dict[str, str]
    city_names: dict[str, str]
    country_adjectives: dict[str, str]
    country_aliases: dict[str, str]
    not_countries: frozenset[str]
    salutation: re.Pattern
    closing: re.Pattern
    contact: re.Pattern
    email_header: re.Pattern
    forwarded: re.Pattern
    subject_header: re.Pattern
    field_label: re.Pattern
    field_values: frozenset[str]
    field_lists: frozenset[str]
    field_absent: frozenset[str]
    form_fields: dict  # kind of a form's field ("person", "post", "country", "city", "kind") -> folded labels
    generic_words: frozenset[str]
    query_words: frozenset[str]
    heading_words: frozenset[str]
    regions: frozenset[str]
    legal_suffix: re.Pattern
    org_heads: dict[str, tuple[str, ...]]
    function_words: frozenset[str]
    name_particles: frozenset[str]
    prose_lead: re.Pattern
    prose_tail: re.Pattern
    speech: str
    parliament_title: re.Pattern
    posts: frozenset[str]
    government: re.Pattern
    public_body: str
    portfolio_head: re.Pattern
    premises: re.Pattern
    articles: tuple[str, ...]
    article: str
    determiner_lower: re.Pattern
    of_word: re.Pattern
    name_link: str
    name_elision: str
    world_bank: re.Pattern
    sender: re.Pattern
    strategy_word: re.Pattern
    about_consultation: re.Pattern
    title_end: re.Pattern
    campaign_name: re.Pattern
    members_of: re.Pattern
    page_line: re.Pattern
    page_word: str
    page_of: str
    copy_header: re.Pattern
    subject_marks: re.Pattern
    place_preposition: str
    on_behalf: str
    post_link: str
    represented_by: str
    including_word: str
    word_heading: re.Pattern
    word_list: re.Pattern
    written_draft: str
    polite: re.Pattern
    contrast: re.Pattern
    additive: re.Pattern
    request: re.Pattern
    relative: re.Pattern
    opening_verb: str
    sentence_verb: re.Pattern
    subject: re.Pattern
    initiative_word: re.Pattern
    initiative_trailing: str
    initiative_link: str
    initiative_heads: frozenset
    unit_words: frozenset
    numbered_law: re.Pattern
    written_kind: str
    we: re.Pattern
    written_by: str
    written_to: str
    written_target: str
    written_title: re.Pattern
    city_particle: str
    before_name: str
    data: dict[str, dict] = field(repr=False, default_factory=dict)

    def audience_groups(self, text: str) -> list[str]:
        """The stakeholder groups an audience line names, in AUDIENCES order, each once.

        A group's matches are taken out of the line before the next group is tried, so the
        words of one group do not count again for another.
        """
        return list(self._groups_of(text))

    def stakeholder_group(self, text: str) -> str | None:
        """The one stakeholder group of an audience line: "multi-stakeholder" when it names several.

        >>> lex = load()
        >>> lex.stakeholder_group("Representantes do Governo"), lex.stakeholder_group("Civil Society and Youth")
        ('government', 'multi-stakeholder')
        """
        groups = self._groups_of(text)
        if "multi-stakeholder" in groups or len(groups) > 1:
            return "multi-stakeholder"
        return groups[0] if groups else None

    def without_groups(self, text: str) -> str:
        """``text`` folded (:func:`strip_accents`) with every word of a stakeholder group taken out: what an
        audience line says besides its groups.

        >>> load().without_groups("legislators and the national government of Kenya").split()
        ['and', 'the', 'national', 'of', 'Kenya']
        """
        return self._groups_and_rest(text)[1]

    def _groups_of(self, text: str) -> tuple[str, ...]:
        return self._groups_and_rest(text)[0]

    @functools.cached_property
    def _groups_and_rest(self):
        """A cached function: text -> (the groups it names, in AUDIENCES order, each once; the text folded once
        with their words taken out)."""
        rxs = tuple((re.compile(folded(p), re.IGNORECASE), g) for p, g in self.audience_patterns)

        @functools.lru_cache(maxsize=4096)
        def groups_and_rest(text: str) -> tuple[tuple[str, ...], str]:
            found: list[str] = []
            rest = strip_accents(text)
            for rx, group in rxs:
                if rx.search(rest):  # every mention of the group is taken out ("juveniles ... estudiantes
                    found.append(group)  # universitarios": youth twice, and no academia left)
                    rest = rx.sub(" ", rest)
            return tuple(dict.fromkeys(found)), rest

        return groups_and_rest


def read_files(folder: Path) -> dict[str, dict]:
    """Language code -> the parsed TOML of ``folder/<code>.toml``, sorted by code."""
    data = {}
    for path in sorted(Path(folder).glob("*.toml")):
        try:
            data[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{path}: {exc}") from None
    if not data:
        raise LexiconError(f"{folder}: no language files (*.toml)")
    return data


def keys_of(doc: dict) -> set[str]:
    """The "table.key" names a language file defines (a table's own keys, not their values' keys)."""
    return {f"{t}.{k}" for t, v in doc.items() if isinstance(v, dict) for k in v}


def schema_errors(data: dict[str, dict]) -> list[str]:
    """One line per key a language file lacks or adds, compared with the reference file."""
    ref_lang = REFERENCE if REFERENCE in data else next(iter(data))
    ref = keys_of(data[ref_lang])
    errors = []
    for lang, doc in data.items():
        got = keys_of(doc)
        errors += [f"{lang}.toml: missing {k}" for k in sorted(ref - got)]
        errors += [f"{lang}.toml: unknown {k}" for k in sorted(got - ref)]
    return errors


def _all(data: dict[str, dict], table: str, key: str) -> list:
    return [x for doc in data.values() for x in doc[table][key]]


def _months(data: dict[str, dict]) -> dict[str, int]:
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    months: dict[str, int] = {}
    for lang, doc in data.items():
        skip = {fold(a) for a in doc["dates"]["ambiguous"]}
        names: list[tuple[str, int]] = []
        try:
            for width in ("wide", "abbreviated"):
                for context in ("format", "stand-alone"):
                    names += [(n, i) for i, n in get_month_names(width, context, locale=lang).items()]
        except (UnknownLocaleError, ValueError):
            pass  # a language CLDR does not know: only its extra_months
        names += [(n, int(i)) for n, i in doc["dates"]["extra_months"].items()]
        for name, number in names:
            word = name.strip().rstrip(".").lower()
            if not word.isalpha() or len(word) < 3 or fold(word) in skip:
                continue
            months.setdefault(word, number)
            months.setdefault(fold(word), number)
    return months


def _weekdays(data: dict[str, dict]) -> tuple[str, ...]:
    """The names of the days of the week in every language (CLDR), as written ("Quarta-feira", "lundi")."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_day_names

    names: set[str] = set()
    for lang in data:
        try:
            for context in ("format", "stand-alone"):
                names |= {n for n in get_day_names("wide", context, locale=lang).values()}
        except (UnknownLocaleError, ValueError):
            pass
    return tuple(sorted(names, key=len, reverse=True))


def _weekday_abbreviations(data: dict[str, dict]) -> tuple[str, ...]:
    """The abbreviated names of the days of the week in every language (CLDR), without their stop ("Lun",
    "mar", "qua"): a day's name only before its number ("Lun. 13/11")."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_day_names

    names: set[str] = set()
    for lang in data:
        try:
            for context in ("format", "stand-alone"):
                names |= {n.rstrip(".") for n in get_day_names("abbreviated", context, locale=lang).values()}
        except (UnknownLocaleError, ValueError):
            pass
    return tuple(sorted((n for n in names if len(n) >= 3), key=len, reverse=True))


def _places(data: dict[str, dict], key: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for doc in data.values():
        for name, code in doc["places"][key].items():
            out.setdefault(fold(name), code.upper())
    return out


def compile_lexicon(data: dict[str, dict]) -> Lexicon:
    """Compile parsed language files (see :func:`read_files`) into a :class:`Lexicon`."""
    errors = schema_errors(data)
    if errors:
        raise LexiconError("; ".join(errors))
    I = re.IGNORECASE
    langs = tuple(data)
    sections = {k: alternation(_all(data, "sections", k)) for k in SECTIONS}
    alone = {k: alternation(_all(data, "sections", k) + _all(data, "headings_alone", k)) for k in SECTIONS}
    section_line = re.compile(r"^\s*(?:%s)\s*:?\s*$" % "|".join(f"(?P<{k}>{v})" for k, v in alone.items()), I)
    # one pattern per stance (and per group), all languages in it: fewer searches per sentence
    stances = [(alternation(_all(data, "stances", st)), st) for st in STANCES if _all(data, "stances", st)]
    audiences = [(alternation(_all(data, "audiences", g)), g) for g in AUDIENCES if _all(data, "audiences", g)]
    roles: dict[str, str] = {}
    for kind in COLUMN_KINDS:
        for word in _all(data, "columns", kind):
            roles.setdefault(fold(word), kind)
    honorifics = list(dict.fromkeys(_all(data, "people", "honorifics")))
    org_words = {w.lower() for w in _all(data, "organisations", "words")}
    joiners = tuple(sorted(set(_all(data, "lists", "joiners")), key=lambda j: (-len(j), j)))
    city_names = {}
    for doc in data.values():
        for name in doc["places"]["cities"]:
            city_names.setdefault(fold(name), name)
    articles = tuple(sorted(set(_all(data, "lists", "articles")), key=lambda w: (-len(w), w)))
    article = alternation(articles)
    verbs = sorted({w.lower() for w in _all(data, "sentences", "verbs")}, key=lambda w: (-len(w), w))
    kinds = alternation(_all(data, "written", "kinds"))
    strategy = alternation(_all(data, "readout", "strategy"))
    return Lexicon(
        languages=langs,
        section_patterns=sections,
        section_line=section_line,
        participants=re.compile(r"^\s*%s\s*:\s*" % alternation(_all(data, "participants", "labels")), I),
        meeting_heading=re.compile(
            r"^\s*%s(?:\s+(?:n[º°o.]\s*)?\d+)?\s*(?::|[-\u2013\u2014]|%s)\s*\S"
            % (alternation(_all(data, "meetings", "words")), alternation(_all(data, "meetings", "connectors"))), I),
        themes_lead=re.compile(r"%s\s*%s?\s*:?\s*" % (alternation(_all(data, "themes", "leads")),
                                                     alternation(_all(data, "themes", "verbs"))), I),
        meeting_prose=re.compile(alternation(_all(data, "meetings", "prose")), I),
        not_discussed=re.compile(alternation(_all(data, "themes", "not_discussed")), I),
        topic_lead=re.compile(alternation(_all(data, "themes", "introducers")), I),
        contractions=frozenset(w.lower() for w in _all(data, "lists", "contractions")),
        follow_up=re.compile(alternation(_all(data, "follow_up", "phrases")) + r"\s*", I),
        stance_patterns=stances,
        audience_patterns=audiences,
        months=_months(data),
        weekdays=_weekdays(data),
        weekday_abbreviations=_weekday_abbreviations(data),
        banners=re.compile(alternation(_all(data, "banners", "phrases")), I),
        language_markers={lang: {w.lower() for w in doc["language"]["markers"]} for lang, doc in data.items()},
        language_suffixes={lang: tuple(doc["language"]["suffixes"]) for lang, doc in data.items()},
        language_letters={lang: tuple(doc["language"]["letters"]) for lang, doc in data.items()},
        column_roles=roles,
        honorifics=honorifics,
        title_words={fold(w) for w in _all(data, "people", "title_words")},
        org_words=org_words | {fold(w) for w in org_words},
        unit_words=frozenset(fold(w) for w in _all(data, "organisations", "units")),
        list_joiners=joiners,
        list_joiner=alternation(joiners),
        including=re.compile(r",?\s+%s\s+" % alternation(_all(data, "people", "including")), I),
        # a lower-case article after the opening belongs to it ("de la", "of the"), whichever file's phrase matched
        officials=re.compile(r"^%s\s*(?:(?-i:%s)\s*)?" % (alternation(_all(data, "people", "officials")), article), I),
        readout_title=re.compile(r"^\s*%s.*%s[^:]{0,80}:" % (alternation(_all(data, "readout", "title_leads")),
                                                     alternation(_all(data, "readout", "strategy"))), I),
        strategy=re.compile(alternation(_all(data, "readout", "strategy")), I),
        date_range_words=tuple(sorted({fold(w) for w in _all(data, "dates", "range")}, key=lambda w: (-len(w), w))),
        date_of_words=tuple(sorted({fold(w) for w in _all(data, "dates", "of")}, key=lambda w: (-len(w), w))),
        cities=_places(data, "cities"),
        city_names=city_names,
        country_adjectives=_places(data, "adjectives"),
        country_aliases=_places(data, "aliases"),
        not_countries=frozenset(fold(w) for w in _all(data, "places", "not_countries")),
        salutation=re.compile(r"^\s*%s\b" % alternation(_all(data, "letters", "salutations")), I),
        closing=re.compile(r"(?:^\s*|(?<=[.,;]\s))%s\b" % alternation(_all(data, "letters", "closings")), I),
        contact=re.compile(r"^\s*%s" % alternation(_all(data, "letters", "contact")), I),
        email_header=re.compile(r"^\s*%s\s*:" % alternation(_all(data, "letters", "email_headers")), I),
        forwarded=re.compile(alternation(_all(data, "letters", "forwarded")), I),
        subject_header=re.compile(alternation(_all(data, "letters", "subject_headers")), I),
        field_label=re.compile(r"(?P<field>%s|%s)\s*:" % (
            "(?P<date>%s)" % alternation(_all(data, "fields", "date")),
            "(?P<venue>%s)" % alternation(_all(data, "fields", "venue"))), I),
        field_values=frozenset(fold(w) for w in _all(data, "fields", "organisation")),
        field_lists=frozenset(fold(w) for w in _all(data, "fields", "list")),
        field_absent=frozenset(fold(w) for w in _all(data, "fields", "absent")),
        form_fields={k: frozenset(fold(w) for w in _all(data, "fields", k))
                     for k in ("person", "post", "country", "city", "kind", "organisation", "date")},
        generic_words=frozenset(fold(w) for w in _all(data, "names", "generic")),
        query_words=frozenset(fold(w) for w in _all(data, "names", "query_words")),
        heading_words=frozenset(fold(w) for w in _all(data, "names", "heading")),
        regions=frozenset(fold(w) for w in _all(data, "names", "regions")),
        legal_suffix=re.compile("(?:%s)" % "|".join(
            re.escape(w.rstrip(".")).replace(r"\.", r"\.?") + r"\.?" for w in sorted(
                set(_all(data, "names", "legal_suffixes")), key=lambda w: (-len(w), w))), I),
        function_words=frozenset(fold(w) for w in _all(data, "lists", "function_words")),
        name_particles=frozenset(w.lower() for w in _all(data, "people", "name_particles")),
        org_heads={t: tuple(dict.fromkeys(_all(data, "org_heads", t))) for t in data[next(iter(data))]["org_heads"]},
        prose_lead=re.compile(r"^%s\s*:?\s*(?:(?-i:%s)\s*)?" % (alternation(_all(data, "participants", "prose_leads")),
                                                              article), I),
        speech=alternation(_all(data, "participants", "speech")),
        prose_tail=re.compile(r"\s+%s.*$" % alternation(_all(data, "participants", "prose_tails")), I),
        parliament_title=re.compile(alternation(_all(data, "people", "parliament_titles")), I),
        posts=frozenset(fold(w) for w in _all(data, "people", "posts")),
        government=re.compile(r"^%s" % alternation(_all(data, "organisations", "government")), I),
        public_body=cased(r"(?=[\p{Lu}])(?i:%s)") % alternation(_all(data, "organisations", "public_bodies")),
        portfolio_head=re.compile(cased(r"^(?=[\p{Lu}])%s") % alternation(_all(data, "organisations", "portfolio_heads")),
                                  I),
        premises=re.compile(cased(r"^(?i:%s)\s+(?:(?:%s)\s+(?:(?:%s)\s+)?|(?:%s))(?=[\p{Lu}])") % (
            alternation(_all(data, "organisations", "premises")), alternation(_all(data, "lists", "of_words")),
            article, alternation(_all(data, "lists", "elisions")))),
        articles=articles,
        article=article,
        determiner_lower=re.compile(cased(r"^(?i:%s)\s+[\p{Ll}]")
                                    % alternation([*articles, *_all(data, "lists", "determiners")])),
        of_word=re.compile(alternation(_all(data, "lists", "of_words"))),  # lower case only, as written
        name_link=alternation(_all(data, "lists", "name_links")),  # lower case only (no re.I)
        name_elision=alternation(_all(data, "lists", "elisions")),
        world_bank=re.compile(alternation(_all(data, "readout", "owner")), I),
        sender=re.compile(r"(?:^|\s)%s\s*:\s*(\S.*?)(?=\s+\w+\s*:\s|$)" % alternation(_all(data, "letters", "senders")), I),
        strategy_word=re.compile(alternation(_all(data, "readout", "strategy_word")), I),
        about_consultation=re.compile(alternation(_all(data, "readout", "about")), I),
        title_end=re.compile(alternation(_all(data, "readout", "title_ends")), I),
        campaign_name=re.compile(alternation(_all(data, "readout", "campaigns")), I),
        members_of=re.compile(r"%s\s*(?P<group>.+)$" % alternation(_all(data, "meetings", "members_of")), I),
        page_line=re.compile(r"^%s\s*\d+(?:\s*(?:%s|/)\s*\d+)?$" % (
            alternation(_all(data, "banners", "page_words"), bounded=False),
            alternation(_all(data, "banners", "page_of"))), I),
        page_word=alternation(_all(data, "banners", "page_words"), bounded=False),  # "página", "p."
        page_of=alternation(_all(data, "banners", "page_of")),  # "of", "sur", "de"
        copy_header=re.compile(r"%s(?:\s*:|(?<=\.)\s)" % alternation(_all(data, "letters", "copy_headers")), I),
        subject_marks=re.compile(r"(?:%s\s*:\s*)+" % alternation(_all(data, "letters", "subject_marks")), I),
        place_preposition=alternation(_all(data, "places", "prepositions")),
        on_behalf=alternation(_all(data, "participants", "on_behalf")),
        post_link=alternation(_all(data, "participants", "post_links")),
        represented_by=alternation(_all(data, "participants", "represented_by")),
        including_word=alternation(_all(data, "people", "including")),
        word_heading=re.compile(r"(?:%s)\s*([1-9])|(%s)" % (alternation(_all(data, "word_styles", "headings"), bounded=False),
                                                          alternation(_all(data, "word_styles", "titles"), bounded=False)), I),
        written_draft=alternation(_all(data, "written", "drafts")),
        word_list=re.compile(r"(?P<bullet>%s)|(?P<number>%s)" % (alternation(_all(data, "word_styles", "bullets"), bounded=False),
                                                                 alternation(_all(data, "word_styles", "numbers"), bounded=False)), I),
        polite=re.compile(alternation(_all(data, "letters", "polite")), I),
        contrast=re.compile(alternation(_all(data, "letters", "contrast")), I),
        additive=re.compile(alternation(_all(data, "letters", "additive")), I),
        request=re.compile(folded(alternation(_all(data, "letters", "requests"))), I),
        relative=re.compile(alternation(_all(data, "letters", "relatives")), I),
        opening_verb=alternation(_all(data, "letters", "opening_verbs")),  # lower case only (no re.I)
        # finite verbs are words as written, accents exact (Portuguese "é" is a verb, "e" is "and")
        sentence_verb=re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(v) for v in verbs), I),
        subject=re.compile(r"^%s(?!\s*:)" % alternation(_all(data, "sentences", "subjects")), I),
        numbered_law=re.compile(r"(?<!\w)%s\s+(?:%s\s*)?(\d[\d./\-]*\d|\d)(?!\w)" % (
            alternation(_all(data, "initiatives", "laws")),
            "(?:%s)" % "|".join(re.escape(m) for m in sorted(set(_all(data, "initiatives", "number_marks")), key=len, reverse=True))), I),
        initiative_word=re.compile(alternation(_all(data, "initiatives", "words")), I),
        initiative_trailing=alternation(_all(data, "initiatives", "trailing")),  # lower case only (no re.I)
        initiative_link=alternation(_all(data, "lists", "name_links") + _all(data, "initiatives", "title_links")),
        initiative_heads=frozenset(w for key in ("words", "trailing", "laws") for p in _all(data, "initiatives", key)
                                   for w in fold(p).split()),
        written_kind=kinds,
        we=re.compile(alternation(_all(data, "written", "we")), I),
        written_by=alternation(_all(data, "written", "by")),
        written_to=alternation(_all(data, "written", "to")),
        written_target=alternation(_all(data, "written", "targets")),
        written_title=re.compile(r"%s.{0,160}%s|%s.{0,160}%s" % (kinds, strategy, strategy, kinds), I),
        city_particle=alternation(_all(data, "places", "city_particles")),  # lower case only (no re.I)
        before_name=alternation(_all(data, "people", "before_name")),  # lower case only (no re.I)
        data=data,
    )


@functools.cache
def _load(folder: Path) -> Lexicon:
    return compile_lexicon(read_files(folder))


def load(folder: str | Path | None = None) -> Lexicon:
    """The compiled lexicon of ``folder`` (default: the one shipped here), compiled once per folder."""
    return _load(Path(folder).resolve() if folder is not None else HERE)
