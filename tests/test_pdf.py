"""Tests of the PDF reader: page furniture, footnotes, hyphenation, tables, bad files.

Every PDF is written here with fpdf2's core fonts (no font files needed), with a
fixed creation date so the bytes are the same on every run. All text is invented.
"""
from __future__ import annotations

import datetime
import logging

import pytest
from fpdf import FPDF

from consultkg.errors import InputError
from consultkg.read import read_source
from consultkg.read.furniture import footnotes, furniture
from consultkg.read.hyphen import document_words, join_lines, keep_hyphen, rejoin
from consultkg.read.layout import PdfLine, page_lines
from consultkg.read.pdftable import tables
from consultkg.read.segment import segment
from tests.helpers import make_pdf

HEADER = "Harvest Fund Consultation | Ruritania"
COLUMNS = (50, 50, 70)  # mm: Name, Position, Institution


class Record(FPDF):
    """An A4 record with a running header and a numbered footer (``{n}`` the page, ``{total}`` the count)."""

    def __init__(self, footer: str = "- {n} -", header: str = HEADER):
        super().__init__(format="A4")
        self.footer_text, self.header_text = footer, header
        self.set_creation_date(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_auto_page_break(False)
        self.set_margins(20, 20, 20)
        self.alias_nb_pages("{total}")

    def header(self):
        if self.header_text:
            self.set_font("Helvetica", size=8)
            self.set_xy(110, 10)
            self.cell(80, 5, self.header_text, align="R")
        self.set_xy(self.l_margin, 30)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, self.footer_text.replace("{n}", str(self.page_no())), align="C")

    def line(self, text: str, size: float = 11, sup: str = "", lead: str = "", h: float = 6):
        """One line of text at the left margin; ``sup`` a raised marker after it, ``lead`` one before it."""
        self.set_x(self.l_margin)
        if lead:
            self.raised(lead, size, h)
        self.set_font("Helvetica", size=size)
        self.cell(self.get_string_width(text), h, text)
        if sup:
            self.raised(sup, size, h)
        self.ln(h)

    def raised(self, mark: str, size: float, h: float):
        """A footnote marker: 60 % of the size, its baseline raised by a third of the size."""
        x, y = self.get_x(), self.get_y()
        self.set_font("Helvetica", size=size * 0.6)
        self.set_xy(x, y - size * 0.35 / self.k)
        width = self.get_string_width(mark)
        self.cell(width, h, mark)
        self.set_xy(x + width, y)

    def row(self, *cells: str, bold: bool = False):
        self.set_x(self.l_margin)
        self.set_font("Helvetica", "B" if bold else "", 11)
        for width, text in zip(COLUMNS, cells):
            self.cell(width, 6, text)
        self.ln(6)


def furnished(path, footer: str = "- {n} -", header: str = HEADER):
    """Two pages: hyphenated words of both kinds, a list that runs over the page break
    with a footnote marker on one organisation, the footnote at the foot of page 1,
    and a table of participants on page 2."""
    pdf = Record(footer, header)
    pdf.add_page()
    pdf.line("Meeting with Farmer Groups")
    pdf.ln(4)
    pdf.line("The fund met farmer groups in Dorvik to discuss its response to gender-based vio-")
    pdf.line("lence in rural districts and the access of women to public ser-")
    pdf.line("vices. Several decision-")
    pdf.line("makers from the ministry and women-")
    pdf.line("led cooperatives joined the talks.")
    pdf.ln(4)
    pdf.line("Participants:")
    pdf.line("- Dorvik Women's Cooperative (DWC)")
    pdf.line("- Ministry of Water Affairs", sup="1")
    pdf.line("- Valley Growers Union, which brings together the small farmers of the")
    pdf.set_y(262)
    pdf.line("The Ministry of Water Affairs runs the Rain Harvest Programme for women farmers in the",
             size=7, lead="1", h=3.5)
    pdf.line("highlands since 2019.", size=7, h=3.5)
    pdf.add_page()
    pdf.line("northern districts")
    pdf.line("- Dry Valley Seed Bank")
    pdf.ln(4)
    pdf.row("Name", "Position", "Institution", bold=True)
    pdf.row("Ana Lima", "Chair", "Dorvik Women's Cooperative")
    pdf.row("Rui Sol", "Adviser", "Ministry of Water Affairs")
    pdf.row("Eva Mar", "Treasurer", "Valley Growers Union")
    pdf.ln(4)
    pdf.line("The groups asked for a follow-up meeting in the spring.")
    pdf.output(str(path))
    return path


TABLE_ROWS = (
    ("Name", "Position", "Institution"),
    ("Ana Lima", "Chair", "Dorvik Women's Cooperative"),
    ("Rui Sol", "Adviser", "Ministry of Water Affairs"),
    ("Eva Mar", "Treasurer", "Valley Growers Union"),
)
BODY = [
    ("paragraph", 1, "Meeting with Farmer Groups"),
    ("paragraph", 1, "The fund met farmer groups in Dorvik to discuss its response to gender-based violence in rural "
                     "districts and the access of women to public services. Several decision-makers from the ministry "
                     "and women-led cooperatives joined the talks."),
    ("paragraph", 1, "Participants:"),
    ("item", 1, "Dorvik Women's Cooperative (DWC)"),
    ("item", 1, "Ministry of Water Affairs"),
    ("item", 1, "Valley Growers Union, which brings together the small farmers of the northern districts"),
    ("item", 2, "Dry Valley Seed Bank"),
    ("table", 2, ""),
    ("paragraph", 2, "The groups asked for a follow-up meeting in the spring."),
]


@pytest.mark.parametrize("footer", ["- {n} -", "Page {n} of {total}", "{n}", "Drylands note, p. {n}"])
def test_furnished_record_reads_as_its_body(tmp_path, footer):
    source = read_source(furnished(tmp_path / "note.pdf", footer))
    assert [(b.kind, b.page, b.text) for b in source.blocks] == BODY
    assert [(n.text, n.page, n.number) for n in source.footnotes] == [
        ("The Ministry of Water Affairs runs the Rain Harvest Programme for women farmers in the highlands "
         "since 2019.", 1, "1")
    ]


def test_furnished_record_blocks_keep_their_lines_and_the_table_its_rows(tmp_path):
    source = read_source(furnished(tmp_path / "note.pdf"))
    table = next(b for b in source.blocks if b.kind == "table")
    assert table.rows == TABLE_ROWS and table.header and table.text == ""
    assert len(table.row_lines) == 4 and list(table.row_lines) == sorted(table.row_lines)
    assert table.lineno == table.row_lines[0]
    lines = [b.lineno for b in source.blocks]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)
    note = source.footnotes[0]
    assert lines[5] < note.lineno < lines[6]  # the footnote sits between page 1's last line and page 2's first


def test_a_header_that_names_the_page_is_still_a_running_header(tmp_path):
    source = read_source(furnished(tmp_path / "note.pdf", header="Ruritania consultation, page {n}"))
    assert [(b.kind, b.page, b.text) for b in source.blocks] == BODY


def test_each_meeting_on_its_own_page_keeps_its_heading(tmp_path):
    lines = []
    for meeting in (1, 2, 3):
        lines += [f"Meeting {meeting} with Farmer Groups of the Valley", "Participants:", "- Dorvik Women's Cooperative",
                  "- Valley Growers Union", "The participants welcomed the draft and asked for storage.", "\f"]
    blocks = read_source(make_pdf(lines[:-1], tmp_path / "m.pdf")).blocks
    assert [b.text for b in blocks] == [line.lstrip("- ") for line in lines if line != "\f"]
    assert [b.page for b in blocks] == [1] * 5 + [2] * 5 + [3] * 5


def test_the_same_pdf_reads_the_same(tmp_path):
    a, b = furnished(tmp_path / "a.pdf"), furnished(tmp_path / "b.pdf")
    assert a.read_bytes() == b.read_bytes()
    assert read_source(a).blocks == read_source(b).blocks


def test_a_table_over_a_page_break_with_its_header_repeated_is_one_table(tmp_path):
    pdf = Record()
    pdf.add_page()
    pdf.line("Participants:")
    pdf.row("Name", "Position", "Institution", bold=True)
    pdf.row("Ana Lima", "Chair", "Dorvik Women's Cooperative")
    pdf.row("Rui Sol", "Adviser", "Ministry of Water Affairs")
    pdf.add_page()
    pdf.row("Name", "Position", "Institution", bold=True)
    pdf.row("Eva Mar", "Treasurer", "Valley Growers Union")
    pdf.row("", "", "of the North")
    pdf.output(str(tmp_path / "t.pdf"))
    blocks = read_source(tmp_path / "t.pdf").blocks
    assert [b.kind for b in blocks] == ["paragraph", "table"]
    assert blocks[1].rows == (*TABLE_ROWS[:3], ("Eva Mar", "Treasurer", "Valley Growers Union of the North"))


def test_a_table_written_cell_by_cell_with_wrapped_cells(tmp_path):
    pdf = Record(header="")
    pdf.add_page()
    pdf.line("Participants:")
    pdf.set_font("Helvetica", size=11)
    rows = (("Name", "Position", "Institution"),
            ("Dr. Ana Maria Lima-Sol", "Chair of the Executive Board", "Dorvik Women's Cooperative of the Northern Valley"),
            ("Rui Sol", "Adviser", "Ministry of Water Affairs"),
            ("Eva Mar", "Treasurer and Secretary General", "Valley Growers Union"))
    with pdf.table(col_widths=(40, 45, 55), width=140, align="LEFT", text_align="LEFT", borders_layout="NONE",
                   line_height=5) as table:
        for cells in rows:
            row = table.row()
            for text in cells:
                row.cell(text)
    pdf.line("The meeting closed at noon.")
    pdf.output(str(tmp_path / "t.pdf"))
    blocks = read_source(tmp_path / "t.pdf").blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == rows and blocks[2].text == "The meeting closed at noon."
    assert len(blocks[1].row_lines) == 4


def test_words_in_one_column_are_text_not_a_table(tmp_path):
    pdf = Record(header="")
    pdf.add_page()
    pdf.row("Name", "Position", bold=True)  # a header row, but only one row under it
    pdf.row("Ana Lima", "Chair")
    pdf.line("The meeting closed at noon.")
    pdf.output(str(tmp_path / "t.pdf"))
    assert [b.kind for b in read_source(tmp_path / "t.pdf").blocks] == ["paragraph", "paragraph", "paragraph"]


def test_superscript_digit_characters_are_detached(tmp_path):
    path = make_pdf(["Comments came from the Ministry of Social Policy\u00b9 and the Farmers Union\u00b2."], tmp_path / "s.pdf")
    assert read_source(path).blocks[0].text == "Comments came from the Ministry of Social Policy and the Farmers Union."


def test_a_digit_that_is_not_raised_stays(tmp_path):
    path = make_pdf(["The G20 group and Route 66 Farmers met."], tmp_path / "g.pdf")
    assert read_source(path).blocks[0].text == "The G20 group and Route 66 Farmers met."


def test_a_single_page_keeps_its_header_but_drops_its_page_number(tmp_path):
    pdf = Record()
    pdf.add_page()
    pdf.line("The ministry said that the programme reaches rural women.")
    pdf.output(str(tmp_path / "one.pdf"))
    assert [b.text for b in read_source(tmp_path / "one.pdf").blocks] == [
        HEADER, "The ministry said that the programme reaches rural women."
    ]


# ------------------------------------------------------------------ furniture rules
def _line(text, page, top, size=12.0, left=50.0, lead=None, cells=None):
    return PdfLine(text, page, top, top - size, left, 400, size, cells or ((left, text),), lead=lead)


def _dropped(pages):
    gone = furniture(pages)
    return [line.text for page in pages for line in page if id(line) in gone]


def test_header_on_most_pages_nearly_the_same_is_dropped():
    body = {1: "Farmers asked for storage.", 2: "The fund will answer in May.", 3: "Credit costs too much."}
    pages = [[_line(h, p, 800, 9), _line(body[p] * 2, p, 700), _line(f"Page {p} of 3", p, 40, 9)]
             for p, h in ((1, "Consultation | Ghana"), (2, "Consultation | Ghana"), (3, "Consultation  | Ghana."))]
    assert _dropped(pages) == [
        "Consultation | Ghana", "Page 1 of 3", "Consultation | Ghana", "Page 2 of 3", "Consultation  | Ghana.",
        "Page 3 of 3",
    ]


def test_a_line_on_one_page_of_three_or_at_another_height_is_kept():
    body = ["The meeting opened.", "Farmers spoke.", "Storage is scarce.", "Credit is dear.", "It closed."]
    pages = [[_line(head, p, top)] + [_line(text, p, 700 - 150 * i) for i, text in enumerate(body[p - 1:p + 2])]
             for p, head, top in ((1, "Title of the record", 800), (2, "Consultation | Ghana", 800),
                                  (3, "Consultation | Ghana", 760))]
    assert _dropped(pages) == []


def test_a_repeated_line_in_the_body_of_the_page_is_kept():
    pages = [[_line("Head", p, 800), _line("Participants:", p, 500), _line("Body line.", p, 400),
              _line("More body.", p, 300), _line("Foot", p, 40)] for p in (1, 2)]
    assert _dropped(pages) == ["Head", "Foot", "Head", "Foot"]


def test_a_header_of_two_lines_in_the_body_size_is_dropped_when_set_apart():
    pages = [[_line("Harvest Fund", p, 800), _line("Drylands consultation", p, 786),
              _line(("Farmers asked for storage.", "The fund replied in May.", "Credit costs too much.")[p - 1], p, 740),
              _line(("Then rain came.", "All agreed.", "The talks closed at noon.")[p - 1], p, 726)]
             for p in (1, 2, 3)]
    assert _dropped(pages) == ["Harvest Fund", "Drylands consultation"] * 3


def test_a_heading_that_opens_every_page_in_the_body_size_is_kept():
    pages = [[_line("Meeting %d with Farmer Groups" % p, p, 800), _line("Participants:", p, 786),
              _line(f"- Union number {p} of the valley", p, 772), _line("- The fund", p, 758)] for p in (1, 2, 3)]
    assert _dropped(pages) == []


def test_footnotes_need_a_smaller_size_and_a_marker():
    page = [_line("Body text.", 1, 700), _line("Small print at the foot.", 1, 90, 8),
            _line("2 A note with a marker", 1, 80, 8), _line("that goes on.", 1, 70, 8),
            _line("A second note.", 1, 60, 8, lead="3")]
    body, notes = footnotes(page, 12.0)
    assert [l.text for l in body] == ["Body text.", "Small print at the foot."]
    assert [(n.text, n.number) for n in notes] == [("A note with a marker that goes on.", "2"), ("A second note.", "3")]
    same_size = [_line("Body text.", 1, 700), _line("1 Not smaller than the body.", 1, 90)]
    assert footnotes(same_size, 12.0) == (same_size, [])


def test_a_footnote_hyphenated_at_its_line_end_is_joined():
    page = [_line("Body text.", 1, 700), _line("The fund's rain pro-", 1, 90, 8, lead="1"), _line("gramme.", 1, 80, 8)]
    assert footnotes(page, 12.0)[1][0].text == "The fund's rain programme."


# ------------------------------------------------------------------ layout rules
def test_a_raised_smaller_marker_is_detached_and_a_leading_one_is_the_lead():
    text = "Ghana1 is here\r\n2 The note"
    boxes = [(50 + 6 * i, 700, 56 + 6 * i, 712) for i in range(len(text))]
    boxes[5] = (80, 705, 84, 712)  # "1" stuck to "Ghana": raised and smaller
    boxes[16] = (50, 685, 54, 692)  # "2" opening the next line: raised and smaller
    for i in range(17, len(text)):
        boxes[i] = (50 + 6 * i, 680, 56 + 6 * i, 692)
    lines = page_lines(text, boxes.__getitem__, 1)
    assert [(l.text, l.markers, l.lead) for l in lines] == [("Ghana is here", ("1",), None), ("The note", (), "2")]


def test_text_on_another_band_after_an_added_space_is_another_line():
    text = "General Valley Union"
    low = [(50 + 6 * i, 680, 56 + 6 * i, 692) for i in range(8)]  # "General " on the cell's second line
    high = [(200 + 6 * i, 700, 206 + 6 * i, 712) for i in range(12)]  # "Valley Union" beside, one line up
    boxes = low + high
    lines = page_lines(text, boxes.__getitem__, 1, generated=lambda i: i == 7)
    assert [(l.text, l.top) for l in lines] == [("General", 692), ("Valley Union", 712)]
    assert [l.text for l in page_lines(text, boxes.__getitem__, 1, generated=lambda i: False)] == [text]


def test_a_marker_that_pdfium_set_on_a_line_of_its_own_goes_back():
    text = "Ministry of Water\r\n1\r\nThe end\r\n2\r\nA note"
    boxes = [(50 + 6 * i, 700, 56 + 6 * i, 712) for i in range(17)] + [(0, 0, 0, 0)] * 2
    boxes += [(152, 705, 155, 712)] + [(0, 0, 0, 0)] * 2  # "1" raised just after "Water"
    boxes += [(50 + 6 * i, 680, 56 + 6 * i, 692) for i in range(7)] + [(0, 0, 0, 0)] * 2
    boxes += [(50, 665, 53, 672)] + [(0, 0, 0, 0)] * 2  # "2" raised just before "A note"
    boxes += [(54 + 6 * i, 660, 60 + 6 * i, 672) for i in range(6)]
    lines = page_lines(text, boxes.__getitem__, 1)
    assert [(l.text, l.markers, l.lead) for l in lines] == [
        ("Ministry of Water", ("1",), None), ("The end", (), None), ("A note", (), "2")
    ]


def test_a_digit_of_the_line_size_is_text():
    text = "Ghana1"
    boxes = [(50 + 6 * i, 700, 56 + 6 * i, 712) for i in range(len(text))]
    assert page_lines(text, boxes.__getitem__, 1)[0].text == "Ghana1"


# ------------------------------------------------------------------ tables
def _row(top, *cells, xs=(50, 200, 350)):
    return PdfLine(" ".join(c for c in cells if c), 1, top, top - 10, 50, 500, 10.0,
                   tuple((x, c) for x, c in zip(xs, cells) if c), lineno=int(800 - top))


def _cell(top, x, text):
    return PdfLine(text, 1, top, top - 10, x, x + 150, 10.0, ((x, text),), lineno=int(800 - top))


# An unruled table with no header, written cell by cell (each row's organisation, then its person, set
# a little higher as a middle-aligned cell is), both cells wrapped.
HEADERLESS = [_cell(700, 50, "Dorvik Women's"), _cell(688, 50, "Cooperative (DWC)"),
              _cell(706, 250, "Ms. Ana Lima, Chair of the"), _cell(694, 250, "Board"), _cell(682, 250, "Mr. Rui Sol, Treasurer"),
              _cell(650, 50, "Ministry of Water Affairs"), _cell(650, 250, "Ms. Eva Mar, Director"),
              _cell(620, 50, "Valley Growers"), _cell(608, 50, "Union"), _cell(614, 250, "Mr. Ivo Paz, Secretary")]


def test_a_table_with_no_header_written_cell_by_cell_is_read_by_its_columns():
    out = tables([_cell(730, 50, "Who attended")] + HEADERLESS)
    assert out[0].text == "Who attended"  # a heading over the table is not its first row
    assert out[1].kind == "table" and not out[1].header
    assert out[1].rows == (("Dorvik Women's Cooperative (DWC)", "Ms. Ana Lima, Chair of the Board Mr. Rui Sol, Treasurer"),
                           ("Ministry of Water Affairs", "Ms. Eva Mar, Director"),
                           ("Valley Growers Union", "Mr. Ivo Paz, Secretary"))


def test_a_page_in_two_columns_is_no_table_without_a_header():
    """The right column's lines come after the left's and stand above them: no row holds both."""
    left = [_cell(700 - 12 * k, 50, f"Left column line {k} of running text") for k in range(6)]
    right = [_cell(700 - 12 * k, 320, f"Right column line {k} of running text") for k in range(6)]
    assert tables(left + right) == left + right


def test_terms_with_their_meanings_indented_below_are_no_table_without_a_header():
    """Each meaning stands under its term, not beside it: no row has its cells side by side."""
    lines = [_cell(700, 50, "Storage"), _cell(688, 250, "Farmers lack places to keep grain."),
             _cell(676, 50, "Credit"), _cell(664, 250, "Loans need land titles."),
             _cell(652, 50, "Seeds"), _cell(640, 250, "Prices rose after the drought.")]
    assert tables(lines) == lines


def test_an_indented_quotation_is_no_table_without_a_header():
    lines = [_cell(700, 50, "The chair opened the meeting and said"), _cell(688, 130, "We welcome the draft"),
             _cell(676, 130, "and its focus on care."), _cell(664, 50, "Then the groups spoke."),
             _cell(652, 50, "They asked for more."), _cell(640, 130, "An indented note.")]
    assert tables(lines) == lines


def test_a_bulleted_list_with_a_hanging_indent_is_not_a_table():
    lines = [_row(700, "\u2022", "Participants supported the draft and asked", xs=(50, 62)),
             _row(688, "", "that it name farmer groups.", xs=(50, 62)),
             _row(676, "\u2022", "The fund presented its programme.", xs=(50, 62)),
             _row(664, "\u2022", "Storage is scarce.", xs=(50, 62))]
    assert tables(lines) == lines


def test_rows_out_of_line_with_the_header_end_the_table():
    lines = [_row(700, "Name", "Position", "Institution"), _row(688, "Ana Lima", "Chair", "Union"),
             _row(676, "Rui Sol", "Adviser", "Ministry", xs=(50, 230, 380))]
    assert tables(lines) == lines  # only one row lines up: fail closed


def test_labels_and_values_in_two_columns_are_not_a_table():
    lines = [_row(700, "Place:", "Dorvik", xs=(50, 150)), _row(688, "Audience:", "Farmer groups", xs=(50, 150)),
             _row(676, "Host:", "The fund", xs=(50, 150))]
    assert tables(lines) == lines


def test_a_numbered_list_with_a_hanging_indent_is_not_a_table():
    lines = [_row(700, "(i)", "Storage", xs=(50, 80)), _row(688, "(ii)", "Credit", xs=(50, 80)),
             _row(676, "(iii)", "Seeds", xs=(50, 80))]
    assert tables(lines) == lines


def test_a_table_far_below_its_header_is_not_one():
    lines = [_row(700, "Name", "Position", "Institution"), _row(600, "Ana Lima", "Chair", "Union"),
             _row(588, "Rui Sol", "Adviser", "Ministry")]
    assert tables(lines) == lines


def test_the_words_of_a_justified_cell_join_the_column_they_fall_in():
    """Wide gaps inside a justified cell part its words; each goes to the column at or left of it."""
    lines = [_row(700, "Name", "Position", "Institution"),
             _row(688, "Ana Lima", "Chair", "Ministry", "of", "Intergovernmental", xs=(50, 200, 350, 410, 440)),
             _row(676, "", "", "Relations"),
             _row(664, "Rui Sol", "Head", "of", "Planning", "Farmers Union", xs=(50, 200, 240, 270, 350))]
    [table] = tables(lines)
    assert table.rows == (("Name", "Position", "Institution"),
                          ("Ana Lima", "Chair", "Ministry of Intergovernmental Relations"),
                          ("Rui Sol", "Head of Planning", "Farmers Union"))
    assert table.row_lines == (100, 112, 136)


def test_words_left_of_the_first_column_or_a_cell_off_its_column_start_are_no_table():
    left = [_row(700, "Name", "Position", "Institution", xs=(80, 200, 350)),
            _row(688, "Ana Lima", "Chair", "Union", xs=(50, 200, 350)),
            _row(676, "Rui Sol", "Adviser", "Ministry", xs=(50, 200, 350))]
    assert tables(left) == left
    off = [_row(700, "Name", "Position", "Institution"),
           _row(688, "Ana Lima", "Chair", "Union", xs=(50, 200, 300)),  # "Union" neither at 350 nor after "Chair"'s start
           _row(676, "Rui Sol", "Adviser", "of", "Ministry", xs=(50, 250, 280, 350))]
    assert tables(off) == off


def test_words_that_run_into_the_next_column_are_no_table():
    """Two lines that start under the first and the last header cell are a table only when no
    run of words reaches past the start of the column after it."""
    def lines(ends):
        return [_row(700, "Name", "Position", "Institution"),
                PdfLine("Ana Lima met the whole board Union", 1, 688, 678, 50, 400, 10.0,
                        ((50, "Ana Lima met the whole board"), (350, "Union")), lineno=112, ends=ends[0]),
                PdfLine("Rui Sol and the staff of the fund Ministry", 1, 676, 666, 50, 400, 10.0,
                        ((50, "Rui Sol and the staff of the fund"), (350, "Ministry")), lineno=124, ends=ends[1])]
    assert [x.kind for x in tables(lines([(120, 380), (130, 390)]))] == ["table"]  # within their columns
    crossing = lines([(260, 380), (290, 390)])  # the first runs end past the second column's start (200)
    assert tables(crossing) == crossing


def test_a_line_above_the_row_before_ends_the_table():
    """A cell may sit lower than its row's first line (middle-aligned), never above the row before."""
    lines = [_row(700, "Name", "Position", "Institution"), _row(688, "Ana Lima", "Chair", "Union"),
             _row(676, "Rui Sol", "Adviser", "Ministry"), _row(695, "Eva Mar", "Treasurer", "Bank")]
    out = tables(lines)
    assert [len(x.rows) for x in out[:1]] == [3] and out[1:] == lines[3:]


def _fpdf_table(path, rows, v_align="TOP", repeat_headings=1, page_breaks=False):
    """``rows`` drawn by fpdf2's ``pdf.table()`` (cells justified, as it does by default) after a
    "Participants:" line and before a closing paragraph."""
    pdf = Record(header="")
    pdf.set_auto_page_break(page_breaks, margin=25)
    pdf.add_page()
    pdf.line("Participants:")
    pdf.set_font("Helvetica", size=10)
    with pdf.table(first_row_as_headings=True, line_height=5, v_align=v_align,
                   repeat_headings=repeat_headings) as table:
        for cells in rows:
            row = table.row()
            for text in cells:
                row.cell(text)
    pdf.ln(3)
    pdf.line("The meeting closed at noon.")
    pdf.output(str(path))
    return path


def _pipe_table(rows) -> list[str]:
    head, *body = rows
    return (["Participants:", "", "| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
            + ["| " + " | ".join(cells) + " |" for cells in body] + ["", "The meeting closed at noon."])


WRAPPED_LAST = (("Name", "Title", "Organisation"),
                ("Ana Lima", "Chair", "The Interdepartmental Telecommunications Board of Dorvik"),
                ("Rui Sol", "Adviser", "Dorvik Women's Cooperative"),
                ("Eva Mar", "Treasurer", "Valley Growers Union"))
WRAPPED_MIDDLE = (("Name", "Title", "Organisation"),
                  ("Ana Lima", "Head of Interdepartmental Coordination", "Ministry of Water"),
                  ("Rui Sol", "Adviser", "Dorvik Women's Cooperative"),
                  ("Eva Mar", "Treasurer", "Valley Growers Union"))
WRAPPED_ALL = (("Name", "Title", "Organisation"),
               ("Ana Lima", "Chair", "Ministry of Intergovernmental Relations, Traditional Affairs, Rural Water"),
               ("Rui Sol", "Deputy Permanent Secretary for Intergovernmental Relations", "Dorvik Women's Cooperative"),
               ("Dr. Eva Maria Mar-Sol de la Cruz y Fernandez", "Treasurer", "Valley Growers Union"))


@pytest.mark.parametrize("rows", [WRAPPED_LAST, WRAPPED_MIDDLE], ids=["last-column", "middle-column"])
def test_a_word_processor_table_with_a_wrapped_justified_cell(tmp_path, rows):
    """A pipe table as the test helper draws it (top-aligned, justified, a wrapped cell)."""
    blocks = read_source(make_pdf(_pipe_table(rows), tmp_path / "t.pdf")).blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == rows and blocks[1].header and len(blocks[1].row_lines) == len(rows)
    assert blocks[2].text == "The meeting closed at noon."


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize("rows", [WRAPPED_LAST, WRAPPED_MIDDLE, WRAPPED_ALL], ids=["last", "middle", "each"])
def test_a_table_with_its_cells_aligned_top_middle_or_bottom(tmp_path, rows, v_align):
    """Middle or bottom alignment sets a short cell below its row's first line: it stays in its row."""
    blocks = read_source(_fpdf_table(tmp_path / "t.pdf", rows, v_align)).blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == rows and len(blocks[1].row_lines) == len(rows)


NAMES = ("Ana", "Rui", "Eva", "Ivo", "Lea", "Max", "Noa", "Oto", "Pia", "Rio")
LONG_TABLE = (("Name", "Title", "Organisation"),) + tuple(
    (f"{first} {last}", "Officer" if k % 3 else "Senior Programme Officer for Rural Women",
     "Farmers Union of the Northern Valley Districts")
    for k, (first, last) in enumerate((a, b) for a in NAMES for b in NAMES[:5]))


@pytest.mark.parametrize("repeat_headings", [1, 0], ids=["header-repeated", "header-once"])
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
def test_an_fpdf2_table_over_page_breaks_is_one_table(tmp_path, v_align, repeat_headings):
    path = _fpdf_table(tmp_path / "t.pdf", LONG_TABLE, v_align, repeat_headings, page_breaks=True)
    blocks = read_source(path).blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == LONG_TABLE and (blocks[1].page, blocks[2].page) == (1, 3)


def test_a_pipe_table_over_two_page_breaks_keeps_every_row(tmp_path):
    rows = (("Name", "Title", "Organisation"),) + tuple(
        (f"Person {k} Soto", "Senior Programme Officer for Interdepartmental Work" if k % 3 == 0 else "Officer",
         f"The Interdepartmental Telecommunications Board of Zone {k}") for k in range(60))
    source = read_source(make_pdf(_pipe_table(rows), tmp_path / "t.pdf"))
    assert [b.kind for b in source.blocks] == ["paragraph", "table", "paragraph"]
    assert source.blocks[1].rows == rows and source.blocks[2].page >= 3  # over two page breaks or more


# ------------------------------------------------------------------ hyphenation
@pytest.mark.parametrize("first, second", [("vio", "lence"), ("ser", "vices"), ("pro", "gramme"), ("par", "ticipants")])
def test_a_broken_word_is_joined(first, second):
    assert keep_hyphen(first, second) is False


@pytest.mark.parametrize("first, second", [
    ("decision", "makers"), ("women", "led"), ("community", "based"), ("long", "term"), ("district", "level"),
    ("well", "known"), ("self", "employed"), ("2024", "2030"), ("COVID", "19"), ("e", "mail"), ("Afro", "Caribbean"),
    ("cost", "effective"), ("sex", "disaggregated"), ("labour", "intensive"), ("bem", "estar"),
])
def test_a_compound_keeps_its_hyphen(first, second):
    assert keep_hyphen(first, second) is True


def test_the_document_decides_before_the_word_lists():
    assert keep_hyphen("rain", "fed") is False
    assert keep_hyphen("rain", "fed", document_words(["Rain-fed farms need water."])) is True
    assert keep_hyphen("women", "led", document_words(["the womenled cooperatives"])) is False


def test_join_lines_moves_the_rest_of_the_word_up():
    assert join_lines("access to public ser-", "vices. Several", ()) == ("access to public services.", "Several")
    assert join_lines("the decision-", "makers said", ()) == ("the decision-makers", "said")
    assert join_lines("the ser-", "vices", ()) == ("the services", "")
    assert join_lines("a new line-", "Participants:", ()) == ("a new line-", "Participants:")
    assert join_lines("no hyphen", "here", ()) == ("no hyphen", "here")


def test_rejoin_for_segment():
    assert rejoin("the well-", "known targets") == "the well-"
    assert rejoin("against vio-", "lence") == "against vio"
    assert rejoin("no hyphen", "here") is None
    texts = [b.text for b in segment([("They spoke of vio-", 1, None), ("lence and of well-", 2, None),
                                      ("known targets.", 3, None)])]
    assert texts == ["They spoke of violence and of well-known targets."]


# ------------------------------------------------------------------ pages and bad files
def test_pdf_pages(tmp_path):
    lines = ["Page one text.", "\f", "Page two first.", "- Page two bullet", "\f", "Page three."]
    source = read_source(make_pdf(lines, tmp_path / "three.pdf"))
    assert [(l.text, l.page, l.lineno) for l in source.blocks] == [
        ("Page one text.", 1, 1), ("Page two first.", 2, 2), ("Page two bullet", 2, 3), ("Page three.", 3, 4)
    ]


def test_pdf_page_number_footers_are_dropped(tmp_path):
    class Numbered(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 10, f"Page {self.page_no()} of 2", align="C")

    pdf = Numbered()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "The ministry said that the new programme", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 6, "reaches most rural women.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "footer.pdf"))
    lines = read_source(tmp_path / "footer.pdf").blocks
    assert [(l.text, l.page, l.lineno) for l in lines] == [
        ("The ministry said that the new programme reaches most rural women.", 1, 1)
    ]


def test_pdf_non_latin_text(tmp_path):
    source = read_source(make_pdf(["Réunion 1 avec l’Agence — Perú, Łódź, Ελλάδα."], tmp_path / "u.pdf"))
    assert source.blocks[0].text == "Réunion 1 avec l’Agence — Perú, Łódź, Ελλάδα."


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [b"%PDF-1.4 not really", b"plain words, no pdf at all"])
def test_corrupt_pdf(tmp_path, data):
    with pytest.raises(InputError, match=r"not a readable PDF \(.+\)"):
        read_source(write(tmp_path, "broken.pdf", data))


def test_truncated_pdf(tmp_path):
    good = make_pdf(["Some text here."], tmp_path / "good.pdf").read_bytes()
    with pytest.raises(InputError, match="not a readable PDF"):
        read_source(write(tmp_path, "half.pdf", good[: len(good) // 2]))


def test_pdf_without_text(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 80, 60)
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(InputError, match=r"PDF has no text layer \(scanned\?\)"):
        read_source(tmp_path / "scan.pdf")


def test_encrypted_pdf(tmp_path):
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="reader")
    pdf.add_page()
    pdf.set_font("Helvetica")
    pdf.cell(text="Locked text.")
    pdf.output(str(tmp_path / "locked.pdf"))
    with pytest.raises(InputError) as info:
        read_source(tmp_path / "locked.pdf")
    assert info.value.message == "encrypted PDF (a password is needed)"
    assert str(info.value) == f"{tmp_path / 'locked.pdf'}: encrypted PDF (a password is needed)"


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner")
    pdf.add_page()
    pdf.set_font("Helvetica")
    pdf.cell(text="Open text.")
    pdf.output(str(tmp_path / "open.pdf"))
    assert read_source(tmp_path / "open.pdf").blocks[0].text == "Open text."


def test_a_damaged_cross_reference_is_read_quietly(tmp_path, caplog, capfd):
    good = make_pdf(["Readable despite damage."], tmp_path / "good.pdf").read_bytes()
    cut = good.rfind(b"startxref")
    damaged = write(tmp_path, "damaged.pdf", good[:cut] + b"startxref\n12345\n%%EOF\n")
    with caplog.at_level(logging.DEBUG):
        source = read_source(damaged)
    assert source.blocks[0].text == "Readable despite damage."
    assert caplog.records == []
    out, err = capfd.readouterr()
    assert out == err == ""


def test_footnotes_default_to_empty_for_other_formats(tmp_path):
    path = write(tmp_path, "n.md", b"Participants:\n- UN Women\n")
    assert read_source(path).footnotes == []


@pytest.mark.parametrize("module", ["layout", "furniture", "hyphen", "pdftable", "pdf"])
def test_module_examples(module):
    import doctest
    import importlib

    failures, _ = doctest.testmod(importlib.import_module(f"consultkg.read.{module}"))
    assert failures == 0


def test_a_line_that_stops_on_an_honorific_runs_on():
    """No line ends on "Mr."; the name it opens is on the next line, however short the line is."""
    from consultkg.read.pdf import _wrapped
    prev = _line("Kenya Women Microfinance Bank (KWFT) - Mr.", 1, 700)
    assert _wrapped(prev, _line("Collins Otieno, Branch Manager", 1, 686), edge=500.0)
    assert not _wrapped(_line("Kenya Women Microfinance Bank (KWFT).", 1, 700), _line("Collins Otieno", 1, 686), edge=500.0)
