"""A small line-flowing layer over fpdf2 for the g-* PDFs.

Text is wrapped here (greedy, over runs of one style each) and placed line by line into a
sequence of frames (columns). When a frame is full the next line goes to the next column, or
to a new page, so paragraphs and lists flow across column and page breaks. The line breaks
are therefore fixed by this code, not by fpdf2.
"""
import datetime

from fpdf import FPDF

from common import FONTS


class Doc(FPDF):
    header_text = ""
    footer_fmt = "{n}"
    header_family = "Sans"

    def header(self):
        if not self.header_text:
            return
        self.set_font(self.header_family, "", 7.5)
        self.set_text_color(95, 95, 95)
        self.set_xy(self.l_margin, 8)
        self.cell(self.w - self.l_margin - self.r_margin, 4, self.header_text, align="L")
        self.set_draw_color(170, 170, 170)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font(self.header_family, "", 7.5)
        self.set_text_color(95, 95, 95)
        self.set_xy(self.l_margin, self.h - 11)
        self.cell(self.w - self.l_margin - self.r_margin, 4, self.footer_fmt.format(n=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def new_doc(title, author, when: datetime.datetime, margins=(18, 18)):
    pdf = Doc(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(margins[0], 18, margins[1])
    pdf.c_margin = 0
    pdf.set_creation_date(when.replace(tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("flowpdf")
    pdf.set_producer("fpdf2")
    for fam, base in (("Sans", "DejaVuSans"), ("Serif", "DejaVuSerif")):
        pdf.add_font(fam, "", str(FONTS / f"{base}.ttf"))
        pdf.add_font(fam, "B", str(FONTS / f"{base}-Bold.ttf"))
        pdf.add_font(fam, "I", str(FONTS / (f"{base}-Oblique.ttf" if fam == "Sans" else f"{base}-Italic.ttf")))
    return pdf


class Flow:
    def __init__(self, pdf, frames_first, frames_rest, bottom):
        """frames_*: list of (x, width, top_y) for the columns of the first / later pages."""
        self.pdf = pdf
        self.frames_first = frames_first
        self.frames_rest = frames_rest
        self.bottom = bottom
        self.page_frames = frames_first
        self.col = 0
        self.y = frames_first[0][2]

    # -- frames -------------------------------------------------------------------------------
    @property
    def x(self):
        return self.page_frames[self.col][0]

    @property
    def width(self):
        return self.page_frames[self.col][1]

    def next_frame(self):
        if self.col + 1 < len(self.page_frames):
            self.col += 1
        else:
            self.pdf.add_page()
            self.page_frames = self.frames_rest
            self.col = 0
        self.y = self.page_frames[self.col][2]

    def room(self, h):
        if self.y + h > self.bottom:
            self.next_frame()

    def skip(self, h):
        self.y += h

    # -- text -----------------------------------------------------------------------------------
    def _width(self, text, family, style, size):
        self.pdf.set_font(family, style, size)
        return self.pdf.get_string_width(text)

    def wrap(self, runs, avail, family, size):
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
            need = self._width(w, family, st, size)
            lead = self._width(" ", family, line[-1][1], size) if line and line[-1][2] else 0.0
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

    def block(self, runs, family="Serif", size=9.5, lead=4.6, indent=0.0, marker=None, after=1.8,
              keep=1, color=(0, 0, 0), hang=None):
        """A paragraph (or list item with marker) that may flow across frames.
        keep: number of first lines that must stay together (keeps headings with text)."""
        if isinstance(runs, str):
            runs = [(runs, "")]
        hang = indent if hang is None else hang
        lines = self.wrap(runs, self.width - hang, family, size)
        self.room(lead * min(keep, len(lines)))
        for i, line in enumerate(lines):
            self.room(lead)
            if marker and i == 0:
                self.pdf.set_font(family, "", size)
                self.pdf.set_text_color(*color)
                self.pdf.set_xy(self.x + indent, self.y)
                self.pdf.cell(hang - indent, lead, marker)
            self.pdf.set_xy(self.x + hang, self.y)
            self.pdf.set_text_color(*color)
            for text, style in line:
                if text:
                    self.pdf.set_font(family, style, size)
                    self.pdf.cell(h=lead, text=text)
            self.y += lead
        self.pdf.set_text_color(0, 0, 0)
        self.y += after
