"""Document identity: IRIs from the path relative to the input given; incremental == clean, byte for byte."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultkg.build.run import build
from consultkg.query.validate import validate

from .conftest import RECORDS

FILES = ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt", "report.json")
POOL = [RECORDS / "mission-en-headings.md", RECORDS / "written-letter.md", RECORDS / "readout-fr.md"]
NAMES = ["record.md", "a/record.md", "b/record.md", "0/record.md", "a/b/notes.md", "Z Notes.md"]


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


def test_document_id_is_the_slugged_relative_path():
    from consultkg.build.run import document_id

    assert document_id("a/record.md") == "a/record"
    assert document_id("Peru 2024/Lima Mission.md") == "peru-2024/lima-mission"
    assert document_id("lima.md") == document_id("lima.md")


def test_same_names_in_several_folders_keep_their_iris_when_another_is_added(tmp_path):
    """The issue's case: a/record.md, b/record.md, then 0/record.md added."""
    src = tmp_path / "in"
    for i, rel in enumerate(["a/record.md", "b/record.md"]):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(POOL[i], src / rel)
    out = tmp_path / "out"
    build([src], out, progress=False)
    (src / "0").mkdir()
    shutil.copy(POOL[2], src / "0" / "record.md")
    report = build([src], out, progress=False)
    assert report.errors == [] and report.documents == 3
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    for doc in ("doc/a/record", "doc/b/record", "doc/0/record"):
        assert f"https://w3id.org/consultkg/id/{doc}>" in trig or f"id:{doc}" in trig, doc
    assert validate(out).conforms
    build([src], tmp_path / "clean", progress=False)
    assert outputs(out) == outputs(tmp_path / "clean")


def test_two_files_with_one_id_are_refused_not_numbered(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(POOL[0], src / "record.md")
    shutil.copy(POOL[1], src / "record.txt")
    shutil.copy(POOL[2], src / "other.md")
    report = build([src], tmp_path / "out", progress=False)
    assert report.documents == 1 and len(report.errors) == 2
    assert all("same document id 'record'" in e for e in report.errors)


def test_same_content_under_two_names_builds_twice_with_a_warning(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(POOL[0], src / "one.md")
    shutil.copy(POOL[0], src / "two.md")
    report = build([src], tmp_path / "out", progress=False)
    assert report.documents == 2
    twins = [w for w in report.warnings if "same content as" in w]
    assert len(twins) == 2 and str(src / "two.md") in twins[0]


class _Corpus:
    """A folder of records changed step by step; each file's mtime moves on as a person's edit would."""

    def __init__(self, root: Path):
        self.root, self.files, self.tick = root, {}, 1_700_000_000

    def write(self, rel: str, data: bytes) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.tick += 10  # file systems keep mtimes to a few ms: an edit within one tick would look unchanged
        os.utime(path, ns=(self.tick * 10**9, self.tick * 10**9))
        self.files[rel] = data

    def apply(self, op: tuple) -> None:
        kind, a, b = op
        existing = sorted(self.files)
        if kind == "add" and NAMES[a] not in self.files:
            self.write(NAMES[a], POOL[b].read_bytes())
        elif kind == "change" and existing:
            rel = existing[a % len(existing)]
            self.write(rel, self.files[rel] + f"\n\nA further note, number {b}.\n".encode())
        elif kind == "delete" and existing:
            rel = existing[a % len(existing)]
            (self.root / rel).unlink()
            del self.files[rel]
        elif kind == "rename" and existing and NAMES[b % len(NAMES)] not in self.files:
            rel, new = existing[a % len(existing)], NAMES[b % len(NAMES)]
            (self.root / new).parent.mkdir(parents=True, exist_ok=True)
            os.rename(self.root / rel, self.root / new)
            self.files[new] = self.files.pop(rel)


OPS = st.tuples(st.sampled_from(["add", "change", "delete", "rename"]), st.integers(0, len(NAMES) - 1),
                st.integers(0, len(POOL) - 1))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=4))
def test_incremental_build_equals_clean_build_after_every_step(ops):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = _Corpus(tmp / "in")
        corpus.write("a/record.md", POOL[0].read_bytes())
        corpus.write("b/record.md", POOL[1].read_bytes())
        out = tmp / "out"
        build([corpus.root], out, jobs=1, progress=False)
        for n, op in enumerate(ops):
            corpus.apply(op)
            if not corpus.files:
                continue
            report = build([corpus.root], out, jobs=1, progress=False)
            clean = tmp / f"clean-{n}"
            build([corpus.root], clean, jobs=1, progress=False)
            assert report.documents == len(corpus.files), op
            assert outputs(out) == outputs(clean), (op, sorted(corpus.files))
            shutil.rmtree(clean)
