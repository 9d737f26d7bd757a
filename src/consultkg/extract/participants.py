"""Participant entries: who attended, as organisations and people.

One entry is one bullet, numbered line or ";"-separated item::

    >>> from consultkg.extract.orgs import OrgRegistry
    >>> reg = OrgRegistry()
    >>> orgs, people = parse_entry("Ms. Ana Ruiz, Director, Red de Mujeres (REDM)", reg, country=None)
    >>> reg.get(orgs[0]).acronym, people[0].name, people[0].job_title
    ('REDM', 'Ana Ruiz', 'Director')
"""
from __future__ import annotations

import re

from ..lexicon import TITLE_WORDS  # noqa: F401  (re-exported: written.py imports it from here)
from ..model import Evidence, Person
from .names import (HONORIFICS, ORG_WORDS, clean_label, fold, has_honorific, is_acronym,
                    looks_like_person_name, slug, split_acronym, split_honorific, split_top)
from .orgs import OrgRegistry, classify

_OFFICIALS = re.compile(
    r"^(?:senior\s+|high-level\s+)?(?:government\s+)?(?:officials?|representatives?|delegates?|staff|members)"
    r"(?:\s+of\s+the\s+government)?\s+(?:from|of)\s+(?:the\s+)?"
    r"|^(?:altos\s+)?(?:funcionari[oa]s|representantes|delegad[oa]s)(?:\s+del\s+gobierno)?\s+(?:del|de\s+la|de\s+los|de)\s+"
    r"|^(?:des\s+|les\s+)?(?:hauts\s+)?(?:repr[ée]sentant(?:e)?s|fonctionnaires|responsables|d[ée]l[ée]gu[ée]s)"
    r"(?:\s+du\s+gouvernement)?\s+(?:du|de\s+la|de\s+l'|des|de)\s*",
    re.IGNORECASE,
)
_INCLUDING = re.compile(
    r",?\s+(?:including|among them|such as|incluyendo|entre\s+ell[oa]s|como|dont|notamment|y\s+compris"
    r"|parmi\s+lesquels)(?:\s+(?:a\s+la|a\s+los|a\s+las|al|a))?\s+",
    re.IGNORECASE,
)
_HON_ALT = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
_PERSON_SPLIT = re.compile(
    r"(?:,?\s+(?:and|y|et|e)\s+(?:(?:a\s+la|al|a|de)\s+)?|;\s*|,\s+)(?=(?:%s)\s+[A-ZÀ-Ý])" % _HON_ALT)
_AND_ORG = re.compile(
    r"\s+(?:and|y|et)\s+(?:the\s+|la\s+|le\s+|el\s+|l')?(?=(?:Ministry|Ministerio|Minist[eè]re|Department|Office"
    r"|Secretar[ií]a|Secr[ée]tariat|Agency|Agencia|Agence|Instituto|Institut|National|Government|Gobierno|Gouvernement)\b)"
)
_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:government|gobierno|gouvernement)\b", re.IGNORECASE)



def _looks_like_title(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and words[0] in TITLE_WORDS


def _looks_like_org(text: str) -> bool:
    label, acr = split_acronym(text)
    if acr or is_acronym(label.strip()) or is_acronym(label.split()[0] if label.split() else ""):
        return True
    if _looks_like_title(label):
        return False
    return classify(label)[0] != "other" or any(w in ORG_WORDS for w in fold(label).split())


def make_person(text: str, org_key: str | None, evidence: Evidence | None, title: str | None = None) -> Person | None:
    """A person from "Mrs. Name" (plus a title) or None when the text is no name."""
    text = re.sub(r"^\s*(?:a\s+la|a\s+los|al|a)\s+(?=\S)", "", clean_label(text))
    honorific, name = split_honorific(text)
    name = clean_label(name)
    if not name or (honorific is None and not looks_like_person_name(name)):
        return None
    return Person(key=slug(name), name=name, honorific=honorific, job_title=clean_label(title) if title else None,
                  organisation=org_key, evidence=evidence)


def _people_list(text: str, orgs: list[str], reg: OrgRegistry, evidence) -> list[Person]:
    people = []
    for chunk in _PERSON_SPLIT.split(text):
        name, _, title = chunk.partition(",")
        *title_parts, last = split_top(title) or [""]
        named = reg.resolve(last) if title_parts and _looks_like_org(last) else None
        if named:
            title, org = ", ".join(title_parts), named
        else:
            org = _best_org_for_title(title, orgs, reg)
        p = make_person(name, org, evidence, title.strip() or None)
        if p:
            people.append(p)
    return people


def _best_org_for_title(title: str, orgs: list[str], reg: OrgRegistry) -> str | None:
    """The organisation whose name shares most words with a job title ("Minister of Women")."""
    if not orgs:
        return None
    words = set(fold(title).split()) - {"of", "the", "de", "la", "and", "y", "et", "du", "des", "minister", "ministra"}
    scored = [(len(words & set(fold(reg.get(k).label).split())), -i, k) for i, k in enumerate(orgs)]
    return max(scored)[2]


def parse_officials(text: str, reg: OrgRegistry, country: str | None, evidence) -> tuple[list[str], list[Person]] | None:
    """'Government officials from the Ministry of X, Government of Y, including Mrs. Z, <Title>'."""
    m = _OFFICIALS.match(text)
    if not m:
        return None
    rest = text[m.end():]
    inc = _INCLUDING.search(rest)
    body, people_text = (rest[: inc.start()], rest[inc.end():]) if inc else (rest, "")
    parts: list[str] = []
    for part in split_top(body):
        if parts and part[:1].islower():  # "Ministère de la Femme, de la Famille ..." continues
            parts[-1] += ", " + part
        else:
            parts.append(part)
    parts = [p for part in parts for p in _AND_ORG.split(part) if p]
    gov_key, orgs = None, []
    for part in parts:
        if _GOVERNMENT.match(part):
            gov_key = reg.add(clean_label(part), country=country, evidence=evidence)
            country = reg.get(gov_key).country or country
        elif clean_label(part):
            orgs.append(clean_label(part))
    keys = [reg.add(o, country=country, evidence=evidence) for o in orgs]
    if gov_key:
        for k in keys:
            if reg.get(k).org_type in ("government-ministry", "government-agency"):
                reg.get(k).parent = gov_key
                reg.get(k).country = reg.get(k).country or country
    if not keys and gov_key:
        keys = [gov_key]
    return keys, _people_list(people_text, keys, reg, evidence) if people_text else []


def parse_entry(text: str, reg: OrgRegistry, country: str | None, evidence: Evidence | None = None,
                fallback_type: str | None = None) -> tuple[list[str], list[Person]]:
    """Organisation keys and people of one participant entry.

    ``fallback_type`` types organisations that neither the gazetteer nor the
    rules know (the audience of the meeting, say "private-sector").
    """
    text = clean_label(text)
    if not text:
        return [], []
    officials = parse_officials(text, reg, country, evidence)
    if officials:
        return officials
    parts = split_top(text)
    first = parts[0]
    add = lambda t: reg.add(t, country=country, evidence=evidence, fallback_type=fallback_type)  # noqa: E731
    if has_honorific(first) or (len(parts) >= 2 and looks_like_person_name(first) and not _looks_like_org(first)):
        last = parts[-1] if len(parts) >= 2 else None
        org_text = last if last and (_looks_like_org(last) or (len(parts) >= 3 and not _looks_like_title(last))) else None
        title_parts = parts[1:-1] if org_text else parts[1:]
        org_keys = [add(org_text)] if org_text else []
        person = make_person(first, org_keys[0] if org_keys else None, evidence, ", ".join(title_parts) or None)
        return org_keys, [person] if person else []
    if len(parts) > 1 and _is_list_of_orgs(text, parts):
        return [add(p) for p in parts], []
    return [add(text)], []


def _is_list_of_orgs(text: str, parts: list[str]) -> bool:
    """"A (X), B, C (Y)" is a list; "United Nations Educational, Scientific and Cultural Organization (UNESCO)" is one name."""
    from .gazetteer import lookup
    if lookup(split_acronym(text)[0]):
        return False
    if any(split_acronym(p)[1] for p in parts[:-1]):
        return True
    if len(parts) >= 3:
        return all(p[:1].isupper() for p in parts)
    return all(_looks_like_org(p) for p in parts) and not split_acronym(parts[-1])[1]
