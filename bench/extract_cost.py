"""CPU cost of reading and extracting one record, in one process, over a generated corpus.

    python bench/make_corpus.py 1000 --out /tmp/corpus
    python bench/extract_cost.py /tmp/corpus            # this checkout
    PYTHONPATH=OTHER/src python bench/extract_cost.py /tmp/corpus   # another checkout, same corpus

Prints CPU milliseconds per record for reading and for extraction (process time,
so another busy process on the machine does not count). Each record is read and
extracted once, as in a build (caches of names see each record once); the first
ten records only warm up imports and compiled patterns. Run it a few times and
compare medians.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    args = ap.parse_args()
    import consultkg
    from consultkg.extract import extract
    from consultkg.read import find_inputs, read_source

    files = find_inputs([args.corpus])
    for f in files[:10]:  # warm-up: imports and compiled patterns
        extract(read_source(f))
    files = files[10:]
    t = time.process_time()
    sources = [read_source(f) for f in files]
    read_ms = (time.process_time() - t) * 1000 / len(files)
    t = time.process_time()
    for s in sources:
        extract(s)
    extract_ms = (time.process_time() - t) * 1000 / len(files)
    print(f"{consultkg.__file__}: {len(files)} records, read {read_ms:.2f} ms/record, "
          f"extract {extract_ms:.2f} ms/record (CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
