"""Names of people and organisations: honorifics, acronyms, clean labels.

    >>> split_honorific("Hon. Dr. Jane Achieng")
    ('Hon. Dr.', 'Jane Achieng')
    >>> split_acronym("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH")
    ('Deutsche Gesellschaft für Internationale Zusammenarbeit GmbH', 'GIZ')
    >>> slug("Ministerio de la Mujer (MIMP)")
    'ministerio-de-la-mujer-mimp'
"""
from __future__ import annotations

import re

from ..lexicon import HONORIFICS, ORG_WORDS  # noqa: F401  (the word lists live in the lexicon files)
from ..text import clean_label, fold, slug, split_top  # noqa: F401  (re-exported for the extractors)

_HON_RX = re.compile(
    r"^\s*((?:(?:%s)(?=\s)\s*)+)" % "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
)
# An acronym: mostly capitals, may hold digits, "&", "-", "/" and a few lower-case letters (ONUSIDA, UN-Habitat, GenDev).
_ACRONYM = r"(?:[A-Z]{2,}[ -][A-Z][a-z]+|[A-Z][A-Za-z0-9&./\-]{1,15})"
_ACR_RX = re.compile(r"\s*\((%s)\)" % _ACRONYM)


def is_acronym(token: str) -> bool:
    """True for tokens such as "UNDP", "ONUSIDA", "UN-Habitat" (at least two capitals)."""
    return bool(re.fullmatch(_ACRONYM, token)) and sum(c.isupper() for c in token) >= 2 and len(token) <= 16


def split_honorific(text: str) -> tuple[str | None, str]:
    """Split leading honorifics (one or several) from a name."""
    m = _HON_RX.match(text)
    if not m:
        return None, text.strip()
    rest = text[m.end():].strip()
    if not rest or not rest[0].isupper():
        return None, text.strip()
    return " ".join(m.group(1).split()), rest


def has_honorific(text: str) -> bool:
    return split_honorific(text)[0] is not None


def split_acronym(text: str) -> tuple[str, str | None]:
    """Remove the first parenthesised acronym from a name, wherever it stands."""
    for m in _ACR_RX.finditer(text):
        if is_acronym(m.group(1)):
            label = (text[: m.start()] + text[m.end():]).strip()
            return clean_label(label), m.group(1)
    return clean_label(text), None














def looks_like_person_name(text: str) -> bool:
    """Two to five capitalised words and no organisation words: "Fanny Esther Montellanos Carbajal"."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    lowers = {"de", "del", "la", "da", "van", "von", "der", "y", "el", "bin", "ben", "le", "du", "dos", "das"}
    if any(w.lower() in ORG_WORDS for w in words):
        return False
    return all(w[0].isupper() or w.lower() in lowers for w in words) and sum(w[0].isupper() for w in words) >= 2
