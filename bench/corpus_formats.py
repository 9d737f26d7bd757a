"""PDF and DOCX writers for the generated corpus: tables, page furniture, footnotes.

    write_pdf(lines, Path("r.pdf"), header="Gender Strategy consultation | Peru", footnote=(3, "Survey of 2022."))
    write_docx(lines, Path("r.docx"))

``lines`` are the Markdown-ish lines of bench/make_corpus.py: ``# ``-less headings,
``- `` bullets, ``**bold**`` runs and Markdown tables (``| a | b |`` rows, the
second row ``| --- | --- |``). A table becomes a real table: fpdf2 cells in a
PDF (the header row bold), a python-docx table in a DOCX. A PDF gets a running
header, a "Page n of N" footer on every page and, when asked, a footnote: a raised
marker after one line and its text at the foot of that page.
"""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def table_rows(lines: list[str], i: int) -> tuple[list[tuple[str, ...]], int]:
    """The rows of the Markdown table starting at ``lines[i]`` (separator row dropped) and the index after it."""
    rows = []
    while i < len(lines) and lines[i].startswith("|"):
        cells = tuple(c.strip() for c in lines[i].strip().strip("|").split("|"))
        if not all(set(c) <= {"-", ":"} for c in cells):
            rows.append(cells)
        i += 1
    return rows, i


def write_pdf(lines: list[str], path: Path, header: str = "", footnote: tuple[int, str] | None = None) -> Path:
    """A furnished PDF: running header, numbered footer, tables as cells, an optional footnote."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    sys.path.insert(0, str(REPO))
    from tests.helpers import FONT_DIR, parse_line  # noqa: E402

    unicode_font = (FONT_DIR / "DejaVuSans.ttf").exists() and (FONT_DIR / "DejaVuSans-Bold.ttf").exists()
    family = "DejaVu" if unicode_font else "Helvetica"

    def fit(text: str) -> str:
        return text if unicode_font else text.encode("latin-1", "replace").decode("latin-1")

    class Record(FPDF):
        def header(self):
            if header:
                self.set_font(family, size=8)
                self.set_xy(100, 8)
                self.cell(90, 5, fit(header), align="R")
            self.set_xy(self.l_margin, 22)

        def footer(self):
            if self.note:  # the footnote of this page, drawn last so it is the page's last text but the footer
                _footnote(self, family, self.note)
                self.note = ""
            self.set_y(-14)
            self.set_font(family, size=8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Record(format="A4")
    pdf.note = ""
    pdf.set_creation_date(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(18, 22, 18)
    pdf.set_auto_page_break(True, margin=40)
    if unicode_font:
        pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    note_page, i = None, 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows, i = table_rows(lines, i)
            pdf.set_font(family, "B", 8)
            widths = [max(pdf.get_string_width(fit(r[c])) for r in rows) + 8 for c in range(len(rows[0]))]
            for n, row in enumerate(rows):
                pdf.set_font(family, "B" if n == 0 else "", 8)
                pdf.set_x(pdf.l_margin)
                for width, cell in zip(widths, row):
                    pdf.cell(width, 6, fit(cell))
                pdf.ln(6)
            pdf.ln(3)
            continue
        i += 1
        if line == "\f":
            pdf.add_page()
            continue
        if not line.strip():
            pdf.ln(3)
            continue
        kind, marker, runs = parse_line(line)
        text = fit("".join(t for t, _ in runs))
        prefix = {"bullet": "\u2022 " if unicode_font else "- ", "bullet2": "o ", "number": marker + " "}.get(kind, "")
        pdf.set_font(family, "B" if kind == "heading" else "", 10)
        pdf.set_x(pdf.l_margin + {"bullet": 4, "bullet2": 12}.get(kind, 0))
        marked = footnote is not None and i - 1 >= footnote[0] and note_page is None
        if marked and pdf.get_string_width(prefix + text) < pdf.epw - 20:
            pdf.cell(pdf.get_string_width(prefix + text), 5, prefix + text)
            _raised(pdf, family, "1", 10, 5)
            pdf.ln(5)
            note_page = pdf.page_no()
        else:
            pdf.multi_cell(0, 5, prefix + text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if marked and note_page is not None:
            pdf.note = fit(footnote[1])
    pdf.output(str(path))
    return Path(path)


def _footnote(pdf, family: str, text: str) -> None:
    """The footnote's text at the foot of the current page, small, with its number raised before it."""
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_xy(pdf.l_margin, pdf.h - 34)
    _raised(pdf, family, "1", 7, 3.5)
    pdf.set_font(family, "", 7)
    pdf.cell(pdf.get_string_width(text), 3.5, text)
    pdf.set_xy(x, y)


def _raised(pdf, family: str, mark: str, size: float, h: float) -> None:
    """A footnote marker: 60 % of the size, its baseline raised by a third of the size."""
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font(family, "", size * 0.6)
    pdf.set_xy(x, y - size * 0.35 / pdf.k)
    width = pdf.get_string_width(mark)
    pdf.cell(width, h, mark)
    pdf.set_xy(x + width, y)


def write_docx(lines: list[str], path: Path) -> Path:
    """A DOCX: list styles, bold runs, Markdown tables as python-docx tables (header row bold)."""
    import docx

    sys.path.insert(0, str(REPO))
    from tests.helpers import parse_line  # noqa: E402

    document = docx.Document()
    styles = {"bullet": "List Bullet", "bullet2": "List Bullet 2", "number": "List Number"}
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows, i = table_rows(lines, i)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for n, (row, cells) in enumerate(zip(table.rows, rows)):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
                    if n == 0:
                        cell.paragraphs[0].runs[0].bold = True
            continue
        i += 1
        if not line.strip():
            continue
        kind, marker, runs = parse_line(line)
        paragraph = (document.add_heading("", level=min(len(marker), 9)) if kind == "heading"
                     else document.add_paragraph(style=styles.get(kind)))
        for text, is_bold in runs:
            paragraph.add_run(text).bold = is_bold or None
    document.core_properties.created = datetime.datetime(2024, 1, 1)
    document.core_properties.modified = datetime.datetime(2024, 1, 1)
    document.save(str(path))
    return Path(path)
