"""A small text-flow engine over fpdf2 for the r1-c PDFs: lines are broken here (greedy, by word), so the
layout is fixed; text flows through one or more columns per page, across column and page breaks.

Blocks are lists of (text, style) runs; style is "" or "B" or "I". A block may have a bullet (drawn in
the left margin of its first line) and an indent.
"""
import datetime
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


class Flow:
    def __init__(self, title, author, when, header_text, footer_fmt, columns=1, gutter=8.0,
                 left=20, right=20, top=22, bottom=20, size=10, lead=5.0):
        self.pdf = pdf = _Doc(header_text, footer_fmt, left, right)
        pdf.set_auto_page_break(False)
        pdf.c_margin = 0
        pdf.set_creation_date(when)
        pdf.set_title(title)
        pdf.set_author(author)
        pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
        pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.columns, self.gutter = columns, gutter
        self.size, self.lead = size, lead
        self.col = 0
        self.col_top = top
        self.breaks = []  # (page, column) where a block was split, for the maker's report
        pdf.add_page()
        self.y = top

    # geometry
    @property
    def col_width(self):
        full = self.pdf.w - self.left - self.right
        return (full - self.gutter * (self.columns - 1)) / self.columns

    def col_x(self, col=None):
        col = self.col if col is None else col
        return self.left + col * (self.col_width + self.gutter)

    def limit(self):
        return self.pdf.h - self.bottom

    def next_column(self):
        if self.col + 1 < self.columns:
            self.col += 1
            self.y = self.col_top
        else:
            self.pdf.add_page()
            self.col = 0
            self.col_top = self.top
            self.y = self.top

    def set_columns(self, n):
        """Start a new column layout below the current text (e.g. after a full-width title block)."""
        self.columns = n
        self.col = 0
        self.col_top = self.y

    # text
    def width(self, text, style, size):
        self.pdf.set_font("DejaVu", style, size)
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

    def block(self, runs, size=None, lead=None, indent=0.0, bullet=None, after=1.5, keep=1, full_width=False,
              align="L"):
        size = size or self.size
        lead = lead or self.lead
        if isinstance(runs, str):
            runs = [(runs, "")]
        avail = (self.pdf.w - self.left - self.right if full_width else self.col_width) - indent
        lines = self.wrap(runs, avail, size)
        if self.y + lead * min(keep, len(lines)) > self.limit():
            self.next_column()
        for i, line in enumerate(lines):
            if self.y + lead > self.limit():
                self.breaks.append((self.pdf.page_no(), self.col, "".join(t for t, _ in lines[0])[:40]))
                self.next_column()
            x0 = (self.left if full_width else self.col_x()) + indent
            if bullet and i == 0:
                self.pdf.set_font("DejaVu", "", size)
                self.pdf.set_xy(x0 - 4, self.y)
                self.pdf.cell(4, lead, bullet)
            x = x0
            if align == "C":
                tot = sum(self.width(t, st, size) for t, st in line)
                x = x0 + (avail - tot) / 2
            self.pdf.set_xy(x, self.y)
            for text, style in line:
                if text:
                    self.pdf.set_font("DejaVu", style, size)
                    self.pdf.cell(h=lead, text=text)
            self.y += lead
        self.y += after

    def rule(self, after=2.0):
        self.pdf.set_draw_color(120, 120, 120)
        self.pdf.line(self.left, self.y, self.pdf.w - self.right, self.y)
        self.y += after

    def output(self, out):
        out.parent.mkdir(parents=True, exist_ok=True)
        self.pdf.output(str(out))


class _Doc(FPDF):
    def __init__(self, header_text, footer_fmt, left, right):
        super().__init__(format="A4")
        self._h, self._f, self._l, self._r = header_text, footer_fmt, left, right

    def header(self):
        if not self._h:
            return
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(self._l, 10)
        self.cell(self.w - self._l - self._r, 4, self._h, align="L")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(self._l, self.h - 12)
        self.cell(self.w - self._l - self._r, 4, self._f.format(n=self.page_no()), align="R")
