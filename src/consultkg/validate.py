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

from .load import load_dataset, union_graph
from .vocab import shapes_graph, vocabulary_graph


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
        from .extract.names import HONORIFICS as honorifics
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


def validate(source: str | Path) -> ValidationResult:
    """Validate a graph file or a build output folder."""
    return validate_graph(union_graph(load_dataset(source)))
