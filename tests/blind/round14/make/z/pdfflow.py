"""A small text-flow engine over fpdf2, shared by the two PDF scripts of this folder.

Text is laid out here (greedy line breaking over runs of one style), not by fpdf2, so
line, column and page breaks are fixed and reproducible. A page is a list of frames
(columns); text fills one frame, then the next, then a new page. Each drawn line is
recorded in `log` (page, frame, y, text) so the scripts can check where breaks fall.
"""
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu")


class Flow:
    def __init__(self, pdf: FPDF, frames_for_page, family="DejaVu"):
        """frames_for_page(page_no) -> list of (x, top, width, bottom) in mm."""
        self.pdf = pdf
        self.frames_for_page = frames_for_page
        self.family = family
        self.frame_i = 0
        self.frames = []
        self.y = 0.0
        self.log = []

    # --- pages and frames -------------------------------------------------
    def start_page(self):
        self.pdf.add_page()
        self.frames = self.frames_for_page(self.pdf.page_no())
        self.frame_i = 0
        self.y = self.frames[0][1]

    @property
    def frame(self):
        return self.frames[self.frame_i]

    def next_frame(self):
        if self.frame_i + 1 < len(self.frames):
            self.frame_i += 1
            self.y = self.frame[1]
        else:
            self.start_page()

    def room(self):
        return self.frame[3] - self.y

    # --- measuring and wrapping --------------------------------------------
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

    # --- drawing ------------------------------------------------------------
    def block(self, runs, size=9.5, lead=4.6, indent=0.0, bullet=None, after=1.4, keep=2,
              color=(0, 0, 0), align_first_bullet=True):
        """A paragraph. keep: lines that must stay together at the top (widow control)."""
        if isinstance(runs, str):
            runs = [(runs, "")]
        x, top, w, bottom = self.frame
        lines = self.wrap(runs, w - indent, size)
        if self.y + lead * min(keep, len(lines)) > self.frame[3]:
            self.next_frame()
        for i, line in enumerate(lines):
            if self.y + lead > self.frame[3]:
                self.next_frame()
            x = self.frame[0]
            if bullet and i == 0:
                self.pdf.set_font(self.family, "", size)
                self.pdf.set_text_color(*color)
                self.pdf.set_xy(x + indent - 4.0, self.y)
                self.pdf.cell(4.0, lead, bullet)
            self.pdf.set_xy(x + indent, self.y)
            self.pdf.set_text_color(*color)
            for text, style in line:
                if text:
                    self.pdf.set_font(self.family, style, size)
                    self.pdf.cell(h=lead, text=text)
            self.log.append((self.pdf.page_no(), self.frame_i, round(self.y, 1),
                             "".join(t for t, _ in line)))
            self.y += lead
        self.y += after
        self.pdf.set_text_color(0, 0, 0)

    def space(self, mm):
        self.y += mm
        if self.y > self.frame[3]:
            self.next_frame()

    def rule(self, color=(150, 150, 150)):
        x, top, w, bottom = self.frame
        self.pdf.set_draw_color(*color)
        self.pdf.line(x, self.y, x + w, self.y)
        self.y += 1.5


def add_fonts(pdf: FPDF):
    pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVuSerif", "", str(FONT / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVuSerif", "B", str(FONT / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVuSerif", "I", str(FONT / "DejaVuSerif-Italic.ttf"))
