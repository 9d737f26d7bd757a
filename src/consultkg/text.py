"""The text primitives every stage shares: one fold, one slug, one label cleaner.

    >>> fold("Perú") == fold("PERU")
    True
    >>> slug("Ministerio de la Mujer (MIMP)")
    'ministerio-de-la-mujer-mimp'
    >>> slug("Міністерство соціальної політики")  # transliterated, never collapsed to one IRI
    'ministerstvo-sotsialnoi-politiki'
    >>> split_top("UN Women, United Nations Educational, Scientific (UNESCO (Paris))")
    ['UN Women', 'United Nations Educational', 'Scientific (UNESCO (Paris))']
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from anyascii import anyascii

_NON_WORD = re.compile(r"[^\w]+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Ltd|Corp|Co|Bros)\.)$")


def strip_accents(text: str) -> str:
    """The text with its combining marks removed (NFKD), case and punctuation kept.

    >>> strip_accents("Réunion à Brasília")
    'Reunion a Brasilia'
    """
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive matching key: letters and digits, single spaces.

    ``&`` reads as "and"; curly apostrophes are straight ones before they go.

    >>> fold("  L’Équipe & Co. ")
    'l equipe and co'
    """
    text = strip_accents(text).casefold()
    text = text.replace("&", " and ").replace("’", "'")
    return _NON_WORD.sub(" ", text).strip()


def slug(text: str, max_len: int = 80) -> str:
    """A stable IRI segment from a name: transliterated, folded, hyphenated, at most ``max_len`` characters.

    A name with no letter or digit in any script gets a short hash of itself, so
    two different names never share a slug by being empty.

    >>> slug("北京大学")
    'beijingdaxue'
    >>> slug("!!!") != slug("???")
    True
    """
    s = anyascii(unicodedata.normalize("NFC", text)).lower().replace("'", "")
    s = _NON_SLUG.sub("-", s).strip("-")
    if len(s) > max_len:
        s = s[:max_len].rsplit("-", 1)[0]
    return s or "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


@functools.lru_cache(maxsize=1 << 15)
def clean_label(text: str) -> str:
    """Trim list punctuation, quotes, a leading conjunction or article, and stray spaces.

    >>> clean_label(" and the Red Cross;"), clean_label("Banco de Poupança, S.A."), clean_label("Acme, Inc.")
    ('Red Cross', 'Banco de Poupança, S.A.', 'Acme, Inc.')
    """
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r"^(?:and|y|et|e)\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:the|la|le|el|les|los|las|o|a|os|as)\s+(?=[A-Z])|^[ld]['’](?=[A-ZÀ-Ý])", "", text)
    kept = _ABBREVIATION_END.search(text)  # "..., Inc." and "S.A." keep their final dot
    text = text.strip(" \t;,.:–-\"“”'")
    return text + "." if kept and not text.endswith(".") else text


@functools.lru_cache(maxsize=1 << 16)
def split_top(text: str, seps: str = ",") -> list[str]:
    """Split on any of ``seps`` outside parentheses and brackets, trimming the parts."""
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += ch in "(["
        depth -= ch in ")]" and depth > 0
        if ch in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]
