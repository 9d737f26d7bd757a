"""A record's national ministries under the government it names ("Gouvernement du Sénégal").

A ministry, a state department or a national agency is part of its country's government; when the record names
that government ("... des représentants du Gouvernement du Sénégal ...") the government becomes an organisation of
the record (cited where it is named) and each such body of that country with no parent yet its part. A government
the record never names is never made up.
"""
from __future__ import annotations

import re

from ..model import Block
from . import countries
from .common import evidence
from ..lexicon import GOVERNMENT
from .orgs import OrgRegistry, classify
from .parts import Parts
from .prose_names import names_in_prose

_SAID = re.compile(GOVERNMENT.pattern.lstrip("^"), re.IGNORECASE)  # a line that may name a government
_POSSESSIVE = re.compile(r"['’]s$")
_PARTS_OF_GOVERNMENT = ("government-ministry", "government-agency")


def named_governments(lines: list[Block]) -> list[tuple[str, str, Block]]:
    """``(name, country, line)`` of each national government the lines name, first mention each.

    >>> [n for n, c, _ in named_governments([Block("Une équipe a consulté le Gouvernement du Sénégal.", 1)])]
    ['Gouvernement du Sénégal']
    """
    out: dict[str, tuple[str, str, Block]] = {}
    for line in lines:
        if line.kind == "table" or not _SAID.search(line.text):
            continue  # most lines name no government: not worth reading their names
        for name in names_in_prose(line.text):
            name = _POSSESSIVE.sub("", name)  # "the Government of Kenya's Hustler Fund"
            if classify(name)[0] != "national-government":
                continue
            country = countries.find_country(name)
            if country and country not in out:
                out[country] = (name, country, line)
    return list(out.values())


def attach_to_governments(parts: Parts, lines: list[Block]) -> None:
    """Make each national body of a country whose government the record names a part of that government."""
    if not any(o.org_type in _PARTS_OF_GOVERNMENT and o.parent is None for o in parts.organisations):
        return
    governments = named_governments(lines)
    if not governments:
        return
    home = parts.consultation.country
    for name, country, line in governments:
        bodies = [o for o in parts.organisations if o.org_type in _PARTS_OF_GOVERNMENT and o.parent is None
                  and (o.country == country or o.country is None and country == home)]
        if not bodies:
            continue
        known = {o.key: o for o in parts.organisations}
        reg = OrgRegistry()
        key = reg.add(name, country=country, evidence=evidence(line, name))
        gov = next((o for o in parts.organisations if o.label.casefold() == reg.get(key).label.casefold()), None)
        if gov is None:
            gov = reg.get(key)
            while gov.key in known:
                gov.key += "-government"
            parts.organisations.append(gov)
        for body in bodies:
            if body is not gov:
                body.parent = gov.key
