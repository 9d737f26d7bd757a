"""Dates and date ranges as consultation records write them, in every language of the lexicon.

    >>> find_dates("December 4-7, 2023")
    DateRange(start='2023-12-04', end='2023-12-07', text='December 4-7, 2023')
    >>> find_dates("13-15 novembre 2023").start
    '2023-11-13'
    >>> find_dates("6 a 9 de novembro de 2023").end
    '2023-11-09'
    >>> find_dates("30 December 2023 – 2 January 2024")[:2]
    ('2023-12-30', '2024-01-02')
    >>> find_dates("November 2023")
    DateRange(start='2023-11-01', end='2023-11-30', text='November 2023')

A month-only date spans the month: its first to its last day. Month names come
from the lexicon (CLDR via Babel); the words between a range's ends ("to",
"al", "au", "a") and before a month or year ("de") from its files.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from ..lexicon import DATE_OF_WORDS, DATE_RANGE_WORDS, MONTHS
from ..text import strip_accents


class DateRange(NamedTuple):
    start: str
    end: str
    text: str  # the words as written


def _fold(s: str) -> str:
    """Accents and case off, as :func:`consultkg.text.strip_accents` and ``str.lower`` give them (a month's name is
    matched letter for letter)."""
    return strip_accents(s).lower()


_MONTH_WORDS = sorted({_fold(m) for m in MONTHS}, key=lambda w: (-len(w), w))
_M = r"(?P<{}>" + "|".join(_MONTH_WORDS) + r")\.?"
_D = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th|er|º|°|o)?"
_Y = r"(?P<{}>(?:19|20)\d\d)"
_SEP = r"\s*(?:-|" + "|".join(re.escape(w) for w in DATE_RANGE_WORDS) + r")\s*"
_DE = r"(?:\s+(?:" + "|".join(re.escape(w) for w in DATE_OF_WORDS) + r"))?"
_Y1 = r"(?:" + _DE + r",?\s+" + _Y.format("y1") + r")?"  # the first end's own year, when it differs

# Most specific first; all written against folded text (lower case, no accents,
# dashes made "-").
_PATTERNS = [
    # 30 november - 2 december 2023 / 30 de noviembre al 2 de diciembre de 2023 / 30 december 2023 - 2 january 2024
    _D.format("d1") + _DE + r"\s+" + _M.format("m1") + _Y1 + _SEP + _D.format("d2") + _DE + r"\s+" + _M.format("m2")
    + _DE + r",?\s+" + _Y.format("y"),
    # november 30 - december 2, 2023 / december 30, 2023 - january 2, 2024
    _M.format("m1") + r"\s+" + _D.format("d1") + r"(?:,?\s+" + _Y.format("y1") + r")?" + _SEP + _M.format("m2")
    + r"\s+" + _D.format("d2") + r",?\s+" + _Y.format("y"),
    # 4-7 december 2023 / 6 al 9 de marzo de 2023 / 13-15 novembre 2023 / 6 a 9 de novembro de 2023
    _D.format("d1") + _SEP + _D.format("d2") + _DE + r"\s+" + _M.format("m1") + _DE + r",?\s+" + _Y.format("y"),
    # december 4-7, 2023
    _M.format("m1") + r"\s+" + _D.format("d1") + _SEP + _D.format("d2") + r",?\s+" + _Y.format("y"),
    # 20 april 2023 / 20 de abril de 2023
    _D.format("d1") + _DE + r"\s+" + _M.format("m1") + _DE + r",?\s+" + _Y.format("y"),
    # april 20, 2023
    _M.format("m1") + r"\s+" + _D.format("d1") + r",?\s+" + _Y.format("y"),
    # 2023-04-20
    r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)",
    # november 2023 / noviembre de 2023 / novembro de 2023
    _M.format("m1") + _DE + r",?\s+" + _Y.format("y"),
]
_COMPILED = [re.compile(r"(?<![\w])" + p + r"(?![\w])") for p in _PATTERNS]
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _month(word: str | None) -> int | None:
    if word is None:
        return None
    return MONTHS.get(word) or next((v for k, v in MONTHS.items() if _fold(k) == word), None)


def _iso(y: int, m: int, d: int | None, last: bool = False) -> str | None:
    if d is None:  # month only: its first (or last) day
        d = calendar.monthrange(y, m)[1] if last else 1
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _prepare(text: str) -> str:
    """Fold case and accents, unify dashes; keep the length so spans map back."""
    folded = _fold(text)
    if len(folded) != len(text):  # a character decomposed into several: fall back per char
        folded = "".join(_fold(c)[:1] or " " for c in text)
    return re.sub(r"[\u2010-\u2015\u2212]", "-", folded)


def find_dates(text: str) -> DateRange | None:
    """The first date or date range in ``text``, or ``None``."""
    prepared = _prepare(text)
    if not _A_YEAR.search(prepared):
        return None  # every form above names its year
    best: tuple[int, int, DateRange] | None = None
    invalid: list[tuple[int, int]] = []  # spans a more specific form read as no real date ("31 February")
    for rank, rx in enumerate(_COMPILED):
        for m in rx.finditer(prepared):
            if any(m.start() < e and s < m.end() for s, e in invalid):
                continue  # never a lesser reading of text that is an impossible date
            got = _from_match(m)
            if got is None:
                invalid.append(m.span())
                continue
            start, end = got
            cand = (m.start(), rank, DateRange(start, end, text[m.start():m.end()].strip()))
            if best is None or cand[:2] < best[:2]:
                best = cand
            break
    return best[2] if best else None


def _from_match(m: re.Match) -> tuple[str, str] | None:
    g = m.groupdict()
    if g.get("iy"):
        iso = _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
        return (iso, iso) if iso else None
    y = int(g["y"])
    m1 = _month(g.get("m1"))
    m2 = _month(g.get("m2")) or m1
    d1 = int(g["d1"]) if g.get("d1") else None
    d2 = int(g["d2"]) if g.get("d2") else d1
    if m1 is None:
        return None
    if g.get("y1"):  # "30 December 2023 – 2 January 2024"
        y1 = int(g["y1"])
    else:
        y1 = y - 1 if m2 is not None and m2 < m1 else y  # "30 December - 2 January 2024"
    start, end = _iso(y1, m1, d1), _iso(y, m2, d2, last=True)
    if not start or not end or start > end:
        return None
    return start, end


def precision(start: str, end: str) -> int:
    """How closely a date is given: 0 a month (or more), 1 a day, 2 a run of days.

    >>> precision("2023-11-01", "2023-11-30"), precision("2023-11-28", "2023-11-28"), precision("2023-09-11", "2023-09-14")
    (0, 1, 2)
    """
    if start == end:
        return 1
    y, m, d = map(int, start.split("-"))
    whole_month = d == 1 and end == f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    return 0 if whole_month or start[:7] != end[:7] and start.endswith("-01") else 2


def sharpest(texts: list[str]) -> DateRange | None:
    """The date ``texts`` give most closely (a run of days before a day, a day before a month), the first of
    those: a note's issue ("Numéro spécial · Décembre 2023") or its own date ("Date : 20 septembre 2023")
    yields to the days the consultation took ("du 28 novembre 2023", "11-14 septembre 2023")."""
    found = [d for d in map(find_dates, texts) if d]
    return max(found, key=lambda d: precision(d.start, d.end), default=None)

