"""consultkg: stakeholder-consultation records to a linked-data knowledge graph.

    >>> from consultkg.build import build
    >>> report = build(["data/"], "output/")   # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"
