"""A small two-column (or one-column) flow layout on top of fpdf2, with fixed line breaks.

Blocks are laid out line by line: each block is wrapped with fpdf2's own line breaking
(multi_cell dry run) at the column width, then its lines are placed one after another;
when a column is full, the next line goes to the top of the next column, then to a new
page. Lists therefore cross column and page breaks wherever the text falls.
"""
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


class Flow:
    def __init__(self, pdf: FPDF, family, left, right, top, bottom, columns=2, gutter=8.0, first_top=None):
        self.pdf, self.family = pdf, family
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.columns, self.gutter = columns, gutter
        self.colw = (pdf.w - left - right - gutter * (columns - 1)) / columns
        self.col = 0
        self.y = first_top if first_top is not None else top
        self.log = []  # (page, column, first words) of each placed line, to check where breaks fall

    def x0(self):
        return self.left + self.col * (self.colw + self.gutter)

    def next_column(self):
        if self.col + 1 < self.columns:
            self.col += 1
        else:
            self.pdf.add_page()
            self.col = 0
        self.y = self.top

    def lines(self, text, style, size, width):
        self.pdf.set_font(self.family, style, size)
        return self.pdf.multi_cell(width, 4, text, dry_run=True, output="LINES")

    def block(self, text, style="", size=9.5, lead=4.6, indent=0.0, bullet=None, before=0.0, after=1.8, keep=1,
              align="L"):
        width = self.colw - indent
        lines = self.lines(text, style, size, width)
        if self.y > self.top:
            self.y += before
        if self.y + lead * min(keep, len(lines)) > self.pdf.h - self.bottom:
            self.next_column()
        for i, line in enumerate(lines):
            if self.y + lead > self.pdf.h - self.bottom:
                self.next_column()
            if bullet and i == 0:
                self.pdf.set_font(self.family, "", size)
                self.pdf.set_xy(self.x0() + indent - 4, self.y)
                self.pdf.cell(4, lead, bullet)
            self.pdf.set_font(self.family, style, size)
            self.pdf.set_xy(self.x0() + indent, self.y)
            self.pdf.cell(width, lead, line, align=align)
            self.log.append((self.pdf.page_no(), self.col, line[:40]))
            self.y += lead
        self.y += after
