"""Incremental and parallel builds: the cache, changed and deleted records, the store, --jobs."""
from __future__ import annotations

import pytest

import consultkg
from consultkg.build.run import build

from .conftest import SAMPLE


@pytest.fixture
def corpus(mission_corpus):
    return mission_corpus


def test_nothing_changed_rewrites_nothing(corpus, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], out, jobs=2, progress=False)
    assert first.extracted == first.documents > 3 and not first.unchanged
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("graph.*")}
    again = build([corpus], out, jobs=2, progress=False)
    assert again.unchanged and again.extracted == 0
    assert again.triples == first.triples and again.organisations == first.organisations
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("graph.*")} == stamps


def test_a_new_consultkg_re_extracts_every_record(corpus, tmp_path, monkeypatch):
    """Any edit of consultkg's code or data (a new release, a lexicon word) changes the cache key: an
    incremental build after an upgrade reads every record again rather than serving stale triples."""
    import consultkg.build.cache
    out = tmp_path / "out"
    build([corpus], out, progress=False)
    import consultkg.build.run
    for module in (consultkg.build.cache, consultkg.build.run):
        monkeypatch.setattr(module, "code_fingerprint", lambda: "an-edited-lexicon")
    again = build([corpus], out, progress=False)
    assert again.extracted == again.documents > 3 and not again.unchanged


def test_one_changed_record_is_the_only_one_extracted_and_its_graph_is_replaced(corpus, tmp_path):
    out, store = tmp_path / "out", tmp_path / "kg.store"
    build([corpus], out, store=store, progress=False)
    lima = corpus / SAMPLE.name
    lima.write_text(lima.read_text(encoding="utf-8").replace("offered their strong endorsement",
                                                             "broadly welcomed the draft but raised concerns"))
    report = build([corpus], out, store=store, progress=False)
    assert report.extracted == 1 and not report.unchanged
    q = "SELECT ?stance (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/consultkg/id/doc/lima-peru-government> " \
        "{ ?m ckg:stance ?stance } } GROUP BY ?stance"
    for source in (out, store):
        got = {r["stance"].rsplit("#", 1)[1]: r["n"] for r in consultkg.ask(source, q)}
        assert got == {"MixedStance": 2, "Endorsement": 1}, source


def test_deleting_a_record_removes_its_graph_everywhere(corpus, tmp_path):
    out, store = tmp_path / "out", tmp_path / "kg.store"
    build([corpus], out, store=store, progress=False)
    victim = sorted(corpus.glob("mission-es*"))[0]
    graph = "https://w3id.org/consultkg/id/doc/" + victim.stem
    ask = f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    assert consultkg.ask(out, ask) and consultkg.ask(store, ask)
    victim.unlink()
    report = build([corpus], out, store=store, progress=False)
    assert report.extracted == 0 and not report.unchanged
    assert not consultkg.ask(out, ask) and not consultkg.ask(store, ask)
    assert not any(victim.stem in row for row in _cache_rows(out, "figures"))
    assert not any(victim.stem in row for row in _cache_rows(out, "triples"))


def _cache_rows(out, column: str) -> list[str]:
    import sqlite3

    db = sqlite3.connect(out / ".consultkg-cache" / "cache.sqlite")
    try:
        return [row for (row,) in db.execute(f"SELECT {column} FROM entry")]
    finally:
        db.close()


def test_a_cache_that_is_not_a_database_is_remade(corpus, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], out, progress=False)
    (out / ".consultkg-cache" / "cache.sqlite").write_bytes(b"not a database at all" * 100)
    for name in ("cache.sqlite-wal", "cache.sqlite-shm"):
        (out / ".consultkg-cache" / name).unlink(missing_ok=True)
    (out / "graph.ttl").unlink()
    again = build([corpus], out, progress=False)
    assert again.extracted == again.documents == first.documents and again.triples == first.triples
    assert len(_cache_rows(out, "key")) == first.documents


def test_the_cache_is_one_file_not_one_per_record(corpus, tmp_path):
    out = tmp_path / "out"
    report = build([corpus], out, progress=False)
    names = {p.name for p in (out / ".consultkg-cache").rglob("*") if p.is_file()}
    assert report.documents > 3 and names <= {"cache.sqlite", "cache.sqlite-wal", "cache.sqlite-shm"} | \
        {n for n in names if n.startswith("vocabulary-")}
    assert len(_cache_rows(out, "key")) == report.documents


def test_parallel_and_sequential_builds_write_the_same_bytes(corpus, tmp_path):
    build([corpus], tmp_path / "one", jobs=1, progress=False)
    build([corpus], tmp_path / "two", jobs=2, progress=False)
    for name in ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_a_damaged_cache_entry_is_rebuilt(corpus, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], out, progress=False)
    import sqlite3

    db = sqlite3.connect(out / ".consultkg-cache" / "cache.sqlite")
    with db:
        db.execute("UPDATE entry SET figures = '{not json' WHERE rowid = (SELECT min(rowid) FROM entry)")
    db.close()
    (out / "graph.ttl").unlink()  # an output to write again: now the entry is needed
    again = build([corpus], out, progress=False)
    assert again.extracted == 1 and again.triples == first.triples
    assert (out / "graph.ttl").exists()


def test_unchanged_files_are_not_even_opened(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = build([corpus], out, progress=False)
    import consultkg.build.workers

    monkeypatch.setattr(consultkg.build.workers, "process", lambda *a: pytest.fail("a file was read"))
    again = build([corpus], out, jobs=1, progress=False)
    assert again.unchanged and again.documents == first.documents and again.triples == first.triples
    assert again.unmapped == first.unmapped and again.warnings == first.warnings


def test_serialising_in_parallel_writes_the_same_bytes(corpus, tmp_path, monkeypatch):
    import consultkg.build.outputs

    build([corpus], tmp_path / "seq", progress=False)
    monkeypatch.setattr(consultkg.build.outputs, "PARALLEL_FROM", 0)
    build([corpus], tmp_path / "par", progress=False)
    for name in ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt"):
        assert (tmp_path / "seq" / name).read_bytes() == (tmp_path / "par" / name).read_bytes(), name
