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


def scores(words: Iterable[str]) -> dict[str, float]:
    """Language -> score of lower-case ``words``."""
    weights = _weights()
    counts = Counter(words)
    total = {lang: 0.0 for lang in sorted(LANGUAGE_MARKERS)}
    for word, n in counts.items():
        for lang, w in _word_score(word, weights.get(word, ())):
            total[lang] += w * n
    return total


@functools.lru_cache(maxsize=1 << 16)
def _word_score(word: str, marks: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
    """What one occurrence of ``word`` adds to each language: its marker weight, and 0.5 for a typical
    ending or letter."""
    out = list(marks)
    if len(word) > 3:
        for lang in sorted(LANGUAGE_MARKERS):
            if any(word.endswith(s) for s in LANGUAGE_SUFFIXES[lang]) or any(c in word for c in LANGUAGE_LETTERS[lang]):
                out.append((lang, 0.5))
    return tuple(out)


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
