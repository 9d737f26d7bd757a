"""A tiny line-layout helper over fpdf2 shared by the zw- PDF makers.

Text is broken into lines here (greedy, by measured string width), so line, column and page
breaks are fixed and reproducible. A Flow fills one or more columns top to bottom, then the
next column, then a new page. Runs are (text, style) pairs, style "" or "B" or "I".
"""
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


def new_pdf(cls, title, author, when):
    pdf = cls(format="A4")
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.add_font("Serif", "", str(FONT / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(FONT / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
    return pdf


class Flow:
    def __init__(self, pdf, family, cols, top, bottom):
        self.pdf, self.family, self.cols, self.top, self.bottom = pdf, family, cols, top, bottom
        self.col, self.y, self.col_top = 0, top, top
        self.log = []  # (tag, page, col) of tagged lines, to check where breaks fall

    def width(self, text, style, size):
        self.pdf.set_font(self.family, style, size)
        return self.pdf.get_string_width(text)

    def wrap(self, runs, avail, size):
        words = []
        for text, style in runs:
            parts = text.split(" ")
            for i, w in enumerate(parts):
                if w == "":
                    if words:
                        words[-1] = (words[-1][0], words[-1][1], True)
                    continue
                words.append((w, style, i < len(parts) - 1))
        lines, line, used = [], [], 0.0
        for w, st, sp in words:
            need = self.width(w, st, size)
            lead = self.width(" ", line[-1][1], size) if line and line[-1][2] else 0.0
            if line and used + lead + need > avail:
                lines.append(line)
                line, used, lead = [], 0.0, 0.0
            line.append((w, st, sp))
            used += lead + need
        if line:
            lines.append(line)
        out = []
        for ln in lines:
            merged = []
            for i, (w, st, sp) in enumerate(ln):
                w = w + (" " if sp and i < len(ln) - 1 else "")
                if merged and merged[-1][1] == st:
                    merged[-1] = (merged[-1][0] + w, st)
                else:
                    merged.append((w, st))
            out.append(merged)
        return out

    def next_col(self):
        if self.col < len(self.cols) - 1:
            self.col += 1
            self.y = self.col_top
        else:
            self.pdf.add_page()
            self.col, self.y, self.col_top = 0, self.top, self.top

    def space(self, mm):
        self.y += mm

    def block(self, runs, size=10, lead=5.0, indent=0.0, bullet=None, after=1.5, keep=1, tag=None, color=None):
        if isinstance(runs, str):
            runs = [(runs, "")]
        x0, w = self.cols[self.col]
        lines = self.wrap(runs, w - indent, size)
        if self.y + lead * min(keep, len(lines)) > self.bottom:
            self.next_col()
        for i, line in enumerate(lines):
            if self.y + lead > self.bottom:
                self.next_col()
            x0, w = self.cols[self.col]
            if color:
                self.pdf.set_text_color(*color)
            if bullet and i == 0:
                self.pdf.set_font(self.family, "", size)
                self.pdf.set_xy(x0 + indent - 4.5, self.y)
                self.pdf.cell(4.5, lead, bullet)
            self.pdf.set_xy(x0 + indent, self.y)
            for text, style in line:
                if text:
                    self.pdf.set_font(self.family, style, size)
                    self.pdf.cell(h=lead, text=text)
            self.pdf.set_text_color(0, 0, 0)
            if tag:
                self.log.append((tag, self.pdf.page_no(), self.col, round(self.y, 1)))
            self.y += lead
        self.y += after

    def set_columns(self, cols):
        """Start a new set of columns below the current position (e.g. after a full-width title)."""
        self.cols, self.col, self.col_top = cols, 0, self.y
