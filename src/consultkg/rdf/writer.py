"""From records to RDF: one named graph per source document, as N-Triples lines.

    >>> # lines = record_triples(record, "lima")   # a Record from consultkg.extract
    >>> iris = Iris()                             # default base https://w3id.org/consultkg/id/
    >>> str(iris.org("Ministry of Health", "government-ministry", "Kenya"))
    'https://w3id.org/consultkg/id/org/ministry-of-health-kenya'

IRIs are minted from normalised content (see :class:`Iris`), never from run
order, so rebuilding the same inputs gives the same IRIs and the same
organisation named in two documents gets one IRI.

Triples are written straight to N-Triples text (literals made by :func:`literal`, escaped by
:func:`.ntriples.escape`), which is what large builds stream and cache; :func:`add_record`
parses them into an rdflib graph where one is wanted.
"""
from __future__ import annotations

import functools
from pathlib import Path

from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from ..text import fold, slug
from .ntriples import escape
from ..model import Evidence, Record
from ..namespaces import CKG, CKGA, CKGO, CKGT, DEFAULT_BASE_IRI, OA, RFC5147, RFC8118, WIKIDATA, prefixes


class NTLiteral(str):
    """A literal already in N-Triples form (see :func:`literal`)."""


class _Terms:
    """A namespace whose terms are looked up once, then kept as attributes (the writer asks for
    ``RDF.type`` a hundred times a record; rdflib works each one out again)."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, name: str):
        term = getattr(self._ns, name)
        setattr(self, name, term)
        return term


_W_RDF, _W_RDFS, _W_OA, _W_CKG, _W_PROV, _W_DCTERMS, _W_SDO, _W_ORG, _W_FOAF, _W_SKOS = (
    _Terms(RDF), _Terms(RDFS), _Terms(OA), _Terms(CKG), _Terms(PROV), _Terms(DCTERMS), _Terms(SDO), _Terms(ORG),
    _Terms(FOAF), _Terms(SKOS))


VOCABULARY_GRAPH = URIRef("https://w3id.org/consultkg/vocabulary")
_NATIONAL = {"government-ministry", "government-agency", "parliament", "local-government", "national-government"}
_MEDIA_TYPES = {"markdown": "text/markdown", "text": "text/plain", "pdf": "application/pdf",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


class Iris:
    """Mints the data IRIs under a base (``--base-iri``)."""

    #: Path segments of the subjects that several documents describe (organisations, people, places ...):
    #: a build keeps one copy of their triples in the union graph.
    SHARED = ("org", "person", "country", "place", "strategy", "initiative")

    def __init__(self, base: str = DEFAULT_BASE_IRI):
        self.ns = Namespace(base if base.endswith(("/", "#")) else base + "/")

    def shared_openings(self) -> tuple[str, ...]:
        """How an N-Triples line about a shared subject opens.

        >>> Iris("http://example.org/kg").shared_openings()[0]
        '<http://example.org/kg/org/'
        >>> str(Iris().person("Ana Ruiz", None)).startswith(tuple(o[1:] for o in Iris().shared_openings()))
        True
        """
        return tuple(f"<{self.ns}{segment}/" for segment in self.SHARED)

    def doc(self, doc_id: str) -> URIRef:
        return self.ns[f"doc/{doc_id}"]

    def consultation(self, doc_id: str) -> URIRef:
        return self.ns[f"consultation/{doc_id}"]

    def meeting(self, doc_id: str, position: int) -> URIRef:
        return self.ns[f"meeting/{doc_id}-{position}"]

    def mention(self, doc_id: str, meeting: int, n: int) -> URIRef:
        return self.ns[f"mention/{doc_id}-{meeting}-{n}"]

    def follow_up(self, doc_id: str, meeting: int, n: int) -> URIRef:
        return self.ns[f"follow-up/{doc_id}-{meeting}-{n}"]

    def message(self, doc_id: str, position: int) -> URIRef:
        return self.ns[f"message/{doc_id}-{position}"]

    def evidence(self, doc_id: str, what: str) -> URIRef:
        return self.ns[f"evidence/{doc_id}/{what}"]

    def org(self, label: str, org_type: str, country: str | None) -> URIRef:
        """Organisations of national scope ("Ministry of Health") carry their country in the IRI."""
        key = slug(label)
        if org_type in _NATIONAL and country and fold(country) not in fold(label):
            key = f"{key}-{slug(country)}"
        return self.ns[f"org/{key}"]

    def person(self, name: str, org_iri: URIRef | None) -> URIRef:
        suffix = "--" + str(org_iri).rsplit("/", 1)[-1] if org_iri else ""
        return self.ns[f"person/{slug(name)}{suffix}"]

    def country(self, name: str) -> URIRef:
        return self.ns[f"country/{slug(name)}"]

    def city(self, name: str, country: str | None) -> URIRef:
        return self.ns[f"place/{slug(name)}" + (f"-{slug(country)}" if country else "")]

    def strategy(self, label: str) -> URIRef:
        return self.ns[f"strategy/{slug(label)}"]

    def initiative(self, label: str) -> URIRef:
        return self.ns[f"initiative/{slug(label)}"]


_XSD_DATE, _XSD_YEAR_MONTH, _XSD_INTEGER = str(XSD.date), str(XSD.gYearMonth), str(XSD.integer)
_XSD_LANGUAGE = str(XSD.language)
_XSD_NON_NEGATIVE = str(XSD.nonNegativeInteger)  # the range of oa:start and oa:end
def literal(value, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal in N-Triples: ``literal('say "hi"')`` -> ``'"say \\"hi\\""'``; ints get xsd:integer."""
    if isinstance(value, bool):
        raise TypeError("booleans are not written")
    if isinstance(value, int):
        value, datatype = str(value), datatype or _XSD_INTEGER
    text = escape(str(value))
    if lang:
        return f'"{text}"@{lang}'
    return f'"{text}"^^<{datatype}>' if datatype else f'"{text}"'


def _date(value: str) -> str:
    return literal(value, datatype=_XSD_DATE if len(value) == 10 else _XSD_YEAR_MONTH)


def _fragment(fmt: str, ev: Evidence) -> tuple[str, URIRef, str] | None:
    """``(kind, specification, value)`` of the fragment selector for ``ev`` in a ``fmt`` document.

    >>> _fragment("markdown", Evidence(line=12, exact="x"))
    ('line', rdflib.term.URIRef('http://tools.ietf.org/rfc/rfc5147'), 'line=11,12')
    >>> _fragment("text", Evidence(line=1, exact="UNDP", char=310, char_end=314))[::2]   # a one-line record
    ('char', 'char=310,314')
    >>> _fragment("pdf", Evidence(line=40, exact="x", page=3))[2]
    'page=3'
    >>> _fragment("docx", Evidence(line=40, exact="x", page=3)) is None   # no fragment standard for Word
    True
    """
    if fmt in ("markdown", "text") and _has_offsets(ev):
        return "char", RFC5147, f"char={ev.char},{ev.char_end}"
    if fmt in ("markdown", "text") and ev.line >= 1:
        return "line", RFC5147, f"line={ev.line - 1},{ev.line}"
    if fmt == "pdf" and ev.page is not None and ev.page >= 1:
        return "page", RFC8118, f"page={ev.page}"
    return None


def _has_offsets(ev: Evidence) -> bool:
    """Whether ``ev`` has character offsets (words read from a record published on one line)."""
    return ev.char is not None and ev.char_end is not None and 0 <= ev.char < ev.char_end


class _Writer:
    """Writes one record's triples as N-Triples lines."""

    def __init__(self, record: Record, doc_id: str, iris: Iris):
        self.lines: list[str] = []
        self.r, self.id, self.iris = record, doc_id, iris
        self.doc = iris.doc(doc_id)
        self.org_iris: dict[str, URIRef] = {}

    def add(self, s, p, o) -> None:
        """Add a triple; ``o`` is an IRI (URIRef), an N-Triples literal from :func:`literal`, or a plain
        value made a literal here. None and "" are skipped."""
        if isinstance(o, URIRef):
            obj = f"<{o}>"
        elif o is None or o == "":
            return
        elif isinstance(o, NTLiteral):
            obj = o
        else:
            obj = literal(o)
        self.lines.append(f"<{s}> <{p}> {obj} .")

    def derived(self, node: URIRef) -> None:
        """Provenance of an entity (never of an activity: those are ``ckg:reportedIn``)."""
        self.add(node, _W_PROV.wasDerivedFrom, self.doc)

    def selector(self, what: str, ev: Evidence | None) -> URIRef | None:
        """The evidence node: an ``oa:SpecificResource`` of the document with its selectors.

        Its ``oa:hasSource`` is the document; it carries an ``oa:TextQuoteSelector``
        (``oa:exact``, with ``oa:prefix``/``oa:suffix`` when the evidence has them) and,
        for text and Markdown, an RFC 5147 ``oa:FragmentSelector`` selecting the line
        (``line=N-1,N``: RFC 5147 counts line positions from 0), for PDF an RFC 8118 one
        for the page (``page=N``); ``ckg:line`` and ``ckg:page`` repeat them for querying.
        Where the evidence has character offsets (words of a record published on one
        line, whose every line is 1) the fragment selects those characters instead
        (``char=S,E``) and an ``oa:TextPositionSelector`` (``oa:start`` S, ``oa:end`` E)
        says the same, so that the file's text ``[S:E]`` is ``oa:exact``.
        """
        if ev is None:
            return None
        res = self.iris.evidence(self.id, what)
        self.add(res, _W_RDF.type, _W_OA.SpecificResource)
        self.add(res, _W_OA.hasSource, self.doc)
        quote = URIRef(f"{res}/quote")
        self.add(res, _W_OA.hasSelector, quote)
        self.add(quote, _W_RDF.type, _W_OA.TextQuoteSelector)
        self.add(quote, _W_OA.exact, ev.exact)
        self.add(quote, _W_OA.prefix, ev.prefix)
        self.add(quote, _W_OA.suffix, ev.suffix)
        self.add(res, _W_CKG.line, NTLiteral(literal(ev.line)))
        if ev.page is not None:
            self.add(res, _W_CKG.page, NTLiteral(literal(ev.page)))
        fragment = _fragment(self.r.format, ev)
        if fragment is not None:
            (kind, spec, value) = fragment
            node = URIRef(f"{res}/{kind}")
            self.add(res, _W_OA.hasSelector, node)
            self.add(node, _W_RDF.type, _W_OA.FragmentSelector)
            self.add(node, _W_DCTERMS.conformsTo, spec)
            self.add(node, _W_RDF.value, value)
        if fragment is not None and fragment[0] == "char":
            position = URIRef(f"{res}/position")
            self.add(res, _W_OA.hasSelector, position)
            self.add(position, _W_RDF.type, _W_OA.TextPositionSelector)
            self.add(position, _W_OA.start, NTLiteral(literal(str(ev.char), datatype=_XSD_NON_NEGATIVE)))
            self.add(position, _W_OA.end, NTLiteral(literal(str(ev.char_end), datatype=_XSD_NON_NEGATIVE)))
        return res

    def place(self, city: str | None, country: str | None) -> tuple[URIRef | None, URIRef | None]:
        c_iri = self.country(country)
        city_iri = None
        if city:
            city_iri = self.iris.city(city, country)
            self.add(city_iri, _W_RDF.type, _W_SDO.City)
            self.add(city_iri, _W_RDFS.label, city)
            self.add(city_iri, _W_CKG.country, c_iri)
            self.derived(city_iri)
        return city_iri, c_iri

    def country(self, name: str | None) -> URIRef | None:
        if not name:
            return None
        iri = self.iris.country(name)
        self.add(iri, _W_RDF.type, _W_SDO.Country)
        self.add(iri, _W_RDFS.label, NTLiteral(literal(name, lang="en")))
        self.derived(iri)
        return iri

    def write(self) -> None:
        self.document()
        cons = self.consultation()
        self.organisations()
        people = self.people()
        for m in self.r.meetings:
            self.meeting(m, cons, people)
        for k in self.r.key_messages:
            self.message(k, cons)
        for ini in self.r.initiatives:
            iri = self.iris.initiative(ini.label)
            self.add(iri, _W_RDF.type, _W_CKG.Initiative)
            self.add(iri, _W_RDFS.label, ini.label)
            self.add(iri, _W_CKG.acronym, ini.acronym)
            self.add(iri, _W_CKG.mentionedIn, cons)
            self.add(iri, _W_CKG.evidence, self.selector(f"initiative-{slug(ini.label)}", ini.evidence))
            self.derived(iri)

    def document(self) -> None:
        r, d = self.r, self.doc
        self.add(d, _W_RDF.type, _W_CKG.SourceDocument)
        self.add(d, _W_DCTERMS.title, r.title)
        self.add(d, _W_DCTERMS.identifier, r.sha256)
        self.add(d, _W_DCTERMS.source, r.name)
        self.add(d, _W_DCTERMS.language, NTLiteral(literal(r.language, datatype=_XSD_LANGUAGE)) if r.language else None)
        self.add(d, DCTERMS["format"], _MEDIA_TYPES.get(r.format, r.format))
        self.add(d, _W_CKG.documentType, CKG[r.document_type])

    def consultation(self) -> URIRef:
        c, iri = self.r.consultation, self.iris.consultation(self.id)
        self.add(iri, _W_RDF.type, _W_CKG.Consultation)
        self.add(iri, _W_RDFS.label, c.label)
        if c.start:
            self.add(iri, _W_SDO.startDate, NTLiteral(_date(c.start)))
        if c.end:
            self.add(iri, _W_SDO.endDate, NTLiteral(_date(c.end)))
        city, country = self.place(c.city, c.country)
        self.add(iri, _W_CKG.city, city)
        self.add(iri, _W_CKG.country, country)
        if c.stakeholder_group:
            self.add(iri, _W_CKG.stakeholderGroup, CKGA[c.stakeholder_group])
        if c.strategy:
            s = self.iris.strategy(c.strategy)
            self.add(s, _W_RDF.type, _W_CKG.Strategy)
            self.add(s, _W_RDFS.label, NTLiteral(literal(c.strategy, lang="en")))
            self.add(iri, _W_CKG.strategy, s)
        self.add(iri, _W_CKG.campaign, c.campaign)
        self.add(iri, _W_CKG.venue, c.venue)
        self.add(iri, _W_CKG.reportedIn, self.doc)  # an activity: reported in, not derived from
        self.add(iri, _W_CKG.evidence, self.selector("consultation", c.evidence))
        return iri

    def organisations(self) -> None:
        orgs = {o.key: o for o in self.r.organisations}
        for o in orgs.values():
            self.org_iris[o.key] = self.iris.org(o.label, o.org_type, o.country)
        for o in orgs.values():
            iri = self.org_iris[o.key]
            self.add(iri, _W_RDF.type, _W_ORG.Organization)
            self.add(iri, _W_RDFS.label, o.label)
            self.add(iri, _W_CKG.acronym, o.acronym)
            for alias in o.aliases:  # another name the record gives it ("ONU Mulheres (UN Women)")
                self.add(iri, _W_SKOS.altLabel, alias)
            self.add(iri, _W_ORG.classification, CKGO[o.org_type])
            self.add(iri, _W_CKG.country, self.country(o.country))
            self.add(iri, _W_CKG.hostCountry, self.country(o.host_country))
            if o.parent:
                self.add(iri, _W_ORG.subOrganizationOf, self.org_iris[o.parent])
            for grp in o.member_of:
                self.add(iri, _W_ORG.memberOf, self.org_iris[grp])
            if o.wikidata:
                self.add(iri, OWL.sameAs, WIKIDATA[o.wikidata])
            self.add(iri, _W_CKG.evidence, self.selector(f"org-{o.key}", o.evidence))
            self.derived(iri)

    def people(self) -> dict[str, URIRef]:
        out = {}
        for p in self.r.people:
            org_iri = self.org_iris.get(p.organisation) if p.organisation else None
            iri = out[p.key] = self.iris.person(p.name, org_iri)
            self.add(iri, _W_RDF.type, _W_FOAF.Person)
            self.add(iri, _W_FOAF.name, p.name)
            self.add(iri, _W_SDO.honorificPrefix, p.honorific)
            self.add(iri, _W_SDO.jobTitle, p.job_title)
            self.add(iri, _W_ORG.memberOf, org_iri)
            self.add(iri, _W_CKG.evidence, self.selector(f"person-{p.key}", p.evidence))
            self.derived(iri)
        return out

    def meeting(self, m, cons: URIRef, people: dict[str, URIRef]) -> None:
        iri = self.iris.meeting(self.id, m.position)
        self.add(iri, _W_RDF.type, _W_CKG.Meeting)
        self.add(iri, _W_RDFS.label, m.label)
        self.add(iri, _W_CKG.partOf, cons)
        self.add(iri, _W_CKG.position, NTLiteral(literal(m.position)))
        for key in m.participants:
            self.add(iri, _W_CKG.participant, self.org_iris[key])
        for key in m.people:
            self.add(iri, _W_CKG.participant, people[key])
        for n, mention in enumerate(m.mentions, start=1):
            mi = self.iris.mention(self.id, m.position, n)
            self.add(mi, _W_RDF.type, _W_CKG.ThemeMention)
            self.add(mi, _W_CKG.text, mention.text)
            for concept in mention.concepts:
                self.add(mi, _W_CKG.concept, CKGT[concept])
                self.add(iri, _W_CKG.discussed, CKGT[concept])
            self.add(mi, _W_CKG.evidence, self.selector(f"mention-{m.position}-{n}", mention.evidence))
            self.derived(mi)
            self.add(iri, _W_CKG.hasThemeMention, mi)
        self.add(iri, _W_CKG.stance, CKG[m.stance])
        self.add(iri, _W_CKG.stanceText, m.stance_text)
        self.add(iri, _W_CKG.stanceEvidence, self.selector(f"stance-{m.position}", m.stance_evidence))
        cited = m.follow_up_evidence if len(m.follow_up_evidence) == len(m.follow_ups) else [None] * len(m.follow_ups)
        for n, (wanted, ev) in enumerate(zip(m.follow_ups, cited), start=1):
            self.add(iri, _W_CKG.followUpInterest, wanted)
            if ev is not None:  # the follow-up as a node of its own, with the words it was read from
                fi = self.iris.follow_up(self.id, m.position, n)
                self.add(fi, _W_RDF.type, _W_CKG.FollowUpInterest)
                self.add(fi, _W_CKG.text, wanted)
                self.add(fi, _W_CKG.evidence, self.selector(f"followup-{m.position}-{n}", ev))
                self.derived(fi)
                self.add(iri, _W_CKG.hasFollowUp, fi)
        self.add(iri, _W_CKG.evidence, self.selector(f"meeting-{m.position}", m.evidence))
        self.add(iri, _W_CKG.reportedIn, self.doc)  # an activity: reported in, not derived from

    def message(self, k, cons: URIRef) -> None:
        iri = self.iris.message(self.id, k.position)
        self.add(iri, _W_RDF.type, _W_CKG.KeyMessage)
        self.add(iri, _W_CKG.partOf, cons)
        self.add(iri, _W_CKG.position, NTLiteral(literal(k.position)))
        self.add(iri, _W_CKG.text, k.text)
        self.add(iri, _W_CKG.highlight, k.highlight)
        for concept in k.concepts:
            self.add(iri, _W_CKG.about, CKGT[concept])
        for key in k.mentions:
            self.add(iri, _W_CKG.mentions, self.org_iris[key])
        if k.detail_of is not None:
            self.add(iri, _W_CKG.detailOf, self.iris.message(self.id, k.detail_of))
        self.add(iri, _W_CKG.evidence, self.selector(f"message-{k.position}", k.evidence))
        self.derived(iri)


def record_triples(record: Record, doc_id: str, iris: Iris | None = None) -> list[str]:
    """The record's triples as sorted, distinct N-Triples lines (its named graph is ``iris.doc(doc_id)``)."""
    writer = _Writer(record, doc_id, iris or Iris())
    writer.write()
    return sorted(set(writer.lines))


def add_record(ds: Dataset, record: Record, doc_id: str, iris: Iris | None = None) -> Graph:
    """Write ``record`` into its own named graph of ``ds`` (the document's IRI) and return it."""
    iris = iris or Iris()
    g = ds.graph(iris.doc(doc_id))
    g.parse(data="\n".join(record_triples(record, doc_id, iris)), format="nt")
    return g


def vocabulary_digest() -> str:
    """A hash of the vocabulary files (cheap: no parsing)."""
    import hashlib

    from ..vocab import VOCABULARY_FILES, ontology_path
    h = hashlib.sha256()
    for name in VOCABULARY_FILES:
        h.update(ontology_path(name).read_bytes())
    return h.hexdigest()


@functools.cache
def _vocabulary_lines() -> tuple[str, ...]:
    from rdflib.compare import to_canonical_graph

    from ..vocab import vocabulary_graph
    text = to_canonical_graph(vocabulary_graph()).serialize(format="nt")
    return tuple(sorted({ln for ln in text.splitlines() if ln.strip()}))


def vocabulary_lines(cache_dir: Path | None = None) -> list[str]:
    """The ontology and SKOS schemes as sorted N-Triples lines, with stable blank-node labels.

    Parsing and canonicalising them takes a third of a second, so with
    ``cache_dir`` the lines are kept there under the digest of the files.
    """
    if cache_dir is None:
        return list(_vocabulary_lines())
    cached = Path(cache_dir) / f"vocabulary-{vocabulary_digest()}.nt"
    if cached.is_file():
        return cached.read_text(encoding="utf-8").splitlines()
    lines = list(_vocabulary_lines())
    from ..files import atomic_write
    atomic_write(cached, "\n".join(lines).encode("utf-8"))
    return lines


def add_vocabulary(ds: Dataset) -> Graph:
    """Copy the ontology and SKOS schemes into their own named graph."""
    from rdflib.compare import to_canonical_graph

    from ..vocab import vocabulary_graph
    g = ds.graph(VOCABULARY_GRAPH)
    for t in to_canonical_graph(vocabulary_graph()):  # stable blank-node labels: same bytes every run
        g.add(t)
    return g


def bind_prefixes(g: Graph, base: str = DEFAULT_BASE_IRI) -> None:
    """Bind the one prefix table (:func:`consultkg.namespaces.prefixes`) in ``g``."""
    for prefix, ns in prefixes(base).items():
        g.bind(prefix, Namespace(ns), override=True, replace=True)
