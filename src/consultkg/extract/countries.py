"""Country and city names in every language of the lexicon, and the adjectives of donors.

Country names come from CLDR (Babel's ``Locale(lang).territories`` for each
shipped language) and ISO 3166 (pycountry); the short names people write,
the adjectives ("British", "canadense") and the cities as each language
writes them ("Brasília", "Díli") come from the lexicon files::

    >>> find_country("Lima, Perú")
    'Peru'
    >>> find_country("Embaixada do Reino dos Países Baixos no Brasil")
    'Netherlands'
    >>> country_of_adjective("British")
    'United Kingdom'
    >>> find_city("Reunião em Brasília, 6 de novembro")
    ('Brasília', 'Brazil')
"""
from __future__ import annotations

import functools
import gettext
import re

import pycountry
from babel import Locale

from ..lexicon import PLACE_PREPOSITION, CITIES, CITY_NAMES, COUNTRY_ADJECTIVES, COUNTRY_ALIASES, LANGUAGES, NOT_COUNTRIES
from ..text import cased, fold

# English display names where ISO's are awkward ("Korea, Republic of").
_DISPLAY = {
    "KR": "South Korea", "KP": "North Korea", "VN": "Vietnam", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela", "IR": "Iran",
    "RU": "Russia", "SY": "Syria", "LA": "Lao PDR", "MD": "Moldova", "TR": "Türkiye", "CI": "Côte d'Ivoire",
    "GB": "United Kingdom", "US": "United States", "PS": "West Bank and Gaza", "FM": "Micronesia",
    "KG": "Kyrgyz Republic", "CV": "Cabo Verde", "SZ": "Eswatini", "MK": "North Macedonia", "TW": "Taiwan",
}
# Other names people write for a country, and the adjectives of countries (folded -> alpha-2).
_ALIASES = COUNTRY_ALIASES
_ADJECTIVES = COUNTRY_ADJECTIVES


_fold = fold


def display_name(alpha2: str) -> str:
    """The English name consultkg labels a country with."""
    if alpha2 in _DISPLAY:
        return _DISPLAY[alpha2]
    c = pycountry.countries.get(alpha_2=alpha2)
    return getattr(c, "common_name", None) or c.name.split(",")[0]


@functools.cache
def _names() -> dict[str, str]:
    """Folded country name (CLDR in every lexicon language; ISO en, es, fr, official, common) -> alpha-2."""
    table: dict[str, str] = {}
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in ("es", "fr")]
    cldr = []
    for lang in LANGUAGES:
        try:
            cldr.append(Locale.parse(lang).territories)
        except (ValueError, LookupError):
            continue  # a language CLDR does not know
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name), display_name(c.alpha_2)}
        for t in translations:
            names |= {t.gettext(n) for n in list(names)}
        names |= {t[c.alpha_2] for t in cldr if c.alpha_2 in t}
        for n in sorted(names):
            for variant in sorted({n, n.split(",")[0], re.sub(r"\s*\(.*\)", "", n)}):
                key = _fold(variant)
                if len(key) > 3 and key not in NOT_COUNTRIES:
                    table.setdefault(key, c.alpha_2)
    table.update(_ALIASES)
    return table


@functools.cache
def _pattern() -> re.Pattern:
    names = sorted(_names(), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in names))


@functools.lru_cache(maxsize=1 << 14)
def find_country(text: str) -> str | None:
    """The English name of the first country named in ``text`` (longest name wins)."""
    hit = _pattern().search(_fold(text))
    return display_name(_names()[hit.group(0)]) if hit else None


def country_code(text: str) -> str | None:
    """The alpha-2 code of ``text`` when the whole of it is a country name."""
    return _names().get(_fold(text))


def country_of_adjective(word: str) -> str | None:
    """``"Swiss"`` -> ``"Switzerland"``; ``None`` for a word that is no country adjective."""
    code = _ADJECTIVES.get(_fold(word))
    return display_name(code) if code else None


def find_adjective_country(text: str) -> str | None:
    """The country whose adjective opens an organisation name ("Canadian Embassy ...")."""
    folded = _fold(text).split()
    for n in (2, 1):
        if len(folded) >= n:
            got = country_of_adjective(" ".join(folded[:n]))
            if got:
                return got
    # "Embajada Británica", "Ambassade de France": an adjective or a country later on
    for word in folded[1:4]:
        got = country_of_adjective(word)
        if got:
            return got
    return None


@functools.cache
def _city_pattern() -> re.Pattern:
    names = sorted(CITIES, key=lambda n: (-len(n), n))
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in names))


def find_city(text: str) -> tuple[str, str] | None:
    """(city as the lexicon writes it, English country name) of the first known city in ``text``."""
    hit = _city_pattern().search(_fold(text))
    if not hit:
        return None
    return CITY_NAMES[hit.group(0)], display_name(CITIES[hit.group(0)])


_AFTER_PLACE_WORD = re.compile(r"(?:^|[,;:(|\u2013\u2014]\s*|(?<!\w)(?:%s)\s+)$" % PLACE_PREPOSITION)  # "in ", "à ", ", "
_IN_A_NAME = re.compile(cased(r"[\p{Lu}][\w'’\-]*\s+$"))  # a capitalised word right before: a name goes on


def find_place_city(text: str, prose: bool = False) -> tuple[str, str] | None:
    """:func:`find_city`, but not a city that stands inside a run of capitalised words, where it is a
    surname or part of a name ("Tomás Echeverría Lagos"); in ``prose``, only a city after a preposition of
    place ("met in Nairobi", "à Dakar"), not one that qualifies a noun ("its Nairobi headquarters").

    >>> find_place_city("Panelist Tomás Echeverría Lagos Grupo Bimbo"), find_place_city("Venue: Lagos, Nigeria")
    (None, ('Lagos', 'Nigeria'))
    >>> find_place_city("Safaricom cut turnover at its Nairobi headquarters.", prose=True)
    >>> find_place_city("The team met in Nairobi with the ministry.", prose=True)
    ('Nairobi', 'Kenya')
    """
    folded = _fold(text)
    for hit in _city_pattern().finditer(folded):
        written = CITY_NAMES[hit.group(0)]
        at = re.search(r"(?<!\w)%s(?!\w)" % re.escape(written), text)
        if at is not None and (_IN_A_NAME.search(text[:at.start()])
                               or prose and not _AFTER_PLACE_WORD.search(text[:at.start()])):
            continue
        return written, display_name(CITIES[hit.group(0)])
    return None


def city_country(text: str) -> str | None:
    """The English name of the country of ``text`` when the whole of it is a known city."""
    code = CITIES.get(_fold(text))
    return display_name(code) if code else None
