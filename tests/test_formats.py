"""The sample as portal text on one line, as PDF and as DOCX yields the same graph content.

The three variants are made here from data/ (tests/helpers.py), so no copy of
the record's text lives in the test tree.
"""
from __future__ import annotations

import re

import pytest

from consultkg.extract import extract
from consultkg.read import read_source

from .conftest import RECORDS, SAMPLE
from .helpers import make_docx, make_pdf


def flatten(markdown: str) -> str:
    """The record as a document portal publishes it: one line, "•" bullets, no markup."""
    out = []
    for line in markdown.splitlines():
        text = line.strip()
        if not text:
            continue
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"\\(.)", r"\1", text).replace("**", "")
        text = re.sub(r"^[-*]\s+", "• ", text)
        out.append(text)
    return "Public Disclosure Authorized Public Disclosure Authorized " + " ".join(out)


def essence(record) -> dict:
    """What must not depend on the file format."""
    orgs = {o.key: o for o in record.organisations}
    people = {p.key: p for p in record.people}
    return {
        "type": record.document_type,
        "consultation": (record.consultation.start, record.consultation.end, record.consultation.city,
                         record.consultation.country, record.consultation.stakeholder_group),
        "organisations": sorted((o.label, o.acronym, o.org_type, o.country,
                                 orgs[o.parent].label if o.parent else None,
                                 tuple(sorted(orgs[g].label for g in o.member_of))) for o in orgs.values()),
        "people": sorted((p.name, p.honorific, p.job_title, orgs[p.organisation].label if p.organisation else None)
                         for p in people.values()),
        "meetings": [(m.position, m.label, m.stance, sorted(orgs[k].label for k in m.participants),
                      sorted(people[k].name for k in m.people), [(x.text, x.concepts) for x in m.mentions])
                     for m in record.meetings],
        "key_messages": len(record.key_messages),
    }


@pytest.fixture(scope="module")
def original():
    return essence(extract(read_source(SAMPLE)))


def test_one_line_portal_text(tmp_path, original):
    path = tmp_path / "lima.txt"
    path.write_text(flatten(SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    assert path.read_text(encoding="utf-8").count("\n") == 0
    assert essence(extract(read_source(path))) == original


def test_pdf(tmp_path, original):
    path = make_pdf(SAMPLE.read_text(encoding="utf-8").splitlines(), tmp_path / "lima.pdf")
    record = extract(read_source(path))
    assert essence(record) == original
    assert all(m.evidence.page is not None for m in record.meetings)
    assert record.meetings[-1].evidence.page >= 2  # the third meeting sits on page 2 of A4


def test_docx(tmp_path, original):
    path = make_docx(SAMPLE.read_text(encoding="utf-8").splitlines(), tmp_path / "lima.docx")
    assert essence(extract(read_source(path))) == original


SHAPES = RECORDS / "mission-en-shapes.md"  # a participants table, numbered people, prose lists


@pytest.mark.parametrize("maker, suffix", [(make_pdf, ".pdf"), (make_docx, ".docx")])
def test_participant_table_in_every_format(tmp_path, maker, suffix):
    """The same record as Markdown, PDF (fpdf2 table) and DOCX (Word table) gives the same content."""
    want = essence(extract(read_source(SHAPES)))
    lines = [ln for ln in SHAPES.read_text(encoding="utf-8").splitlines() if not ln.startswith("- Page ")]
    record = extract(read_source(maker(lines, tmp_path / f"shapes{suffix}")))
    got = essence(record)
    assert got["people"] == want["people"] and got["organisations"] == want["organisations"]
    assert [m[3] for m in got["meetings"]] == [m[3] for m in want["meetings"]]
