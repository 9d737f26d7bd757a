"""The audience of a consultation, read by what it names rather than by its label: a field of the head
whose value is mostly words of stakeholder groups, a part of the title between the strategy's name, the
Bank's, the date and separators, every mention of a group counted once. The texts are invented."""
from __future__ import annotations

from consultkg.extract import extract
from consultkg.extract.mission import head_fields
from consultkg.extract.readout import place_of_venue
from consultkg.extract.titleblock import audience_field, audience_segment
from consultkg.lexicon import audience_groups, stakeholder_group
from consultkg.model import Block
from consultkg.read import read_source


def test_every_mention_of_a_group_is_taken_out_before_the_next_group():
    assert audience_groups("organizaciones juveniles y estudiantes universitarios") == ["youth"]
    assert stakeholder_group("university students and young professionals") == "youth"
    assert stakeholder_group("movimentos juvenis e academia") == "multi-stakeholder"


def test_a_field_whose_value_names_groups_is_the_audience_whatever_its_label():
    assert audience_field(["Date: 9 October 2023", "Audiences: legislators, national government, "
                           "women's rights organizations PURPOSE The team used the visit"]) \
        == "legislators, national government, women's rights organizations"
    assert audience_field(["Who we consulted: county government and civil society."]) \
        == "county government and civil society"
    assert audience_field(["Japão: Agência de Cooperação Internacional do Japão (JICA)"]) is None
    assert audience_field(["Where: Chandaria Auditorium, University of Nairobi"]) is None  # a venue


def test_a_fields_label_is_the_capitalised_word_before_its_colon():
    line = Block("Lugar: Auditorio del INTEC, Santo Domingo, República Dominicana Modalidad: presencial "
                 "Público: organizaciones juveniles y estudiantes universitarios", 1)
    assert head_fields([line]) == [
        "Lugar: Auditorio del INTEC, Santo Domingo, República Dominicana",
        "Modalidad: presencial", "Público: organizaciones juveniles y estudiantes universitarios"]


def test_a_part_of_the_title_that_names_groups_is_the_audience():
    assert audience_segment(["READOUT | VIRTUAL CONSULTATION WITH THE PRIVATE SECTOR World Bank Group Gender "
                             "Strategy 2024-2030"], None) == "VIRTUAL CONSULTATION WITH THE PRIVATE SECTOR"
    assert audience_segment(["Parlamentares dos PALOP e a Estratégia de Género 2024-2030"], None) \
        == "Parlamentares dos PALOP"
    assert audience_segment(["Dakar, 13-15 septembre 2023 · Autorités, société civile et secteur privé"],
                            None) == "Autorités, société civile et secteur privé"
    assert audience_segment(["Consultations on the World Bank Group Gender Strategy 2024-2030"], None) is None


def test_a_venues_city_is_the_part_written_in_words():
    assert place_of_venue("Tegucigalpa, M.D.C., Honduras") == ("Tegucigalpa", "Honduras")
    assert place_of_venue("Kafue Riverside Conference Centre, Lusaka, Zambia") == ("Lusaka", "Zambia")


def test_a_flattened_notes_audience_field_gives_its_stakeholder_group(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(
        "KENYA | WORLD BANK GROUP GENDER STRATEGY 2024-2030 CONSULTATIONS BACK-TO-OFFICE NOTE Nairobi, "
        "9-11 October 2023 Audiences: legislators, national government, women's rights organizations PURPOSE The "
        "team used the visit to hear how legislators read the draft. HEADLINES • All three groups agreed with the "
        "draft's emphasis on ending gender-based violence. • Several asked for more data on women's land rights. "
        "MEETINGS Meeting 1 with legislators Participants: Kenya Women Parliamentary Association (KEWOPA); Federation "
        "of Women Lawyers Kenya (FIDA-Kenya). The members welcomed the draft and asked for data on gender-based "
        "violence.\n",
        encoding="utf-8")
    record = extract(read_source(path))
    assert record.consultation.stakeholder_group == "multi-stakeholder"
    assert record.consultation.audience.startswith("legislators")
