"""A tiny fixed layout engine over fpdf2 for the r5-j PDFs: lines are broken here (greedy, no
hyphenation), placed into one or two columns per page, so the breaks are reproducible and can be
reported (which block crosses a column or page break)."""
import datetime
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


class Layout:
    def __init__(self, title, header, footer_fmt, created, columns=1, gutter=8.0,
                 left=20.0, right=20.0, top=24.0, bottom=22.0):
        self.header_text, self.footer_fmt = header, footer_fmt
        layout = self

        class Doc(FPDF):
            def header(self):
                if not layout.header_text:
                    return
                self.set_font("DejaVu", "", 7.5)
                self.set_text_color(100, 100, 100)
                self.set_xy(left, 10)
                self.cell(self.w - left - right, 4, layout.header_text, align="L")
                self.set_draw_color(160, 160, 160)
                self.line(left, 15.5, self.w - right, 15.5)
                self.set_text_color(0, 0, 0)

            def footer(self):
                self.set_font("DejaVu", "", 7.5)
                self.set_xy(left, self.h - 12)
                self.cell(self.w - left - right, 4, layout.footer_fmt.format(n=self.page_no()), align="C")

        self.pdf = pdf = Doc(format="A4")
        pdf.set_auto_page_break(False)
        pdf.c_margin = 0
        pdf.set_creation_date(created)
        pdf.set_title(title)
        pdf.set_author("r5-j")
        pdf.set_producer("fpdf2")
        for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            pdf.add_font("DejaVu", style, str(FONT / f))
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.full = pdf.w - left - right
        self.gutter = gutter
        self.ncols = columns
        self.col = 0
        self.col_top = top
        self.report = []
        pdf.add_page()
        pdf.set_y(top)

    # ---- geometry
    @property
    def col_width(self):
        return (self.full - self.gutter * (self.ncols - 1)) / self.ncols

    def col_x(self):
        return self.left + self.col * (self.col_width + self.gutter)

    def limit(self):
        return self.pdf.h - self.bottom

    def set_columns(self, n):
        """Switch column count from the current y (starts a fresh band below what is on the page)."""
        self.ncols, self.col, self.col_top = n, 0, self.pdf.get_y()

    def next_frame(self):
        if self.col + 1 < self.ncols:
            self.col += 1
            self.pdf.set_y(self.col_top)
        else:
            self.pdf.add_page()
            self.col, self.col_top = 0, self.top
            self.pdf.set_y(self.top)

    def frame(self):
        return (self.pdf.page_no(), self.col)

    # ---- text
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

    def block(self, runs, size=9.5, lead=4.9, indent=0.0, bullet=None, after=1.6, keep=2, tag=None,
              full_width=False, align_right=False):
        if isinstance(runs, str):
            runs = [(runs, "")]
        avail = (self.full if full_width else self.col_width) - indent
        lines = self.wrap(runs, avail, size)
        if self.pdf.get_y() + lead * min(keep, len(lines)) > self.limit():
            self.next_frame()
        frames = []
        for i, line in enumerate(lines):
            if self.pdf.get_y() + lead > self.limit():
                self.next_frame()
            frames.append(self.frame())
            y = self.pdf.get_y()
            x0 = (self.left if full_width else self.col_x()) + indent
            if bullet and i == 0:
                self.pdf.set_font("DejaVu", "", size)
                self.pdf.set_xy(x0 - 4, y)
                self.pdf.cell(4, lead, bullet)
            if align_right:
                tw = sum(self.width(t, s, size) for t, s in line)
                x0 = x0 + avail - tw
            self.pdf.set_xy(x0, y)
            for text, style in line:
                if text:
                    self.pdf.set_font("DejaVu", style, size)
                    self.pdf.cell(h=lead, text=text)
            self.pdf.set_y(y + lead)
        self.pdf.set_y(self.pdf.get_y() + after)
        if tag:
            self.report.append((tag, frames[0], frames[-1]))
        return frames

    def rule(self, after=2.0):
        y = self.pdf.get_y()
        self.pdf.set_draw_color(120, 120, 120)
        self.pdf.line(self.left, y, self.pdf.w - self.right, y)
        self.pdf.set_y(y + after)

    def save(self, out):
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        self.pdf.output(str(out))
        for tag, a, b in self.report:
            print(f"  {tag}: page {a[0]} col {a[1]+1}" + (f" -> page {b[0]} col {b[1]+1}" if a != b else ""))
        print(f"wrote {out}: {self.pdf.page_no()} pages")


def utc(*a):
    return datetime.datetime(*a, tzinfo=datetime.timezone.utc)
