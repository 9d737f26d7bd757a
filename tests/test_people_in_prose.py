"""People a sentence names with an honorific belong to the body named right before them when none follows
their name ("l'Agence ... (ANSD), représentée par Mme ..."), never to one named further back or when their
own body follows. The texts are invented."""
from __future__ import annotations

from consultkg.extract.orgs import OrgRegistry
from consultkg.extract.prose import people_in_prose
from consultkg.extract.prose_names import is_proper_name, names_in_prose, sure_name


def read(text: str):
    reg = OrgRegistry()
    _, people = people_in_prose(text, reg, None, None, sure_name, is_proper_name, names_in_prose)
    return {p.name: (reg.get(p.organisation).label if p.organisation else None) for p in people}


def test_a_person_with_no_body_after_the_name_belongs_to_the_one_just_before():
    people = read("Matin : Ministère de l'Économie, du Plan et de la Coopération (MEPC), en présence de M. Mamadou "
                  "Ba, Directeur de la Planification, et de l'Agence nationale de la Statistique et de la Démographie "
                  "(ANSD), représentée par Mme Coumba Guèye, Cheffe de la Division des statistiques démographiques.")
    assert people["Coumba Guèye"] == "Agence nationale de la Statistique et de la Démographie"


def test_a_body_named_further_back_or_after_the_name_wins_over_the_one_before():
    assert read("Trabajaron en esta mesa ONU Mujeres Honduras y el Consejo Cívico de Organizaciones Populares e "
                "Indígenas de Honduras (COPINH), con el Sr. Héctor Zúniga Flores, oficial de programas de ONU "
                "Mujeres Honduras, como relator.")["Héctor Zúniga Flores"] != \
        "Consejo Cívico de Organizaciones Populares e Indígenas de Honduras"
    assert read("The Federation of Kenya Employers (FKE) hosted the meeting. Later that day the team heard "
                "from Ms. Jane Wanjiru, a consultant.")["Jane Wanjiru"] is None


def test_a_paragraph_of_nothing_but_names_is_a_participant_list(tmp_path):
    from consultkg.extract import extract
    from consultkg.read import read_source
    from consultkg.extract.prose_names import names_only

    text = ("Plateforme Régionale des Organisations Paysannes d'Afrique Centrale (PROPAC), Concertation Nationale des "
            "Organisations Paysannes du Cameroun (CNOP-CAM) et CARE Cameroun, représentée par Mme Jeanne Ebongue "
            "Mvondo, conseillère genre.")
    assert names_only(text.rstrip("."))
    assert not names_only("The Ministry of Health (MoH) and UN Women (UNW) discussed the draft at length")
    assert not names_only("Sra. Miriam Güity, Coordinadora de Mujeres, Organización Fraternal Negra Hondureña (OFRANEH)")
    path = tmp_path / "note.md"
    path.write_text(f"""# Note de synthèse – Consultations sur la Stratégie genre 2024-2030

Yaoundé (Cameroun), 9 – 11 octobre 2023

## Table ronde avec les organisations de défense des droits des femmes

Organisations présentes :

- Association de Lutte contre les Violences faites aux Femmes (ALVF)
- Association Camerounaise des Femmes Juristes (ACAFEJ)

Les participantes ont accueilli très favorablement le projet de stratégie.

## Déjeuner de travail avec les organisations paysannes

Organisations présentes :

{text}

Les participants ont appuyé la stratégie et ont parlé de l'accès des agricultrices au foncier.
""", encoding="utf-8")
    record = extract(read_source(path))
    assert len(record.meetings) == 2
    second = record.meetings[1]
    assert {"care-cameroun", "concertation-nationale-des-organisations-paysannes-du-cameroun"} <= set(second.participants)
    jeanne = next(p for p in record.people if p.name == "Jeanne Ebongue Mvondo")
    assert jeanne.organisation == "care-cameroun"


def read_posts(text: str):
    reg = OrgRegistry()
    _, people = people_in_prose(text, reg, None, None, sure_name, is_proper_name, names_in_prose)
    return {p.name: (p.job_title, reg.get(p.organisation).label if p.organisation else None) for p in people}


def test_a_post_that_names_its_body_gives_that_body():
    people = read_posts("She was joined by Mr. Omar Bataineh, Director of Labour Policies at the Ministry of Labour; "
                        "by Ms. Dana Nimri, co-founder of SADAQA; and by Ms. Hiba Zureikat, gender specialist at the "
                        "ILO Regional Office for Arab States.")
    assert people["Omar Bataineh"] == ("Director of Labour Policies", "Ministry of Labour")
    assert people["Dana Nimri"] == ("co-founder", "SADAQA")
    assert people["Hiba Zureikat"] == ("gender specialist", "ILO Regional Office for Arab States")
    people = read_posts("A equipa conversou com a Sra. Amélia Cossa, Especialista Principal em Género do Banco Africano "
                        "de Desenvolvimento (BAD), que apresentou a iniciativa AFAWA.")
    assert people["Amélia Cossa"] == ("Especialista Principal em Género", "Banco Africano de Desenvolvimento")
    # a unit of the body ("SME Banking") is no body; a post with no body written keeps none
    assert read_posts("Ms. Meron Desta, Head of SME Banking at Enat Bank, spoke.")["Meron Desta"] == \
        ("Head of SME Banking", "Enat Bank")
    assert read_posts("Mr. Otieno Barasa, Director of Gender Mainstreaming, spoke.")["Otieno Barasa"][1] is None


def test_a_post_before_a_name_is_that_persons_and_joining_words_are_no_ones():
    people = read_posts("O Ministério do Género, Criança e Acção Social recebeu a equipa pela Secretária Permanente, "
                        "Sra. Helena Cossa Muianga, acompanhada pelo Director Nacional do Género, Sr. Alberto Sitoe.")
    assert people["Helena Cossa Muianga"][0] == "Secretária Permanente"
    assert people["Alberto Sitoe"][0] == "Director Nacional do Género"
    people = read_posts("The team was received by Ms. Wanjiru Kamau, together with Mr. Otieno Barasa, Director.")
    assert people["Wanjiru Kamau"][0] is None


def test_the_government_a_record_names_holds_its_ministries(tmp_path):
    from consultkg.extract import extract
    from consultkg.read import read_source

    body = """# Mission summary – Gender Strategy 2024-2030 consultations

Nairobi, Kenya, 2–4 October 2023

## Meeting 1 with the Ministry of Public Service and Gender

Participants: Ministry of Public Service and Gender (MPSG); FIDA Kenya

The ministry welcomed the draft strategy and asked for support on gender data.
"""
    named = tmp_path / "named.md"
    named.write_text(body + "\nThe mission also briefed the Government of Kenya on its findings.\n", encoding="utf-8")
    unnamed = tmp_path / "unnamed.md"
    unnamed.write_text(body, encoding="utf-8")
    record = extract(read_source(named))
    by_key = {o.key: o for o in record.organisations}
    ministry = next(o for o in record.organisations if o.label.startswith("Ministry of Public Service"))
    assert ministry.parent and by_key[ministry.parent].label == "Government of Kenya"
    assert next(o for o in record.organisations if o.label == "FIDA Kenya").parent is None  # no national body
    record = extract(read_source(unnamed))
    assert not any("Government" in o.label for o in record.organisations)  # never made up
    assert all(o.parent is None for o in record.organisations)
