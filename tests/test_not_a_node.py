"""Fail closed: texts that stand where names stand but are no organisation (an address, a post, a field,
a header's label) never become nodes. The texts are invented; each case is a class of layout.
"""
from __future__ import annotations

import pytest

from consultkg.extract import extract
from consultkg.extract.initiatives import initiatives_in
from consultkg.extract.entities import org_problem
from consultkg.extract.orgs import OrgRegistry
from consultkg.extract.participants import parse_entry
from consultkg.model import Block
from consultkg.read import read_source


def entry(text: str):
    reg, rejected = OrgRegistry(), []
    orgs, people = parse_entry(text, reg, None, rejected=rejected)
    return ([reg.get(k).label for k in orgs],
            [(p.name, p.job_title, reg.get(p.organisation).label if p.organisation else None) for p in people])


def record_of(tmp_path, text: str, name: str = "record.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read_source(path))


def test_the_lines_of_an_address_below_a_signature_are_no_organisations(tmp_path):
    """Name, post, body, then the address: a line beside a street or phone line, once the signer's body is
    read, is where that body is ("Lobito, Benguela", "Recife – PE"), whatever place it names."""
    record = record_of(tmp_path, """Exmos. Senhores,

Vimos apresentar o nosso contributo ao projecto de Estratégia de Género 2024-2030 do Banco Mundial.

1) Violência doméstica. Os centros de acolhimento continuam poucos.

Com os melhores cumprimentos,

Teresa Kiala Bumba
Coordenadora Executiva
Rede Mulher Angola
Bairro Azul, Luanda Sul
Tel.: +244 923 000 000

Marta Helena Quirino
Coordenadora Executiva
Casa da Mulher do Nordeste
Av. Conde da Boa Vista, 482 – sala 203
Recife – PE
Tel.: +55 81 2222-1111
""")
    assert sorted(o.label for o in record.organisations) == ["Casa da Mulher do Nordeste", "Rede Mulher Angola"]
    assert {p.name for p in record.people} == {"Teresa Kiala Bumba", "Marta Helena Quirino"}


@pytest.mark.parametrize("subject", ["FW: RE: Submission of the Women's Budget Network on the gender strategy",
                                     "TR : Submission of the Women's Budget Network on the gender strategy",
                                     "ENC: Submission of the Women's Budget Network on the gender strategy"])
def test_forward_and_reply_marks_before_a_subject_name_no_one(tmp_path, subject):
    record = record_of(tmp_path, f"""From: Ana Staff <ana@example.org>
Sent: Monday, 4 December 2023 10:00
To: Gender Strategy Team
Subject: {subject}

Dear colleagues,

We welcome the draft strategy and ask that care services be funded.

Sincerely,
Women's Budget Network
""")
    labels = [o.label for o in record.organisations]
    assert "Women's Budget Network" in labels
    assert not any(len(label) <= 3 for label in labels)  # no "FW", "TR", "ENC"


@pytest.mark.parametrize("text", ["Lieu : Dakar (Sénégal), bureau du Groupe de la Banque mondiale, salle Gorée",
                                  "Venue: Kenya Private Sector Alliance (KEPSA), Westlands, Nairobi",
                                  "Places: Nairobi and Kisumu, Kenya"])
def test_a_venue_or_date_field_names_no_participant(text):
    assert entry(text) == ([], [])


@pytest.mark.parametrize("text, want", [
    ("Kenya Women Microfinance Bank (KWFT) - Mr. Collins Otieno, Branch Manager, Kisumu",
     (["Kenya Women Microfinance Bank"], [("Collins Otieno", "Branch Manager, Kisumu", "Kenya Women Microfinance Bank")])),
    ("Cámara de Comercio e Industrias de Cortés (CCIC) — Sra. Ana Lucía Handal, Vicepresidenta",
     (["Cámara de Comercio e Industrias de Cortés"], [("Ana Lucía Handal", "Vicepresidenta",
                                                      "Cámara de Comercio e Industrias de Cortés")])),
    ("Secretaria de Estado para a Igualdade (SEI) — Sra. Ermelinda Soares Pereira, Diretora-Geral",
     (["Secretaria de Estado para a Igualdade"], [("Ermelinda Soares Pereira", "Diretora-Geral",
                                                   "Secretaria de Estado para a Igualdade")])),
])
def test_when_the_body_heads_the_entry_all_after_the_name_is_the_post(text, want):
    assert entry(text) == want


def test_a_person_and_her_post_before_a_dash_and_her_body_after_it():
    orgs, people = entry("Luz Marina Cárdenas Ruiz, Profesora Asociada — Escuela de Estudios de Género, "
                         "Universidad Nacional de Colombia")
    assert "Universidad Nacional de Colombia" in orgs and not any("Profesora" in o for o in orgs)
    assert people == [("Luz Marina Cárdenas Ruiz", "Profesora Asociada", "Universidad Nacional de Colombia")]
    # the school is a unit of the university: the person belongs to the university, the school stays under it
    assert "Escuela de Estudios de Género" in orgs


def test_a_post_holding_an_organisations_word_is_still_a_post():
    assert entry("Ms. Halima Abdi Noor, Women in Business Proposition Lead") == (
        [], [("Halima Abdi Noor", "Women in Business Proposition Lead", None)])


def test_a_series_inside_one_name_before_its_acronym_is_one_name():
    orgs, _ = entry("Asociación Nacional de la Micro, Pequeña y Mediana Empresa de Honduras (ANMPIH)")
    assert orgs == ["Asociación Nacional de la Micro, Pequeña y Mediana Empresa de Honduras"]


def test_a_labelled_address_is_neither_organisation_nor_initiative():
    text = "Correspondência: Rede Brasil do Pacto Global da ONU — São Paulo (SP)"
    assert org_problem(text) == "a labelled field, not a name"
    assert initiatives_in(Block(text, 1)) == []
    assert org_problem("UN Women (UNW): Ms. Jane Doe") != "a labelled field, not a name"


def test_a_flattened_table_that_cannot_be_read_is_reported_not_guessed(tmp_path):
    """Rows that run together are refused whole and listed as not read; the words before the header
    ("Quem participou") are no name either."""
    record = record_of(tmp_path, """Resumo da missão: consultas sobre a Estratégia de Género 2024-2030, Praia

Reunião 1 — Ministério da Família

Quem participou Instituição Nome Cargo Ministério da Família, Inclusão e Desenvolvimento Social Filomena Brito Semedo Diretora-Geral de Inclusão Social Rede de Mulheres Parlamentares Cabo-verdianas Ana Paula Fortes Gomes Deputada e coordenadora

O ministério apoiou a estratégia e pediu dados sobre o trabalho de cuidados.

Reunião 2 — Sociedade civil

Participantes: Instituto Cabo-verdiano para a Igualdade e Equidade do Género (ICIEG); Associação Cabo-verdiana de Luta contra a Violência Baseada no Género (ACLCVBG).

As organizações pediram mais apoio às casas de abrigo.
""", "mission.md")
    assert not any(o.label.startswith("Quem") for o in record.organisations)
    assert any("flattened" in n.why for n in record.not_read)


def test_an_audience_in_a_meeting_heading_is_no_organisation(tmp_path):
    record = record_of(tmp_path, """Résumé de mission : consultations sur la Stratégie genre 2024-2030, Antananarivo

Lundi 6 novembre — Ministère de la Population

Participants : Mme Hanta Rakoto, Directrice générale ; M. Paul Randria, Conseiller technique.

Le ministère a soutenu la stratégie et demandé un appui sur les données.

Même jour, après-midi — Jeunes femmes et emploi

Participants : Fédération pour la Promotion Féminine et Enfantine (FPFE) ; Habaka Madagascar Innovation Hub.

Les participantes ont parlé de l'accès au crédit et de la garde d'enfants.
""", "mission.md")
    labels = {o.label for o in record.organisations}
    assert not any(label.startswith("Jeunes") for label in labels)
    assert "Fédération pour la Promotion Féminine et Enfantine" in labels


def test_a_section_of_initiatives_referred_to_names_no_participant(tmp_path):
    record = record_of(tmp_path, """READOUT | VIRTUAL CONSULTATION WITH THE PRIVATE SECTOR on the World Bank Group Gender Strategy 2024-2030

Date: Monday, 30 October 2023

Participants

- BRAC Bank Limited
- Grupo Bimbo

Discussion

Companies welcomed a strategy that treats the private sector as a partner and asked for tools on childcare.

Initiatives referred to

- Women Entrepreneurs Finance Initiative (We-Fi)
- Tackling Childcare Initiative
""", "webinar.md")
    labels = {o.label for o in record.organisations}
    assert not any("Initiative" in label for label in labels)
    assert any(i.acronym == "We-Fi" for i in record.initiatives)


def test_those_copied_in_under_a_letters_signatures_sign_nothing(tmp_path):
    record = record_of(tmp_path, """Ciudad de Guatemala, 20 de noviembre de 2023

Estimado equipo de la Estrategia de Género:

Las redes firmantes saludan el borrador y proponen más financiamiento directo a las organizaciones de mujeres.

Atentamente,

Red de Mujeres Afrolatinoamericanas, Afrocaribeñas y de la Diáspora

c.c. Oficina Regional del Grupo Banco Mundial para Centroamérica
""", "carta.md")
    labels = [o.label for o in record.organisations]
    assert labels and not any("Banco Mundial" in label or "Regional" in label for label in labels)


def test_a_sign_off_first_name_is_no_body_and_an_acronym_before_a_dash_is_the_names(tmp_path):
    record = record_of(tmp_path, """De: Lucía Fernández Ortiz <lucia@example.org>
Enviado: lunes, 20 de noviembre de 2023 10:12
Para: Gender Strategy Consultation <gs@example.org>
Asunto: Aportes de ELA a la consulta sobre la Estrategia de Género 2024-2030

Estimado equipo:

Celebramos que la estrategia incluya los cuidados entre sus prioridades, pero nos preocupa su financiamiento.

Un cordial saludo,

Natalia Gómez Ferraro
Directora Ejecutiva
ELA - Equipo Latinoamericano de Justicia y Género
Tel.: +54 11 5555 5555

Bien cordialement,
Koffi
""", "correo.txt")
    orgs = {o.label: o.acronym for o in record.organisations}
    assert orgs == {"Equipo Latinoamericano de Justicia y Género": "ELA"}


def test_an_input_replied_on_top_of_the_banks_invitation_is_the_content(tmp_path):
    """A thread: the newest message, on top, carries the input; below it a short reply and the Bank's own
    invitation. The top message is read, its signature's "Title | Body – ACRONYM" too."""
    record = record_of(tmp_path, """De: Luíza Camargo Ferraz <luiza@cfemea.example>
Enviado: terça-feira, 31 de outubro de 2023 18:42
Para: Consulta Estratégia de Gênero <genderstrategy@worldbank.org>
Assunto: RES: Convite - contribuições escritas à Estratégia de Gênero 2024-2030

Prezada equipe da Estratégia de Gênero,

Em resposta ao convite abaixo, encaminho as contribuições conjuntas das organizações brasileiras. Reconhecemos o esforço do Grupo Banco Mundial em abrir esta consulta e vemos com bons olhos a prioridade dada à violência de gênero.

1) Racismo e desigualdade de gênero andam juntos. As mulheres negras são a maioria das mulheres pobres do país.

2) Cuidados como direito. O Banco deveria apoiar a Política Nacional de Cuidados.

Atenciosamente,

Luíza Camargo Ferraz
Assessora Técnica | Centro Feminista de Estudos e Assessoria – CFEMEA
Tel.: +55 61 3224-1791

De: Consulta Estratégia de Gênero <genderstrategy@worldbank.org>
Enviado: segunda-feira, 2 de outubro de 2023 09:00
Para: Luíza Camargo Ferraz <luiza@cfemea.example>
Assunto: Convite - contribuições escritas à Estratégia de Gênero 2024-2030 do Grupo Banco Mundial

Prezada Luíza,

O Grupo Banco Mundial convida organizações da sociedade civil a enviar contribuições escritas.

Atenciosamente,
Equipe da Estratégia de Gênero
Grupo Banco Mundial
""", "thread.txt")
    orgs = {o.label: o.acronym for o in record.organisations}
    assert orgs == {"Centro Feminista de Estudos e Assessoria": "CFEMEA"}
    assert [p.job_title for p in record.people] == ["Assessora Técnica"]


def test_the_banks_own_strategy_is_no_initiative_whatever_words_follow_it():
    for text in ("Les participants ont salué la Stratégie du Groupe de la Banque mondiale pour l'égalité des genres.",
                 "Transmettre le présent compte rendu à l'équipe de la Stratégie à Washington."):
        assert initiatives_in(Block(text, 1)) == [], text
    named = initiatives_in(Block("Le Protocole de Maputo et le Plan Sénégal Émergent ont été cités.", 1))
    assert [i.label for i in named] == ["Protocole de Maputo", "Plan Sénégal Émergent"]


def test_a_label_never_holds_a_bidi_override_but_the_evidence_keeps_the_words(tmp_path):
    """U+202E in "United Nations Fund for Women" showed the name reversed on the page (issue 18): the label is
    shown as written, the evidence's exact words keep every character of the file."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    record = tmp_path / "r.md"
    record.write_text("# Consultation with civil society\n\nLima, Peru, 12 March 2023\n\n"
                      "## Meeting 1 with civil society organisations\n\nParticipants:\n\n"
                      "- United Nations \u202eFund for Women\u202c (UNIFEM)\n- Centro de la Mujer Peruana Flora Tristán\n\n"
                      "Key themes of the discussion included unpaid care work.\n", encoding="utf-8")
    rec = extract(read_source(record))
    org = next(o for o in rec.organisations if "Fund for Women" in o.label)
    assert org.label == "United Nations Fund for Women"
    assert "\u202e" in org.evidence.exact



def test_query_keywords_and_punctuation_led_fragments_are_no_organisations_and_are_reported(tmp_path):
    path = tmp_path / "hostile.md"
    path.write_text("# Meeting with civil society\n\nParticipants:\n\n- Oxfam\n- ; DROP ALL ;\n- SELECT\n"
                    "- : the rest\n- UN Women\n", encoding="utf-8")
    record = extract(read_source(path))
    assert sorted(o.label for o in record.organisations) == ["Oxfam", "UN Women"]  # was: an organisation "DROP ALL"
    reported = {n.text for n in record.not_read}
    assert {"; DROP ALL ;", "SELECT"} <= reported
    assert org_problem("Drop All") == "query-language keywords, not a name"
    assert org_problem("All Women Union") is None  # a name holding such words is still a name
