"""Inputs that are not records (FIFOs, devices, link loops, huge files, missing paths) and usage errors."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from consultkg.build.run import build

from .conftest import REPO, SAMPLE


def cli(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "consultkg.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)


@pytest.fixture
def odd(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "good.md")
    os.mkfifo(src / "pipe.md")
    os.symlink("/dev/zero", src / "zero.md")
    os.symlink(src / "loop-b.md", src / "loop-a.md")
    os.symlink(src / "loop-a.md", src / "loop-b.md")
    return src


def test_fifos_devices_and_link_loops_are_skipped_with_one_line_each(odd, tmp_path):
    run = cli("build", odd, "--out", tmp_path / "out", "--no-network")  # today: hangs on the FIFO
    assert run.returncode == 1, run.stderr
    errors = sorted(line for line in run.stderr.splitlines() if line.startswith("error: "))
    assert errors == [
        f"error: {odd / 'loop-a.md'}: a symbolic link loop",
        f"error: {odd / 'loop-b.md'}: a symbolic link loop",
        f"error: {odd / 'pipe.md'}: a named pipe (FIFO), not a record file; skipped",
        f"error: {odd / 'zero.md'}: a symbolic link out of the input folder; skipped (--follow-links allows it)",
    ]
    assert "documents: 1" in run.stderr and (tmp_path / "out" / "graph.ttl").is_file()
    assert "Traceback" not in run.stderr


def test_a_fifo_given_by_name_is_skipped_too(odd, tmp_path):
    report = build([odd / "pipe.md", odd / "good.md"], tmp_path / "out", progress=False)
    assert report.documents == 1 and report.errors == [f"{odd / 'pipe.md'}: a named pipe (FIFO), not a record file; skipped"]


def test_a_file_over_the_size_limit_is_skipped_unless_allowed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "good.md")
    big = src / "big.md"
    big.write_text(SAMPLE.read_text(encoding="utf-8") + "\n" + "Padding line.\n" * 80_000, encoding="utf-8")
    run = cli("build", src, "--out", tmp_path / "out", "--no-network", "--max-size", "1")
    assert run.returncode == 1
    assert f"error: {big}: 1.1 MB is over the 1 MB limit; skipped (--max-size allows more)" in run.stderr
    assert "documents: 1" in run.stderr
    run = cli("build", src, "--out", tmp_path / "out", "--no-network", "--max-size", "5")
    assert run.returncode == 0, run.stderr
    assert "documents: 2" in run.stderr


def test_a_missing_path_beside_good_inputs_is_one_error_line(tmp_path):
    run = cli("build", tmp_path / "absent", SAMPLE, "--out", tmp_path / "out", "--no-network")
    assert run.returncode == 1
    assert f"error: {tmp_path / 'absent'}: no such file or folder" in run.stderr.splitlines()
    assert "documents: 1" in run.stderr and (tmp_path / "out" / "graph.ttl").is_file()


def test_an_output_folder_inside_an_input_folder_is_never_read(tmp_path):
    src = tmp_path / "in"
    (src / "out").mkdir(parents=True)
    shutil.copy(SAMPLE, src / "good.md")
    shutil.copy(SAMPLE, src / "out" / "notes.md")  # a record-like file inside the output folder
    first = build([src], src / "out", progress=False)
    assert first.documents == 1
    again = build([src], src / "out", progress=False)
    assert again.documents == 1 and again.unchanged


@pytest.mark.parametrize("iri", ["not an iri", "https://ex ample.org/", "https://example.org/id"])
def test_a_bad_base_iri_is_a_usage_error_before_any_work(tmp_path, iri):
    run = cli("build", SAMPLE, "--out", tmp_path / "out", "--base-iri", iri)
    assert run.returncode == 2, run.stderr
    assert "--base-iri" in run.stderr and "warning" not in run.stderr and "internal error" not in run.stderr
    assert not (tmp_path / "out").exists()


def test_a_bad_param_is_a_usage_error(tmp_path):
    run = cli("query", SAMPLE, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--param", "novalue")
    assert run.returncode == 2 and "--param takes NAME=VALUE" in run.stderr


def test_jobs_beyond_the_cores_are_capped_with_a_note(tmp_path):
    run = cli("build", SAMPLE, "--out", tmp_path / "out", "--jobs", "999", "--no-network")
    assert run.returncode == 0, run.stderr
    assert f"note: --jobs 999 is more than the {os.cpu_count()} cores; using {os.cpu_count()}" in run.stderr


def test_symbolic_links_are_followed_inside_the_input_folder_and_out_of_it_only_when_asked(tmp_path):
    src, away = tmp_path / "in", tmp_path / "elsewhere"
    (src / "real").mkdir(parents=True)
    (away / "folder").mkdir(parents=True)
    shutil.copy(SAMPLE, src / "real" / "a.md")
    shutil.copy(SAMPLE, away / "b.md")
    shutil.copy(SAMPLE, away / "folder" / "c.md")
    os.symlink(src / "real", src / "linked")  # a folder inside: followed (its record once)
    os.symlink(away / "b.md", src / "b.md")  # a file out of the folder
    os.symlink(away / "folder", src / "out-folder")  # a folder out of it
    run = cli("build", src, "--out", tmp_path / "out", "--no-network")
    assert run.returncode == 1
    assert sorted(line for line in run.stderr.splitlines() if line.startswith("error: ")) == [
        f"error: {src / 'b.md'}: a symbolic link out of the input folder; skipped (--follow-links allows it)",
        f"error: {src / 'out-folder'}: a symbolic link out of the input folder; skipped (--follow-links allows it)"]
    assert "documents: 1" in run.stderr
    asked = cli("build", src, "--out", tmp_path / "out2", "--no-network", "--follow-links")
    assert asked.returncode == 0 and "documents: 3" in asked.stderr
