"""Meetings in layouts that name no meeting: a table whose rows are meetings, numbered paragraphs headed in
bold on their own line, a venue's line that opens in bold and gives the day. The texts are invented; each
case is a class of layout, and each test would fail if the layout were read as one event or not at all.
"""
from __future__ import annotations

import docx

from consultkg.extract import extract
from consultkg.read import read_source


def source_of(tmp_path, name: str, text: str):
    """The blocks of ``text`` written to ``tmp_path / name`` and read back."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_source(path)

TALK = ("Partners welcomed the draft strategy and asked how country teams would be resourced to deliver it.",
        "The organisations strongly endorsed the strategy and asked for direct funding of women's rights groups.",
        "The meeting focused on practical collaboration on credit for women-owned businesses and mobile money.")
WHO = (["UN Women", "United Nations Population Fund (UNFPA)", "Embassy of Sweden in Kigali"],
       ["Rwanda Women's Network (RWN)", "Ms. Claudine Uwase Mukamana, Programme Manager, RWN", "Haguruka Association"],
       ["Private Sector Federation (PSF)", "Bank of Kigali", "MTN Rwanda"])


def _meeting_table_docx(path, header=("Date", "Who", "What was discussed"), order=(0, 1, 2)):
    document = docx.Document()
    document.add_heading("Rwanda: consultations on the World Bank Group Gender Strategy 2024-2030", level=1)
    document.add_paragraph("Kigali, 11-13 September 2023")
    document.add_paragraph("Record of meetings").runs[0].bold = True
    table = document.add_table(rows=1, cols=3)
    for i, word in enumerate(header):
        table.rows[0].cells[order[i]].text = word
    for day, who, talk in zip(("11 Sep 2023", "12 Sep 2023", "13 Sep 2023"), WHO, TALK):
        cells = table.add_row().cells
        cells[order[0]].text = day
        cells[order[1]].text = who[0]
        for name in who[1:]:
            cells[order[1]].add_paragraph(name)  # one name a paragraph of the cell
        cells[order[2]].text = talk
    document.save(str(path))
    return path


def test_a_table_whose_rows_are_meetings_gives_one_meeting_a_row(tmp_path):
    record = extract(read_source(_meeting_table_docx(tmp_path / "note.docx")))
    assert record.document_type == "MissionSummary"
    assert [m.label for m in record.meetings] == ["11 Sep 2023", "12 Sep 2023", "13 Sep 2023"]
    labels = {o.key: o.label for o in record.organisations}
    assert [labels[k] for k in record.meetings[0].participants] == [
        "UN Women", "United Nations Population Fund", "Embassy of Sweden in Kigali"]
    assert "Bank of Kigali" in [labels[k] for k in record.meetings[2].participants]
    person = next(p for p in record.people if p.name == "Claudine Uwase Mukamana")
    assert person.key in record.meetings[1].people and labels[person.organisation] == "Rwanda Women's Network"
    assert record.meetings[1].stance == "StrongEndorsement"


def test_the_columns_are_found_by_what_they_hold_in_any_order_and_words(tmp_path):
    path = _meeting_table_docx(tmp_path / "note.docx", header=("Quand", "Avec qui", "Échanges"), order=(2, 0, 1))
    record = extract(read_source(path))
    assert len(record.meetings) == 3 and all(m.participants for m in record.meetings)


def test_a_table_of_names_stays_a_participant_table(tmp_path):
    document = docx.Document()
    document.add_paragraph("Consultation with civil society on the World Bank Group Gender Strategy 2024-2030")
    document.add_paragraph("Lusaka, 4 October 2023")
    document.add_paragraph("Participants:")
    table = document.add_table(rows=3, cols=2)
    for row, (name, org) in zip(table.rows, [("Name", "Organisation"), ("Ms. Ana Phiri", "Zambia National Women's "
                                             "Lobby"), ("Mr. John Banda", "Non-Governmental Gender Organisations' "
                                                                          "Coordinating Council")]):
        row.cells[0].text, row.cells[1].text = name, org
    document.add_paragraph("Participants welcomed the strategy and asked for more funding for shelters.")
    document.save(str(tmp_path / "lusaka.docx"))
    record = extract(read_source(tmp_path / "lusaka.docx"))
    assert len(record.meetings) == 1
    assert sorted(p.name for p in record.people) == ["Ana Phiri", "John Banda"]


NUMBERED_PARAGRAPHS = """**NOTE DE FIN DE MISSION**

Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale — Lomé (Togo), 6-8 novembre 2023

1. **Objet de la mission.** Du 6 au 8 novembre 2023, l'équipe s'est rendue à Lomé afin de recueillir l'avis des partenaires sur le projet de Stratégie.

2. **Ministère de l'Action sociale — lundi 6 novembre.** La mission a été reçue par Mme Akossiwa Dede Amavi, Secrétaire générale, et par M. Koffi Elom Agbeko, Directeur de la Promotion de la femme. Le ministère a dit son plein appui au projet de Stratégie.

3. **Partenaires techniques et financiers — mardi 7 novembre.** Étaient représentés : ONU Femmes, l'Ambassade d'Allemagne au Togo, le Fonds des Nations Unies pour la population (UNFPA) et l'Agence française de développement (AFD). Les partenaires ont bien accueilli le projet de Stratégie.

4. **Suites à donner.** Partager la présente note avec les interlocuteurs rencontrés et reprogrammer l'échange avec les parlementaires.
"""


def test_numbered_paragraphs_headed_in_bold_that_tell_of_meetings_are_meetings(tmp_path):
    record = extract(source_of(tmp_path, "note.md", NUMBERED_PARAGRAPHS))
    assert record.document_type == "MissionSummary"
    assert [m.label.split(" —")[0] for m in record.meetings] == ["Ministère de l'Action sociale",
                                                                 "Partenaires techniques et financiers"]
    assert sorted(p.name for p in record.people) == ["Akossiwa Dede Amavi", "Koffi Elom Agbeko"]
    labels = sorted(o.label for o in record.organisations if o.key in record.meetings[1].participants)
    assert labels == ["Agence française de développement", "Ambassade d'Allemagne au Togo",
                      "Fonds des Nations Unies pour la population", "ONU Femmes"]


VENUE_LINES = """**MISSION NOTE**

Consultations on the World Bank Group Gender Strategy 2024-2030, Accra, 20-21 November 2023

**At the Ministry of Gender, Children and Social Protection** — Monday 20 November, 9:00 a. m.

Present: Ministry of Gender, Children and Social Protection (MoGCSP); Ghana Statistical Service (GSS).

The Ministry endorsed the draft strategy and asked for support to time-use surveys.

**At the offices of NETRIGHT, East Legon** — Tuesday 21 November, 2:00 p. m.

Present: Network for Women's Rights in Ghana (NETRIGHT); ABANTU for Development; Women in Law and Development in Africa (WiLDAF Ghana).

The organisations raised concerns about funding for shelters for survivors of gender-based violence.
"""


def test_a_line_opening_in_bold_with_a_day_heads_a_meeting(tmp_path):
    record = extract(source_of(tmp_path, "accra.md", VENUE_LINES))
    assert len(record.meetings) == 2
    assert [len(m.participants) for m in record.meetings] == [2, 3]


def test_a_person_with_the_body_in_brackets_before_a_verb(tmp_path):
    source = source_of(tmp_path, "readout.md", "**Compte rendu : atelier de consultation sur la Stratégie genre 2024-2030 du Groupe de la Banque "
                    "mondiale**\n\nLomé, 28 novembre 2023\n\n**Ce qui s'est dit**\n\nMme Essowè Tchalim Kpatcha (GF2D) a "
                    "insisté sur les violences sexuelles.\n\nM. Komlan Edem Adjovi (Université de Lomé) a présenté des "
                    "travaux sur les mariages précoces.\n\n**Qui était dans la salle**\n\nOutre l'équipe du bureau pays, "
                    "les organisations suivantes étaient représentées :\n\n- Groupe de réflexion et d'action Femme, "
                    "Démocratie et Développement (GF2D)\n- Université de Lomé\n")
    record = extract(source)
    people = {p.name: p.organisation for p in record.people}
    labels = {o.key: o.label for o in record.organisations}
    assert set(people) == {"Essowè Tchalim Kpatcha", "Komlan Edem Adjovi"}
    assert labels[people["Komlan Edem Adjovi"]] == "Université de Lomé"
    assert not any("organisations suivantes" in label for label in labels.values())  # a lead-in is no name


def test_the_days_the_head_gives_most_closely_are_the_consultations(tmp_path):
    source = source_of(tmp_path, "note.md", "**ÉCHOS DU BUREAU — Numéro spécial · Décembre 2023**\n\n**Compte rendu**\n\nAtelier de consultation "
                    "du 28 novembre 2023, hôtel Sarakawa, Lomé.\n\n**Qui était dans la salle**\n\n- Université de Lomé\n"
                    "- Plan International Togo\n\n**Ce qui s'est dit**\n\nLes participants ont soutenu la Stratégie et "
                    "parlé des violences basées sur le genre.\n")
    consultation = extract(source).consultation
    assert (consultation.start, consultation.end) == ("2023-11-28", "2023-11-28")  # a day, not the month


CAPITALS_OVER_DAYS = """COMPTE RENDU DE MISSION
Consultations sur la Stratégie genre 2024-2030 du Groupe de la Banque mondiale, Dakar (Sénégal), 20-21 novembre 2023

MINISTÈRE DE L'ÉCONOMIE, DU PLAN ET DE LA COOPÉRATION
Mardi 21 novembre, Direction générale de la Planification
Les échanges ont porté sur la budgétisation sensible au genre, que le Ministère expérimente depuis 2021.
Présents : M. Ousmane Badiane Sène, Directeur général de la Planification ; Mme Ndèye Coumba Thiam, Cheffe de la Cellule genre.

MINISTÈRE DE LA FEMME, DE LA FAMILLE ET DE LA PROTECTION DES ENFANTS
Mercredi 22 novembre, au cabinet de la Ministre
La Ministre a exprimé son plein soutien au projet de Stratégie et parlé des violences faites aux femmes.
Présents : Mme Awa Ndiaye Diouf, Ministre ; M. Cheikh Tidiane Faye, Directeur de l'Équité.
"""


def test_a_heading_in_capitals_and_its_day_line_stay_lines_of_their_own(tmp_path):
    source = source_of(tmp_path, "note.txt", CAPITALS_OVER_DAYS)
    texts = [b.text for b in source.blocks]
    assert "MINISTÈRE DE L'ÉCONOMIE, DU PLAN ET DE LA COOPÉRATION" in texts
    assert "Mardi 21 novembre, Direction générale de la Planification" in texts
    record = extract(source)
    labels = {o.key: o.label for o in record.organisations}
    assert [[labels[k] for k in m.participants] for m in record.meetings] == [
        ["Ministère de l'économie, du plan et de la coopération"],
        ["Ministère de la femme, de la famille et de la protection des enfants"]]  # the heading's body, in sentence case
    assert len(record.people) == 4


FLAT_DAYS = ("GRUPO BANCO MUNDIAL | Consultas sobre la Estrategia de Género 2024-2030 | HONDURAS Resumen de misión — "
             "Tegucigalpa, 11 al 12 de septiembre de 2023 Contexto Un equipo del Grupo Banco Mundial se reunió con "
             "autoridades y organizaciones. Lunes 11 | Sede de la Secretaría, Colonia Palmira | Gobierno La Ministra "
             "de la Secretaría, Sra. Doris Elena Funes Argueta, recibió a la misión y expresó su pleno respaldo. Las "
             "prioridades de la Secretaría son • la prevención de la violencia contra las mujeres • la autonomía "
             "económica de las mujeres rurales. Martes 12 | Centro de Derechos de Mujeres | Organizaciones de mujeres "
             "Participaron: Centro de Derechos de Mujeres (CDM) — Sra. Reina Isabel Lagos Cruz, Coordinadora; "
             "Organización Fraternal Negra Hondureña (OFRANEH) — Sra. Teodora Flores Martínez, lideresa. Las "
             "organizaciones pidieron que el diálogo continúe.\n")


def test_a_flattened_day_whose_parts_a_bar_separates_heads_a_meeting(tmp_path):
    source = source_of(tmp_path, "resumen.txt", FLAT_DAYS)
    texts = [b.text for b in source.blocks]
    assert "Lunes 11 | Sede de la Secretaría, Colonia Palmira | Gobierno" in texts
    assert "Martes 12 | Centro de Derechos de Mujeres | Organizaciones de mujeres" in texts
    record = extract(source)
    assert [m.label.split(" |")[0] for m in record.meetings] == ["Lunes 11", "Martes 12"]
    assert "Doris Elena Funes Argueta" in [p.name for p in record.people]


WORKSHOP = """# READOUT | Parliamentary Workshop on the World Bank Group Gender Strategy 2024–2030

Kampala, Uganda — Tuesday, 21 November 2023

## In the room

- **Uganda Women Parliamentary Association (UWOPA)**
  - Hon. Grace Akello Namuddu, Chairperson
  - Hon. Miriam Nakitende Ssali, Treasurer
- **Committee on Gender, Labour and Social Development, Parliament of Uganda**
  - Hon. Peter Okwir Lubanga, Vice-Chairperson
- **Parliamentary Budget Office**
  - Ms. Doreen Atim Odongo, Senior Economist

## What we heard

Members strongly endorsed the three objectives of the strategy and asked for gender-responsive budgeting.

Prepared by the World Bank Uganda Country Office. Not a verbatim record.
"""


def test_bodies_over_their_people_in_a_nested_list_are_entries_not_meetings(tmp_path):
    record = extract(source_of(tmp_path, "workshop.md", WORKSHOP))
    assert record.document_type == "EventReadout" and len(record.meetings) == 1
    labels = sorted(o.label for o in record.organisations)
    assert "Committee on Gender, Labour and Social Development" in labels  # its portfolios stay one name
    assert not any("verbatim" in label or label == "Labour and Social Development" for label in labels)
    assert len(record.people) == 4


def test_a_letter_opening_on_behalf_of_its_authors_is_no_signature(tmp_path):
    source = source_of(tmp_path, "letter.md", "Brussels, 30 November 2023\n\nDear colleagues,\n\nOn behalf of the International Trade Union "
                    "Confederation (ITUC), which represents 191 million workers in 167 countries, we submit these "
                    "comments on the draft World Bank Group Gender Strategy 2024-2030.\n\n**I. Decent work**\n\nThe "
                    "draft measures success by the number of women in jobs.\n\n**II. Social dialogue**\n\nTrade unions "
                    "should be consulted as partners in implementation.\n\nYours sincerely,\n\nMaren Solveig Lindqvist\n"
                    "General Secretary, International Trade Union Confederation\n")
    record = extract(source)
    labels = [o.label for o in record.organisations]
    assert "International Trade Union Confederation" in labels
    assert not any("dialogue" in label.casefold() for label in labels)


def test_a_bodys_premises_name_the_body_not_a_body_of_their_own():
    from consultkg.extract.orgs import OrgRegistry
    reg = OrgRegistry()
    labels = [reg.get(reg.add(t)).label for t in ("Sede de la Secretaría de la Mujer", "Escritórios do Centro de "
                                                  "Integridade Pública", "Office of the Prime Minister",
                                                  "Bureau of Statistics", "Oficina Nacional de Estadística")]
    assert labels == ["Secretaría de la Mujer", "Centro de Integridade Pública", "Office of the Prime Minister",
                      "Bureau of Statistics", "Oficina Nacional de Estadística"]


def test_a_letters_place_and_date_line_under_its_letterhead_dates_it(tmp_path):
    source = source_of(tmp_path, "letter.md", "INTERNATIONAL TRADE UNION CONFEDERATION\nBoulevard du Roi Albert II, 5, Bte 1\n1210 Brussels, "
                    "Belgium\n\nPUBLIC SERVICES INTERNATIONAL\n45 avenue Voltaire, BP 9\n01211 Ferney-Voltaire Cedex, "
                    "France\n\nBrussels, 30 November 2023\n\nGender Strategy Team\nThe World Bank Group\n\nRe: Joint "
                    "submission to the consultation on the draft World Bank Group Gender Strategy 2024-2030\n\nDear "
                    "colleagues,\n\nWe welcome the draft and ask that care be treated as public infrastructure.\n\n"
                    "Yours sincerely,\n\nMaren Solveig Lindqvist\nGeneral Secretary, International Trade Union "
                    "Confederation\n")
    record = extract(source)
    assert record.document_type == "WrittenInput"
    assert (record.consultation.start, record.consultation.end) == ("2023-11-30", "2023-11-30")


AGENDA_TABLE = """**GRUPO BANCO MUNDIAL — Oficina de País para Honduras**

Consultas sobre la Estrategia de Género 2024-2030 — Tegucigalpa, 13 al 14 de noviembre de 2023

| Fecha | Con quién nos reunimos | Lo que se conversó |
|---|---|---|
| Lun. 13/11, 9:00 | Secretaría de Estado en el Despacho de la Mujer (SEMUJER): Abg. Gabriela Patricia Osorio Lagos, Viceministra. Secretaría de Estado en el Despacho de Finanzas (SEFIN): Lic. Mario René Castellanos Ayala, Director General de Presupuesto. | Las dos secretarías respaldaron con entusiasmo el borrador y pidieron apoyo para los centros Ciudad Mujer. |
| Mar. 14/11, 10:00 | Consejo Hondureño de la Empresa Privada (COHEP); Asociación Hondureña de Maquiladores (AHM); Cámara de Comercio e Industrias de Tegucigalpa (CCIT) | Los gremios se mostraron de acuerdo con el enfoque de la estrategia y pidieron datos sobre el empleo femenino. |
"""


def test_a_markdown_table_of_meetings_with_names_run_together_in_sentences(tmp_path):
    record = extract(source_of(tmp_path, "agenda.md", AGENDA_TABLE))
    assert record.document_type == "MissionSummary"
    assert [m.label for m in record.meetings] == ["Lun. 13/11, 9:00", "Mar. 14/11, 10:00"]
    assert sorted(p.name for p in record.people) == ["Gabriela Patricia Osorio Lagos", "Mario René Castellanos Ayala"]
    assert len(record.meetings[1].participants) == 3


def test_a_label_line_under_a_heading_is_a_line_of_its_own(tmp_path):
    source = source_of(tmp_path, "note.txt", "Compte rendu de mission · Dakar (Sénégal) · 13-14 novembre 2023\n\nLun. 13/11 · 10 h 30 – "
                    "Ministère de la Femme, de la Famille et de la Protection des Enfants, Sicap Liberté\nDélégation du "
                    "ministère :\n- Mme Awa Ndiaye Sarr, Directrice de l'Équité et de l'Égalité de genre\n- M. Ibrahima "
                    "Faye Diop, Conseiller technique du Ministre\n")
    assert "Délégation du ministère :" in [b.text for b in source.blocks]


def test_a_post_before_a_bodys_acronym_names_the_body():
    from consultkg.extract.orgs import OrgRegistry
    reg = OrgRegistry()
    key = reg.add("Délégation générale à l'Entrepreneuriat rapide des Femmes et des Jeunes (DER/FJ)")
    assert reg.add("Directrice des opérations (DER/FJ)") == key


def test_a_meeting_headed_as_cancelled_is_no_meeting(tmp_path):
    source = source_of(tmp_path, "note.txt", "Compte rendu de mission · Dakar (Sénégal) · 13-15 novembre 2023\n\nLun. 13/11 · 10 h 30 – "
                    "Ministère de la Femme\nPrésents : Mme Awa Ndiaye Sarr, Directrice ; M. Ibrahima Faye Diop, "
                    "Conseiller technique.\nLe ministère a exprimé un soutien sans réserve au projet de stratégie.\n\n"
                    "Mer. 15/11 · 11 h 00 – Assemblée nationale (annulée)\nLa rencontre prévue avec le Réseau des "
                    "femmes parlementaires n'a pas pu avoir lieu.\n")
    source = source
    assert "Lun. 13/11 · 10 h 30 – Ministère de la Femme" in [b.text for b in source.blocks]
    record = extract(source)
    assert [m.label.split(" ·")[0] for m in record.meetings] == ["Lun. 13/11"]
    assert any("not held" in w for w in record.warnings)


NAMED = """# Kenya: private sector consultations on the Gender Strategy 2024-2030

Back-to-office note, 4-6 October 2023

Meetings

1. Kenya Private Sector Alliance (KEPSA) and Federation of Kenya Employers (FKE).

The first meeting, on 4 October, was led by Ms. Wanjiru Kamau Njoroge, Head of Gender, KEPSA. Employers asked for
practical tools on workplace childcare.

2. Kenya Bankers Association (KBA), Equity Bank Kenya and KCB Group. On 5 October the team met senior credit staff
of the three institutions, who asked for guarantees for loans to women-owned businesses.

3. Safaricom PLC and Kenya Association of Women Business Owners (KAWBO). Ms. Achieng Mwende Kariuki, Senior
Manager, Safaricom PLC, described mobile money products for women traders.
"""


def test_numbered_items_headed_by_who_met_are_meetings(tmp_path):
    """No bold, no label: each item opens with a sentence of nothing but names (the first alone on its line), and
    what follows tells of the meeting. Each is a meeting, its names its participants."""
    record = extract(source_of(tmp_path, "kenya.md", NAMED))
    assert record.document_type == "MissionSummary"
    labels = {o.key: o.label for o in record.organisations}
    met = [{labels[k] for k in m.participants} for m in record.meetings]
    assert len(met) == 3, met
    assert {"Kenya Private Sector Alliance", "Federation of Kenya Employers"} <= met[0]
    assert {"Kenya Bankers Association", "Equity Bank Kenya", "KCB Group"} <= met[1]
    assert {"Safaricom PLC", "Kenya Association of Women Business Owners"} <= met[2]
    assert not any(" and " in label for label in labels.values()), labels  # two names joined are two bodies
