"""Small line-layout helper for the zy- PDFs (fpdf2): text is wrapped here, not by fpdf2, so every line
break is fixed and known; the Flow places lines into one or more columns and reports where a paragraph
crosses a column or page break."""
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


def add_fonts(pdf: FPDF, family="DejaVu", serif=False):
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font(family, "", str(FONT / f"{base}.ttf"))
    pdf.add_font(family, "B", str(FONT / f"{base}-Bold.ttf"))
    pdf.add_font(family, "I", str(FONT / (f"{base}-Italic.ttf" if serif else f"{base}-Oblique.ttf")))


def wrap(pdf, runs, avail, family, size):
    """Greedy line breaking over (text, style) runs. Returns lines, each a list of (text, style)."""
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
        pdf.set_font(family, st, size)
        return pdf.get_string_width(t)

    lines, line, used = [], [], 0.0
    for w, st, sp in words:
        need = width(w, st)
        lead = width(" ", line[-1][1]) if line and line[-1][2] else 0.0
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
    """Places wrapped lines top to bottom in columns, then on new pages."""

    def __init__(self, pdf, family, left, right, bottom, top_next, ncols=1, gutter=8.0):
        self.pdf, self.family = pdf, family
        self.left, self.right, self.bottom, self.top_next = left, right, bottom, top_next
        self.ncols, self.gutter = ncols, gutter
        self.colw = (pdf.w - left - right - gutter * (ncols - 1)) / ncols
        self.col, self.y, self.top = 0, None, None
        self.log = []
        self.breaks = []  # (label, kind) where a block was split across a column/page break

    def start(self, y):
        self.col, self.y, self.top = 0, y, y

    def x(self):
        return self.left + self.col * (self.colw + self.gutter)

    def advance(self):
        if self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.top
            return "column"
        self.pdf.add_page()
        self.col, self.y = 0, self.top_next
        self.top = self.top_next
        return "page"

    def block(self, runs, size, lead, indent=0.0, bullet=None, after=1.5, keep=1, label=None, align_right=False):
        if isinstance(runs, str):
            runs = [(runs, "")]
        lines = wrap(self.pdf, runs, self.colw - indent, self.family, size)
        if self.y + lead * min(keep, len(lines)) > self.bottom:
            self.advance()
        for i, line in enumerate(lines):
            if self.y + lead > self.bottom:
                kind = self.advance()
                self.breaks.append((label or "".join(t for t, _ in runs)[:60], kind, i, len(lines)))
            if bullet and i == 0:
                self.pdf.set_font(self.family, "", size)
                bw = max(4.0, self.pdf.get_string_width(bullet) + 1.5)
                self.pdf.set_xy(self.x() + indent - bw, self.y)
                self.pdf.cell(bw, lead, bullet)
            x = self.x() + indent
            if align_right:
                w = sum(wrap_width(self.pdf, self.family, size, t, st) for t, st in line)
                x = self.x() + self.colw - w
            self.pdf.set_xy(x, self.y)
            for text, style in line:
                if text:
                    self.pdf.set_font(self.family, style, size)
                    self.pdf.cell(h=lead, text=text)
            self.y += lead
        self.y += after
        self.log.append(("".join(t for t, _ in runs)[:40], self.pdf.page_no(), self.col, round(self.y, 1)))


def wrap_width(pdf, family, size, text, style):
    pdf.set_font(family, style, size)
    return pdf.get_string_width(text)
