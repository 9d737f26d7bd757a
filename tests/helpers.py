"""Build PDF and DOCX versions of a record for tests.

Both helpers take the lines of a simple Markdown record: ``# `` headings,
``- ``/``* ``/``• `` bullets (indented by two or more spaces, or written
``o ``/``◦ ``, for the second level), ``1. `` numbered items, ``**bold**``,
``[links](#)``, backslash escapes, pipe tables (``| a | b |`` rows, a ``| --- |``
separator after the header row: a real table with a header row in both formats);
an empty string is a paragraph gap and ``"\\f"`` a page break::

    from tests.helpers import make_pdf, make_docx
    make_pdf(Path("data/x.md").read_text("utf-8").splitlines(), tmp_path / "x.pdf")
"""
from __future__ import annotations

import html
import re
from pathlib import Path

FONT_DIR = next((p.parent for p in sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))), Path("/nonexistent"))
_BULLET = re.compile(r"^(\s*)(?:([-*\u2022\u25cf])|(o|\u25e6|\u25aa))\s+(?=\S)")
_NUMBER = re.compile(r"^\s*(\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^(#{1,6})\s+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _cells(line: str) -> list[str]:
    return [html.unescape(_ESCAPE.sub(r"\1", c.strip())) for c in line.strip().strip("|").split("|")]


def split_tables(lines: list[str]) -> list[str | list[list[str]]]:
    """The lines with each pipe table (header, separator, rows) replaced by its rows of cells."""
    out: list = []
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\s*\|[\s:|-]+\|\s*", lines[i + 1]):
            rows = [_cells(lines[i])]
            i += 2
            while i < len(lines) and lines[i].lstrip().startswith("|"):
                rows.append(_cells(lines[i]))
                i += 1
            out.append(rows)
        else:
            out.append(lines[i])
            i += 1
    return out


def parse_line(line: str) -> tuple[str, str, list[tuple[str, bool]]]:
    """``(kind, marker, runs)``: kind is ``text``, ``heading``, ``bullet``, ``bullet2``
    or ``number``; runs are ``(text, bold)`` pairs with the Markdown removed."""
    kind, marker, rest = "text", "", line.strip()
    if m := _HEADING.match(line):
        kind, marker, rest = "heading", m.group(1), line[m.end():]
    elif m := _BULLET.match(line):
        level2 = m.group(3) or len(m.group(1)) >= 2
        kind, rest = ("bullet2" if level2 else "bullet"), line[m.end():]
    elif m := _NUMBER.match(line):
        kind, marker, rest = "number", m.group(1), line[m.end():]
    rest = _LINK.sub(r"\1", rest)
    runs = []
    for i, chunk in enumerate(re.split(r"\*\*", rest)):
        chunk = html.unescape(_ESCAPE.sub(r"\1", chunk))
        if chunk:
            runs.append((chunk, i % 2 == 1))
    return kind, marker, runs


def make_pdf(lines: list[str], path: Path, font_size: int = 11) -> Path:
    """Write ``lines`` as a PDF with fpdf2 (long lines wrap); return ``path``."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    unicode_font = regular.exists() and bold.exists()
    if unicode_font:
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
    family = "DejaVu" if unicode_font else "Helvetica"
    pdf.add_page()
    for line in split_tables(lines):
        if isinstance(line, list):
            pdf.set_font(family, "", font_size - 1)
            with pdf.table(first_row_as_headings=True, line_height=font_size * 0.5, v_align="TOP") as table:  # as Word aligns cells
                for cells in line:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell if unicode_font else cell.encode("latin-1", "replace").decode("latin-1"))
            pdf.ln(3)
            continue
        if line == "\f":
            pdf.add_page()
            continue
        if not line.strip():
            pdf.ln(3)
            continue
        kind, marker, runs = parse_line(line)
        text = "".join(t for t, _ in runs)
        if not unicode_font:
            text = text.encode("latin-1", "replace").decode("latin-1")
        indent = {"bullet": 4, "bullet2": 12}.get(kind, 0)
        prefix = {"bullet": "\u2022 ", "bullet2": "\u25e6 ", "number": marker + " "}.get(kind, "")
        if prefix and not unicode_font:
            prefix = {"bullet": "- ", "bullet2": "o "}.get(kind, prefix)
        pdf.set_font(family, "B" if kind == "heading" else "", font_size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, font_size * 0.5, prefix + text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))
    return Path(path)


def make_docx(lines: list[str], path: Path) -> Path:
    """Write ``lines`` as a DOCX with python-docx (List Bullet / List Number styles,
    Heading styles, bold runs, page breaks); return ``path``."""
    import docx

    document = docx.Document()
    styles = {"bullet": "List Bullet", "bullet2": "List Bullet 2", "number": "List Number"}
    for line in split_tables(lines):
        if isinstance(line, list):
            table = document.add_table(rows=len(line), cols=len(line[0]))
            for r, cells in enumerate(line):
                for c, cell in enumerate(cells):
                    run = table.cell(r, c).paragraphs[0].add_run(cell)
                    run.bold = r == 0 or None
            continue
        if line == "\f":
            document.add_page_break()
            continue
        if not line.strip():
            continue
        kind, marker, runs = parse_line(line)
        if kind == "heading":
            paragraph = document.add_heading("", level=min(len(marker), 9))
        else:
            paragraph = document.add_paragraph(style=styles.get(kind))
        for text, is_bold in runs:
            paragraph.add_run(text).bold = is_bold or None
    document.save(str(path))
    return Path(path)
