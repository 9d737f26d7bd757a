"""The command line, through click's CliRunner."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from consultkg.cli import cli

from .conftest import REPO, SAMPLE


@pytest.fixture
def runner():
    return CliRunner()


def test_build_writes_every_format_and_a_summary(runner, tmp_path):
    res = runner.invoke(cli, ["build", str(SAMPLE), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    union = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert len(Graph().parse(tmp_path / "graph.nt", format="nt")) == len(union) > 500
    for name, fmt in (("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(tmp_path / name, format=fmt)
        names = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert "https://w3id.org/consultkg/id/doc/lima-peru-government" in names
        assert "https://w3id.org/consultkg/vocabulary" in names
        assert sum(len(g) for g in ds.graphs()) == len(union)
    for line in ("documents: 1", "meetings: 3", "organisations: 23", "people: 2", "unmapped theme phrases: 0"):
        assert line in res.stderr
    assert re.search(r"triples: \d+", res.stderr)


def test_build_base_iri(runner, tmp_path):
    res = runner.invoke(cli, ["build", str(SAMPLE), "--out", str(tmp_path), "--base-iri", "http://example.org/kg/"])
    assert res.exit_code == 0, res.output
    text = (tmp_path / "graph.nt").read_text()
    assert "<http://example.org/kg/meeting/lima-peru-government-1>" in text
    assert "w3id.org/consultkg/id/" not in text


def test_bad_input_is_reported_and_the_rest_still_builds(runner, tmp_path):
    empty = tmp_path / "in" / "empty.md"
    empty.parent.mkdir()
    empty.write_text("")
    (tmp_path / "in" / "lima.md").write_bytes(SAMPLE.read_bytes())
    res = runner.invoke(cli, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert f"{empty}: empty file" in res.stderr
    assert "Traceback" not in res.output
    assert "documents: 1" in res.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_nothing_readable_keeps_the_earlier_output(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(cli, ["build", str(SAMPLE), "--out", str(out)]).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "poem.txt"
    bad.write_text("Roses are red\nviolets are blue\n")
    res = runner.invoke(cli, ["build", str(bad), "--out", str(out)])
    assert res.exit_code == 1
    assert "not a consultation record" in res.stderr and str(bad) in res.stderr
    assert (out / "graph.ttl").read_bytes() == before
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".build-")]
    assert not leftovers  # no temp files left behind


def test_missing_input_and_unknown_extension(runner, tmp_path):
    res = runner.invoke(cli, ["build", str(tmp_path / "nope.md"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "nope.md" in res.stderr and "Traceback" not in res.output
    odd = tmp_path / "notes.xlsx"
    odd.write_bytes(b"PK\x03\x04")
    res = runner.invoke(cli, ["build", str(odd), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "unsupported file type '.xlsx'" in res.stderr


def test_extract_prints_the_record_as_json(runner):
    res = runner.invoke(cli, ["extract", str(SAMPLE)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["document_type"] == "MissionSummary"
    assert [m["stance"] for m in data["meetings"]] == ["StrongEndorsement", "StrongEndorsement", "Endorsement"]


def test_validate_exit_codes(runner, tmp_path):
    runner.invoke(cli, ["build", str(SAMPLE), "--out", str(tmp_path)])
    ok = runner.invoke(cli, ["validate", str(tmp_path)])
    assert ok.exit_code == 0 and "conforms" in ok.stderr
    bad = tmp_path / "bad.nt"
    bad.write_text((tmp_path / "graph.nt").read_text().replace('"Nancy Tolentino"', '"Mrs. Nancy Tolentino"'))
    res = runner.invoke(cli, ["validate", str(bad)])
    assert res.exit_code == 1
    assert "does not conform (1 violations)" in res.stderr and "honorific" in res.stdout
    assert runner.invoke(cli, ["validate"]).exit_code == 2
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .")
    res = runner.invoke(cli, ["validate", str(broken)])  # pySHACL's codes: 2 when it could not check at all
    assert res.exit_code == 2 and "broken.ttl: not a valid graph" in res.stderr and "Traceback" not in res.output
    res = runner.invoke(cli, ["validate", str(tmp_path / "nowhere.ttl")])
    assert res.exit_code == 2 and "nowhere.ttl" in res.stderr and "Traceback" not in res.output


def test_a_broken_language_file_is_a_one_line_error_not_an_internal_one(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    from consultkg.lexicon.compile import HERE
    folder = tmp_path / "lexicon"
    shutil.copytree(HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "pt.toml").write_text("[stances\n", encoding="utf-8")  # not TOML
    env = dict(os.environ, CONSULTKG_LEXICON=str(folder))
    res = subprocess.run([sys.executable, "-m", "consultkg.cli", "extract", str(SAMPLE)], capture_output=True,
                         text=True, env=env)
    assert res.returncode == 1, res.stderr
    assert "pt.toml" in res.stderr and "internal error" not in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_internal_errors_are_one_line_unless_debug(runner, tmp_path, monkeypatch):
    import consultkg.build.run

    def boom(*a, **k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(consultkg.build.run, "write_streamed", boom)
    res = runner.invoke(cli, ["build", str(SAMPLE), "--out", str(tmp_path)])
    assert res.exit_code == 1 and "internal error: RuntimeError: kaboom" in res.stderr
    assert "Traceback" not in res.stderr
    res = runner.invoke(cli, ["--debug", "build", str(SAMPLE), "--out", str(tmp_path)])
    assert isinstance(res.exception, RuntimeError)


def test_every_command_has_help_with_an_example_and_is_in_the_readme(runner):
    readme = (REPO / "README.md").read_text()
    assert cli.commands, "no commands?"
    for name, command in cli.commands.items():
        res = runner.invoke(cli, [name, "--help"])
        assert res.exit_code == 0
        assert "Example" in res.output, f"{name} --help shows no example"
        assert f"consultkg {name}" in readme, f"README does not document 'consultkg {name}'"
