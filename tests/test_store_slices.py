"""``build --store`` bulk-loads in bounded slices: the store holds the same quads as one load would."""
from __future__ import annotations

import threading
import time

import pyoxigraph as ox
import pytest

import consultkg
from consultkg.build.run import build
from consultkg.build import store as store_module


RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# the members of every RDF list in the vocabulary (owl:unionOf ... ): blank nodes from end to end
LIST_MEMBERS = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?x ?p ?l . FILTER(isIRI(?x)) ?l <{RDF}rest>*/<{RDF}first> ?m }}"


@pytest.fixture
def corpus(mission_corpus):
    return mission_corpus


def _quads(path) -> set[tuple[str, ...]]:
    """Every quad of the store at ``path``, blank nodes written as one name (their labels are random)."""
    store = ox.Store.read_only(str(path))
    return {tuple("_:" if isinstance(t, ox.BlankNode) else str(t)
                  for t in (q.subject, q.predicate, q.object, q.graph_name)) for q in store}


def _list_members(path, graph: bool) -> int:
    store = ox.Store.read_only(str(path))
    query = LIST_MEMBERS.replace("WHERE {", "WHERE { GRAPH ?g {", 1) + " }" if graph else LIST_MEMBERS
    return int(next(iter(store.query(query)))[0].value)


def test_a_store_loaded_in_many_slices_holds_what_one_load_holds(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BULK_FROM", 0)  # the bulk path, even for these few records
    whole = tmp_path / "whole.store"
    build([corpus], tmp_path / "out-whole", store=whole, progress=False)
    sizes = []
    real = store_module._slices
    monkeypatch.setattr(store_module, "SLICE_BYTES", 4096)  # dozens of slices
    monkeypatch.setattr(store_module, "_slices", lambda path: (sizes.append(len(s)) or s for s in real(path)))
    sliced = tmp_path / "sliced.store"
    report = build([corpus], tmp_path / "out-sliced", store=sliced, progress=False)
    assert len(sizes) > 20
    assert report.store_graphs == report.documents + 1
    assert _quads(sliced) == _quads(whole)
    # the vocabulary's lists are whole: each blank node was loaded with every line that names it
    members = _list_members(whole, graph=False)
    assert members > 0
    assert _list_members(sliced, graph=False) == members == _list_members(sliced, graph=True)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert consultkg.ask(sliced, count) == consultkg.ask(tmp_path / "out-sliced" / "graph.trig", count)
    assert consultkg.ask(sliced, "theme-frequency") == consultkg.ask(tmp_path / "out-sliced", "theme-frequency")


def test_slices_are_whole_lines_of_bounded_size_and_blank_node_lines_come_last_together(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "SLICE_BYTES", 100)
    lines = [f'<http://e/s{i}> <http://e/p> "value {i}" .\n' for i in range(60)]
    lines[7] = "_:b1 <http://e/p> <http://e/o> .\n"
    lines[41] = "<http://e/s> <http://e/p> _:b1 .\n"
    lines[50] = '<http://e/s> <http://e/p> "a literal that says _: too" .\n'
    path = tmp_path / "g.nt"
    path.write_text("".join(lines), encoding="utf-8")
    slices = list(store_module._slices(path))
    longest = max(len(ln.encode()) for ln in lines)
    assert len(slices) > 10
    assert all(s.endswith(b"\n") for s in slices)
    assert all(len(s) <= store_module.SLICE_BYTES + longest for s in slices[:-1])
    assert slices[-1].decode().splitlines(keepends=True) == [lines[7], lines[41], lines[50]]
    assert not any(b"_:" in s for s in slices[:-1])
    assert sorted(ln for s in slices for ln in s.decode().splitlines(keepends=True)) == sorted(lines)


def test_no_more_than_loaders_slices_are_loaded_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "SLICE_BYTES", 50)
    monkeypatch.setattr(store_module, "LOADERS", 2)
    path = tmp_path / "g.nq"
    path.write_text("".join(f"<http://e/s{i}> <http://e/p> <http://e/o> <http://e/g> .\n" for i in range(40)))

    class Recorder:
        def __init__(self):
            self.now = self.most = self.calls = 0
            self.lock = threading.Lock()

        def bulk_load(self, input, format, lenient):
            with self.lock:
                self.now += 1
                self.calls += 1
                self.most = max(self.most, self.now)
            time.sleep(0.01)
            with self.lock:
                self.now -= 1

    recorder = Recorder()
    store_module._load_sliced(recorder, [path])
    assert recorder.calls == len(list(store_module._slices(path))) > 10
    assert recorder.most == 2


def test_a_slice_that_cannot_be_parsed_fails_the_load(tmp_path):
    path = tmp_path / "g.nq"
    path.write_text("<http://e/s> <http://e/p> <http://e/o> .\nnot a quad\n")
    with pytest.raises(SyntaxError):
        store_module._load_sliced(ox.Store(), [path])
