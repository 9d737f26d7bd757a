"""The vocabulary files: OWL ontology, SKOS schemes, SHACL shapes, and their loading."""
from __future__ import annotations

import doctest

import pyshacl
import rdflib.namespace as rns  # XSD and DefinedNamespace not imported by name: pytest probes module globals
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS, Namespace

import consultkg.vocab as vocab_module
from consultkg.namespaces import CKG, CKGA, CKGO, CKGT
from consultkg.vocab import (
    SHAPES_FILE,
    VOCABULARY_FILES,
    ontology_dir,
    ontology_path,
    shapes_graph,
    vocabulary_graph,
)

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = Namespace("https://w3id.org/consultkg/shapes#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")


def names(ns: type[rns.DefinedNamespace]) -> set[str]:
    """Every term a DefinedNamespace class defines (annotations and ``_extras``)."""
    return set(ns.__annotations__) | set(getattr(ns, "_extras", []))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path("consultkg.ttl"), format="turtle")


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return vocabulary_graph()


# --- loading -----------------------------------------------------------------


@pytest.mark.parametrize("name", [*VOCABULARY_FILES, SHAPES_FILE])
def test_every_file_parses(name: str) -> None:
    assert len(Graph().parse(ontology_path(name), format="turtle")) > 10


def test_ontology_dir_and_missing_file() -> None:
    assert (ontology_dir() / "consultkg.ttl").is_file()
    with pytest.raises(FileNotFoundError, match="nope.ttl"):
        ontology_path("nope.ttl")


def test_vocabulary_graph_is_a_fresh_copy() -> None:
    first = vocabulary_graph()
    size = len(first)
    first.add((CKG.Meeting, RDFS.seeAlso, Literal("scribble")))
    assert len(vocabulary_graph()) == size
    assert shapes_graph() is not shapes_graph()


def test_vocab_doctests() -> None:
    failures, _ = doctest.testmod(vocab_module)
    assert failures == 0


# --- the OWL ontology --------------------------------------------------------

DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef("https://w3id.org/consultkg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, URIRef("http://purl.org/dc/terms/title"))
    assert ontology.value(onto, OWL.versionInfo)
    assert ontology.value(onto, OWL.versionIRI) == URIRef("https://w3id.org/consultkg/ontology/1.1")
    vann = Namespace("http://purl.org/vocab/vann/")
    assert str(ontology.value(onto, vann.preferredNamespacePrefix)) == "ckg"
    assert str(ontology.value(onto, vann.preferredNamespaceUri)) == str(CKG._NS)


# vocabulary 1.1: the bridges that let generic tools read the data
BRIDGES = {
    CKG.participant: SCHEMA.attendee,
    CKG.partOf: SCHEMA.superEvent,
    CKG.about: URIRef("http://purl.org/dc/terms/subject"),
    CKG.acronym: SKOS.altLabel,
    CKG.reportedIn: SCHEMA.subjectOf,
}


@pytest.mark.parametrize("prop", sorted(BRIDGES))
def test_bridges(ontology: Graph, prop: URIRef) -> None:
    assert (prop, RDFS.subPropertyOf, BRIDGES[prop]) in ontology


def test_evidence_is_a_specific_resource(ontology: Graph) -> None:
    assert ontology.value(CKG.evidence, RDFS.range) == OA.SpecificResource
    for prop in (CKG.line, CKG.page):
        assert ontology.value(prop, RDFS.domain) == OA.SpecificResource
    assert ontology.value(CKG.reportedIn, RDFS.domain) == PROV.Activity


@pytest.mark.parametrize("name", sorted(names(CKG)))
def test_every_namespace_term_is_declared(ontology: Graph, name: str) -> None:
    term = CKG[name]
    types = set(ontology.objects(term, RDF.type))
    assert types & set(DECLARATIONS), f"ckg:{name} is not declared"
    for prop in (RDFS.label, RDFS.comment):
        assert any(isinstance(v, Literal) and v.language == "en" and str(v).strip()
                   for v in ontology.objects(term, prop)), f"ckg:{name} lacks an English {prop}"


def test_every_ckg_iri_in_the_vocabulary_is_in_the_namespace() -> None:
    """Vice versa: no ckg: IRI in any vocabulary or shapes file that CKG does not define."""
    prefix = str(CKG._NS)
    graph = vocabulary_graph() + shapes_graph()
    used = {str(t)[len(prefix):] for triple in graph for t in triple
            if isinstance(t, URIRef) and str(t).startswith(prefix)}
    assert used - names(CKG) == set()


def test_every_oa_and_vann_iri_used_is_in_its_namespace_class() -> None:
    """The Web Annotation and VANN terms in the vocabulary, the shapes and the golden graph are all
    declared in consultkg.namespaces (so code using them cannot mint a misspelt term)."""
    from consultkg.namespaces import OA as OA_NS
    from consultkg.namespaces import VANN

    from .conftest import REPO

    golden = Graph().parse(REPO / "tests" / "golden" / "lima-peru-government.ttl")
    graph = vocabulary_graph() + shapes_graph() + golden
    for ns in (OA_NS, VANN):
        prefix = str(ns._NS)
        used = {str(t)[len(prefix):] for triple in graph for t in triple
                if isinstance(t, URIRef) and str(t).startswith(prefix)}
        assert used and used <= names(ns), used - names(ns)


SUBCLASSES = {
    CKG.SourceDocument: {FOAF.Document, PROV.Entity},
    CKG.Consultation: {PROV.Activity, SCHEMA.Event},
    CKG.Meeting: {SCHEMA.Event, PROV.Activity},
}


@pytest.mark.parametrize("cls", sorted(SUBCLASSES))
def test_subclass_axioms(ontology: Graph, cls: URIRef) -> None:
    assert SUBCLASSES[cls] <= set(ontology.objects(cls, RDFS.subClassOf))


def test_individuals(ontology: Graph) -> None:
    doc_types = {"MissionSummary", "EventReadout", "WrittenInput", "OtherDocument"}
    stances = {"StrongEndorsement", "Endorsement", "Commendation", "Concern",
               "MixedStance", "Opposition", "NoStanceStated"}
    for group, cls in ((doc_types, CKG.DocumentType), (stances, CKG.Stance)):
        for name in group:
            assert {OWL.NamedIndividual, cls} <= set(ontology.objects(CKG[name], RDF.type))
        members = set(ontology.subjects(RDF.type, cls))
        assert {str(m)[len(str(CKG._NS)):] for m in members} == group


def test_property_kinds_and_ranges(ontology: Graph) -> None:
    for name in ("line", "page", "position"):
        assert (CKG[name], RDF.type, OWL.DatatypeProperty) in ontology
        assert (CKG[name], RDFS.range, rns.XSD.integer) in ontology
    for name in ("partOf", "participant", "discussed", "stance", "concept", "evidence",
                 "hostCountry", "mentions", "detailOf"):
        assert (CKG[name], RDF.type, OWL.ObjectProperty) in ontology
    for name in ("partOf", "position", "text", "country", "acronym"):  # serve several classes
        assert ontology.value(CKG[name], RDFS.domain) is None, name


# --- the SKOS schemes --------------------------------------------------------

SCHEMES = [(CKGT, "themes.ttl"), (CKGO, "org-types.ttl"), (CKGA, "audiences.ttl")]


@pytest.mark.parametrize(("ns", "file"), SCHEMES, ids=["ckgt", "ckgo", "ckga"])
def test_scheme_concepts_have_their_languages(ns: type[rns.DefinedNamespace], file: str) -> None:
    graph = Graph().parse(ontology_path(file), format="turtle")
    scheme = ns.scheme
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    required = {"en", "es", "fr", "pt"}  # every scheme speaks the four languages the extractor reads
    assert {lit.language for lit in graph.objects(scheme, SKOS.prefLabel)} >= required
    in_scheme = {str(c)[len(str(ns._NS)):] for c in graph.subjects(SKOS.inScheme, scheme)}
    assert in_scheme == names(ns) - {"scheme"}
    for name in in_scheme:
        concept = URIRef(str(ns._NS) + name)
        assert (concept, RDF.type, SKOS.Concept) in graph
        langs = [lit.language for lit in graph.objects(concept, SKOS.prefLabel)]
        assert set(langs) >= required and len(langs) == len(set(langs)), name
        assert any(d.language == "en" for d in graph.objects(concept, SKOS.definition)), name
        assert (concept, SKOS.topConceptOf, scheme) in graph or graph.value(concept, SKOS.broader)


def test_audience_altlabels() -> None:
    graph = Graph().parse(ontology_path("audiences.ttl"), format="turtle")
    alts = {str(a): c for c, a in graph.subject_objects(SKOS.altLabel)}
    assert alts["Government Representatives"] == CKGA.government
    assert alts["Representantes del Gobierno"] == CKGA.government
    assert alts["Représentants du gouvernement"] == CKGA.government
    assert alts["Civil Society Organizations"] == CKGA["civil-society"]
    assert alts["CSOs"] == CKGA["civil-society"]
    assert graph.value(None, SKOS.prefLabel, Literal("Development partners", lang="en")) == CKGA["development-partners"]
    assert graph.value(None, SKOS.prefLabel, Literal("Private sector", lang="en")) == CKGA["private-sector"]


# --- the SHACL shapes --------------------------------------------------------


def test_shapes_graph_is_accepted_by_pyshacl() -> None:
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes_graph(), inference="none")
    assert conforms, text


def test_every_shape_is_explained() -> None:
    shapes = shapes_graph()
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert shapes.value(shape, RDFS.comment), shape
    for prop_shape in shapes.objects(None, SH.property):
        assert shapes.value(prop_shape, SH.message), shapes.value(prop_shape, SH.path)


VALID = """
@prefix ckg: <https://w3id.org/consultkg/ontology#> .
@prefix ckgt: <https://w3id.org/consultkg/theme/> .
@prefix ckgo: <https://w3id.org/consultkg/org-type/> .
@prefix ckga: <https://w3id.org/consultkg/audience/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix : <https://w3id.org/consultkg/id/> .

:doc a ckg:SourceDocument ; dcterms:title "Lima mission summary" ;
    dcterms:identifier "0609a7c1c78954e40609a7c1c78954e40609a7c1c78954e40609a7c1c78954e4" ;
    dcterms:source "lima-peru-government.md" ; dcterms:language "en"^^xsd:language ;
    ckg:documentType ckg:MissionSummary .
:lima a schema:City ; rdfs:label "Lima" ; prov:wasDerivedFrom :doc .
:peru a schema:Country ; rdfs:label "Peru" ; prov:wasDerivedFrom :doc .
:uk a schema:Country ; rdfs:label "United Kingdom" ; prov:wasDerivedFrom :doc .
:strategy a ckg:Strategy ; rdfs:label "World Bank Group Gender Strategy 2024-2030" .
:consultation a ckg:Consultation ; rdfs:label "Lima, Peru: Government Representatives" ;
    schema:startDate "2023-12-04"^^xsd:date ; schema:endDate "2023-12-07"^^xsd:date ;
    ckg:city :lima ; ckg:country :peru ; ckg:stakeholderGroup ckga:government ;
    ckg:strategy :strategy ; ckg:campaign "#AccelerateEquality" ;
    ckg:reportedIn :doc ; ckg:evidence :consultation-at .
:consultation-at a oa:SpecificResource ; oa:hasSource :doc ; oa:hasSelector :consultation-at-quote ;
    ckg:line 6 .
:consultation-at-quote a oa:TextQuoteSelector ; oa:exact "#AccelerateEquality" .
:meeting-1 a ckg:Meeting ; rdfs:label "Meeting 1 with Government Representatives" ;
    ckg:partOf :consultation ; ckg:position 1 ;
    ckg:participant :mimp , :nancy ; ckg:discussed ckgt:gender-based-violence ;
    ckg:hasThemeMention :mention-1 ; ckg:stance ckg:StrongEndorsement ;
    ckg:stanceText "The participants offered their strong endorsement." ;
    ckg:followUpInterest "activities that would engage women as leaders" ;
    ckg:reportedIn :doc .
:mention-1 a ckg:ThemeMention ; ckg:text "GBV prevention and response" ;
    ckg:concept ckgt:gender-based-violence ; ckg:evidence :mention-1-at ; prov:wasDerivedFrom :doc .
:mention-1-at a oa:SpecificResource ; oa:hasSource :doc ;
    oa:hasSelector :mention-1-quote , :mention-1-line ; ckg:line 43 .
:mention-1-quote a oa:TextQuoteSelector ; oa:exact "GBV prevention and response" ;
    oa:prefix "priorities: " ; oa:suffix ", care" .
:mention-1-line a oa:FragmentSelector ; dcterms:conformsTo <http://tools.ietf.org/rfc/rfc5147> ;
    rdf:value "line=42,43" .
:km-1 a ckg:KeyMessage ; ckg:partOf :consultation ; ckg:position 1 ;
    ckg:text "Insufficient public and private care service supply was cited." ;
    ckg:highlight "Insufficient public and private care service supply" ; ckg:about ckgt:care ;
    ckg:mentions :mimp , :ufge ; prov:wasDerivedFrom :doc .
:km-2 a ckg:KeyMessage ; ckg:partOf :consultation ; ckg:position 2 ; ckg:text "A detail." ;
    ckg:detailOf :km-1 ; prov:wasDerivedFrom :doc .
:gov-peru a org:Organization ; rdfs:label "Government of Peru" ;
    org:classification ckgo:national-government ; ckg:country :peru ;
    owl:sameAs <http://www.wikidata.org/entity/Q12345> ; prov:wasDerivedFrom :doc .
:mimp a org:Organization ; rdfs:label "Ministry of Women and Vulnerable Population" ;
    org:classification ckgo:government-ministry ; org:subOrganizationOf :gov-peru ;
    prov:wasDerivedFrom :doc ; ckg:evidence :mimp-at .
:mimp-at a oa:SpecificResource ; oa:hasSource :doc ; oa:hasSelector :mimp-quote , :mimp-page ;
    ckg:line 40 ; ckg:page 2 .
:mimp-quote a oa:TextQuoteSelector ; oa:exact "Ministry of Women and Vulnerable Population" .
:mimp-page a oa:FragmentSelector ; dcterms:conformsTo <http://tools.ietf.org/rfc/rfc8118> ;
    rdf:value "page=2" .
:british-embassy a org:Organization ; rdfs:label "British Embassy in Peru" ;
    org:classification ckgo:embassy ; ckg:country :uk ; ckg:hostCountry :peru ;
    prov:wasDerivedFrom :doc .
:nancy a foaf:Person ; foaf:name "Nancy Tolentino" ; schema:honorificPrefix "Mrs." ;
    schema:jobTitle "Minister of Women and Vulnerable Population" ; org:memberOf :mimp ;
    prov:wasDerivedFrom :doc .
:ufge a ckg:Initiative ; rdfs:label "Umbrella Facility for Gender Equality" ; ckg:acronym "UFGE" ;
    ckg:mentionedIn :consultation ; prov:wasDerivedFrom :doc .
"""

ID = Namespace("https://w3id.org/consultkg/id/")


def violations(data: Graph) -> set[tuple[str, str, str]]:
    """(focus node, node shape, path) of each violation, validating data + vocabulary."""
    shapes = shapes_graph()
    conforms, report, _ = pyshacl.validate(data + vocabulary_graph(), shacl_graph=shapes,
                                           inference="none")
    found = set()
    for result in report.objects(None, SH.result):  # top-level results, not sh:detail
        source = report.value(result, SH.sourceShape)
        node_shape = shapes.value(None, SH.property, source) or source
        path = report.value(result, SH.resultPath)
        focus = report.value(result, SH.focusNode)
        found.add((str(focus).rsplit("/", 1)[-1], str(node_shape).rsplit("#", 1)[-1],
                   str(path).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if path else ""))
    assert conforms == (not found)
    return found


def valid() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def test_valid_graph_conforms() -> None:
    assert violations(valid()) == set()


def _edit(remove=(), add=()) -> Graph:
    g = valid()
    for triple in remove:
        g.remove(triple)
    for triple in add:
        g.add(triple)
    return g


INVALID = {
    "person named with honorific": (
        [(ID.nancy, FOAF.name, None)], [(ID.nancy, FOAF.name, Literal("Mrs. Jane Doe"))],
        {("nancy", "PersonShape", "name")}),
    "organization with two classifications": (
        [], [(ID.mimp, ORG.classification, CKGO["government-agency"])],
        {("mimp", "OrganizationShape", "classification")}),
    "organization classified outside ckgo": (
        [(ID.mimp, ORG.classification, None)], [(ID.mimp, ORG.classification, CKGT.care)],
        {("mimp", "OrganizationShape", "classification")}),
    "meeting without partOf": (
        [(ID["meeting-1"], CKG.partOf, None)], [],
        {("meeting-1", "MeetingShape", "partOf")}),
    "meeting position zero": (
        [(ID["meeting-1"], CKG.position, None)], [(ID["meeting-1"], CKG.position, Literal(0))],
        {("meeting-1", "MeetingShape", "position")}),
    "stance outside the seven": (
        [(ID["meeting-1"], CKG.stance, None)], [(ID["meeting-1"], CKG.stance, CKG.Meeting)],
        {("meeting-1", "MeetingShape", "stance")}),
    "participant that is an initiative": (
        [], [(ID["meeting-1"], CKG.participant, ID.ufge)],
        {("meeting-1", "MeetingShape", "participant")}),
    "sameAs outside Wikidata": (
        [], [(ID["gov-peru"], OWL.sameAs, URIRef("http://dbpedia.org/resource/Peru"))],
        {("gov-peru", "OrganizationShape", "sameAs")}),
    "identifier not a sha256": (
        [(ID.doc, URIRef("http://purl.org/dc/terms/identifier"), None)],
        [(ID.doc, URIRef("http://purl.org/dc/terms/identifier"), Literal("ABC"))],
        {("doc", "SourceDocumentShape", "identifier")}),
    "start after end": (
        [(ID.consultation, SCHEMA.startDate, None)],
        [(ID.consultation, SCHEMA.startDate, Literal("2023-12-09", datatype=rns.XSD.date))],
        {("consultation", "ConsultationShape", "startDate")}),
    "stakeholder group from the theme scheme": (
        [], [(ID.consultation, CKG.stakeholderGroup, CKGT.care)],
        {("consultation", "ConsultationShape", "stakeholderGroup")}),
    "mention concept outside ckgt": (
        [], [(ID["mention-1"], CKG.concept, CKGA.youth)],
        {("mention-1", "ThemeMentionShape", "concept")}),
    "evidence without line": (
        [(ID["mention-1-at"], CKG.line, None)], [],
        {("mention-1", "EvidenceShape", "evidence")}),
    # vocabulary 1.1: evidence on every node kind, in the Web Annotation model
    "organisation evidence with page zero": (
        [(ID["mimp-at"], CKG.page, None)], [(ID["mimp-at"], CKG.page, Literal(0))],
        {("mimp", "EvidenceShape", "evidence")}),
    "organisation evidence with a string page": (
        [(ID["mimp-at"], CKG.page, None)], [(ID["mimp-at"], CKG.page, Literal("2"))],
        {("mimp", "EvidenceShape", "evidence")}),
    "consultation evidence without source": (
        [(ID["consultation-at"], OA.hasSource, None)], [],
        {("consultation", "EvidenceShape", "evidence")}),
    "evidence pointing straight at a selector (1.0 shape)": (
        [(ID["mention-1"], CKG.evidence, None)], [(ID["mention-1"], CKG.evidence, ID["mention-1-quote"])],
        {("mention-1", "EvidenceShape", "evidence")}),
    "evidence without a text quote": (
        [(ID["mention-1-at"], OA.hasSelector, ID["mention-1-quote"])], [],
        {("mention-1", "EvidenceShape", "evidence")}),
    "text quote without exact": (
        [(ID["consultation-at-quote"], OA.exact, None)], [],
        {("consultation", "EvidenceShape", "evidence")}),
    "line fragment in the page form": (
        [(ID["mention-1-line"], RDF.value, None)], [(ID["mention-1-line"], RDF.value, Literal("page=3"))],
        {("mention-1", "EvidenceShape", "evidence")}),
    "line fragment of another line": (
        [(ID["mention-1-line"], RDF.value, None)], [(ID["mention-1-line"], RDF.value, Literal("line=41,42"))],
        {("mention-1", "EvidenceShape", "evidence")}),
    "page fragment of another page": (
        [(ID["mimp-page"], RDF.value, None)], [(ID["mimp-page"], RDF.value, Literal("page=3"))],
        {("mimp", "EvidenceShape", "evidence")}),
    "page fragment of no specification": (
        [(ID["mimp-page"], URIRef("http://purl.org/dc/terms/conformsTo"), None)], [],
        {("mimp", "EvidenceShape", "evidence")}),
    "theme mention with two evidence nodes": (
        [], [(ID["mention-1"], CKG.evidence, ID["consultation-at"])],
        {("mention-1", "ThemeMentionShape", "evidence")}),
    "meeting derived from its document": (
        [], [(ID["meeting-1"], PROV.wasDerivedFrom, ID.doc)],
        {("meeting-1", "ActivityShape", "wasDerivedFrom")}),
    "meeting not reported in a document": (
        [(ID["meeting-1"], CKG.reportedIn, None)], [],
        {("meeting-1", "ActivityShape", "reportedIn")}),
    "consultation reported in two documents": (
        [], [(ID.consultation, CKG.reportedIn, ID.doc2)],
        {("consultation", "ActivityShape", "reportedIn")}),
    "language as a plain string": (
        [(ID.doc, URIRef("http://purl.org/dc/terms/language"), None)],
        [(ID.doc, URIRef("http://purl.org/dc/terms/language"), Literal("en"))],
        {("doc", "SourceDocumentShape", "language")}),
    "document type not a DocumentType": (
        [(ID.doc, CKG.documentType, None)], [(ID.doc, CKG.documentType, CKG.Endorsement)],
        {("doc", "SourceDocumentShape", "documentType")}),
    "country without provenance": (
        [(ID.peru, PROV.wasDerivedFrom, None)], [],
        {("peru", "ProvenanceShape", "wasDerivedFrom")}),
    "person named with a generated honorific": (
        [(ID.nancy, FOAF.name, None)], [(ID.nancy, FOAF.name, Literal("Licda. Ana Ruiz"))],
        {("nancy", "PersonShape", "name")}),
    "node without provenance": (
        [(ID.ufge, PROV.wasDerivedFrom, None)], [],
        {("ufge", "ProvenanceShape", "wasDerivedFrom")}),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_invalid_graph_fails_with_the_expected_shape(case: str) -> None:
    remove, add, expected = INVALID[case]
    assert violations(_edit(remove, add)) == expected


def test_names_that_merely_start_like_an_honorific_pass() -> None:
    for name in ("Drina Yusuf", "Mesa Pérez", "Donatella Rossi", "Mr. smith-lowercase"):
        g = _edit([(ID.nancy, FOAF.name, None)], [(ID.nancy, FOAF.name, Literal(name))])
        assert violations(g) == set(), name


def test_honorific_pattern_is_generated_from_the_extractor() -> None:
    """shapes.ttl's pattern equals the one made from the extractor's list, so the two cannot drift."""
    from consultkg.extract.names import HONORIFICS
    from consultkg.query.validate import honorific_pattern

    pattern = str(shapes_graph().value(SHAPES.StartsWithHonorific, SH.pattern))
    assert pattern == honorific_pattern(HONORIFICS), (
        "regenerate ckgsh:StartsWithHonorific's sh:pattern from consultkg.query.validate.honorific_pattern()")
    assert honorific_pattern(HONORIFICS) != honorific_pattern([*HONORIFICS, "Capt."])  # the check can fail


def test_enumerations_are_stated_once() -> None:
    """No sh:in list repeats an owl:oneOf: the shapes use sh:class of the enumerated class."""
    shapes = shapes_graph()
    ontology = vocabulary_graph()
    one_ofs = [set(Collection(ontology, lst)) for lst in ontology.objects(None, OWL.oneOf)]
    for lst in shapes.objects(None, SH["in"]):
        assert set(Collection(shapes, lst)) not in one_ofs
