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
from ..model import Block, Evidence, Initiative, KeyMessage, ThemeMention
from ..lexicon import (MEETING_PROSE, ADDITIVE, NUMBERED_LAW, REQUEST, ARTICLES, CONTRACTIONS, RELATIVE, LIST_JOINERS, OF_WORD, TITLE_WORDS, WORLD_BANK, ARTICLE, CAMPAIGN_NAME, CONTRAST, FOLLOW_UP, INITIATIVE_HEADS, INITIATIVE_TRAILING, INITIATIVE_WORD, LIST_JOINER, NAME_LINK,
                       STANCE_PATTERNS, STRATEGY, THEMES_LEAD)
from .entities import LABELLED_FIELD, is_job_title, org_problem
from .gazetteer import lookup
from .names import clean_label, fold, is_acronym, split_acronym, split_top

def _by_stance(patterns: list[tuple[str, str]]) -> list[tuple[re.Pattern, str]]:
    """One pattern per stance (all languages together), in the lexicon's order of precedence."""
    grouped: dict[str, list[str]] = {}
    for source, stance in patterns:
        grouped.setdefault(stance, []).append(f"(?:{source})")
    return [(re.compile(folded("|".join(sources)), re.IGNORECASE), stance) for stance, sources in grouped.items()]


_STANCE_RX = _by_stance(STANCE_PATTERNS)
_ANY_STANCE = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _STANCE_RX), re.IGNORECASE)
# joiners, articles and commas ending a run of words ("ONU Mulheres e o", "M. Ba, Directeur, et")
TRAILING_JOINER = re.compile(r"(?:[\s,]+(?:%s|%s))*[\s,]*$" % (LIST_JOINER, ARTICLE), re.I)
LAST_AND = re.compile(r"^%s\s+" % LIST_JOINER, re.IGNORECASE)  # "and", "así como", "bem como"
_INITIATIVE_WORDS = re.compile(folded(INITIATIVE_WORD.pattern), re.IGNORECASE)  # on strip_accents(text)

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
_ARTICLE_SET = frozenset(a.casefold() for a in ARTICLES)
_LEADING_ARTICLE = re.compile(r"^%s\s+" % ARTICLE, re.I)


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


@functools.lru_cache(maxsize=1 << 14)
def themes_after_lead(text: str) -> str | None:
    """The list part of "Key themes of the discussion included ..." (or None)."""
    m = THEMES_LEAD.search(text)
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


_MEETING_PROSE = re.compile(folded(MEETING_PROSE.pattern), re.IGNORECASE)  # on strip_accents(text): fast


@functools.lru_cache(maxsize=1 << 14)
def tells_of_meeting(text: str) -> bool:
    """A sentence telling of a meeting held ("The team then met with ...", "a ensuite été reçue par"; lexicon
    ``meetings.prose``), read once per text."""
    return bool(_MEETING_PROSE.search(strip_accents(text)))


@functools.lru_cache(maxsize=1 << 14)
def stance_of(text: str) -> str | None:
    """The stance individual a sentence expresses, or None."""
    text = strip_accents(text)
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
    m = FOLLOW_UP.search(text)
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


_CAP = cased(r"(?:[\p{Lu}0-9][\w'’\-]*)")
_LINK_WORDS = NAME_LINK  # lower case: "Centre for Rights and Justice"
_NAME_ACR = re.compile(
    r"((?:%s\s+(?:%s\s+)*){1,11}?(?:%s,\s+(?:%s\s+(?:%s\s+)*){0,4})?)\((%s)\)(\s+%s)?"
    % (_CAP, _LINK_WORDS, _CAP, _CAP, _LINK_WORDS, cased(r"[\p{Lu}0-9][\p{Lu}\p{Ll}0-9&\-]{1,15}"), INITIATIVE_TRAILING))
# a proper name led by an initiative's head noun, as written (capitalised): "Política Nacional de Cuidados"
_HEADED = re.compile(cased(r"(?<![\w'’])(?=[\p{Lu}])(?i:%s)(?:\s+(?:%s|%s|(?:19|20)\d\d(?:[-–]\d{2,4})?))+"
                     r"(?:(?:,\s+%s)+\s+%s\s+%s)?")  # "... sobre Mulheres, Paz e Segurança"
                     % (INITIATIVE_WORD.pattern, _LINK_WORDS, _CAP, _CAP, LIST_JOINER, _CAP))
# a proper name ending on an initiative's head noun, as written: "Mashreq Gender Facility", "Hustler Fund"
_TAILED = re.compile(cased(r"(?<![\w'’])%s(?:\s+(?:%s\s+)*%s)*?\s+(?=[\p{Lu}])(?i:%s)(?![\w'’])"
                     r"(?:\s+(?:%s\s+)+%s(?:\s+%s)*(?:(?:,\s+%s)+,?\s+%s\s+%s)?)*")  # "... for Women, Children and Adolescents"
                     % (_CAP, _LINK_WORDS, _CAP, INITIATIVE_WORD.pattern, _LINK_WORDS, _CAP, _CAP, _CAP, LIST_JOINER, _CAP))
_YEARS = re.compile(r"\s+\(?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\)?$")  # "... in Jordan 2020–2025": years, no name
TRAILING_LINK = re.compile(r"(?:\s+(?:%s))+$" % _LINK_WORDS)  # small words a name cannot end on
# a name led by an initiative's head noun, its other words in lower case, before its acronym: "Programme national
# de bourses de sécurité familiale (PNBSF)", "Fonds d'Appui aux Femmes de Côte d'Ivoire (FAFCI)"
_HEADED_ACR = re.compile(cased(r"(?<![\w'’])(?=[\p{Lu}])((?i:%s)(?:\s+[^\s(),.;:]+){1,10}?)\s+\(([\p{Lu}0-9][\p{Lu}\p{Ll}0-9&\-]{1,15}(?:\s\d{1,2})?)\)")
                         % INITIATIVE_WORD.pattern)
# a name after or before the generic noun that says what it is: "el programa Ciudad Mujer", "o projecto
# EMPODERA", "IFC's Banking on Women programme"
_NEXT_INITIATIVE = re.compile(r"\s+(?:%s)\s+(?:(?:%s)\s+)?(?:%s)\s+(?=(?i:%s))" % (  # "Ciudad Mujer| y de la |Ley ..."
    LIST_JOINER, OF_WORD.pattern, "|".join(map(re.escape, ARTICLES)), INITIATIVE_WORD.pattern))
_AFTER_NOUN = re.compile(r"(?<![\w'’])(?-i:%s)\s+(%s(?:\s+(?:%s\s+)*%s)*)" % (INITIATIVE_WORD.pattern.replace("(?:", "(?:", 1), _CAP, _LINK_WORDS, _CAP))
_BEFORE_NOUN = re.compile(r"(?<![\w'’])(%s(?:\s+(?:%s\s+)*%s)*)\s+(?-i:%s)(?![\w'’])" % (_CAP, _LINK_WORDS, _CAP, INITIATIVE_TRAILING))
_MAY_NAME_INITIATIVE = re.compile(cased(r"\(|(?=[\p{Lu}])(?i:%s)|(?<![\w'’])(?:%s)\s+[\p{Lu}]|[\p{Lu}]\S*\s+(?:%s)(?![\w'’])")
                                  % (INITIATIVE_WORD.pattern, INITIATIVE_WORD.pattern, INITIATIVE_TRAILING))
_POSSESSOR = re.compile(r"^\S+['’]s\s+")  # "IFC's Banking on Women": the owner is no part of the name
_BRACKET_AFTER = re.compile(r"[^(),.;:]{0,40}?\(([^()]{2,20})\)")
_NAME_GOES_ON = re.compile(cased(r"\s+(?:(?:%s)\s+)*[\p{Lu}]") % _LINK_WORDS)  # "Umbrella Facility| for Gender Equality"
#: Where a run of capitalised words is two names joined by a list joiner and an article ("UN Women and the
#: African Development Bank", "ONU Mulheres e o Banco Africano"): the joining words.
JOINED = re.compile(r"\s+(?:%s)\s+(?:%s)\s+(?=\w)" % ("|".join(map(re.escape, LIST_JOINERS)),
                                                      "|".join(map(re.escape, ARTICLES))))
_STRATEGY_NAME = re.compile(r"%s|%s" % (STRATEGY.pattern, CAMPAIGN_NAME.pattern), re.IGNORECASE)


def _looks_like_name(text: str) -> bool:
    """Mostly capitalised words (a proper name), at least two of them."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text) if len(w) > 3 or w[0].isupper()]
    caps = [w for w in words if w[0].isupper()]
    return len(caps) >= 2 and len(caps) >= 0.6 * len(words)


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_SPACED_DASH = re.compile(r"\s[\u2013\u2014]\s")  # between a name and a place or a post, never inside a name


def initiatives_in(line: Block) -> list[Initiative]:
    """Programmes, funds, plans, policies and evaluations a block names.

    Candidates are link texts, emphasised phrases and "Name (ACR)"; one becomes
    an initiative only when it is a proper name (mostly capitalised words) with
    an initiative word ("Facility", "Programa", "Plan", "Política", ...) — or,
    for a link, any proper name that is no organisation the gazetteer knows.
    """
    text = line.text
    heads = [w[0].isupper() for w in _LETTER_RUN.findall(text) if strip_accents(w).casefold() in INITIATIVE_HEADS]
    capital_head, lower_head = any(heads), not all(heads)  # the patterns below need a head word, as written
    headed_by_word = bool(heads)
    has_bracket = "(" in text
    laws = list(NUMBERED_LAW.finditer(text)) if headed_by_word else []  # "loi n° 2020-05", "Ley N° 348"
    if not (line.links or line.emphasis or laws or has_bracket or (headed_by_word and _MAY_NAME_INITIATIVE.search(text))):
        return []  # every other candidate has a bracket, or an initiative word capitalised or beside a capital
    found: list[Initiative] = [Initiative(label=m.group(0), acronym=None, evidence=evidence(line, m.group(0)))
                               for m in laws]
    candidates = [(c, True) for c in line.links]
    candidates += [(c, False) for c in line.emphasis]
    for m in (_NAME_ACR.finditer(text) if has_bracket else ()):
        after = m.group(3) or ""
        name = JOINED.split(m.group(1).strip())[-1]  # "Hustler Fund and the Women ... Initiative (We-Fi)"
        if not any(w in TITLE_WORDS for w in fold(name).split()):  # "Head of Policy, KEPSA (KEPSA)": a person's
            candidates.append((name + f" ({m.group(2)})" + after, False))
    if not headed_by_word:
        return _initiatives_of(line, found, candidates, [])
    headed = list(_HEADED.finditer(text)) if capital_head else []  # "Lei Maria da Penha", "Programa Nacional de ..."
    tailed = [m for m in (_TAILED.finditer(text) if capital_head else ()) for part in [JOINED.split(m.group(0))[-1]]
              if len(part.split()) >= 2 and not _NAME_GOES_ON.match(line.text, m.end())]  # "the Hustler Fund"
    for m in headed + tailed:
        words_before = line.text[:m.start()].split()
        while words_before and (re.fullmatch(_LINK_WORDS, words_before[-1])
                                or words_before[-1].casefold() in _ARTICLE_SET):
            words_before.pop()  # "Women and Law in Southern Africa": "Law ..." inside a longer name
        joined = _NEXT_INITIATIVE.search(line.text, max(0, m.start() - 16), m.end())  # "Ciudad Mujer y de la Ley ..."
        if words_before and words_before[-1][:1].isupper() and m in headed and not joined:
            continue  # the head noun inside a longer name ("Umbrella Facility ...", "Women in Law ...")
        bracket = _BRACKET_AFTER.match(line.text, m.end())
        if bracket and lookup(bracket.group(1)):
            continue  # "Fonds des Nations Unies pour la population (UNFPA)": an organisation's name, cut short
        before = line.text[:m.start()].split()
        segment = line.text[:m.end()].rsplit(",", 1)[-1].strip()
        titled = len(before) >= 2 and OF_WORD.fullmatch(before[-1]) and fold(before[-2]) in TITLE_WORDS
        if titled or is_job_title(segment):
            continue  # "Head of Policy and Advocacy", "Secretário Nacional da Política de Cuidados"
        pieces = JOINED.split(m.group(0))  # "Lei contra a Violência Doméstica e o Plano Nacional ...": two names,
        if m in headed and not all(_HEADED.match(p) for p in pieces[1:]):  # "... para a América Latina e o
            pieces = [m.group(0)]  # Caribe": one
        for name in (pieces if m in headed else [p for p in pieces if _INITIATIVE_WORDS.search(strip_accents(p))]):
            name = TRAILING_LINK.sub("", name).rstrip(" ,")
            if len(name.split()) >= 2 and not WORLD_BANK.search(name):
                candidates.append((name, False))
    for m in (_HEADED_ACR.finditer(text) if capital_head and has_bracket else ()):
        before = line.text[:m.start()].split()[-1:]
        if not (before and before[0][:1].isupper() and before[0].casefold() not in _ARTICLE_SET):  # not inside a
            # longer name ("Umbrella Facility for ...")
            candidates.append((f"{m.group(1)} ({m.group(2).split()[0]})", False))  # "(SNEEG 2)": SNEEG
    named = [_NEXT_INITIATIVE.split(JOINED.split(_POSSESSOR.sub("", m.group(1)))[0])[0]
             for m in _AFTER_NOUN.finditer(text)] + \
        [_POSSESSOR.sub("", m.group(1)) for m in _BEFORE_NOUN.finditer(text)] if lower_head else []
    return _initiatives_of(line, found, candidates, named)


def _initiatives_of(line: Block, found: list[Initiative], candidates: list[tuple[str, bool]],
                    named: list[str]) -> list[Initiative]:
    """The candidates of :func:`initiatives_in` that are initiatives' names."""
    seen = {fold(i.label) for i in found}
    for cand, linked in candidates + [(n, None) for n in named]:
        if org_problem(cand) == LABELLED_FIELD or _SPACED_DASH.search(cand):
            continue  # "Correspondência: Rede Brasil do Pacto Global — São Paulo (SP)": an address, no name
        label, acr = split_acronym(clean_label(cand))
        label = _YEARS.sub("", _LEADING_ARTICLE.sub("", label))
        if not label or _STRATEGY_NAME.search(label) or (acr and not (is_acronym(acr.split()[0]) or acr[:1].isdigit())):
            continue
        if lookup(label, acr) or (acr and lookup(acr)) or is_job_title(label) or WORLD_BANK.search(label):
            continue  # an organisation ("Fundo das Nações Unidas para a População (UNFPA)"), a post
        if linked is None:  # named by the noun beside it: one word in capitals will do ("projecto EMPODERA")
            if not (_looks_like_name(label) or (is_acronym(label) and len(label) > 3)):
                continue
        elif not _looks_like_name(label) and not (acr and _HEADED_ACR.match(cand)):
            continue
        elif not _INITIATIVE_WORDS.search(strip_accents(label)) and not (linked and classify_other(label)):
            continue
        if fold(label) in seen:
            continue
        seen.add(fold(label))
        found.append(Initiative(label=label, acronym=acr, evidence=evidence(line, cand)))
    return [i for i in found if not any(  # "Global Financing Facility for Women" of "... Children and Adolescents"
        j is not i and fold(j.label).startswith(fold(i.label) + " ") for j in found)]


def classify_other(label: str) -> bool:
    """No organisation type fits the name (so a linked name may be an initiative)."""
    from .orgs import classify
    return classify(label)[0] == "other"


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
