"""Query parameters: values turned into RDF terms, and substituted safely.

A value never becomes SPARQL text as written: it is parsed into an RDF term
(an IRI checked for forbidden characters, or a literal) whose N-Triples form is
escaped, and substituted for the variable (SEP-0007 semantics)::

    >>> term_of("care", "ckgt:")
    rdflib.term.URIRef('https://w3id.org/consultkg/theme/care')
    >>> substitute("SELECT ?x WHERE { ?x ?p ?theme }", {"theme": term_of("care", "ckgt:")})
    'SELECT ?x WHERE { ?x ?p <https://w3id.org/consultkg/theme/care> }'
"""
from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..errors import ConsultkgError
from ..namespaces import PREFIXES as ALL_PREFIXES

PREFIXES = {f"{p}:": ALL_PREFIXES[p] for p in ("ckg", "ckgt", "ckgo", "ckga")}  # a parameter's own (the one table's)
_IRI_FORBIDDEN = re.compile(r'[\s<>"{}|\\^`]')
_LOCAL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


class ParamError(ConsultkgError):
    pass


def term_of(value: str, prefix: str | None) -> Node:
    """The RDF term a parameter value stands for.

    ``care`` with prefix ``ckgt:`` is the theme concept; ``ckgt:care`` and full
    IRIs (``<...>`` or ``http...``) are accepted too; with prefix ``literal:``
    (or none) the value is a plain literal.
    """
    v = value.strip()
    if prefix == "literal:":
        return Literal(value)
    if prefix is None:  # ad hoc queries: <IRI>, a known prefixed name, or a literal
        known = v.startswith("<") and v.endswith(">") or any(v.startswith(p) for p in PREFIXES)
        if not known:
            return Literal(value)
    if v.startswith("<") and v.endswith(">"):
        v = v[1:-1]
    for p, ns in PREFIXES.items():
        if v.startswith(p):
            v = ns + v[len(p):]
    if re.match(r"^https?://", v):
        if _IRI_FORBIDDEN.search(v):
            raise ParamError(f"not a valid IRI: {value!r}")
        return URIRef(v)
    if not _LOCAL.match(v):
        raise ParamError(f"not a valid name for {prefix} {value!r}")
    if prefix not in PREFIXES:
        raise ParamError(f"not an IRI: {value!r}")
    return URIRef(PREFIXES[prefix] + v)


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """``["theme=care"]`` -> ``{"theme": "care"}``."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"\w+", name.strip()):
            raise ParamError(f"--param takes NAME=VALUE, not {pair!r}")
        out[name.strip()] = value
    return out


_TOKENS = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|(?P<var>[?$](?P<name>\w+))"
    r"|(?P<word>\b(?:SELECT|WHERE)\b)|(?P<open>\{)|(?P<close>\})",
    re.IGNORECASE,
)


def substitute(query: str, values: dict[str, Node]) -> str:
    """Replace the variables of ``values`` by their terms (SEP-0007 semantics).

    Inside the query pattern ``?x`` becomes the term; in a SELECT clause it
    becomes ``(<term> AS ?x)`` so the column stays; after the pattern (ORDER BY,
    GROUP BY) it is left alone. Strings, IRIs and comments are never touched.
    """
    out, pos, in_select, depth = [], 0, False, 0
    for m in _TOKENS.finditer(query):
        out.append(query[pos:m.start()])
        pos = m.end()
        token = m.group(0)
        if m.group("word"):
            in_select = token.upper() == "SELECT"
        elif m.group("open"):
            depth, in_select = depth + 1, False
        elif m.group("close"):
            depth = max(0, depth - 1)
        elif m.group("var") and m.group("name") in values:
            term = values[m.group("name")].n3()
            if in_select:
                token = f"({term} AS {m.group('var')})"
            elif depth > 0:
                token = term
        out.append(token)
    out.append(query[pos:])
    return "".join(out)
