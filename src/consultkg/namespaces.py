"""RDF namespaces of consultkg, as rdflib ``DefinedNamespace`` classes.

A typo in a term fails at import time instead of minting a wrong IRI::

    >>> from consultkg.namespaces import CKG, CKGT
    >>> str(CKG.Meeting)
    'https://w3id.org/consultkg/ontology#Meeting'
    >>> str(CKGT.care)
    'https://w3id.org/consultkg/theme/care'

Standard vocabularies come from :mod:`rdflib.namespace` (ORG, FOAF, PROV, SKOS,
DCTERMS, SDO); only the Web Annotation (OA) and VANN namespaces are declared
here because rdflib does not ship them as closed namespaces.
"""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

DEFAULT_BASE_IRI = "https://w3id.org/consultkg/id/"


class CKG(DefinedNamespace):
    """The consultkg ontology: classes, properties and named individuals."""

    _NS = Namespace("https://w3id.org/consultkg/ontology#")
    _fail = True

    # classes
    SourceDocument: URIRef
    Consultation: URIRef
    Meeting: URIRef
    ThemeMention: URIRef
    KeyMessage: URIRef
    Initiative: URIRef
    Strategy: URIRef
    DocumentType: URIRef
    Stance: URIRef
    # named individuals: document types
    MissionSummary: URIRef
    EventReadout: URIRef
    WrittenInput: URIRef
    OtherDocument: URIRef
    # named individuals: stances
    StrongEndorsement: URIRef
    Endorsement: URIRef
    Commendation: URIRef
    Concern: URIRef
    MixedStance: URIRef
    Opposition: URIRef
    NoStanceStated: URIRef
    # properties of the contract
    documentType: URIRef
    city: URIRef
    country: URIRef
    stakeholderGroup: URIRef
    strategy: URIRef
    reportedIn: URIRef
    partOf: URIRef
    position: URIRef
    participant: URIRef
    discussed: URIRef
    hasThemeMention: URIRef
    stance: URIRef
    stanceText: URIRef
    text: URIRef
    concept: URIRef
    evidence: URIRef
    line: URIRef
    highlight: URIRef
    about: URIRef
    acronym: URIRef
    mentionedIn: URIRef
    # extensions
    page: URIRef
    campaign: URIRef
    venue: URIRef
    hostCountry: URIRef
    followUpInterest: URIRef
    FollowUpInterest: URIRef
    hasFollowUp: URIRef
    stanceEvidence: URIRef
    mentions: URIRef
    detailOf: URIRef


class CKGT(DefinedNamespace):
    """SKOS concepts of the theme scheme (themes and strategic objectives)."""

    _NS = Namespace("https://w3id.org/consultkg/theme/")
    _fail = True
    _extras = [
        "objective-gbv-human-capital",
        "objective-economic-opportunities",
        "objective-leadership",
        "gender-based-violence",
        "human-capital",
        "adolescent-girls",
        "economic-participation",
        "economic-assets",
        "enabling-services",
        "rural-women",
        "indigenous-women",
        "social-norms",
        "institutional-coordination",
        "rights-and-economic-case",
        "gender-data",
        "fragility-conflict",
        "civil-society-engagement",
        "macroeconomic-policy",
    ]
    scheme: URIRef
    srhr: URIRef
    care: URIRef
    leadership: URIRef
    intersectionality: URIRef
    financing: URIRef


class CKGO(DefinedNamespace):
    """SKOS concepts of the organisation-type scheme."""

    _NS = Namespace("https://w3id.org/consultkg/org-type/")
    _fail = True
    _extras = [
        "national-government",
        "local-government",
        "government-ministry",
        "government-agency",
        "bilateral-agency",
        "multilateral-development-bank",
        "un-entity",
        "intergovernmental-organization",
        "supranational-union",
        "coordination-group",
        "civil-society",
        "private-sector",
        "world-bank-group",
    ]
    scheme: URIRef
    embassy: URIRef
    academia: URIRef
    parliament: URIRef
    other: URIRef


class CKGA(DefinedNamespace):
    """SKOS concepts of the stakeholder-group (audience) scheme."""

    _NS = Namespace("https://w3id.org/consultkg/audience/")
    _fail = True
    _extras = [
        "civil-society",
        "private-sector",
        "development-partners",
        "multi-stakeholder",
    ]
    scheme: URIRef
    government: URIRef
    academia: URIRef
    parliamentarians: URIRef
    youth: URIRef


class OA(DefinedNamespace):
    """The W3C Web Annotation vocabulary (the terms consultkg uses).

    >>> str(OA.SpecificResource)
    'http://www.w3.org/ns/oa#SpecificResource'
    >>> OA.hasSelecter
    Traceback (most recent call last):
      ...
    AttributeError: term 'hasSelecter' not in namespace 'http://www.w3.org/ns/oa#'
    """

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True
    # classes
    SpecificResource: URIRef
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    FragmentSelector: URIRef
    # properties
    hasSource: URIRef
    hasSelector: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef
    start: URIRef
    end: URIRef


class VANN(DefinedNamespace):
    """The VANN vocabulary for annotating vocabularies (the terms consultkg uses)."""

    _NS = Namespace("http://purl.org/vocab/vann/")
    _fail = True
    preferredNamespacePrefix: URIRef
    preferredNamespaceUri: URIRef


#: The specifications an ``oa:FragmentSelector`` conforms to (its ``dcterms:conformsTo``).
RFC5147 = URIRef("http://tools.ietf.org/rfc/rfc5147")  # text/plain fragments: line=... or char=...
RFC8118 = URIRef("http://tools.ietf.org/rfc/rfc8118")  # application/pdf fragments: page=...


def term(ns: type[DefinedNamespace], name: str) -> URIRef:
    """Return ``ns[name]``, raising ``AttributeError`` for a name ``ns`` does not define."""
    return ns[name]


WIKIDATA = Namespace("http://www.wikidata.org/entity/")

#: The one prefix table: the prefixes consultkg binds in the files it writes, declares in queries and
#: accepts in ``--param`` values (the base IRI's ``id:`` is added where the base is known, see
#: :func:`prefixes`).
PREFIXES: dict[str, str] = {
    "ckg": str(CKG._NS), "ckgt": str(CKGT._NS), "ckgo": str(CKGO._NS), "ckga": str(CKGA._NS), "oa": str(OA._NS),
    "org": "http://www.w3.org/ns/org#", "foaf": "http://xmlns.com/foaf/0.1/", "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/", "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "wd": str(WIKIDATA),
}


def prefixes(base_iri: str | None = DEFAULT_BASE_IRI) -> dict[str, str]:
    """:data:`PREFIXES` with ``id:`` for the instances under ``base_iri`` (none for ``None``).

    >>> prefixes()["id"], "id" in prefixes(None), prefixes()["schema"]
    ('https://w3id.org/consultkg/id/', False, 'https://schema.org/')
    """
    return {**PREFIXES, "id": base_iri} if base_iri else dict(PREFIXES)
