"""RDF graph -> networkx graphs: the four views of the consultation network.

Everything is read from the RDF (rdflib triple patterns over the union of all
named graphs), never from the extraction model, so a graph built elsewhere, or
pushed to a triple store and dumped back, draws the same::

    >>> from consultkg.load import load_dataset
    >>> facts = read_facts(load_dataset("output/"))          # doctest: +SKIP
    >>> g = project(facts, "stakeholder-theme")               # doctest: +SKIP
    >>> g.nodes["https://w3id.org/consultkg/id/org/united-nations-development-programme"]["acronym"]  # doctest: +SKIP
    'UNDP'

Views (``VIEWS``):

* ``stakeholder-theme``: bipartite; every organisation and person, and every
  theme concept a meeting discussed; an edge stakeholder-theme weighted by the
  number of meetings where the stakeholder took part and the theme came up.
* ``organisation``: every organisation; an edge between two organisations
  weighted by the number of meetings both took part in (an organisation takes
  part when it, or a person who represents it, is a participant).
* ``theme-cooccurrence``: the discussed themes; an edge weighted by the number
  of meetings that discussed both.
* ``full``: organisations, people, themes, meetings, consultations and
  documents with the links between them (participant, discussed, part of,
  reported in, member of, sub-organisation of), weight 1.

Nodes are IRIs (strings) with plain attributes: ``label``, ``type`` (one of
``NODE_TYPES``), ``acronym``, ``org_type`` and ``org_type_id``, ``country``,
``organisation`` and ``job_title`` (people); the facets the explorer filters on
as sorted tuples of labels (``themes``, ``objectives``, ``countries``,
``consultations``, ``stances``); and ``evidence``, a tuple of ``Mention``.
Edges carry ``weight`` (int) and ``kind``. Nodes and edges are inserted in
sorted order, so everything downstream is deterministic.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SDO, SKOS

from ..namespaces import CKG, CKGT

VIEWS = ("stakeholder-theme", "organisation", "theme-cooccurrence", "full")
NODE_TYPES = ("organisation", "person", "theme", "meeting", "consultation", "document")
FACETS = ("themes", "objectives", "countries", "consultations", "stances")
OBJECTIVES = (CKGT["objective-gbv-human-capital"], CKGT["objective-economic-opportunities"],
              CKGT["objective-leadership"])


@dataclass(frozen=True)
class Mention:
    """The exact words of a theme mention and where they are: document file name and line."""

    text: str
    document: str
    line: int | None
    theme: str  # the concept's label, "" when the phrase maps to no concept


@dataclass
class Meeting:
    """One ckg:Meeting as the views need it."""

    iri: str
    consultation: str | None
    participants: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)
    stance: str = ""
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Facts:
    """What the views are made of, read once from the RDF graph."""

    nodes: dict[str, dict] = field(default_factory=dict)  # IRI -> attributes (label, type, ...)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    consultation_country: dict[str, str] = field(default_factory=dict)  # consultation IRI -> country label
    document_of: dict[str, set[str]] = field(default_factory=dict)  # consultation IRI -> document IRIs
    objectives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # theme IRI -> objective labels
    links: set[tuple[str, str, str]] = field(default_factory=set)  # (person/org, org, kind)

    def of_type(self, *types: str) -> list[str]:
        return sorted(n for n, a in self.nodes.items() if a["type"] in types)


class _Index:
    """Subject -> objects, per predicate, over all named graphs: one pass per predicate, then dict look-ups."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.by: dict = {}
        for p in _PREDICATES:
            index = self.by[p] = defaultdict(list)
            for s, o in self._pairs(p, None):
                index[s].append(o)

    def _pairs(self, p, o):
        if isinstance(self.graph, Dataset):
            return ((s, o2) for s, _, o2, _ in self.graph.quads((None, p, o, None)))
        return ((s, o2) for s, _, o2 in self.graph.triples((None, p, o)))

    def typed(self, cls) -> list:
        return sorted({s for s, _ in self._pairs(RDF.type, cls)})

    def objects(self, s, p) -> list:
        return sorted(set(self.by[p].get(s, ())))

    def value(self, s, p):
        values = self.objects(s, p)
        return values[0] if values else None

    def label(self, node, *props) -> str:
        """The English (else untagged, else any) literal of the first of ``props`` that has one."""
        for prop in props or (SKOS.prefLabel, RDFS.label):
            values = sorted({o for o in self.by[prop].get(node, ()) if isinstance(o, Literal)},
                            key=lambda o: (o.language or "", str(o)))
            for lang in ("en", None):
                for v in values:
                    if v.language == lang:
                        return str(v)
            if values:
                return str(values[0])
        return ""

    def name(self, node, *props) -> str:
        return self.label(node, *props) or _local_name(node)


_EXACT = URIRef("http://www.w3.org/ns/oa#exact")
_PREDICATES = (RDFS.label, SKOS.prefLabel, SKOS.broader, CKG.acronym, ORG.classification, CKG.country,
               ORG.subOrganizationOf, ORG.memberOf, FOAF.name, SDO.jobTitle, CKG.partOf, CKG.participant,
               CKG.discussed, CKG.stance, CKG.hasThemeMention, CKG.concept, CKG.evidence, CKG.line,
               PROV.wasDerivedFrom, DCTERMS.source, DCTERMS.title, CKG.text, _EXACT, CKG.reportedIn)


def _local_name(iri) -> str:
    tail = re.split(r"[/#]", str(iri).rstrip("/#"))[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tail).replace("-", " ").lower()


def read_facts(graph: Graph) -> Facts:
    """Read organisations, people, themes, meetings, consultations and documents from ``graph``.

    ``graph`` is a Graph or a Dataset (all its named graphs are read).
    """
    ix = _Index(graph)
    f = Facts()
    for org in ix.typed(ORG.Organization):
        kind = ix.value(org, ORG.classification)
        country = ix.value(org, CKG.country)
        f.nodes[str(org)] = {
            "label": ix.name(org, RDFS.label, SKOS.prefLabel), "type": "organisation",
            "acronym": ix.label(org, CKG.acronym), "org_type": ix.name(kind) if kind else "unclassified",
            "org_type_id": str(kind or ""), "country": ix.name(country) if country else "",
        }
        for rel, kind_name in ((ORG.subOrganizationOf, "sub-organisation of"), (ORG.memberOf, "member of")):
            for other in ix.objects(org, rel):
                f.links.add((str(org), str(other), kind_name))
    for person in ix.typed(FOAF.Person):
        orgs = [str(o) for o in ix.objects(person, ORG.memberOf)]
        f.nodes[str(person)] = {"label": ix.name(person, FOAF.name, RDFS.label), "type": "person",
                                "job_title": ix.label(person, SDO.jobTitle), "orgs": orgs}
        f.links |= {(str(person), o, "member of") for o in orgs}
    for m in ix.typed(CKG.Meeting):
        _read_meeting(ix, f, m)
    for person in f.of_type("person"):
        attrs = f.nodes[person]
        attrs["organisation"] = "; ".join(f.nodes[o]["label"] for o in attrs.pop("orgs") if o in f.nodes)
    f.links = {link for link in f.links if link[0] in f.nodes and link[1] in f.nodes}
    return f


def _read_meeting(ix: _Index, f: Facts, m) -> None:
    consultation = ix.value(m, CKG.partOf)
    meeting = Meeting(str(m), str(consultation) if consultation else None)
    meeting.participants = {str(p) for p in ix.objects(m, CKG.participant)}
    meeting.themes = {str(t) for t in ix.objects(m, CKG.discussed)}
    stance = ix.value(m, CKG.stance)
    meeting.stance = ix.name(stance, RDFS.label) if stance else ""
    for mention in ix.objects(m, CKG.hasThemeMention):
        concepts = ix.objects(mention, CKG.concept)
        meeting.themes |= {str(c) for c in concepts}
        evidence = ix.value(mention, CKG.evidence)
        line = ix.value(evidence, CKG.line) if evidence is not None else None
        doc = ix.value(mention, PROV.wasDerivedFrom)
        doc_name = (ix.label(doc, DCTERMS.source, DCTERMS.title) or str(doc)) if doc is not None else ""
        text = ix.label(mention, CKG.text) or (ix.label(evidence, _EXACT) if evidence is not None else "")
        for c in concepts or [None]:
            meeting.mentions.append(Mention(text, doc_name, int(line) if line is not None else None,
                                            ix.name(c) if c is not None else ""))
    meeting.mentions.sort(key=lambda x: (x.document, x.line or 0, x.text, x.theme))
    f.meetings[meeting.iri] = meeting
    f.nodes[meeting.iri] = {"label": ix.name(m, RDFS.label), "type": "meeting"}
    for t in meeting.themes:
        if t not in f.nodes:
            f.nodes[t] = {"label": ix.name(URIRef(t)), "type": "theme"}
            f.objectives[t] = _objectives(ix, URIRef(t))
    if consultation is not None and meeting.consultation not in f.nodes:
        c = meeting.consultation
        country = ix.value(consultation, CKG.country)
        f.nodes[c] = {"label": ix.name(consultation, RDFS.label), "type": "consultation",
                      "country": ix.name(country) if country else ""}
        f.consultation_country[c] = f.nodes[c]["country"]
        f.document_of[c] = {str(d) for d in ix.objects(consultation, CKG.reportedIn)}
        for d in f.document_of[c]:
            f.nodes.setdefault(d, {"label": ix.name(URIRef(d), DCTERMS.source, DCTERMS.title), "type": "document"})


def _objectives(ix: _Index, theme: URIRef) -> tuple[str, ...]:
    seen, todo = set(), [theme]
    while todo:
        for b in ix.objects(todo.pop(), SKOS.broader):
            if b not in seen:
                seen.add(b)
                todo.append(b)
    return tuple(sorted(ix.name(o) for o in seen if o in OBJECTIVES))


def _meetings_of(f: Facts) -> dict[str, set[str]]:
    """Node IRI -> the meetings it is linked to (the basis of its facets and evidence)."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in f.meetings.values():
        out[m.iri].add(m.iri)
        for n in m.participants | m.themes:
            out[n].add(m.iri)
        if m.consultation:
            out[m.consultation].add(m.iri)
            for d in f.document_of.get(m.consultation, ()):
                out[d].add(m.iri)
    return out


def _decorate(f: Facts, node: str, meetings: set[str]) -> dict:
    attrs = {"acronym": "", "org_type": "", "org_type_id": "", "country": "", "organisation": "", "job_title": ""}
    attrs.update(f.nodes[node])
    ms = [f.meetings[m] for m in sorted(meetings)]
    label = f.nodes.__getitem__
    if attrs["type"] == "theme":
        themes = {node}
        evidence = {x for m in ms for x in m.mentions if x.theme == attrs["label"]}
    else:
        themes = {t for m in ms for t in m.themes}
        evidence = {x for m in ms for x in m.mentions}
    consultations = {m.consultation for m in ms if m.consultation}
    attrs.update(
        themes=tuple(sorted(label(t)["label"] for t in themes if t in f.nodes)),
        objectives=tuple(sorted({o for t in themes for o in f.objectives.get(t, ())})),
        countries=tuple(sorted({f.consultation_country[c] for c in consultations} - {""})),
        consultations=tuple(sorted(label(c)["label"] for c in consultations)),
        stances=tuple(sorted({m.stance for m in ms} - {""})),
        evidence=tuple(sorted(evidence, key=lambda x: (x.document, x.line or 0, x.text, x.theme))),
    )
    return attrs


def _graph(f: Facts, nodes: list[str], edges: dict[tuple[str, str], list]) -> nx.Graph:
    meetings = _meetings_of(f)
    g = nx.Graph()
    for n in sorted(nodes):
        g.add_node(n, **_decorate(f, n, meetings.get(n, set())))
    for (a, b), (weight, kind) in sorted(edges.items()):
        g.add_edge(a, b, weight=weight, kind=kind)
    return g


def _add(edges: dict, a: str, b: str, kind: str) -> None:
    key = (a, b) if a < b else (b, a)
    if key in edges:
        edges[key][0] += 1
    else:
        edges[key] = [1, kind]


def project(f: Facts, view: str = "stakeholder-theme") -> nx.Graph:
    """The networkx graph of one of ``VIEWS``; a ``ValueError`` names the choices for another."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
    edges: dict[tuple[str, str], list] = {}
    stakeholders = set(f.of_type("organisation", "person"))
    if view == "stakeholder-theme":
        nodes = sorted(stakeholders | set(f.of_type("theme")))
        for m in f.meetings.values():
            for p in m.participants & stakeholders:
                for t in m.themes:
                    _add(edges, p, t, "discussed")
    elif view == "organisation":
        nodes = f.of_type("organisation")
        member_of = defaultdict(set)
        for a, b, kind in f.links:
            if kind == "member of" and f.nodes[a]["type"] == "person":
                member_of[a].add(b)
        for m in f.meetings.values():
            orgs = {p for p in m.participants if p in f.nodes and f.nodes[p]["type"] == "organisation"}
            orgs |= {o for p in m.participants for o in member_of.get(p, ())}
            for a, b in combinations(sorted(orgs), 2):
                _add(edges, a, b, "co-participation")
    elif view == "theme-cooccurrence":
        nodes = f.of_type("theme")
        for m in f.meetings.values():
            for a, b in combinations(sorted(m.themes), 2):
                _add(edges, a, b, "co-occurrence")
    else:
        nodes = f.of_type(*NODE_TYPES)
        for m in f.meetings.values():
            for p in sorted(m.participants & stakeholders):
                edges.setdefault(_key(m.iri, p), [1, "participant"])
            for t in sorted(m.themes):
                edges.setdefault(_key(m.iri, t), [1, "discussed"])
            if m.consultation:
                edges.setdefault(_key(m.iri, m.consultation), [1, "part of"])
                for d in sorted(f.document_of.get(m.consultation, ())):
                    edges.setdefault(_key(m.consultation, d), [1, "reported in"])
        for a, b, kind in sorted(f.links):
            edges.setdefault(_key(a, b), [1, kind])
    return _graph(f, nodes, edges)


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)
