"""Organisations: their type, country, and one node per organisation per record.

    >>> reg = OrgRegistry()
    >>> key = reg.add("Ministry of Development and Social Inclusion", country="Peru")
    >>> reg.resolve("Ministry of Inclusion") == key
    True
    >>> reg.get(key).org_type
    'government-ministry'
"""
from __future__ import annotations

import re

from ..model import Evidence, Organisation
from . import countries
from .gazetteer import lookup
from .names import fold, slug, split_acronym, split_alias

# (pattern on the name, ckgo type), first match wins. Written against the name as written.
TYPE_RULES: list[tuple[str, str]] = [
    (r"\bworld bank\b|\bbanco mundial\b|\bbanque mondiale\b|\bcountry office\b", "world-bank-group"),
    (r"\bembass(?:y|ies)\b|\bembajada\b|\bambassade\b|\bhigh commission\b|\bconsulate\b|\bconsulado\b", "embassy"),
    (r"\bdelegation of the european union\b|\beuropean union\b|\buni[oó]n europea\b|\bunion europ[ée]enne\b"
     r"|\bafrican union\b|\bunion africaine\b", "supranational-union"),
    (r"\bunited nations\b|\bnaciones unidas\b|\bnations unies\b|^un\b|^onu\b|\bun women\b|\bun-\w+", "un-entity"),
    (r"\bdevelopment bank\b|\bbanco (?:interamericano|de desarrollo)\b|\bbanque (?:africaine|asiatique|ouest)"
     r"|\binvestment bank\b", "multilateral-development-bank"),
    (r"\bminist(?:ry|erio|[èe]re)\b|\bsecretar[ií]a de estado\b|\bdepartment of\b.*\b(?:affairs|health|education)",
     "government-ministry"),
    (r"^(?:the )?government of\b|^gobierno (?:de|del)\b|^gouvernement (?:de|du|des)\b|\bpresidency\b"
     r"|\boffice of the (?:president|prime minister)\b", "national-government"),
    (r"\bparliament\b|\bcongress\b|\bcongreso\b|\bnational assembly\b|\bsenate\b|\basamblea (?:nacional|legislativa)\b"
     r"|\bassembl[ée]e nationale\b|\bparlement\b|\bparlamento\b|\bcaucus\b", "parliament"),
    (r"\bmunicipal|\bcity (?:council|of|hall)\b|\bmayor'?s office\b|\bgobierno (?:regional|local)\b|\bmairie\b"
     r"|\bprefecture\b|\bcounty government\b|\bgobernaci[oó]n\b", "local-government"),
    (r"\b(?:international|development) cooperation agency\b|\bagency for (?:international )?development\b"
     r"|\bagencia .*cooperaci[oó]n\b|\bagence .*(?:coop[ée]ration|d[ée]veloppement)\b|\bdevelopment agency\b"
     r"|\bcooperation agency\b|\bcooperaci[oó]n (?:alemana|española|suiza|canadiense)\b", "bilateral-agency"),
    (r"\bregional economic (?:commission|community)\b|\beconomic community\b|\bcomunidad (?:andina|del caribe)\b"
     r"|\bcommunaut[ée] [ée]conomique\b|\bintergovernmental\b|\bintergubernamental\b", "intergovernmental-organization"),
    (r"\bmesa\b|\bworking group\b|\btask ?force\b|\bcoordination (?:group|platform)\b|\bdonor group\b"
     r"|\bgrupo (?:de trabajo|interagencial|de coordinaci[oó]n)\b|\bgroupe (?:th[ée]matique|de travail)\b"
     r"|\bgender group\b|\bcluster\b|\bsub-?sector group\b", "coordination-group"),
    (r"\buniversi[td]|\binstitute of [\w\s]*studies\b|\bstudies\b|\bestudios\b|\b[ée]tudes\b|\bcollege\b|\bschool of\b|\bacademy\b|\bresearch (?:center|centre|institute)\b"
     r"|\bcentro de investigaci[oó]n\b|\bthink tank\b|\binstituto de estudios\b|\bpolytechni", "academia"),
    (r"\bnational (?:institute|office|commission|council|agency)\b|\binstituto nacional\b|\binstitut national\b"
     r"|\bcentral bank\b|\bbanco central\b|\bbanque centrale\b|\bsuperintenden|\bombudsman\b|\bdefensor[ií]a\b",
     "government-agency"),
    (r"\bchamber of commerce\b|\bc[áa]mara de comercio\b|\bchambre de commerce\b|\b(?:s\.a\.c?|ltd|llc|inc|plc|sarl)\b\.?"
     r"|\bcorporation\b|\bcompany\b|\bbusiness (?:council|association|network)\b|\bconfederation of .*industr"
     r"|\bemployers\b|\benterprises?\b|\bempresa|\bentreprise|\bholdings?\b|\blimited\b|\bindustries\b|\blogistics\b"
     r"|\bpayments?\b|\bhospitality\b|\bpharmaceutical|\bmanufactur|\bgarments?\b|\bfisheries\b|\bcement\b|\bbank\b|\bbanco\b|\bbanque\b"
     r"|\binsurance\b|\bmicrofinance\b|\bfintech\b|\btelecom", "private-sector"),
    (r"\bfoundation\b|\bfundaci[oó]n\b|\bfondation\b|\bassociation\b|\basociaci[oó]n\b|\bngo\b|\bnetwork\b|\bred de\b"
     r"|\br[ée]seau\b|\bcoalition\b|\balliance\b|\balianza\b|\bmovement\b|\bmovimiento\b|\bmouvement\b|\bcollective\b"
     r"|\bcolectivo\b|\bcommittee\b|\bcomit[ée]\b|\bfederation\b|\bfederaci[oó]n\b|\bf[ée]d[ée]ration\b|\bwomen'?s\b"
     r"|\bmujeres\b|\bfemmes\b|\bcentre for\b|\bcenter for\b|\bcentro de\b|\bunion\b|\bsindicato\b|\bsyndicat\b"
     r"|\bsociety\b|\bcouncil\b|\binitiative\b|\bplatform\b|\bplataforma\b|\bplateforme\b|\bcolectiva\b"
     r"|\bcollecti(?:f|ve)\b|\byouth\b|\bjuventud\b|\bjeunes(?:se)?\b|\bjustice\b|\brights\b|\bderechos\b|\bdroits\b"
     r"|\bconsejo\b|\bpastoral\b|\binterreligi|\binterfaith\b|\bfaith\b|\bchurch\b|\biglesia\b|\b[ée]glise\b|\bcaritas\b"
     r"|\blegal aid\b|\bforum\b|\bfor a\b|\bsisters\b|\bhub\b|\bjuristes\b|\bngo\b|\bong\b", "civil-society"),
]
_TYPE_RX = [(re.compile(p, re.IGNORECASE), t) for p, t in TYPE_RULES]
_STOP = {"of", "the", "for", "and", "de", "la", "el", "du", "des", "et", "y", "on", "in", "en", "del", "le", "los", "las"}


def classify(label: str, acronym: str | None = None) -> tuple[str, str | None]:
    """The ckgo type of an organisation and its curated Wikidata id (or None)."""
    known = lookup(label, acronym)
    if known:
        return known.org_type, known.wikidata
    for rx, org_type in _TYPE_RX:
        if rx.search(label):
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
        m = re.search(r"\b(?:in|en|au|aux|à|to)\s+(.+)$", label)
        host = countries.find_country(m.group(1)) if m else None
        if rep is None:
            m2 = re.search(r"\b(?:of|de|du|d')\s*(?:the\s+|la\s+)?(.+?)(?:\s+(?:in|en|au|à)\b|$)", label)
            rep = countries.find_country(m2.group(1)) if m2 else None
        return rep, host or (default if rep != default else None)
    if org_type in ("national-government", "government-ministry", "parliament", "local-government", "government-agency"):
        return countries.find_country(label) or default, None
    return None, None


def _content_words(label: str) -> set[str]:
    return {w for w in fold(label).split() if w not in _STOP}


class OrgRegistry:
    """The organisations of one record, one entry per organisation.

    ``add`` returns a key; adding the same name again (or its acronym, or a
    short form of a name already added) returns the same key.
    """

    def __init__(self) -> None:
        self._orgs: dict[str, Organisation] = {}

    def __iter__(self):
        return iter(self._orgs.values())

    def get(self, key: str) -> Organisation:
        return self._orgs[key]

    def add(self, text: str, *, country: str | None = None, evidence: Evidence | None = None,
            org_type: str | None = None, fallback_type: str | None = None) -> str:
        """Register the organisation written as ``text`` ("Name (ACR)") and return its key.

        ``org_type`` forces a type; ``fallback_type`` is used when neither the
        gazetteer nor the rules know the name (e.g. the audience of the meeting).
        """
        label, acronym = split_acronym(text)
        alias = None
        if not acronym:
            label, alias = split_alias(label)
        found = self.resolve(label, acronym) or (self.resolve(alias) if alias else None)
        if found:
            org = self._orgs[found]
            org.acronym = org.acronym or acronym
            if alias and alias != org.label and alias not in org.aliases:
                org.aliases.append(alias)
            return found
        typ, wikidata = classify(label, acronym)
        if typ == "other" and alias:
            typ, wikidata = classify(alias)
        typ = org_type or (fallback_type if typ == "other" and fallback_type else typ)
        rep, host = country_of(label, typ, country)
        key = slug(label)
        if key in self._orgs:  # same slug, different spelling: keep them apart
            key = f"{key}-{len(self._orgs)}"
        self._orgs[key] = Organisation(key=key, label=label, acronym=acronym, aliases=[alias] if alias else [],
                                       org_type=typ, country=rep, host_country=host, wikidata=wikidata,
                                       evidence=evidence)
        return key

    def resolve(self, text: str, acronym: str | None = None) -> str | None:
        """The key of an organisation already known under this name, acronym or short form."""
        label, acr = split_acronym(text)
        acr = acronym or acr
        target = fold(label)
        for key, org in self._orgs.items():
            if fold(org.label) == target or any(fold(a) == target for a in org.aliases):
                return key
        for key, org in self._orgs.items():
            if org.acronym and (org.acronym == label or org.acronym == acr):
                return key
        return self._short_form(label)

    def _short_form(self, label: str) -> str | None:
        """"Ministry of Inclusion" -> the one "Ministry of ... Inclusion" whose words contain it."""
        words = fold(label).split()
        if len(words) < 2:
            return None
        head, content = words[0], _content_words(label) - {words[0]}
        if not content:
            return None
        hits = [k for k, o in self._orgs.items()
                if fold(o.label).split()[:1] == [head] and content <= _content_words(o.label)
                and fold(o.label) != fold(label)]
        return hits[0] if len(hits) == 1 else None
