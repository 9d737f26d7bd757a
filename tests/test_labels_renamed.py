"""A participants label renamed to a nonsense word changes nothing that matters.

consultkg finds participants by what they are, not by the label above them: every record
of the fixtures, of the shared evaluation set and of the blind rounds (Markdown and text), with each "Participants:", "Attendees:",
"Participantes:", "Étaient présents :" ... renamed to "Zorblax:", still yields every
participant the original yields, or lists it in what was not read (report.json): none is
dropped silently.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from consultkg.extract import extract
from consultkg.lexicon import PARTICIPANTS
from consultkg.read import read_source
from consultkg.text import fold

from .conftest import REPO

FIXTURES = sorted((REPO / "tests" / "fixtures" / "records").glob("*.md")) + sorted(
    (REPO / "tests" / "fixtures" / "records").glob("*.txt"))
SHARED = sorted(p for p in (REPO.parent / "shared" / "eval" / "docs").glob("*") if p.suffix in (".md", ".txt"))
BLIND = sorted(p for p in (REPO / "tests" / "blind").glob("round*/docs/*") if p.suffix in (".md", ".txt"))
NONSENSE = "Zorblax"
_MARKUP = re.compile(r"^([\s>*#\-•]*(?:\*\*|__)?)")


def rename_labels(text: str) -> tuple[str, int]:
    """``text`` with every participants label at a line's (or a flattened item's) start renamed."""
    count = 0
    out = []
    for line in text.split("\n"):
        lead = _MARKUP.match(line).group(1)
        m = PARTICIPANTS.match(line[len(lead):])
        if m:
            label = line[len(lead):len(lead) + m.end()]
            colon = ":" if ":" in label else ""
            line = f"{lead}{NONSENSE}{colon} {line[len(lead) + m.end():].lstrip()}".rstrip()
            count += 1
        out.append(line)
    return "\n".join(out), count


def _participants(record) -> set[str]:
    names = {o.key: o.label for o in record.organisations}
    people = {p.key: p.name for p in record.people}
    return {fold(names[k]) for m in record.meetings for k in m.participants} | {
        fold(people[k]) for m in record.meetings for k in m.people}


def test_rename_labels_renames_at_line_starts():
    text, n = rename_labels("Meeting 1\nParticipants:\n- UNDP\n**Attendees:** ILO; UNFPA\nThe participants agreed.")
    assert n == 2 and "Zorblax:\n" in text and "**Zorblax: ** ILO; UNFPA" in text and "The participants agreed." in text


@pytest.mark.parametrize("path", FIXTURES + SHARED + BLIND, ids=lambda p: p.name)
def test_participants_survive_renamed_labels(tmp_path: Path, path: Path):
    raw = path.read_bytes()
    encoding = "cp1252" if "cp1252" in path.name else "utf-8-sig"
    renamed, count = rename_labels(raw.decode(encoding))
    if not count:
        pytest.skip("no participants label in this record")
    copy = tmp_path / path.name
    copy.write_bytes(renamed.encode(encoding))
    before = extract(read_source(path))
    after = extract(read_source(copy))
    unread = " ".join(fold(n.text) for n in after.not_read)
    lost = {p for p in _participants(before) - _participants(after) if p not in unread}
    assert not lost, f"{path.name}: dropped silently with the labels renamed: {sorted(lost)}"
