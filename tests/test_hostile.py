"""Hostile and huge records (issue 18): each is bounded by a budget of its own, says so in one line, and
never stops the other records. The corpus is generated (:mod:`tests.hostile`), never committed."""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys

import pytest

from . import hostile
from .conftest import REPO, SAMPLE

CHILD = """
import sys, time
from consultkg.extract import extract
from consultkg.read import read_source
extract(read_source(sys.argv[2]))  # warm: imports, the lexicon, the theme matcher
start = time.process_time()
extract(read_source(sys.argv[1]))
print(time.process_time() - start)
"""


def _cpu_seconds(path) -> float:
    """CPU seconds a process takes to read and extract ``path``, after it has read a small record (the fixed
    part: imports, compiled patterns) — the child's own clock, not the wall."""
    run = subprocess.run([sys.executable, "-c", CHILD, str(path), str(SAMPLE)], capture_output=True, text=True,
                         timeout=600, cwd=REPO, check=True)
    return float(run.stdout.split()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("make", hostile.GROWING, ids=lambda f: f.__name__)
def test_time_grows_linearly_with_the_input(make, tmp_path):
    # ×4 the input: a linear reader takes about ×4 the time, a quadratic one ×16
    times = []
    for n in (1000, 4000):
        name, data = make(n)
        path = tmp_path / f"{n}-{name}"
        path.write_bytes(data)
        times.append(_cpu_seconds(path))
    grown = times[1] / max(times[0], 0.05)
    assert grown < 8, f"{make.__name__}: {times} s: ×{grown:.1f} for ×4 the input"


def cli(*args, limit_mb: int | None = None, timeout: int = 300):
    def cap():  # the child's own memory limit: it must finish within it
        if limit_mb:
            resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))
    return subprocess.run([sys.executable, "-m", "consultkg.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO, preexec_fn=cap)


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "good.md")
    return src


def _errors(run) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.startswith("error: ")]


def test_a_docx_that_unpacks_to_hundreds_of_megabytes_is_refused_from_its_directory(corpus, tmp_path):
    name, data = hostile.docx_bomb(300_000_000)  # about 300 KB on disk
    (corpus / name).write_bytes(data)
    run = cli("build", corpus, "--out", tmp_path / "out", "--no-network", "--jobs", "1", limit_mb=1200)
    assert run.returncode == 1, run.stderr
    assert _errors(run) == [f"error: {corpus / name}: its XML unpacks to 300.0 MB, over the 100 MB limit; "
                            "skipped (--max-unpacked allows more)"]
    assert "documents: 1" in run.stderr and "Traceback" not in run.stderr


def test_a_small_zip_bomb_is_refused_by_its_ratio(corpus, tmp_path):
    name, data = hostile.docx_bomb(20_000_000)
    (corpus / name).write_bytes(data)
    run = cli("build", corpus, "--out", tmp_path / "out", "--no-network")
    assert run.returncode == 1 and len(_errors(run)) == 1
    assert "times its size (a zip bomb?), over the limit of 100; skipped (--max-ratio allows more)" in run.stderr
    allowed = cli("build", corpus, "--out", tmp_path / "out2", "--no-network", "--max-ratio", "5000")
    assert allowed.returncode == 0, allowed.stderr


def test_a_record_over_its_time_is_stopped_and_the_others_build(corpus, tmp_path):
    name, data = hostile.many_meetings(3000)
    (corpus / name).write_bytes(data)
    run = cli("build", corpus, "--out", tmp_path / "out", "--no-network", "--record-time", "1")
    assert run.returncode == 1
    assert _errors(run) == [f"error: {corpus / name}: took more than 1 CPU seconds to read; skipped "
                            "(--record-time allows longer)"]
    assert "documents: 1" in run.stderr and "Traceback" not in run.stderr
    one = cli("extract", corpus / name, "--record-time", "1")  # the same budget for one record
    assert one.returncode == 1 and one.stderr.strip().endswith("(--record-time allows longer)")


def test_a_record_of_too_many_blocks_is_refused(corpus, tmp_path):
    name, data = hostile.many_organisations(500)
    (corpus / name).write_bytes(data)
    run = cli("build", corpus, "--out", tmp_path / "out", "--no-network", "--max-blocks", "400")
    assert run.returncode == 1
    assert _errors(run) == [f"error: {corpus / name}: 502 blocks (paragraphs, items, rows) are over the limit of "
                            "400; skipped (--max-blocks allows more)"]


@pytest.mark.parametrize("args", [["extract", "{p}"], ["validate", "{p}"], ["query", "{p}", "ASK {}"],
                                  ["query", "{out}", "--file", "{p}"], ["network", "{p}", "--out", "{out}/n.html"],
                                  ["push", "{p}", "--endpoint", "http://127.0.0.1:9/store"]],
                         ids=lambda a: "-".join(a[:1] + (["file"] if "--file" in a else [])))
def test_every_command_refuses_a_fifo_at_once(args, tmp_path):
    fifo = tmp_path / "pipe.nt"
    os.mkfifo(fifo)
    built = cli("build", SAMPLE, "--out", tmp_path / "out", "--no-network")
    assert built.returncode == 0
    run = cli(*[a.replace("{p}", str(fifo)).replace("{out}", str(tmp_path / "out")) for a in args], timeout=30)  # was: waits forever
    assert run.returncode in (1, 2), run.stderr
    assert run.stderr.strip().splitlines()[-1].endswith(f"{fifo}: a named pipe (FIFO), not a file to read")


def test_a_store_another_build_holds_is_refused_before_any_file_is_written(tmp_path):
    import fcntl

    store = tmp_path / "kg.store"
    store.mkdir()
    fd = os.open(store / ".consultkg.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as a build running into it holds it
    try:
        run = cli("build", SAMPLE, "--out", tmp_path / "out", "--store", store, "--no-network")
    finally:
        os.close(fd)
    assert run.returncode == 1
    assert run.stderr == f"Error: {store}: another build is writing into this store; wait for it to end " \
                         "(or build into another store)\n"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".consultkg.lock"]  # was: graph files, no state
    again = cli("build", SAMPLE, "--out", tmp_path / "out", "--store", store, "--no-network")
    assert again.returncode == 0 and (tmp_path / "out" / "graph.trig").is_file()


@pytest.mark.parametrize("make,why", [
    (lambda: hostile.docx_bomb_not_named_xml(300_000_000), "its XML unpacks to 300.0 MB, over the 100 MB limit"),
    (lambda: hostile.docx_lying_directory(300_000_000), "not a readable DOCX (BadZipFile: Bad CRC-32"),
], ids=["main-part-not-named-xml", "directory-lies"])
def test_a_bomb_the_zip_directory_hides_is_caught_as_it_is_inflated(corpus, tmp_path, make, why):
    name, data = make()
    (corpus / name).write_bytes(data)
    run = cli("build", corpus, "--out", tmp_path / "out", "--no-network", "--jobs", "1", limit_mb=1200)
    assert run.returncode == 1, run.stderr[-500:]  # was: 0 after 880 MB, or 1.1 GB then a CRC error
    assert [line for line in _errors(run) if why in line] and len(_errors(run)) == 1
    assert "documents: 1" in run.stderr


def test_a_list_numbered_from_half_a_billion_in_letters_is_read_in_bounded_memory(corpus, tmp_path):
    name, data = hostile.numbering_flood()  # 2.7 KB; each label was 20 million letters, 40 times over (3 GB)
    (corpus / name).write_bytes(data)
    run = cli("build", corpus, "--out", tmp_path / "out", "--no-network", "--jobs", "1", limit_mb=1200)
    assert run.returncode == 0, run.stderr[-500:]
    assert "documents: 2" in run.stderr


def test_extract_and_validate_refuse_a_file_over_their_size_limit(tmp_path):
    big = tmp_path / "big.md"
    with open(big, "wb") as fh:  # sparse: 30 MB that take no room
        fh.truncate(30_000_000)
    run = cli("extract", big, limit_mb=1200)
    assert run.returncode == 1 and run.stderr == f"Error: {big}: 30.0 MB is over the 20 MB limit; skipped " \
                                                 "(--max-size allows more)\n"
    graph = tmp_path / "big.ttl"
    with open(graph, "wb") as fh:
        fh.truncate(300_000_000)
    run = cli("validate", graph, limit_mb=1200)
    assert run.returncode == 2 and run.stderr == f"Error: {graph}: 300.0 MB is over the 200 MB limit; skipped " \
                                                 "(--max-size allows more)\n"
