"""Which language a record is written in, from the marker words of the lexicon files.

Each word scores for the languages whose file lists it as a marker, split
evenly when several do ("de" is Spanish, French and Portuguese at once, so it
decides nothing); a word ending the way a language's words end ("-ção",
"-ción") or holding its letters ("ã", "ñ") adds half a point::

    >>> detect("A reunião com as organizações da sociedade civil não foi adiada.")
    'pt'
    >>> detect("La reunión con las organizaciones de la sociedad civil no fue aplazada.")
    'es'
    >>> detect("")        # nothing to go on: English, the default
    'en'
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from ..lexicon import LANGUAGE_LETTERS, LANGUAGE_MARKERS, LANGUAGE_SUFFIXES
from ..model import Block

DEFAULT = "en"
_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Marker word -> ((language, weight), ...), weights of one word summing to 1."""
    owners: dict[str, list[str]] = {}
    for lang in sorted(LANGUAGE_MARKERS):
        for word in LANGUAGE_MARKERS[lang]:
            owners.setdefault(word, []).append(lang)
    return {w: tuple((lang, 1 / len(langs)) for lang in langs) for w, langs in owners.items()}


@functools.lru_cache(maxsize=1 << 15)
def _word_scores(word: str) -> tuple[tuple[str, float], ...]:
    """(language, points) one occurrence of a lower-case word earns."""
    points = dict(_weights().get(word, ()))
    if len(word) > 3:
        for lang in LANGUAGE_MARKERS:
            if word.endswith(LANGUAGE_SUFFIXES[lang] or ("\0",)) or any(c in word for c in LANGUAGE_LETTERS[lang]):
                points[lang] = points.get(lang, 0.0) + 0.5
    return tuple(sorted(points.items()))


def scores(words: Iterable[str]) -> dict[str, float]:
    """Language -> score of lower-case ``words``."""
    total = {lang: 0.0 for lang in sorted(LANGUAGE_MARKERS)}
    for word, n in Counter(words).items():
        for lang, w in _word_scores(word):
            total[lang] += w * n
    return total


def detect(text: str) -> str:
    """The language code of ``text``; :data:`DEFAULT` when no marker decides (ties go alphabetically)."""
    got = scores(_WORD.findall(text.lower()))
    best = max(got.values(), default=0.0)
    if best <= 0:
        return DEFAULT
    return min(lang for lang, s in got.items() if s == best)


def detect_language(lines: list[Block]) -> str:
    """The language of a record's blocks (see :func:`detect`)."""
    text, size = [], 0
    for ln in lines:  # the first 4,000 characters tell the language as well as the whole record
        text.append(ln.text)
        size += len(ln.text)
        if size > 4000:
            break
    return detect("\n".join(text))
