#!/usr/bin/env python3
"""Make docs/zz-suva-dialogue-en.docx: readout of a hybrid dialogue with Pacific women parliamentarians.

    ../.venv-make/bin/python make_suva_docx.py [OUT.docx]

Layout: no heading styles at all, only bold lines; a snapshot line block; three take-aways
as Word-numbered paragraphs; the programme as a table (Time | Session | Speaker); the
exchange as speaker-attributed paragraphs; the delegations ("Country: organisation (names)")
only at the end. Fixed metadata and zip timestamps.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_common import save_reproducible  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zz-suva-dialogue-en.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", style=None, bold=False, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
    return p


def lead(label, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(text)
    return p


para("READOUT", bold=True)
para("Pacific Women Parliamentarians' Dialogue on the World Bank Group Gender Strategy 2024-2030", bold=True)
lead("When: ", "Thursday, 30 November 2023, 10:00-12:00 (Fiji time)")
lead("Where: ", "World Bank Office, Suva, Fiji — hybrid, with members joining online from Apia, Nuku'alofa and Honiara")
lead("Format: ", "closed-door dialogue under the Chatham House rule, except for the opening remarks")
lead("Audience: ", "women members of Pacific parliaments, with regional organisations as resource persons")

para("Three things we took away", bold=True)
for parts in [
    [("Members ", False), ("strongly welcomed the draft strategy", True),
     (" and offered to champion it in their parliaments, including through budget committees.", False)],
    [("Reserved seats and other temporary special measures work", True),
     (", but women who win them face abuse online and offline that drives many from politics after one term.", False)],
    [("Without gender statistics for small island states", True),
     (", parliaments cannot hold governments to account on the strategy's targets.", False)],
]:
    p = doc.add_paragraph(style="List Number")
    for t, b in parts:
        p.add_run(t).bold = b

para("How the session ran", bold=True)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Time", "Session", "Speaker"]):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for row in [("10:00", "Welcome and purpose of the dialogue", "World Bank Pacific Country Director's office"),
            ("10:10", "The draft strategy in brief", "World Bank Gender Group"),
            ("10:30", "Regional commitments on gender equality", "Ms. Salote Naivalu Cakau, Gender Adviser, Pacific Islands Forum Secretariat"),
            ("10:45", "Open exchange with members", "Moderated by UN Women (Ms. Priya Lata Chand, Programme Specialist)"),
            ("11:50", "Closing", "World Bank")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v

para("The exchange", bold=True)
para("Hon. Losana Vakaloloma Tuilau (Fiji) opened the discussion by saying the strategy's third objective, on women "
     "as leaders, \"is the one we have been waiting for\". She described how few women stand for election outside "
     "the main towns and asked the Bank to fund training for women candidates and for the staff of political "
     "parties.")
para("Hon. Fa'amoana Leota Sapolu (Samoa) explained how the constitutional guarantee of a minimum of ten percent of "
     "seats for women had changed the culture of the Legislative Assembly. She warned, however, that women members "
     "are now the main targets of abuse on social media, and that some had stopped posting altogether.")
para("Hon. Mele Tu'ipulotu Fifita (Tonga) described the work of the Legislative Assembly's finance committee to "
     "introduce gender-responsive budgeting, and asked whether the Bank could help ministries of finance in the "
     "region tag expenditure that benefits women.")
para("Hon. Rose Kalena Tovosia (Solomon Islands) said that the Family Protection Act 2014 is still barely "
     "implemented outside Honiara, where survivors of domestic violence must travel for days to reach a police "
     "post or a safe house. She also noted that women displaced by cyclones lose their market stalls and savings.")
para("Ms. Cakau recalled the commitments of the Revitalised Pacific Leaders Gender Equality Declaration adopted by "
     "Forum leaders, and said that the Pacific Islands Forum Secretariat and the Pacific Community (SPC) are "
     "working on a regional set of gender statistics so that progress can be measured country by country. "
     "Ms. Chand described UN Women's support to women candidates under the Pacific Women Lead programme and "
     "invited the Bank to coordinate with it. An observer from the Fiji Women's Rights Movement (FWRM) asked that "
     "the Bank also consult women's organisations, which often draft the bills that women members table.")

para("Delegations", bold=True)
for line in ["Fiji: Parliament of the Republic of Fiji (Hon. Losana Vakaloloma Tuilau, Member of Parliament)",
             "Samoa: Legislative Assembly of Samoa (Hon. Fa'amoana Leota Sapolu, Member of Parliament)",
             "Tonga: Legislative Assembly of Tonga (Hon. Mele Tu'ipulotu Fifita, Member of the Legislative Assembly)",
             "Solomon Islands: National Parliament of Solomon Islands (Hon. Rose Kalena Tovosia, Member of Parliament)",
             "Regional: Pacific Islands Forum Secretariat; Pacific Community (SPC); UN Women Fiji Multi-Country Office",
             "Observer: Fiji Women's Rights Movement (FWRM)"]:
    para(line, "List Bullet")

para("Readout prepared by the World Bank Suva office, 4 December 2023. Not for attribution.", italic=True)

save_reproducible(doc, OUT, datetime.datetime(2023, 12, 4, 9, 0, 0), "Readout - Pacific Women Parliamentarians' Dialogue",
                  author="World Bank Suva office")
print(f"wrote {OUT}")
