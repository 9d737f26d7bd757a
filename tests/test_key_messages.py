"""Key messages and the sections around them, read by what they are: a record's summary list of statements,
not the meetings an outline hangs under it, not a section run into it when the record was flattened, not
the paragraphs of discussion beside it. The texts are invented; each case is a class of layout.
"""
from __future__ import annotations

from consultkg.extract import extract
from consultkg.extract.outline import outline
from consultkg.model import ITEM, PARAGRAPH, Block
from consultkg.read import read_source

TAKEAWAYS_OVER_DAYS = "# Back-to-Office Note\n\nMission: Consultations on the World Bank Group Gender Strategy 2024-2030\nDates and places: 12-14 September 2023, Nairobi and Kisumu\n\n## Main takeaways\n\n- Counterparts support the strategy's direction and want it to build on national plans.\n- Gender-based violence is the issue raised most often by every group we met.\n- Employers are ready to act on childcare but want the Bank to share evidence.\n\n### Day 1 — Nairobi, Tuesday 12 September\n\nAttending:\n\n- Kenya Private Sector Alliance (KEPSA)\n- Safaricom PLC\n- Federation of Kenya Employers (FKE)\n\nWhat we heard:\n\nMembers supported the strategy's emphasis on jobs and asked for support to childcare services.\n\n### Day 2 — Kisumu, Wednesday 13 September\n\nAttending:\n\n- County Government of Kisumu\n- Federation of Women Lawyers Kenya (FIDA-Kenya)\n\nWhat we heard:\n\nParticipants endorsed the draft and said that gender-based violence keeps women out of work.\n\n## Next steps\n\n- Share this note with participants.\n"

FLATTENED_NUMBERED_SECTIONS = 'GRUPO BANCO MUNDIAL NOTA INFORMATIVA DEL EVENTO Diálogo con jóvenes sobre la Estrategia de Género 2024-2030 Fecha: martes 14 de noviembre de 2023 Lugar: Auditorio del INTEC, Santo Domingo, República Dominicana 1. Objetivo Recoger la opinión de mujeres y hombres jóvenes sobre el borrador de la Estrategia. 2. Desarrollo de la sesión La viceministra presentó el Plan Nacional de Igualdad y el Fondo de Población de las Naciones Unidas (UNFPA) habló del embarazo en adolescentes. 3. Principales mensajes • Las y los participantes respaldaron la Estrategia y pidieron un lugar permanente para las juventudes. • El embarazo en adolescentes debe tratarse como una prioridad de la Estrategia. • La conectividad es condición para que las jóvenes rurales accedan a empleos de calidad. 4. Próximos pasos La oficina compartirá esta nota con las organizaciones participantes y con el Ministerio de la Juventud.\n'

DISCUSSION_AND_TAKEAWAYS = "# Employers' Roundtable on Women's Employment\n\nWorld Bank Group Gender Strategy 2024-2030 consultations — Jordan\n\nDate: Tuesday, 26 September 2023\nVenue: Jordan Chamber of Industry, Amman\n\n## Who was in the room\n\n- Jordan Chamber of Industry\n- Aramex\n- Zain Jordan\n- Arab Bank\n\n## What we heard\n\nParticipants broadly supported the draft strategy and its focus on more and better jobs for women.\n\nEmployers said that the lack of childcare keeps women out of formal employment.\n\nSeveral participants said that harassment on public transport stops women from taking jobs.\n\n## Takeaways for the strategy team\n\n- Childcare and transport are the two constraints employers most want public support on.\n- Employers are ready to pilot workplace measures if the Bank shares evidence on childcare.\n"

A_MEETING_RUN_INTO_ITS_SECTION = '**NOTA DE MISIÓN**\n\nConsultas sobre la Estrategia de Género 2024-2030 del Grupo Banco Mundial\nGuatemala, 8 al 10 de noviembre de 2023\n\n## 3. Encuentros Conversatorio con mujeres empresarias (8 de noviembre)\n\nAsistentes: Asociación Guatemalteca de Exportadores (AGEXPORT); Cámara de Comercio de Guatemala; Asociación de Gerentes de Guatemala.\n\nLas empresarias respaldaron la Estrategia y pidieron servicios de cuidado infantil cerca del trabajo.\n\n### Mesa de trabajo con la banca (9 de noviembre)\n\nParticipantes: Asociación Bancaria de Guatemala (ABG); Banco Industrial; BAC Credomatic.\n\nLos bancos reconocieron que no separan sus datos por sexo y pidieron apoyo para el acceso al crédito de las mujeres.\n\n### Almuerzo con gremiales (10 de noviembre)\n\nCon la participación del Comité Coordinador de Asociaciones Agrícolas, Comerciales, Industriales y Financieras (CACIF) y de la Fundación para el Desarrollo de Guatemala (FUNDESA).\n\nLos gremios apoyaron la Estrategia y hablaron del liderazgo de las mujeres en las juntas directivas.\n'


def record_of(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read_source(path))


def test_meetings_an_outline_hangs_under_the_takeaways_are_no_key_messages(tmp_path):
    record = record_of(tmp_path, TAKEAWAYS_OVER_DAYS, "note.md")
    assert [k.text.split()[0] for k in record.key_messages] == ["Counterparts", "Gender-based", "Employers"]
    assert [m.label.split(" —")[0] for m in record.meetings] == ["Day 1", "Day 2"]


def test_a_flattened_records_next_numbered_section_is_no_key_message(tmp_path):
    (tmp_path / "nota.txt").write_text(FLATTENED_NUMBERED_SECTIONS, encoding="utf-8")
    source = read_source(tmp_path / "nota.txt")
    assert not any(b.text.strip() in ("3.", "3") for b in source.blocks)  # the number stays with its heading
    record = extract(source)
    assert [k.text.split()[0] for k in record.key_messages] == ["Las", "El", "La"]


def test_a_list_of_takeaways_beats_paragraphs_of_discussion(tmp_path):
    record = record_of(tmp_path, DISCUSSION_AND_TAKEAWAYS, "readout.md")
    assert record.document_type == "EventReadout"
    assert [k.text.split()[0] for k in record.key_messages] == ["Childcare", "Employers"]


def test_a_numbered_line_over_a_list_of_its_own_heads_a_section():
    """"2. Points to retain" between "1. Context" and "3. Meetings", over items numbered from 1 again (or
    lettered, or bulleted), is a heading; the items are its list."""
    def numbered(*texts):
        return [Block(t, i + 1, kind=ITEM if n != "" else PARAGRAPH, level=1 if n != "" else None, number=n or None)
                for i, (t, n) in enumerate(texts)]
    for first, second in (("1.", "2."), ("a)", "b)"), (None, None)):
        blocks = numbered(("Context", "1."), ("The team visited Dakar.", ""), ("Points to retain", "2."),
                          ("Officials support the draft.", first), ("Data are lacking.", second))
        titles = [s.title for s in outline(blocks).walk()]
        assert "Points to retain" in titles, (first, titles)
    blocks = numbered(("Officials support the draft", "1."), ("Data are lacking", "2."), ("Funds are short.", "3."))
    assert [s.title for s in outline(blocks).walk()] == [""]  # one list: no headings


def test_a_meeting_heading_over_the_next_meetings_keeps_its_own_participants(tmp_path):
    record = record_of(tmp_path, A_MEETING_RUN_INTO_ITS_SECTION, "nota.md")
    assert len(record.meetings) == 3
    first = record.meetings[0]
    assert "asociacion-guatemalteca-de-exportadores" in first.participants
    assert "asociacion-bancaria-de-guatemala" not in first.participants
    labels = {o.label for o in record.organisations}
    assert "Comité Coordinador de Asociaciones Agrícolas, Comerciales, Industriales y Financieras" in labels
