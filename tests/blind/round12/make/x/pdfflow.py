"""A small line-flow engine over fpdf2 for the x-round PDFs: text is wrapped here (greedy,
word by word, over runs of (text, style)), then placed line by line into one or more
columns; a line that does not fit moves to the next column, then to a new page. Every
placed line is logged with its page and column so a maker can check where a list or a
sentence breaks."""
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu"


def add_fonts(pdf, family="DejaVu", serif=False):
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font(family, "", f"{FONT}/{base}.ttf")
    pdf.add_font(family, "B", f"{FONT}/{base}-Bold.ttf")
    pdf.add_font(family, "I", f"{FONT}/{base}-{'Italic' if serif else 'Oblique'}.ttf")


class Flow:
    def __init__(self, pdf, left=20, right=20, top=25, bottom=22, family="DejaVu"):
        self.pdf, self.left, self.right, self.top, self.bottom = pdf, left, right, top, bottom
        self.family = family
        self.ncols, self.gutter, self.col = 1, 0.0, 0
        self.y = top
        self.col_top = top
        self.log = []  # (tag, page, col, text)

    # geometry -----------------------------------------------------------------------
    @property
    def colw(self):
        return (self.pdf.w - self.left - self.right - self.gutter * (self.ncols - 1)) / self.ncols

    def x0(self):
        return self.left + self.col * (self.colw + self.gutter)

    def limit(self):
        return self.pdf.h - self.bottom

    def columns(self, n, gutter=8.0):
        """Start a section of n columns at the current height."""
        self.ncols, self.gutter, self.col, self.col_top = n, gutter, 0, self.y

    def new_page(self):
        self.pdf.add_page()
        self.col, self.y, self.col_top = 0, self.top, self.top

    def next_column(self):
        if self.col < self.ncols - 1:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page()

    # text -----------------------------------------------------------------------------
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

    def para(self, runs, size=10, lead=5.0, indent=0.0, hang=None, after=2.0, keep=1, tag=None,
             align_right=False, first_indent=0.0):
        """A paragraph; hang is a marker (bullet, number) drawn in the indent of its first line."""
        if isinstance(runs, str):
            runs = [(runs, "")]
        lines = self.wrap(runs, self.colw - indent, size)
        if self.y + lead * min(keep, len(lines)) > self.limit():
            self.next_column()
        for i, line in enumerate(lines):
            if self.y + lead > self.limit():
                self.next_column()
            x = self.x0() + indent
            if hang and i == 0:
                self.pdf.set_font(self.family, "", size)
                self.pdf.set_xy(self.x0() + first_indent, self.y)
                self.pdf.cell(indent - first_indent, lead, hang)
            if align_right:
                x = self.x0() + self.colw - sum(self.width(t, s, size) for t, s in line)
            self.pdf.set_xy(x, self.y)
            for text, style in line:
                if text:
                    self.pdf.set_font(self.family, style, size)
                    self.pdf.cell(h=lead, text=text)
            self.log.append((tag, self.pdf.page_no(), self.col, "".join(t for t, _ in line), round(self.y, 1)))
            self.y += lead
        self.y += after

    def space(self, mm):
        self.y += mm

    def rule(self, width=0.3):
        self.pdf.set_line_width(width)
        self.pdf.line(self.x0(), self.y, self.x0() + self.colw, self.y)
        self.y += 2
