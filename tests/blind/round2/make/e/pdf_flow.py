"""A tiny line-placing engine on fpdf2: paragraphs flow through columns and pages; the breaks
are computed here (fpdf2 only wraps text into lines), so rebuilding gives the same layout."""
import datetime

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

FONT = "/usr/share/fonts/truetype/dejavu"


class Flow:
    def __init__(self, pdf, columns, top, bottom, first_top=None):
        self.pdf, self.columns, self.top, self.bottom = pdf, columns, top, bottom
        self.col = 0
        self.y = first_top if first_top is not None else top
        self.log = []

    def _next_column(self):
        self.col += 1
        if self.col >= len(self.columns):
            self.pdf.add_page()
            self.col = 0
        self.y = self.top
        self.log.append(f"-- break to page {self.pdf.page_no()} column {self.col + 1}")

    def space(self, mm):
        self.y += mm

    def para(self, text, style="", size=9.5, lead=None, indent=0.0, bullet=None, after=1.5, keep=1,
             align="L"):
        pdf = self.pdf
        lead = lead or size * 0.5
        x0, w = self.columns[self.col]
        pdf.set_font("DejaVu", style, size)
        lines = pdf.multi_cell(w - indent, lead, text, dry_run=True, output=MethodReturnValue.LINES)
        if self.y + lead * min(keep, len(lines)) > self.bottom:
            self._next_column()
        for i, line in enumerate(lines):
            if self.y + lead > self.bottom:
                self._next_column()
            x0, w = self.columns[self.col]
            pdf.set_font("DejaVu", style, size)
            if bullet and i == 0:
                pdf.set_xy(x0 + indent - 4, self.y)
                pdf.cell(4, lead, bullet)
            pdf.set_xy(x0 + indent, self.y)
            pdf.cell(w - indent, lead, line, align=align)
            self.log.append(f"p{pdf.page_no()}c{self.col + 1}: {line}")
            self.y += lead
        self.y += after


def new_pdf(title, when):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author("blind r2-e")
    for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", st, f"{FONT}/{f}")
    return pdf
