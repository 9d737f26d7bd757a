"""Time every saved question on synthetic graphs: rdflib in memory vs the on-disk Oxigraph store.

    .venv/bin/python bench/query_bench.py                         # 100,000 and 1,000,000 triples
    .venv/bin/python bench/query_bench.py --sizes 100000 --runs 5 --budget 10
    .venv/bin/python bench/query_bench.py --quick                 # smoke run: 5,000 triples

The graphs are made up (fixed seed: every run sees the same data) in the shape
``consultkg build`` writes: one named graph per source document (consultation,
meetings, participants drawn from one pool of organisations so that the same
organisation is described again in many documents, people, theme mentions with
their ``oa:TextQuoteSelector``, some unmapped, key messages, coordination groups)
plus the real vocabulary graph. They are written as N-Quads, then

- bulk-loaded into an on-disk Oxigraph store, opened read-only as ``consultkg
  query STORE`` does, each question timed through ``consultkg.query.api.run``;
- parsed into ``rdflib.Dataset(default_union=True)``, each question timed as
  ``ds.query(text)`` in a forked child that is killed after ``--budget`` seconds.

A time is the median of ``--runs`` runs after a warm-up run (a question whose
timed runs did not fit in the budget reports its warm-up run). The Markdown
table goes to stdout, progress to stderr.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import multiprocessing as mp
import os
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

from consultkg.rdf.writer import VOCABULARY_GRAPH
from consultkg.query.api import prepare, run
from consultkg.query.local import open_local, write_marker
from consultkg.query.params import substitute
from consultkg.query.saved import saved_questions
from consultkg.vocab import vocabulary_graph

PARAMS = {"evidence": {"theme": "care"}, "organisations-for-theme": {"theme": "care"},
          "not-consulted-on": {"theme": "gender-based-violence"}}
TARGET_MS = {100_000: 50, 1_000_000: 500}
NS = {"ckg": "https://w3id.org/consultkg/ontology#", "id": "https://w3id.org/consultkg/id/",
      "t": "https://w3id.org/consultkg/theme/", "ot": "https://w3id.org/consultkg/org-type/",
      "au": "https://w3id.org/consultkg/audience/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
      "prov": "http://www.w3.org/ns/prov#", "dct": "http://purl.org/dc/terms/", "schema": "https://schema.org/",
      "org": "http://www.w3.org/ns/org#", "foaf": "http://xmlns.com/foaf/0.1/", "oa": "http://www.w3.org/ns/oa#",
      "xsd": "http://www.w3.org/2001/XMLSchema#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
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
NAMES = (["Ana", "Maria", "Amina", "Priya", "Grace", "Fatima", "Lucia", "Sara", "John", "Ahmed", "Ravi", "Carlos"],
         ["Garcia", "Mwangi", "Sharma", "Okafor", "Haddad", "Nguyen", "Silva", "Mensah", "Rojas", "Khan", "Diallo"])


def node(term: str) -> str:
    """``ckg:Meeting`` -> ``<https://...#Meeting>``; ``a`` -> rdf:type; ``<...>`` and literals as they are."""
    if term == "a":
        term = "rdf:type"
    if term[0] in '<"':
        return term
    prefix, local = term.split(":", 1)
    return f"<{NS[prefix]}{local}>"


def lit(value, suffix: str = "") -> str:
    if isinstance(value, int):
        value, suffix = str(value), "^^" + node("xsd:integer")
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"' + suffix


def slug(text: str) -> str:
    return text.lower().replace(" ", "-")


def generate(target: int, path: Path, seed: int = 1) -> tuple[int, int]:
    """Write about ``target`` quads of consultkg-shaped data to ``path``; return (quads, documents)."""
    rng = random.Random(seed)
    vocab = vocabulary_graph().serialize(format="nt").replace(" .\n", f" <{VOCABULARY_GRAPH}> .\n")
    orgs = []  # (slug, label, type, country or None, acronym or None), a pool shared by all documents
    for i in range(max(60, target // 150)):
        kind, words = ORG_TYPES[i % len(ORG_TYPES)] if i % 25 else "coordination-group", rng.sample(WORDS, 2)
        label = f"{kind.replace('-', ' ').title()} for {words[0].title()} and {words[1].title()} {i}"
        orgs.append((slug(label), label, kind, rng.choice(COUNTRIES) if rng.random() < .4 else None,
                     "".join(w[0] for w in label.split()[:4]).upper() if rng.random() < .5 else None))
    coord = [o for o in orgs if o[2] == "coordination-group"]
    members = [o for o in orgs if o[2] != "coordination-group"]
    weights = [1 / (k + 10) for k in range(len(members))]  # a few organisations turn up in a third of the documents
    quads, docs = vocab.count("\n"), 0
    with path.open("w", encoding="utf-8") as out:
        out.write(vocab)
        while quads < target:
            docs += 1
            country, group, pdf = rng.choice(COUNTRIES), rng.choice(GROUPS), rng.random() < .3
            city = f"{country} City {rng.randrange(3)}"
            name = f"{slug(city)}-{group}-{docs}"
            doc, cons, lines = f"id:doc/{name}", f"id:consultation/{name}", []

            def q(s, p, o):
                lines.append(f"{node(s)} {node(p)} {node(o)} {node(doc)} .\n")

            def evidence(subject, local, exact, line):
                sel = f"id:evidence/{name}/{local}"
                q(subject, "ckg:evidence", sel), q(sel, "a", "oa:TextQuoteSelector")
                q(sel, "oa:exact", lit(exact)), q(sel, "ckg:line", lit(line))
                if pdf:
                    q(sel, "ckg:page", lit(1 + line // 40))

            q(doc, "a", "ckg:SourceDocument"), q(doc, "dct:format", lit("application/pdf" if pdf else "text/markdown"))
            q(doc, "dct:identifier", lit(hashlib.sha256(name.encode()).hexdigest()))
            q(doc, "dct:language", lit(rng.choice(["en", "en", "es", "fr"])))
            q(doc, "dct:source", lit(f"{name}.{'pdf' if pdf else 'md'}"))
            q(doc, "dct:title", lit(f"Gender strategy consultation, {city}, {country}: {group}"))
            q(doc, "ckg:documentType", "ckg:" + rng.choice(["MissionSummary"] * 3 + ["EventReadout", "WrittenInput"]))
            place, strategy = f"id:place/{slug(city)}", "id:strategy/world-bank-group-gender-strategy-2024-2030"
            countries = {country}
            q(place, "a", "schema:City"), q(place, "rdfs:label", lit(city))
            q(place, "ckg:country", f"id:country/{slug(country)}")
            q(strategy, "a", "ckg:Strategy"), q(strategy, "rdfs:label", lit("World Bank Group Gender Strategy 2024-2030", "@en"))
            q(cons, "a", "ckg:Consultation"), q(cons, "prov:wasDerivedFrom", doc)
            q(cons, "rdfs:label", lit(f"Consultation, {city}, {country}: {group.replace('-', ' ')} ({docs})"))
            day = rng.randrange(1, 25)
            q(cons, "schema:startDate", lit(f"2023-{rng.randrange(1, 13):02d}-{day:02d}", "^^" + node("xsd:date")))
            q(cons, "schema:endDate", lit(f"2023-12-{day + 3:02d}", "^^" + node("xsd:date")))
            q(cons, "ckg:campaign", lit("#AccelerateEquality")), q(cons, "ckg:city", place)
            q(cons, "ckg:country", f"id:country/{slug(country)}"), q(cons, "ckg:reportedIn", doc)
            if rng.random() < .95:
                q(cons, "ckg:stakeholderGroup", f"au:{group}")
            q(cons, "ckg:strategy", strategy)
            evidence(cons, "consultation", "#AccelerateEquality", 6)
            line, seen, cg = 20, {}, rng.choice(coord) if rng.random() < .2 else None
            for k in range(1, rng.randint(1, 5) + 1):
                m, stance, line = f"id:meeting/{name}-{k}", rng.choice(STANCES), line + 8
                q(m, "a", "ckg:Meeting"), q(m, "rdfs:label", lit(f"Meeting {k} with {group.replace('-', ' ').title()}"))
                q(m, "prov:wasDerivedFrom", doc), q(m, "ckg:partOf", cons), q(m, "ckg:position", lit(k))
                q(m, "ckg:stance", f"ckg:{stance}"), q(m, "ckg:stanceText", lit(f"The participants: {stance}."))
                if rng.random() < .3:
                    q(m, "ckg:followUpInterest", lit("activities that would engage women as leaders"))
                evidence(m, f"meeting-{k}", f"Meeting {k}", line)
                part = rng.choices(members, weights, k=rng.randint(1, 8)) + ([cg] if cg and k == 1 else [])
                for o in part:
                    q(m, "ckg:participant", f"id:org/{o[0]}")
                    seen[o[0]] = o
                for n in range(rng.choice([0, 0, 1, 2])):
                    o, who = rng.choice(part), f"{rng.choice(NAMES[0])} {rng.choice(NAMES[1])}"
                    person = f"id:person/{slug(who)}--{o[0]}"
                    q(m, "ckg:participant", person), q(person, "a", "foaf:Person")
                    q(person, "org:memberOf", f"id:org/{o[0]}"), q(person, "prov:wasDerivedFrom", doc)
                    q(person, "foaf:name", lit(who)), q(person, "schema:honorificPrefix", lit(rng.choice(["Mrs.", "Mr.", "Dr."])))
                    if rng.random() < .8:
                        q(person, "schema:jobTitle", lit(f"Director of {rng.choice(WORDS).title()}"))
                    evidence(person, f"person-{k}-{n}", who, line + 1)
                themes = sorted({rng.choice(THEMES[:12]) if rng.random() < .7 else rng.choice(THEMES)
                                 for _ in range(rng.randint(2, 6))})
                for j, concept in enumerate(themes + [None] * rng.choice([0, 0, 0, 1, 2]), 1):  # None: unmapped
                    mention = f"id:mention/{name}-{k}-{j}"
                    text = concept.replace("-", " ") if concept else f"{rng.choice(WORDS)} matters"
                    q(m, "ckg:hasThemeMention", mention), q(mention, "a", "ckg:ThemeMention")
                    q(mention, "prov:wasDerivedFrom", doc), q(mention, "ckg:text", lit(text))
                    if concept:
                        q(m, "ckg:discussed", f"t:{concept}"), q(mention, "ckg:concept", f"t:{concept}")
                    evidence(mention, f"mention-{k}-{j}", text, line + 2)
            for k in range(1, rng.randint(2, 5) + 1):
                msg = f"id:message/{name}-{k}"
                q(msg, "a", "ckg:KeyMessage"), q(msg, "prov:wasDerivedFrom", doc), q(msg, "ckg:partOf", cons)
                for t in rng.sample(THEMES, rng.randint(0, 3)):
                    q(msg, "ckg:about", f"t:{t}")
                q(msg, "ckg:highlight", lit(f"urgency of {rng.choice(WORDS)}")), q(msg, "ckg:position", lit(k))
                q(msg, "ckg:text", lit(f"The consultations highlighted the urgency of {rng.choice(WORDS)} work."))
                evidence(msg, f"message-{k}", "The consultations highlighted ...", 10 + k)
            for o in seen.values():  # each document describes again every organisation it names
                org = f"id:org/{o[0]}"
                q(org, "a", "org:Organization"), q(org, "rdfs:label", lit(o[1])), q(org, "prov:wasDerivedFrom", doc)
                q(org, "org:classification", f"ot:{o[2]}")
                if cg and o is not cg and rng.random() < .5:
                    q(org, "org:memberOf", f"id:org/{cg[0]}")
                if o[3]:
                    q(org, "ckg:country", f"id:country/{slug(o[3])}")
                    countries.add(o[3])
                if o[4]:
                    q(org, "ckg:acronym", lit(o[4]))
                evidence(org, f"org-{o[0]}", o[1], line)
            for c in sorted(countries):
                q(f"id:country/{slug(c)}", "a", "schema:Country"), q(f"id:country/{slug(c)}", "rdfs:label", lit(c, "@en"))
            out.writelines(lines)
            quads += len(lines)
    return quads, docs


def _child(conn, ds, text, runs):
    try:
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            n = len(list(ds.query(text)))
            conn.send((time.perf_counter() - t0, n))
    except Exception as e:  # noqa: BLE001 - shown in the table
        conn.send(("error", repr(e)))
    conn.close()


def time_rdflib(ds, text, runs, budget):
    """(median seconds, or None when nothing finished within the budget, rows) of one question, in a fork."""
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
    if proc.is_alive():
        proc.kill()
    proc.join()
    if got and got[-1][0] == "error":
        print(f"#   rdflib error: {got[-1][1]}", file=sys.stderr)
        return None, "error"
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
    nq, store_dir, info = tmp / f"graph-{size}.nq", tmp / f"store-{size}", {}
    t0 = time.perf_counter()
    info["quads"], info["docs"] = generate(size, nq, seed)
    print(f"# {size:,}: {info['quads']:,} quads, {info['docs']:,} documents ({time.perf_counter() - t0:.0f} s)",
          file=sys.stderr)
    texts = {}
    for name, q in saved_questions().items():
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
    t0 = time.perf_counter()
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    info["store quads"] = len(store)
    # as `build --store` does: the default graph holds the deduplicated union (build's graph.nt)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()
    del store
    write_marker(store_dir, info["docs"] + 1, default="union")
    info["store load"] = time.perf_counter() - t0
    src, ox_times = open_local(store_dir), {}
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
    model = next((ln.split(":", 1)[1].strip() for ln in cpu if ln.startswith("Model name")), platform.processor())
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return (f"{model}, {nproc} cores (nproc), load average {os.getloadavg()[0]:.1f}; Python {platform.python_version()}, "
            f"pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}, {platform.system()} {platform.machine()}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000], help="triples per graph")
    ap.add_argument("--runs", type=int, nargs="+", default=[5, 3], help="timed runs per size (after a warm-up)")
    ap.add_argument("--budget", type=float, default=15, help="seconds an rdflib question may take (all its runs)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="smoke run: 5,000 triples, 1 run, 5 s budget")
    a = ap.parse_args(argv)
    if a.quick:
        a.sizes, a.runs, a.budget = [5_000], [1], 5
    start, results, before = time.perf_counter(), {}, machine()
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
            miss = " ✗" if size in TARGET_MS and store[name][0] * 1000 > TARGET_MS[size] else ""
            cells += ["error" if rdf[name][1] == "error" else ms(rdf[name][0], a.budget), ms(store[name][0]) + miss]
            same = rdf[name][1] in (None, "error", store[name][1])
            rows.append(f"{store[name][1]:,}" + ("" if same else f" (rdflib {rdf[name][1]:,})"))
        params = "".join(f" ({k}={v})" for k, v in PARAMS.get(name, {}).items())
        print(f"| {name}{params} | " + " | ".join(cells) + " | " + " / ".join(rows) + " |")
    targets = [f"{t} ms at {s:,}" for s, t in TARGET_MS.items() if s in a.sizes]
    print(f"\nms, median of the timed runs after a warm-up; rows: answer rows on the store"
          + (f"; ✗: over the store target ({', '.join(targets)})" if targets else "")
          + f"; \"> {a.budget:g} s\": rdflib did not finish within its budget.\n")
    for size in a.sizes:
        info = results[size][0]
        print(f"- {size:,}: {info['quads']:,} quads ({info['store quads']:,} distinct) in {info['docs']:,} document "
              f"graphs + the vocabulary graph; load: rdflib {info['rdflib load']:.1f} s, "
              f"store (bulk load, on disk) {info['store load']:.1f} s")
    print(f"- machine: {before} (at the start)")
    print(f"- total run time: {time.perf_counter() - start:.0f} s; load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
