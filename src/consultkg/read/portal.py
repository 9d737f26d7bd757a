"""Records that a document portal published as one very long line, split into their logical lines.

This is the one place where flattened records are taken apart: sections,
bullets, numbered points, participant labels, meeting headings, hashtags,
labelled fields ("Date:", "Lugar:"), salutations, closings and a written
input's opening sentence. Every word it knows comes from the lexicon::

    >>> split_long_line("MEETING TAKEAWAYS Notes: Meeting 1 with Farmers Participants: "
    ...                 "\u2022 Farmers' union \u2022 The participants welcomed it." + " " * 300)
    ['MEETING TAKEAWAYS', 'Notes:', 'Meeting 1 with Farmers', 'Participants:', "\u2022 Farmers' union", '\u2022 The participants welcomed it.']
"""
from __future__ import annotations

import bisect
import re

from ..text import cased, ends_sentence, fold
from ..lexicon import (PAGE_OF, PAGE_WORD, WEEKDAY_ABBREVIATIONS, ARTICLE, ARTICLES, CLOSING, FUNCTION_WORDS, HONORIFICS, WEEKDAYS, DATE_OF_WORDS, FIELD_LABEL, MEETING_HEADING, MONTHS, OPENING_VERB,
                       PARTICIPANTS, SALUTATION, SECTION_PATTERNS)

LONG_LINE = 300  # a physical line longer than this may hold a whole record
_FINAL = re.compile(r"[.!?:;\u2026][\"'\u201d\u2019)\]*_]*$")


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


BULLETS = "\u2022\u25cf\u25aa\uf0b7"  # the bullet characters a flattened record keeps inline
_INLINE_BULLET = re.compile(r"(?<=\s)[%s]" % BULLETS)
_INLINE_O = re.compile(r"(\S+)\s+(o)\s+(?=[^\W\d_])")
_INLINE_DASH = re.compile(r"\s([-\u2013])\s+(?=[^\W\d_])")
_INLINE_NUMBER = re.compile(r"(?<=\s)(\d{1,2})[.)]\s+(?=[^\W\d_])")
_INLINE_SECTION = re.compile(
    r"(?<!\w)(?:%s)(?!\w)\s*:?" % "|".join(SECTION_PATTERNS.values()), re.IGNORECASE
)
_WORD_START = re.compile(r"(?<!\S)[^\W\d_]")
_SENTENCE_END = re.compile(r"\w{3,}[.!?](?:\s|$)")


def _section_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _INLINE_SECTION.finditer(text):
        words = m.group(0).rstrip(": ")
        if words.upper() == words or (_capitalised(words) and m.group(0).rstrip().endswith(":")):
            spans.append((m.start(), m.end()))
    return spans


def _numbered_points(text: str) -> list[int]:
    points, chain, expected = [], [], 1
    for m in _INLINE_NUMBER.finditer(text):
        if not text[m.end()].isupper():
            continue
        value = int(m.group(1))
        if value == expected:
            chain.append(m.start())
            expected += 1
        elif value == 1:
            points.extend(chain if len(chain) > 1 else [])
            chain, expected = [m.start()], 2
    return points + (chain if len(chain) > 1 else [])


_HONORIFIC_NEXT = re.compile(r"(?:%s)\s+\w" % "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True)))


def _o_points(text: str, bullets: list[int]) -> set[int]:
    """Word's "o" sub-bullets inside bullet items: before a capital, after a word
    that is not capitalised, and (as Spanish "o" means "or") either after
    punctuation or with a sibling in the same item."""
    groups: dict[int, list[int]] = {}
    labelled: set[int] = set()  # items whose first "o" follows a label or a list's punctuation ("Participaron: o ...")
    lower: dict[int, list[int]] = {}  # "Temas: o financiamiento ... o estadísticas ... o coordinación": a run
    for m in _INLINE_O.finditer(text):  # after a label, in lower case, three at least
        item = bisect.bisect_left(bullets, m.start(2))
        if not text[m.end()].isupper():
            if m.group(1).endswith(":") and item not in groups and item not in lower:
                lower[item] = [m.start(2)]
            elif item in lower and not _SENTENCE_END.search(text[lower[item][-1]:m.start(2)]):
                lower[item].append(m.start(2))
            continue
        if m.group(1)[-1] in ":;" and item not in groups:
            labelled.add(item)
        if fold(m.group(1)) in FUNCTION_WORDS and not _HONORIFIC_NEXT.match(text, m.end()):
            continue  # "para o Desenvolvimento", "e o Banco": an article after a small word, no bullet
        run_on = item in groups and not _SENTENCE_END.search(text[groups[item][-1]:m.start(2)])
        person = _HONORIFIC_NEXT.match(text, m.end())  # "... Desenvolvimento o Sra. Graça Cossa": a person under it
        if (item and (not _capitalised(m.group(1)) or item in labelled)) or item in labelled or run_on or person:
            groups.setdefault(item, []).append(m.start(2))  # run_on: the next of a list of sub-bullets
    several = len(groups) > 1  # one "o" in each of several items: Word's sub-bullets, not the word "o"
    return {p for item, group in groups.items() for p in group
            if len(group) > 1 or several or item in labelled or text[_end_before(text, p) - 1] in ".:;"} | {
        p for group in lower.values() if len(group) >= 3 for p in group}


_CAPS_RUN = re.compile(r"(?<!\S)[^\W\d_]{2,}(?:\s+[^\W\d_]+){0,7}\s+[^\W\d_]{3,}:?(?!\S)")
# words in capitals only, right before a bullet: "... y cooperación internacional MENSAJES PRINCIPALES \u2022 Las ..."
_CAPS_BEFORE_BULLET = re.compile(cased(r"(?<!\S)[\p{Lu}]{2,}(?:\s+[\p{Lu}]+){0,7}\s+[\p{Lu}]{3,}:?(?=\s*[%s])" % BULLETS))


_AFTER_HEADING = re.compile(r"\s*\([^()]{1,60}\)")


def _caps_points(text: str) -> dict[int, bool]:
    """Headings in capitals run into the text ("... MENSAJES PRINCIPALES \u2022 Las ..."): where they start
    (``True``) and end (``False``; after a bracket that follows, "EN LA SECRETARÍA (martes 28 de noviembre)")."""
    points: dict[int, bool] = {}
    for m in [*_CAPS_RUN.finditer(text), *_CAPS_BEFORE_BULLET.finditer(text)]:
        words = m.group(0).split()
        if len(words) >= 2 and all(w.isupper() for w in words) and sum(map(len, words)) >= 10:
            dated = _AFTER_HEADING.match(text, m.end())
            points[m.start()] = True
            if not m.group(0).endswith(":"):  # "LOCAL: Ministério do Género ...": a label runs on into its value
                points[dated.end() if dated else m.end()] = False
    return points


def _end_before(text: str, position: int) -> int:
    """Index just after the last non-space character before ``position``."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


_MONTH_NAMES = "|".join(sorted({re.escape(m.capitalize()) for m in MONTHS if len(m) > 3}, key=len, reverse=True))
# "March 2023", "marzo de 2023": the word between a month and its year from the lexicon ("de", "of")
_DAYS_BEFORE = re.compile(r"(?<!\w)\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?(?:\s+(?:%s))?\s+$" % "|".join(
    re.escape(w) for w in DATE_OF_WORDS))  # "9-11 " / "20 de " before a month
_MONTH_YEAR = re.compile(r"(?<!\w)(?:%s)\s+(?:(?:%s)\s+)?(?:19|20)\d\d\b"
                         % (_MONTH_NAMES, "|".join(re.escape(w) for w in DATE_OF_WORDS)))
# "..., Oxfam welcomes ...", "... La Red saluda ...": the opening sentence of a one-line letter
_OPENING = re.compile(cased(r"(?<=[,.:]\s)(?=(?:(?=[\p{Lu}])(?i:%s))?\s?[\p{Lu}][\w'’\-]*(?:\s+[\p{Lu}(][\w'’()\-]*)*"
                      r"\s+%s)") % (ARTICLE, OPENING_VERB))


def _letter_points(text: str, starts: list[int]) -> set[int]:
    """Where a one-line letter starts its date, salutation, opening sentence and closing."""
    points = {p for p in starts if SALUTATION.match(text[p:p + 40]) or CLOSING.match(text[p:p + 40])}
    first = _MONTH_YEAR.search(text[:400])
    if first and not FIELD_LABEL.search(text[max(0, first.start() - 40):first.start()]):  # "Date: Monday, 30 October
        day = _DAYS_BEFORE.search(text, 0, first.start())  # 2023" is a field's value, read whole; "Nairobi, 9-11
        points |= {day.start() if day else first.start(), first.end()}  # October 2023": the days go with it
    points |= {m.start() for m in _OPENING.finditer(text[:1500])}
    return {p for p in points if p > 0 and (p in starts or text[p - 1].isspace())}


def _field_points(text: str) -> set[int]:
    """Labelled fields ("Date: ... Venue: ... , City, Country The participants ...")."""
    points = set()
    for m in FIELD_LABEL.finditer(text):
        if m.start() and not text[m.start() - 1].isspace():
            continue
        points.add(m.start())
        if m.group("venue"):  # the venue runs to its country, then prose starts with a capital and a small word
            end = re.search(cased(r",[^,%s]+?\s+(?=[\p{Lu}][\p{Ll}]+\s+[\p{Ll}])" % BULLETS), text[m.end():m.end() + 200])
            if end:
                points.add(m.end() + end.end())
    return points


_BRACKET = re.compile(r"\(([^()]{3,80})\)")
_BOUNDARY = re.compile(r"[.!?:;%s]\s+(?=\S)" % BULLETS)
_LABEL_AFTER_WORD = re.compile(cased(r"(?<=\S\s)(?=[\p{Lu}])[\w'’\-]+(?:\s+[\p{Ll}][\w'’\-]*){0,3}:\s+(?=(?:o|[%s])\s)")
                               % BULLETS)
_LIST_LABEL = re.compile(r"(?<=[.!?;)]\s)(?=[^\W\d_])[\w'’\-]+(?:\s+[\w'’\-]+){0,3}:\s+(?=(?:o|[%s])\s)" % BULLETS)
#: A day of a month as written, its weekday and year optional ("Quarta-feira, 4 de outubro", "mardi 21 novembre
#: 2023"): a regex source (case-insensitive), shared with :data:`.segment.DATED_END`.
DAY_DATE = (r"(?:(?i:(?:%s),?\s+)?\d{1,2}\w{0,2}\s+(?:\w{1,3}\s+)?(?i:%s)(?:\s+(?:\w{1,3}\s+)?\d{4})?"
            r"|(?i:%s|%s)\.?,?\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)") % (  # or a weekday and the day in figures,
    "|".join(map(re.escape, WEEKDAYS)), "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)),  # "Lun. 13/11"
    "|".join(map(re.escape, WEEKDAYS)), "|".join(map(re.escape, WEEKDAY_ABBREVIATIONS)))
_DAY_HEADING = re.compile(cased(r"(?<!\S)(?=(?i:%s))%s\s*[—–]\s*[\p{Lu}][\w'’\-]+" % (
    "|".join(map(re.escape, WEEKDAYS)), DAY_DATE)))  # a weekday first: "Quarta-feira, 4 de outubro — Maputo"
_FULL_STOP = re.compile(r"(\S+)[.!?]\s+(?=\S)")
#: A day whose parts a bar separates ("Lunes 11 | Sede de la Secretaría de la Mujer | Gobierno"): a weekday and
#: the day's number, its month optional, then two parts at most of a few words each.
_DAY_PARTS = re.compile(cased(r"(?<!\S)(?i:%s),?\s+\d{1,2}(?:\s+(?:\w{1,3}\s+)?(?i:%s))?(?:\s*\|\s*[^|.!?;:]{2,80}){1,2}") % ("|".join(map(re.escape, WEEKDAYS)),
                                                 "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))))


_LABEL_BEFORE = re.compile(r"(?<!\S)[^\W\d_][\w'’\-]*(?:\s+[\w'’\-]+){0,2}:\s+$")  # "LOCAL: ", right before
_SHORT_HEAD = 12  # words: a heading run into the text is no longer than this
_PAGE_MARK = re.compile(r"(?<!\w)%s\s*\d+\s*(?:%s|/)\s*\d+(?!\w)" % (PAGE_WORD, PAGE_OF), re.IGNORECASE)  # "Página 1 de 2"


def _run_in_heading_points(text: str, bullets: list[int]) -> set[int]:
    """Headings in sentence case run into the text, seen by their place: a short capitalised run between
    a sentence's end and a bullet ("... en Honduras. Mensajes principales \u2022 Hubo ..."), and a short
    run closed by a dated bracket ("... este año. Sesión 2 — Conversatorio (martes 10 de octubre) ...")."""
    points: set[int] = set()
    ends = [m.end() for m in _BOUNDARY.finditer(text)]
    full_stops = [m.end() for m in _FULL_STOP.finditer(text) if ends_sentence(m.group(1))]
    for b in bullets:
        i = bisect.bisect_left(ends, b) - 1
        start = ends[i] if i >= 0 else 0
        run = text[start:b].strip()
        if run and start in full_stops and _capitalised(run) and len(run.split()) <= 6 and not _FINAL.search(run):
            points.add(start)
    for m in _BRACKET.finditer(text):
        words = re.findall(r"[^\W\d_]+", m.group(1).casefold())
        if not (any(c.isdigit() for c in m.group(1)) and any(w in MONTHS for w in words)):
            continue
        i = bisect.bisect_right(ends, m.start()) - 1
        start = ends[i] if i >= 0 else 0
        run = text[start:m.start()]
        page = max(_PAGE_MARK.finditer(run), key=lambda x: x.start(), default=None)  # the last page foot in it:
        if page is not None:  # "... rurales. Página 1 de 2 Encuentro 2 – ... (14 de septiembre)": it ends what went
            # before; the heading starts after it
            points.add(start + page.start())
            start, run = start + page.end(), run[page.end():]
            start += len(run) - len(run.lstrip())
            run = run.lstrip()
        if len(run.split()) > _SHORT_HEAD:  # page furniture before it: the meeting heading it holds ("Sesión 2 — ...")
            head = next((h for h in _WORD_START.finditer(run) if MEETING_HEADING.match(run, h.start())), None)
            start, run = (start + head.start(), run[head.start():]) if head else (start, run)
        label = _LABEL_BEFORE.search(text, max(0, start - 40), start) if start else None
        if label and label.group(0)[:1].isupper():  # "LOCAL: Escritório ... (31 de Outubro)": the label is the
            start, run = label.start(), text[label.start():start] + run  # heading's own start
        if start and _capitalised(run) and len(run.split()) <= _SHORT_HEAD:
            points |= {start, m.end()}
    for m in _DAY_HEADING.finditer(text):  # "Quarta-feira, 4 de outubro — Maputo": a day and its place
        points |= {m.start(), m.end()}
    for m in _DAY_PARTS.finditer(text):  # "Lunes 11 | Sede ..., Colonia Palmira | Gobierno La Ministra ...": the
        if m.start() in full_stops or m.start() == 0 or text[:m.start()].rstrip()[-1:] in ".!?":  # day, its parts,
            end = _day_parts_end(text, m)  # and where the sentence after them begins
            if end is not None:
                points |= {m.start(), end}
    for m in _LABEL_AFTER_WORD.finditer(text):  # "... — 9/10, 09h00 Delegação: o Sra. ...", "... Género Pontos
        before = _end_before(text, m.start())  # levantados: • A Ministra ...": a label in sentence case before its
        if not _INLINE_BULLET.match(text, before - 1) and text[before - 2:before] != " o":  # list, after any word but
            points.add(m.start())  # a bullet ("• Themes raised: o ...": the bullet's own label)
    for m in _LIST_LABEL.finditer(text):  # "... (martes 10) Organizaciones participantes: o Centro ...": a label
        if text[m.start()].isupper() and not _INLINE_BULLET.match(text, _end_before(text, m.start()) - 1):
            points.add(m.start())  # not one a bullet opens ("\u2022 Themes raised: o ...")
    return points


def _day_parts_end(text: str, m: re.Match) -> int | None:
    """Where the heading of a day's parts ends: its last part is a few words, up to a capitalised article
    ("Gobierno La Ministra ...") or a capitalised word after a bracket ("Género (MIG) Se celebró ...")."""
    rest = text[text.rfind("|", m.start(), m.end()) + 1:]
    words = list(re.finditer(r"\S+", rest))
    for k, w in enumerate(words[1:9], start=1):
        word, before = w.group(0), words[k - 1].group(0)
        if word[:1].isupper() and (fold(word) in ARTICLES or before.endswith(")")):
            return text.rfind("|", m.start(), m.end()) + 1 + w.start()
    if text[m.end():m.end() + 1] == ":" and len(words) >= 2:  # "... | Organizaciones de mujeres Participaron: ..."
        return m.start() + text[m.start():m.end()].rstrip().rfind(" ") + 1
    return None


def _after_number(text: str, position: int, numbers: list[int]) -> bool:
    """``position`` follows one of the record's numbered points ("2. Principais mensagens"): the number and
    the heading are one line."""
    m = re.search(r"(?<!\S)\d{1,2}[.)]\s*$", text[max(0, position - 6):position])
    return bool(m) and max(0, position - 6) + m.start() in numbers


def _split_points(text: str) -> set[int]:
    """Where a long one-line record starts new logical lines (empty if it is prose)."""
    bullets = [m.start() for m in _INLINE_BULLET.finditer(text)]
    sections = _section_spans(text)
    starts = [m.start() for m in _WORD_START.finditer(text) if text[m.start()].isupper()]
    people = [p for p in starts if PARTICIPANTS.match(text[p : p + 40])]
    numbers = _numbered_points(text)
    fields = _field_points(text)
    if not (bullets or sections or people or numbers or fields):
        return set()
    points = set(bullets) | set(people) | set(numbers) | fields | _letter_points(text, starts)
    points |= {a for a, _ in sections} | {b for _, b in sections}
    points |= _o_points(text, bullets)
    points |= _run_in_heading_points(text, sorted(set(bullets) | {p for p in points if text[p:p + 2] == "o "}))
    if bullets or people:  # a heading in capitals the lexicon does not know, but not inside one it knows,
        inside = [(a, b) for a, b in sections]  # nor apart from its number ("1. EN LA SECRETARÍA ...")
        points |= {p for p, start in _caps_points(text).items() if p < len(text) and not any(a <= p <= b for a, b in inside)
                   and not (start and re.search(r"(?<!\S)\d{1,2}[.)]\s*$", text[max(0, p - 6):p]))}
    heading_ends = {_end_before(text, b) for _, b in sections}
    for m in _INLINE_DASH.finditer(text):
        end = _end_before(text, m.start() + 1)
        if _FINAL.search(text[max(0, end - 6) : end]) or end in heading_ends:
            points.add(m.start(1))
    fixed = sorted(points | {len(text)})
    for p in starts:
        if MEETING_HEADING.match(text[p : p + 80]):
            end = fixed[bisect.bisect_right(fixed, p)]
            seg = text[p:end].strip()
            if len(seg) <= 200 and not _SENTENCE_END.search(seg):
                points.add(p)
    if m := re.match(r"\s*#[^\W\d_]\w*(?:\s+#[^\W\d_]\w*)*\s+", text):
        points.add(m.end())
    points.discard(0)
    return {p for p in points if not _after_number(text, p, numbers)}  # "4." stays with its "Principales mensajes"


def split_long_line(text: str) -> list[str]:
    """Split a record published on one line into its logical lines.

    >>> split_long_line("MEETING TAKEAWAYS Notes: Meeting 1 with Farmers Participants: "
    ...                 "\u2022 Farmers' union \u2022 The participants welcomed it." + " " * 300)
    ['MEETING TAKEAWAYS', 'Notes:', 'Meeting 1 with Farmers', 'Participants:', "\u2022 Farmers' union", '\u2022 The participants welcomed it.']
    """
    spans = _split_spans(text)
    return [text] if spans == [(0, len(text))] else [text[a:b].strip() for a, b in spans]


def _split_spans(text: str, minimum: int = LONG_LINE) -> list[tuple[int, int]]:
    if len(text) <= minimum:
        return [(0, len(text))]
    bounds = [0, *sorted(_split_points(text)), len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


