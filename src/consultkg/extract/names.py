"""Names of people and organisations: honorifics, acronyms, clean labels.

    >>> split_honorific("Hon. Dr. Jane Achieng")
    ('Hon. Dr.', 'Jane Achieng')
    >>> split_acronym("Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH")
    ('Deutsche Gesellschaft für Internationale Zusammenarbeit GmbH', 'GIZ')
    >>> slug("Ministerio de la Mujer (MIMP)")
    'ministerio-de-la-mujer-mimp'
"""
from __future__ import annotations

import functools
import re

# the word lists live in the lexicon files
from ..lexicon import (ARTICLE, HONORIFICS, LEGAL_SUFFIX, LIST_JOINER, NAME_ELISION, NAME_LINK,  # noqa: F401
                       NAME_PARTICLES, ORG_WORDS, TITLE_WORDS)
from ..text import cased, fold, slug, split_top, visible  # noqa: F401  (re-exported for the extractors)

_HON_RX = re.compile(
    r"^\s*((?:(?:%s)(?=\s)\s*)+)" % "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
)
# An acronym: mostly capitals, may hold digits, "&", "-", "/" and a few lower-case letters (ONUSIDA, UN-Habitat, GenDev).
ACRONYM = cased(r"(?:[\p{Lu}]{2,}-[\p{Lu}][\p{Ll}]+|[\p{Lu}][\p{Lu}\p{Ll}0-9&./\-]{1,15}|\d[\p{Lu}][\p{Lu}\p{Ll}]{0,5})")
_ACR_RX = re.compile(r"\s*\((%s)\)" % ACRONYM)
_WORD = re.compile(cased(r"[\p{Lu}][\p{Ll}]{2,}"))  # a capitalised word, part of a hyphenated one
_SHORT_NAME_RX = re.compile(cased(r"\s*\(([\p{Lu}]{2,} [\p{Lu}][\p{Ll}]+)\)"))
_WORD_IN_BRACKETS = re.compile(cased(r"\s*\(([\p{Lu}][\p{Ll}]{2,11})\)"))
_ALIAS_RX = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<alias>[^()]*\s[^()]*)\)\s*$")


_SPACES = re.compile(r"\s+")
_LEADING_JOINER = re.compile(r"^(?:%s)\s+" % LIST_JOINER, re.I)
_LEADING_ARTICLE = re.compile(cased(r"^(?:%s)\s+(?=[\p{Lu}])|^(?:%s)(?=[\p{Lu}])" % (ARTICLE, NAME_ELISION)))
# "..., Inc." and "S.A." keep their final dot: initials, or a legal suffix of the lexicon
_ABBREVIATION_END = re.compile(cased(r"(?:\b(?:[\p{Lu}]\.){2,}|(?<!\w)(?:%s))$" % LEGAL_SUFFIX.pattern), re.I)


@functools.lru_cache(maxsize=1 << 15)
def clean_label(text: str) -> str:
    """Trim list punctuation, quotes, a leading conjunction or article, and stray spaces.

    >>> clean_label(" and the Red Cross;"), clean_label("Banco de Poupança, S.A."), clean_label("Acme, Inc.")
    ('Red Cross', 'Banco de Poupança, S.A.', 'Acme, Inc.')
    >>> clean_label("Safaricom PLC"), clean_label("Safaricom PLC."), clean_label("Wave Mobile Money]")
    ('Safaricom PLC', 'Safaricom PLC.', 'Wave Mobile Money')
    """
    text = _SPACES.sub(" ", visible(text)).strip()  # no bidi override or zero-width character in a label
    text = _LEADING_JOINER.sub("", text)
    text = _LEADING_ARTICLE.sub("", text)
    end = _ABBREVIATION_END.search(text)
    kept = end and end.group(0).endswith(".") and sum(c.isalpha() for c in end.group(0)) <= 4  # "Inc.", "S.A.",
    # not "Limited.", nor a dot "PLC" never had
    text = text.strip(" \t;,.:–-\"“”'")
    while text and text[-1] in ")]" and text.count(text[-1]) > text.count("(" if text[-1] == ")" else "["):
        text = text[:-1].rstrip(" \t;,.:")  # "... Wave Mobile Money]": the bracket a list in brackets closes
    return text + "." if kept and not text.endswith(".") else text


def is_acronym(token: str) -> bool:
    """True for tokens such as "UNDP", "ONUSIDA", "UN-Habitat" (at least two capitals), "4Ps" (a digit and a capital);
    not for capitalised words joined by hyphens ("Diretora-Geral", "Timor-Leste").

    >>> is_acronym("UN-Habitat"), is_acronym("GenDev"), is_acronym("Diretora-Geral"), is_acronym("Vice-President")
    (True, True, False, False)
    """
    capitals = sum(c.isupper() for c in token) + (token[:1].isdigit())
    if "-" in token and all(_WORD.fullmatch(piece) for piece in token.split("-")):
        return False
    return bool(re.fullmatch(ACRONYM, token)) and capitals >= 2 and len(token) <= 16


@functools.lru_cache(maxsize=1 << 15)
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


@functools.lru_cache(maxsize=1 << 15)
def split_acronym(text: str) -> tuple[str, str | None]:
    """Remove the first parenthesised acronym from a name, wherever it stands.

    An acronym is mostly capitals ("UNDP", "UN-Habitat"), or one capitalised
    word whose letters start the words of the name ("Norwegian Agency for
    Development Cooperation (Norad)"):

    >>> split_acronym("Norwegian Agency for Development Cooperation (Norad)")
    ('Norwegian Agency for Development Cooperation', 'Norad')
    >>> split_acronym("Hope for Tomorrow (Kenya)")
    ('Hope for Tomorrow (Kenya)', None)
    """
    for m in _ACR_RX.finditer(text):
        if is_acronym(m.group(1)):
            label = (text[: m.start()] + text[m.end():]).strip()
            return clean_label(label), m.group(1)
    for m in _SHORT_NAME_RX.finditer(text):  # "(UN Women)": the short name, when its letters start the name's words
        label = (text[: m.start()] + text[m.end():]).strip()
        if acronym_fits(label, m.group(1)):
            return clean_label(label), m.group(1)
    for m in _WORD_IN_BRACKETS.finditer(text):
        label = (text[: m.start()] + text[m.end():]).strip()
        if acronym_fits(label, m.group(1)):
            return clean_label(label), m.group(1)
    return clean_label(text), None


@functools.lru_cache(maxsize=1 << 15)
def split_alias(text: str) -> tuple[str, str | None]:
    """A name with another name in brackets: ``("ONU Mulheres", "UN Women")``; else ``(text, None)``.

    >>> split_alias("ONU Mulheres (UN Women)")
    ('ONU Mulheres', 'UN Women')
    >>> split_alias("Red de Mujeres (REDM)")
    ('Red de Mujeres (REDM)', None)
    """
    m = _ALIAS_RX.match(text)
    if not m or len(m.group("alias").split()) > 8:
        return text, None
    return clean_label(m.group("name")), clean_label(m.group("alias"))


_MAX_NAME_WORDS = 40


@functools.lru_cache(maxsize=1 << 15)
def acronym_fits(name: str, acronym: str) -> bool:
    """Whether the acronym's letters can be read off the starts of the name's words, in order.

    >>> acronym_fits("Asociación Nacional de Mujeres Campesinas, Negras e Indígenas de Colombia", "ANMUCIC")
    True
    >>> acronym_fits("Songtaba", "NETRIGHT")
    False
    """
    letters = [c for c in fold(acronym) if c.isalpha()]
    words = [w for w in fold(name).split() if w.isalpha()]
    if not letters or not words or len(words) > _MAX_NAME_WORDS or letters[0] != words[0][0] \
            and not any(w[0] == letters[0] for w in words):
        return False  # a paragraph is no name (and would cost letters × words steps)

    @functools.lru_cache(maxsize=None)
    def go(i: int, j: int) -> bool:
        if i == len(letters):
            return True
        if j == len(words):
            return False
        word = words[j]
        k = 0
        while k < len(word) and i + k < len(letters) and word[k] == letters[i + k]:
            k += 1
            if go(i + k, j + 1):
                return True
        return go(i, j + 1)

    return go(0, 0)


@functools.lru_cache(maxsize=1 << 15)
def looks_like_person_name(text: str) -> bool:
    """Two to five capitalised words and no organisation words: "Fanny Esther Montellanos Carbajal"."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    if any(fold(w) in ORG_WORDS for w in words):
        return False
    return all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words) and sum(w[0].isupper() for w in words) >= 2


_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
_SMALL_WORD = re.compile(r"(?:%s|%s)" % (NAME_LINK, ARTICLE), re.I)
_ELIDED = re.compile(r"^(?:%s)" % NAME_ELISION, re.I)


def spelled_from(text: str, end: int, acronym: str) -> int | None:
    """Where the name that ``acronym`` spells begins, reading back from ``end`` (just before its
    bracket): each letter, last first, is the initial of a word, capitalised or not ("Observatoire
    national de la Parité (ONP)"); small linking words and one other word at a time ("générale") are
    passed over. None unless every letter is spelled and the first word is capitalised.

    >>> text = "puis l'Agence nationale de la Statistique et de la Démographie (ANSD)"
    >>> text[spelled_from(text, text.index(" ("), "ANSD"):text.index(" (")]
    'Agence nationale de la Statistique et de la Démographie'
    >>> spelled_from("les Centres (CeCAGe)", 11, "CeCAGe") is None
    True
    >>> text = "con el Comité Coordinador de Asociaciones Comerciales, Industriales y Financieras (CACIF)"
    >>> text[spelled_from(text, text.index(" ("), "CACIF"):text.index(" (")].split()[:2]
    ['Comité', 'Coordinador']
    """
    letters = [c for c in fold(acronym) if c.isalpha()]
    if len(letters) < 2:
        return None
    start, skipped = None, 0
    for w in reversed(list(_TOKEN.finditer(text, 0, end))):
        core = _ELIDED.sub("", w.group(0)) or w.group(0)
        if letters and fold(core)[:1] == letters[-1]:
            letters.pop()
            start, skipped = w.start() + len(w.group(0)) - len(core), 0
            if not letters:
                break
        elif _SMALL_WORD.fullmatch(w.group(0)):
            continue
        else:
            skipped += 1
            if skipped > 1:
                return None
    if letters or start is None or not text[start].isupper():
        return None
    head = re.search(r"(?<![\w'’])([^\W\d_][\w'’\-]*)\s+$", text[:start])  # "Comité Coordinador de Asociaciones
    if head and head.group(1)[0].isupper() and head.group(1).lower() in ORG_WORDS:  # ... (CACIF)": the head noun the
        return head.start(1)  # acronym leaves out is the name's
    return start
