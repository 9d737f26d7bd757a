"""The graph is consistent under OWL 2 RL together with PROV-O (vocabulary 1.1).

The closure (owlrl) of the ontology, the SKOS schemes, the PROV-O axioms that
matter (prov:Activity disjoint with prov:Entity; domain and range of
prov:wasDerivedFrom) and the graphs of the sample and of every record fixture
must report no inconsistency; the same closure must report one for a meeting
that is prov:wasDerivedFrom its document, as vocabulary 1.0 wrote it.
"""
from __future__ import annotations

import pytest
import rdflib.namespace as rns  # XSD not imported by name: pytest probes module globals
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from consultkg.namespaces import CKG
from consultkg.rdf.writer import record_triples
from consultkg.query.validate import PROV_AXIOMS, owl_inconsistencies

from .conftest import RECORDS, SAMPLE

INPUTS = sorted(p for p in RECORDS.iterdir() if p.suffix in {".md", ".txt"}) + [SAMPLE]


def _graph(path) -> Graph:
    from consultkg.extract import extract
    from consultkg.read import read_source

    return Graph().parse(data="\n".join(record_triples(extract(read_source(path)), path.stem)), format="nt")


@pytest.fixture(scope="module")
def fixtures_graph() -> Graph:
    """Every fixture's graph in one: OWL RL is monotonic, so the union is consistent iff each part is."""
    union = Graph()
    for path in INPUTS:
        union += _graph(path)
    return union


def test_there_are_fixtures_with_activities(fixtures_graph: Graph) -> None:
    assert len(INPUTS) >= 10
    assert len(set(fixtures_graph.subjects(RDF.type, CKG.Meeting))) >= len(INPUTS)
    assert len(set(fixtures_graph.subjects(RDF.type, CKG.Consultation))) == len(INPUTS)


def test_every_fixture_graph_is_consistent(fixtures_graph: Graph) -> None:
    assert owl_inconsistencies(fixtures_graph) == []


def test_activities_are_reported_in_not_derived_from(fixtures_graph: Graph) -> None:
    for cls in (CKG.Meeting, CKG.Consultation):
        for activity in fixtures_graph.subjects(RDF.type, cls):
            assert fixtures_graph.value(activity, PROV.wasDerivedFrom) is None, activity
            assert fixtures_graph.value(activity, CKG.reportedIn) is not None, activity


def test_the_1_0_graph_is_inconsistent(fixtures_graph: Graph) -> None:
    """Vocabulary 1.0 put prov:wasDerivedFrom on activities: the closure must catch every one."""
    old = Graph()
    old += fixtures_graph
    activities = set()
    for cls in (CKG.Meeting, CKG.Consultation):
        for activity in fixtures_graph.subjects(RDF.type, cls):
            activities.add(activity)
            old.add((activity, PROV.wasDerivedFrom, fixtures_graph.value(activity, CKG.reportedIn)))
    errors = owl_inconsistencies(old)
    assert len(errors) == len(activities)
    assert all("Disjoint classes" in e for e in errors)
    assert {e.rsplit(" ", 1)[-1] for e in errors} == {str(a) for a in activities}


def test_one_meeting_derived_from_a_document_is_reported() -> None:
    g = Graph()
    meeting, doc = URIRef("https://w3id.org/consultkg/id/meeting/x-1"), URIRef("https://w3id.org/consultkg/id/doc/x")
    g.add((doc, RDF.type, CKG.SourceDocument))
    g.add((meeting, RDF.type, CKG.Meeting))
    g.add((meeting, CKG.reportedIn, doc))
    assert owl_inconsistencies(g) == []
    g.add((meeting, PROV.wasDerivedFrom, doc))
    [error] = owl_inconsistencies(g)
    assert "prov#Activity" in error and "prov#Entity" in error and error.endswith(str(meeting))


def test_an_ill_typed_literal_is_reported() -> None:
    """The closure checks datatypes too: a dcterms:language that is not a language tag fails."""
    g = Graph()
    doc = URIRef("https://w3id.org/consultkg/id/doc/x")
    g.add((doc, RDF.type, CKG.SourceDocument))
    g.add((doc, DCTERMS.language, Literal("pt", datatype=rns.XSD.language)))
    assert owl_inconsistencies(g) == []
    g.add((doc, DCTERMS.language, Literal("not a language!", datatype=rns.XSD.language)))
    [error] = owl_inconsistencies(g)
    assert "does not match its datatype" in error


def test_prov_axioms_state_what_the_test_relies_on() -> None:
    axioms = Graph().parse(data=PROV_AXIOMS, format="turtle")
    from rdflib.namespace import OWL, RDFS

    assert (PROV.Activity, OWL.disjointWith, PROV.Entity) in axioms
    assert (PROV.wasDerivedFrom, RDFS.domain, PROV.Entity) in axioms
    assert (PROV.wasDerivedFrom, RDFS.range, PROV.Entity) in axioms
