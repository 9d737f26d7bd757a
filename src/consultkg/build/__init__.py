"""The build stage: input files in, a built output folder (and a store) out.

It takes the files to read (:mod:`.run` scans them and runs the build as a transaction),
reads and extracts them in a pool of worker processes (:mod:`.workers`) through a
content-hash cache (:mod:`.cache`), and writes the graph files (:mod:`.outputs`),
``report.json`` and the build state (:mod:`.state`) atomically, so that a killed build
leaves the old outputs or the new (:mod:`.transaction`); :mod:`.store` keeps a persistent
Oxigraph store in step, and :mod:`.load` reads a built graph back. It uses the earlier
stages (read, extract, rdf) and no later one: the network page a build draws is handed in
by its caller (see :func:`.run.build`).
"""
