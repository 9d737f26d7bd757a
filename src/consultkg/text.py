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


def _ranges(test) -> str:
    """The characters of the Basic Multilingual Plane that pass ``test``, as the inside of a regex class."""
    out, start, prev = [], None, None
    for code in range(0x10000):
        if test(chr(code)):
            if start is None:
                start = code
            prev = code
        elif start is not None:
            out.append(re.escape(chr(start)) + ("" if prev == start else "-" + re.escape(chr(prev))))
            start = None
    return "".join(out)


#: The inside of a regex class of every upper-case (and title-case) letter, and of every lower-case
#: letter, in any script with case: what ``\p{Lu}`` and ``\p{Ll}`` stand for in :func:`cased`.
UPPER = _ranges(lambda c: unicodedata.category(c) in ("Lu", "Lt"))
LOWER = _ranges(lambda c: unicodedata.category(c) == "Ll")


def cased(pattern: str) -> str:
    r"""``pattern`` with ``\p{Lu}`` and ``\p{Ll}`` (upper- and lower-case letters, any script, as the
    ``regex`` module writes them) spelt for :mod:`re`: capital-letter tests that are no Latin-only
    ``[A-Z]``. Write them inside a class: ``[\p{Lu}]``, ``[\p{Lu}0-9]``.

    >>> bool(re.fullmatch(cased(r"[\p{Lu}][\p{Ll}]+"), "Ωμέγα")), bool(re.fullmatch(cased(r"[\p{Lu}]\w+"), "élan"))
    (True, False)
    """
    return pattern.replace(r"\p{Lu}", UPPER).replace(r"\p{Ll}", LOWER)


#: a short label and its colon opening a line ("Who attended: …", "Matin : …"); group 1 the label
RUN_IN_LABEL = re.compile(r"^\s*([^\W\d_][^:;.]{0,40}?)\s?:\s+(?=\S)")


def run_in_label(text: str, max_words: int) -> re.Match | None:
    """The label a line opens with, when it has at most ``max_words`` words.

    >>> run_in_label("Matin : Ministère de l'Économie", 3).group(1), run_in_label("A long sentence: yes", 2)
    ('Matin', None)
    """
    m = RUN_IN_LABEL.match(text)
    return m if m and len(m.group(1).split()) <= max_words else None


#: a clock time (or a span of two) opening a line, before a dash or a colon: "10:00 — ", "9h30-11h00 : ", "14.30 | "
CLOCK_LEAD = re.compile(r"^\s*\d{1,2}\s?[:.h]\s?\d{2}(?:\s*[-\u2013\u2014/]\s*\d{1,2}\s?[:.h]\s?\d{2})?"
                        r"\s*[-\u2013\u2014:|]\s+(?=\S)")


def clock_lead(text: str) -> re.Match | None:
    """The clock time a line opens with, as a run-in head ("15:30 — Groupe thématique Genre ...").

    >>> clock_lead("15:30 — Groupe thématique").end(), clock_lead("9h30-11h00 : Atelier").end()
    (8, 13)
    >>> clock_lead("2. Ministère"), clock_lead("2023 — Rapport")
    (None, None)
    """
    return CLOCK_LEAD.match(text)


#: a list marker opening a line: "2. ", "IV. ", "b) "
LIST_MARKER = re.compile(cased(r"^(?:\d{1,2}|[IVXLC]{1,5}|[\p{Lu}\p{Ll}])[.)]\s+(?=\S)"))


def ends_sentence(word: str) -> bool:
    """A stop after ``word`` ends a sentence, not an abbreviation ("Sra.", "Lic.", "M.Sc.", "Dr.").

    >>> ends_sentence("Honduras"), ends_sentence("(AGG)"), ends_sentence("Sra"), ends_sentence("M.Sc")
    (True, True, False, False)
    >>> ends_sentence("AGPO"), ends_sentence("J"), ends_sentence("[M")
    (True, False, False)
    """
    word = word.lstrip("([{\"'«“‘")  # "[M." opens a bracket on an abbreviation
    short = word[:1].isupper() and len(word) <= 5 and not (len(word) > 1 and word.isupper())  # "AGPO." ends one
    return "." not in word and not short and word.rstrip(")]\"'”’»")[-1:].isalnum()


_STOP = re.compile(r"(\S+?)[.!?]+[\"'”’»)\]]*\s+(?=\S)")


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text``, each with the index it starts at: a stop ends one when it follows no
    abbreviation (:func:`ends_sentence`) and no lower-case word follows it.

    >>> sentences("Mme Sarr a parlé. Le Dr. Ba aussi, p. ex. ici! Fin")
    [(0, 'Mme Sarr a parlé.'), (18, 'Le Dr. Ba aussi, p. ex. ici!'), (47, 'Fin')]
    """
    out, start = [], 0
    for m in _STOP.finditer(text):
        if ends_sentence(m.group(1)) and not text[m.end()].islower():
            out.append((start, text[start:m.end()].rstrip()))
            start = m.end()
    if text[start:].strip():
        out.append((start, text[start:].rstrip()))
    return out


def strip_accents(text: str) -> str:
    """The text with its combining marks removed (NFKD), case and punctuation kept.

    >>> strip_accents("Réunion à Brasília")
    'Reunion a Brasilia'
    """
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(_MARKS)


class _Marks(dict):
    """``str.translate`` table dropping combining marks, filled as characters are first met."""

    def __missing__(self, code: int) -> int | None:
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_MARKS = _Marks()


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


def is_capitals(text: str) -> bool:
    """Written in capitals (any script with case): "VISÃO GERAL DA MISSÃO".

    >>> is_capitals("VISÃO GERAL DA MISSÃO"), is_capitals("UNDP"), is_capitals("Visão geral")
    (True, False, False)
    """
    upper, lower = sum(map(str.isupper, text)), sum(map(str.islower, text))  # letters with case, any script
    return upper + lower >= 6 and upper >= 0.9 * (upper + lower) and len(text.split()) >= 2


#: Characters the readers drop from every block (``str.translate`` table): soft hyphen, zero-width space,
#: non-joiner and joiner, word joiner, a byte-order mark inside the text. Labels drop every format
#: character besides (:func:`visible`); the evidence keeps the rest as the file has them.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def visible(text: str) -> str:
    """``text`` without the invisible format characters (Unicode category Cf) that change how it is shown:
    bidi overrides and isolates, zero-width spaces and joiners, soft hyphens, a stray byte-order mark. A label
    holding U+202E ("United Nations \u202eFund for Women") is otherwise shown reversed on a page.

    >>> visible("United Nations \u202eFund for Women\u202c"), visible("Wo\u200bmen\u00ad")
    ('United Nations Fund for Women', 'Women')
    """
    return "".join(c for c in text if unicodedata.category(c) != "Cf") if not text.isascii() else text

