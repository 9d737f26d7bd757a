"""Tests of the DOCX reader (consultkg.read.docx): Word structure straight to blocks.

Documents are made here with python-docx (deterministic), some with WordprocessingML
written out by hand for what python-docx cannot make; ``fixtures/docx/`` holds one
saved by a word processor (see fixtures/README.md). Every text is invented.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from consultkg.read import read_source
from consultkg.read.docx import docx_blocks

FIXTURES = Path(__file__).parent / "fixtures" / "docx"
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')


def element(tag, children=(), text=None, **attrs):
    node = OxmlElement(tag)
    for key, value in attrs.items():
        node.set(qn("w:" + key), value)
    for child in children:
        node.append(child)
    if text is not None:
        node.text = text
    return node


def add_hyperlink(paragraph, text: str) -> None:
    run = element("w:r", [element("w:t", text=text)])
    paragraph._p.append(element("w:hyperlink", [run], anchor="portal"))


def shape(blocks):
    """What a block says, without the table fields."""
    return [(b.kind, b.level, b.number, b.text, b.lineno, b.page) for b in blocks]


def with_body(body: str, path: Path) -> Path:
    """A DOCX (python-docx's styles and numbering) whose body is the WordprocessingML ``body``."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = f"<w:document {NS}><w:body>{body}</w:body></w:document>".encode("utf-8")
            out.writestr(info, data)
    return path


def p(inner: str, ppr: str = "") -> str:
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>"


def r(text: str, rpr: str = "") -> str:
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}<w:t xml:space=\"preserve\">{text}</w:t></w:r>"


# ------------------------------------------------------------------ a record made with python-docx
def structured_record(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Harvest Fund Consultation Note", level=0)  # the Title style
    document.add_paragraph("12 March 2024")
    document.add_heading("Key Messages", level=1)
    para = document.add_paragraph(style="List Bullet")
    para.add_run("Cooperatives ")
    para.add_run("strongly supported").bold = True
    para.add_run(" the ")
    para.add_run("draft plan").italic = True
    para.add_run(".")
    document.add_paragraph("Seed banks need steady funding", style="List Bullet 2")
    document.add_heading("Meeting 1 with Cooperatives", level=2)
    document.add_paragraph("Participants:")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Name", "Position", "Institution"),
                                       ("Ms. Ilse Marwick", "Chair", "Greenvale Growers Union"),
                                       ("Mr. Tobias Ferrant", "Treasurer", "Northfield Seed Bank")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_page_break()
    document.add_heading("Comments", level=1)
    document.add_paragraph("Expand extension services", style="List Number")
    document.add_paragraph("Publish the storage survey", style="List Number")
    para = document.add_paragraph("Details are on the ")
    add_hyperlink(para, "fund portal")
    para.add_run(".")
    document.save(str(path))
    return path


def test_structured_record_becomes_blocks(tmp_path):
    source = read_source(structured_record(tmp_path / "note.docx"))
    blocks = source.blocks
    assert source.format == "docx"
    assert shape(blocks) == [
        ("heading", 1, None, "Harvest Fund Consultation Note", 1, 1),
        ("paragraph", None, None, "12 March 2024", 2, 1),
        ("heading", 1, None, "Key Messages", 3, 1),
        ("item", 1, None, "Cooperatives strongly supported the draft plan.", 4, 1),
        ("item", 2, None, "Seed banks need steady funding", 5, 1),
        ("heading", 2, None, "Meeting 1 with Cooperatives", 6, 1),
        ("paragraph", None, None, "Participants:", 7, 1),
        ("table", None, None, "", 8, 1),
        ("heading", 1, None, "Comments", 18, 2),  # 9 cell paragraphs and the page break's own
        ("item", 1, "1.", "Expand extension services", 19, 2),
        ("item", 1, "2.", "Publish the storage survey", 20, 2),
        ("paragraph", None, None, "Details are on the fund portal.", 21, 2),
    ]
    assert blocks[3].emphasis == ("strongly supported", "draft plan")
    assert blocks[3].bullet == 1 and blocks[9].bullet == "1." and blocks[0].heading == 1
    table = blocks[7]
    assert table.rows == (("Name", "Position", "Institution"),
                          ("Ms. Ilse Marwick", "Chair", "Greenvale Growers Union"),
                          ("Mr. Tobias Ferrant", "Treasurer", "Northfield Seed Bank"))
    assert table.header is True  # labels over names that have "." in them: the fallback rule
    assert table.row_lines == (8, 11, 14) and table.bullet is None
    assert blocks[-1].links == ("fund portal",)
    assert all(b.emphasis == () for b in blocks if b.kind == "heading")


def test_docx_blocks_is_deterministic_and_names_the_file(tmp_path):
    raw = structured_record(tmp_path / "note.docx").read_bytes()
    assert docx_blocks(raw, "note.docx") == docx_blocks(raw, "note.docx")
    from consultkg.errors import InputError

    with pytest.raises(InputError) as info:
        docx_blocks(raw[:200], "cut.docx")
    assert info.value.message.startswith("not a readable DOCX (") and "cut.docx" in str(info.value)


# ------------------------------------------------------------------ Word's automatic numbering
NUMBERING = """
<w:abstractNum {ns} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum {ns} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum {ns} w:abstractNumId="92">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
"""
NUMS = """
<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>
<w:num {ns} w:numId="91"><w:abstractNumId w:val="90"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num {ns} w:numId="92"><w:abstractNumId w:val="90"/></w:num>
<w:num {ns} w:numId="93"><w:abstractNumId w:val="91"/></w:num>
<w:num {ns} w:numId="94"><w:abstractNumId w:val="92"/></w:num>
"""


def test_word_numbering_is_computed(tmp_path):
    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for chunk in NUMBERING.format(ns=ns).split("</w:abstractNum>")[:-1]:
        first_num.addprevious(parse_xml(chunk + "</w:abstractNum>"))
    for chunk in NUMS.format(ns=ns).split("</w:num>")[:-1]:
        numbering.append(parse_xml(chunk + "</w:num>"))
    plan = [("90", 0), ("90", 1), ("90", 1), ("90", 2), ("90", 0), ("90", 1), ("91", 0), ("92", 0),
            ("93", 0), ("93", 1), ("93", 1), ("94", 0), ("94", 1), ("0", 0), ("999", 0)]
    for num_id, ilvl in plan:
        para = document.add_paragraph("Point about storage")
        para._p.get_or_add_pPr().append(element("w:numPr", [element("w:ilvl", val=str(ilvl)),
                                                            element("w:numId", val=num_id)]))
    document.save(str(tmp_path / "numbered.docx"))
    blocks = read_source(tmp_path / "numbered.docx").blocks
    assert [(b.kind, b.level, b.number) for b in blocks] == [
        ("item", 1, "3."), ("item", 2, "(a)"), ("item", 2, "(b)"), ("item", 3, "i)"),
        ("item", 1, "4."), ("item", 2, "(a)"),  # a new top-level item restarts the level below
        ("item", 1, "1."),  # startOverride: list 91 restarts the shared definition
        ("item", 1, "2."),  # list 92 shares it without an override: it continues
        ("item", 1, "I."), ("item", 2, "1.1"), ("item", 2, "1.2"),  # isLgl: the parent shown as decimal
        ("item", 1, None), ("item", 2, "A)"),  # a bullet has no number
        ("paragraph", None, None), ("paragraph", None, None),  # numId 0 and an undefined list: no numbering
    ]


def test_list_styles_without_digits_in_the_text_are_numbered(tmp_path):
    document = docx.Document()
    agenda = document.styles.add_style("Agenda Point", WD_STYLE_TYPE.PARAGRAPH)
    agenda.base_style = document.styles["List Number"]  # numbering inherited through basedOn
    for text in ("Open the session", "Hear the cooperatives", "Agree next steps"):
        document.add_paragraph(text, style="Agenda Point")
    document.add_paragraph("Nested by ilvl", style="List Bullet")._p.get_or_add_pPr().append(
        element("w:numPr", [element("w:ilvl", val="1"), element("w:numId", val="1")]))
    document.save(str(tmp_path / "agenda.docx"))
    blocks = read_source(tmp_path / "agenda.docx").blocks
    assert [(b.text, b.bullet) for b in blocks] == [
        ("Open the session", "1."), ("Hear the cooperatives", "2."), ("Agree next steps", "3."),
        ("Nested by ilvl", 2),  # a single-level bullet list indented to ilvl 1
    ]


# ------------------------------------------------------------------ styles
def test_heading_styles_resolved_by_name_id_base_and_outline_level(tmp_path):
    document = docx.Document()
    styles = document.styles
    styles.add_style("Titre 1", WD_STYLE_TYPE.PARAGRAPH)
    german = styles.add_style("Überschrift 2", WD_STYLE_TYPE.PARAGRAPH)
    german.element.set(qn("w:styleId"), "berschrift2")  # the id Word derives from the name
    styles.add_style("Título 3", WD_STYLE_TYPE.PARAGRAPH)
    styles.add_style("Meeting Heading", WD_STYLE_TYPE.PARAGRAPH).base_style = styles["Heading 2"]
    lead = styles.add_style("Lead In", WD_STYLE_TYPE.PARAGRAPH)
    lead.font.bold = True
    document.add_paragraph("Consultation en Casamance", style="Titre 1")
    document.add_paragraph("Treffen mit Verbänden", style="Überschrift 2")
    document.add_paragraph("Reunión con cooperativas", style="Título 3")
    document.add_paragraph("Meeting 2 with Seed Banks", style="Meeting Heading")
    outlined = document.add_paragraph("An outline-level heading")
    outlined._p.get_or_add_pPr().append(element("w:outlineLvl", val="2"))
    document.add_paragraph("Why the plan matters", style="Subtitle")
    weighty = document.add_paragraph(style="Lead In")
    weighty.add_run("Whole paragraph in a bold style, ")
    weighty.add_run("except this").bold = False
    plain = document.add_paragraph("Normal text with a ")
    plain.add_run("Strong").style = styles["Strong"]
    plain.add_run(" character style.")
    document.save(str(tmp_path / "styles.docx"))
    blocks = read_source(tmp_path / "styles.docx").blocks
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("heading", 1, "Consultation en Casamance"),
        ("heading", 2, "Treffen mit Verbänden"),
        ("heading", 3, "Reunión con cooperativas"),
        ("heading", 2, "Meeting 2 with Seed Banks"),
        ("heading", 3, "An outline-level heading"),
        ("paragraph", None, "Why the plan matters"),
        ("paragraph", None, "Whole paragraph in a bold style, except this"),
        ("paragraph", None, "Normal text with a Strong character style."),
    ]
    assert blocks[6].emphasis == ("Whole paragraph in a bold style,",)
    assert blocks[7].emphasis == ("Strong",)


# ------------------------------------------------------------------ text as Word keeps it
def test_text_as_word_shows_it(tmp_path):
    box = p(r("A note in a text box"))
    body = "".join([
        p('<w:r w:rsidR="00A1"><w:t>Minis</w:t></w:r><w:proofErr w:type="spellStart"/>'
          '<w:bookmarkStart w:id="0" w:name="x"/><w:r w:rsidR="00B2"><w:t xml:space="preserve">try of Agri</w:t></w:r>'
          '<w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/>' + r("culture and ") + r("Green", "<w:b/>")
          + r("vale", "<w:b/>") + r(" growers")),
        p("<w:smartTag w:uri='u' w:element='place'>" + r("Held in Port Elra") + "</w:smartTag>" + r(" on ")
          + "<w:sdt><w:sdtContent>" + r("5 May") + "</w:sdtContent></w:sdt>"
          + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + r(" Click here to enter text.")
          + "</w:sdtContent></w:sdt>" + r(".")),
        p('<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">' + r("7 June 2024") + "</w:fldSimple>"
          + r(", see ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          + '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/fund" </w:instrText></w:r>'
          + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("the fund site")
          + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r(" page ")
          + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
          + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r("done.")),
        p(r("Date:") + "<w:r><w:tab/></w:r>" + r("5 May 2024") + "<w:r><w:br/></w:r>" + r("Venue: Hall A")
          + "<w:r><w:br/></w:r>" + r("in the old market.")),
        p("<w:r><w:t>co</w:t><w:softHyphen/><w:t>operative of Tri</w:t><w:noBreakHyphen/>"
          "<w:t>County with\u00ad no\u00a0break</w:t></w:r>"),
        p(r("Anchor text") + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
          "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" + box
          + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
          "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + box
          + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"),
        p(r("The ") + "<w:del w:id='1'><w:r><w:delText>old </w:delText></w:r></w:del>"
          + "<w:ins w:id='2'>" + r("new ") + "</w:ins>" + r("plan")
          + r(" (hidden remark)", "<w:vanish/>")),
        p(r("Ministry of Water") + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
          '<w:footnoteReference w:id="1"/></w:r>' + r(" and the Council of Ghana") + r("2", '<w:vertAlign w:val="superscript"/>')
          + r(" met on the 1") + r("st", '<w:vertAlign w:val="superscript"/>') + r(".")),
        "<w:sdt><w:sdtContent>" + p(r("In a content control")) + "</w:sdtContent></w:sdt>",
        p(r("\u2022 Typed bullet")) + p(r("2) Typed number")) + p(r("\u25e6 Typed sub-bullet")),
        p(r("# not a heading, __not bold__ &amp;amp; &lt;b&gt;kept&lt;/b&gt;")),
    ])
    blocks = read_source(with_body(body, tmp_path / "word.docx")).blocks
    assert [(b.kind, b.text, b.lineno) for b in blocks] == [
        ("paragraph", "Ministry of Agriculture and Greenvale growers", 1),
        ("paragraph", "Held in Port Elra on 5 May.", 2),
        ("paragraph", "7 June 2024, see the fund site page done.", 3),
        ("paragraph", "Date: 5 May 2024", 4),  # a line break starts a line of the same paragraph
        ("paragraph", "Venue: Hall A in the old market.", 4),  # ... unless the next starts in lower case
        ("paragraph", "cooperative of Tri-County with no break", 5),
        ("paragraph", "Anchor text", 6),
        ("paragraph", "A note in a text box", 6),  # read once, though it is there twice
        ("paragraph", "The new plan", 7),
        ("paragraph", "Ministry of Water and the Council of Ghana met on the 1st.", 8),
        ("paragraph", "In a content control", 9),
        ("item", "Typed bullet", 10), ("item", "Typed number", 11), ("item", "Typed sub-bullet", 12),
        ("paragraph", "# not a heading, __not bold__ &amp; <b>kept</b>", 13),
    ]
    assert blocks[0].emphasis == ("Greenvale",)
    assert blocks[2].links == ("the fund site",)
    assert [(b.level, b.number) for b in blocks[11:14]] == [(1, None), (1, "2)"), (2, None)]


def test_line_break_in_a_list_item_is_a_space(tmp_path):
    document = docx.Document()
    para = document.add_paragraph("Valley Growers Union", style="List Bullet")
    para.add_run().add_break()
    para.add_run("Youth Wing")
    document.save(str(tmp_path / "br.docx"))
    assert [(b.text, b.bullet) for b in read_source(tmp_path / "br.docx").blocks] == [
        ("Valley Growers Union Youth Wing", 1)]


def test_lower_case_paragraph_carries_on_an_unfinished_one(tmp_path):
    document = docx.Document()
    document.add_paragraph("The union asked the fund to extend")
    document.add_paragraph("the programme to the northern districts.")
    document.add_paragraph("It agreed.")
    document.add_paragraph("and nothing joins a finished sentence.")
    document.save(str(tmp_path / "join.docx"))
    assert [(b.text, b.lineno) for b in read_source(tmp_path / "join.docx").blocks] == [
        ("The union asked the fund to extend the programme to the northern districts.", 1),
        ("It agreed.", 3), ("and nothing joins a finished sentence.", 4)]


# ------------------------------------------------------------------ pages
def test_page_breaks_tables_and_styles(tmp_path):
    document = docx.Document()
    document.add_heading("Consultation note", level=1)
    document.add_paragraph("Before the break.")
    document.add_page_break()
    para = document.add_paragraph("After the break, ")
    para.add_run("bold words").bold = True
    para.add_run(" and [brackets] *stars* & more.")
    document.add_paragraph("Item one", style="List Number")
    document.add_paragraph("Item two", style="List Number")
    document.add_paragraph("Nested", style="List Bullet 2")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cell A"
    table.cell(0, 1).text = "Cell B"
    path = tmp_path / "styled.docx"
    document.save(str(path))
    lines = read_source(path).blocks
    assert [(l.text, l.page, l.bullet, l.heading, l.kind) for l in lines] == [
        ("Consultation note", 1, None, 1, "heading"),
        ("Before the break.", 1, None, None, "paragraph"),
        ("After the break, bold words and [brackets] *stars* & more.", 2, None, None, "paragraph"),
        ("Item one", 2, "1.", None, "item"),
        ("Item two", 2, "2.", None, "item"),
        ("Nested", 2, 2, None, "item"),
        ("", 2, None, None, "table"),
    ]
    assert lines[-1].rows == (("Cell A", "Cell B"),) and lines[-1].header is False
    assert lines[2].emphasis == ("bold words",)
    assert lines[2].lineno == 4  # the page-break paragraph counts as a line


def test_rendered_page_break_after_explicit_one_is_not_counted_twice(tmp_path):
    document = docx.Document()
    document.add_paragraph("First page.")
    document.add_page_break()
    second = document.add_paragraph()
    second.add_run()._r.append(OxmlElement("w:lastRenderedPageBreak"))
    second.add_run("Second page.")
    third = document.add_paragraph()
    third.add_run("Still second, ")
    third.add_run()._r.append(OxmlElement("w:lastRenderedPageBreak"))
    third.add_run("flowing onto the third.")
    document.add_paragraph("Third page.")
    path = tmp_path / "rendered.docx"
    document.save(str(path))
    assert [l.page for l in read_source(path).blocks] == [1, 2, 2, 3]


def test_page_break_before_and_section_breaks(tmp_path):
    section = '<w:sectPr><w:type w:val="{}"/></w:sectPr>'
    body = "".join([
        p(r("Page one."), '<w:pageBreakBefore/>'),  # at the very start it opens no new page
        p(r("Page two."), '<w:pageBreakBefore/>'),
        p(r("Ends a section."), section.format("continuous")),  # a section's type says how it starts
        p(r("Page three, after a section break."), section.format("nextPage")),
        p(r("Still page three: the next section is continuous.")),
        p(r("Heading styles may break pages too."), '<w:pStyle w:val="BreakingHeading"/>'),
        section.format("continuous"),
    ])
    path = with_body(body, tmp_path / "sections.docx")
    # add a paragraph style with pageBreakBefore to the styles part
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                data = data.replace(b"</w:styles>", b'<w:style w:type="paragraph" w:styleId="BreakingHeading">'
                                    b'<w:name w:val="Breaking Heading"/><w:pPr><w:pageBreakBefore/></w:pPr>'
                                    b"</w:style></w:styles>")
            out.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    assert [(b.text[:14], b.page) for b in read_source(path).blocks] == [
        ("Page one.", 1), ("Page two.", 2), ("Ends a section", 2), ("Page three, af", 3),
        ("Still page thr", 3), ("Heading styles", 4)]


# ------------------------------------------------------------------ tables
def participants(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    return table


PEOPLE = [("Name", "Position", "Institution"),
          ("Dr. Anouk Servaes", "Senior Fellow", "Institute of Rural Studies"),
          ("Mr. Kofi Adjeman", "Director, Gender Unit", "Coastal Polytechnic")]


def test_header_row_rules(tmp_path):
    document = docx.Document()
    marked = participants(document, [("Ana Ruiz", "Chair"), ("Luis Pardo", "Member")])
    marked.rows[0]._tr.get_or_add_trPr().append(element("w:tblHeader"))
    document.add_paragraph("Between tables.")
    bold = participants(document, [("Ana Ruiz", "Chair"), ("Luis Pardo", "Member")])
    for cell in bold.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
    document.add_paragraph("Between tables.")
    participants(document, PEOPLE)  # labels over longer cells: the fallback
    document.add_paragraph("Between tables.")
    participants(document, [("Ana Ruiz", "Chair"), ("Luis Pardo", "Member")])  # nothing says header
    document.add_paragraph("Between tables.")
    participants(document, [("Dr. Ana Ruiz", "Chair, Board"), ("Luis Pardo", "Member")])  # a person first
    document.add_paragraph("Between tables.")
    styled = participants(document, [("Ana Ruiz", "Chair"), ("Luis Pardo", "Member")])
    styled.style = document.styles["Light List Accent 1"]  # its first row is bold, and tblLook turns it on
    document.save(str(tmp_path / "headers.docx"))
    tables = [b for b in read_source(tmp_path / "headers.docx").blocks if b.kind == "table"]
    assert [t.header for t in tables] == [True, True, True, False, False, True]
    assert tables[2].rows == tuple(PEOPLE)
    assert tables[1].emphasis == ("Ana Ruiz", "Chair")


def test_merged_nested_empty_and_layout_tables(tmp_path):
    document = docx.Document()
    table = participants(document, [("Name", "Position", "Institution"),
                                    ("Ms. Rana Okoye", "Chair", "Delta Growers Union"),
                                    ("Mr. Femi Ladipo", "Treasurer", ""),
                                    ("", "", ""),
                                    ("Joint note", "", "")])
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge: one institution for two people
    table.cell(4, 0).merge(table.cell(4, 2))  # horizontal merge
    inner = table.cell(3, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Nested A"
    inner.cell(0, 1).text = "Nested B"
    layout = document.add_table(rows=2, cols=1)
    layout.cell(0, 0).paragraphs[0].text = "Boxed Heading"
    layout.cell(0, 0).paragraphs[0].style = document.styles["Heading 2"]
    layout.cell(1, 0).paragraphs[0].text = "A boxed bullet"
    layout.cell(1, 0).paragraphs[0].style = document.styles["List Bullet"]
    document.save(str(tmp_path / "merged.docx"))
    blocks = read_source(tmp_path / "merged.docx").blocks
    assert [(b.kind, b.text) for b in blocks] == [("table", ""), ("heading", "Boxed Heading"), ("item", "A boxed bullet")]
    assert blocks[0].rows == (
        ("Name", "Position", "Institution"),
        ("Ms. Rana Okoye", "Chair", "Delta Growers Union"),
        ("Mr. Femi Ladipo", "Treasurer", "Delta Growers Union"),
        ("", "Nested A Nested B", ""),
        ("Joint note", "", ""),
    )
    assert blocks[0].header is True
    first_lines = blocks[0].row_lines
    assert first_lines[0] == blocks[0].lineno == 1 and list(first_lines) == sorted(first_lines)
    assert blocks[1].lineno > first_lines[-1]


# ------------------------------------------------------------------ saved by a word processor
def test_record_saved_by_a_word_processor():
    """fixtures/docx/libreoffice-record.docx: written by LibreOffice (see fixtures/README.md)."""
    blocks = read_source(FIXTURES / "libreoffice-record.docx").blocks
    headings = [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert headings == [
        (1, "Coastal Fisheries Consultation Summary"),
        (1, "Key Messages"),
        (2, "Meeting 1 with Fisher Cooperatives"),
        (2, "Meeting 2 with Market Traders"),
    ]
    items = [(b.level, b.number, b.text) for b in blocks if b.kind == "item"]
    assert items == [
        (1, None, "Fisher cooperatives strongly welcomed the draft strategy."),
        (1, None, "Cold storage remains out of reach for women traders."),
        (2, None, "Solar freezers were proposed by two groups."),
        (1, "1.", "Map landing sites used by women processors"),
        (1, "2.", "Fund a pilot for shared cold rooms"),
        (2, "a.", "one in each district"),
        (1, "3.", "Report back within six months"),
    ]
    welcomed = next(b for b in blocks if b.text.startswith("Fisher cooperatives"))
    assert welcomed.emphasis == ("strongly welcomed",)
    table = next(b for b in blocks if b.kind == "table")
    assert table.header is True
    assert table.rows == (
        ("Name", "Position", "Organisation"),
        ("Ms. Halima Oduya", "Chair", "Lakeshore Fisherwomen Cooperative"),
        ("Mr. Joaquim Benet", "Secretary", "Port Selva Traders Association"),
    )
    assert (blocks[0].kind, blocks[0].text, blocks[0].page) == ("paragraph", "#InventedTag", 1)
    assert max(b.page for b in blocks) == 2  # the second meeting starts on a new page
    assert next(b for b in blocks if b.text.startswith("Traders")).emphasis == ("mixed views",)


def test_record_with_fields_notes_and_merged_cells_saved_by_a_word_processor():
    """fixtures/docx/libreoffice-fields.docx: LibreOffice's DOCX of an invented Spanish record with a
    Title, a DATE field, a footnote, a tracked deletion, a soft hyphen, a bookmark, merged cells."""
    blocks = read_source(FIXTURES / "libreoffice-fields.docx").blocks
    assert [(b.kind, b.level, b.number, b.text, b.page) for b in blocks if b.kind != "table"] == [
        ("heading", 1, None, "Resumen de la consulta con cooperativas del valle", 1),  # the Title style
        ("paragraph", None, None, "Fecha: 6/3/24", 1),  # the field's result as the word processor wrote it
        ("paragraph", None, None, "Lugar: Casa Comunal de Valdeluz", 1),  # after a line break
        ("heading", 1, None, "Mensajes clave", 1),
        ("item", 1, None, "Las cooperativas respaldaron con firmeza el borrador de la estrategia.", 1),
        ("item", 1, None, "Se pidió un plan de crédito para mujeres rurales.", 1),  # deletion dropped
        ("heading", 2, None, "Reunión 1 con cooperativas", 1),
        ("paragraph", None, None, "Participantes:", 1),
        ("paragraph", None, None, "Acuerdos:", 1),
        ("item", 1, "1.", "Levantar un mapa de los puntos de acopio", 1),
        ("item", 1, "2.", "Financiar un fondo rotatorio", 1),
        ("item", 2, "(a)", "con cuotas bajas", 1),
        ("item", 2, "(b)", "con plazos de gracia", 1),
        ("item", 1, "3.", "Informar en seis meses", 1),
        ("heading", 2, None, "Reunión 2 con comerciantes", 2),
        ("paragraph", None, None, "Los comerciantes expresaron opiniones divididas sobre la tasa.", 2),
    ]
    assert not any("Nota al pie" in b.text for b in blocks)  # footnote text stays out of the body
    assert blocks[4].emphasis == ("respaldaron con firmeza",)
    assert [b.lineno for b in blocks[1:3]] == [2, 2]
    table = next(b for b in blocks if b.kind == "table")
    assert table.header is True  # w:tblHeader
    assert table.rows == (
        ("Nombre", "Cargo", "Organización"),
        ("Sra. Marisol Quintero", "Presidenta", "Cooperativa Agraria Valdeluz"),
        ("Sr. Anselmo Riquelme", "Tesorero", "Cooperativa Agraria Valdeluz"),  # a vertically merged cell
        ("Observadora: Red de Mujeres del Valle", "", ""),  # one cell across three columns
    )
    assert table.row_lines == (8, 11, 14, 17)


def test_text_boxes_inside_text_boxes_are_read_once(tmp_path):
    def boxed(inner: str) -> str:
        return f"<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"

    body = p(r("Anchor") + boxed(p(r("Outer box") + boxed(p(r("Inner box")))))) + p(r("After"))
    blocks = read_source(with_body(body, tmp_path / "boxes.docx")).blocks
    assert [(b.text, b.lineno) for b in blocks] == [("Anchor", 1), ("Outer box", 1), ("Inner box", 1), ("After", 2)]


def test_footnotes_and_endnotes_are_kept_apart(tmp_path):
    body = (p(r("The Ministry of Water") + '<w:r><w:footnoteReference w:id="5"/></w:r>' + r(" and the council")
              + '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="6"/><w:t>*</w:t></w:r>' + r(" met."))
            + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
            + p(r("A later point") + '<w:r><w:footnoteReference w:id="7"/></w:r>'
                + '<w:r><w:endnoteReference w:id="2"/></w:r>' + r(".")))
    path = with_body(body, tmp_path / "notes.docx")
    note = '<w:{0} w:id="{1}"><w:p><w:r><w:{0}Ref/></w:r><w:r><w:t xml:space="preserve"> {2}</w:t></w:r></w:p></w:{0}>'
    bold_note = ('<w:footnote w:id="6"><w:p><w:r><w:footnoteRef/></w:r>' + r(" Through its ")
                 + r("Youth Fund", "<w:b/>") + "</w:p></w:footnote>")
    footnotes = "".join([note.format("footnote", "-1", "separator"), note.format("footnote", "5", "Formerly the Water Board."),
                         bold_note, note.format("footnote", "7", "See the 2023 Rural Credit Facility (RCF) report.")])
    endnotes = note.format("endnote", "2", "An endnote.")
    rels = ('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
            'Target="footnotes.xml"/><Relationship Id="rIdE" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            out.writestr(info, data)
        out.writestr("word/footnotes.xml", f"<w:footnotes {NS}>{footnotes}</w:footnotes>")
        out.writestr("word/endnotes.xml", f"<w:endnotes {NS}>{endnotes}</w:endnotes>")
    path.write_bytes(buffer.getvalue())
    source = read_source(path)
    assert [(b.text, b.lineno, b.page) for b in source.blocks] == [
        ("The Ministry of Water and the council met.", 1, 1), ("A later point.", 3, 2)]
    assert [(b.number, b.text, b.lineno, b.page, b.kind) for b in source.footnotes] == [
        ("1", "Formerly the Water Board.", 1, 1, "paragraph"),
        ("*", "Through its Youth Fund", 1, 1, "paragraph"),
        ("2", "See the 2023 Rural Credit Facility (RCF) report.", 3, 2, "paragraph"),
        ("i", "An endnote.", 3, 2, "paragraph"),
    ]
    assert source.footnotes[1].emphasis == ("Youth Fund",)
    assert read_source(FIXTURES / "libreoffice-fields.docx").footnotes[0].text == "Nota al pie que no es parte del texto."


def test_a_record_pasted_onto_one_paragraph_is_split_like_the_text(tmp_path):
    from tests.test_segment import ONE_LINE

    document = docx.Document()
    document.add_paragraph(ONE_LINE)
    document.add_paragraph("A short closing line.")
    document.save(str(tmp_path / "pasted.docx"))
    (tmp_path / "pasted.txt").write_text(ONE_LINE + "\n\nA short closing line.\n", encoding="utf-8")
    as_docx = read_source(tmp_path / "pasted.docx").blocks
    as_text = read_source(tmp_path / "pasted.txt").blocks
    assert [(b.text, b.bullet, b.heading) for b in as_docx] == [(b.text, b.bullet, b.heading) for b in as_text]
    assert len(as_docx) > 10 and {b.lineno for b in as_docx} == {1, 2}


def test_strict_open_xml_is_read(tmp_path):
    """Word's "Strict Open XML Document" uses other namespaces and relationship types."""
    buffer = io.BytesIO()
    structured_record(tmp_path / "note.docx")
    with zipfile.ZipFile(tmp_path / "note.docx") as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            data = data.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                b"http://purl.oclc.org/ooxml/wordprocessingml/main")
            data = data.replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                b"http://purl.oclc.org/ooxml/officeDocument/relationships")
            out.writestr(info, data)
    (tmp_path / "strict.docx").write_bytes(buffer.getvalue())
    assert read_source(tmp_path / "strict.docx").blocks == read_source(tmp_path / "note.docx").blocks


def test_tables_of_contents_are_skipped_but_their_paragraphs_count(tmp_path):
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" '
             '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    gallery = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
               '<w:sdtContent>{}</w:sdtContent></w:sdt>')
    body = (p(begin + r("Key Messages\t2")) + p(r("Meeting 1 with Cooperatives\t3") + end)
            + gallery.format(p(r("Contents")) + p(r("Key Messages 2")))
            + p(r("Key Messages"), '<w:pStyle w:val="Heading1"/>'))
    blocks = read_source(with_body(body, tmp_path / "toc.docx")).blocks
    assert [(b.kind, b.text, b.lineno) for b in blocks] == [("heading", "Key Messages", 5)]


def test_signatures_side_by_side_in_a_one_row_table_are_read_as_blocks(tmp_path):
    """A table of one row whose cells each hold a signature (name, post, organisation) is layout."""
    document = docx.Document()
    document.add_paragraph("Yours faithfully,")
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (("Hon. Ana Lima", "Chairperson", "Farmers Union of Dorvik"),
                                                  ("Ms. Eva Mar", "Executive Director", "Valley Growers Union"))):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    two_rows = document.add_table(rows=2, cols=2)  # a data table stays a table
    for row, cells in zip(two_rows.rows, (("Name", "Organisation"), ("Rui Sol", "Ministry of Water"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    path = tmp_path / "letter.docx"
    document.save(path)
    blocks = read_source(path).blocks
    assert [b.text for b in blocks[1:7]] == ["Hon. Ana Lima", "Chairperson", "Farmers Union of Dorvik",
                                            "Ms. Eva Mar", "Executive Director", "Valley Growers Union"]
    assert blocks[-1].kind == "table" and blocks[-1].rows[-1] == ("Rui Sol", "Ministry of Water")
