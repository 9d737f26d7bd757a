"""Country names in English, Spanish and French, and the adjectives of donors.

Built from pycountry (ISO 3166 names and their translations) plus the short
names people write::

    >>> find_country("Lima, Perú")
    'Peru'
    >>> country_of_adjective("British")
    'United Kingdom'
"""
from __future__ import annotations

import functools
import gettext
import re

import pycountry

from ..text import fold

# English display names where ISO's are awkward ("Korea, Republic of").
_DISPLAY = {
    "KR": "South Korea", "KP": "North Korea", "VN": "Vietnam", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela", "IR": "Iran",
    "RU": "Russia", "SY": "Syria", "LA": "Lao PDR", "MD": "Moldova", "TR": "Türkiye", "CI": "Côte d'Ivoire",
    "GB": "United Kingdom", "US": "United States", "PS": "West Bank and Gaza", "FM": "Micronesia",
    "KG": "Kyrgyz Republic", "CV": "Cabo Verde", "SZ": "Eswatini", "MK": "North Macedonia", "TW": "Taiwan",
}
# Other names people write for a country (folded, see _fold), mapped to alpha-2 codes.
_ALIASES = {
    "uk": "GB", "great britain": "GB", "britain": "GB", "usa": "US", "united states of america": "US",
    "us": "US", "estados unidos": "US", "etats unis": "US", "reino unido": "GB", "royaume uni": "GB",
    "drc": "CD", "rdc": "CD", "congo": "CG", "ivory coast": "CI", "cote d ivoire": "CI",
    "korea": "KR", "republic of korea": "KR", "coree": "KR", "corea": "KR", "turkey": "TR", "turquie": "TR",
    "kyrgyzstan": "KG", "lao": "LA", "laos": "LA", "the gambia": "GM", "gambia": "GM", "swaziland": "SZ",
    "cape verde": "CV", "burma": "MM", "east timor": "TL", "timor leste": "TL", "palestine": "PS",
    "west bank and gaza": "PS", "peru": "PE", "mexico": "MX", "haiti": "HT", "senegal": "SN",
}
# Adjectives used in names such as "British Embassy" or "Swiss Agency ...".
_ADJECTIVES = {
    "british": "GB", "canadian": "CA", "french": "FR", "german": "DE", "swiss": "CH", "spanish": "ES",
    "italian": "IT", "dutch": "NL", "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI",
    "irish": "IE", "japanese": "JP", "korean": "KR", "australian": "AU", "american": "US", "chinese": "CN",
    "indian": "IN", "belgian": "BE", "austrian": "AT", "mexican": "MX", "brazilian": "BR", "chilean": "CL",
    "colombian": "CO", "argentine": "AR", "argentinian": "AR", "portuguese": "PT", "turkish": "TR",
    "new zealand": "NZ", "icelandic": "IS", "luxembourg": "LU", "polish": "PL", "czech": "CZ",
    "israeli": "IL", "saudi": "SA", "emirati": "AE", "qatari": "QA", "kuwaiti": "KW", "peruvian": "PE",
    "britanica": "GB", "canadiense": "CA", "francesa": "FR", "alemana": "DE", "suiza": "CH",
    "espanola": "ES", "sueca": "SE", "noruega": "NO", "japonesa": "JP", "britannique": "GB",
    "canadienne": "CA", "allemande": "DE", "suisse": "CH", "espagnole": "ES", "americaine": "US",
}


_fold = fold


def display_name(alpha2: str) -> str:
    """The English name consultkg labels a country with."""
    if alpha2 in _DISPLAY:
        return _DISPLAY[alpha2]
    c = pycountry.countries.get(alpha_2=alpha2)
    return getattr(c, "common_name", None) or c.name.split(",")[0]


@functools.cache
def _names() -> dict[str, str]:
    """Folded country name (en, es, fr, official, common) -> alpha-2."""
    table: dict[str, str] = {}
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                    for lang in ("es", "fr")]
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name), display_name(c.alpha_2)}
        for t in translations:
            names |= {t.gettext(n) for n in list(names)}
        for n in names:
            for variant in {n, n.split(",")[0], re.sub(r"\s*\(.*\)", "", n)}:
                key = _fold(variant)
                if len(key) > 3:
                    table.setdefault(key, c.alpha_2)
    table.update(_ALIASES)
    return table


@functools.cache
def _pattern() -> re.Pattern:
    names = sorted(_names(), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in names))


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
