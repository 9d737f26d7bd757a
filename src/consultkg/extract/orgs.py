"""Organisations: their type, country, and one node per organisation per record.

    >>> reg = OrgRegistry()
    >>> key = reg.add("Ministry of Development and Social Inclusion", country="Peru")
    >>> reg.resolve("Ministry of Inclusion") == key
    True
    >>> reg.get(key).org_type
    'government-ministry'
"""
from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from ..lexicon import ARTICLE, FUNCTION_WORDS, LIST_JOINER, NAME_ELISION, NAME_LINK, OF_WORD, ORG_HEADS, PLACE_PREPOSITION, PREMISES
from ..lexicon.phrases import alternation, folded
from ..text import cased, strip_accents
from ..model import Evidence, Organisation
from ..vocab import ontology_path
from . import countries
from .entities import is_job_title, is_place, org_problem
from .gazetteer import lookup
from .names import ACRONYM, acronym_fits, fold, is_acronym, slug, split_acronym, split_alias

RULES_FILE = "org-type-rules.toml"
# "... (KEPSA) and member firms": common words after a joiner end no proper name
_COMMON_TAIL = re.compile(cased(r"\s+(?:%s)\s+((?:[\p{Ll}][\w'’\-]*)(?:\s+[\p{Ll}][\w'’\-]*)*)\s*$") % LIST_JOINER)
_LINK = re.compile(NAME_LINK)
_REMARK = re.compile(cased(r"\s*\((?=[\p{Ll}])[^()\p{Lu}]*\)\s*$"))  # lower-case words in brackets, at the end
_ACRONYM_DASH = re.compile(r"^(%s)\s+[-\u2013\u2014]\s+(\S.+)$" % ACRONYM)
_DASH_ACRONYM = re.compile(r"^(\S.+?)\s+[-\u2013\u2014]\s+(%s)$" % ACRONYM)
_COUNTRY_AFTER = re.compile(r"\s*\(([^()]{3,40})\)\s*$")  # a delegation: "Organisation (Country)"
_PLACE_TAIL = re.compile(r",\s*([^,()]{3,40}?)(?:,\s*([^,()]{3,40}?))?\s*$")  # "FEMNET, Nairobi, Kenya"


def without_place(text: str, country: str | None) -> tuple[str, str | None]:
    """``text`` without the country, or the city and country, written after a comma (a place as
    :func:`.entities.is_place` knows one): a delegation ("Women's Legal Centre, South Africa"), never part of the
    name; the country written there is the organisation's (else ``country``).

    >>> without_place("Women's Legal Centre, South Africa", None), without_place("FEMNET, Nairobi, Kenya", None)
    (("Women's Legal Centre", 'South Africa'), ('FEMNET', 'Kenya'))
    >>> without_place("Ministry of Gender, Labour and Social Development", None)
    ('Ministry of Gender, Labour and Social Development', None)
    >>> without_place("Saint-Louis, Sénégal", None)
    ('Saint-Louis, Sénégal', None)
    """
    m = _PLACE_TAIL.search(text)
    if not m:
        return text, country
    head, tail = text[:m.start()].strip(), text[m.start() + 1:].strip()
    words = head.split()
    if not is_place(tail) or is_place(head) or (len(words) == 1 and not is_acronym(head) and not lookup(head)):
        return text, country  # no place after it, or a place all of it ("Saint-Louis, Sénégal", "Bordeaux, France")
    where = tail.split(",")[-1].strip()  # the place written beside the body is its own, whatever the meeting's
    code = countries.country_code(where)
    return head, (countries.display_name(code) if code else countries.city_country(where)) or country


# an embassy's host ("Embassy of Sweden in Mozambique") and its country ("Embaixada do Reino dos Países Baixos")
_IN_PLACE = re.compile(r"(?<!\w)(?:%s)\s+(.+)$" % PLACE_PREPOSITION)
_OF_PLACE = re.compile(r"(?<!\w)(?:%s|%s)\s*(?:%s\s*)?(.+?)(?:\s+(?:%s)(?!\w)|$)"
                       % (OF_WORD.pattern, NAME_ELISION, ARTICLE, PLACE_PREPOSITION))


@functools.cache
def type_rules(path: Path | None = None) -> tuple[tuple[re.Pattern, str], ...]:
    """The organisation-type rules of ``ontology/org-type-rules.toml``, compiled once: ((regex, ckgo type), ...).

    First match wins; see the file for the phrase syntax. A rule with ``heads = true``
    also holds the head nouns of its type from every language file of the lexicon
    (``ORG_HEADS``: "Ministério", "Embaixada" ...). A rule naming a type the
    SKOS scheme (``org-types.ttl``) does not have is an error, caught by the tests.
    """
    path = path or ontology_path(RULES_FILE)
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    compiled = []
    for rule in data["rule"]:
        phrases = list(rule.get("match", [])) + list(ORG_HEADS.get(rule["type"], ()) if rule.get("heads") else [])
        compiled.append((re.compile(folded(alternation(phrases)), re.IGNORECASE), rule["type"]))
    return tuple(compiled)


def __getattr__(name: str):
    if name == "TYPE_RULES":  # the old name: (regex source, type) pairs, first match wins
        return [(rx.pattern, t) for rx, t in type_rules()]
    raise AttributeError(name)


_STOP = FUNCTION_WORDS  # from the lexicon files: of, the, de, la, da, dos, et ...


@functools.lru_cache(maxsize=1 << 15)
def classify(label: str, acronym: str | None = None) -> tuple[str, str | None]:
    """The ckgo type of an organisation and its curated Wikidata id (or None)."""
    known = lookup(label, acronym)
    if known:
        return known.org_type, known.wikidata
    folded_label = strip_accents(label)
    for rx, org_type in type_rules():
        if rx.search(folded_label):
            return org_type, None
    return "other", None


def country_of(label: str, org_type: str, default: str | None = None) -> tuple[str | None, str | None]:
    """(country, host country) of an organisation from its name.

    Governments, ministries and parliaments represent the country they name (or
    the record's country); an embassy represents the state of its adjective and
    sits in the country its name gives ("Canadian Embassy in Peru").
    """
    if org_type == "embassy":
        rep = countries.find_adjective_country(label)
        m = _IN_PLACE.search(label)
        host = countries.find_country(m.group(1)) if m else None
        if rep is None:
            m2 = _OF_PLACE.search(label)
            rep = countries.find_country(m2.group(1)) if m2 else None
        return rep, host or (default if rep != default else None)
    if org_type in ("national-government", "government-ministry", "parliament", "local-government", "government-agency"):
        return countries.find_country(label) or default, None
    return None, None


@functools.lru_cache(maxsize=1 << 14)
def _head_word(label: str) -> str | None:
    words = fold(label).split(maxsplit=1)
    return words[0] if words else None


@functools.lru_cache(maxsize=1 << 14)
def _content_words(label: str) -> frozenset[str]:
    return frozenset(w for w in fold(label).split() if w not in _STOP)


class OrgRegistry:
    """The organisations of one record, one entry per organisation.

    ``add`` returns a key; adding the same name again (or its acronym, or a
    short form of a name already added) returns the same key.
    """

    def __init__(self) -> None:
        self._orgs: dict[str, Organisation] = {}
        self._order: dict[str, int] = {}  # key -> when it was added
        self._added = 0
        # indexes, so that a record naming thousands of organisations takes linear time:
        self._names: dict[str, set[str]] = {}  # folded label or alias -> keys
        self._acronyms: dict[str, set[str]] = {}  # acronym -> keys
        self._labels: dict[str, set[str]] = {}  # label as written -> keys
        self._words: dict[str, set[str]] = {}  # content word of a label -> keys

    def _index(self, key: str, on: bool = True) -> None:
        org = self._orgs[key]
        entries = [(self._names, fold(org.label)), (self._labels, org.label)]
        entries += [(self._names, fold(a)) for a in org.aliases]
        entries += [(self._words, w) for w in _content_words(org.label)]
        if org.acronym:
            entries.append((self._acronyms, org.acronym))
        for index, value in entries:
            if on:
                index.setdefault(value, set()).add(key)
            else:
                index.get(value, set()).discard(key)

    def _first(self, keys) -> str | None:
        return min(keys, key=self._order.__getitem__, default=None)

    def __iter__(self):
        return iter(self._orgs.values())

    def mark(self) -> int:
        """A point in the registry's history: :meth:`added_since` tells the keys added after it."""
        return self._added

    def added_since(self, key: str, mark: int) -> bool:
        return self._order.get(key, -1) >= mark

    def get(self, key: str) -> Organisation:
        return self._orgs[key]

    def add(self, text: str, *, country: str | None = None, evidence: Evidence | None = None,
            org_type: str | None = None, fallback_type: str | None = None) -> str:
        """Register the organisation written as ``text`` ("Name (ACR)") and return its key.

        ``org_type`` forces a type; ``fallback_type`` is used when neither the
        gazetteer nor the rules know the name (e.g. the audience of the meeting).
        """
        text = _REMARK.sub("", text)  # "Embassy of Ireland (co-chair)": a remark in brackets is no part of the name
        where_held = PREMISES.match(text)
        if where_held and len(text[where_held.end():].split()) >= 2:
            text = text[where_held.end():]  # "Sede de la Secretaría de la Mujer": the body, not its premises
        tail = _COMMON_TAIL.search(text)
        lower_before = text[:tail.start()].split()[-1:] if tail else []  # "partenaires techniques et financiers":
        if tail and not (lower_before and lower_before[0][:1].islower()) \
                and not any(_LINK.fullmatch(w) for w in tail.group(1).split()):  # the name's own words in lower case
            text = text[:tail.start()]
        where = _COUNTRY_AFTER.search(text)
        if where and countries.find_country(where.group(1)) and not countries.find_country(text[:where.start()]):
            text, country = text[:where.start()], countries.find_country(where.group(1))  # "Restless Development (Nigeria)"
        text, country = without_place(text, country)
        lead = _ACRONYM_DASH.match(text)  # "ELA - Equipo Latinoamericano de Justicia y Género": the acronym first
        if lead and acronym_fits(lead.group(2), lead.group(1)):
            text = f"{lead.group(2)} ({lead.group(1)})"
        trail = _DASH_ACRONYM.match(text)  # "Centro Feminista de Estudos e Assessoria – CFEMEA": the acronym after
        if trail and acronym_fits(trail.group(1), trail.group(2)):
            text = f"{trail.group(1)} ({trail.group(2)})"
        label, acronym = split_acronym(text)
        if acronym and is_job_title(label):
            label = acronym  # "Directrice des opérations (DER/FJ)": a post, then the body it serves
        alias = None
        if not acronym:
            label, alias = split_alias(label)
        found = self.resolve(label, acronym) or (self.resolve(alias) if alias else None)
        if found:
            org = self._orgs[found]
            self._index(found, on=False)
            org.acronym = org.acronym or acronym
            if alias and alias != org.label and alias not in org.aliases:
                org.aliases.append(alias)
            self._index(found)
            return found
        typ, wikidata = classify(label, acronym)
        if typ == "other" and alias:
            typ, wikidata = classify(alias)
        typ = org_type or (fallback_type if typ == "other" and fallback_type else typ)
        rep, host = country_of(label, typ, country)
        bare = self._first(k for k in self._labels.get(acronym, ()) if not self._orgs[k].acronym) if acronym else None
        if bare is not None:  # "Secrétaire général, CCIAD" read before "Chambre de Commerce ... (CCIAD)": one body
            org = self._orgs[bare]
            self._index(bare, on=False)
            org.label, org.acronym, org.wikidata = label, acronym, wikidata
            org.org_type = typ if org_type or org.org_type in ("other", fallback_type) else org.org_type
            org.country, org.host_country = org.country or rep, org.host_country or host
            self._index(bare)
            return bare
        key = slug(label)
        if key in self._orgs:  # same slug, different spelling: keep them apart
            key = f"{key}-{len(self._orgs)}"
        self._orgs[key] = Organisation(key=key, label=label, acronym=acronym, aliases=[alias] if alias else [],
                                       org_type=typ, country=rep, host_country=host, wikidata=wikidata,
                                       evidence=evidence)
        self._order[key] = self._added
        self._added += 1
        self._index(key)
        return key

    def discard(self, key: str) -> None:
        """Forget an organisation added by mistake (a part of a person's title read as an organisation)."""
        if key in self._orgs:
            self._index(key, on=False)
            del self._orgs[key]

    def resolve(self, text: str, acronym: str | None = None) -> str | None:
        """The key of an organisation already known under this name, acronym or short form."""
        label, acr = split_acronym(text)
        acr = acronym or acr
        found = self._first(self._names.get(fold(label), ()))
        if found is None:
            found = self._first(self._acronyms.get(label, set()) | self._acronyms.get(acr, set()))
        return found if found is not None else self._short_form(label)

    def _short_form(self, label: str) -> str | None:
        """"Ministry of Inclusion" -> the one "Ministry of ... Inclusion" whose words contain it."""
        words = fold(label).split()
        if len(words) < 2:
            return None
        head, content = words[0], _content_words(label) - {words[0]}
        if not content:
            return None
        own = fold(label)
        rarest = min((self._words.get(w, set()) for w in content), key=len)  # every hit holds every word
        hits = [k for k in rarest for o in [self._orgs[k]]
                if _head_word(o.label) == head and content <= _content_words(o.label) and fold(o.label) != own]
        return hits[0] if len(hits) == 1 else None


_GROUP_WORDS = 12  # a group's name runs on this many words at most
_GROUP_END = re.compile(r"[,;:.()\[\]\u2013\u2014]|\s[-|]\s")


def group_names(text: str) -> list[str]:
    """Coordination groups ``text`` names by a head the type rules know, written head first and capitalised,
    however many words in lower case follow ("du Groupe thématique Genre des partenaires techniques et financiers
    (PTF), coprésidé par ..."): from the head to the next stop, with the acronym after it.

    >>> group_names("lors de la réunion du Groupe thématique Genre des partenaires techniques et financiers (PTF), coprésidé")
    ['Groupe thématique Genre des partenaires techniques et financiers (PTF)']
    >>> group_names("Réunion avec la Banque mondiale.")
    []
    """
    plain = strip_accents(text)  # the rules are written on names without accents; offsets are the same
    out: list[str] = []
    for rx, org_type in type_rules():
        if org_type != "coordination-group":
            continue
        for m in rx.finditer(plain):
            if not text[m.start():m.start() + 1].isupper() or (m.start() and text[m.start() - 1].isalnum()) \
                    or text[m.end():m.end() + 1] in ("-", "\u2010"):  # "Mesa-redonda": another word
                continue  # a head written in lower case ("le groupe de travail") names no group
            before = text[:m.start()].split()[-1:]
            if before and before[0][:1].isupper():
                continue  # "... Gender Equality Working Group": the head ends a name written head last
            end = _GROUP_END.search(text, m.end())
            stop = end.start() if end else len(text)
            words = text[m.start():stop].split()[:_GROUP_WORDS]
            while words and words[-1].casefold() in _STOP:
                words.pop()
            name = " ".join(words)
            acronym = re.match(r"\s*\((%s)\)" % ACRONYM, text[stop:]) if end and text[stop] == "(" else None
            if acronym:
                name += f" ({acronym.group(1)})"
            if len(words) >= 2 and org_problem(name) is None and not any(name in n for n in out):
                out.append(name)
    return out
