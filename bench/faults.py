"""Kill builds and store updates at random moments; check nothing is left half old, half new.

    python bench/faults.py [--records 300] [--kills 20] [--seed 9]

It makes a corpus (bench/make_corpus.py), builds it with ``--store`` (the old
build), changes it (edits, a deletion, an addition) and builds that clean (the
new build). Then, ``--kills`` times: from a copy of the old build, a build of
the changed corpus is started and SIGKILLed at a random moment of its run.
After each kill:

* every output file (graph.trig, graph.ttl, graph.jsonld, graph.nt, report.json)
  is byte for byte the old build's or the new build's;
* the store answers as the old or the new build, or refuses every query with
  the one-line "incomplete ... rebuild" message;
* no ``.build-*`` folder survives the next build, and the next build's files and
  store equal the clean new build's.

Exit 0 when every check holds; each failure is printed. Used by .ci/run.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FILES = ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt", "report.json")
COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }"


def consultkg(*args, check=True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "consultkg.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, check=check, timeout=600)


def digests(out: Path) -> dict[str, str | None]:
    return {n: hashlib.sha256((out / n).read_bytes()).hexdigest() if (out / n).is_file() else None for n in FILES}


def store_answer(store: Path) -> str:
    run = consultkg("query", store, COUNT, "--format", "csv", check=False)
    if run.returncode == 0:
        return run.stdout.strip()
    if "incomplete" in run.stderr and "rebuild" in run.stderr and run.stderr.strip().count("\n") == 0:
        return "incomplete"
    return f"error: {run.stderr.strip()}"


def change(corpus: Path, rng: random.Random) -> None:
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt"))
    for p in rng.sample(files, 5):
        p.write_bytes(p.read_bytes() + b"\n\nA closing remark added later.\n")
    files[0].unlink()
    shutil.copy(files[1], files[1].with_name("added-" + files[1].name))


def build_args(corpus: Path, out: Path, store: Path) -> list:
    return ["build", corpus, "--out", out, "--store", store, "--no-network"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=300)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--work", type=Path, default=None, help="folder to work in (default: a temporary one)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    work = args.work or Path(tempfile.mkdtemp(prefix="consultkg-faults-"))
    corpus = work / "corpus"
    subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), str(args.records), "--out", str(corpus),
                    "--seed", str(args.seed)], check=True, capture_output=True)
    (corpus / "manifest.json").unlink(missing_ok=True)
    old_out, old_store = work / "old-out", work / "old-store"
    consultkg(*build_args(corpus, old_out, old_store), check=False)
    old = (digests(old_out), store_answer(old_store))
    change(corpus, rng)
    new_out, new_store = work / "new-out", work / "new-store"
    start = time.monotonic()
    consultkg(*build_args(corpus, new_out, new_store), check=False)
    # from the old build: what the killed builds do (re-extract the changed records, update the store)
    probe_out, probe_store = work / "probe-out", work / "probe-store"
    shutil.copytree(old_out, probe_out)
    shutil.copytree(old_store, probe_store)
    start = time.monotonic()
    consultkg(*build_args(corpus, probe_out, probe_store), check=False)
    span = time.monotonic() - start
    new = (digests(new_out), store_answer(new_store))
    print(f"{args.records} records; an update from the old build takes {span:.1f} s; "
          f"{args.kills} kills at random moments", flush=True)
    failures = 0
    for n in range(args.kills):
        out, store = work / f"kill-{n}-out", work / f"kill-{n}-store"
        shutil.copytree(old_out, out)
        shutil.copytree(old_store, store)
        moment = rng.uniform(0.05, span)
        proc = subprocess.Popen([sys.executable, "-m", "consultkg.cli", *map(str, build_args(corpus, out, store))],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
        time.sleep(moment)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        got = digests(out)
        problems = [f"{name} is neither the old nor the new build's" for name in FILES
                    if got[name] not in (old[0][name], new[0][name])]
        answer = store_answer(store)
        if answer not in (old[1], new[1], "incomplete"):
            problems.append(f"the store answers {answer!r}")
        consultkg(*build_args(corpus, out, store), check=False)
        if digests(out) != new[0]:
            problems.append("the next build differs from a clean build")
        if store_answer(store) != new[1]:
            problems.append("the store after the next build differs from a clean build's")
        if list(out.glob(".build-*")):
            problems.append("a .build-* folder was left")
        kind = "old" if got == old[0] else "new" if got == new[0] else "mixed files"
        print(f"kill {n + 1:2}: at {moment:4.1f} s: files {kind}, store {answer.splitlines()[-1] if answer else '?'}"
              f"{': ' + '; '.join(problems) if problems else ': ok'}", flush=True)
        failures += bool(problems)
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(store, ignore_errors=True)
    print(f"{args.kills - failures} of {args.kills} kills left every output and the store old or new")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
