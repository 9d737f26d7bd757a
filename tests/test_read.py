"""Tests of consultkg.read: files of every format to SourceText.

Fixture texts are invented; the sample record is only read from data/.
"""
from __future__ import annotations

import hashlib
import io
import random
import zipfile
from pathlib import Path

import docx
import pytest

from consultkg.errors import InputError
from consultkg.read import find_inputs, read_source
from tests.helpers import make_docx, make_pdf

SAMPLE = Path(__file__).parents[1] / "data" / "lima-peru-government.md"

RECORD = [
    "#FairHarvest",
    "",
    "HARVEST FUND CONSULTATION NOTE",
    "",
    "MISSION OVERVIEW",
    "",
    "The fund met **farmer groups** in Dorvik about its [draft plan](#).",
    "",
    "Meeting 1 with Cooperatives",
    "",
    "Participants:",
    "",
    "- Dorvik Women's Cooperative (DWC)",
    "- Valley Growers Union",
    "  - Youth wing of the union",
    "1. Map storage needs",
    "2. Train extension agents",
]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def summary(source):
    return [(l.text, l.bullet) for l in source.blocks]


EXPECTED = [
    ("#FairHarvest", None),
    ("HARVEST FUND CONSULTATION NOTE", None),
    ("MISSION OVERVIEW", None),
    ("The fund met farmer groups in Dorvik about its draft plan.", None),
    ("Meeting 1 with Cooperatives", None),
    ("Participants:", None),
    ("Dorvik Women's Cooperative (DWC)", 1),
    ("Valley Growers Union", 1),
    ("Youth wing of the union", 2),
    ("Map storage needs", "1."),
    ("Train extension agents", "2."),
]


# ------------------------------------------------------------------ formats
@pytest.mark.parametrize("name, fmt", [("rec.md", "markdown"), ("rec.MARKDOWN", "markdown"), ("rec.txt", "text")])
def test_text_formats(tmp_path, name, fmt):
    data = "\n".join(RECORD) + "\n"
    path = write(tmp_path, name, data)
    source = read_source(path)
    assert (source.format, source.name, source.path) == (fmt, name, str(path))
    assert source.sha256 == hashlib.sha256(data.encode("utf-8")).hexdigest()
    assert summary(source) == EXPECTED
    assert source.blocks[3].emphasis == ("farmer groups",) and source.blocks[3].links == ("draft plan",)
    assert [l.lineno for l in source.blocks][:4] == [1, 3, 5, 7]
    assert all(l.page is None for l in source.blocks) and source.warnings == []


def test_pdf(tmp_path):
    path = make_pdf(RECORD, tmp_path / "rec.pdf")
    source = read_source(path)
    assert source.format == "pdf"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert summary(source) == EXPECTED
    assert {l.page for l in source.blocks} == {1}
    assert [l.lineno for l in source.blocks][:3] == [1, 2, 3]  # lines of the extracted text


def test_docx(tmp_path):
    path = make_docx(RECORD, tmp_path / "rec.docx")
    source = read_source(path)
    assert source.format == "docx"
    assert summary(source) == EXPECTED
    assert source.blocks[3].emphasis == ("farmer groups",)
    assert [l.lineno for l in source.blocks][:3] == [1, 2, 3]  # paragraphs




# ------------------------------------------------------------------ decoding
def test_bom_is_stripped(tmp_path):
    source = read_source(write(tmp_path, "bom.md", b"\xef\xbb\xbf# Title\nBody."))
    assert [(l.text, l.heading) for l in source.blocks] == [("Title", 1), ("Body.", None)]
    assert source.warnings == []


def test_cp1252_is_read_with_a_warning(tmp_path):
    data = "Réunion 1 avec l’Agence – notes\n".encode("cp1252")
    source = read_source(write(tmp_path, "old.txt", data))
    assert source.blocks[0].text == "Réunion 1 avec l’Agence – notes"
    assert source.warnings == ["not UTF-8; read as cp1252"]


def test_utf16_with_bom(tmp_path):
    source = read_source(write(tmp_path, "wide.txt", "Réunion 2 avec des élus.".encode("utf-16")))
    assert source.blocks[0].text == "Réunion 2 avec des élus."


def test_line_endings_and_nfc(tmp_path):
    source = read_source(write(tmp_path, "crlf.txt", "One.\r\n\r\nTwo cafe\u0301.\rThree."))
    assert [(l.text, l.lineno) for l in source.blocks] == [("One.", 1), ("Two café.", 3), ("Three.", 4)]


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff \n".encode("utf-8")])
def test_empty(tmp_path, data):
    with pytest.raises(InputError, match="empty file"):
        read_source(write(tmp_path, "empty.md", data))


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_empty_binary_formats(tmp_path, ext):
    with pytest.raises(InputError, match="empty file"):
        read_source(write(tmp_path, "empty" + ext, b""))


@pytest.mark.parametrize(
    "data",
    [
        b"abc\x00def\x00",
        random.Random(7).randbytes(4000),
        b"\x81\x8d\x8f\x90\x9d plain words",
        bytes(range(1, 9)) * 20 + b"text",
    ],
)
def test_binary(tmp_path, data):
    with pytest.raises(InputError, match="binary file, not a text record"):
        read_source(write(tmp_path, "blob.txt", data))


def test_banner_only_text_is_empty(tmp_path):
    with pytest.raises(InputError, match="empty"):
        read_source(write(tmp_path, "banner.md", "Public Disclosure Authorized\n\nPublic Disclosure Authorized\n"))


# ------------------------------------------------------------------ bad files
def test_unknown_extension(tmp_path):
    with pytest.raises(InputError) as info:
        read_source(write(tmp_path, "notes.rtf", "hello"))
    assert info.value.message == "unsupported file type '.rtf' (expected .md, .txt, .pdf or .docx)"


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "absent.md")
    with pytest.raises(InputError, match="no such file or folder"):
        find_inputs([tmp_path / "absent"])


def zipped(**members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04 broken zip", b"no zip at all", zipped(**{"a.txt": "hi"}), zipped(**{"[Content_Types].xml": "<x"})],
)
def test_corrupt_docx(tmp_path, data):
    with pytest.raises(InputError, match=r"not a readable DOCX \(.+\)"):
        read_source(write(tmp_path, "broken.docx", data))


def test_docx_without_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("")
    document.save(str(tmp_path / "blank.docx"))
    with pytest.raises(InputError, match="no text"):
        read_source(tmp_path / "blank.docx")


# ------------------------------------------------------------------ finding inputs
def test_find_inputs(tmp_path):
    root = tmp_path / "records"
    for rel in ["b.md", "a.txt", "sub/c.pdf", "sub/d.DOCX", "x.rtf", ".hidden.md", ".git/e.md",
                "sub/.cache/f.md", "sub/~$lock.docx", "z.markdown"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x")
    single = write(tmp_path, "single.md", "x")
    found = find_inputs([single, root, root / "b.md"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "single.md", "records/a.txt", "records/b.md", "records/sub/c.pdf", "records/sub/d.DOCX",
        "records/z.markdown",
    ]


def test_find_inputs_keeps_given_files_even_of_other_types(tmp_path):
    given = write(tmp_path, "notes.rtf", "x")
    assert find_inputs([str(given)]) == [given]
    with pytest.raises(InputError, match="unsupported file type"):
        read_source(given)


# ------------------------------------------------------------------ the sample in every format
def normalised(source):
    return [(" ".join(l.text.split()), l.bullet) for l in source.blocks]


def test_one_line_record_rendered_as_pdf_reads_like_the_text(tmp_path):
    from tests.test_segment import ONE_LINE

    as_text = read_source(write(tmp_path, "portal.txt", ONE_LINE))
    as_pdf = read_source(make_pdf([ONE_LINE], tmp_path / "portal.pdf"))
    assert normalised(as_pdf) == normalised(as_text)
    assert as_pdf.blocks[-1].lineno > 1


def test_sample_markdown():
    source = read_source(SAMPLE)
    raw = SAMPLE.read_text(encoding="utf-8").split("\n")
    meeting = next(l for l in source.blocks if l.text == "Meeting 1 with Government Representatives")
    assert raw[meeting.lineno - 1].strip() == meeting.text
    assert source.format == "markdown" and source.warnings == []


def test_sample_as_pdf_reads_back_the_same(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    original = read_source(SAMPLE)
    source = read_source(make_pdf(lines, tmp_path / "sample.pdf"))
    assert normalised(source) == normalised(original)
    assert max(l.page for l in source.blocks) > 1


def test_sample_as_docx_reads_back_the_same(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    original = read_source(SAMPLE)
    source = read_source(make_docx(lines, tmp_path / "sample.docx"))
    assert normalised(source) == normalised(original)
    assert [l.emphasis for l in source.blocks] == [l.emphasis for l in original.blocks]


def test_one_line_record_keeps_the_days_with_their_month(tmp_path):
    """A flattened note's "Nairobi, 9-11 October 2023" is split before its date, never between the days and
    the month ("9-11" left behind would lose the meeting's start)."""
    text = ("KENYA | WORLD BANK GROUP GENDER STRATEGY 2024-2030 CONSULTATIONS BACK-TO-OFFICE NOTE Nairobi, "
            "9-11 October 2023 Audiences: legislators, national government PURPOSE The team used the visit to "
            "hear how legislators read the draft. HEADLINES • All three groups agreed with the draft. "
            "• Several asked for more data.\n")
    blocks = [b.text for b in read_source(write(tmp_path, "note.txt", text)).blocks]
    assert any(t.startswith("9-11 October 2023") for t in blocks), blocks
    assert not any(t.endswith("9-11") for t in blocks)


def test_a_flattened_run_of_lower_case_o_sub_bullets_after_a_label_is_split(tmp_path):
    """Word's "o" sub-bullets flattened after a label ("• Temas: o financiamiento ... o estadísticas ...") are
    items, three at least, though Spanish "o" is also "or" ("salud o educación" in a sentence stays whole)."""
    text = ("REUNIÓN CON SOCIOS Participaron: la Embajada de Canadá en Honduras; y el Banco Interamericano de "
            "Desarrollo (BID). • Los socios respaldaron la estrategia, sea en salud o educación. • Temas: o "
            "financiamiento para organizaciones de mujeres o estadísticas de género o coordinación entre donantes "
            "• El PNUD citó un informe reciente de la CEPAL sobre el costo de la violencia contra las mujeres.")
    blocks = read_source(write(tmp_path, "nota.txt", text)).blocks
    items = [b.text for b in blocks if b.level == 2]
    assert items == ["financiamiento para organizaciones de mujeres", "estadísticas de género",
                     "coordinación entre donantes"]
    assert any("sea en salud o educación" in b.text for b in blocks)


def test_a_markdown_cells_br_breaks_its_lines_and_a_table_of_meetings_is_read_by_row(tmp_path):
    from consultkg.extract import extract

    path = tmp_path / "note.md"
    path.write_text("""# Note de restitution — Consultations sur la Stratégie genre 2024-2030

Niger — Niamey, du 4 au 6 mars 2024

**Les séances, une par ligne**

| Qui | Ce qui a été dit |
|---|---|
| **Ministère de la Promotion de la Femme**<br>Mme Aïcha Issa Moussa, Directrice<br/>M. Idrissa Garba, Conseiller | Le ministère a dit adhérer pleinement à la stratégie et souhaite un appui sur les données ventilées par sexe. |
| **Réseau des Femmes du Niger (REFEN)**<br>Mme Mariama Hamani, Présidente | Le réseau a demandé un financement direct et pluriannuel pour les organisations de femmes du pays. |
""", encoding="utf-8")
    source = read_source(path)
    table = next(b for b in source.blocks if b.kind == "table")
    assert table.rows[1][0].split("\n") == ["Ministère de la Promotion de la Femme", "Mme Aïcha Issa Moussa, Directrice",
                                            "M. Idrissa Garba, Conseiller"]
    record = extract(source)
    assert len(record.meetings) == 2
    assert {p.name for p in record.people} == {"Aïcha Issa Moussa", "Idrissa Garba", "Mariama Hamani"}
