"""The README and docs/ say what is true: every link resolves, every command example names a command and
options that exist, the README stays short, and the main job prints what the README shows."""
from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner

from consultkg.cli import cli

from .conftest import REPO

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _blocks(text: str):
    """The shell code blocks of a Markdown text (```bash, ```console, ```sh or no language), fences paired."""
    block, shell = None, False
    for line in text.splitlines():
        if line.startswith("```"):
            if block is None:
                block, shell = [], line[3:].strip() in ("", "bash", "console", "sh")
            else:
                if shell:
                    yield block
                block = None
        elif block is not None:
            block.append(line)


def _examples(page):
    """The ``consultkg ...`` command lines of a page's code blocks (a console's "$ " dropped, comments cut)."""
    for block in _blocks(page.read_text(encoding="utf-8")):
        for line in block:
            line = line.strip().removeprefix("$ ").strip()
            for part in re.split(r"&&|\|", line):
                part = part.strip()
                for prefix in (".venv/bin/consultkg ", "consultkg "):
                    if part.startswith(prefix):
                        yield "consultkg " + part[len(prefix):]


def test_the_readme_is_short():
    assert len((REPO / "README.md").read_bytes()) < 10_000


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_resolves(page):
    for target in _LINK.findall(page.read_text(encoding="utf-8")):
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (page.parent / target).exists(), f"{page.name}: no {target}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_command_example_names_real_options(page):
    for example in _examples(page):
        if "…" in example or "..." in example:
            continue  # a synopsis, not a command line
        try:
            words = shlex.split(example, comments=True)[1:]
        except ValueError:
            continue  # a query split over lines
        words = [w for w in words if w != "--debug"]
        assert words, example
        command = cli.commands.get(words[0])
        assert command is not None, f"{page.name}: no command in {example!r}"
        known = {o for p in command.params for o in (*getattr(p, "opts", ()), *getattr(p, "secondary_opts", ()))}
        known |= {"-h", "--help"}
        for word in words[1:]:
            if word.startswith("-") and len(word) > 1 and not word[1:2].isdigit():
                assert word.split("=", 1)[0] in known, f"{page.name}: {example!r}: no option {word}"


@pytest.mark.parametrize("page", ["README.md", "docs/commands.md"])
def test_the_main_job_prints_what_the_readme_shows(tmp_path, monkeypatch, page):
    readme = (REPO / page).read_text(encoding="utf-8")
    shown = re.search(r"\$ consultkg build data/ --out output/\n(.*?)```", readme, re.S).group(1).splitlines()
    monkeypatch.chdir(REPO)
    res = CliRunner().invoke(cli, ["build", "data/", "--out", str(tmp_path / "output")])
    assert res.exit_code == 0, res.output
    printed = res.output.replace(str(tmp_path) + "/", "")
    for line in shown:
        assert line in printed, f"{page} shows {line!r}; the build printed:\n{printed}"


def test_every_local_command_example_runs(tmp_path, monkeypatch):
    """Each example that needs no server runs, in a scratch folder beside the sample data, and exits 0."""
    for name in ("data", "tests"):
        (tmp_path / name).symlink_to(REPO / name)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["build", "data/", "--out", "output/"]).exit_code == 0
    ran = 0
    for page in PAGES:
        for example in _examples(page):
            words = shlex.split(example)[1:] if "…" not in example and "..." not in example else []
            if not words or any(w.startswith(("http://", "https://")) for w in words):
                continue  # a synopsis, or a server's
            res = runner.invoke(cli, words)
            assert res.exit_code == 0, f"{page.name}: {example!r} exited {res.exit_code}: {res.output[-300:]}"
            ran += 1
    assert ran >= 12
