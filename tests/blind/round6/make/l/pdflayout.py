"""Tiny flow layout on fpdf2: rich runs wrapped by hand into frames (columns), so breaks are fixed."""
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


class Flow:
    def __init__(self, pdf: FPDF, frames_for_page, size=10, lead=5.0):
        self.pdf, self.frames_for_page = pdf, frames_for_page
        self.size, self.lead = size, lead
        self.frames, self.fi, self.y = [], 0, 0.0

    def start_page(self, first_y=None):
        self.pdf.add_page()
        self.frames = self.frames_for_page(self.pdf.page_no())
        self.fi = 0
        self.y = first_y if first_y is not None else self.frames[0][2]

    def frame(self):
        return self.frames[self.fi]

    def next_frame(self):
        if self.fi + 1 < len(self.frames):
            self.fi += 1
            self.y = self.frame()[2]
        else:
            self.start_page()

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
        return lines

    def para(self, runs, indent=0.0, bullet=None, size=None, lead=None, space_after=2.0, keep=1, bullet_x=None):
        """runs: list of (text, style) or a str. bullet: text hung in the indent on the first line.
        keep: lines that must stay together at the start (for headings: keep with next)."""
        if isinstance(runs, str):
            runs = [(runs, "")]
        size = size or self.size
        lead = lead or self.lead
        x0, w, top, bottom = self.frame()
        lines = self.wrap(runs, w - indent, size)
        if self.y + lead * min(keep, len(lines)) > bottom:
            self.next_frame()
        for i, line in enumerate(lines):
            if self.y + lead > self.frame()[3]:
                self.next_frame()
            x0 = self.frame()[0]
            if i == 0 and bullet:
                self.pdf.set_font("DejaVu", "", size)
                self.pdf.set_xy(x0 + (bullet_x if bullet_x is not None else max(0.0, indent - 5)), self.y)
                self.pdf.cell(text=bullet)
            self.pdf.set_xy(x0 + indent, self.y)
            for j, (word, st, sp) in enumerate(line):
                self.pdf.set_font("DejaVu", st, size)
                self.pdf.cell(text=word + (" " if sp and j < len(line) - 1 else ""))
            self.y += lead
        self.y += space_after

    def gap(self, h):
        self.y += h
