"""A small line-flow engine on top of fpdf2, shared by the two PDF makers here.

Text is wrapped with fpdf2's own line splitter (multi_cell dry run), then each line is
placed with cell() into the current column; when a column is full the flow moves to the
next column, then to a new page. Nothing depends on the clock: the caller fixes the
creation date, so the bytes are reproducible.
"""
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


class Flow:
    def __init__(self, pdf: FPDF, columns, top, bottom, first_top=None):
        """columns: list of (x, width) in mm; top/bottom: y limits of the text area; first_top:
        where the text area starts on the first page (below a title block)."""
        self.pdf = pdf
        self.columns = columns
        self.top = top
        self.bottom = bottom
        self.col = 0
        self.y = first_top if first_top is not None else top
        self.log = []  # (page, column, first words) of each placed line, to check breaks

    @property
    def x(self):
        return self.columns[self.col][0]

    @property
    def w(self):
        return self.columns[self.col][1]

    def next_column(self):
        if self.col + 1 < len(self.columns):
            self.col += 1
        else:
            self.pdf.add_page()
            self.col = 0
        self.y = self.top

    def lines(self, text, width, style="", size=9.5):
        self.pdf.set_font("DejaVu", style, size)
        return self.pdf.multi_cell(width, 4, text, dry_run=True, output="LINES")

    def room(self, need):
        if self.y + need > self.bottom:
            self.next_column()

    def text(self, text, style="", size=9.5, lead=4.6, after=2.0, indent=0.0, bullet=None, keep=2,
             color=(0, 0, 0)):
        lines = self.lines(text, self.w - indent, style, size)
        self.room(lead * min(keep, len(lines)))
        for i, line in enumerate(lines):
            self.room(lead)
            self.pdf.set_text_color(*color)
            if bullet and i == 0:
                self.pdf.set_font("DejaVu", "", size)
                self.pdf.set_xy(self.x + indent - 4, self.y)
                self.pdf.cell(4, lead, bullet)
            self.pdf.set_font("DejaVu", style, size)
            self.pdf.set_xy(self.x + indent, self.y)
            self.pdf.cell(self.w - indent, lead, line)
            self.log.append((self.pdf.page_no(), self.col, line[:40]))
            self.y += lead
        self.pdf.set_text_color(0, 0, 0)
        self.y += after

    def rich(self, runs, size=9.5, lead=4.6, after=2.0):
        """A paragraph of (text, style) runs; wrapped word by word, styles kept."""
        words = []
        for text, style in runs:
            for i, wd in enumerate(text.split(" ")):
                if wd:
                    words.append((wd, style))
        lines, line, used = [], [], 0.0
        for wd, st in words:
            self.pdf.set_font("DejaVu", st, size)
            need = self.pdf.get_string_width(wd)
            sp = self.pdf.get_string_width(" ") if line else 0
            if line and used + sp + need > self.w:
                lines.append(line)
                line, used, sp = [], 0.0, 0
            line.append((wd, st))
            used += sp + need
        if line:
            lines.append(line)
        self.room(lead * min(2, len(lines)))
        for line in lines:
            self.room(lead)
            self.pdf.set_xy(self.x, self.y)
            for j, (wd, st) in enumerate(line):
                self.pdf.set_font("DejaVu", st, size)
                self.pdf.cell(text=wd + (" " if j < len(line) - 1 else ""), h=lead)
            self.log.append((self.pdf.page_no(), self.col, " ".join(w for w, _ in line)[:40]))
            self.y += lead
        self.y += after


def new_pdf(cls, title, author, when):
    pdf = cls(format="A4")
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONT / name))
    return pdf
