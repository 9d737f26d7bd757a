"""What a discussion was about: a mention per topic a sentence lists, else per clause that names a theme.

A careful reader of "The conversation turned on access to credit, the cost of childcare and digital
tools. KEPSA said care is a business issue." notes three topics, each in the record's own words, and
one more theme said in passing. So a sentence that lists topics gives a mention per item of its list,
without the words that lead into it ("turned on", "surgieron", "a couvert", a colon) or a preposition
repeated before every item ("na A, na B e no C"); any other sentence gives a mention per clause that
names a theme by a phrase of the scheme. Sentences are read one by one, so no mention runs on into the
next sentence.

    >>> from consultkg.themes import default_matcher
    >>> m = default_matcher().concepts
    >>> topic_list("The conversation turned on access to credit, the cost of childcare and digital tools.")
    ['access to credit', 'the cost of childcare', 'digital tools']
    >>> topic_list("A conversa centrou-se na protecção social, na prevenção das uniões e no emprego.")
    ['protecção social', 'prevenção das uniões', 'emprego']
    >>> topic_list("UNDP, UN Women and UNICEF attended.") is None
    True
    >>> [x.text for x in discussed_mentions(Block(
    ...     "Speakers covered childcare, violence, and land. Members said care keeps mothers out of work.", 1), m)]
    ['childcare', 'violence', 'land']
"""
from __future__ import annotations

import re

from ..lexicon import CONTRACTIONS, NOT_DISCUSSED, RELATIVE, TOPIC_LEAD
from ..model import Block, ThemeMention
from ..text import sentences, split_top
from .common import ITEM_OPENING, LAST_AND, Mapper, evidence, split_theme_list, strong_concepts, title_case_ratio

#: the longest item of a list of topics, in words; a longer "item" is a clause of a sentence
_ITEM_WORDS = 16
_COLON = re.compile(r":\s+")
_OPENING = re.compile(r"%s\s" % ITEM_OPENING, re.I)  # "the …", "na …"


def topic_list(sentence: str, mapper: Mapper | None = None, introduced_only: bool = False) -> list[str] | None:
    """The topics one sentence lists, in its own words, or None when it lists none.

    A list is three items or more, or two after a colon or a word that introduces topics (in the
    sentence's first or second part: "Asked to pick priorities, participants chose A, B and C"); each
    item is at most a few words and not a proper name (a list of organisations is not a list of
    topics); a relative clause after the last item ("…, qui reste régi par la coutume") is not an item.
    ``introduced_only``: only a list after a colon or an introducing word.
    """
    body, introduced = _after_lead(sentence)
    if introduced_only and not introduced:
        return None
    items = _items(body, mapper)
    if len(items) < (2 if introduced else 3) or any(len(i.split()) > _ITEM_WORDS for i in items):
        return None
    if sum(title_case_ratio(i) > 0.5 for i in items) * 2 > len(items):
        return None  # "UNDP, UN Women and UNICEF": names, not topics
    if mapper is not None and sum(bool(mapper(i)) for i in items) * (1 if introduced else 2) < (
            1 if introduced else len(items)):
        return None  # "… l'avis des entreprises, des banques et des organisations": not about a theme
    return items


def listed_topics(text: str, mapper: Mapper | None = None) -> list[str]:
    """The topics after a lead-in ("Key themes of the discussion included …"): the items of the first
    sentence of ``text`` only.

    >>> listed_topics("la santé, le crédit et le maintien des filles à l'école. Le Ministère a cité …")
    ['la santé', 'le crédit', "le maintien des filles à l'école"]
    """
    found = sentences(text)
    if not found:
        return []
    # what is left of a lead-in: "… centrou-se em quatro temas: a resposta …", "… da conversa foram a …"
    return _items(_after_lead(found[0][1].rstrip(".!?"), parts=1)[0], mapper)


def _after_lead(sentence: str, parts: int = 2) -> tuple[str, bool]:
    """What follows the colon or the last word introducing topics in the first ``parts`` comma-separated
    parts of ``sentence``, and whether there was one (else the whole sentence)."""
    for part in split_top(sentence, ",;")[:parts]:
        colon = _COLON.search(part)
        leads = [m for m in TOPIC_LEAD.finditer(part) if part[m.end():].strip()]
        at = colon.end() if colon else leads[-1].end() if leads else None
        if at is not None:
            return sentence[sentence.find(part) + at:], True
    return sentence, False


def _items(body: str, mapper: Mapper | None) -> list[str]:
    """The items of a list, ended by a relative clause and without a preposition repeated before each."""
    raw = [LAST_AND.sub("", r) for r in split_top(body, ",;")]
    if len(raw) >= 3 and all(_OPENING.match(r) for r in raw[1:-1]) and not _OPENING.match(raw[-1]) \
            and not LAST_AND.match(split_top(body, ",;")[-1]):  # "…, and online violence" is the last item
        # items that open with an article ("a …, da … e da …") end where one does not ("…, antes das eleições")
        body = body[:body.rfind(raw[-1])].rstrip(" ,;")
    items = []
    for item in split_theme_list(body, mapper):
        if RELATIVE.match(item):
            break  # "…, dont la couverture reste inégale": the list has ended
        items.append(item)
    if len(items) > 1 and all(i.split(maxsplit=1)[0].lower() in CONTRACTIONS and " " in i for i in items[1:]):
        # the lead-in may have taken the first one ("A conversa centrou-se na A, na B e no C")
        items = [i.split(maxsplit=1)[1] if i.split(maxsplit=1)[0].lower() in CONTRACTIONS else i for i in items]
    return items


def discussed_mentions(line: Block, mapper: Mapper) -> list[ThemeMention]:
    """The themes the sentences of a block of discussion name: a mention per topic a sentence lists,
    else per clause that names a theme, each with its own words as evidence; none from a sentence that
    only lists or postpones a topic ("the agenda also listed …").

    >>> from consultkg.themes import default_matcher
    >>> m = default_matcher().concepts
    >>> [(x.text, x.concepts) for x in discussed_mentions(Block(
    ...     "Members stressed that scarce care services keep mothers out of work, and asked about data.", 1), m)]
    [('Members stressed that scarce care services keep mothers out of work', ['care'])]
    >>> discussed_mentions(Block("The session on gender-based violence was postponed.", 2), m)
    []
    """
    out: list[ThemeMention] = []
    for start, sentence in sentences(line.text):
        if NOT_DISCUSSED.search(sentence) or not strong_concepts(mapper, sentence):
            continue
        items = topic_list(sentence.rstrip(".!?"), mapper)
        if items:
            out += _listed(line, start, items, mapper)
            continue
        for clause in split_top(sentence.strip().rstrip("."), ",;:"):
            concepts = strong_concepts(mapper, clause) if title_case_ratio(clause) <= 0.5 else []
            if concepts:
                out.append(ThemeMention(text=clause, concepts=concepts, evidence=evidence(line, clause)))
    return out


def introduced_topics(lines: list[Block], mapper: Mapper) -> list[ThemeMention]:
    """The topics of the first sentence that announces a list of three or more ("Our comments cover four
    areas: A, B, C and D"), or none: what a written input says its comments are about."""
    for line in lines:
        for start, sentence in sentences(line.text):
            items = topic_list(sentence.rstrip(".!?"), mapper, introduced_only=True)
            if items and len(items) >= 3 and not NOT_DISCUSSED.search(sentence):
                return _listed(line, start, items, mapper)
    return []


def _listed(line: Block, start: int, items: list[str], mapper: Mapper) -> list[ThemeMention]:
    """A mention per item of a list read from the sentence of ``line`` that starts at ``start``."""
    out, cursor = [], start
    for item in items:
        ev = evidence(line, item, after=cursor)
        cursor = ev.char_end - line.char if ev.char is not None else cursor
        out.append(ThemeMention(text=item, concepts=mapper(item), evidence=ev, listed=True))
    return out


def what_was_discussed(mentions: list[ThemeMention]) -> list[ThemeMention]:
    """A discussion's mentions: the topics its sentences list, and of the clauses that name a theme
    only those naming a theme no listed topic does (a theme said in passing still counts once).
    """
    listed = [m for m in mentions if m.listed]
    if not listed:
        return mentions
    covered = {c for m in listed for c in m.concepts}
    return [m for m in mentions if m.listed or not set(m.concepts) <= covered]
