"""Corpus-scale benchmark: consultkg's build against the straightforward approach.

    python bench/run.py                      # 10, 100, 1000 and 10000 records
    python bench/run.py --sizes 10 100       # a quick run
    python bench/run.py --work /tmp/bench    # where corpora and outputs go (kept between runs)

For each size it generates a corpus (bench/make_corpus.py, seed 7) and measures,
each in a fresh process:

- the cold build (`consultkg build CORPUS --out OUT`, empty cache, network.html
  as the build draws it): seconds, records/s, triples/s, peak memory (all
  processes of the build together, sampled every 20 ms);
- the no-change rebuild (the same command again);
- `consultkg network OUT` (the page drawn on its own; bounded by --network-timeout);
- the cold build with `--store` (empty cache, empty store), then a store sync from
  the warm cache, and the time of every saved question on the store;
- the straightforward approach: one rdflib Graph in memory, each triple added one at
  a time, serialised to Turtle once (same reading and extraction code, one process).

It prints a Markdown table, the issue's targets met or missed, and the machine.
A size given with ``--no-baseline`` (``--baseline-timeout 0``) skips the last.
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


CPU: dict[str, float] = {}  # the CPU seconds (user + system, every process of the command) of the last run


def measured(cmd: list[str], timeout: float | None = None) -> tuple[float, int, str, bool]:
    """Run ``cmd``; return (seconds, peak bytes of its process tree, stderr, finished).

    ``CPU["last"]`` is then its CPU time, all its processes together: on a machine
    other work shares, the CPU time moves much less than the wall-clock time."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU["last"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - start, peak[0], err, finished


def consultkg(*args: str) -> list[str]:
    return [sys.executable, "-m", "consultkg.cli", *args]


def summary_value(stderr: str, key: str) -> int:
    for line in stderr.splitlines():
        if line.startswith(key + ":"):
            return int(line.split(":")[1].split()[0])
    return 0


def saved_question_times(store: Path, runs: int = 3) -> dict[str, float]:
    from consultkg.query.api import open_source, run
    from consultkg.query.saved import saved_questions

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

    from consultkg.build.run import document_ids
    from consultkg.errors import InputError
    from consultkg.extract import extract
    from consultkg.rdf.writer import record_triples
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


def bench_size(n: int, work: Path, baseline_timeout: float, network_timeout: float = 120) -> dict:
    from make_corpus import make_corpus

    corpus = work / f"corpus-{n}"
    if not (corpus / "manifest.json").exists():
        make_corpus(n, corpus, seed=7)
    out, store = work / f"out-{n}", work / f"store-{n}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(work / f"out-store-{n}", ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)
    row: dict = {"records": n}
    cold, peak, err, done = measured(consultkg("build", str(corpus), "--out", str(out)))
    if not done or "triples:" not in err:
        raise SystemExit(f"the cold build of {n} records failed:\n{err[-2000:]}")
    triples = summary_value(err, "triples")
    row.update(cold_s=cold, cold_cpu_s=CPU["last"], load=os.getloadavg()[0], peak_mb=peak / 2**20, triples=triples, rec_per_s=n / cold, triples_per_s=triples / cold,
               page_drawn=(out / "network.html").is_file())
    row["nochange_s"] = measured(consultkg("build", str(corpus), "--out", str(out)))[0]
    secs, _, _, finished = measured(consultkg("network", str(out), "--out", str(work / f"network-{n}.html")),
                                    timeout=network_timeout)
    row["network_s"], row["network_finished"] = secs, finished
    cold_store, speak, _, _ = measured(consultkg("build", str(corpus), "--out", str(work / f"out-store-{n}"),
                                                 "--store", str(store)))
    row.update(cold_store_s=cold_store, cold_store_cpu_s=CPU["last"], store_peak_mb=speak / 2**20)
    shutil.rmtree(work / f"out-store-{n}", ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)
    row["store_s"] = measured(consultkg("build", str(corpus), "--out", str(out), "--store", str(store)))[0]
    times = saved_question_times(store)
    row["query_max_ms"], row["query_total_ms"] = max(times.values()), sum(times.values())
    row["query_slowest"] = max(times, key=times.get)
    if baseline_timeout <= 0:  # --baseline-timeout 0: not measured this time
        row.update(base_s=float("nan"), base_cpu_s=float("nan"), base_finished=False, base_peak_mb=float("nan"))
        return row
    base_out = work / f"baseline-{n}"
    secs, bpeak, _, finished = measured([sys.executable, __file__, "--baseline", str(corpus), str(base_out)],
                                        timeout=baseline_timeout)
    row.update(base_s=secs, base_cpu_s=CPU["last"], base_finished=finished, base_peak_mb=bpeak / 2**20)
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
            "`consultkg network` | cold build --store | store sync (warm cache) | saved questions (slowest) | "
            "straightforward | speed-up |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        if r["base_s"] != r["base_s"]:  # NaN: not measured
            base = speed = "not run"
        else:
            base = f"{r['base_s']:.1f} s, {r['base_peak_mb']:.0f} MB" if r["base_finished"] else f"> {r['base_s']:.0f} s"
            speed = f"{r['base_s'] / r['cold_s']:.1f}×" if r["base_finished"] else f"> {r['base_s'] / r['cold_s']:.1f}×"
        page = f"{r['network_s']:.1f} s" if r["network_finished"] else f"> {r['network_s']:.0f} s"
        if r["base_s"] == r["base_s"]:
            speed += f" (CPU {r['base_cpu_s'] / r['cold_cpu_s']:.1f}×)"
        lines.append(f"| {r['records']:,} | {r['triples']:,} | {r['cold_s']:.1f} s (CPU {r['cold_cpu_s']:.1f} s) | "
                     f"{r['rec_per_s']:.0f} | "
                     f"{r['triples_per_s']:,.0f} | {r['peak_mb']:.0f} MB | {r['nochange_s']:.2f} s | {page} | "
                     f"{r['cold_store_s']:.1f} s (CPU {r['cold_store_cpu_s']:.1f} s) | {r['store_s']:.1f} s | {r['query_max_ms']:.0f} ms "
                     f"({r['query_slowest']}) | {base} | {speed} |")
    loads = ", ".join(f"{r['records']:,}: {r['load']:.1f}" for r in rows)
    return "\n".join(lines) + f"\n\nLoad average (1 min) after each cold build: {loads}"


def targets(rows: list[dict]) -> str:
    """The issue's targets, each met or missed, for the sizes this run measured."""
    by = {r["records"]: r for r in rows}
    out = []

    def check(name: str, ok: bool, got: str) -> None:
        out.append(f"- {'met' if ok else 'MISSED'}: {name} ({got})")

    if 10_000 in by:
        r = by[10_000]
        check("10,000 records cold under 30 s", r["cold_s"] < 30, f"{r['cold_s']:.1f} s, network.html "
              f"{'drawn' if r['page_drawn'] else 'not drawn by build: over its triple limit'}")
        check("10,000 records cold with --store under 45 s", r["cold_store_s"] < 45, f"{r['cold_store_s']:.1f} s")
        check("peak memory under 1 GB at 10,000", max(r["peak_mb"], r["store_peak_mb"]) < 1024,
              f"{r['peak_mb']:.0f} MB, {r['store_peak_mb']:.0f} MB with --store")
        check("no-change rebuild under 1 s at 10,000", r["nochange_s"] < 1, f"{r['nochange_s']:.2f} s")
    for n in (1_000, 10_000):
        r = by.get(n)
        if r is not None and r["base_s"] == r["base_s"]:
            ratio = r["base_s"] / r["cold_s"]
            check(f"5× the straightforward script at {n:,}", ratio >= 5,
                  f"{'≥ ' if not r['base_finished'] else ''}{ratio:.1f}×")
    if 100_000 in by:
        r = by[100_000]
        check("100,000 records build", r["triples"] > 0, f"{r['cold_s']:.0f} s, peak {r['peak_mb']:.0f} MB")
    return "\n".join(out) if out else "(no size this run has a target)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/consultkg-bench"))
    ap.add_argument("--baseline-timeout", type=float, default=1800)
    ap.add_argument("--network-timeout", type=float, default=120)
    ap.add_argument("--baseline", nargs=2, type=Path, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.baseline:
        baseline(*args.baseline)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.sizes:
        rows.append(bench_size(n, args.work, args.baseline_timeout, args.network_timeout))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(table(rows))
    print("\nTargets (issue 12):\n" + targets(rows))
    print(f"\nMachine: {machine()}")


if __name__ == "__main__":
    main()
