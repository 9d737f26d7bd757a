"""Initiatives a block names: programmes, funds, plans, policies, laws and evaluations.

A candidate is a link text, an emphasised phrase, a "Name (ACR)", a capitalised run opened or closed by an
initiative's head noun (the lexicon's ``initiatives.words``: "Facility", "Programa", "Plan", "Política") or
a numbered law ("loi n° 2020-05"); it becomes an initiative only when it is a proper name that no
organisation of the gazetteer, no post and no part of the Bank's own strategy is.

    >>> [i.label for i in initiatives_in(Block("Women used the Hustler Fund and the Women Enterprise Fund.", 1))]
    ['Hustler Fund', 'Women Enterprise Fund']
"""
from __future__ import annotations

import re

from ..lexicon import (ARTICLE, ARTICLES, CAMPAIGN_NAME, INITIATIVE_HEADS, INITIATIVE_LINK, INITIATIVE_TRAILING,
                       INITIATIVE_WORD,
                       LIST_JOINER, NAME_ELISION, NAME_LINK, NUMBERED_LAW, OF_WORD, PLACE_PREPOSITION, STRATEGY, TITLE_WORDS,
                       WORLD_BANK)
from ..lexicon.phrases import folded
from ..model import Block, Initiative
from ..text import cased, strip_accents
from .common import JOINED, TRAILING_LINK, evidence
from .entities import LABELLED_FIELD, WORD_THEN_ARTICLE, is_job_title, is_place, org_problem
from .gazetteer import lookup
from .names import clean_label, fold, is_acronym, split_acronym

_INITIATIVE_WORDS = re.compile(folded(INITIATIVE_WORD.pattern), re.IGNORECASE)  # on strip_accents(text)
_ARTICLE_SET = frozenset(a.casefold() for a in ARTICLES)
_LEADING_ARTICLE = re.compile(r"^%s\s+" % ARTICLE, re.I)


def _opening_word_off(label: str) -> str:
    """``label`` without a sentence's opening word before an article ("Under the Public Finance Management Act");
    an initiative's head noun stays ("Fonds des Nations Unies ...").

    >>> _opening_word_off("Under the Public Finance Management Act"), _opening_word_off("Plan of Action")
    ('the Public Finance Management Act', 'Plan of Action')
    """
    m = WORD_THEN_ARTICLE.match(label)
    if m and strip_accents(m.group(1)).casefold() not in INITIATIVE_HEADS:
        return label[m.start(2):]
    return label

_CAP = cased(r"(?:[\p{Lu}0-9][\w'’\-]*)")
_LINK_WORDS = NAME_LINK  # lower case: "Centre for Rights and Justice"
_NAME_ACR = re.compile(
    r"((?:%s\s+(?:%s\s+)*){1,11}?(?:%s,\s+(?:%s\s+(?:%s\s+)*){0,4})?)\((%s)\)(\s+%s)?"
    % (_CAP, _LINK_WORDS, _CAP, _CAP, _LINK_WORDS, cased(r"[\p{Lu}0-9][\p{Lu}\p{Ll}0-9&\-]{1,15}"), INITIATIVE_TRAILING))
# a proper name led by an initiative's head noun, as written (capitalised): "Política Nacional de Cuidados"
_TITLE_LINK = INITIATIVE_LINK  # and the small words of a title: "... de las Mujeres a una Vida Libre de Violencia"
_ELIDED = re.compile(r"^(?:%s)" % NAME_ELISION, re.IGNORECASE)  # "l'Économie, du Plan ...": "Économie"
_LINK_AT_END = re.compile(r"(?:\s+(?:%s))+$" % _TITLE_LINK)  # "... Uniões Prematuras em| 2019": none ends a name
_HEADED = re.compile(cased(r"(?:(?<![\w'’])|(?<=(?<!\w)[lLdD]['’]))(?=[\p{Lu}])(?i:%s)(?:(?:\s+(?:%s))*\s+%s|\s+(?:19|20)\d\d(?:[-–]\d{2,4})?)+"
                     r"(?:(?:,\s+%s)+\s+%s\s+%s)?")  # "... sobre Mulheres, Paz e Segurança"
                     % (INITIATIVE_WORD.pattern, _TITLE_LINK, _CAP, _CAP, LIST_JOINER, _CAP))
# a proper name ending on an initiative's head noun, as written: "Mashreq Gender Facility", "Hustler Fund"
_TAILED = re.compile(cased(r"(?<![\w'’])%s(?:\s+(?:(?:%s)\s+)*%s)*?\s+(?=[\p{Lu}])(?i:%s)(?![\w'’])"
                     r"(?:\s+(?:%s\s+)+%s(?:\s+%s)*(?:(?:,\s+%s)+,?\s+%s\s+%s)?)*")  # "... for Women, Children and Adolescents"
                     % (_CAP, _TITLE_LINK, _CAP, INITIATIVE_WORD.pattern, _LINK_WORDS, _CAP, _CAP, _CAP, LIST_JOINER, _CAP))
_YEARS = re.compile(r"\s+\(?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\)?$")  # "... in Jordan 2020–2025": years, no name
# a name led by an initiative's head noun, its other words in lower case, before its acronym: "Programme national
# de bourses de sécurité familiale (PNBSF)", "Fonds d'Appui aux Femmes de Côte d'Ivoire (FAFCI)"
_HEADED_ACR = re.compile(cased(r"(?<![\w'’])(?=[\p{Lu}])((?i:%s)(?:\s+[^\s(),.;:]+){1,10}?)\s+\(([\p{Lu}0-9][\p{Lu}\p{Ll}0-9&\-]{1,15}(?:\s(?:\d{1,2}|[IVX]{1,4}))?)\)")
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
_STRATEGY_NAME = re.compile(r"%s|%s" % (STRATEGY.pattern, CAMPAIGN_NAME.pattern), re.IGNORECASE)


def _looks_like_name(text: str) -> bool:
    """Mostly capitalised words (a proper name), at least two of them."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text) if len(w) > 3 or w[0].isupper()]
    caps = [w for w in words if w[0].isupper()]
    return len(caps) >= 2 and len(caps) >= 0.6 * len(words)


_LEADING_NUMBER = re.compile(r"^\d+\s+(?:(?:%s)\s+)*" % _LINK_WORDS, re.IGNORECASE)
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
        if not is_job_title(name.split(",")[0]):  # "Head of Policy, KEPSA (KEPSA)": a person's
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
        if words_before and _ELIDED.sub("", words_before[-1])[:1].isupper() and m in headed and not joined:
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
        before = line.text[:m.start()].split()
        linked = False
        while before and re.fullmatch(_LINK_WORDS, before[-1]) and before[-1].casefold() not in _ARTICLE_SET:
            before.pop()  # "Ministère de l'Économie, du Plan et de la Coopération (MEPC)": a body's name
            linked = True
        if not (before and _ELIDED.sub("", before[-1])[:1].isupper()
                and (linked or before[-1].casefold() not in _ARTICLE_SET)):  # not inside a longer name ("Umbrella
            # Facility for ...")
            candidates.append((f"{m.group(1)} ({m.group(2).split()[0]})", False))  # "(SNEEG 2)": SNEEG
    after = [_NEXT_INITIATIVE.split(JOINED.split(_POSSESSOR.sub("", m.group(1)))[0])[0]
             for m in _AFTER_NOUN.finditer(text)] if lower_head else []
    named = after + [_POSSESSOR.sub("", m.group(1)) for m in _BEFORE_NOUN.finditer(text)] if lower_head else []
    return _initiatives_of(line, found, candidates, named, set(after))


def _initiatives_of(line: Block, found: list[Initiative], candidates: list[tuple[str, bool]],
                    named: list[str], after_noun: set[str] = frozenset()) -> list[Initiative]:
    """The candidates of :func:`initiatives_in` that are initiatives' names; one word is name enough after the
    noun that says what it names (``after_noun``: "o programa Kwenda"), never before it ("Short project cycles")."""
    seen = {fold(i.label) for i in found}
    for cand, linked in candidates + [(n, None) for n in named]:
        if org_problem(cand) == LABELLED_FIELD or _SPACED_DASH.search(cand):
            continue  # "Correspondência: Rede Brasil do Pacto Global — São Paulo (SP)": an address, no name
        label, acr = split_acronym(clean_label(cand))
        label = _LEADING_NUMBER.sub("", label)  # "2012 con la Encuesta Nacional ...": a year before the name
        label = _LINK_AT_END.sub("", _YEARS.sub("", _LEADING_ARTICLE.sub("", _opening_word_off(
            _POSSESSOR.sub("", label)))))  # "Rwanda's National Gender Policy": the owner is no part of the name
        if not label or _STRATEGY_NAME.search(label) or (acr and not (is_acronym(acr.split()[0]) or acr[:1].isdigit())):
            continue
        if lookup(label, acr) or (acr and lookup(acr)) or is_job_title(label) or WORLD_BANK.search(label):
            continue  # an organisation ("Fundo das Nações Unidas para a População (UNFPA)"), a post
        if _of_the_bank(line.text, cand) or _head_and_place(label):
            continue  # "Stratégie du Groupe de la Banque| mondiale", "la Stratégie à Washington": the Bank's own
        if linked is None:  # named by the noun beside it: one word in capitals will do ("projecto EMPODERA"), or
            # one capitalised word that names no place ("o programa Kwenda", "le programme Fiavota")
            if not (_looks_like_name(label) or (is_acronym(label) and len(label) > 3)
                    or (cand in after_noun and _one_word_name(label))):
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


def _one_word_name(label: str) -> bool:
    """One capitalised word of four letters or more, neither a place nor a known body: a name, after the noun
    that says it is a programme.

    >>> _one_word_name("Kwenda"), _one_word_name("Kenya"), _one_word_name("Plan de")
    (True, False, False)
    """
    word = label.strip()
    return (" " not in word and len(word) >= 4 and word[0].isupper() and any(c.islower() for c in word)
            and word.isalpha() and not is_place(word) and not lookup(word))


_PLACE_WORD = re.compile(PLACE_PREPOSITION, re.IGNORECASE)


def _of_the_bank(text: str, cand: str) -> bool:
    """``cand``, where ``text`` names it, runs on into the Bank's name ("Stratégie du Groupe de la Banque mondiale")."""
    at = text.find(cand)
    return at >= 0 and bool(WORLD_BANK.search(text[at:at + len(cand) + 24]))


def _head_and_place(label: str) -> bool:
    """A head noun, a preposition of place and a place, nothing else ("Stratégie à Washington"): where a thing
    is, no name ("Protocole de Maputo" is one).

    >>> _head_and_place("Stratégie à Washington"), _head_and_place("Plan Sénégal Émergent"), _head_and_place("Protocole de Maputo")
    (True, False, False)
    """
    from . import countries
    words = label.split()
    if len(words) < 3 or not _PLACE_WORD.fullmatch(words[1]) or OF_WORD.fullmatch(words[1]):
        return False
    rest = [w for w in words[1:] if not re.fullmatch(_LINK_WORDS, w, re.IGNORECASE) and w.casefold() not in _ARTICLE_SET]
    place = " ".join(rest)
    city = countries.find_city(place)
    return bool(rest) and (bool(countries.country_code(place)) or (city is not None and city[0].casefold() == place.casefold()))


def classify_other(label: str) -> bool:
    """No organisation type fits the name (so a linked name may be an initiative)."""
    from .orgs import classify
    return classify(label)[0] == "other"

