"""RDF -> ``Facts``: what the network views are made of, read with SPARQL from an Oxigraph store.

    >>> store = open_store("output/")                 # doctest: +SKIP
    >>> facts = read_facts(store)                     # doctest: +SKIP
    >>> facts = read_facts(rdflib_graph_or_dataset)   # doctest: +SKIP

(``open_store`` bulk-loads a build's ``graph.nt``; an rdflib graph is copied into an
in-memory store.)

Oxigraph (Rust) loads a 1,000-record build's N-Triples in well under a second
and answers these dozen SELECTs in about as much; rdflib took 8-11 s to parse
the same graph. The queries accept both shapes of the vocabulary: evidence as
a bare ``oa:TextQuoteSelector`` carrying ``ckg:line`` (1.0) or as an
``oa:SpecificResource`` with ``oa:hasSource`` and ``oa:hasSelector`` (1.1);
an activity's document as ``prov:wasDerivedFrom`` (1.0) or ``ckg:reportedIn`` (1.1).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ..sparql.local import to_oxigraph
from ..sparql.results import PREFIXES
from .model import Consultation, Facts, KeyMessage, Meeting, Mention, Said

OBJECTIVES = ("objective-gbv-human-capital", "objective-economic-opportunities", "objective-leadership")
_HEAD = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
# evidence (either shape) of ?x: ?line ?page ?exact ?src
_EVIDENCE = """OPTIONAL { ?x ckg:evidence ?ev .
  OPTIONAL { ?ev ckg:line ?line } OPTIONAL { ?ev ckg:page ?page }
  OPTIONAL { ?ev oa:exact|oa:hasSelector/oa:exact ?exact } OPTIONAL { ?ev oa:hasSource ?src } }"""
_DOC = "OPTIONAL { ?x ckg:reportedIn|prov:wasDerivedFrom ?doc }"


def open_store(source) -> ox.Store:
    """An Oxigraph store holding ``source``: a store (as is), an rdflib Graph/Dataset (copied, the union of its
    graphs), or a build folder / graph file (bulk-loaded; a folder's deduplicated graph.nt when it has one)."""
    if isinstance(source, ox.Store):
        return source
    store = ox.Store()
    if isinstance(source, Graph):
        quads = source.quads((None, None, None, None)) if isinstance(source, Dataset) else \
            ((s, p, o, None) for s, p, o in source)
        store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o, _ in quads)
        return store
    from ..sparql.local import open_local
    path = Path(source)
    if path.is_dir() and (path / "graph.nt").is_file():
        store.bulk_load(path=str(path / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
        return store
    return open_local(path).store


def _rows(store: ox.Store, where: str, names: str) -> list[tuple]:
    """SELECT DISTINCT ``names`` WHERE ``where``: rows of plain values (IRI/literal text, or None)."""
    answer = store.query(f"{_HEAD}SELECT DISTINCT {names} WHERE {{ {where} }}", use_default_graph_as_union=True)
    keys = [v.value for v in answer.variables]
    return [tuple(_plain(sol[k]) for k in keys) for sol in answer]


def _plain(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _Lit(term.value, term.language or "") if term.language else term.value
    return term.value


class _Lit(str):
    """A literal's text with its language tag (``lang``), so labels can prefer English."""

    def __new__(cls, value: str, lang: str = ""):
        s = super().__new__(cls, value)
        s.lang = lang
        return s


def _labels(store, where: str) -> dict[str, str]:
    """?s -> its best ?v (English, else untagged, else the first in order) for a pattern binding ?s ?v."""
    found: dict[str, list] = defaultdict(list)
    for s, v in _rows(store, where, "?s ?v"):
        if v is not None:
            found[s].append(v)
    rank = {"en": 0, "": 1}
    return {s: str(min(vs, key=lambda v: (rank.get(getattr(v, "lang", ""), 2), getattr(v, "lang", ""), str(v))))
            for s, vs in found.items()}


def local_name(iri: str) -> str:
    """The last path segment of an IRI: ``.../theme/care`` -> ``care`` (the URL fragment's value)."""
    return re.split(r"[/#]", str(iri).rstrip("/#"))[-1]


def _readable(iri: str) -> str:
    """A label from an IRI that has none: ``ckg:StrongEndorsement`` -> "Strong endorsement"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local_name(iri)).replace("-", " ").lower().capitalize()


def _int(v):
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def read_facts(source) -> Facts:
    """Read organisations, people, themes, meetings, consultations, documents and what was said."""
    store = open_store(source)
    f = Facts()
    names = _labels(store, "?s rdfs:label|skos:prefLabel|foaf:name ?v")
    pref = _labels(store, "?s skos:prefLabel ?v")
    name = lambda iri: (pref.get(iri) or names.get(iri) or _readable(iri)) if iri else ""  # noqa: E731
    docs = _labels(store, "?s a ckg:SourceDocument ; dcterms:title ?v")
    docs.update(_labels(store, "?s a ckg:SourceDocument ; dcterms:source ?v"))  # the file name, when given
    doc_name = lambda iri: str(docs.get(iri) or (local_name(iri) if iri else ""))  # noqa: E731
    acronym = _labels(store, "?s a org:Organization ; ckg:acronym ?v")
    kind = dict(_rows(store, "?s a org:Organization ; org:classification ?v", "?s ?v"))
    country = dict(_rows(store, "?s a org:Organization ; ckg:country ?v", "?s ?v"))
    for (org,) in _rows(store, "?s a org:Organization", "?s"):
        k = kind.get(org)
        f.nodes[org] = {"label": str(names.get(org) or _readable(org)), "type": "organisation",
                        "acronym": str(acronym.get(org, "")), "org_type": name(k) if k else "unclassified",
                        "org_type_id": k or "", "country": name(country.get(org))}
    for a, b in _rows(store, "?a org:subOrganizationOf ?b", "?a ?b"):
        f.links.add((a, b, "sub-organisation of"))
    jobs = _labels(store, "?s a foaf:Person ; schema:jobTitle ?v")
    member = defaultdict(list)
    for a, b in _rows(store, "?a org:memberOf ?b", "?a ?b"):
        member[a].append(b)
        f.links.add((a, b, "member of"))
    for (p,) in _rows(store, "?s a foaf:Person", "?s"):
        f.nodes[p] = {"label": str(names.get(p) or _readable(p)), "type": "person",
                      "job_title": str(jobs.get(p, "")), "orgs": sorted(member.get(p, ()))}
    _read_consultations(store, f, name, doc_name)
    _read_meetings(store, f, name, doc_name)
    _read_messages(store, f, doc_name)
    for p in f.of_type("person"):
        orgs = [o for o in f.nodes[p].pop("orgs") if o in f.nodes]
        f.nodes[p]["organisation"] = "; ".join(f.nodes[o]["label"] for o in orgs)
        f.nodes[p]["organisation_ids"] = tuple(orgs)
    f.links = {link for link in f.links if link[0] in f.nodes and link[1] in f.nodes}
    broader = defaultdict(set)
    for t, o in _rows(store, "?t skos:broader+ ?o", "?t ?o"):
        broader[t].add(o)
    for t in f.of_type("theme"):
        f.objectives[t] = tuple(sorted(o for o in broader.get(t, ()) if local_name(o) in OBJECTIVES))
    f.labels = {iri: name(iri) for iri in {o for os in f.objectives.values() for o in os}}
    return f


def _read_consultations(store, f: Facts, name, doc_name) -> None:
    one = lambda where: dict(_rows(store, f"?s a ckg:Consultation ; {where} ?v", "?s ?v"))  # noqa: E731
    start, end, country, group = one("schema:startDate"), one("schema:endDate"), one("ckg:country"), \
        one("ckg:stakeholderGroup")
    doc = dict(_rows(store, "?s a ckg:Consultation . ?s ckg:reportedIn|prov:wasDerivedFrom ?v . "
                            "?v a ckg:SourceDocument", "?s ?v"))
    for (c,) in _rows(store, "?s a ckg:Consultation", "?s"):
        f.consultations[c] = Consultation(
            c, name(c), str(start.get(c) or ""), str(end.get(c) or ""), country.get(c) or "",
            name(country.get(c)), group.get(c) or "", name(group.get(c)), doc.get(c) or "", doc_name(doc.get(c)))
        for iri, label, kind in ((c, name(c), "consultation"), (doc.get(c), doc_name(doc.get(c)), "document")):
            if iri:
                f.nodes.setdefault(iri, {"label": label, "type": kind})
        if country.get(c):
            f.labels[country[c]] = name(country[c])


def _read_meetings(store, f: Facts, name, doc_name) -> None:
    rows = _rows(store, f"?x a ckg:Meeting . OPTIONAL {{ ?x ckg:partOf ?c }} OPTIONAL {{ ?x ckg:stance ?s }} "
                        f"OPTIONAL {{ ?x ckg:stanceText ?st }} OPTIONAL {{ ?x ckg:position ?pos }} {_DOC} {_EVIDENCE}",
                 "?x ?c ?s ?st ?pos ?doc ?line ?page ?src")
    for x, c, s, st, pos, doc, line, page, src in sorted(rows, key=lambda r: tuple(map(str, r))):
        if x in f.meetings:
            continue
        m = f.meetings[x] = Meeting(x, c if c in f.consultations else None, stance=name(s) if s else "",
                                    stance_id=s or "", position=_int(pos) or 0)
        m.document = doc_name(src or doc)
        if st:
            m.said.append(Said("stance", str(st), m.document, _int(line), _int(page)))
        f.nodes[x] = {"label": name(x), "type": "meeting"}
    for x, p in _rows(store, "?x a ckg:Meeting ; ckg:participant ?p", "?x ?p"):
        f.meetings[x].participants.add(p)
    for x, t in _rows(store, "?x a ckg:Meeting ; ckg:discussed ?p", "?x ?p"):
        f.meetings[x].themes.add(t)
    for x, text in _rows(store, "?x a ckg:Meeting ; ckg:followUpInterest ?p", "?x ?p"):
        m = f.meetings[x]
        line = next((s.line for s in m.said if s.kind == "stance"), None)
        m.said.append(Said("follow-up", str(text), m.document, line, None))
    rows = _rows(store, f"?m a ckg:Meeting ; ckg:hasThemeMention ?x . OPTIONAL {{ ?x ckg:text ?text }} "
                        f"OPTIONAL {{ ?x ckg:concept ?t }} {_DOC} {_EVIDENCE}",
                 "?m ?x ?text ?t ?doc ?line ?page ?exact ?src")
    for m, x, text, t, doc, line, page, exact, src in rows:
        meeting = f.meetings[m]
        if t:
            meeting.themes.add(t)
        meeting.mentions.append(Mention(str(text or exact or ""), doc_name(src or doc), _int(line),
                                        name(t) if t else "", _int(page), t or ""))
    for m in f.meetings.values():
        m.mentions = sorted(set(m.mentions), key=lambda x: (x.document, x.line or 0, x.text, x.theme))
        m.said.sort(key=lambda s: (s.kind != "stance", s.line or 0, s.text))
        for t in m.themes:
            f.nodes.setdefault(t, {"label": name(t), "type": "theme"})


def _read_messages(store, f: Facts, doc_name) -> None:
    rows = _rows(store, f"?x a ckg:KeyMessage ; ckg:partOf ?c . OPTIONAL {{ ?x ckg:text ?text }} "
                        f"OPTIONAL {{ ?x ckg:highlight ?hl }} OPTIONAL {{ ?x ckg:position ?pos }} {_DOC} {_EVIDENCE}",
                 "?x ?c ?text ?hl ?pos ?doc ?line ?page ?src")
    about, mentions = defaultdict(set), defaultdict(set)
    for x, t in _rows(store, "?x a ckg:KeyMessage ; ckg:about ?t", "?x ?t"):
        about[x].add(t)
    for x, o in _rows(store, "?x a ckg:KeyMessage ; ckg:mentions ?o", "?x ?o"):
        mentions[x].add(o)
    seen = set()
    for x, c, text, hl, pos, doc, line, page, src in sorted(rows, key=lambda r: tuple(map(str, r))):
        if x in seen or c not in f.consultations or not text:
            continue
        seen.add(x)
        f.messages.append(KeyMessage(x, c, _int(pos) or 0, str(text), str(hl or ""), tuple(sorted(about[x])),
                                     tuple(sorted(mentions[x])), doc_name(src or doc), _int(line), _int(page)))
    f.messages.sort(key=lambda k: (k.consultation, k.position, k.iri))
