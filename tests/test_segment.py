"""Tests of consultkg.segment: physical lines to logical lines.

All fixture texts here are invented; the sample record is only read from data/.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path


from consultkg.read.segment import clean_inline, segment, split_long_line

SAMPLE = Path(__file__).parents[1] / "data" / "lima-peru-government.md"


def seg(text: str, **kwargs):
    """Segment a block of text given as one string (line numbers from 1)."""
    return segment([(t, i, None) for i, t in enumerate(text.split("\n"), start=1)], **kwargs)


def texts(lines):
    return [line.text for line in lines]


# ------------------------------------------------------------------ Markdown cleanup
def test_bold_and_italic_are_text_and_recorded_as_emphasis():
    (line,) = seg("The board **fully backed the plan** and _asked_ for __more data__ on *rural* co-ops.")
    assert line.text == "The board fully backed the plan and asked for more data on rural co-ops."
    assert line.emphasis == ("fully backed the plan", "asked", "more data", "rural")


def test_intraword_underscores_and_lone_stars_are_kept():
    (line,) = seg("See file_name_v2 and 5 * 3 = 15")
    assert line.text == "See file_name_v2 and 5 * 3 = 15"
    assert line.emphasis == ()


def test_links_become_their_text_and_are_recorded():
    (line,) = seg(r"Backed by the [Fund for Fair Harvests \(FFH\)](#) and [the portal](https://x.org/a_(b)).")
    assert line.text == "Backed by the Fund for Fair Harvests (FFH) and the portal."
    assert line.links == ("Fund for Fair Harvests (FFH)", "the portal")


def test_backslash_escapes_and_entities():
    (line,) = seg(r"Costs \(2022\) rose \*sharply\* \[est.\] \#1 \_draft\_ &amp; &eacute;t&eacute;")
    assert line.text == "Costs (2022) rose *sharply* [est.] #1 _draft_ & été"
    assert line.emphasis == ()


def test_headings_have_levels_but_hashtags_are_text():
    lines = seg("#FairHarvest\n\n## Notes from **Ruritania**\n\n###### Deep\n\n#2 in the list")
    assert [(l.text, l.heading) for l in lines] == [
        ("#FairHarvest", None),
        ("Notes from Ruritania", 2),
        ("Deep", 6),
        ("#2 in the list", None),
    ]
    assert lines[1].emphasis == ("Ruritania",)


def test_setext_underlines_and_rules():
    lines = seg("Big title\n=========\n\nSmaller\n-------\n\n---\n\nBody.")
    assert [(l.text, l.heading) for l in lines] == [("Big title", 1), ("Smaller", 2), ("Body.", None)]


def test_clean_inline_collects_in_order():
    result = clean_inline("**A** then [*B*](#) then _C_")
    assert result.text == "A then B then C"
    assert result.emphasis == ["A", "B", "C"]
    assert result.links == ["B"]


# ------------------------------------------------------------------ bullets
def test_bullet_glyphs_are_level_one():
    lines = seg("- dash item\n* star item\n• dot item\n● big dot\n– en dash item")
    assert [(l.text, l.bullet) for l in lines] == [
        ("dash item", 1), ("star item", 1), ("dot item", 1), ("big dot", 1), ("en dash item", 1)
    ]


def test_stray_single_space_does_not_nest():
    lines = seg("Participants:\n\n- Harbour Authority\n- Fishers' League\n - The group welcomed the plan.\n - Key themes were nets.")
    assert [l.bullet for l in lines] == [None, 1, 1, 1, 1]


def test_sub_bullets_by_glyph_and_indent():
    lines = seg("- Top one\n  o Sub by letter o\n  ◦ Sub by circle\n    - Sub by indent\n- Top two\n▪ square under top")
    assert [(l.text, l.bullet) for l in lines] == [
        ("Top one", 1), ("Sub by letter o", 2), ("Sub by circle", 2),
        ("Sub by indent", 2), ("Top two", 1), ("square under top", 2),
    ]


def test_indented_list_after_prose_starts_at_level_one():
    lines = seg("Intro text.\n\n    - first\n    - second\n      - nested")
    assert [l.bullet for l in lines] == [None, 1, 1, 2]


def test_letter_o_without_a_list_is_text():
    lines = seg("Notes.\n\no Ministerio lo dijo")
    assert [(l.text, l.bullet) for l in lines] == [("Notes.", None), ("o Ministerio lo dijo", None)]


def test_numbered_items_keep_their_marker():
    lines = seg("1. Fund clinics\n2) Train staff\n(3) Track results\na) Lettered\n(b) Also lettered\n2023. Not an item")
    assert [(l.text, l.bullet) for l in lines] == [
        ("Fund clinics", "1."), ("Train staff", "2)"), ("Track results", "(3)"),
        ("Lettered", "a)"), ("Also lettered", "(b)"), ("2023. Not an item", None),
    ]


def test_dash_needs_a_space_to_be_a_bullet():
    assert seg("-5% on last year.")[0].bullet is None


# ------------------------------------------------------------------ banners, blanks, numbers
def test_banners_are_removed_wherever_they_appear():
    text = (
        "Public Disclosure Authorized\nPublic Disclosure Authorized\n\nOverview of the visit.\n"
        "FOR OFFICIAL USE ONLY\n- The council Public Disclosure Authorized agreed.\nPublic Disclosure Authorised"
    )
    assert texts(seg(text)) == ["Overview of the visit.", "The council agreed."]


def test_blank_runs_dropped_and_line_numbers_are_physical():
    lines = seg("\n\nFirst.\n\n\n\n\nSecond.\n \t \nThird.")
    assert [(l.text, l.lineno) for l in lines] == [("First.", 3), ("Second.", 8), ("Third.", 10)]


def test_pages_are_carried():
    lines = segment([("One.", 1, 1), ("Two.", 2, 2)])
    assert [l.page for l in lines] == [1, 2]


# ------------------------------------------------------------------ joining
def test_broken_bullet_continues_after_blank_lines():
    text = (
        "- The agency, while not leading on water policy\n\n\n"
        "(which belongs to the Water Board), offered support.\n\n- Next point."
    )
    lines = seg(text)
    assert texts(lines) == [
        "The agency, while not leading on water policy (which belongs to the Water Board), offered support.",
        "Next point.",
    ]
    assert (lines[0].lineno, lines[0].bullet) == (1, 1)


def test_lowercase_start_continues_an_unfinished_line():
    assert texts(seg("The delegates discussed\n\nseveral pending reforms.")) == [
        "The delegates discussed several pending reforms."
    ]


def test_finished_lines_and_headings_are_not_continued():
    lines = seg("All agreed.\n\nthen a new note\n\nMISSION OVERVIEW\n\n(in brief)")
    assert texts(lines) == ["All agreed.", "then a new note", "MISSION OVERVIEW", "(in brief)"]


def test_emphasis_across_a_broken_line():
    (line,) = seg("- A **strong call for\n\nmore shelters** was made.")
    assert line.text == "A strong call for more shelters was made."
    assert line.emphasis == ("strong call for more shelters",)


PDF_LIKE = """\
#FairHarvest
THE HARVEST FUND CONSULTATION ON ITS NEW STRATEGY FOR THE DRYLANDS
FEEDBACK NOTE
May 2-4, 2024
MISSION OVERVIEW
Between May 2 and 4, 2024, the Harvest Fund held a series of meetings with
cooperatives, district officials and lenders in Ruritania about the draft
strategy. These meetings aimed to hear views, test priorities, and find
Partners for joint work across the drylands and the river valley districts.
KEY MESSAGES
• Cooperatives endorsed the draft priorities, stressing the need to open
Markets and storage for women farmers in remote districts and the valleys.
• Lenders asked for better data.
Meeting 1 with District Officials
Participants:
• Officials of the Drylands District Office, Ministry of Agriculture and
Irrigation, including Ms. Ana Torres, Director of Extension
• The officials offered their full support."""


def test_pdf_wrapped_lines_are_joined_into_paragraphs_and_bullets():
    lines = seg(PDF_LIKE)
    assert texts(lines) == [
        "#FairHarvest",
        "THE HARVEST FUND CONSULTATION ON ITS NEW STRATEGY FOR THE DRYLANDS FEEDBACK NOTE",
        "May 2-4, 2024",
        "MISSION OVERVIEW",
        "Between May 2 and 4, 2024, the Harvest Fund held a series of meetings with cooperatives, "
        "district officials and lenders in Ruritania about the draft strategy. These meetings aimed to "
        "hear views, test priorities, and find Partners for joint work across the drylands and the river "
        "valley districts.",
        "KEY MESSAGES",
        "Cooperatives endorsed the draft priorities, stressing the need to open Markets and storage for "
        "women farmers in remote districts and the valleys.",
        "Lenders asked for better data.",
        "Meeting 1 with District Officials",
        "Participants:",
        "Officials of the Drylands District Office, Ministry of Agriculture and Irrigation, including "
        "Ms. Ana Torres, Director of Extension",
        "The officials offered their full support.",
    ]
    assert [l.bullet for l in lines][6:] == [1, 1, None, None, 1, 1]


def test_full_width_sentence_end_joins_only_when_paragraph_gaps_are_known():
    text = (
        "The fund met cooperatives and district officials in the two dry provinces.\n"
        "They asked for storage, credit and water points for women in the valleys.\n"
        "\n"
        "A second paragraph."
    )
    assert len(seg(text)) == 3
    assert texts(seg(text, wrapped=True)) == [
        "The fund met cooperatives and district officials in the two dry provinces. "
        "They asked for storage, credit and water points for women in the valleys.",
        "A second paragraph.",
    ]


def test_wrapped_false_never_joins_by_width():
    text = "A long paragraph that does not end with any punctuation mark at all here\nNext Paragraph Starts"
    assert len(seg(text, wrapped=False)) == 2
    assert len(seg(text)) == 1


def test_hyphen_at_a_wrap_joins_without_space():
    text = "The meeting covered the strategy for the years 2024-\n2030 and the well-\nknown targets."
    assert texts(seg(text)) == ["The meeting covered the strategy for the years 2024-2030 and the well-known targets."]


# ------------------------------------------------------------------ one-line records
ONE_LINE = (
    "#FairHarvest THE HARVEST FUND DRYLANDS STRATEGY CONSULTATION FEEDBACK NOTE May 2-4, 2024 Dorvik, "
    "Ruritania Farmer Organisations MISSION OVERVIEW Between May 2 and 4, 2024, the Harvest Fund met "
    "farmer groups about its draft strategy. KEY MESSAGES AND FEEDBACK • Groups endorsed the draft. "
    "• Storage is scarce in the dry season. MEETING TAKEAWAYS Takeaways from the meetings included the "
    "following: Meeting 1 with Cooperatives Participants: • Dorvik Women's Cooperative (DWC) "
    "• Valley Growers Union • The participants offered their strong support. Meeting with Members of "
    "the Drylands Lenders Forum (DLF) Participants: • Northern Savings Bank • Key themes of the "
    "discussion included credit. Suggestions and Insights: 1. Map storage needs 2. Train women as "
    "extension agents 3. Publish progress yearly"
)


def test_single_line_record_is_split():
    lines = seg(ONE_LINE)
    assert [(l.text, l.bullet) for l in lines] == [
        ("#FairHarvest", None),
        ("THE HARVEST FUND DRYLANDS STRATEGY CONSULTATION FEEDBACK NOTE May 2-4, 2024 Dorvik, Ruritania "
         "Farmer Organisations", None),
        ("MISSION OVERVIEW", None),
        ("Between May 2 and 4, 2024, the Harvest Fund met farmer groups about its draft strategy.", None),
        ("KEY MESSAGES AND FEEDBACK", None),
        ("Groups endorsed the draft.", 1),
        ("Storage is scarce in the dry season.", 1),
        ("MEETING TAKEAWAYS", None),
        ("Takeaways from the meetings included the following:", None),
        ("Meeting 1 with Cooperatives", None),
        ("Participants:", None),
        ("Dorvik Women's Cooperative (DWC)", 1),
        ("Valley Growers Union", 1),
        ("The participants offered their strong support.", 1),
        ("Meeting with Members of the Drylands Lenders Forum (DLF)", None),
        ("Participants:", None),
        ("Northern Savings Bank", 1),
        ("Key themes of the discussion included credit.", 1),
        ("Suggestions and Insights:", None),
        ("Map storage needs", "1."),
        ("Train women as extension agents", "2."),
        ("Publish progress yearly", "3."),
    ]
    assert {l.lineno for l in lines} == {1}


def test_single_line_record_wrapped_like_pdf_text_is_split_the_same():
    wrapped = textwrap.wrap(ONE_LINE, width=90)
    lines = seg("\n".join(wrapped))
    assert [(l.text, l.bullet) for l in lines] == [(l.text, l.bullet) for l in seg(ONE_LINE)]
    numbers = [l.lineno for l in lines]
    assert numbers == sorted(numbers) and numbers[-1] >= len(wrapped) - 1
    for line in lines:  # each part has the number of the line its marker or first word is on
        assert line.text.split()[0] in " ".join(wrapped[line.lineno - 1 : line.lineno + 1])


def test_semicolon_does_not_end_a_line():
    text = "- The ministry runs the cash programme reaching most poor women;\n\npartners noted shared duties."
    assert texts(seg(text)) == ["The ministry runs the cash programme reaching most poor women; partners noted shared duties."]


def test_full_width_colon_joins_when_paragraph_gaps_are_known():
    text = "Comments on the Harvest Fund strategy for the drylands, second draft:\nFeedback of the Farmers' Alliance\n\nBody."
    assert len(seg(text)) == 3
    assert texts(seg(text, wrapped=True))[0] == (
        "Comments on the Harvest Fund strategy for the drylands, second draft: Feedback of the Farmers' Alliance"
    )


def test_banners_count_toward_the_width_of_a_wrapped_line():
    text = (
        "Public Disclosure Authorized Public Disclosure Authorized Notes of the Harvest Fund on the\n"
        "Drylands roundtable held with cooperatives, lenders and district officials in May 2024.\n"
        "Short line."
    )
    assert texts(seg(text))[0] == (
        "Notes of the Harvest Fund on the Drylands roundtable held with cooperatives, lenders and "
        "district officials in May 2024."
    )


def test_single_line_dash_bullets_after_headings_and_sentences():
    text = "KEY MESSAGES - Support was broad. - Funding is Short in places. " + "Extra words here. " * 20
    assert texts(seg(text))[:3] == ["KEY MESSAGES", "Support was broad.", "Funding is Short in places. " + ("Extra words here. " * 20).strip()]


def test_spanish_o_is_not_a_sub_bullet():
    text = (
        "MENSAJES CLAVE Y COMENTARIOS • Las cooperativas pidieron crédito o Seguros agrícolas para las "
        "socias. • Faltan guarderías o centros de cuidado en Perú o Bolivia. " + "Texto adicional. " * 15
    )
    lines = seg(text)
    assert [l.bullet for l in lines] == [None, 1, 1]
    assert lines[1].text == "Las cooperativas pidieron crédito o Seguros agrícolas para las socias."


def test_o_sub_bullets_in_a_one_line_list():
    text = "MEETING TAKEAWAYS • Themes raised: o Access to credit o Land titles • Next point. " + "More. " * 50
    assert [(l.text, l.bullet) for l in seg(text)][:5] == [
        ("MEETING TAKEAWAYS", None), ("Themes raised:", 1), ("Access to credit", 2),
        ("Land titles", 2), ("Next point. " + ("More. " * 50).strip(), 1),
    ]


def test_long_prose_lines_are_not_split():
    prose = "The meeting with donors noted that the key messages of 2023 were heard. " * 6
    assert split_long_line(prose.strip()) == [prose.strip()]
    assert split_long_line("KEY MESSAGES • short") == ["KEY MESSAGES • short"]


def test_meeting_words_inside_sentences_do_not_split():
    text = ("Participants: • The team said the Meeting with donors was long. and it went on. "
            "• Another point here. ") + "Filler words. " * 20
    assert texts(seg(text))[:2] == ["Participants:", "The team said the Meeting with donors was long. and it went on."]


# ------------------------------------------------------------------ the sample record
def sample_lines():
    return SAMPLE.read_text(encoding="utf-8").split("\n")


def test_sample_structure():
    raw = sample_lines()
    lines = segment([(t, i, None) for i, t in enumerate(raw, start=1)])
    found = texts(lines)
    start, end = found.index("KEY MESSAGES AND FEEDBACK"), found.index("MEETING TAKEAWAYS")
    key = lines[start + 1 : end]
    assert len(key) == 5 and all(l.bullet == 1 for l in key)
    assert "(which sits with" in key[-1].text
    third = [i for i, t in enumerate(found) if t == "Participants:"][2]
    after = lines[third + 1 :]
    assert all(l.bullet == 1 for l in after)
    orgs = after[:19]
    assert not any(l.text.startswith(("The participants", "Key themes")) for l in orgs)
    assert after[19].text.startswith("The participants")
    emphasis = [e for l in lines for e in l.emphasis]
    bolded = [re.sub(r"\\(.)", r"\1", m) for t in raw for m in re.findall(r"\*\*(.+?)\*\*", t)]
    assert emphasis == bolded and len(emphasis) == 5
    meeting = next(l for l in lines if l.text == "Meeting 1 with Government Representatives")
    assert raw[meeting.lineno - 1] == "Meeting 1 with Government Representatives"


def flatten(raw: list[str]) -> str:
    """The sample as a portal publishes it: one line, bullets as '•', no bold marks."""
    parts = [re.sub(r"^\s*-\s+", "\u2022 ", t.strip()).replace("**", "") for t in raw if t.strip()]
    return " ".join(parts)


def test_flattened_sample_segments_like_the_original():
    raw = sample_lines()
    original = segment([(t, i, None) for i, t in enumerate(raw, start=1)])
    flat = segment([(flatten(raw), 1, None)])
    start_o = texts(original).index("MISSION OVERVIEW")
    start_f = texts(flat).index("MISSION OVERVIEW")
    assert [(l.text, l.bullet) for l in flat[start_f:]] == [(l.text, l.bullet) for l in original[start_o:]]
    assert texts(flat)[0] == texts(original)[0] and texts(flat)[0].startswith("#")
    assert [l.links for l in flat if l.links] == [l.links for l in original if l.links]


def test_a_line_ending_on_a_day_is_not_carried_on_by_the_next():
    """"Assemblée nationale, place Soweto — mardi 21 novembre" heads what follows, however wide it is."""
    lines = [("Assemblée nationale, place Soweto, dans la salle des commissions — mardi 21 novembre", 1, 1),
             ("La mission a été reçue par la présidente de la commission.", 2, 1)]
    assert [b.text for b in segment(lines, wrapped=True, width=60)] == [lines[0][0], lines[1][0]]


def test_a_sentence_cut_after_a_function_word_goes_on_across_a_break():
    """"... a trabalhar com" ends no sentence: the next line, after a page break and a capital, carries it on;
    a line that ends on a noun does not take the next one."""
    from consultkg.read.segment import segment
    cut = segment([("Os parceiros propuseram indicadores comuns, a trabalhar com", 1, 1), ("", 2, 1),
                   ("Instituto Nacional de Estatística.", 3, 2)])
    whole = segment([("Os parceiros propuseram indicadores comuns", 1, 1), ("", 2, 1),
                     ("Instituto Nacional de Estatística.", 3, 2)])
    assert [b.text for b in cut] == ["Os parceiros propuseram indicadores comuns, a trabalhar com Instituto Nacional de Estatística."]
    assert len(whole) == 2


def test_a_label_in_sentence_case_before_its_list_starts_a_line_of_one_line_portal_text():
    text = ("ENCONTRO 1 — Ministério do Género (MGCAS) — 9/10, 09h00 Delegação: o Sra. Ana Paula Macuácua, Directora "
            "Nacional do Género o Sr. Hélder Cossa, Técnico Superior Pontos levantados: • A Ministra saudou a estratégia. "
            "• Pediu apoio para as províncias. LOCAL: Escritório do Banco Mundial em Maputo (31 de Outubro, manhã) "
            "Estiveram presentes representantes do Fórum Mulher.") + " " * 200
    lines = split_long_line(text)
    assert "Delegação:" in lines and "Pontos levantados:" in lines
    assert lines[0] == "ENCONTRO 1 — Ministério do Género (MGCAS) — 9/10, 09h00"
    assert "LOCAL: Escritório do Banco Mundial em Maputo (31 de Outubro, manhã)" in lines  # the label keeps its value


def test_an_address_line_under_a_signature_is_not_its_continuation():
    lines = seg("Elena Moraru\nCoordinator, Equal Rights Platform\nstr. Sfatul Tarii 17, Chisinau\n\n"
                "The delegates discussed\nand agreed.")
    assert texts(lines) == ["Elena Moraru", "Coordinator, Equal Rights Platform", "str. Sfatul Tarii 17, Chisinau",
                            "The delegates discussed and agreed."]


def test_a_page_foot_in_a_one_line_record_ends_the_item_before_the_next_meetings_heading():
    text = ("Mision a Ruritania. Encuentro 1 – Mujeres rurales (13 de septiembre, Dorvik) Lo conversado "
            "\u2022 Las participantes valoraron el borrador. \u2022 Pidieron apoyo a las cooperativas rurales. "
            "Página 1 de 2 Encuentro 2 – Organizaciones feministas y de derechos humanos (14 de septiembre, oficina "
            "del Banco) Participaron: Centro de Estudios (CDE); Red de Mujeres (RDM). " + "x " * 150)
    found = texts(seg(text))
    assert "Encuentro 2 – Organizaciones feministas y de derechos humanos (14 de septiembre, oficina del Banco)" \
        in found
    assert any(t.endswith("cooperativas rurales.") for t in found)  # the item ends where its page does
