"""Pieces every family of record shares: themes, stances, key messages, initiatives.

    >>> split_theme_list("GBV prevention, care services, and women's leadership.")
    ['GBV prevention', 'care services', "women's leadership"]
    >>> stance_of("The participants offered their strong endorsement of the strategy.")
    'StrongEndorsement'
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..lexicon.phrases import alternation, folded
from ..text import LIST_MARKER, cased, strip_accents
from ..model import Block, Evidence, KeyMessage, ThemeMention
from ..lexicon import (MEETING_PROSE, NAME_ELISION, ADDITIVE, REQUEST, ARTICLES, CONTRACTIONS, RELATIVE, LIST_JOINERS, ARTICLE, CONTRAST, FOLLOW_UP, LIST_JOINER, NAME_LINK,
                       STANCE_PATTERNS, THEMES_LEAD)
from .names import split_top

def _by_stance(patterns: list[tuple[str, str]]) -> list[tuple[re.Pattern, str]]:
    """One pattern per stance (all languages together), in the lexicon's order of precedence."""
    grouped: dict[str, list[str]] = {}
    for source, stance in patterns:
        grouped.setdefault(stance, []).append(f"(?:{source})")
    return [(re.compile(folded("|".join(sources))), stance) for stance, sources in grouped.items()]


# matched against text folded to lower case, without re.IGNORECASE: the same matches, five times faster
_STANCE_RX = _by_stance(STANCE_PATTERNS)
_ANY_STANCE = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _STANCE_RX))
# joiners, articles and commas ending a run of words ("ONU Mulheres e o", "M. Ba, Directeur, et")
TRAILING_JOINER = re.compile(r"(?:[\s,]+(?:%s|%s))*[\s,]*$" % (LIST_JOINER, ARTICLE), re.I)
LAST_AND = re.compile(r"^%s\s+" % LIST_JOINER, re.IGNORECASE)  # "and", "así como", "bem como"

Mapper = Callable[[str], list[str]]


def evidence(line: Block, exact: str | None = None, after: int | None = None) -> Evidence:
    """Where ``exact`` (default: the whole block) was read in ``line``.

    When the block has character offsets (a record published on one line) and
    ``exact`` occurs in its text once, the evidence gets the offsets of those words
    (``after``: the words are the first occurrence at or after that index of the
    block's text, for the items of a list read in order):

    >>> block = Block("Participants: UNDP, UN Women", 1, char=120, char_end=148)
    >>> ev = evidence(block, "UN Women")
    >>> ev.line, ev.char, ev.char_end
    (1, 140, 148)
    >>> twice = Block("UN Women and UN Women", 1, char=0, char_end=21)
    >>> evidence(twice, "UN Women").char, evidence(twice, "UN Women", after=8).char
    (None, 13)
    """
    exact = exact if exact is not None else line.text
    char = char_end = None
    at = -1
    if line.char is not None and exact:
        at = line.text.find(exact, after) if after is not None else (
            line.text.find(exact) if line.text.count(exact) == 1 else -1)
    if at >= 0:
        char = line.char + at
        char_end = char + len(exact)
    return Evidence(line=line.lineno, exact=exact, page=line.page, char=char, char_end=char_end)


# the word a list's item opens with: an article, or a preposition joined to one ("the …", "na …", "du …")
ITEM_OPENING = r"(?:%s|%s)" % (ARTICLE, alternation(CONTRACTIONS))
_LAST_ITEM_ARTICLE = re.compile(r"^(.*\S)\s+%s\s+(%s\s+\S.*)$" % (LIST_JOINER, ITEM_OPENING), re.I)
_LAST_ITEM = re.compile(r"^(.*?\S)\s+%s\s+(\S.*)$" % LIST_JOINER)


def split_theme_list(text: str, mapper: Mapper | None = None) -> list[str]:
    """Split "A, B, and C." into phrases.

    Without a serial comma ("A, B y C") the last item splits at its last
    "and"/"y"/"et"; a list of one item ("A and B") splits only when both
    halves name different themes.
    """
    text = text.strip().rstrip(".;:")
    raw = split_top(text, ",;")
    serial = bool(raw) and bool(LAST_AND.match(raw[-1]))
    items = [i.rstrip(".;") for i in (LAST_AND.sub("", p).strip() for p in raw) if i]
    if items and not serial:
        # where several "and"s could end the list, the one before an article starts the last item
        # ("... social e serviços de cuidado e as desigualdades ...")
        m = _LAST_ITEM_ARTICLE.match(items[-1]) or _LAST_ITEM.match(items[-1])
        if m:
            left, right = m.group(1), m.group(2)
            both_themes = bool(mapper and mapper(left) and mapper(right) and set(mapper(left)) != set(mapper(right)))
            both_phrases = len(left.split()) >= 2 and len(right.split()) >= 2
            if both_themes or (len(items) > 1 and both_phrases):
                items[-1:] = [left, right]
    return [i for i in items if i]


def lower_search(rx: re.Pattern, fast: re.Pattern, text: str) -> re.Match | None:
    """``rx.search(text)``, made by ``fast`` (``rx`` folded, without re.IGNORECASE) on the text folded to lower
    case when folding keeps every position; the match's positions are the text's either way."""
    low = strip_accents(text).lower()
    return fast.search(low) if len(low) == len(text) else rx.search(text)


_THEMES_LEAD = re.compile(folded(THEMES_LEAD.pattern))
_FOLLOW_UP = re.compile(folded(FOLLOW_UP.pattern))


@functools.lru_cache(maxsize=1 << 14)
def themes_after_lead(text: str) -> str | None:
    """The list part of "Key themes of the discussion included ..." (or None)."""
    m = lower_search(THEMES_LEAD, _THEMES_LEAD, text)
    return text[m.end():].strip() if m else None


def mentions_from(phrases: list[str], line: Block, mapper: Mapper) -> list[ThemeMention]:
    """A mention per phrase of a list read from ``line``; a phrase listed twice is placed at each of its
    occurrences in turn (where the block has offsets), looking after the lead-in ("Key themes ... included")."""
    lead = THEMES_LEAD.search(line.text)
    out, cursor = [], lead.end() if lead else 0
    for p in phrases:
        ev = evidence(line, p, after=cursor)
        if ev.char is not None:
            cursor = ev.char_end - line.char
        out.append(ThemeMention(text=p, concepts=mapper(p), evidence=ev, listed=True))
    return out


def strong_concepts(mapper: Mapper, text: str) -> list[str]:
    """The concepts running text names by a name of them or a phrase of several words, not by a lone
    hidden word ("data", "health"): the mapper's strict reading where it has one."""
    strict = getattr(getattr(mapper, "__self__", None), "concepts", None)
    return strict(text, strong=True) if strict is not None else mapper(text)


def cite_what_was_said(meetings: list, blocks: list[Block]) -> None:
    """Give each meeting's stance sentence and follow-ups the evidence of the block they were read from."""
    def find(words: str) -> Evidence | None:
        block = next((b for b in blocks if words in b.text), None)
        return evidence(block, words) if block is not None else None

    for m in meetings:
        if m.stance_text:
            m.stance_evidence = find(m.stance_text)
        m.follow_up_evidence = [ev for ev in map(find, m.follow_ups) if ev is not None]
        if len(m.follow_up_evidence) != len(m.follow_ups):
            m.follow_up_evidence = []  # all or none: they pair with the follow-ups by position


_MEETING_PROSE = re.compile(folded(MEETING_PROSE.pattern))  # on strip_accents(text).lower(): fast


@functools.lru_cache(maxsize=1 << 14)
def tells_of_meeting(text: str) -> bool:
    """A sentence telling of a meeting held ("The team then met with ...", "a ensuite été reçue par"; lexicon
    ``meetings.prose``), read once per text."""
    return bool(_MEETING_PROSE.search(strip_accents(text).lower()))


@functools.lru_cache(maxsize=1 << 14)
def stance_of(text: str) -> str | None:
    """The stance individual a sentence expresses, or None."""
    text = strip_accents(text).lower()
    if not _ANY_STANCE.search(text):
        return None  # most sentences state none: one search, not one per stance
    found = [stance for rx, stance in _STANCE_RX if rx.search(text)]
    positive = [s for s in found if s in ("StrongEndorsement", "Endorsement", "Commendation")]
    negative = [s for s in found if s in ("Concern", "Opposition")]
    if positive and negative and "MixedStance" not in found and CONTRAST.search(text):
        return "MixedStance"  # support and worry in one sentence ("agreed with ... but were sceptical ...")
    if positive and not negative and found[0] != "StrongEndorsement":
        first = min(m.start() for rx, stance in _STANCE_RX if stance in positive for m in [rx.search(text)] if m)
        turn = CONTRAST.search(text, first)
        if turn and not ADDITIVE.match(text, turn.start()) and not RELATIVE.search(text, first, turn.start()) \
                and not REQUEST.search(text, turn.end()):
            return "MixedStance"  # "welcomed the draft ..., but several were frank that it reads as if ..."
    return found[0] if found else None


@functools.lru_cache(maxsize=1 << 14)
def follow_up_of(text: str) -> str | None:
    """What "were interested in learning more about ..." asks for."""
    m = lower_search(FOLLOW_UP, _FOLLOW_UP, text)
    return text[m.end():].strip().rstrip(".") or None if m else None


def key_message(position: int, line: Block, mapper: Mapper, detail_of: int | None = None) -> KeyMessage:
    """A key message from a line; its highlight is the first emphasised phrase."""
    highlight = line.emphasis[0].strip() if line.emphasis else None
    return KeyMessage(position=position, text=line.text, highlight=highlight, concepts=mapper(line.text),
                      detail_of=detail_of, evidence=evidence(line))


def _marker_style(number: str | None) -> str:
    """"bullet", "digit" or "letter": the kind of marker a list item has."""
    core = (number or "").strip("().")
    return "bullet" if not core else "digit" if core.isdigit() else "letter"


def _one_list(items: list[Block]) -> list[Block]:
    """The first list among ``items``: up to the first top-level item marked unlike the first ("3. Debate ..."
    after the bullets of "2. Principais mensagens" is the record's next section, flattened)."""
    if not items:
        return items
    top, style = items[0].level or 1, _marker_style(items[0].number)
    for i, item in enumerate(items):
        if (item.level or 1) <= top and _marker_style(item.number) != style:
            return items[:i]
    return items


def key_messages(lines: list[Block], mapper: Mapper, start: int = 1) -> list[KeyMessage]:
    """Key messages of a section: its bullets (sub-bullets elaborate the one above), else its paragraphs."""
    bullets = [ln for ln in lines if ln.bullet is not None]
    use = _one_list(bullets) or lines
    out: list[KeyMessage] = []
    parent = None
    for ln in use:
        if ln.bullet == 2 and parent is not None:
            out.append(key_message(start + len(out), ln, mapper, detail_of=parent))
        else:
            msg = key_message(start + len(out), ln, mapper)
            parent = msg.position
            out.append(msg)
    return out


TRAILING_LINK = re.compile(r"(?:\s+(?:%s))+$" % NAME_LINK)  # small words a name cannot end on
JOINED = re.compile(cased(r"\s+(?:%s)\s+(?:(?:%s)\s+|(?i:%s)(?=[\p{Lu}]))(?=\w)") % (  # "ONU Mulheres e o Banco",
    "|".join(map(re.escape, LIST_JOINERS)), "|".join(map(re.escape, ARTICLES)), NAME_ELISION))  # "l'AFD et l'Ambassade"


def title_case_ratio(text: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def topic_mentions(lines: list[Block], mapper: Mapper) -> list[ThemeMention]:
    """Theme mentions from suggestion or comment bullets that carry no themes sentence.

    A short bullet ("Care economy") is a theme phrase as it stands; a long one
    gives its emphasised phrase, or its lead-in before a colon, or - when it maps
    to a concept - its first sentence.
    """
    out: list[ThemeMention] = []
    for ln in lines:
        marker = LIST_MARKER.match(ln.text.strip())  # "I. Women in leadership. ..."
        text = ln.text.strip()[marker.end():] if marker else ln.text.strip()
        lead = re.split(r":\s|\.\s", text, maxsplit=1)[0].rstrip(".:")
        if len(text.split()) <= 8:
            phrase = text.rstrip(".:;")
        elif ln.emphasis:
            phrase = ln.emphasis[0].strip().rstrip(".:;")
            phrase = phrase[LIST_MARKER.match(phrase).end():] if LIST_MARKER.match(phrase) else phrase
        elif len(lead.split()) <= 12 and mapper(lead):
            phrase = lead
        elif mapper(lead):
            phrase = lead
        else:
            continue
        out.append(ThemeMention(text=phrase, concepts=mapper(phrase), evidence=evidence(ln, phrase), listed=True))
    return out


_GROUP_OF_TYPE = {
    "civil-society": "civil-society", "private-sector": "private-sector", "academia": "academia",
    "parliament": "parliamentarians", "national-government": "government", "government-ministry": "government",
    "local-government": "government", "government-agency": "government", "un-entity": "development-partners",
    "multilateral-development-bank": "development-partners", "bilateral-agency": "development-partners",
    "embassy": "development-partners", "supranational-union": "development-partners",
    "intergovernmental-organization": "development-partners",
}


def group_of_org_types(types: list[str], majority: float = 1.0) -> str | None:
    """The stakeholder group of a set of organisations: the one at least ``majority`` of them belong to
    (all of them by default), else multi-stakeholder.

    >>> group_of_org_types(["civil-society", "civil-society", "un-entity"]), group_of_org_types(
    ...     ["civil-society", "civil-society", "un-entity"], majority=0.6)
    ('multi-stakeholder', 'civil-society')
    """
    groups = [_GROUP_OF_TYPE[t] for t in types if t in _GROUP_OF_TYPE]
    if not groups:
        return None
    top = max(sorted(set(groups)), key=groups.count)
    return top if groups.count(top) >= majority * len(groups) else "multi-stakeholder"
