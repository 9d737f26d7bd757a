"""Facts -> networkx graphs: the four views of the consultation network.

Everything comes from the RDF (``read.read_facts``, SPARQL over an Oxigraph
store), never from the extraction model, so a graph built elsewhere, or pushed
to a triple store and dumped back, draws the same::

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

Nodes are IRIs (strings) with plain attributes: ``label``, ``display`` (the
label made unique: a ministry with its country, a person with their
organisation), ``type`` (one of ``NODE_TYPES``), ``acronym``, ``org_type`` and
``org_type_id``, ``country``, ``organisation``, ``job_title`` and ``org_type_ids`` (people: the
types of the organisations they belong to);
``meetings`` and ``consultation_count``; for themes ``stakeholders`` (distinct
organisations that discussed it, a person counted as their organisation); the
facets as sorted tuples of labels (``themes``, ``objectives``, ``countries``,
``consultations``, ``stances``); and ``evidence``, a tuple of ``Mention``.
Edges carry ``weight`` (int) and ``kind``; ``g.graph["weight"]`` says what a
weight is: ``"meetings"`` (the meetings that made the edge: the page recounts
them under its filters) or ``"one"`` (the full view). The graph keeps the facts
and, per meeting, the view's nodes it concerns (``g.graph["members"]``): the
page evaluates its filters on meetings with them; ``g.graph["display"]`` keeps the
labels told apart (``display_labels``). Nodes and edges are inserted in
sorted order, so everything downstream is deterministic.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from .model import Facts, Meeting, Mention  # noqa: F401  (Mention: re-exported)
from .facts import local_name, read_facts  # noqa: F401  (read_facts: re-exported)

VIEWS = ("stakeholder-theme", "organisation", "theme-cooccurrence", "full")
NODE_TYPES = ("organisation", "person", "theme", "meeting", "consultation", "document")
STRUCTURAL = ("member of", "sub-organisation of")  # edge kinds that no meeting makes


def members(f: Facts, m: Meeting, view: str) -> set[str]:
    """The nodes of ``view`` that meeting ``m`` concerns (its participants, themes, ...)."""
    stakeholders = {p for p in m.participants if p in f.nodes and f.nodes[p]["type"] in ("organisation", "person")}
    if view == "stakeholder-theme":
        return stakeholders | m.themes
    if view == "organisation":
        orgs = {p for p in stakeholders if f.nodes[p]["type"] == "organisation"}
        return orgs | {o for p in stakeholders for o in f.nodes[p].get("organisation_ids", ())}
    if view == "theme-cooccurrence":
        return set(m.themes)
    out = stakeholders | m.themes | {m.iri}
    if m.consultation:
        out.add(m.consultation)
        doc = f.consultations[m.consultation].document_id
        if doc:
            out.add(doc)
    return out


def display_labels(f: Facts) -> dict[str, str]:
    """Node -> a label that tells apart what shares a name: an organisation with its country (else its type),
    a person with their organisation, a consultation with its date."""
    orgs = f.of_type("organisation")
    repeated = Counter(f.nodes[o]["label"].casefold() for o in orgs)
    out = {}
    for o in orgs:
        a = f.nodes[o]
        if repeated[a["label"].casefold()] > 1:
            out[o] = f"{a['label']} ({a['country'] or a['org_type']})"
    for p in f.of_type("person"):
        a = f.nodes[p]
        orgs_of = [f.nodes[o] for o in a.get("organisation_ids", ())]
        if orgs_of:
            out[p] = f"{a['label']} ({', '.join(x['acronym'] or x['label'] for x in orgs_of)})"
    repeated = Counter(c.label.casefold() for c in f.consultations.values())
    for c in f.consultations.values():
        if repeated[c.label.casefold()] > 1:
            out[c.iri] = f"{c.label} ({', '.join(x for x in (c.start, c.country) if x) or local_name(c.iri)})"
    repeated = Counter(out[c].casefold() for c in f.consultations if c in out)
    for c in f.consultations:  # same label, date and country: the IRI's own name tells them apart
        if c in out and repeated[out[c].casefold()] > 1:
            out[c] = f"{out[c][:-1]}, {local_name(c)})"
    return out


def _decorate(f: Facts, node: str, meetings: list[Meeting], display: dict) -> dict:
    attrs = {"acronym": "", "org_type": "", "org_type_id": "", "country": "", "organisation": "", "job_title": ""}
    attrs.update({k: v for k, v in f.nodes[node].items() if k != "organisation_ids"})
    attrs["display"] = display.get(node, attrs["label"])
    if attrs["type"] == "person":  # a person is of the type of the organisations they belong to
        attrs["org_type_ids"] = tuple(sorted({f.nodes[o].get("org_type_id", "") for o in
                                              f.nodes[node].get("organisation_ids", ()) if o in f.nodes}))
    if attrs["type"] == "theme":
        themes = {node}
        evidence = {x for m in meetings for x in m.mentions if x.theme_id == node}
        orgs = set()
        for m in meetings:
            for p in m.participants:
                a = f.nodes.get(p, {})
                if a.get("type") == "person" and a.get("organisation_ids"):
                    orgs |= set(a["organisation_ids"])
                elif a.get("type") in ("organisation", "person"):
                    orgs.add(p)
        attrs["stakeholders"] = len(orgs)
    else:
        themes = {t for m in meetings for t in m.themes}
        evidence = {x for m in meetings for x in m.mentions}
    consultations = {m.consultation for m in meetings if m.consultation}
    cons = [f.consultations[c] for c in consultations]
    attrs.update(
        meetings=len(meetings), consultation_count=len(consultations),
        themes=tuple(sorted(f.nodes[t]["label"] for t in themes if t in f.nodes)),
        objectives=tuple(sorted({f.labels.get(o, o) for t in themes for o in f.objectives.get(t, ())})),
        countries=tuple(sorted({c.country for c in cons} - {""})),
        consultations=tuple(sorted(display.get(c.iri, c.label) for c in cons)),
        stances=tuple(sorted({m.stance for m in meetings} - {""})),
        evidence=tuple(sorted(evidence, key=lambda x: (x.document, x.line or 0, x.text, x.theme, x.page or 0,
                                                       x.theme_id))),
    )
    return attrs


def _add(edges: dict, a: str, b: str, kind: str, count: bool = True) -> None:
    key = (a, b) if a < b else (b, a)
    if key in edges:
        edges[key][0] += count
    else:
        edges[key] = [1, kind]


def project(f: Facts, view: str = "stakeholder-theme") -> nx.Graph:
    """The networkx graph of one of ``VIEWS``; a ``ValueError`` names the choices for another."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r} (choose from {', '.join(VIEWS)})")
    edges: dict[tuple[str, str], list] = {}
    if view == "stakeholder-theme":
        nodes = f.of_type("organisation", "person", "theme")
    elif view == "organisation":
        nodes = f.of_type("organisation")
    elif view == "theme-cooccurrence":
        nodes = f.of_type("theme")
    else:
        nodes = f.of_type(*NODE_TYPES)
    in_view = set(nodes)
    of_meeting = {}
    for m in sorted(f.meetings.values(), key=lambda m: m.iri):
        mem = of_meeting[m.iri] = members(f, m, view) & in_view
        if view == "stakeholder-theme":
            for p in mem - m.themes:
                for t in m.themes & mem:
                    _add(edges, p, t, "discussed")
        elif view == "organisation":
            for a, b in combinations(sorted(mem), 2):
                _add(edges, a, b, "co-participation")
        elif view == "theme-cooccurrence":
            for a, b in combinations(sorted(mem), 2):
                _add(edges, a, b, "co-occurrence")
        else:
            for p in sorted(mem & (m.participants | m.themes)):
                _add(edges, m.iri, p, "participant" if p in m.participants else "discussed", False)
            if m.consultation:
                _add(edges, m.iri, m.consultation, "part of", False)
                doc = f.consultations[m.consultation].document_id
                if doc in in_view:
                    _add(edges, m.consultation, doc, "reported in", False)
    if view == "full":
        for a, b, kind in sorted(f.links):
            _add(edges, a, b, kind, False)
    by_node: dict[str, list[Meeting]] = defaultdict(list)
    for m in sorted(f.meetings.values(), key=lambda m: m.iri):
        for n in of_meeting[m.iri] | {m.iri} | m.participants | m.themes:
            if n in in_view:
                by_node[n].append(m)
    display = display_labels(f)
    g = nx.Graph(view=view, facts=f, members={m: sorted(ns) for m, ns in of_meeting.items()},
                 weight="one" if view == "full" else "meetings", display=display)
    g.add_nodes_from((n, _decorate(f, n, by_node.get(n, []), display)) for n in sorted(nodes))
    g.add_edges_from((a, b, {"weight": weight, "kind": kind}) for (a, b), (weight, kind) in sorted(edges.items()))
    return g
