"""SHACL validation of a built graph with pySHACL.

    >>> result = validate("output/graph.trig")   # doctest: +SKIP
    >>> result.conforms                          # doctest: +SKIP
    True

The data is validated as one union graph (all named graphs together) with the
packaged vocabulary mixed in, so shapes may rely on the SKOS schemes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from ..build.load import load_dataset, union_graph
from ..vocab import shapes_graph, vocabulary_graph


def honorific_pattern(honorifics: Iterable[str] | None = None) -> str:
    r"""The ``sh:pattern`` of ``ckgsh:StartsWithHonorific``, made from the extractor's honorifics.

    A name fails when it starts with an honorific, white space and a capital letter,
    the same test the extractor uses to split one off (``shapes.ttl`` holds this
    pattern; a test checks it still equals what this returns)::

        >>> p = honorific_pattern(["Mr.", "Dr"])
        >>> p
        '^(Mr\\.|Dr)\\s+[A-ZÀ-ÖØ-Þ]'
        >>> bool(re.match(p, "Dr Amina Yusuf")), bool(re.match(p, "Drina Yusuf"))
        (True, False)
    """
    if honorifics is None:
        from ..lexicon import HONORIFICS as honorifics
    alternatives = sorted(set(honorifics), key=lambda h: (-len(h), h))
    return "^(%s)\\s+[A-ZÀ-ÖØ-Þ]" % "|".join(re.escape(h) for h in alternatives)


@dataclass
class ValidationResult:
    conforms: bool
    report: str  # pySHACL's text report
    violations: int


def validate_graph(data: Graph) -> ValidationResult:
    """Validate an in-memory graph against the shapes."""
    import pyshacl
    from rdflib.namespace import SH

    conforms, report_graph, text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=vocabulary_graph(), inference="none", allow_warnings=True,
    )
    violations = len(set(report_graph.objects(None, SH.result)))
    return ValidationResult(bool(conforms), text, violations)


def validate(source: str | Path, max_size: int | None = None) -> ValidationResult:
    """Validate a graph file or a build output folder."""
    return validate_graph(union_graph(load_dataset(source, max_size)))


#: The PROV-O axioms that bear on consultkg's graph (PROV-O itself is not packaged):
#: activities and entities are disjoint, and prov:wasDerivedFrom links entities.
PROV_AXIOMS = """
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
prov:Activity a owl:Class ; owl:disjointWith prov:Entity .
prov:Entity a owl:Class .
prov:wasDerivedFrom a owl:ObjectProperty ; rdfs:domain prov:Entity ; rdfs:range prov:Entity .
skos:Concept a owl:Class ; owl:disjointWith skos:ConceptScheme .
"""

_ERRORS = "http://www.daml.org/2002/03/agents/agent-ont#"  # where owlrl records inconsistencies


def owl_inconsistencies(data: Graph) -> list[str]:
    """What an OWL 2 RL closure of ``data``, the vocabulary and :data:`PROV_AXIOMS` finds inconsistent.

    An empty list means consistent. The closure (owlrl, which pySHACL brings)
    takes a few seconds for a few documents::

        >>> from rdflib import Graph
        >>> bad = Graph().parse(data='''
        ...     @prefix ckg: <https://w3id.org/consultkg/ontology#> .
        ...     @prefix prov: <http://www.w3.org/ns/prov#> .
        ...     <urn:m> a ckg:Meeting ; prov:wasDerivedFrom <urn:d> .''', format="turtle")
        >>> owl_inconsistencies(bad)   # doctest: +ELLIPSIS
        ['Disjoint classes ... have a common individual urn:m']
    """
    import owlrl
    from rdflib import Namespace

    graph = Graph()
    graph += vocabulary_graph()
    graph.parse(data=PROV_AXIOMS, format="turtle")
    graph += data
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    err = Namespace(_ERRORS)
    return sorted({str(m) for node in graph.subjects(err.error, None) for m in graph.objects(node, err.error)})
