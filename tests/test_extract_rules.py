"""The extraction rules one shape at a time: the entity gate, participant shapes, authors, stances.

Each case is a shape the issue names; the texts are invented.
"""
from __future__ import annotations

import pytest

from consultkg.extract.authors import authors_in_title
from consultkg.extract.common import stance_of
from consultkg.extract.entities import org_problem
from consultkg.extract.orgs import OrgRegistry
from consultkg.extract.participants import parse_entry
from consultkg.text import slug


def entry(text: str, country: str | None = None):
    reg, rejected = OrgRegistry(), []
    orgs, people = parse_entry(text, reg, country, rejected=rejected)
    return ([reg.get(k).label for k in orgs],
            [(p.honorific, p.name, p.job_title, reg.get(p.organisation).label if p.organisation else None)
             for p in people], rejected, reg)


@pytest.mark.parametrize("text, why", [
    ("The participants welcomed the draft and asked for more data.", "a sentence, not a name"),
    ("Os participantes manifestaram forte apoio à proposta.", "a sentence, not a name"),
    ("Las organizaciones pidieron más recursos para las mujeres rurales.", "a sentence, not a name"),
    ("Meeting 2 with Development Partners", "a heading, not a name"),
    ("Reunião com Parceiros de Desenvolvimento", "a heading, not a name"),
    ("Organización", "a table header, not a name"),
    ("Senior Research Fellow", "a job title, not an organisation"),
    ("Associate Professor of Economics", "a job title, not an organisation"),
    ("Gender Strategy Consultation | Ghana", "page furniture or a table row, not a name"),
    ("2 The Coalition is a network of groups formed in 2004.", "page furniture or a table row, not a name"),
    ("Page 4 of 9", "page furniture or a table row, not a name"),
    ("Red Uno; Red Dos; Red Tres", "a list of names, not one name"),
])
def test_gate_refuses_what_is_no_organisation(text, why):
    assert org_problem(text) == why


@pytest.mark.parametrize("text", [
    "The Ark Foundation", "Songtaba", "Ministry of Community Development, Gender, Women and Special Groups",
    "Organização dos Estados Ibero-americanos", "Réseau des femmes leaders pour le développement",
    "National Council of Women", "Women in Law and Development in Africa (WiLDAF)", "中华全国妇女联合会",
])
def test_gate_lets_names_through(text):
    assert org_problem(text) is None


def test_name_dash_title_comma_organisation():
    orgs, people, rejected, _ = entry("Ms. Ama Owusu – Programme Director, Savanna Women's Network")
    assert orgs == ["Savanna Women's Network"] and rejected == []
    assert people == [("Ms.", "Ama Owusu", "Programme Director", "Savanna Women's Network")]


def test_name_with_title_and_organisation_in_brackets():
    orgs, people, _, _ = entry("Dr. Lena Moyo (Senior Lecturer, University of Harare)")
    assert orgs == ["University of Harare"]
    assert people == [("Dr.", "Lena Moyo", "Senior Lecturer", "University of Harare")]


def test_member_of_parliament_and_constituency():
    orgs, people, _, reg = entry("Hon. Ruth Wanjiru Kamau, Member of Parliament, Nyeri Town", country="Kenya")
    assert orgs == ["Parliament of Kenya"] and reg.get(next(iter(reg)).key).org_type == "parliament"
    assert people == [("Hon.", "Ruth Wanjiru Kamau", "Member of Parliament", "Parliament of Kenya")]
    assert not any("Nyeri" in o.label for o in reg)  # a constituency is not an organisation


def test_portuguese_officials_including_two_people():
    orgs, people, _, reg = entry(
        "Funcionários do Ministério da Igualdade Racial, Governo do Brasil, incluindo a Sra. Ana Paula Lima, "
        "Secretária Executiva, e o Sr. João Carlos Reis, Diretor de Programas", country="Brazil")
    assert orgs == ["Ministério da Igualdade Racial"]
    ministry = next(o for o in reg if o.label == "Ministério da Igualdade Racial")
    assert ministry.org_type == "government-ministry" and reg.get(ministry.parent).label == "Governo do Brasil"
    assert [(h, n, t) for h, n, t, _ in people] == [("Sra.", "Ana Paula Lima", "Secretária Executiva"),
                                                     ("Sr.", "João Carlos Reis", "Diretor de Programas")]
    assert {o for *_, o in people} == {"Ministério da Igualdade Racial"}


def test_person_organisation_chosen_by_job_title():
    orgs, people, _, _ = entry("Government officials from the Ministry of Health and the Ministry of Gender, "
                               "Government of Malawi, including Ms. Tiwonge Banda, Director of Gender Affairs",
                               country="Malawi")
    assert set(orgs) == {"Ministry of Health", "Ministry of Gender"}
    assert people[0][3] == "Ministry of Gender"  # the title shares "Gender" with this ministry, not the first one


def test_prose_list_of_organisations():
    orgs, people, rejected, _ = entry("Representatives of Mama Cash, the Urgent Action Fund and Akina Mama wa Afrika attended.")
    assert orgs == ["Mama Cash", "Urgent Action Fund", "Akina Mama wa Afrika"] and people == [] and rejected == []


def test_one_line_naming_two_people():
    orgs, people, _, _ = entry("Mr. Tomás Ruiz, Adviser, and Ms. Inés Vidal, Analyst, Red Andina de Mujeres")
    assert [p[1] for p in people] == ["Tomás Ruiz", "Inés Vidal"]
    assert "Red Andina de Mujeres" in orgs


def test_acronym_not_all_capitals_and_bracket_holding_another_name():
    orgs, _, _, reg = entry("Norwegian Agency for Development Cooperation (Norad)")
    assert orgs == ["Norwegian Agency for Development Cooperation"] and next(iter(reg)).acronym == "Norad"
    orgs, _, _, reg = entry("ONU Mulheres (UN Women)")
    org = next(iter(reg))
    assert orgs == ["ONU Mulheres"] and org.acronym is None and org.aliases == ["UN Women"]
    assert org.org_type == "un-entity"


def test_comma_inside_a_ministry_name_is_one_organisation():
    orgs, _, _, _ = entry("Ministry of Community Development, Gender, Women and Special Groups")
    assert orgs == ["Ministry of Community Development, Gender, Women and Special Groups"]


@pytest.mark.parametrize("title, authors", [
    ("Joint Submission of Equality Now, FEMNET and the Kenya Women Lawyers Forum on the Draft Strategy",
     ["Equality Now", "FEMNET", "Kenya Women Lawyers Forum"]),
    ("Submission from Plan International and the Gender and Development Network (GADN) to the World Bank",
     ["Plan International", "Gender and Development Network (GADN)"]),
    ("Comentarios de la Red Nacional de Mujeres sobre la Estrategia de Género", ["Red Nacional de Mujeres"]),
    ("Contribuição da Rede Mulher e Desenvolvimento para a Estratégia de Gênero", ["Rede Mulher e Desenvolvimento"]),
])
def test_authors_named_in_the_title(title, authors):
    assert authors_in_title(title) == authors


@pytest.mark.parametrize("sentence", [
    "We welcome the draft strategy. However, we are concerned that it says little about care.",
    "We commend the Bank for this consultation but are disappointed that the draft ignores debt.",
    "Las organizaciones acogieron la propuesta, pero expresaron su preocupación por el financiamiento.",
    "Les participants ont accueilli la proposition, mais ont exprimé des préoccupations sur le suivi.",
    "Os parceiros acolheram a proposta, mas levantaram preocupações sobre os recursos.",
])
def test_mixed_stances_in_every_language(sentence):
    assert stance_of(sentence) == "MixedStance"


def test_non_latin_names_get_distinct_iris():
    names = ["Міністерство соціальної політики", "Національна соціальна служба", "中华全国妇女联合会", "全国妇联"]
    assert len({slug(n) for n in names}) == len(names) and "x" not in {slug(n) for n in names}


@pytest.mark.parametrize("text, why", [
    ("Contact: amina.diallo@example.org, +221 77 000 00 00", "contact details, not a name"),
    ("Apologies: JICA", "sent apologies: not a participant"),
    ("Amman, Jordan", "a place, not an organisation"),
    ("Rwanda and Uganda", "a place, not an organisation"),
    ("Ministry officials", "a kind of participant, not a named organisation"),
    ("Key Discussion Points", "a heading, not a name"),
    ("Gender Focal Point", "a job title, not an organisation"),
])
def test_more_that_is_no_organisation(text, why):
    _, _, rejected, reg = entry(text)
    assert not list(reg) and rejected == [(text, why)]


@pytest.mark.parametrize("text, orgs, people", [
    ("Organisation: Lilongwe Council of Churches", ["Lilongwe Council of Churches"], []),
    ("Co-chairs: Irish Aid and UNFPA", ["Irish Aid", "UNFPA"], []),
    ("UNICEF Malawi – Ms. Chikondi Banda, Gender Specialist", ["UNICEF Malawi"],
     [("Ms.", "Chikondi Banda", "Gender Specialist", "UNICEF Malawi")]),
    ("Federation of Women Lawyers (FIDA), represented by Ann Wekesa, Legal Officer", ["Federation of Women Lawyers"],
     [(None, "Ann Wekesa", "Legal Officer", "Federation of Women Lawyers")]),
    ("Dr. Ama Mensah, Research Fellow, Institute of Statistical, Social and Economic Research (ISSER), University of Ghana",
     ["Institute of Statistical, Social and Economic Research", "University of Ghana"],
     [("Dr.", "Ama Mensah", "Research Fellow", "Institute of Statistical, Social and Economic Research")]),
    ("Mr. Denis Okello, Extension Officer, Ministry of Agriculture, Animal Industry and Fisheries (MAAIF)",
     ["Ministry of Agriculture, Animal Industry and Fisheries"],
     [("Mr.", "Denis Okello", "Extension Officer", "Ministry of Agriculture, Animal Industry and Fisheries")]),
    ("Ms. Joy Santos, National Coordinator, Network of Young Women Leaders, Inc.", ["Network of Young Women Leaders, Inc."],
     [("Ms.", "Joy Santos", "National Coordinator", "Network of Young Women Leaders, Inc.")]),
    ("FALL Mariama (Chargée de programme, ONU Femmes)", ["ONU Femmes"],
     [(None, "FALL Mariama", "Chargée de programme", "ONU Femmes")]),
    ("Ms. Aisha Nakato and Mr. Brian Ouma, Uganda Women's Network (UWONET)", ["Uganda Women's Network"],
     [("Ms.", "Aisha Nakato", None, "Uganda Women's Network"), ("Mr.", "Brian Ouma", None, "Uganda Women's Network")]),
    ("H.E. Ambassador Lars Petersen, Royal Danish Embassy", ["Royal Danish Embassy"],
     [("H.E.", "Lars Petersen", "Ambassador", "Royal Danish Embassy")]),
    ("Dr. Joseph Kamau, Clerk of the National Assembly", ["National Assembly"],
     [("Dr.", "Joseph Kamau", "Clerk", "National Assembly")]),
    ("The Ark Foundation, Ghana", ["The Ark Foundation"], []),  # a delegation: its country is no part of its name
])
def test_red_team_participant_shapes(text, orgs, people):
    got_orgs, got_people, rejected, _ = entry(text, country="Kenya")
    assert [o.removeprefix("The ") for o in got_orgs] == [o.removeprefix("The ") for o in orgs]
    assert got_people == people and rejected == []


# --- a table with no header ------------------------------------------------------------------------

def test_a_name_cell_holding_two_people_gives_both_with_the_row_organisation():
    from consultkg.extract.participant_tables import table_participants
    from consultkg.model import Block
    table = Block("", 5, kind="table", header=False, row_lines=(5, 7, 9), rows=(
        ("Red de Mujeres Rurales (RMR)", "Dra. Ana Ruiz, Investigadora titular Mtro. Luis Paz, Técnico académico"),
        ("Instituto de Estudios del Trabajo", "Mtra. Eva Sol, Coordinadora"),
        ("Centro de Derechos Humanos", "Lic. Rita Mar, Directora")))
    reg, rejected = OrgRegistry(), []
    orgs, people = table_participants(table, reg, None, rejected)
    assert [(p.name, p.job_title, reg.get(p.organisation).label) for p in people] == [
        ("Ana Ruiz", "Investigadora titular", "Red de Mujeres Rurales"),
        ("Luis Paz", "Técnico académico", "Red de Mujeres Rurales"),
        ("Eva Sol", "Coordinadora", "Instituto de Estudios del Trabajo"),
        ("Rita Mar", "Directora", "Centro de Derechos Humanos")]
    assert not rejected


def test_a_record_whose_only_participants_are_a_table_under_its_title_is_one_event():
    from consultkg.extract import extract
    from consultkg.model import Block, SourceText
    blocks = [Block("Nota de relatoría", 1), Block("Taller sobre la Estrategia de Género 2024-2030", 2),
              Block("Ciudad de México, 17 de octubre de 2023", 3),
              Block("", 4, kind="table", header=False, row_lines=(4, 5, 6), rows=(
                  ("Red de Mujeres Rurales (RMR)", "Dra. Ana Ruiz, Investigadora"),
                  ("Instituto de Estudios del Trabajo", "Mtra. Eva Sol, Coordinadora"),
                  ("Centro de Derechos Humanos", "Lic. Rita Mar, Directora"))),
              Block("Las y los participantes respaldaron la propuesta de Estrategia y pidieron datos.", 7)]
    record = extract(SourceText(path="t.md", name="t", sha256="0", format="md", blocks=blocks))
    assert record.document_type == "EventReadout" and len(record.meetings) == 1
    assert len(record.meetings[0].participants) == 3 and len(record.people) == 3


def test_the_column_left_of_proper_names_is_the_organisation_column():
    """Name and title columns found by their cells, the one column left holds names that are no people's."""
    from consultkg.extract.participant_tables import infer_roles
    rows = [("Marisol Bent Hodgson", "Coordinadora General", "Red de Mujeres Afrolatinoamericanas (RMAAD)"),
            ("Tránsito Chen Caal", "Presidenta", "Alianza de Mujeres Indígenas de Centroamérica"),
            ("Lucía Pereyra Acosta", "Integrante del Comité Coordinador", "Articulación Feminista Marcosur"),
            ("Mónica Apaza Quispe", "Directora Ejecutiva", "Casa Tierra Viva")]
    assert infer_roles(rows) == {0: "name", 1: "title", 2: "organisation"}
    assert infer_roles([r[:2] + ("sí",) for r in rows]) == {0: "name", 1: "title"}  # not names: no column


# --- initiatives: named head first, head last, by the noun beside them, with their acronym ----------

@pytest.mark.parametrize("text, want", [
    ("Panellists discussed the government's Hustler Fund and the Women Entrepreneurs Finance Initiative (We-Fi).",
     {("Women Entrepreneurs Finance Initiative", "We-Fi"), ("Hustler Fund", None)}),
    ("They asked for the findings of the Mashreq Gender Facility.", {("Mashreq Gender Facility", None)}),
    ("It follows the National Strategy for Women in Jordan 2020–2025.", {("National Strategy for Women in Jordan", None)}),
    ("Le Programme national de bourses de sécurité familiale (PNBSF) couvre 300 000 ménages.",
     {("Programme national de bourses de sécurité familiale", "PNBSF")}),
    ("la Stratégie nationale pour l'Équité et l'Égalité de genre (SNEEG 2)",
     {("Stratégie nationale pour l'Équité et l'Égalité de genre", "SNEEG")}),
    ("presentó los avances del programa Ciudad Mujer y de la Ley de Casas Refugio, aprobada este año.",
     {("Ciudad Mujer", None), ("Ley de Casas Refugio", None)}),
    ("A Secretária referiu o projecto EMPODERA, financiado pelo Banco.", {("EMPODERA", None)}),
    ("A Lei contra a Violência Doméstica e o Plano Nacional de Acção sobre Mulheres, Paz e Segurança.",
     {("Lei contra a Violência Doméstica", None), ("Plano Nacional de Acção sobre Mulheres, Paz e Segurança", None)}),
    ("the Global Financing Facility for Women, Children and Adolescents (GFF)",
     {("Global Financing Facility for Women, Children and Adolescents", "GFF")}),
    # a title's small words ("a una", "at the") keep a law's name whole; a year after them is no part of it
    ("La Ley General de Acceso de las Mujeres a una Vida Libre de Violencia no se aplica.",
     {("Ley General de Acceso de las Mujeres a una Vida Libre de Violencia", None)}),
    ("The Protection against Harassment of Women at the Workplace Act is weak.",
     {("Protection against Harassment of Women at the Workplace Act", None)}),
    ("A Lei de Prevenção e Combate às Uniões Prematuras em 2019 mudou tudo.",
     {("Lei de Prevenção e Combate às Uniões Prematuras", None)}),
    # one capitalised word after the noun that says it is a programme; never one before it, never a place
    ("O programa Kwenda paga transferências e o programme Fiavota também.", {("Kwenda", None), ("Fiavota", None)}),
    ("Short project cycles and the programme Kenya runs.", set()),
])
def test_initiatives_named_in_running_text(text, want):
    from consultkg.extract.initiatives import initiatives_in
    from consultkg.model import Block
    assert {(i.label, i.acronym) for i in initiatives_in(Block(text, 1))} == want


@pytest.mark.parametrize("text", [
    "O Fundo das Nações Unidas para a População (UNFPA) apoia o programa.",  # an organisation the gazetteer knows
    "Le Fonds des Nations Unies pour la population (UNFPA) était présent.",
    "Ms Jane Doe, Programme Manager at the ministry, spoke.",  # a post
    "the Umbrella Facility for Gender Equality (UFGE)",  # one name, not its tail as another
])
def test_no_initiative_where_there_is_none_or_only_one(text):
    from consultkg.extract.initiatives import initiatives_in
    from consultkg.model import Block
    found = [i.label for i in initiatives_in(Block(text, 1))]
    assert found in ([], ["Umbrella Facility for Gender Equality"])


def test_an_organisation_in_the_brackets_after_a_name_and_a_title_is_vouched_for_by_its_place():
    """ "Dr. X (Executive Director, ABAAD)": the organisation needs no head noun, only to be a proper name."""
    from consultkg.extract.prose import people_in_prose
    from consultkg.extract.prose_names import is_proper_name, sure_name
    text = ("Interventions were made by Dr. Rania Khoury (Executive Director, ABAAD), Ms. Samah Hakimi "
            "(Programme Manager, Together We Build It) and Ms. Huda Barzani (Director, the local office).")
    reg = OrgRegistry()
    orgs, people = people_in_prose(text, reg, None, None, sure_name, is_proper_name)
    assert [reg.get(k).label for k in orgs] == ["ABAAD", "Together We Build It"]
    assert [p.organisation is not None for p in people] == [True, True, False]
    reg2 = OrgRegistry()
    assert people_in_prose(text, reg2, None, None, sure_name)[0] == []  # without the place's word, none is sure


def test_lists_of_who_took_part_that_say_nothing_beside_the_discussion_are_one_event(tmp_path):
    """A workshop readout: a panel list, a list of the bodies represented, and the discussion in a section
    of its own; the lists are of one event, not two meetings."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    path = tmp_path / "atelier.md"
    path.write_text("""COMPTE RENDU D'ATELIER

Date : jeudi 9 novembre 2023

**1. Ouverture et panel**

L'atelier a été ouvert par la directrice du bureau.

- Mme Ndèye Coumba Mbaye (coordonnatrice, Réseau Siggil Jigéen)
- M. Ibrahima Seck Faye (vice-président, Conseil National du Patronat du Sénégal)

**2. Ce que nous avons retenu**

Les participants ont salué le projet de stratégie. Les échanges ont porté sur l'accès des femmes au foncier
et la garde des jeunes enfants.

**3. Structures représentées**

- Association des Juristes Sénégalaises (AJS)
- Fédération des Associations Féminines du Sénégal (FAFS)
- Agence Française de Développement (AFD)
""", encoding="utf-8")
    record = extract(read_source(path))
    assert record.document_type == "EventReadout" and len(record.meetings) == 1
    assert len(record.meetings[0].participants) >= 5 and record.meetings[0].stance in ("Endorsement", "Commendation")


@pytest.mark.parametrize("text, want", [
    ("Ngozi Okonkwo-Bassey — Youth Advocacy Lead, Restless Development (Nigeria)",
     (["Restless Development"], [(None, "Ngozi Okonkwo-Bassey", "Youth Advocacy Lead", "Restless Development")])),
    ("UNICEF Malawi – Ms. Tiyamike Banda, Gender Specialist",
     (["UNICEF Malawi"], [("Ms.", "Tiyamike Banda", "Gender Specialist", "UNICEF Malawi")])),
    ("GROOTS Kenya - Ms. Akinyi Odhiambo Were, County Coordinator",
     (["GROOTS Kenya"], [("Ms.", "Akinyi Odhiambo Were", "County Coordinator", "GROOTS Kenya")])),
    ("Viceministra de Protección Social, Licda. Claudia Patricia Ajú Morales",  # the post first, no organisation
     ([], [("Licda.", "Claudia Patricia Ajú Morales", "Viceministra de Protección Social", None)])),
])
def test_a_person_then_a_dash_then_post_and_organisation(text, want):
    """A name before the dash and a post after it is a person ("Name — Post, Organisation (Country)"); an
    organisation before it keeps its person after it."""
    orgs, people, rejected, _ = entry(text)
    assert (orgs, people) == want and not rejected


def test_days_over_meeting_titles_in_flattened_text_are_the_meetings(tmp_path):
    """A record flattened on one line, its meetings headed by a day and place, then a title: one meeting a day."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    day = ("{day}, {n} de outubro — Maputo Encontro com redes de mulheres Estiveram presentes: • Fórum Mulher "
           "o Sra. Graça Cossa, Coordenadora • Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ) "
           "As redes manifestaram um apoio firme à estratégia e falaram da violência doméstica. ")
    text = ("GRUPO BANCO MUNDIAL | Moçambique Consultas sobre a Estratégia de Género 2024-2030 Resumo da missão "
            "Mensagens principais • As organizações apoiam os três objetivos da estratégia. "
            + "".join(day.format(day=d, n=n) for d, n in (("Quarta-feira", 4), ("Quinta-feira", 5), ("Sexta-feira", 6))))
    path = tmp_path / "flat.txt"
    path.write_text(text, encoding="utf-8")
    record = extract(read_source(path))
    assert [m.label.split(",")[0] for m in record.meetings] == ["Quarta-feira", "Quinta-feira", "Sexta-feira"]
    assert all(len(m.participants) == 2 and m.people for m in record.meetings)


def test_other_meetings_told_under_a_meeting_are_meetings_of_their_own(tmp_path):
    """"Other meetings" under the last meeting's heading tells of another meeting: it is not the last one's."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    path = tmp_path / "mission.md"
    meeting = """## {name} — {day} de septiembre

Asistentes:

- {org}
- Fundación Sobrevivientes

Las participantes expresaron su respaldo a la estrategia y hablaron de la violencia contra las mujeres.
"""
    path.write_text("# Ayuda memoria\n\nConsultas sobre la Estrategia de Género 2024-2030, Guatemala\n\n"
                    + meeting.format(name="Sede de la SEPREM", day=12, org="Secretaría Presidencial de la Mujer (SEPREM)")
                    + meeting.format(name="Congreso de la República", day=13, org="Comisión de la Mujer del Congreso")
                    + "\n**Otras reuniones**\n\nEl jueves 14 de septiembre, el equipo también se reunió con personal "
                      "técnico del Instituto Nacional de Estadística (INE) sobre los datos desagregados por sexo.\n",
                    encoding="utf-8")
    record = extract(read_source(path))
    names = {o.key: o.label for o in record.organisations}
    assert len(record.meetings) == 3
    assert [names[k] for k in record.meetings[2].participants] == ["Instituto Nacional de Estadística"]
    assert "Instituto Nacional de Estadística" not in [names[k] for k in record.meetings[1].participants]


def test_an_organisation_that_speaks_took_part_and_one_only_cited_did_not(tmp_path):
    """No list names them: the organisations that open a sentence with a verb of speaking took part; a
    report cited is no participant, and a post ("The Coordinator of ... said") names its body."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    path = tmp_path / "readout.md"
    path.write_text(
        "# Readout: private sector roundtable\n\nGender Strategy 2024-2030 consultation, Nairobi, 7 November 2023\n\n"
        "## What we heard\n\nThe Kenya Bankers Association described its lending to women-owned firms. "
        "The Coordinator of the Federation of Women Entrepreneur Associations asked for childcare support. "
        "A report by the United Nations Children's Fund on care was cited. The Ministry said little.\n",
        encoding="utf-8")
    record = extract(read_source(path))
    present = {o.label for o in record.organisations if any(o.key in m.participants for m in record.meetings)}
    assert {"Kenya Bankers Association", "Federation of Women Entrepreneur Associations"} <= present
    assert not any("Children" in label or label == "Ministry" for label in present)
    assert not any(o.label.startswith("Coordinator") for o in record.organisations)


from hypothesis import given, settings, strategies as st  # noqa: E402

_FLAT_WORDS = ["Sra.", "Sr.", "Ana", "Ruiz", "Paz", "de", "la", "Directora", "Coordinadora", "Secretaría", "Instituto",
               "Mujer", "(INE)", "–", "-", "Nacional", "Honduras", "y", "Banco", "Head", "of", "Women"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FLAT_WORDS), max_size=30),
       st.permutations(["name", "title", "organisation"]), st.integers(min_value=2, max_value=3))
def test_a_flattened_table_is_read_whole_or_not_at_all(words, order, columns):
    """Any run of cells: rows whose own words are the text's, each with a name or a body, or None; never an error."""
    from consultkg.extract.flat import flat_rows
    roles = list(order)[:columns] if "name" in list(order)[:columns] else ["name", *[r for r in order if r != "name"][:columns - 1]]
    text = " ".join(words)
    rows = flat_rows(text, roles)
    if rows is not None:
        assert rows and all(source in text and entry for entry, source in rows)


def test_a_table_flattened_into_words_is_read_by_what_its_cells_are(tmp_path):
    """"Nombre Cargo Institución" then the cells run together, an empty cell a dash: each row a person of a body."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    path = tmp_path / "flat.txt"
    path.write_text(
        "GRUPO BANCO MUNDIAL Consultas sobre la Estrategia de Género 2024-2030 Honduras | Tegucigalpa, 9 de octubre de "
        "2023 Informe de la misión Mensajes principales • Hubo un amplio respaldo a los tres objetivos. Sesiones "
        "Sesión 1 — Instituciones de gobierno (lunes 9 de octubre) Nombre Cargo Institución Sra. Ana Lucía Ruiz Paz Subsecretaria de Estado "
        "Secretaría de Estado en el Despacho de la Mujer (SEMUJER) – – Red Nacional de Defensoras de Honduras "
        "Sr. Luis Paz Reyes Director de Programas Sociales Secretaría de Desarrollo Social (SEDESOL) "
        "• Las autoridades expresaron un respaldo pleno a la estrategia y hablaron de la violencia contra las mujeres.\n",
        encoding="utf-8")
    record = extract(read_source(path))
    names = {o.key: o.label for o in record.organisations}
    people = {p.name: (p.job_title, names.get(p.organisation)) for p in record.people}
    assert people == {"Ana Lucía Ruiz Paz": ("Subsecretaria de Estado", "Secretaría de Estado en el Despacho de la Mujer"),
                      "Luis Paz Reyes": ("Director de Programas Sociales", "Secretaría de Desarrollo Social")}
    assert "Red Nacional de Defensoras de Honduras" in {names[k] for m in record.meetings for k in m.participants}


def test_a_letter_is_read_by_its_parts(tmp_path):
    """Place and date line, Roman-numbered comments as paragraphs, signatories between dotted lines, a "cc:"
    list after the signatures: the city is the letter's, the themes its comments', every signatory read, and
    no one copied in is a participant."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    path = tmp_path / "letter.txt"
    path.write_text("""FORUM FOR WOMEN IN DEMOCRACY (FOWODE)

Kampala, 24th November 2023

The Gender Strategy Team
World Bank Group

Dear Sir/Madam,

RE: SUBMISSION ON THE DRAFT WORLD BANK GROUP GENDER STRATEGY 2024-2030

We welcome the draft strategy and support its three objectives.

I. Women in leadership at every level. Few women chair committees of local councils.

II. Teenage pregnancy and child marriage. Girls leave school early in rural districts.

Yours faithfully,

……………………………
Ms. Harriet Namutebi Kizza
Executive Director
Forum for Women in Democracy
……………………………
Ms. Joan Akello Opio
Programme Officer
Forum for Women in Democracy

cc:
- The Country Manager, World Bank Uganda Country Office, Kampala
- The Chairperson, Equal Opportunities Commission
""", encoding="utf-8")
    record = extract(read_source(path))
    assert (record.consultation.city, record.consultation.country) == ("Kampala", "Uganda")
    assert {p.name for p in record.people} == {"Harriet Namutebi Kizza", "Joan Akello Opio"}
    texts = [x.text for m in record.meetings for x in m.mentions]
    assert "Women in leadership at every level" in texts and not any("Commission" in t for t in texts)
    assert {"leadership", "adolescent-girls"} <= {c for m in record.meetings for x in m.mentions for c in x.concepts}


def test_signatures_side_by_side_in_a_table_are_read_column_by_column():
    """A name row over a title row over an organisation row: each column one signatory."""
    from consultkg.extract.orgs import OrgRegistry
    from consultkg.extract.participant_tables import table_participants
    from consultkg.model import Block
    table = Block("", 26, kind="table", header=True, rows=(
        ("Farzana Iqbal Chaudhry", "Mehreen Aslam Siddiqui"), ("Executive Director", "Head of Research"),
        ("Aurat Foundation", "Shirkat Gah – Women's Resource Centre")))
    reg, rejected = OrgRegistry(), []
    orgs, people = table_participants(table, reg, None, rejected)
    assert [(p.name, p.job_title, reg.get(p.organisation).label) for p in people] == [
        ("Farzana Iqbal Chaudhry", "Executive Director", "Aurat Foundation"),
        ("Mehreen Aslam Siddiqui", "Head of Research", "Shirkat Gah – Women's Resource Centre")]
    assert not rejected


def test_a_flattened_table_whose_rows_run_together_is_not_guessed():
    """Without honorifics a name's start can hide in a body's name: rows that would put a post inside a body,
    or an adjective in a name, are refused whole (and so reported as not read)."""
    from consultkg.extract.flat import flat_header, flat_rows
    text = ("Instituição Nome Cargo Ministério da Família, Inclusão e Desenvolvimento Social Filomena Brito Semedo "
            "Diretora-Geral de Inclusão Social Rede de Mulheres Parlamentares Cabo-verdianas Ana Paula Fortes Gomes "
            "Deputada e coordenadora")
    roles, at = flat_header(text)
    assert roles == ["organisation", "name", "title"] and flat_rows(text[at:], roles) is None


def test_a_law_named_by_its_number_is_an_initiative():
    from consultkg.extract.initiatives import initiatives_in
    from consultkg.model import Block
    text = ("La loi n° 2020-05 criminalisant le viol et le Decreto 13-2017 sont cités ; la Lei nº 14.611/2023 aussi, "
            "mais pas les 2020 participants.")
    assert [i.label for i in initiatives_in(Block(text, 1))] == ["loi n° 2020-05", "Decreto 13-2017", "Lei nº 14.611/2023"]


def test_people_listed_under_their_body_when_the_indents_are_lost():
    """A list item that is only a body, then items that are only people with no body: theirs."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    import tempfile, pathlib
    path = pathlib.Path(tempfile.mkdtemp()) / "m.md"
    path.write_text("# Compte rendu de mission\n\nStratégie genre 2024-2030, Yaoundé, 12 octobre 2023\n\n"
                    "## Réunion avec la société civile\n\nOrganisations présentes\n\n"
                    "- Association de Lutte contre les Violences faites aux Femmes (ALVF)\n"
                    "- Mme Odile Mbarga Nkolo, coordinatrice nationale\n"
                    "- Association Camerounaise des Femmes Juristes (ACAFEJ)\n"
                    "- Me Béatrice Ngo Bassa, avocate au barreau du Cameroun\n\n"
                    "Les organisations ont soutenu la stratégie et parlé des violences faites aux femmes.\n",
                    encoding="utf-8")
    record = extract(read_source(path))
    names = {o.key: o.label for o in record.organisations}
    assert {p.name: names.get(p.organisation) for p in record.people} == {
        "Odile Mbarga Nkolo": "Association de Lutte contre les Violences faites aux Femmes",
        "Béatrice Ngo Bassa": "Association Camerounaise des Femmes Juristes"}


def test_a_person_in_brackets_after_a_body_is_that_bodys():
    """"County Government of Kisumu (Ms. Rose Ouma, Member for Gender, Youth and Social Services)": the body,
    and a person whose whole post follows her name (its commas make no bodies)."""
    from consultkg.extract.orgs import OrgRegistry
    from consultkg.extract.participants import parse_entry
    reg = OrgRegistry()
    orgs, people = parse_entry("County Government of Kisumu (Ms. Rose Akinyi Ouma, County Executive Committee Member "
                               "for Gender, Youth and Social Services)", reg, None)
    assert [reg.get(k).label for k in orgs] == ["County Government of Kisumu"]
    assert [(p.name, p.job_title, reg.get(p.organisation).label) for p in people] == [
        ("Rose Akinyi Ouma", "County Executive Committee Member for Gender, Youth and Social Services",
         "County Government of Kisumu")]


def test_who_attended_and_what_was_said_under_one_heading_are_one_meeting(tmp_path):
    """A heading over a bold "Asistentes" list and a bold "Lo conversado" paragraph: the heading's section holds
    participants and discussion, so it is the meeting, discussion and stance included."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    meeting = ("## {where}\n\n**Asistentes**\n\n- {org}\n- Lic. Carolina Ferraro Quiroga, Coordinadora de Género\n\n"
               "**Lo conversado**\n\nLas cámaras respaldaron la Estrategia y hablaron de la falta de servicios de "
               "cuidado para las trabajadoras.\n\n")
    path = tmp_path / "m.md"
    path.write_text("# Resumen de la misión con el sector privado\n\nEstrategia de Género 2024-2030, Buenos Aires, "
                    "9 de octubre de 2023\n\n## Contexto\n\nEl equipo escuchó a las cámaras empresariales durante dos "
                    "días.\n\n## Reuniones\n\n"
                    + meeting.format(where="En la sede de la Unión Industrial Argentina", org="Unión Industrial Argentina (UIA)")
                    + meeting.format(where="En la Cámara Argentina de Comercio", org="Cámara Argentina de Comercio y Servicios (CAC)"),
                    encoding="utf-8")
    record = extract(read_source(path))
    assert [m.label for m in record.meetings] == ["En la sede de la Unión Industrial Argentina",
                                                   "En la Cámara Argentina de Comercio"]
    assert all(m.stance == "Endorsement" and "care" in {c for x in m.mentions for c in x.concepts} for m in record.meetings)


def test_a_day_whose_meetings_are_found_is_no_meeting_itself(tmp_path):
    from consultkg.extract import extract
    from consultkg.read import read_source
    sub = ("**{org}**\n\nParticipants welcomed the draft and discussed childcare for workers.\n\n"
           "*In the room:* {org}; Ms. {who} Tekle Haile, Director.\n\n")
    path = tmp_path / "days.md"
    path.write_text("# Mission summary: Ethiopia, Gender Strategy 2024-2030\n\nAddis Ababa, 20-22 November 2023\n\n"
                    "## Overview\n\nThe team met government, civil society and partners.\n\n"
                    "**DAY 1 — MONDAY 20 NOVEMBER**\n\n"
                    + sub.format(org="Ministry of Women and Social Affairs (MoWSA)", who="Selam")
                    + sub.format(org="Network of Ethiopian Women's Associations (NEWA)", who="Hiwot")
                    + "**DAY 2 — TUESDAY 21 NOVEMBER**\n\n"
                    + sub.format(org="Ethiopian Women Lawyers Association (EWLA)", who="Meron"), encoding="utf-8")
    labels = [m.label for m in extract(read_source(path)).meetings]
    assert not any(label.startswith("DAY 1") for label in labels) and len(labels) == 3, labels


def test_a_heading_with_its_day_is_no_organisation():
    from consultkg.extract.entities import org_problem
    assert org_problem("EN LA SECRETARÍA DE LA MUJER (martes 28 de noviembre") is not None
    assert org_problem("Conversatorio con organizaciones de mujeres y defensoras (martes 10 de octubre") is not None
    assert org_problem("Fundación Domingo Faustino Sarmiento") is None  # a weekday's name, but no date


def test_a_remark_in_brackets_is_no_part_of_a_name():
    from consultkg.extract.orgs import OrgRegistry
    reg = OrgRegistry()
    assert reg.get(reg.add("Embassy of Ireland (co-chair)")).label == "Embassy of Ireland"
    assert reg.get(reg.add("Restless Development (Nigeria)")).label == "Restless Development"
    assert reg.get(reg.add("Kenya Private Sector Alliance (KEPSA)")).acronym == "KEPSA"


def test_a_written_inputs_group_is_most_of_its_authors():
    """Four civil-society authors and a research centre: the input is civil society's, as a mission's group is
    that of most of those present (not "multi-stakeholder" for one author of another kind)."""
    from consultkg.extract.written import extract_written
    from consultkg.model import Block
    from consultkg.themes import default_matcher
    title = ("Joint submission of the Centre for Feminist Research Studies, ActionAid Kenya, FIDA Kenya, GROOTS Kenya "
             "and the Kenya Women Network on the draft World Bank Group Gender Strategy")
    lines = [Block(title, 1), Block("Dear colleagues,", 2), Block("We welcome the draft.", 3),
             Block("Care. Fund childcare.", 4, kind="item", level=1, number="1"), Block("Sincerely,", 5)]
    parts = extract_written(lines, default_matcher().concepts, "input.md")
    types = sorted(o.org_type for o in parts.organisations)
    assert types.count("civil-society") >= 3 and len(set(types)) > 1, types
    assert parts.consultation.stakeholder_group == "civil-society"


@pytest.mark.parametrize("text, sentence", [
    ("Women Groups raised Concerns about Funding", True),  # a verb among lower-case words
    ("Youth Leaders welcomed the Draft Strategy", True),  # a verb in lower case between capitalised words
    ("Centre for Rights and Justice", False),
    ("Women Deliver", False),  # a verb capitalised inside a name
])
def test_the_entity_gate_tells_a_sentence_from_a_name(text, sentence):
    from consultkg.extract.entities import is_sentence
    assert is_sentence(text) is sentence
