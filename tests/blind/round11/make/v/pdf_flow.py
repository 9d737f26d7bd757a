"""A small line-by-line layout engine over fpdf2, shared by the PDF makers.

Lines are broken here (greedy, by string width), not by fpdf2, so that where a list or a
sentence crosses a column or page break is fixed and can be reported. Text flows through
`columns` (one or two) top to bottom, then to the next page. Every block records where it
started and ended, so a maker can check that the breaks it wants actually happen.
"""
import datetime
from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")


class Doc(FPDF):
    header_text = ""
    footer_fmt = "{n}"

    def header(self):
        if not self.header_text:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(self.l_margin, 9)
        self.cell(self.w - self.l_margin - self.r_margin, 4, self.header_text, align="L")
        self.set_draw_color(170, 170, 170)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_xy(self.l_margin, self.h - 12)
        self.cell(self.w - self.l_margin - self.r_margin, 4, self.footer_fmt.format(n=self.page_no()), align="C")


class Flow:
    def __init__(self, *, title, author, when: datetime.datetime, header="", footer="{n}",
                 margins=(18, 18), top=20, bottom=20, columns=1, gutter=8, body=("Serif", 9.5, 4.4)):
        pdf = Doc(format="A4")
        pdf.header_text, pdf.footer_fmt = header, footer
        pdf.set_auto_page_break(False)
        pdf.c_margin = 0
        pdf.l_margin, pdf.r_margin = margins
        pdf.set_creation_date(when.replace(tzinfo=datetime.timezone.utc))
        pdf.set_title(title)
        pdf.set_author(author)
        for fam, base in (("Sans", "DejaVuSans"), ("Serif", "DejaVuSerif")):
            pdf.add_font(fam, "", str(FONTS / f"{base}.ttf"))
            pdf.add_font(fam, "B", str(FONTS / f"{base}-Bold.ttf"))
            pdf.add_font(fam, "I", str(FONTS / (f"{base}-Oblique.ttf" if fam == "Sans" else f"{base}-Italic.ttf")))
        self.pdf = pdf
        self.top, self.bottom = top, bottom
        full = pdf.w - margins[0] - margins[1]
        if columns == 1:
            self.cols = [(margins[0], full)]
        else:
            w = (full - gutter) / 2
            self.cols = [(margins[0], w), (margins[0] + w + gutter, w)]
        self.font, self.size, self.lead = body
        self.col = 0
        self.page_top = top
        self.log = []  # (label, start(page, col), end(page, col))
        pdf.add_page()
        self.y = top

    # --- geometry -------------------------------------------------------------------------
    @property
    def limit(self):
        return self.pdf.h - self.bottom

    def where(self):
        return (self.pdf.page_no(), self.col + 1)

    def advance(self):
        if self.col + 1 < len(self.cols):
            self.col += 1
            self.y = self.page_top
        else:
            self.pdf.add_page()
            self.col = 0
            self.page_top = self.top
            self.y = self.top

    def need(self, h):
        if self.y + h > self.limit:
            self.advance()

    def full_width_block(self, fn):
        """Draw something across all columns at the current y (before columns start)."""
        self.y = fn(self.pdf, self.cols[0][0], self.y, self.cols[-1][0] + self.cols[-1][1] - self.cols[0][0])
        self.page_top = self.y

    # --- text -----------------------------------------------------------------------------
    def width(self, text, style, size, font=None):
        self.pdf.set_font(font or self.font, style, size)
        return self.pdf.get_string_width(text)

    def wrap(self, runs, avail, size, font=None):
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
            need = self.width(w, st, size, font)
            lead = self.width(" ", line[-1][1], size, font) if line and line[-1][2] else 0.0
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

    def block(self, runs, *, label=None, size=None, lead=None, indent=0.0, marker=None, after=1.6, keep=1,
              font=None, keep_whole=False):
        size = size or self.size
        lead = lead or self.lead
        font = font or self.font
        if isinstance(runs, str):
            runs = [(runs, "")]
        x0, w = self.cols[self.col]
        lines = self.wrap(runs, w - indent, size, font)
        self.need(lead * (len(lines) if keep_whole else min(keep, len(lines))))
        start = self.where()
        for i, line in enumerate(lines):
            self.need(lead)
            x0, w = self.cols[self.col]
            if marker and i == 0:
                self.pdf.set_font(font, "", size)
                self.pdf.set_xy(x0 + indent - 4, self.y)
                self.pdf.cell(4, lead, marker)
            self.pdf.set_xy(x0 + indent, self.y)
            for text, style in line:
                if text:
                    self.pdf.set_font(font, style, size)
                    self.pdf.cell(h=lead, text=text)
            self.y += lead
        end = self.where()
        self.y += after
        self.log.append((label or "".join(t for t, _ in runs)[:40], start, end))
        return start, end

    def heading(self, text, size=10.5, font="Sans", after=1.4, before=1.5, label=None):
        self.y += before
        return self.block([(text, "B")], size=size, lead=size * 0.5, font=font, after=after, keep=4, label=label)

    def gap(self, mm):
        self.y += mm

    def save(self, out: Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        self.pdf.output(str(out))
