"""The RDF stage: a :class:`~consultkg.model.Record` in, the N-Triples lines of its named graph out.

:mod:`.writer` writes them (IRIs from stable keys, vocabulary 1.1) and knows the packaged
vocabulary's own lines; the namespaces and the one prefix table are :mod:`consultkg.namespaces`.
"""
