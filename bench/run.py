"""Corpus-scale benchmark: consultkg's build against the straightforward approach.

    python bench/run.py                      # 10, 100, 1000 and 10000 records
    python bench/run.py --sizes 10 100       # a quick run
    python bench/run.py --work /tmp/bench    # where corpora and outputs go (kept between runs)

For each size it generates a corpus (bench/make_corpus.py, seed 7) and measures,
each in a fresh process:

- the cold build (`consultkg build CORPUS --out OUT`, empty cache): seconds,
  records/s, triples/s, peak memory (all processes of the build together,
  sampled every 20 ms);
- the no-change rebuild (the same command again);
- the store (`--store`, from the warm cache) and the time of every saved question on it;
- the straightforward approach: one rdflib Graph in memory, each triple added one at
  a time, serialised to Turtle once (same reading and extraction code, one process).

It prints a Markdown table and the machine it ran on.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)])
    except psutil.Error:
        return 0


def measured(cmd: list[str], timeout: float | None = None) -> tuple[float, int, str, bool]:
    """Run ``cmd``; return (seconds, peak bytes of its process tree, stderr, finished)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.02)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    try:
        _, err = proc.communicate(timeout=timeout)
        finished = True
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        finished = False
    watcher.join()
    return time.perf_counter() - start, peak[0], err, finished


def consultkg(*args: str) -> list[str]:
    return [sys.executable, "-m", "consultkg.cli", *args]


def summary_value(stderr: str, key: str) -> int:
    for line in stderr.splitlines():
        if line.startswith(key + ":"):
            return int(line.split(":")[1].split()[0])
    return 0


def saved_question_times(store: Path, runs: int = 3) -> dict[str, float]:
    from consultkg.sparql.api import open_source, run
    from consultkg.sparql.saved import saved_questions

    params = {"organisations-for-theme": {"theme": "care"}, "evidence": {"theme": "care"},
              "not-consulted-on": {"theme": "gender-based-violence"}}
    source = open_source(store)
    out = {}
    for name in saved_questions():
        run(source, name, params.get(name, {}))  # warm-up
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            run(source, name, params.get(name, {}))
            times.append(time.perf_counter() - t)
        out[name] = statistics.median(times) * 1000
    return out


def baseline(corpus: Path, out: Path) -> None:
    """The straightforward approach, in this process: one rdflib Graph, one triple at a time."""
    from rdflib import Graph, URIRef
    from rdflib.util import from_n3

    from consultkg.build import document_ids
    from consultkg.errors import InputError
    from consultkg.extract import extract
    from consultkg.rdf import record_triples
    from consultkg.read import find_inputs, read_source

    g = Graph()
    paths = find_inputs([corpus])
    ids = document_ids(paths)
    for path in paths:
        try:
            record = extract(read_source(path))
        except InputError:
            continue
        for line in record_triples(record, ids[path]):
            s, rest = line[1:].split("> <", 1)
            p, o = rest.split("> ", 1)
            g.add((URIRef(s), URIRef(p), from_n3(o[:-2])))
    out.mkdir(parents=True, exist_ok=True)
    g.serialize(out / "graph.ttl", format="turtle")
    print(len(g), file=sys.stderr)


def bench_size(n: int, work: Path, baseline_timeout: float) -> dict:
    from make_corpus import make_corpus

    corpus = work / f"corpus-{n}"
    if not (corpus / "manifest.json").exists():
        make_corpus(n, corpus, seed=7)
    out, store = work / f"out-{n}", work / f"store-{n}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)
    row: dict = {"records": n}
    cold, peak, err, _ = measured(consultkg("build", str(corpus), "--out", str(out), "--no-network"))
    triples = summary_value(err, "triples")
    row.update(cold_s=cold, peak_mb=peak / 2**20, triples=triples, rec_per_s=n / cold, triples_per_s=triples / cold)
    row["nochange_s"] = measured(consultkg("build", str(corpus), "--out", str(out), "--no-network"))[0]
    from consultkg.build import NETWORK_MAX_TRIPLES
    row["network_s"] = (measured(consultkg("network", str(out), "--out", str(out / "network.html")))[0]
                        if triples <= NETWORK_MAX_TRIPLES else None)
    row["store_s"] = measured(consultkg("build", str(corpus), "--out", str(out), "--no-network",
                                        "--store", str(store)))[0]
    times = saved_question_times(store)
    row["query_max_ms"], row["query_total_ms"] = max(times.values()), sum(times.values())
    row["query_slowest"] = max(times, key=times.get)
    if baseline_timeout <= 0:  # --baseline-timeout 0: not measured this time
        row.update(base_s=float("nan"), base_finished=False, base_peak_mb=float("nan"))
        return row
    base_out = work / f"baseline-{n}"
    secs, bpeak, _, finished = measured([sys.executable, __file__, "--baseline", str(corpus), str(base_out)],
                                        timeout=baseline_timeout)
    row.update(base_s=secs, base_finished=finished, base_peak_mb=bpeak / 2**20)
    return row


def machine() -> str:
    import pyoxigraph
    import rdflib

    cpu = "?"
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, Python {platform.python_version()}, "
            f"rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}")


def table(rows: list[dict]) -> str:
    head = ("| records | triples | cold build | records/s | triples/s | peak memory | no-change rebuild | "
            "network.html | store sync | saved questions (slowest) | straightforward | speed-up |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        base = f"{r['base_s']:.1f} s, {r['base_peak_mb']:.0f} MB" if r["base_finished"] else f"> {r['base_s']:.0f} s"
        speed = f"{r['base_s'] / r['cold_s']:.1f}×" if r["base_finished"] else f"> {r['base_s'] / r['cold_s']:.1f}×"
        lines.append(f"| {r['records']:,} | {r['triples']:,} | {r['cold_s']:.1f} s | {r['rec_per_s']:.0f} | "
                     f"{r['triples_per_s']:,.0f} | {r['peak_mb']:.0f} MB | {r['nochange_s']:.2f} s | "
                     f"{'—' if r['network_s'] is None else format(r['network_s'], '.1f') + ' s'} | {r['store_s']:.1f} s | {r['query_max_ms']:.0f} ms "
                     f"({r['query_slowest']}) | {base} | {speed} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/consultkg-bench"))
    ap.add_argument("--baseline-timeout", type=float, default=1800)
    ap.add_argument("--baseline", nargs=2, type=Path, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.baseline:
        baseline(*args.baseline)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.sizes:
        rows.append(bench_size(n, args.work, args.baseline_timeout))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(table(rows))
    print(f"\nMachine: {machine()}")


if __name__ == "__main__":
    main()
