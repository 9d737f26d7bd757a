"""Participant entries: who attended, as organisations and people, failing closed.

One entry is one list item, table row, prose sentence or ";"-separated item.
Every organisation name passes :func:`consultkg.extract.entities.org_problem`
first; what fails goes to ``rejected`` as ``(text, why)``, never into the graph::

    >>> from consultkg.extract.orgs import OrgRegistry
    >>> reg = OrgRegistry()
    >>> orgs, people = parse_entry("Ms. Ana Ruiz, Director, Red de Mujeres (REDM)", reg, country=None)
    >>> reg.get(orgs[0]).acronym, people[0].name, people[0].job_title
    ('REDM', 'Ana Ruiz', 'Director')
    >>> rejected = []
    >>> parse_entry("The participants welcomed the draft strategy.", reg, None, rejected=rejected)
    ([], [])
    >>> rejected
    [('The participants welcomed the draft strategy', 'a sentence, not a name')]
"""
from __future__ import annotations

import re

from ..text import cased
from ..lexicon import (UNIT_WORDS, FIELD_LABEL, INCLUDING_WORD, NAME_ELISION, ON_BEHALF, OF_WORD, POST_LINK, REPRESENTED_BY, FIELD_ABSENT, FIELD_LISTS, FIELD_VALUES, LEGAL_SUFFIX, ARTICLE, BEFORE_NAME, FUNCTION_WORDS, GOVERNMENT, INCLUDING, LIST_JOINER, OFFICIALS,
                       PARLIAMENT_TITLE, PORTFOLIO_HEAD, PROSE_LEAD, PROSE_TAIL, PUBLIC_BODY)
from ..model import Evidence, Person
from . import countries
from .entities import is_job_title, is_place, org_problem
from .names import (ACRONYM, HONORIFICS, ORG_WORDS, TITLE_WORDS, acronym_fits, clean_label, fold, has_honorific, is_acronym,
                    looks_like_person_name, slug, split_acronym, split_honorific, split_top)
from .orgs import OrgRegistry, classify, without_place

# The words come from the lexicon's language files (consultkg/lexicon/*.toml)
_OFFICIALS = OFFICIALS  # "Government officials from the ", "Representantes do ", at an entry's start
_INCLUDING = INCLUDING  # ", including ", " incluindo a "
# "Representatives of A, B and C attended.", "Staff of X joined for the second half", "Attended by: A and B"
_PROSE_LEAD = PROSE_LEAD
_PROSE_TAIL = PROSE_TAIL
_HON_ALT = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
HONORIFIC_PATTERN = _HON_ALT  # regex source: any honorific of the lexicon, longest first
_PERSON_SPLIT = re.compile(
    cased(r"(?:,?\s+%s\s+(?:%s\s+)?|;\s*|,\s+)(?=(?:%s)\s+[\p{Lu}])") % (LIST_JOINER, BEFORE_NAME, _HON_ALT))
_BEFORE_NAME = re.compile(r"^\s*%s\s+(?=\S)" % BEFORE_NAME)  # "a la Sra. X" -> "Sra. X"
# "Ministry of A and the Ministry of B": a second public body after "and"
_AND_ORG = re.compile(r"\s+%s\s+(?:%s\s*)?(?=%s)" % (LIST_JOINER, ARTICLE, PUBLIC_BODY))
_GOVERNMENT = GOVERNMENT
_DASH = re.compile(r"\s+[\u2013\u2014-]\s+")
# an organisation, its acronym perhaps, then a person with an honorific and a post in brackets
_PERSON_IN_BRACKETS = re.compile(r"^(?P<org>[^()]+?(?:\s*\([^()\s]{2,15}\))?)\s*\((?P<person>(?:%s)\s+[^()]+)\)\s*$"
                                 % _HON_ALT)
_PARLIAMENT_TITLE = PARLIAMENT_TITLE
_CONTINUES = PORTFOLIO_HEAD  # "Ministry of A, B and C": a name that lists portfolios
_ARTICLE = re.compile(cased(r"^%s\s+[\p{Lu}]") % ARTICLE)  # lower-case article (no re.I)
_JOINS = re.compile(r"\s(?:%s|&)\s" % LIST_JOINER)
_LEGAL_SUFFIX = LEGAL_SUFFIX  # "Inc.", "S.A.", "Ltd/Gte" end a name after a comma (lexicon)


def _place_after_name(before: str, part: str) -> bool:
    """"The Ark Foundation, Ghana", "Centre for Disability Inclusion, Oceania": a place that ends a name."""
    from .entities import is_place
    return is_place(part) and not has_honorific(before) and not _GOVERNMENT.match(before) \
        and (_looks_like_org(before) or org_problem(before) is None) and not is_place(before) \
        and not _looks_like_title(before)


def _acronym_spans(before: str, part: str) -> bool:
    """``part`` ends with an acronym spelt by ``before`` and ``part`` together, not by ``part`` alone."""
    label, acronym = split_acronym(part)
    if not acronym or split_acronym(before)[1] or has_honorific(before) or _GOVERNMENT.match(label):
        return False
    return acronym_fits(f"{before} {label}", acronym) and not acronym_fits(label, acronym) \
        and fold(before).split()[:1] == fold(f"{before} {label}").split()[:1] \
        and acronym_fits(before, acronym[:1])


_POST_OF_ORG = re.compile(cased(r"^(?P<post>(?:\S+\s+){0,3}?\S+)\s+(?:(?:%s)(?:\s+%s)?|%s)\s+(?P<org>[\p{Lu}].*)$")
                          % (OF_WORD.pattern, ARTICLE, POST_LINK))  # "Director of the ...", "Officer with UN Women"
Rejected = list[tuple[str, str]]
#: Where a body's name may start inside a post: after "of", "de la", "d'" ... ("... PME d'Ecobank Côte d'Ivoire")
_BODY_START = re.compile(cased(r"(?:\s(?:%s)(?:\s+%s)?\s+|\s(?:%s))(?=[\p{Lu}])") % (OF_WORD.pattern, ARTICLE, NAME_ELISION),
                         re.IGNORECASE)


def _post_then_body(title: str) -> tuple[str, str] | None:
    """A post that ends on the body it serves, split at the first "of" / "de la" / "d'" before a capitalised
    name that is surely a body's (its head noun, an acronym, the gazetteer's, or a name and the country it
    works in): ("responsable de l'inclusion financière", "Orange Côte d'Ivoire"); None when there is none
    ("Director of Gender Mainstreaming" is a post whole).

    >>> _post_then_body("directrice de la clientèle PME d'Ecobank Côte d'Ivoire"), _post_then_body("Director of Gender Mainstreaming")
    (('directrice de la clientèle PME', "Ecobank Côte d'Ivoire"), None)
    """
    for m in _BODY_START.finditer(title):
        body = title[m.end():].strip()
        if body and org_problem(body) is None and (
                _looks_like_org(body) or (countries.find_country(body) and not is_place(body))):
            return title[:m.start()].strip(), body
    return None


def make_person(text: str, org_key: str | None, evidence: Evidence | None, title: str | None = None) -> Person | None:
    """A person from "Mrs. Name" (plus a title) or None when the text is no name."""
    text = _BEFORE_NAME.sub("", clean_label(text))
    honorific, name = split_honorific(text)
    name = clean_label(name)
    if not name or (honorific is None and (not looks_like_person_name(name) or _looks_like_title(name))):
        return None
    if org_problem(name) == "a sentence, not a name":
        return None
    if len(name.split()) > 6:
        return None
    return Person(key=slug(name), name=name, honorific=honorific, job_title=clean_label(title) if title else None,
                  organisation=org_key, evidence=evidence)


def is_unit(name: str) -> bool:
    """A unit within a body, by its head noun first or last ("Escuela de Estudios de Género", "Women's
    Empowerment Directorate"; lexicon ``organisations.units``), not a body of its own ("Chamber of Women
    Entrepreneurs").

    >>> is_unit("Escuela de Estudios de Género"), is_unit("Women's Empowerment Directorate"), is_unit("Chamber of Women Entrepreneurs")
    (True, True, False)
    """
    words = fold(split_acronym(name)[0]).split()
    return bool(words) and any(" ".join(words[:len(u.split())]) == u for u in UNIT_WORDS) or \
        bool(words) and words[-1] in UNIT_WORDS


def _looks_like_title(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and words[0] in TITLE_WORDS


def _looks_like_org(text: str) -> bool:
    label, acr = split_acronym(text)
    words = label.split()
    if acr or is_acronym(label.strip()):
        return True
    if words and is_acronym(words[0]) and (len(words) > 2 or not looks_like_person_name(label)):
        return True  # "UNDP Country Office", but not "FALL Mariama" (a surname in capitals)
    if classify(label)[0] != "other":
        return True  # "National Assembly" although "national" may open a job title
    if _looks_like_title(label):
        return False
    return any(w in ORG_WORDS for w in fold(label).split())


class _Adder:
    """Adds organisations that pass the gate; remembers the others with the reason."""

    def __init__(self, reg: OrgRegistry, country: str | None, evidence: Evidence | None,
                 fallback_type: str | None, rejected: Rejected | None) -> None:
        self.reg, self.country, self.evidence, self.fallback = reg, country, evidence, fallback_type
        self.rejected = rejected if rejected is not None else []

    def __call__(self, text: str, **kw) -> str | None:
        text = clean_label(text)
        why = org_problem(without_place(text, None)[0])  # "FEMNET, Kenya": a body, its place after it (the registry
        # drops the place and keeps its country)
        if why:
            self.rejected.append((text, why))
            return None
        kw.setdefault("country", self.country)
        return self.reg.add(text, evidence=self.evidence, fallback_type=self.fallback, **kw)


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


# Words of a title that do not tell its organisation: function words, and the minister's own title
# ("Minister of Women" -> "women" picks the "Ministry of Women").
_NOT_TELLING = FUNCTION_WORDS | {w for w in TITLE_WORDS if w.startswith("minist")}


def _best_org_for_title(title: str, orgs: list[str], reg: OrgRegistry) -> str | None:
    """The organisation whose name shares most words with a job title ("Minister of Women")."""
    if not orgs:
        return None
    words = set(fold(title).split()) - _NOT_TELLING
    scored = [(len(words & set(fold(reg.get(k).label).split())), -i, k) for i, k in enumerate(orgs)]
    return max(scored)[2]


def merge_name_parts(parts: list[str]) -> list[str]:
    """Re-join comma parts that continue a ministry's name ("Ministry of Community Development, Gender, Women").

    A ministry (or department, commission, office) named after several portfolios
    lists them with commas and a final "and": the parts up to the one holding
    that "and" belong to the name when none of them is an organisation itself.

    >>> merge_name_parts(["Ministry of Community Development", "Gender", "Women and Special Groups", "Government of Zambia"])
    ['Ministry of Community Development, Gender, Women and Special Groups', 'Government of Zambia']
    >>> merge_name_parts(["Ministry of Health", "Plan International"])
    ['Ministry of Health', 'Plan International']

    A legal suffix ("Inc.", "S.A.", "Ltd/Gte") stays with its name, and so does a part
    whose acronym is spelt by the name before it and this part together:

    >>> merge_name_parts(["Institute of Statistical", "Social and Economic Research (ISSER)", "University of Ghana"])
    ['Institute of Statistical, Social and Economic Research (ISSER)', 'University of Ghana']
    >>> merge_name_parts(["Philippine Network of Young Women Leaders", "Inc."])
    ['Philippine Network of Young Women Leaders, Inc.']
    """
    out: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if out and ((part[:1].islower() and not _ARTICLE.match(part)) or _LEGAL_SUFFIX.fullmatch(part)
                    or _acronym_spans(out[-1], part) or _place_after_name(out[-1], part)):
            out[-1] = f"{out[-1]}, {part}"  # "..., Inc.", "Institute of Statistical, Social and Economic Research (ISSER)"
            i += 1
            continue
        end = i
        if _CONTINUES.match(part) and not split_acronym(part)[1]:
            for j in range(i + 1, len(parts)):
                cand = parts[j]
                if (_GOVERNMENT.match(cand) or has_honorific(cand) or classify(cand)[0] != "other"
                        or len(cand.split()) > 6 or split_acronym(cand)[1] and j < len(parts) - 1):
                    break
                if _JOINS.search(cand):
                    end = j
                    break
        out.append(", ".join(parts[i:end + 1]))
        i = end + 1
    return out


def parse_officials(text: str, add: _Adder, evidence) -> tuple[list[str], list[Person]] | None:
    """'Government officials from the Ministry of X, Government of Y, including Mrs. Z, <Title>'."""
    m = _OFFICIALS.match(text)
    if not m:
        return None
    rest = _PROSE_TAIL.sub("", text[m.end():]).rstrip(". ")
    inc = _INCLUDING.search(rest)
    body, people_text = (rest[: inc.start()], rest[inc.end():]) if inc else (rest, "")
    parts = [p for part in merge_name_parts(split_top(body)) for q in _and_of(part) for p in _AND_ORG.split(q) if p]
    if not inc and len(parts) > 1 and not any(_GOVERNMENT.match(p) for p in parts):
        return None  # "Representatives of A, B and C": a prose list, read by parse_prose
    gov_key, orgs, country = None, [], add.country
    for part in parts:
        if _GOVERNMENT.match(part):
            gov_key = add(part)
            country = add.reg.get(gov_key).country or country if gov_key else country
        elif clean_label(part):
            orgs.append(part)
    keys = [k for k in (add(o, country=country) for o in orgs) if k]
    reg = add.reg
    if gov_key:
        for k in keys:
            if reg.get(k).org_type in ("government-ministry", "government-agency"):
                reg.get(k).parent = gov_key
                reg.get(k).country = reg.get(k).country or country
    if not keys and gov_key:
        keys = [gov_key]
    return keys, _people_list(people_text, keys, reg, evidence) if people_text else []


def is_prose_list(text: str) -> bool:
    """"Representatives of A, B and C attended." (a lead and a verb of attending).

    >>> is_prose_list("Staff of the Red Cross joined for the second half."), is_prose_list("Red Cross")
    (True, False)
    """
    return bool(_PROSE_LEAD.match(text) and _PROSE_TAIL.search(text))


#: "and" and the of-word again, after a lead ("représentants du CNP et de Wave Mobile Money"): a second name
_AND_OF = re.compile(cased(r"\s+(?:%s)\s+(?:%s)(?:\s+%s)?\s+(?=[\p{Lu}])|\s+(?:%s)\s+(?:%s)(?=[\p{Lu}])")
                     % (LIST_JOINER, OF_WORD.pattern, ARTICLE, LIST_JOINER, NAME_ELISION), re.IGNORECASE)


def _and_of(text: str) -> list[str]:
    """``text`` split at "and of" where both sides are names of their own ("du CNP et de Wave Mobile Money"), not
    in a ministry's portfolios ("Ministère de la Femme et des Affaires sociales").

    >>> _and_of("Conseil National du Patronat (CNP) et de Wave Mobile Money")
    ['Conseil National du Patronat (CNP)', 'Wave Mobile Money']
    >>> _and_of("Ministère de la Femme et des Affaires sociales")
    ['Ministère de la Femme et des Affaires sociales']
    """
    for m in _AND_OF.finditer(text):
        left, right = text[:m.start()], text[m.end():]
        label, acronym = split_acronym(right.split(",")[0])
        if PORTFOLIO_HEAD.match(left.strip()) or not (acronym or is_acronym(label.strip())
                                                      or sum(w[:1].isupper() for w in label.split()) >= 2):
            continue
        return [left, *_and_of(right)]
    return [text]


def parse_prose(text: str, add: _Adder) -> list[str] | None:
    """Organisation keys of "Representatives of A, B and C attended." (None when not that shape)."""
    lead = _PROSE_LEAD.match(text)
    tail = _PROSE_TAIL.search(text)
    if not lead and not tail:
        return None
    body = text[lead.end() if lead else 0: tail.start() if tail else len(text)].strip().rstrip(".")
    items = [i for piece in _and_of(body) for i in split_name_list(piece)]  # "... of A and of B"
    keys = [add(i) for i in items]
    return [k for k in keys if k]


def _title_out_of_name(name: str, tail: list[str]) -> tuple[str, list[str]]:
    """"H.E. Ambassador Lars Petersen" -> ("H.E. Lars Petersen", ["Ambassador", ...]): a post written before a name."""
    honorific, bare = split_honorific(clean_label(name))
    words = bare.split()
    if len(words) >= 3 and fold(words[0]) in TITLE_WORDS and looks_like_person_name(" ".join(words[1:])):
        lead = f"{honorific} " if honorific else ""
        return lead + " ".join(words[1:]), [words[0], *tail] if not tail or _looks_like_org(tail[0]) else tail
    return name, tail


def _rest_of_a_list(text: str) -> bool:
    """The end of a list a post began ("Vitais e Sociais" after "Estatísticas Demográficas"): two words joined by
    "and", neither an organisation's, no acronym, no known name ("Colectiva Mujer y Salud" is a body's name).

    >>> _rest_of_a_list("Vitais e Sociais"), _rest_of_a_list("Save the Children"), _rest_of_a_list("Banco e Seguros")
    (True, False, False)
    """
    from .gazetteer import lookup
    words = text.split()
    label, acronym = split_acronym(text)
    return (len(words) == 3 and any(re.fullmatch(LIST_JOINER, w, re.IGNORECASE) for w in words[1:-1])
            and not acronym and not lookup(label) and not any(fold(w) in ORG_WORDS for w in words))


def _person_led(text: str, parts: list[str], add: _Adder, evidence) -> tuple[list[str], list[Person]] | None:
    """Entries that start with a person: "Name, Title, Org", "Name – Title, Org", "Name (Title, Org)"."""
    first = parts[0]
    m = re.match(r"^(.+?)\s*\(([^()]+)\)\s*$", text)
    if m and (has_honorific(m.group(1)) or looks_like_person_name(m.group(1))) and not split_acronym(text)[1]:
        return _person_led(f"{m.group(1)}, {m.group(2)}", split_top(f"{m.group(1)}, {m.group(2)}"), add, evidence)
    dash = _DASH.split(first, maxsplit=1)
    if len(dash) == 2 and (has_honorific(dash[0]) or (looks_like_person_name(dash[0]) and _looks_like_title(dash[1]))):
        rest = split_top(", ".join([dash[1], *parts[1:]]))
        parts = [dash[0], *rest]
        first = dash[0]
    if not (has_honorific(first) or (len(parts) >= 2 and looks_like_person_name(first) and not _looks_like_org(first))):
        return None
    tail = merge_name_parts(parts[1:])
    if len(tail) >= 2 and _looks_like_title(tail[-2]) and _rest_of_a_list(tail[-1]):
        tail = [*tail[:-2], f"{tail[-2]}, {tail[-1]}"]  # "Directora de Estatísticas Demográficas, Vitais e Sociais"
    first, tail = _title_out_of_name(first, tail)
    last = tail[-1] if tail else None
    title_parts = tail
    org_keys: list[str] = []
    inner = next((k for k in range(1, len(tail) - 1) if _looks_like_org(tail[k])), None)
    if inner is not None and _looks_like_org(last) and not _looks_like_title(tail[inner]):
        # "Name, Title, Institute (ACR), University of Y": the unit is part of the last one, the body the person
        # belongs to ("Profesora Asociada, Escuela de Estudios de Género, Universidad Nacional de Colombia")
        key, parent = add(tail[inner]), add(last)
        if key and parent and key != parent:
            add.reg.get(key).parent = add.reg.get(key).parent or parent
        person = make_person(first, (parent if is_unit(tail[inner]) else key) or key or parent, evidence,
                             ", ".join(tail[:inner]) or None)
        return [k for k in (key, parent) if k], [person] if person else []
    post = _POST_OF_ORG.match(last) if last and len(tail) == 1 else None
    if post and _looks_like_title(post.group("post")) and _looks_like_org(post.group("org")):
        key = add(post.group("org"))  # "Clerk of the National Assembly", "Programme Officer at Equality Now"
        person = make_person(first, key, evidence, post.group("post"))
        return ([key] if key else []), [person] if person else []
    split = _post_then_body(last) if last and len(tail) == 1 and _looks_like_title(last) else None
    if split:  # "directrice de la clientèle PME d'Ecobank Côte d'Ivoire": the post, then the body it serves
        key = add(split[1])
        if key:
            person = make_person(first, key, evidence, split[0])
            return [key], [person] if person else []
    if last and (_looks_like_org(last) or (len(tail) >= 2 and not _looks_like_title(last))
                 or (len(tail) == 1 and not _looks_like_title(last) and org_problem(last) is None)):
        title_parts = tail[:-1]
        title = ", ".join(title_parts)
        if _PARLIAMENT_TITLE.search(title) and not _looks_like_org(last):
            # "Hon. Name, Member of Parliament, <constituency>": the parliament is the organisation
            key = add(f"Parliament of {add.country}" if add.country else "Parliament", org_type="parliament")
        elif is_job_title(last):
            key, title_parts = None, tail  # "Women in Business Proposition Lead": a post, though it holds an org's word
        else:
            key = add(last)
        org_keys = [key] if key else []
    elif last and _PARLIAMENT_TITLE.search(", ".join(tail)):
        key = add(f"Parliament of {add.country}" if add.country else "Parliament", org_type="parliament")
        org_keys = [key] if key else []
    person = make_person(first, org_keys[0] if org_keys else None, evidence, ", ".join(title_parts) or None)
    if person is None:
        add.rejected.append((first, "not a person's name"))
    return org_keys, [person] if person else []


_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w'’\- ]{0,30}?)\s*:\s*(?P<value>\S.*)$")
_VALUE_LABELS, _LIST_LABELS, _ABSENT_LABELS = FIELD_VALUES, FIELD_LISTS, FIELD_ABSENT  # (lexicon)
_ORG_PERSON = re.compile(  # "For UN Women: Ms. X", "UN Women, represented by Ms. X", "UN Women – Ms. X"
    cased(r"^(?:(?:%s)\s+(?:%s\s*)?)?(?P<org>[^:–—]+?)\s*(?::|\s[–—](?=\s)|\s-(?=\s+(?:%s)\s)"
    r"|,(?=\s+(?:%s)\s+[\p{Lu}])|,\s+(?:%s|%s)(?:\s+%s)?)\s+(?P<person>.+)$")  # "GROOTS Kenya - Ms. X"
    % (ON_BEHALF, ARTICLE, _HON_ALT, _HON_ALT, REPRESENTED_BY, INCLUDING_WORD, ARTICLE), re.IGNORECASE)


def _labelled(text: str, reg, country, evidence, fallback_type, add) -> tuple[list[str], list[Person]] | None:
    """"Organisation: X", "Co-chairs: A and B", "Apologies: X" (not present), "Contact: ..." (not a name)."""
    m = _LABEL.match(text)
    if not m:
        return None
    label = fold(m.group("label"))
    if label in _VALUE_LABELS:
        return parse_entry(m.group("value"), reg, country, evidence, fallback_type, add.rejected)
    if label in _LIST_LABELS:
        return [k for k in (add(i) for i in split_name_list(m.group("value"))) if k], []
    if label in _ABSENT_LABELS:
        add.rejected.append((text, "sent apologies: not a participant"))
        return [], []
    field = FIELD_LABEL.match(text)
    if field and field.end() >= m.start("value") - 1:  # "Lieu : Dakar, bureau du Groupe ...": where, not who
        add.rejected.append((text, "a date or venue field, not a participant"))
        return [], []
    return None


_POST_THEN_PERSON = re.compile(r"^(?P<post>[^,;:()]{3,80}),\s+(?P<person>(?:%s)\s+[^,;:()]+)$" % _HON_ALT)


def _org_then_person(text: str, reg, country, evidence, fallback_type, add) -> tuple[list[str], list[Person]] | None:
    """"UNICEF Malawi – Ms. Tiyamike Banda, Gender Specialist", "FIDA Kenya: Ms. Janet Njeri",
    "Federation of Women Lawyers, represented by Ann Wekesa, Legal Officer"."""
    m = _ORG_PERSON.match(text)
    if not m or org_problem(m.group("org").strip()) or has_honorific(m.group("org")) or _OFFICIALS.match(text):
        return None
    person_text = m.group("person")
    first = m.group("org").strip()
    if f"{first}, {person_text}" == text:
        return None  # already "Name, post": read as such before this pattern, never read again by it
    if looks_like_person_name(first) and not _looks_like_org(first) and is_job_title(split_top(person_text)[0]):
        # "Ngozi Okonkwo — Youth Advocacy Lead, Restless Development": a person, then the post and organisation
        return parse_entry(f"{first}, {person_text}", reg, country, evidence, fallback_type, add.rejected)
    head = split_top(first)
    if len(head) >= 2 and looks_like_person_name(head[0]) and not _looks_like_org(head[0]) and is_job_title(head[1]):
        # "Luz Marina Cárdenas Ruiz, Profesora Asociada — Escuela de Estudios de Género, Universidad ...": the
        # person and her post before the dash, her body after it
        return parse_entry(f"{first}, {person_text}", reg, country, evidence, fallback_type, add.rejected)
    if not (has_honorific(person_text) or looks_like_person_name(split_top(person_text)[0])):
        return None
    key = add(m.group("org"))
    parts = split_top(person_text)
    if key and len(parts) >= 2 and len(_PERSON_SPLIT.split(person_text)) == 1 and not _looks_like_org(parts[-1]):
        # "Kenya Women Microfinance Bank (KWFT) - Mr. Collins Otieno, Branch Manager, Kisumu": the body is
        # known, so all after the name is the post ("Vicepresidenta", "Diretora-Geral"), never another body
        name, post = _title_out_of_name(clean_label(parts[0]), merge_name_parts(parts[1:]))
        person = make_person(name, key, evidence, ", ".join(post))
        if person is not None:
            return [key], [person]
    orgs, people = parse_entry(person_text, reg, country, evidence, fallback_type, add.rejected)
    for p in people:
        p.organisation = p.organisation or key
    return ([key] if key else []) + [k for k in orgs if k != key], people


_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_ACRONYM_AFTER_DASH = re.compile(r"(?P<name>[^,;|\u2013\u2014]+?)\s+[-\u2013\u2014]\s+(?P<acr>%s)(?=\s*(?:[,;]|$))" % ACRONYM)


def _bracket_acronym(m: re.Match) -> str:
    """"Centro Feminista de Estudos e Assessoria – CFEMEA" -> "... Assessoria (CFEMEA)" when the acronym
    spells the name; else the text as written."""
    name = m.group("name")
    words = name.split()
    for k in range(len(words)):  # the name may start after a post ("Assessora Técnica, Centro ...")
        if acronym_fits(" ".join(words[k:]), m.group("acr")):
            return f"{name} ({m.group('acr')})"
    return m.group(0)


def parse_entry(text: str, reg: OrgRegistry, country: str | None, evidence: Evidence | None = None,
                fallback_type: str | None = None, rejected: Rejected | None = None) -> tuple[list[str], list[Person]]:
    """Organisation keys and people of one participant entry.

    ``fallback_type`` types organisations that neither the gazetteer nor the
    rules know (the audience of the meeting, say "private-sector"); ``rejected``
    collects ``(text, why)`` for what was not read.
    """
    if _SPACED_DASH.search(text):  # "... Assessoria – CFEMEA": "(CFEMEA)"; a dash first, as most entries have none
        text = _ACRONYM_AFTER_DASH.sub(_bracket_acronym, text)
    text = clean_label(text)
    add = _Adder(reg, country, evidence, fallback_type, rejected)
    if not text:
        return [], []
    labelled = _labelled(text, reg, country, evidence, fallback_type, add)
    if labelled is not None:
        return labelled
    bracketed = _PERSON_IN_BRACKETS.match(text)  # "Ville de Thiès (M. Mamadou Lamine Sène, adjoint au maire)"
    if bracketed and not has_honorific(bracketed.group("org")):
        key = add(bracketed.group("org").strip())
        name, _, post = bracketed.group("person").partition(",")  # the body is known: all after the name is the post
        person = make_person(name.strip(), key, evidence, post.strip() or None)
        return ([key] if key else []), ([person] if person else [])
    dashed = _DASH.split(text, maxsplit=2)
    if len(dashed) == 3 and "," not in dashed[0] and (has_honorific(dashed[0]) or looks_like_person_name(dashed[0])) \
            and is_job_title(dashed[1]):  # "Ms. Diane Nkusi — Head of SME Banking — Bank of Kigali": name, post, body
        return parse_entry(", ".join(dashed), reg, country, evidence, fallback_type, rejected)
    officials = parse_officials(text, add, evidence)
    if officials:
        return officials
    post = _POST_THEN_PERSON.match(text)  # "Viceministra de Protección Social, Licda. Claudia Ajú Morales"
    if post and is_job_title(post.group("post")) and not _looks_like_org(post.group("post")):
        person = make_person(post.group("person"), None, evidence, post.group("post"))
        if person is not None:
            return [], [person]
    org_person = _org_then_person(text, reg, country, evidence, fallback_type, add)
    if org_person is not None:
        return org_person
    prose = parse_prose(text, add)
    if prose is not None:
        return prose, []
    if len(_PERSON_SPLIT.split(text)) > 1 and has_honorific(text):
        orgs: list[str] = []
        people: list[Person] = []
        for chunk in _PERSON_SPLIT.split(text):  # one line naming two people
            o, p = parse_entry(chunk, reg, country, evidence, fallback_type, add.rejected)
            orgs += [k for k in o if k not in orgs]
            people += p
        shared = next((p.organisation for p in reversed(people) if p.organisation), None)
        for p in people:  # "Ms. A and Mr. B, Org": both at the organisation named once, at the end
            if p.organisation is None and p.job_title is None:
                p.organisation = shared
        return orgs, people
    parts = split_top(text)
    led = _person_led(text, parts, add, evidence)
    if led is not None:
        return led
    if is_job_title(text):
        add.rejected.append((text, "a job title, not an organisation"))
        return [], []
    if len(parts) >= 2 and _looks_like_title(parts[0]) and not _looks_like_org(parts[0]):
        add.rejected.append((parts[0], "a job title without a person"))  # "Secrétaire exécutif, Fédération ..."
        key = add(", ".join(parts[1:]))
        return ([key] if key else []), []
    if len(parts) > 1 and _is_list_of_orgs(text, parts):
        return [k for k in (add(p) for p in merge_name_parts(parts)) if k], []
    pair = _known_pair(text)  # "Asian Development Bank (ADB) and ILO"
    keys = [add(n) for n in pair] if pair else [add(text)]
    return [k for k in keys if k], []


def _is_list_of_orgs(text: str, parts: list[str]) -> bool:
    """"A (X), B, C (Y)" is a list; "United Nations Educational, Scientific and Cultural Organization (UNESCO)" is one name."""
    from .gazetteer import lookup
    label, acronym = split_acronym(text)
    if lookup(label) or (acronym and split_acronym(parts[-1])[1] == acronym and acronym_fits(label, acronym)
                         and not acronym_fits(split_acronym(parts[-1])[0], acronym)):
        return False
    if any(split_acronym(p)[1] for p in parts[:-1]):
        return True
    if len(parts) >= 3:
        return all(p[:1].isupper() for p in parts)
    return all(_looks_like_org(p) for p in parts) and not split_acronym(parts[-1])[1]


_SPLIT_AND = re.compile(  # "... and the Ministry ...", "... e da Associação ...": a joiner before a new name
    cased(r"\s*,?\s+(?:%s|&)\s+(?:(?=%s\s*[\p{Lu}])|(?:(?:%s)(?:\s+%s)?|%s)\s*(?=(?:%s)\b))")
    % (LIST_JOINER, ARTICLE, OF_WORD.pattern, ARTICLE, NAME_ELISION,
       "|".join(sorted((re.escape(w) for w in ORG_WORDS if len(w) > 3), key=len, reverse=True))), re.IGNORECASE)
_FINAL_AND = re.compile(cased(r"\s+(?:%s|&)\s+(?=[\p{Lu}])") % LIST_JOINER)


def _known(name: str) -> bool:
    from .gazetteer import lookup
    label, acronym = split_acronym(name)
    return bool(lookup(label, acronym) or is_acronym(label.strip()) or acronym)


def _known_pair(text: str) -> list[str] | None:
    """Two names joined by "and" when one is a body the gazetteer (or its acronym) knows and the
    whole is not one name whose acronym spans both halves ("... Equality and the Empowerment of Women (UN Women)").

    >>> _known_pair("Irish Aid and UNFPA"), _known_pair("Jordan Cement and Building Materials Company")
    (['Irish Aid', 'UNFPA'], None)
    """
    halves = _FINAL_AND.split(text)
    if len(halves) != 2 or not any(_known(h) for h in halves) or any(org_problem(h) for h in halves):
        return None
    if "," in halves[0] and split_acronym(halves[1])[1] and not acronym_fits(*split_acronym(halves[1])):
        return None  # "Asociación Nacional de la Micro, Pequeña y Mediana Empresa (ANMPIH)": the acronym is the whole's
    label, acronym = split_acronym(text)
    if acronym and acronym_fits(label, acronym) and not any(split_acronym(h)[1] == acronym for h in halves[:1]):
        return None
    from .gazetteer import lookup
    if lookup(label):
        return None
    return [clean_label(h) for h in halves]


def split_name_list(text: str) -> list[str]:
    """"A, B and C" or "A and the B" into names; an "and" inside a name stays.

    The last item splits at its "and" only when both halves are names on their own.

    >>> split_name_list("Womankind Worldwide and the Gender and Development Network (GADN)")
    ['Womankind Worldwide', 'Gender and Development Network (GADN)']
    >>> split_name_list("ActionAid, CARE International and Plan International")
    ['ActionAid', 'CARE International', 'Plan International']
    >>> split_name_list("Gender and Development Network")
    ['Gender and Development Network']
    """
    chunks: list[str] = []
    for chunk in split_top(text, ",;"):
        if chunks and _LEGAL_SUFFIX.fullmatch(chunk):
            chunks[-1] = f"{chunks[-1]}, {chunk}"  # "Girls Code Lagos, Ltd/Gte" is one name
        else:
            chunks.append(chunk)
    parts = [piece for chunk in chunks for piece in _SPLIT_AND.split(chunk)]
    pair = _known_pair(parts[-1]) if parts else None
    if pair:  # "Irish Aid and UNFPA": a body the gazetteer knows beside another name
        parts[-1:] = pair
    elif len(chunks) > 1 or _known_pair(re.sub(r",\s*\S+$", "", parts[-1]) if parts else ""):
        last = parts[-1]
        joins = list(_FINAL_AND.finditer(last))
        if joins:  # the list's last "and" ("..., Children and Social Protection and Plan International")
            left, right = last[:joins[-1].start()], last[joins[-1].end():]
            if org_problem(left) is None and org_problem(right) is None:
                parts[-1:] = [left, right]
    parts = merge_name_parts([clean_label(p) for p in parts if clean_label(p)])
    return [clean_label(p) for p in parts if clean_label(p)]

