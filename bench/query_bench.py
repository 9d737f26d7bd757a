"""Time every saved question on synthetic graphs: rdflib in memory vs the on-disk Oxigraph store.

    .venv/bin/python bench/query_bench.py                         # 100,000 and 1,000,000 triples
    .venv/bin/python bench/query_bench.py --sizes 100000 --runs 5
    .venv/bin/python bench/query_bench.py --quick                 # smoke run: 5,000 triples

The graphs are made up (fixed seed, so every run sees the same data) in the shape
``consultkg build`` writes: one named graph per source document (consultation,
meetings, participants from a shared pool of organisations, people, theme
mentions with their ``oa:TextQuoteSelector``, some unmapped, key messages,
coordination groups) plus the real vocabulary graph. They are written as
N-Quads, then

- bulk-loaded into an on-disk Oxigraph store opened read-only as ``consultkg
  query STORE`` does, each question timed through ``consultkg.sparql.api.run``;
- parsed into ``rdflib.Dataset(default_union=True)``, each question timed as
  ``ds.query(text)`` in a forked child that is killed after ``--budget`` seconds.

Each time is the median of ``--runs`` runs after one warm-up run (a question
that only finished its warm-up within the budget reports that run).
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import multiprocessing as mp
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import Dataset

from consultkg.rdf import VOCABULARY_GRAPH, add_vocabulary
from consultkg.sparql.api import prepare, run
from consultkg.sparql.local import open_local, write_marker
from consultkg.sparql.params import substitute
from consultkg.sparql.saved import saved_questions

PARAMS = {"evidence": {"theme": "care"}, "organisations-for-theme": {"theme": "care"},
          "not-consulted-on": {"theme": "gender-based-violence"}}
TARGET_MS = {100_000: 50, 1_000_000: 500}

ID, CKG, T = "https://w3id.org/consultkg/id/", "https://w3id.org/consultkg/ontology#", "https://w3id.org/consultkg/theme/"
OT, AU = "https://w3id.org/consultkg/org-type/", "https://w3id.org/consultkg/audience/"
RDF_TYPE, LABEL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label"
P = {"prov": "http://www.w3.org/ns/prov#wasDerivedFrom", "dct": "http://purl.org/dc/terms/",
     "schema": "https://schema.org/", "org": "http://www.w3.org/ns/org#", "foaf": "http://xmlns.com/foaf/0.1/",
     "oa": "http://www.w3.org/ns/oa#", "xsd": "http://www.w3.org/2001/XMLSchema#"}
THEMES = ["care", "gender-based-violence", "leadership", "economic-participation", "human-capital",
          "intersectionality", "rural-women", "indigenous-women", "srhr", "adolescent-girls", "social-norms",
          "institutional-coordination", "rights-and-economic-case", "economic-assets", "enabling-services",
          "financing", "fragility-conflict", "gender-data", "macroeconomic-policy", "civil-society-engagement"]
ORG_TYPES = ["academia", "bilateral-agency", "civil-society", "embassy", "government-agency", "government-ministry",
             "intergovernmental-organization", "local-government", "multilateral-development-bank",
             "national-government", "other", "parliament", "private-sector", "supranational-union", "un-entity",
             "world-bank-group"]
GROUPS = ["academia", "civil-society", "development-partners", "government", "multi-stakeholder",
          "parliamentarians", "private-sector", "youth"]
STANCES = ["StrongEndorsement", "Endorsement", "Commendation", "Concern", "MixedStance", "Opposition", "NoStanceStated"]
COUNTRIES = ["Peru", "Kenya", "India", "Brazil", "Egypt", "Nepal", "Ghana", "Mexico", "Jordan", "Vietnam", "Senegal",
             "Colombia", "Ethiopia", "Pakistan", "Morocco", "Bolivia", "Uganda", "Indonesia", "Tunisia", "Haiti",
             "Rwanda", "Ecuador", "Zambia", "Mongolia", "Lebanon", "Nigeria", "Chile", "Malawi", "Georgia", "Fiji"]
WORDS = ["women", "rural", "development", "rights", "health", "enterprise", "youth", "finance", "climate", "justice",
         "education", "labour", "housing", "water", "agriculture", "digital", "peace", "equality", "care", "trade"]
FIRST = ["Ana", "Maria", "Amina", "Priya", "Grace", "Fatima", "Lucia", "Sara", "John", "Ahmed", "Ravi", "Carlos"]
LAST = ["Garcia", "Mwangi", "Sharma", "Okafor", "Haddad", "Nguyen", "Silva", "Mensah", "Rojas", "Khan", "Diallo"]


def lit(text: str, suffix: str = "") -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"' + suffix


def generate(target: int, path: Path, seed: int = 1) -> tuple[int, int]:
    """Write about ``target`` quads of consultkg-shaped data to ``path``; return (quads, documents)."""
    rng = random.Random(seed)
    vocab = Dataset()
    add_vocabulary(vocab)
    vocab_nq = vocab.graph(VOCABULARY_GRAPH).serialize(format="nt").replace(" .\n", f" <{VOCABULARY_GRAPH}> .\n")
    n_orgs = max(60, target // 150)
    orgs = []  # (slug, label, type, country, acronym)
    for i in range(n_orgs):
        kind = rng.choice(ORG_TYPES) if i % 25 else "coordination-group"
        words = rng.sample(WORDS, 2)
        label = f"{kind.replace('-', ' ').title()} for {words[0].title()} and {words[1].title()} {i}"
        orgs.append((f"{label.lower().replace(' ', '-')}", label, kind, rng.choice(COUNTRIES) if rng.random() < .4
                     else None, "".join(w[0] for w in label.split()[:4]).upper() if rng.random() < .5 else None))
    coord = [o for o in orgs if o[2] == "coordination-group"]
    members = [o for o in orgs if o[2] != "coordination-group"]
    weights = [1 / (k + 10) for k in range(len(members))]  # a few organisations turn up everywhere
    quads, docs = vocab_nq.count("\n"), 0
    with path.open("w", encoding="utf-8") as out:
        out.write(vocab_nq)
        while quads < target:
            docs += 1
            country, group = rng.choice(COUNTRIES), rng.choice(GROUPS)
            city = f"{country} City {rng.randrange(3)}"
            slug = f"{city.lower().replace(' ', '-')}-{group}-{docs}"
            g, doc, cons = f"<{ID}doc/{slug}>", f"<{ID}doc/{slug}>", f"<{ID}consultation/{slug}>"
            pdf = rng.random() < .3
            lines: list[str] = []

            def q(s, p, o):
                lines.append(f"{s} <{p}> {o} {g} .\n")

            def evidence(node, name, exact, line):
                sel = f"<{ID}evidence/{slug}/{name}>"
                q(node, CKG + "evidence", sel)
                q(sel, RDF_TYPE, f"<{P['oa']}TextQuoteSelector>")
                q(sel, P["oa"] + "exact", lit(exact))
                q(sel, CKG + "line", lit(str(line), f"^^<{P['xsd']}integer>"))
                if pdf:
                    q(sel, CKG + "page", lit(str(1 + line // 40), f"^^<{P['xsd']}integer>"))

            q(doc, RDF_TYPE, f"<{CKG}SourceDocument>")
            q(doc, P["dct"] + "format", lit("application/pdf" if pdf else "text/markdown"))
            q(doc, P["dct"] + "identifier", lit(hashlib.sha256(slug.encode()).hexdigest()))
            q(doc, P["dct"] + "language", lit(rng.choice(["en", "en", "es", "fr"])))
            q(doc, P["dct"] + "source", lit(f"{slug}.{'pdf' if pdf else 'md'}"))
            q(doc, P["dct"] + "title", lit(f"Gender strategy consultation, {city}, {country}: {group}"))
            q(doc, CKG + "documentType", f"<{CKG}{rng.choice(['MissionSummary'] * 3 + ['EventReadout', 'WrittenInput'])}>")
            ctry, place = f"<{ID}country/{country.lower()}>", f"<{ID}place/{city.lower().replace(' ', '-')}>"
            q(ctry, RDF_TYPE, f"<{P['schema']}Country>")
            q(ctry, LABEL, lit(country, "@en"))
            q(place, RDF_TYPE, f"<{P['schema']}City>")
            q(place, LABEL, lit(city))
            q(place, CKG + "country", ctry)
            strategy = f"<{ID}strategy/world-bank-group-gender-strategy-2024-2030>"
            q(strategy, RDF_TYPE, f"<{CKG}Strategy>")
            q(strategy, LABEL, lit("World Bank Group Gender Strategy 2024-2030", "@en"))
            q(cons, RDF_TYPE, f"<{CKG}Consultation>")
            q(cons, LABEL, lit(f"Consultation, {city}, {country}: {group.replace('-', ' ')} ({docs})"))
            q(cons, P["prov"], doc)
            day = rng.randrange(1, 25)
            q(cons, P["schema"] + "startDate", lit(f"2023-{rng.randrange(1, 13):02d}-{day:02d}", f"^^<{P['xsd']}date>"))
            q(cons, P["schema"] + "endDate", lit(f"2023-12-{day + 3:02d}", f"^^<{P['xsd']}date>"))
            q(cons, CKG + "campaign", lit("#AccelerateEquality"))
            q(cons, CKG + "city", place)
            q(cons, CKG + "country", ctry)
            q(cons, CKG + "reportedIn", doc)
            if rng.random() < .95:
                q(cons, CKG + "stakeholderGroup", f"<{AU}{group}>")
            q(cons, CKG + "strategy", strategy)
            evidence(cons, "consultation", "#AccelerateEquality", 6)
            line, seen = 20, {}
            cg = rng.choice(coord) if rng.random() < .2 else None
            for k in range(1, rng.randint(1, 5) + 1):
                m = f"<{ID}meeting/{slug}-{k}>"
                q(m, RDF_TYPE, f"<{CKG}Meeting>")
                q(m, LABEL, lit(f"Meeting {k} with {group.replace('-', ' ').title()}"))
                q(m, P["prov"], doc)
                q(m, CKG + "partOf", cons)
                q(m, CKG + "position", lit(str(k), f"^^<{P['xsd']}integer>"))
                stance = rng.choice(STANCES)
                q(m, CKG + "stance", f"<{CKG}{stance}>")
                q(m, CKG + "stanceText", lit(f"The participants expressed {stance} of the proposed strategy."))
                if rng.random() < .3:
                    q(m, CKG + "followUpInterest", lit("activities that would engage women as leaders"))
                line += 8
                evidence(m, f"meeting-{k}", f"Meeting {k}", line)
                part = rng.choices(members, weights, k=rng.randint(1, 8))
                if cg and k == 1:
                    part.append(cg)
                for o in part:
                    q(m, CKG + "participant", f"<{ID}org/{o[0]}>")
                    seen[o[0]] = o
                for n in range(rng.choice([0, 0, 1, 2])):
                    o = rng.choice(part)
                    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                    person = f"<{ID}person/{name.lower().replace(' ', '-')}--{o[0]}>"
                    q(m, CKG + "participant", person)
                    q(person, RDF_TYPE, f"<{P['foaf']}Person>")
                    q(person, P["org"] + "memberOf", f"<{ID}org/{o[0]}>")
                    q(person, P["prov"], doc)
                    q(person, P["foaf"] + "name", lit(name))
                    q(person, P["schema"] + "honorificPrefix", lit(rng.choice(["Mrs.", "Mr.", "Dr.", "Ms."])))
                    if rng.random() < .8:
                        q(person, P["schema"] + "jobTitle", lit(f"Director of {rng.choice(WORDS).title()}"))
                    evidence(person, f"person-{k}-{n}", name, line + 1)
                themes = {rng.choice(THEMES[:12]) if rng.random() < .7 else rng.choice(THEMES)
                          for _ in range(rng.randint(2, 6))}
                mentions = [[t] for t in sorted(themes)] + [[] for _ in range(rng.choice([0, 0, 0, 1, 2]))]
                for j, concepts in enumerate(mentions, 1):
                    mn = f"<{ID}mention/{slug}-{k}-{j}>"
                    text = " and ".join(c.replace("-", " ") for c in concepts) or f"{rng.choice(WORDS)} matters"
                    q(m, CKG + "hasThemeMention", mn)
                    q(mn, RDF_TYPE, f"<{CKG}ThemeMention>")
                    q(mn, P["prov"], doc)
                    for c in concepts:
                        q(m, CKG + "discussed", f"<{T}{c}>")
                        q(mn, CKG + "concept", f"<{T}{c}>")
                    q(mn, CKG + "text", lit(text))
                    evidence(mn, f"mention-{k}-{j}", text, line + 2)
            for k in range(1, rng.randint(2, 5) + 1):
                msg = f"<{ID}message/{slug}-{k}>"
                q(msg, RDF_TYPE, f"<{CKG}KeyMessage>")
                q(msg, P["prov"], doc)
                for t in rng.sample(THEMES, rng.randint(0, 3)):
                    q(msg, CKG + "about", f"<{T}{t}>")
                q(msg, CKG + "highlight", lit(f"urgency of {rng.choice(WORDS)}"))
                q(msg, CKG + "partOf", cons)
                q(msg, CKG + "position", lit(str(k), f"^^<{P['xsd']}integer>"))
                q(msg, CKG + "text", lit(f"The consultations highlighted the urgency of {rng.choice(WORDS)} work."))
                evidence(msg, f"message-{k}", "The consultations highlighted ...", 10 + k)
            for o in seen.values():
                node = f"<{ID}org/{o[0]}>"
                q(node, RDF_TYPE, f"<{P['org']}Organization>")
                q(node, LABEL, lit(o[1]))
                q(node, P["org"] + "classification", f"<{OT}{o[2]}>")
                if cg and o is not cg and rng.random() < .5:
                    q(node, P["org"] + "memberOf", f"<{ID}org/{cg[0]}>")
                q(node, P["prov"], doc)
                if o[3]:
                    q(node, CKG + "country", f"<{ID}country/{o[3].lower()}>")
                    q(f"<{ID}country/{o[3].lower()}>", RDF_TYPE, f"<{P['schema']}Country>")
                    q(f"<{ID}country/{o[3].lower()}>", LABEL, lit(o[3], "@en"))
                if o[4]:
                    q(node, CKG + "acronym", lit(o[4]))
                evidence(node, f"org-{o[0]}", o[1], line)
            out.writelines(lines)
            quads += len(lines)
    return quads, docs


def _child(conn, ds, text, runs):
    try:
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            n = len(list(ds.query(text)))
            conn.send((time.perf_counter() - t0, n))
    except Exception as e:  # noqa: BLE001 - reported in the table
        conn.send(("error", repr(e)))
    conn.close()


def time_rdflib(ds, text, runs, budget):
    """(median seconds or None when over budget, rows) for one question, in a forked child."""
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, ds, text, runs))
    proc.start()
    send.close()
    deadline, got = time.monotonic() + budget, []
    while len(got) < runs + 1 and recv.poll(max(0.0, deadline - time.monotonic())):
        try:
            got.append(recv.recv())
        except EOFError:
            break
        if got[-1][0] == "error":
            raise RuntimeError(got[-1][1])
    if proc.is_alive():
        proc.kill()
    proc.join()
    if not got:
        return None, None
    return statistics.median([t for t, _ in got[1:]] or [got[0][0]]), got[0][1]


def time_store(src, name, params, runs):
    run(src, name, params)
    times, rows = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        rows = len(run(src, name, params).rows)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), rows


def bench(size, runs, budget, seed, tmp: Path):
    nq = tmp / f"graph-{size}.nq"
    t0 = time.perf_counter()
    quads, docs = generate(size, nq, seed)
    info = {"quads": quads, "docs": docs, "generate": time.perf_counter() - t0}
    print(f"# {size:,}: {quads:,} quads in {docs:,} documents + vocabulary ({info['generate']:.1f} s)", file=sys.stderr)
    questions = saved_questions()
    texts = {}
    for name, q in questions.items():
        params = {p.name: PARAMS.get(name, {}).get(p.name, "care") for p in q.params}
        text, bindings = prepare(q, params)
        texts[name] = (params, substitute(text, bindings) if bindings else text)
    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(str(nq), format="nquads")
    info["rdflib load"] = time.perf_counter() - t0
    rdf = {}
    for name, (_, text) in texts.items():
        rdf[name] = time_rdflib(ds, text, runs, budget)
        print(f"#   rdflib {name}: {rdf[name]}", file=sys.stderr)
    del ds
    gc.collect()
    path = tmp / f"store-{size}"
    t0 = time.perf_counter()
    store = ox.Store(str(path))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    info["store triples"] = len(store)
    del store
    write_marker(path, docs + 1)
    info["store load"] = time.perf_counter() - t0
    src = open_local(path)
    ox_times = {}
    for name, (params, _) in texts.items():
        ox_times[name] = time_store(src, name, params, runs)
        print(f"#   store  {name}: {ox_times[name]}", file=sys.stderr)
    del src
    return info, rdf, ox_times


def ms(seconds, budget=None):
    if seconds is None:
        return f"> {budget:g} s"
    v = seconds * 1000
    return f"{v:.1f}" if v < 10 else f"{v:,.0f}"


def machine() -> str:
    cpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines()
    model = next((line.split(":", 1)[1].strip() for line in cpu if line.startswith("Model name")), platform.processor())
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return (f"{model}, {nproc} cores (nproc); Python {platform.python_version()}, "
            f"pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}, {platform.system()} {platform.machine()}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="triples per graph")
    ap.add_argument("--runs", type=int, nargs="+", default=[5, 3], help="timed runs per size (after a warm-up)")
    ap.add_argument("--budget", type=float, default=20, help="seconds an rdflib question may take (all its runs)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="smoke run: 5,000 triples, 1 run, 5 s budget")
    a = ap.parse_args(argv)
    if a.quick:
        a.sizes, a.runs, a.budget = [5_000], [1], 5
    start, results = time.perf_counter(), {}
    with tempfile.TemporaryDirectory(prefix="consultkg-bench-") as tmp:
        for i, size in enumerate(a.sizes):
            results[size] = bench(size, a.runs[min(i, len(a.runs) - 1)], a.budget, a.seed, Path(tmp))
    cols = [f"{k} {s // 1000:,}k" if s < 1_000_000 else f"{k} {s / 1e6:g}M" for s in a.sizes for k in ("rdflib", "store")]
    print("| question | " + " | ".join(cols) + " | rows |")
    print("|---|" + "---:|" * len(cols) + "---:|")
    for name in saved_questions():
        cells, rows = [], []
        for size in a.sizes:
            _, rdf, store = results[size]
            target = TARGET_MS.get(size)
            miss = " ✗" if target and store[name][0] * 1000 > target else ""
            cells += [ms(rdf[name][0], a.budget), ms(store[name][0]) + miss]
            same = rdf[name][1] in (None, store[name][1])
            rows.append(f"{store[name][1]:,}" + ("" if same else f" (rdflib {rdf[name][1]:,})"))
        params = "".join(f" ({k}={v})" for k, v in PARAMS.get(name, {}).items())
        print(f"| {name}{params} | " + " | ".join(cells) + " | " + " / ".join(rows) + " |")
    print()
    print("Times in ms: median of the timed runs after a warm-up; ✗ = over the target "
          + ", ".join(f"({t} ms at {s:,})" for s, t in TARGET_MS.items() if s in a.sizes)
          + f"; \"> {a.budget:g} s\" = rdflib did not finish within the budget.")
    for size in a.sizes:
        info = results[size][0]
        print(f"- {size:,}: {info['quads']:,} quads ({info['store triples']:,} in the store) in {info['docs']:,} "
              f"documents + the vocabulary graph; load: rdflib {info['rdflib load']:.1f} s, "
              f"store (bulk load, on disk) {info['store load']:.1f} s")
    print(f"- machine: {machine()}")
    print(f"- total run time: {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
