"""SPARQL over a built graph: saved questions, sources (files, stores, endpoints), results."""
