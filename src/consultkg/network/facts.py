"""RDF -> ``Facts``: what the network views are made of, assembled from a digest (:mod:`.digest`).

    >>> facts = read_facts("output/")                 # doctest: +SKIP
    >>> facts = read_facts(open_store("graph.ttl"))   # doctest: +SKIP
    >>> facts = read_facts(rdflib_graph_or_dataset)   # doctest: +SKIP

A build folder is read from the digests its build kept of each record (no graph
is loaded: 0.3 s at 1,000 records); any other source through an Oxigraph store
(``open_store`` bulk-loads a graph file; the triples of the predicates the views
need are then read from it) or the triples of an rdflib graph. Both shapes of
the vocabulary are read: evidence as a bare ``oa:TextQuoteSelector`` carrying
``ckg:line`` (1.0) or as an ``oa:SpecificResource`` with ``oa:hasSource`` and
``oa:hasSelector`` (1.1); an activity's document as ``prov:wasDerivedFrom``
(1.0) or ``ckg:reportedIn`` (1.1).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal

from ..query.local import to_oxigraph
from .digest import PREDICATES, Lit, build_digest, digest
from .model import Consultation, Facts, KeyMessage, Meeting, Mention, Said

OBJECTIVES = ("objective-gbv-human-capital", "objective-economic-opportunities", "objective-leadership")


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
    from ..query.local import open_local
    path = Path(source)
    if path.is_dir() and (path / "graph.nt").is_file():
        store.bulk_load(path=str(path / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
        return store
    return open_local(path).store


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


def _place(x) -> tuple:
    """Where a mention or sentence is, as a total order: document, line, page, character offsets, then the
    words and their theme; two identical words on one line are told apart by their offsets, so the page's
    order never depends on the order the graph was read in."""
    return (x.document, x.line or 0, x.page or 0, -1 if x.start is None else x.start,
            -1 if x.end is None else x.end, x.text, getattr(x, "theme", ""), getattr(x, "theme_id", ""))


def read_facts(source) -> Facts:
    """Organisations, people, themes, meetings, consultations, documents and what was said, of ``source``
    (a build folder, a graph file, an Oxigraph store, an rdflib Graph or Dataset, or a digest)."""
    return assemble(source if isinstance(source, dict) else read_digest(source))


def read_digest(source) -> dict:
    """The digest of ``source``: a build folder's from its cache when the cache matches its graph files,
    else made from the triples (an rdflib graph as it is; anything else through an Oxigraph store)."""
    if isinstance(source, Graph):
        return digest((_rdflib_plain(s), str(p), _rdflib_plain(o)) for s, p, o, *_ in
                      (source.quads((None, None, None, None)) if isinstance(source, Dataset) else source))
    if isinstance(source, (str, Path)) and Path(source).is_dir():
        cached = folder_digest(Path(source))
        if cached is not None:
            return cached
    store = open_store(source)
    return digest(_store_triples(store))


def folder_digest(out_dir: Path) -> dict | None:
    """The digest of a build folder from the per-document digests in its cache, or None when the folder's
    state, cache and graph files do not all belong to one finished build (the graph is then read instead)."""
    from ..build.state import last_build

    last = last_build(out_dir)
    if last is None:
        return None
    keys, cache = last
    try:
        return build_digest(cache, keys)
    except (KeyError, OSError, ValueError):  # an entry gone or damaged since: read the graph instead
        return None
    finally:
        cache.close()


def _store_triples(store: ox.Store):
    for p in PREDICATES:
        for q in store.quads_for_pattern(None, ox.NamedNode(p), None, None):
            yield _ox_plain(q.subject), p, _ox_plain(q.object)


def _ox_plain(term):
    if isinstance(term, ox.Literal):
        return Lit(term.value, term.language or "")
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _rdflib_plain(term):
    if isinstance(term, Literal):
        return Lit(str(term), term.language or "")
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _best(values) -> str | None:
    """The label to show of several: English, else untagged, else the first by language and text."""
    rank = {"en": 0, "": 1}
    vals = [(v[0], v[1]) if isinstance(v, (list, tuple)) else (v, "") for v in values or ()]
    if not vals:
        return None
    return min(vals, key=lambda v: (rank.get(v[1], 2), v[1], v[0]))[0]


def _iri(values) -> str | None:
    """The first IRI of several (a literal where an IRI belongs is passed over)."""
    iris = sorted(v for v in values or () if isinstance(v, str))
    return iris[0] if iris else None


def _text(values) -> str | None:
    texts = sorted(v[0] if isinstance(v, (list, tuple)) else v for v in values or ())
    return texts[0] if texts else None


def _labels(rows) -> dict[str, str]:
    found = defaultdict(list)
    for s, v, lang in rows:
        found[s].append((v, lang))
    return {s: _best(vs) for s, vs in found.items()}


def assemble(d: dict) -> Facts:
    """``Facts`` of a digest (see :mod:`.digest`)."""
    f = Facts()
    names, pref = _labels(d["labels"]), _labels(d["pref"])
    name = lambda iri: (pref.get(iri) or names.get(iri) or _readable(iri)) if iri else ""  # noqa: E731
    docs = {s: _best(e.get("source")) or _best(e.get("title")) for s, e in d["docs"].items()}
    doc_name = lambda iri: str(docs.get(iri) or (local_name(iri) if iri else ""))  # noqa: E731
    for org, e in d["orgs"].items():
        k = _iri(e.get("kind"))
        f.nodes[org] = {"label": str(names.get(org) or _readable(org)), "type": "organisation",
                        "acronym": str(_best(e.get("acronym")) or ""), "org_type": name(k) if k else "unclassified",
                        "org_type_id": k or "", "country": name(_iri(e.get("country")))}
    for a, b in d["suborg"]:
        f.links.add((a, b, "sub-organisation of"))
    member = defaultdict(list)
    for a, b in d["member"]:
        member[a].append(b)
        f.links.add((a, b, "member of"))
    for p, e in d["persons"].items():
        f.nodes[p] = {"label": str(names.get(p) or _readable(p)), "type": "person",
                      "job_title": str(_best(e.get("job")) or ""), "orgs": sorted(member.get(p, ()))}
    _consultations(d, f, name, doc_name, docs)
    _meetings(d, f, name, doc_name)
    _messages(d, f, doc_name)
    for p in f.of_type("person"):
        orgs = [o for o in f.nodes[p].pop("orgs") if o in f.nodes]
        f.nodes[p]["organisation"] = "; ".join(f.nodes[o]["label"] for o in orgs)
        f.nodes[p]["organisation_ids"] = tuple(orgs)
    f.links = {link for link in f.links if link[0] in f.nodes and link[1] in f.nodes}
    broader = defaultdict(set)
    for t, o in d["broader"]:
        broader[t].add(o)
    for t in f.of_type("theme"):
        f.objectives[t] = tuple(sorted(o for o in _ancestors(t, broader) if local_name(o) in OBJECTIVES))
    f.labels = {iri: name(iri) for iri in {o for os in f.objectives.values() for o in os}} | f.labels
    return f


def _ancestors(t: str, broader: dict) -> set[str]:
    seen, todo = set(), list(broader.get(t, ()))
    while todo:
        o = todo.pop()
        if o not in seen:
            seen.add(o)
            todo.extend(broader.get(o, ()))
    return seen


def _consultations(d: dict, f: Facts, name, doc_name, docs) -> None:
    for c, e in d["consultations"].items():
        country, group = _iri(e.get("country")), _iri(e.get("group"))
        doc = _iri(v for v in e.get("doc", ()) if v in docs)
        f.consultations[c] = Consultation(
            c, name(c), str(_text(e.get("start")) or ""), str(_text(e.get("end")) or ""), country or "",
            name(country), group or "", name(group), doc or "", doc_name(doc))
        for iri, label, kind in ((c, name(c), "consultation"), (doc, doc_name(doc), "document")):
            if iri:
                f.nodes.setdefault(iri, {"label": label, "type": kind})
        if country:
            f.labels[country] = name(country)


def _meetings(d: dict, f: Facts, name, doc_name) -> None:
    for x, e in d["meetings"].items():
        c, s, st = _iri(e.get("part")), _iri(e.get("stance")), _text(e.get("st"))
        line, page, _, src, start, end = e["evidence"][0] if e.get("evidence") else (None,) * 6
        m = f.meetings[x] = Meeting(x, c if c in f.consultations else None, stance=name(s) if s else "",
                                    stance_id=s or "", position=_int(_text(e.get("pos"))) or 0)
        m.document = doc_name(src or _iri(e.get("doc")))
        if e.get("stance_evidence"):  # the stance sentence's own line (else the meeting's, as older graphs give)
            line, page, _, _, start, end = e["stance_evidence"][0]
        if st:
            m.said.append(Said("stance", str(st), m.document, _int(line), _int(page), _int(start), _int(end)))
        f.nodes[x] = {"label": name(x), "type": "meeting"}
        m.participants.update(v for v in e.get("participant", ()) if isinstance(v, str))
        m.themes.update(v for v in e.get("discussed", ()) if isinstance(v, str))
        for text, fline, fpage, _, _, fstart, fend in e.get("follow_ups", ()):  # each with its own line
            m.said.append(Said("follow-up", str(text), m.document, _int(fline), _int(fpage), _int(fstart), _int(fend)))
        for text in (() if e.get("follow_ups") else e.get("followup", ())):  # graphs without ckg:hasFollowUp
            stance_line = next((s.line for s in m.said if s.kind == "stance"), None)
            m.said.append(Said("follow-up", str(text[0] if isinstance(text, (list, tuple)) else text), m.document,
                               stance_line, None))
        for text, doc, line, page, t, start, end in e.get("mentions", ()):
            if t:
                m.themes.add(t)
            m.mentions.append(Mention(str(text or ""), doc_name(doc), _int(line), name(t) if t else "",
                                      _int(page), t or "", _int(start), _int(end)))
        m.mentions = sorted(set(m.mentions), key=_place)
        m.said.sort(key=lambda s: (s.kind != "stance", *_place(s)))
        for t in m.themes:
            f.nodes.setdefault(t, {"label": name(t), "type": "theme"})


def _messages(d: dict, f: Facts, doc_name) -> None:
    for x, e in d["messages"].items():
        c, text = _iri(e.get("part")), _text(e.get("text"))
        if c not in f.consultations or not text:
            continue
        line, page, _, src, start, end = e["evidence"][0] if e.get("evidence") else (None,) * 6
        f.messages.append(KeyMessage(
            x, c, _int(_text(e.get("pos"))) or 0, str(text), str(_text(e.get("hl")) or ""),
            tuple(sorted(v for v in e.get("about", ()) if isinstance(v, str))),
            tuple(sorted(v for v in e.get("mentions", ()) if isinstance(v, str))),
            doc_name(src or _iri(e.get("doc"))), _int(line), _int(page), _int(start), _int(end)))
    f.messages.sort(key=lambda k: (k.consultation, k.position, k.iri))
