"""RDF triples -> a *digest*: what the network views need of a graph, as plain JSON-able data.

A digest is made of one document's triples in the build's worker (and kept in
the build cache beside them), or of a whole graph at once; the digests of the
parts of a graph merge into the digest of the whole, because every join the
views need (an evidence node and its selector, a meeting and its mentions)
lies within one document's graph::

    >>> lines = ['<urn:m> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...          '<https://w3id.org/consultkg/ontology#Meeting> .',
    ...          '<urn:m> <https://w3id.org/consultkg/ontology#participant> <urn:o> .',
    ...          '<urn:m> <http://www.w3.org/2000/01/rdf-schema#label> "Meeting \\\\"1\\\\""@en .']
    >>> d = digest(parse_lines(lines))
    >>> d["meetings"]["urn:m"]["participant"], d["labels"]
    (['urn:o'], [('urn:m', 'Meeting "1"', 'en')])
    >>> merge([d, digest(parse_lines(lines[:2]))])["meetings"]["urn:m"]["participant"]
    ['urn:o']

Terms are plain: an IRI or blank node is a ``str``, a literal a :class:`Lit`
(a ``str`` with ``lang``). ``assemble`` (in :mod:`.read`) turns a digest into ``Facts``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SDO, SKOS

from ..namespaces import CKG, OA
from ..rdf.ntriples import Lit, parse_lines, unescape  # noqa: F401  (Lit, unescape: re-exported)

REVISION = 3  # bump when the digest's shape or content changes: cached digests are then made again


_P = {str(p): name for p, name in (
    (RDF.type, "type"), (RDFS.label, "label"), (SKOS.prefLabel, "pref"), (FOAF.name, "label"),
    (DCTERMS.title, "title"), (DCTERMS.source, "source"), (CKG.acronym, "acronym"),
    (ORG.classification, "kind"), (CKG.country, "country"), (ORG.subOrganizationOf, "suborg"),
    (SDO.jobTitle, "job"), (ORG.memberOf, "member"), (SDO.startDate, "start"), (SDO.endDate, "end"),
    (CKG.stakeholderGroup, "group"), (CKG.reportedIn, "doc"), (PROV.wasDerivedFrom, "doc"),
    (CKG.partOf, "part"), (CKG.stance, "stance"), (CKG.stanceText, "st"), (CKG.position, "pos"),
    (CKG.evidence, "ev"), (CKG.line, "line"), (CKG.page, "page"), (OA.exact, "exact"),
    (OA.hasSelector, "selector"), (OA.hasSource, "src"), (CKG.participant, "participant"),
    (CKG.discussed, "discussed"), (CKG.followUpInterest, "followup"), (CKG.hasThemeMention, "mention"),
    (CKG.text, "text"), (CKG.concept, "concept"), (CKG.highlight, "hl"), (CKG.about, "about"),
    (CKG.mentions, "mentions"), (SKOS.broader, "broader"), (OA.start, "start"), (OA.end, "end"),
    (CKG.stanceEvidence, "sev"), (CKG.hasFollowUp, "fu"))}
PREDICATES = tuple(_P)  # the predicates a digest reads: any other triple is passed over
_CLASSES = {str(ORG.Organization): "orgs", str(FOAF.Person): "persons", str(CKG.Meeting): "meetings",
            str(CKG.Consultation): "consultations", str(CKG.KeyMessage): "messages",
            str(CKG.SourceDocument): "docs"}
_KINDS = ("orgs", "persons", "docs", "consultations", "meetings", "messages")
_FIELDS = {"orgs": ("acronym", "kind", "country"), "persons": ("job",), "docs": ("title", "source"),
           "consultations": ("start", "end", "country", "group", "doc"),
           "meetings": ("part", "stance", "st", "pos", "doc", "participant", "discussed", "followup"),
           "messages": ("part", "text", "hl", "pos", "doc", "about", "mentions")}


def digest(triples: Iterable[tuple]) -> dict:
    """The digest of a graph given as (s, p, o) plain terms (see :func:`parse_lines`)."""
    po: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    kinds: dict[str, list[str]] = defaultdict(list)
    for s, p, o in triples:
        name = _P.get(p)
        if name is None:
            continue
        if name == "type":
            if o in _CLASSES:
                kinds[_CLASSES[o]].append(s)
        else:
            po[s][name].append(o)
    out: dict = {"labels": [], "pref": [], "member": [], "suborg": [], "broader": []}
    for s, props in po.items():
        prefs = [(s, str(v), getattr(v, "lang", "")) for v in props.get("pref", ())]
        out["pref"] += prefs  # skos:prefLabel; "labels" are any name: rdfs:label, foaf:name or prefLabel
        out["labels"] += prefs + [(s, str(v), getattr(v, "lang", "")) for v in props.get("label", ())]
        for name in ("member", "suborg", "broader"):
            out[name] += [(s, o) for o in props.get(name, ()) if not isinstance(o, Lit)]
    for kind in _KINDS:
        out[kind] = {s: _fields(po.get(s, {}), _FIELDS[kind]) for s in sorted(set(kinds.get(kind, ())))}
    for s, entry in out["meetings"].items():
        props = po.get(s, {})
        entry["evidence"] = _evidence(po, props)
        entry["mentions"] = _mentions(po, props)
        if props.get("sev"):  # where the stance sentence was read (vocabulary extension ckg:stanceEvidence)
            entry["stance_evidence"] = _evidence(po, {"ev": props["sev"]})
        follow_ups = [[min(map(str, po.get(f, {}).get("text", ())), default=""), *(_evidence(po, po.get(f, {})) or
                       [(None,) * 6])[0]] for f in props.get("fu", ())]
        if follow_ups:  # each follow-up with its own line (ckg:hasFollowUp)
            entry["follow_ups"] = sorted(follow_ups, key=lambda t: tuple("" if v is None else str(v) for v in t))
    for s, entry in out["messages"].items():
        entry["evidence"] = _evidence(po, po.get(s, {}))
    for key in ("labels", "pref", "member", "suborg", "broader"):
        out[key] = sorted(set(out[key]))
    return out


def _fields(props: dict, names: tuple[str, ...]) -> dict:
    return {n: sorted({_key(v) for v in props.get(n, ())}, key=repr) for n in names if props.get(n)}


def _key(value):
    return (str(value), value.lang) if isinstance(value, Lit) else value


def _evidence(po, props) -> list:
    """[line, page, exact, source, start, end] of each evidence node of a subject (1.0 and 1.1 shapes;
    start and end are the character offsets of an ``oa:TextPositionSelector``, None without one)."""
    out = set()
    for ev in props.get("ev", ()):
        e = po.get(ev, {})
        exact, start, end = list(e.get("exact", ())), [], []
        for sel in e.get("selector", ()):
            selector = po.get(sel, {})
            exact += selector.get("exact", ())
            start += selector.get("start", ())
            end += selector.get("end", ())
        out.add((_first_int(e.get("line")), _first_int(e.get("page")), min(map(str, exact), default=None),
                 min(map(str, e.get("src", ())), default=None), _first_int(start), _first_int(end)))
    return sorted(out, key=lambda t: tuple("" if v is None else str(v) for v in t))


def _first_int(values):
    for v in sorted(map(str, values or ())):
        try:
            return int(v)
        except ValueError:
            continue
    return None


def _mentions(po, props) -> list:
    """[text, document, line, page, concept, start, end] of each theme mention of a meeting (one per concept)."""
    out = set()
    for x in props.get("mention", ()):
        m = po.get(x, {})
        ev = _evidence(po, m)
        line, page, exact, src, start, end = ev[0] if ev else (None,) * 6
        text = min(map(str, m.get("text", ())), default=None) or exact or ""
        doc = src or min(map(str, m.get("doc", ())), default=None)
        for concept in sorted(set(m.get("concept", ()))) or [None]:
            out.add((text, doc, line, page, concept, start, end))
    return sorted(out, key=lambda t: tuple("" if v is None else str(v) for v in t))


def merge(digests: Iterable[dict]) -> dict:
    """One digest of the union of the graphs the ``digests`` were made of."""
    lists: dict[str, set] = {k: set() for k in ("labels", "pref", "member", "suborg", "broader")}
    maps: dict[str, dict] = {k: {} for k in _KINDS}
    for d in digests:
        for k, rows in lists.items():
            rows.update(map(tuple, d.get(k, ())))
        for kind, entries in maps.items():
            for s, entry in d.get(kind, {}).items():
                have = entries.get(s)
                if have is None:
                    entries[s] = entry
                elif have != entry:
                    entries[s] = _union(have, entry)
    out: dict = {k: sorted(rows) for k, rows in lists.items()}
    out.update({k: dict(sorted(v.items())) for k, v in maps.items()})
    return out


def _union(a: dict, b: dict) -> dict:
    out = {}
    for k in sorted(set(a) | set(b)):
        rows = {_hashable(v) for v in a.get(k, ())} | {_hashable(v) for v in b.get(k, ())}
        out[k] = sorted(rows, key=lambda t: repr(t))
    return out


def _hashable(v):
    return tuple(_hashable(x) for x in v) if isinstance(v, list) else v


def document_digest(lines: list[str]) -> tuple[int, str]:
    """(REVISION, JSON text) of the digest of one document's N-Triples lines: what the build keeps."""
    import json

    return REVISION, json.dumps(digest(parse_lines(lines, PREDICATES)), ensure_ascii=False,
                                separators=(",", ":"))


def build_digest(cache, keys: Iterable[str], keep: bool = False) -> dict:
    """The digest of a build: its cache entries ``keys`` merged with the vocabulary's (see
    :func:`cached_digests`)."""
    from ..rdf.writer import vocabulary_lines

    return merge(cached_digests(cache, keys, vocabulary_lines(cache.root), keep))


def cached_digests(cache, keys: Iterable[str], vocabulary: list[str], keep: bool = False) -> Iterator[dict]:
    """The digests of the cache entries ``keys`` (made from their triples where the cache holds none of
    this revision; kept in the cache when ``keep``), then the digest of the ``vocabulary`` lines."""
    import json

    for key in keys:
        text = cache.digest(key, REVISION)
        if text is None:
            text = document_digest(cache.triple_lines(key))[1]
            if keep:
                cache.put_digest(key, REVISION, text)
        yield json.loads(text)
    yield digest(parse_lines(vocabulary, PREDICATES))
