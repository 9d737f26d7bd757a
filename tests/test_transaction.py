"""A build is a transaction: state last, stale outputs redrawn, leftovers removed, a lock, workers die with it."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consultkg.network import build_page
from consultkg.build.run import STATE_FILE, build
from consultkg.model import NotRead

from .conftest import RECORDS, REPO, SAMPLE

FILES = ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt", "report.json")


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in [SAMPLE, *sorted(RECORDS.glob("mission-*.md"))[:3]]:
        shutil.copy(p, src / p.name)
    return src


def _edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n\nA closing remark.\n", encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))


def test_a_build_killed_while_drawing_the_page_is_redone_by_the_next(corpus, tmp_path, monkeypatch):
    import consultkg.network

    out = tmp_path / "out"
    build([corpus], out, progress=False, page=build_page())
    old_page = (out / "network.html").read_bytes()
    _edit(corpus / SAMPLE.name)

    def killed(*a, **k):
        raise KeyboardInterrupt  # the build dies between the graph files and the page

    with monkeypatch.context() as m:
        m.setattr(consultkg.network, "build_network_page", killed)
        with pytest.raises(KeyboardInterrupt):
            build([corpus], out, progress=False, page=build_page())
    assert (out / "network.html").read_bytes() == old_page  # the stale page, for now
    again = build([corpus], out, progress=False, page=build_page())
    assert not again.unchanged
    assert out / "network.html" in again.outputs
    clean = tmp_path / "clean"
    build([corpus], clean, progress=False, page=build_page())
    assert (out / "network.html").read_bytes() == (clean / "network.html").read_bytes()


def test_an_output_changed_or_removed_after_the_build_is_written_again(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out, progress=False)
    good = (out / "graph.ttl").read_bytes()
    (out / "graph.ttl").write_bytes(b"# truncated by hand\n")
    again = build([corpus], out, progress=False)
    assert not again.unchanged and (out / "graph.ttl").read_bytes() == good
    (out / "report.json").unlink()
    third = build([corpus], out, progress=False)
    assert not third.unchanged and (out / "report.json").is_file()
    assert build([corpus], out, progress=False).unchanged


def test_the_state_is_written_after_every_output(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out, progress=False, page=build_page())
    state_time = (out / STATE_FILE).stat().st_mtime_ns
    for name in (*FILES, "network.html"):
        assert (out / name).stat().st_mtime_ns <= state_time, name


def test_leftover_temporary_folders_and_files_are_removed(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out, progress=False)
    (out / ".build-abc123").mkdir()
    (out / ".build-abc123" / "union.nt").write_text("x")
    (out / ".graph.ttl.xyz.tmp").write_text("x")
    build([corpus], out, progress=False)
    assert not list(out.glob(".build-*")) and not list(out.glob(".*.tmp"))


def test_a_second_build_into_a_locked_folder_stops_with_one_line(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(out / '.consultkg.lock')!r}, os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(30)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(Exception, match="another build is writing into this folder"):
            build([corpus], out, progress=False)
        run = subprocess.run([sys.executable, "-m", "consultkg.cli", "build", str(corpus), "--out", str(out)],
                             capture_output=True, text=True, timeout=60, cwd=REPO)
        assert run.returncode == 1
        assert run.stderr.strip().count("\n") == 0 and "another build is writing" in run.stderr
        assert not (out / "graph.ttl").exists()
    finally:
        holder.kill()
        holder.wait()
    assert build([corpus], out, progress=False).documents == 4  # the lock went with its process


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                kids.append(int(entry))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux's")
def test_workers_end_when_the_build_process_is_killed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    records = sorted(RECORDS.glob("*.md"))
    for i in range(60):
        shutil.copy(records[i % len(records)], src / f"r{i:03}.md")
    proc = subprocess.Popen([sys.executable, "-m", "consultkg.cli", "build", str(src), "--out",
                             str(tmp_path / "out"), "--jobs", "2", "--no-network"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(workers) < 2:
        workers = _children(proc.pid)
        time.sleep(0.02)
    assert len(workers) >= 2, "no workers seen"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)


def test_report_json_lists_what_was_not_read_and_the_summary_says_so(corpus, tmp_path, monkeypatch):
    import consultkg.extract

    real = consultkg.extract.extract

    def extract_with_leftovers(source):
        record = real(source)
        if source.name.startswith("mission"):
            record.not_read = [NotRead(12, "and several others whose names were not noted", "a sentence, not a name"),
                               NotRead(3, "Ms. ??", "no name", page=2)]
        return record

    monkeypatch.setattr(consultkg.extract, "extract", extract_with_leftovers)
    out = tmp_path / "out"
    report = build([corpus], out, jobs=1, progress=False)
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    missions = sorted(str(p) for p in corpus.glob("mission-*.md"))
    assert [(r["file"], r["line"]) for r in data["not_read"]] == [(m, n) for m in missions for n in (3, 12)]
    assert data["not_read"][0] == {"file": missions[0], "line": 3, "page": 2, "text": "Ms. ??", "why": "no name"}
    assert f"not read: {2 * len(missions)} lines, see report.json" in report.summary()
    # from the cache (no extraction at all), the same report and the same line
    monkeypatch.setattr(consultkg.extract, "extract", lambda s: pytest.fail("extracted again"))
    (out / "report.json").unlink()
    again = build([corpus], out, jobs=1, progress=False)
    assert json.loads((out / "report.json").read_text(encoding="utf-8")) == data
    assert f"not read: {2 * len(missions)} lines" in again.summary()


def test_a_build_without_leftovers_says_nothing_of_them(corpus, tmp_path):
    report = build([corpus], tmp_path / "out", progress=False)
    assert "not read" not in report.summary()
    report_json = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report_json["not_read"] == [] and len(report_json["coverage"]) == 4
