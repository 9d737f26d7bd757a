"""A small line-layout engine on top of fpdf2 for the r8-q PDFs: greedy word wrapping over (text, style) runs,
bullets with hanging indents, and a flow through one or more columns per page (a line never splits, a list item
or a sentence may continue in the next column or on the next page). Lines are placed here, not by fpdf2, so the
breaks are fixed and the output is reproducible."""
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


class Flow:
    def __init__(self, pdf: FPDF, columns, top, bottom, family="DejaVu"):
        """columns: list of (x, width) in mm; top/bottom: y limits of the text frame on every page."""
        self.pdf, self.columns, self.top, self.bottom, self.family = pdf, columns, top, bottom, family
        self.col, self.y = 0, top
        self.first_top = top  # top of the frame on the current page (page 1 may start lower)

    # -- geometry -------------------------------------------------------------------------------------
    def x(self):
        return self.columns[self.col][0]

    def w(self):
        return self.columns[self.col][1]

    def next_frame(self):
        if self.col + 1 < len(self.columns):
            self.col += 1
            self.y = self.first_top
        else:
            self.pdf.add_page()
            self.col = 0
            self.first_top = self.top
            self.y = self.top

    def room(self, need):
        if self.y + need > self.bottom:
            self.next_frame()

    def skip(self, mm):
        self.y += mm

    # -- text -----------------------------------------------------------------------------------------
    def width(self, text, style, size):
        self.pdf.set_font(self.family, style, size)
        return self.pdf.get_string_width(text)

    def wrap(self, runs, avail, size):
        words = []
        for text, style in runs:
            parts = text.split(" ")
            for i, wd in enumerate(parts):
                if wd == "":
                    if words:
                        words[-1] = (words[-1][0], words[-1][1], True)
                    continue
                words.append((wd, style, i < len(parts) - 1))
        lines, line, used = [], [], 0.0
        for wd, st, sp in words:
            need = self.width(wd, st, size)
            lead = self.width(" ", line[-1][1], size) if line and line[-1][2] else 0.0
            if used + lead + need <= avail or not line:
                line.append((wd, st, sp))
                used += lead + need
            else:
                lines.append(line)
                line, used = [(wd, st, sp)], need
        if line:
            lines.append(line)
        out = []
        for ln in lines:
            merged = []
            for i, (wd, st, sp) in enumerate(ln):
                wd = wd + (" " if sp and i < len(ln) - 1 else "")
                if merged and merged[-1][1] == st:
                    merged[-1] = (merged[-1][0] + wd, st)
                else:
                    merged.append((wd, st))
            out.append(merged)
        return out

    def block(self, runs, size=9.5, lead=4.6, indent=0.0, marker=None, marker_indent=None, after=1.2, keep=1,
              align_right=False):
        if isinstance(runs, str):
            runs = [(runs, "")]
        lines = self.wrap(runs, self.w() - indent, size)
        self.room(lead * min(keep, len(lines)))
        for i, line in enumerate(lines):
            self.room(lead)
            if marker and i == 0:
                self.pdf.set_font(self.family, "", size)
                mx = self.x() + (marker_indent if marker_indent is not None else indent - 3.5)
                self.pdf.set_xy(mx, self.y)
                self.pdf.cell(3.5, lead, marker)
            x = self.x() + indent
            if align_right:
                x = self.x() + self.w() - sum(self.width(t, s, size) for t, s in line)
            self.pdf.set_xy(x, self.y)
            for text, style in line:
                if text:
                    self.pdf.set_font(self.family, style, size)
                    self.pdf.cell(h=lead, text=text)
            self.y += lead
        self.y += after


def new_pdf(title, author, when, cls=FPDF):
    pdf = cls(format="A4")
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                        ("BI", "DejaVuSans-BoldOblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONT / name))
    return pdf
