"""Meetings found by what a record says, not by its labels: a day's heading run into the paragraph above it,
a second meeting told in prose after the first one's participants, a ministry's portfolios in a heading.
The texts are invented; each case is a class of layout.
"""
from __future__ import annotations

from consultkg.extract import extract
from consultkg.lexicon import MEETING_PROSE
from consultkg.read import read_source
from consultkg.read.segment import segment
from consultkg.model import Block


def record_of(tmp_path, text: str, name: str = "mission.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read_source(path))


def test_a_line_opening_with_a_day_and_a_dash_never_continues_the_line_above():
    blocks = segment([Block("Le ministère souhaite un appui sur les données de police et de justice.", 1),
                      Block("Mardi 14 novembre — Ministère des Finances et du Budget", 2)], wrapped=None)
    assert [b.text for b in blocks][-1] == "Mardi 14 novembre — Ministère des Finances et du Budget"


def test_a_meeting_told_in_prose_after_the_first_ones_participants_is_a_meeting_of_its_own(tmp_path):
    record = record_of(tmp_path, """# Note de fin de mission : Stratégie genre 2024-2030, Niamey

## Lundi 13 novembre — Ministère de la Promotion de la Femme

Délégation du ministère :

- Mme Aïcha Issa Moussa, Directrice de la Promotion de la Femme
- M. Ibrahim Hama Sani, Conseiller technique

Le ministère a soutenu le projet de stratégie et demandé un appui sur les violences basées sur le genre.

L'équipe a ensuite été reçue par M. Souley Garba Issaka, Directeur du Budget au Ministère des Finances (MF), qui a salué le projet tout en s'inquiétant de son coût.

## Mercredi 15 novembre — Société civile

Présents : Réseau des Femmes pour la Paix (REFEPA) ; Association des Femmes Juristes du Niger (AFJN).

Les organisations ont soutenu la stratégie.
""")
    assert len(record.meetings) == 3
    second = record.meetings[1]
    assert [p.name for p in record.people if p.key in second.people] == ["Souley Garba Issaka"]
    first = record.meetings[0]
    assert "souley-garba-issaka" not in first.people


def test_a_ministrys_portfolios_in_a_meeting_heading_stay_one_name_a_place_after_them_does_not(tmp_path):
    record = record_of(tmp_path, """# Resumen de misión: Estrategia de Género 2024-2030, Tegucigalpa

## Reunión 1 — Ministerio de Trabajo, Empleo y Seguridad Social

- Sra. Marta Lidia Reyes, Viceministra
- Sr. Jorge Luis Mejía, Director de Empleo

El ministerio respaldó la estrategia y pidió apoyo para el empleo de las mujeres jóvenes.

## Reunión 2 — Ministerio de la Mujer, 5.º piso

- Sra. Ana Beatriz Flores, Directora de Planificación

La secretaría apoyó la estrategia.
""")
    labels = {o.label for o in record.organisations}
    assert "Ministerio de Trabajo, Empleo y Seguridad Social" in labels
    assert not any("piso" in label for label in labels)


def test_the_ways_of_telling_a_meeting_held_take_an_adverb_in_each_language():
    for text in ("L'équipe a ensuite été reçue par M. Garba", "The team then met with UN Women",
                 "El equipo se reunió luego con ONU Mujeres", "A equipa foi depois recebida pelo Ministro"):
        assert MEETING_PROSE.search(text), text
    assert not MEETING_PROSE.search("The team will meet the ministry next year")
    for text in ("a equipa reuniu-se na sede do Fórum Mulher com", "el equipo se reunió en la sede del INE con",
                 "l'équipe s'est réunie au siège de l'ANSD", "The team was received at the Ministry of Gender",
                 "a equipa foi recebida no Ministério do Género"):  # the place between the verb and the others
        assert MEETING_PROSE.search(text), text
    assert not MEETING_PROSE.search("A proposta foi recebida com entusiasmo")


def test_a_list_of_sure_names_after_a_colon_at_a_paragraphs_end_is_its_meetings_participants(tmp_path):
    record = record_of(tmp_path, """# Note de mission : Stratégie genre 2024-2030, Lomé

## Mardi 21 novembre — Partenaires

La rencontre s'est tenue avec le groupe des partenaires, qui a approuvé le projet. Ont pris part à cette réunion : ONU Femmes ; Fonds des Nations Unies pour la population (UNFPA) ; Agence Française de Développement (AFD).

## Mercredi 22 novembre — Société civile

Participants : Réseau des Femmes Leaders du Togo (REFELT) ; Groupe de Réflexion et d'Action Femme, Démocratie et Développement (GF2D).

Les associations ont soutenu la stratégie. Trois sujets ont dominé : le crédit ; la formalisation ; les services financiers numériques.
""")
    first, second = record.meetings
    labels = {o.key: o.label for o in record.organisations}
    assert [labels[k] for k in first.participants] == [
        "ONU Femmes", "Fonds des Nations Unies pour la population", "Agence Française de Développement"]
    assert not any("cr" in labels[k][:2] for k in second.participants)  # "le crédit" is no name


def test_days_are_headings_when_a_date_line_also_stands_after_running_text(tmp_path):
    """"JOURNAL DE MISSION" / "Lundi 20 novembre — Dakar": a day under a section heading is a day like the
    others, not that heading's date line."""
    record = record_of(tmp_path, """# Sénégal — Consultations sur la Stratégie genre 2024-2030

JOURNAL DE MISSION

Lundi 20 novembre — Dakar

Participants : M. Moustapha Guèye, Chef de division, Agence Nationale de la Statistique et de la Démographie (ANSD).

L'ANSD a soutenu le projet de stratégie.

Mardi 21 novembre — Thiès

Participants : Fédération des Associations Féminines du Sénégal (FAFS) ; Réseau Siggil Jigéen.

Les participantes ont salué le projet.
""")
    assert [m.label for m in record.meetings] == ["Lundi 20 novembre — Dakar", "Mardi 21 novembre — Thiès"]


def test_a_panels_speakers_as_name_lines_over_post_lines_are_its_participants(tmp_path):
    record = record_of(tmp_path, """READOUT

Closing the gender gap in the digital economy: a private sector panel on the World Bank Group Gender Strategy 2024-2030

Date: 7 November 2023

Panel

The panel was moderated by IFC's gender lead. The panellists were:

Ms. Wanjiru Kamau-Otieno

Chief Human Resources Officer, Safaricom PLC

Prof. Amina Said Abdalla

Dean, Strathmore Business School, Strathmore University

Highlights

1. Skills first. Safaricom described its programmes to train women in coding.
2. Safety online. Strathmore presented research on online harassment of women traders.

From the floor

Representatives of the following organisations took part in the open discussion:

- Federation of Kenya Employers (FKE)
- Kenya Bankers Association (KBA)

The room welcomed the strategy and asked for more on childcare at work.
""", "panel.md")
    people = {p.name: (p.job_title, p.organisation) for p in record.people}
    labels = {o.key: o.label for o in record.organisations}
    assert {n: (t, labels.get(o)) for n, (t, o) in people.items()} == {
        "Wanjiru Kamau-Otieno": ("Chief Human Resources Officer", "Safaricom PLC"),
        "Amina Said Abdalla": ("Dean, Strathmore Business School", "Strathmore University")}
    assert record.document_type == "EventReadout" and len(record.meetings) == 1


def test_a_memos_addressee_and_date_are_the_messages_its_subject_gives_the_event(tmp_path):
    """"Para: ... (Washington)", "Data: 3 de outubro": where and when the memo went; the subject and the body
    say where and when the round table was. An "o" opening a line after "... a trabalhar com" is an article."""
    record = record_of(tmp_path, """MEMORANDO

Para: Equipa da Estratégia de Género, Grupo Banco Mundial (Washington)

De: Escritório do Banco Mundial em Díli

Data: 3 de outubro de 2023

Assunto: Mesa-redonda com parceiros sobre a Estratégia de Género 2024-2030 — Díli, 28 de setembro de 2023

Enquadramento

No dia 28 de setembro de 2023, o Escritório acolheu uma mesa-redonda de duas horas com os parceiros de desenvolvimento para apresentar o projeto de Estratégia.

Delegações presentes

Austrália: Embaixada da Austrália — Sra. Hannah Whitfield-Moore, Conselheira para o Género

Nações Unidas: ONU Mulheres — Sra. Ana Rita Carvalho Mendes, Representante no País

Pontos levantados

1. Dados. Os parceiros acolheram favoravelmente o projeto e propuseram indicadores comuns, a trabalhar com
o Instituto Nacional de Estatística.
""", "memo.md")
    c = record.consultation
    assert (c.city, c.country, c.start) == ("Díli", "Timor-Leste", "2023-09-28")
    assert len(record.meetings) == 1


def test_a_readout_told_in_prose_names_its_speakers_and_their_bodies(tmp_path):
    """No list and no meeting heading: the panel's speakers in one sentence between semicolons, each post
    ending on the body it serves ("directrice de la clientèle PME d'Ecobank Côte d'Ivoire")."""
    record = record_of(tmp_path, """COMPTE RENDU

Panel « Financer les entrepreneures » — consultation du secteur privé sur la Stratégie genre 2024-2030

Abidjan, jeudi 7 décembre 2023

Les intervenants

Animé par une journaliste économique, le panel réunissait Mme Adjoua Brou Kouassi, directrice de la clientèle PME d'Ecobank Côte d'Ivoire ; M. Serge-Alain Yao N'Guessan, secrétaire exécutif adjoint de la Confédération Générale des Entreprises de Côte d'Ivoire (CGECI) ; et Mme Élodie Gnahoré Zadi, responsable de l'inclusion financière d'Orange Côte d'Ivoire.

Ce qui a été dit

Les intervenants ont accueilli favorablement le projet de stratégie. Mme Brou Kouassi a expliqué que peu de prêts vont aux entreprises de femmes.
""", "panel.md")
    labels = {o.key: o.label for o in record.organisations}
    people = {p.name: (p.job_title, labels.get(p.organisation)) for p in record.people}
    assert record.document_type == "EventReadout"
    assert people["Adjoua Brou Kouassi"] == ("directrice de la clientèle PME", "Ecobank Côte d'Ivoire")
    assert people["Élodie Gnahoré Zadi"] == ("responsable de l'inclusion financière", "Orange Côte d'Ivoire")
    assert people["Serge-Alain Yao N'Guessan"][1] == "Confédération Générale des Entreprises de Côte d'Ivoire"


def test_one_day_at_one_venue_with_working_groups_is_one_event(tmp_path):
    """A head giving one day and a venue ("Fecha:", "Lugar:") is an event's; its working groups, each with
    those who sat at it, are parts of that one exchange, not meetings of a mission."""
    record = record_of(tmp_path, """Relatoría de la asamblea abierta sobre la Estrategia de Género 2024-2030

Fecha: martes 21 de noviembre de 2023

Lugar: Tegucigalpa, Honduras (Hotel Clarion)

Mesa 1 — Trabajo y cuidados

Participaron: Consejo Hondureño de la Empresa Privada (COHEP); Centro de Estudios de la Mujer – Honduras (CEM-H).

La mesa pidió servicios de cuidado para las trabajadoras de la maquila.

Mesa 2 — Violencias contra las mujeres

Participaron: Centro de Derechos de Mujeres (CDM); Asociación Calidad de Vida.

Fue la mesa más crítica: las organizaciones expresaron preocupación por la impunidad de los femicidios.
""", "asamblea.md")
    assert record.document_type == "EventReadout" and len(record.meetings) == 1
    assert len(record.meetings[0].participants) == 4


def test_a_bold_line_naming_a_part_heads_a_meeting_a_bold_field_does_not(tmp_path):
    """"**Morning: State Department ...**" and "**Afternoon: Kenya Private Sector Alliance ...**" under one day are
    two meetings; "**Venue: Hotel Sol**" and "**Public : parties prenantes (a, b)**" stay fields."""
    from consultkg.extract.outline import heading_kind

    def bold(text):
        return Block(text, 1, emphasis=(text,))
    assert heading_kind(bold("Afternoon: Kenya Private Sector Alliance and member firms")) == "bold"
    assert heading_kind(bold("Venue: Hotel Sol")) is None
    assert heading_kind(bold("Public : parties prenantes (administration, société civile)")) is None
    record = record_of(tmp_path, """# Back-to-Office Note

Mission: consultations on the World Bank Group Gender Strategy 2024-2030, 12-13 September 2023, Nairobi, Kenya

## Day 1 — Nairobi, Tuesday 12 September

**Morning: State Department for Gender and Affirmative Action**

Attending:

- State Department for Gender and Affirmative Action
- National Gender and Equality Commission

The State Department welcomed the draft and asked for support to gender-based violence services.

**Afternoon: Kenya Private Sector Alliance and member firms**

Attending:

- Kenya Private Sector Alliance (KEPSA)
- Safaricom PLC

Members supported the strategy's emphasis on jobs and asked for support to childcare.
""")
    assert [m.label.split(":")[0] for m in record.meetings] == ["Morning", "Afternoon"]
    assert "safaricom-plc" in record.meetings[1].participants and "safaricom-plc" not in record.meetings[0].participants


def test_short_bold_labels_after_a_first_one_stay_in_their_meeting(tmp_path):
    """"**Attending**" right under "**Afternoon: ...**" is a run-in label, and so is the "**What we heard**" after
    its list: the discussion is that meeting's; "**Key messages**" after the last meeting is the record's own."""
    record = record_of(tmp_path, """# Back-to-Office Note

Mission: consultations on the World Bank Group Gender Strategy 2024-2030, 12 September 2023, Nairobi, Kenya

## Day 1 — Nairobi, Tuesday 12 September

**Morning: State Department for Gender and Affirmative Action**

**Attending**

- State Department for Gender and Affirmative Action
- National Gender and Equality Commission

**What we heard**

The State Department welcomed the draft and asked for support to gender-based violence services.

**Afternoon: Kenya Private Sector Alliance and member firms**

**Attending**

- Kenya Private Sector Alliance (KEPSA)
- Safaricom PLC

**What we heard**

Safaricom described its on-site childcare for staff and asked that the strategy feature it.

**Key messages**

- Employers are ready to act on childcare.
- Officials want support to gender-based violence services.
""")
    assert [m.label.split(":")[0] for m in record.meetings] == ["Morning", "Afternoon"]
    assert "care" in {c for t in record.meetings[1].mentions for c in t.concepts}
    assert len(record.key_messages) == 2


def test_a_mission_told_in_prose_paragraphs_only_is_a_mission_of_those_meetings(tmp_path):
    """No outline of meetings, no list of names: each paragraph telling of a meeting held somewhere ("a equipa
    reuniu-se na sede do Fórum Mulher com ...", "foi recebida no Ministério ...") is a meeting of its own; a
    person named by her post is no organisation."""
    record = record_of(tmp_path, """GRUPO BANCO MUNDIAL — ESTRATÉGIA DE GÉNERO 2024-2030

Nota de missão: consultas em Maputo, Moçambique, 20 a 22 de setembro de 2023

Entre 20 e 22 de setembro de 2023, uma equipa do Grupo Banco Mundial esteve em Maputo para ouvir interlocutores sobre o projecto de Estratégia de Género.

Na manhã de 20 de setembro, a equipa foi recebida no Ministério do Género, Criança e Acção Social (MGCAS) pela Secretária Permanente, que manifestou apoio à estratégia e pediu atenção às uniões prematuras.

No dia seguinte, a equipa reuniu-se na sede do Fórum Mulher com representantes desta rede e da Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ), que falaram da violência doméstica.

Por fim, a 22 de setembro, a equipa encontrou-se no escritório do Banco Mundial com a ONU Mulheres e a Embaixada da Suécia, que apoiaram a estratégia e falaram do financiamento.
""", name="nota.md")
    assert record.document_type == "MissionSummary"
    assert len(record.meetings) == 3
    labels = {o.label for o in record.organisations}
    assert "Fórum Mulher" in labels and not any("Secretária" in label for label in labels)


def test_a_paragraph_opening_with_its_hour_is_a_meeting_and_its_bracket_its_participants(tmp_path):
    record = record_of(tmp_path, """# Journal de mission — Niger

Consultations sur la Stratégie genre 2024-2030, Niamey, du 6 au 7 mars 2024

MARDI 6 MARS

09:30 — Ministère de la Promotion de la Femme et de la Protection de l'Enfant [Mme Aïcha Moussa Issa, Directrice de
la Promotion de la Femme ; M. Idrissa Hamani Garba, Conseiller technique]. La Directrice a salué le projet de stratégie.
Les échanges ont porté sur la lutte contre les violences basées sur le genre.

15:00 — Ministère des Finances. Rencontre reportée à la demande du ministère, puis annulée.

MERCREDI 7 MARS

10:00 — Secteur privé, à la Chambre de Commerce et d'Industrie du Niger (CCIN) [M. Ousmane Sani Abdou, Secrétaire
général, CCIN ; représentants du Conseil National du Patronat Nigérien (CNPN) et de Niger Mobile Money]. Les
participants ont décrit l'accès des femmes au crédit.

15:30 — Groupe thématique Genre des partenaires techniques et financiers, dans les locaux d'ONU Femmes [présidence :
Mme Claire Dubois Karamoko, Représentante adjointe, ONU Femmes ; membres présents : UNICEF ; Ambassade de France au
Niger]. Les partenaires ont appuyé le projet de stratégie et ont parlé de l'économie des soins.
""")
    labels = {o.key: o.label for o in record.organisations}
    assert len(record.meetings) == 3  # the meeting put off is none
    first, private, group = record.meetings
    people = {p.key: p for p in record.people}
    assert {people[k].name for k in first.people} == {"Aïcha Moussa Issa", "Idrissa Hamani Garba"}
    assert all(labels[people[k].organisation].startswith("Ministère de la Promotion") for k in first.people)
    assert {labels[k] for k in private.participants} >= {
        "Chambre de Commerce et d'Industrie du Niger", "Conseil National du Patronat Nigérien", "Niger Mobile Money"}
    assert "CCIN" not in labels.values()  # the bare acronym read first is the body its full name gives
    assert "Groupe thématique Genre des partenaires techniques et financiers" in {labels[k] for k in group.participants}


def test_items_that_open_with_a_body_and_its_day_are_its_meetings(tmp_path):
    record = record_of(tmp_path, """# OFFICE MEMORANDUM

To: Gender Strategy Team. From: Country Office. Subject: consultations on the Gender Strategy 2024-2030

1. Purpose

This memo reports on the consultations held in Kampala from October 9 to 11, 2023, on the draft strategy.

2. Meetings held

(a) Ministry of Gender, Labour and Social Development (Directorate of Gender), October 9. We were received by
Ms. Jane Nakato Mugisha, Permanent Secretary. The ministry welcomed the draft and asked for support on gender data.

(b) Uganda Bureau of Statistics (UBOS), October 10. Mr. Paul Okello Ssemakula, Director of Social Statistics,
welcomed the attention the draft gives to measurement.

(c) Uganda Women's Network (UWONET), October 11. The network asked for direct funding for women's organisations.
""")
    labels = {o.key: o.label for o in record.organisations}
    assert record.document_type == "MissionSummary" and len(record.meetings) == 3
    assert [sorted(labels[k] for k in m.participants)[0] for m in record.meetings] == [
        "Ministry of Gender, Labour and Social Development", "Uganda Bureau of Statistics", "Uganda Women's Network"]
