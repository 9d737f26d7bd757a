"""Shared helper for the fpdf2 records: fonts, greedy line wrapping over (text, style) runs, and a
frame-based flow (one or more columns per page) that places lines itself, so every break is fixed."""
import datetime
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


def new_pdf(created, title, author, header=None, footer=None, header_left=None):
    class Doc(FPDF):
        def header(self):
            if header:
                header(self)

        def footer(self):
            if footer:
                footer(self)

    pdf = Doc(format="A4")
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(author)
    for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONT / f))
    return pdf


def wrap(pdf, runs, avail, size):
    """Greedy line breaking of (text, style) runs into lines of (text, style) runs no wider than avail."""
    words = []
    for text, style in runs:
        parts = text.split(" ")
        for i, w in enumerate(parts):
            if w == "":
                if words:
                    words[-1] = (words[-1][0], words[-1][1], True)
                continue
            words.append((w, style, i < len(parts) - 1))

    def width(t, st):
        pdf.set_font("DejaVu", st, size)
        return pdf.get_string_width(t)

    lines, line, used = [], [], 0.0
    for w, st, sp in words:
        lead = width(" ", line[-1][1]) if line and line[-1][2] else 0.0
        need = width(w, st)
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


class Flow:
    """Places wrapped lines into frames: frames(page_no) gives [(x, y_top, width, y_bottom), ...]."""

    def __init__(self, pdf, frames):
        self.pdf, self.frames = pdf, frames
        self.page_frames, self.i, self.y = None, 0, None
        self.log = []  # (page, frame index, first words of the line) for checking where breaks fall

    def start_page(self):
        self.pdf.add_page()
        self.page_frames = self.frames(self.pdf.page_no())
        self.i = 0
        self.y = self.page_frames[0][1]

    def frame(self):
        return self.page_frames[self.i]

    def next_frame(self):
        if self.i + 1 < len(self.page_frames):
            self.i += 1
            self.y = self.page_frames[self.i][1]
        else:
            self.start_page()

    def block(self, runs, size=9.5, lead=4.6, indent=0.0, bullet=None, after=1.6, keep=1):
        if isinstance(runs, str):
            runs = [(runs, "")]
        x, top, w, bottom = self.frame()
        lines = wrap(self.pdf, runs, w - indent, size)
        if self.y + lead * min(keep, len(lines)) > bottom:
            self.next_frame()
        for k, line in enumerate(lines):
            x, top, w, bottom = self.frame()
            if self.y + lead > bottom:
                self.next_frame()
                x, top, w, bottom = self.frame()
            if bullet and k == 0:
                self.pdf.set_font("DejaVu", "", size)
                self.pdf.set_xy(x + indent - 4.2, self.y)
                self.pdf.cell(4.2, lead, bullet)
            self.pdf.set_xy(x + indent, self.y)
            for text, style in line:
                if text:
                    self.pdf.set_font("DejaVu", style, size)
                    self.pdf.cell(h=lead, text=text)
            self.log.append((self.pdf.page_no(), self.i, "".join(t for t, _ in line)))
            self.y += lead
        self.y += after

    def space(self, mm):
        self.y += mm
