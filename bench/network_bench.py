"""Benchmark of ``consultkg network``: HTML generation time, file size, and time until the page is interactive.

Run from the repository root (needs Debian's ``chromium`` and the ``playwright``
Python package, as the browser tests do)::

    .venv/bin/python bench/network_bench.py                    # 100, 1,000, 5,000, 20,000 nodes
    .venv/bin/python bench/network_bench.py --sizes 100 5000
    .venv/bin/python bench/network_bench.py --betweenness      # exact vs sampled betweenness cost
    .venv/bin/python bench/network_bench.py --records 1000 10000   # generated corpora, built, every view
    .venv/bin/python bench/network_bench.py --stages BUILD --view full [--profile]   # the stages after read_facts

``--records`` generates corpora with ``bench/make_corpus.py``, builds each with
``consultkg build`` (which keeps a digest of each record for the network), then
times ``consultkg network BUILD --view V`` (a fresh process: imports, merging the
build's digests, projection, metrics, HTML) for every view, and the
stakeholder-theme page's time to interactive.

``--stages BUILD`` reads a build folder's Facts once, then times what follows
``read_facts`` for one view: ``project``, ``add_metrics`` (and within it
betweenness and Louvain) and ``render_html``, each the best of ``--repeat``
runs, as wall and CPU seconds (CPU time moves less with the load of a shared
machine); ``--profile`` prints a pyinstrument profile of one run of them.

It generates synthetic consultation graphs in the ckg vocabulary (seeded, so
every run draws the same graphs): consultations of three meetings, each
meeting with about nine participants (a handful of organisations take part in
many meetings, as UN agencies and embassies do) discussing two to six of the 20
theme concepts, one ``ckg:ThemeMention`` per theme with its line. The node
count is the stakeholder-theme view's (organisations + people + themes).

Columns: *RDF -> graph* is projection plus metrics (``network_graph``);
*HTML* is rendering (``network_html``); *interactive* is, in headless
Chromium, the time from navigation start until the explorer has drawn the
network and is ready for input (after the physics froze, for pages with
physics), as ``performance.now()`` at the page's ready flag; the median of
``--repeat`` fresh loads.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, XSD

from consultkg.build.run import make_dataset
from consultkg.namespaces import CKG, CKGO, CKGT, DEFAULT_BASE_IRI, OA
from consultkg.network import network_graph, network_html

SIZES = (100, 1000, 5000, 20000)
THEMES = ["gender-based-violence", "srhr", "human-capital", "adolescent-girls", "care", "economic-participation",
          "economic-assets", "enabling-services", "leadership", "intersectionality", "rural-women",
          "indigenous-women", "social-norms", "institutional-coordination", "rights-and-economic-case",
          "gender-data", "financing", "fragility-conflict", "civil-society-engagement", "macroeconomic-policy"]
ORG_TYPES = ("government-ministry", "embassy", "bilateral-agency", "un-entity", "civil-society", "private-sector",
             "academia", "multilateral-development-bank", "coordination-group", "parliament")
STANCES = (CKG.StrongEndorsement, CKG.Endorsement, CKG.Commendation, CKG.Concern, CKG.MixedStance)
COUNTRIES = ("Peru", "Kenya", "Senegal", "Indonesia", "Jordan", "Ghana", "Paraguay", "Fiji", "Nepal", "Colombia")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def synthetic_dataset(nodes: int, seed: int = 1) -> Dataset:
    """A consultation graph whose stakeholder-theme view has about ``nodes`` nodes."""
    rnd = random.Random(seed)
    ds = make_dataset([])  # the vocabulary graph: theme labels, objectives, organisation types
    ns = DEFAULT_BASE_IRI
    stakeholders = max(nodes - len(THEMES), 1)
    people = stakeholders // 5
    orgs = [URIRef(f"{ns}org/synthetic-{i:05d}") for i in range(stakeholders - people)]
    persons = [URIRef(f"{ns}person/synthetic-{i:05d}") for i in range(people)]
    hubs = orgs[: max(3, len(orgs) // 200)]
    theme_weights = [1 / (1 + i) ** 0.6 for i in range(len(THEMES))]
    pool = orgs + persons
    rnd.shuffle(pool)
    per_meeting = 6
    n_meetings = max(1, (len(pool) + per_meeting - 1) // per_meeting)
    for c in range((n_meetings + 2) // 3):
        doc, cons = URIRef(f"{ns}doc/synthetic-{c:05d}"), URIRef(f"{ns}consultation/synthetic-{c:05d}")
        g = ds.graph(doc)
        country = URIRef(f"{ns}country/{COUNTRIES[c % len(COUNTRIES)].lower()}")
        g.add((country, RDFS.label, Literal(COUNTRIES[c % len(COUNTRIES)])))
        g.add((doc, RDF.type, CKG.SourceDocument))
        g.add((doc, DCTERMS.source, Literal(f"synthetic-{c:05d}.md")))
        g.add((cons, RDF.type, CKG.Consultation))
        g.add((cons, RDFS.label, Literal(f"Consultation {c}, {COUNTRIES[c % len(COUNTRIES)]}")))
        g.add((cons, CKG.country, country))
        g.add((cons, CKG.reportedIn, doc))
        for pos in range(1, 4):
            k = c * 3 + pos - 1
            if k >= n_meetings:
                break
            m = URIRef(f"{ns}meeting/synthetic-{c:05d}-{pos}")
            g.add((m, RDF.type, CKG.Meeting))
            g.add((m, RDFS.label, Literal(f"Meeting {pos}")))
            g.add((m, CKG.partOf, cons))
            g.add((m, CKG.position, Literal(pos)))
            g.add((m, CKG.stance, rnd.choice(STANCES)))
            members = pool[k * per_meeting:(k + 1) * per_meeting] + rnd.sample(pool, 2) + [rnd.choice(hubs)]
            for p in members:
                g.add((m, CKG.participant, p))
            themes = {THEMES[2 * k % len(THEMES)], THEMES[(2 * k + 1) % len(THEMES)]}  # every theme comes up
            themes |= set(rnd.choices(THEMES, theme_weights, k=rnd.randint(1, 4)))
            for j, t in enumerate(sorted(themes), 1):
                mention, ev = URIRef(f"{m}/mention-{j}"), URIRef(f"{m}/evidence-{j}")
                g.add((m, CKG.discussed, CKGT[t]))
                g.add((m, CKG.hasThemeMention, mention))
                g.add((mention, RDF.type, CKG.ThemeMention))
                g.add((mention, CKG.text, Literal(t.replace("-", " "))))
                g.add((mention, CKG.concept, CKGT[t]))
                g.add((mention, PROV.wasDerivedFrom, doc))
                g.add((mention, CKG.evidence, ev))
                g.add((ev, RDF.type, OA.TextQuoteSelector))
                g.add((ev, CKG.line, Literal(10 * pos + j, datatype=XSD.integer)))
    g = ds.graph(URIRef(f"{ns}doc/synthetic-stakeholders"))
    for i, o in enumerate(orgs):
        g.add((o, RDF.type, ORG.Organization))
        g.add((o, RDFS.label, Literal(f"Organisation {i}")))
        g.add((o, CKG.acronym, Literal(f"ORG{i}")))
        g.add((o, ORG.classification, CKGO[ORG_TYPES[i % len(ORG_TYPES)]]))
    for i, p in enumerate(persons):
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, FOAF.name, Literal(f"Person {i}")))
        g.add((p, ORG.memberOf, orgs[i % len(orgs)]))
    return ds


def time_to_interactive(page, path: Path) -> float:
    """Seconds from navigation start to the explorer's ready flag."""
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=300_000)
    return page.evaluate("window.__ckgReadyAt") / 1000


def run(sizes, out_dir: Path, repeat: int = 3) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in sizes:
            ds = synthetic_dataset(n)
            t0 = time.perf_counter()
            g = network_graph(ds, "stakeholder-theme")
            t1 = time.perf_counter()
            html = network_html(g, "stakeholder-theme", "degree", f"Synthetic network of {n} nodes")
            t2 = time.perf_counter()
            path = out_dir / f"network-{n}.html"
            path.write_bytes(html)
            times = []
            for _ in range(repeat):  # the median of fresh page loads
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                           else r.abort())
                times.append(time_to_interactive(page, path))
                page.close()
            tti = sorted(times)[len(times) // 2]
            rows.append({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "project": t1 - t0,
                         "html": t2 - t1, "size": len(html), "tti": tti,
                         "physics": g.number_of_nodes() <= 1000})
            print(f"{n}: done", file=sys.stderr)
        browser.close()
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| nodes | edges | layout | RDF -> graph | HTML | file size | interactive |",
             "| ---: | ---: | --- | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['nodes']:,} | {r['edges']:,} | {'physics, then frozen' if r['physics'] else 'precomputed'}"
                     f" | {r['project']:.2f} s | {r['html']:.2f} s | {r['size'] / 1e6:.1f} MB | {r['tti']:.2f} s |")
    return "\n".join(lines)


def betweenness_cost(sizes=(250, 500, 1000, 2000, 5000, 20000)) -> str:
    """Markdown table: exact betweenness (up to 2,000 nodes) and its cost per sampled source."""
    from consultkg.network.metrics import betweenness_samples
    from consultkg.network.project import project, read_facts
    lines = ["| nodes | edges | exact | per source | samples used | sampled |",
             "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for n in sizes:
        g = project(read_facts(synthetic_dataset(n)), "stakeholder-theme")
        exact = "–"
        if n <= 2000:
            t0 = time.perf_counter()
            nx.betweenness_centrality(g)
            exact = f"{time.perf_counter() - t0:.2f} s"
        t0 = time.perf_counter()
        nx.betweenness_centrality(g, k=20, seed=42)
        per = (time.perf_counter() - t0) / 20
        k = betweenness_samples(g)
        t0 = time.perf_counter()
        if k is not None:
            nx.betweenness_centrality(g, k=k, seed=42)
        used = f"{time.perf_counter() - t0:.2f} s" if k is not None else "(exact)"
        lines.append(f"| {g.number_of_nodes():,} | {g.number_of_edges():,} | {exact} | {per * 1000:.1f} ms"
                     f" | {k if k is not None else 'all'} | {used} |")
        print(lines[-1], file=sys.stderr)
    return "\n".join(lines)


VIEWS = ("stakeholder-theme", "organisation", "theme-cooccurrence", "full")


def run_records(counts, out_dir: Path, repeat: int = 3) -> str:
    """Markdown table: per generated corpus and view, ``consultkg network`` wall time and the page's size."""
    import subprocess

    from playwright.sync_api import sync_playwright

    repo = Path(__file__).resolve().parents[1]
    lines = ["| records | triples | view | nodes | edges | `consultkg network` | file size | interactive |",
             "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in counts:
            corpus, build = out_dir / f"corpus-{n}", out_dir / f"build-{n}"
            if not (build / "graph.nt").is_file():
                subprocess.run([sys.executable, str(repo / "bench" / "make_corpus.py"), str(n), "--out", str(corpus)],
                               check=True, capture_output=True)
                subprocess.run([sys.executable, "-m", "consultkg.cli", "build", str(corpus), "--out", str(build)],
                               check=True, capture_output=True)
            triples = sum(1 for _ in (build / "graph.nt").open("rb"))
            for view in VIEWS:
                page = out_dir / f"network-{n}-{view}.html"
                t0 = time.perf_counter()
                res = subprocess.run([sys.executable, "-m", "consultkg.cli", "network", str(build), "--out", str(page),
                                      "--view", view], check=True, capture_output=True, text=True)
                wall = time.perf_counter() - t0
                counted = re.search(r": (\d+) nodes, (\d+) edges", res.stderr)  # "VIEW: N nodes, E edges"
                nodes, edges = int(counted.group(1)), int(counted.group(2))
                tti = "–"
                if view == "stakeholder-theme":
                    times = []
                    for _ in range(repeat):
                        tab = browser.new_page(viewport={"width": 1500, "height": 900})
                        tab.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                                  else r.abort())
                        times.append(time_to_interactive(tab, page))
                        tab.close()
                    tti = f"{sorted(times)[len(times) // 2]:.2f} s"
                lines.append(f"| {n:,} | {triples:,} | {view} | {nodes:,} | {edges:,} | {wall:.2f} s | "
                             f"{page.stat().st_size / 1e6:.1f} MB | {tti} |")
                print(lines[-1], file=sys.stderr)
        browser.close()
    return "\n".join(lines)


def run_stages(build: Path, view: str, repeat: int = 5, profile: bool = False) -> str:
    """Markdown table: the best wall and CPU time of each stage after ``read_facts`` for ``view``."""
    from consultkg.network import open_store, read_facts
    from consultkg.network.metrics import SEED, add_metrics, betweenness_samples, communities_of
    from consultkg.network.project import project
    from consultkg.network.render import render_html

    facts = read_facts(open_store(build))
    if profile:
        from pyinstrument import Profiler
        prof = Profiler(interval=0.0005)
        prof.start()
        g = project(facts, view)
        add_metrics(g)
        render_html(g, view=view)
        prof.stop()
        print(prof.output_text(unicode=True, color=False), file=sys.stderr)
    best: dict[str, tuple[float, float]] = {}

    def timed(name, fn):
        w, c = time.perf_counter(), time.process_time()
        out = fn()
        w, c = time.perf_counter() - w, time.process_time() - c
        old = best.get(name, (float("inf"), float("inf")))
        best[name] = (min(old[0], w), min(old[1], c))
        return out

    for _ in range(repeat):
        g = timed("project", lambda: project(facts, view))
        k = betweenness_samples(g)
        timed("  betweenness", lambda: nx.betweenness_centrality(g, k=k, normalized=True, seed=SEED if k else None))
        timed("  Louvain", lambda: communities_of(g))
        timed("add_metrics", lambda: add_metrics(g))
        html = timed("render_html", lambda: render_html(g, view=view))
    lines = [f"{view}: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges, {len(html) / 1e6:.1f} MB; "
             f"best of {repeat}", "", "| stage | wall | CPU |", "| --- | ---: | ---: |"]
    for name, (w, c) in best.items():
        lines.append(f"| {name} | {w:.3f} s | {c:.3f} s |")
    total = [sum(best[n][i] for n in ("project", "add_metrics", "render_html")) for i in (0, 1)]
    lines.append(f"| project + add_metrics + render_html | {total[0]:.3f} s | {total[1]:.3f} s |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    ap.add_argument("--betweenness", action="store_true", help="measure exact vs sampled betweenness instead")
    ap.add_argument("--records", type=int, nargs="+", help="generated corpora of these sizes instead, every view")
    ap.add_argument("--stages", type=Path, metavar="BUILD", help="time the stages after read_facts on a build folder")
    ap.add_argument("--view", default="full", choices=VIEWS, help="the view --stages times")
    ap.add_argument("--profile", action="store_true", help="with --stages: print a pyinstrument profile too")
    ap.add_argument("--keep", type=Path, help="keep the generated pages (and corpora, builds) in this folder")
    ap.add_argument("--repeat", type=int, default=3, help="page loads per size; the median is reported")
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"networkx {nx.__version__}", file=sys.stderr)
    if args.betweenness:
        print(betweenness_cost())
        return
    if args.stages:
        print(run_stages(args.stages, args.view, args.repeat, args.profile))
        return
    if args.records:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            print(run_records(args.records, args.keep, args.repeat))
        else:
            with tempfile.TemporaryDirectory() as tmp:
                print(run_records(args.records, Path(tmp), args.repeat))
        return
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        print(table(run(args.sizes, args.keep, args.repeat)))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            print(table(run(args.sizes, Path(tmp), args.repeat)))


if __name__ == "__main__":
    main()
