"""Words the extractor learnt from the language files where a language lacked them before.

Each test reads invented text in a language whose words were missing from the
hand-written lists the lexicon replaced (Portuguese mostly), so it fails
without the language file's entry.
"""
from __future__ import annotations

import re

import pytest

from consultkg import lexicon
from consultkg.extract.authors import authors_in_title
from consultkg.extract.common import split_theme_list
from consultkg.extract.initiatives import initiatives_in
from consultkg.extract.entities import is_sentence, org_problem
from consultkg.extract.meetings import _is_sentence, group_of_heading
from consultkg.extract.orgs import OrgRegistry
from consultkg.extract.titleblock import _after_strategy_line, parse_title, strategy_label
from consultkg.extract.written import overall_stance
from consultkg.lexicon.phrases import phrase_regex
from consultkg.model import Block


def test_portuguese_strategy_names_the_world_bank_group_strategy():
    assert strategy_label("ESTRATÉGIA DE GÊNERO 2024-2030 DO GRUPO BANCO MUNDIAL") == \
        "World Bank Group Gender Strategy 2024-2030"
    assert strategy_label("Estratégia de Gênero") == "Gender Strategy"  # no owner named
    assert strategy_label("Plano Nacional de Cuidados 2024-2030") is None


def test_portuguese_one_line_title_keeps_what_follows_the_summary_words():
    line = "ESTRATÉGIA DE GÊNERO DO GRUPO BANCO MUNDIAL RESUMO DA MISSÃO Quelimane, Moçambique Sociedade Civil"
    assert _after_strategy_line(line).strip() == "Quelimane, Moçambique Sociedade Civil"
    tb = parse_title([line])
    assert (tb.city, tb.stakeholder_group) == ("Quelimane", "civil-society")


@pytest.mark.parametrize("text", ["Os participantes pediram dados desagregados.", "Elas destacaram o cuidado infantil."])
def test_portuguese_meeting_subjects_open_a_statement(text):
    assert _is_sentence(text)


def test_a_subject_phrase_is_not_a_participants_label_nor_an_officials_entry():
    assert not _is_sentence("Os participantes:")
    assert lexicon.SUBJECT.match("Government officials expressed concern")
    assert not lexicon.SUBJECT.match("Government officials from the Ministry of Health")


def test_portuguese_members_of_a_group_in_a_meeting_heading():
    reg = OrgRegistry()
    key = group_of_heading("Reunião 2 com Membros do Grupo Temático de Gênero (GTG)", reg, "Mozambique", Block("x", 1))
    assert key is not None
    org = reg.get(key)
    assert (org.label, org.acronym, org.org_type) == ("Grupo Temático de Gênero", "GTG", "coordination-group")


def test_portuguese_courtesy_is_no_stance():
    lines = [Block("A Rede acolhe a oportunidade de comentar a proposta.", 1),
             Block("Manifestamos preocupação com o financiamento dos serviços de cuidado.", 2)]
    assert overall_stance(lines) == ("Concern", lines[1].text)


def test_spanish_courtesy_with_a_contrast_still_states_a_stance():
    lines = [Block("La Red agradece la oportunidad de comentar; sin embargo, rechaza el enfoque propuesto.", 1),
             Block("Apoyamos la propuesta.", 2)]
    assert overall_stance(lines) == ("Opposition", lines[0].text)


def test_portuguese_bem_como_joins_the_last_theme():
    assert split_theme_list("empoderamento econômico, serviços de cuidado bem como a violência de gênero") == \
        ["empoderamento econômico", "serviços de cuidado", "a violência de gênero"]
    assert split_theme_list("saúde materna, bem como educação") == ["saúde materna", "educação"]


def test_portuguese_platform_is_an_initiative():
    name = "Plataforma Nacional de Dados de Gênero"
    found = initiatives_in(Block(f"Apresentou a {name} aos parceiros.", 1, emphasis=[name]))
    assert [i.label for i in found] == [name]
    assert initiatives_in(Block("Apresentou a plataforma aos parceiros.", 1, emphasis=["plataforma"])) == []


def test_portuguese_plural_contributions_name_their_authors():
    assert authors_in_title("Contribuições da Rede de Mulheres Rurais para a Estratégia de Gênero do Banco Mundial") == \
        ["Rede de Mulheres Rurais"]


def test_finite_verbs_keep_their_accents():
    # Portuguese "é" is a verb; "e" is "and": a name with "e" is no sentence
    assert is_sentence("a proposta é bem-vinda para as organizações")
    assert org_problem("Associação de Mulheres e Meninas") is None


def test_page_lines_in_every_language():
    for text in ("Page 3 of 12", "Página 2 de 5", "pág. 7", "page 4 sur 9"):
        assert org_problem(text) == "page furniture or a table row, not a name", text
    assert org_problem("Pagina Verde") is None


def test_audience_lines_naming_several_groups_are_multi_stakeholder():
    assert lexicon.stakeholder_group("Parlamentares") == "parliamentarians"
    assert lexicon.stakeholder_group("Parlamentares e Sociedade Civil") == "multi-stakeholder"
    assert lexicon.audience_groups("Government, Parliamentarians and Civil Society") == \
        ["parliamentarians", "civil-society", "government"]


def test_negative_lookahead_in_a_phrase():
    rx = re.compile(phrase_regex("staff !(of|from)"), re.I)
    assert rx.match("Staff joined later") and not rx.match("Staff of the Red Cross")
    with pytest.raises(ValueError):
        phrase_regex("staff !")


@pytest.mark.parametrize("opening, body", [
    ("Senior government officials of the government from the ", "Ministry of Health"),
    ("High-level representatives of ", "Ministry of Labour"),
    ("Staff from the ", "Department of Gender"),
    ("Altos funcionarios del gobierno de la ", "Secretaría de la Mujer"),
    ("Delegadas de los ", "Ministerios de Salud"),
    ("Des hauts représentants du gouvernement de l'", "Agence nationale"),
    ("Fonctionnaires du ", "Ministère de la Femme"),
    ("Altos dirigentes do governo da ", "Secretaria da Mulher"),
    ("Técnicas do ", "Instituto Nacional de Estatística"),
])
def test_officials_openings_in_every_language(opening, body):
    m = lexicon.OFFICIALS.match(opening + body)
    assert m and (opening + body)[m.end():] == body


@pytest.mark.parametrize("text, people", [
    ("Ministry of Health, including Dr. Jane Doe", "Dr. Jane Doe"),
    ("Ministerio de Salud, entre ellas a la Sra. Ana Ruiz", "Sra. Ana Ruiz"),
    ("Ministère de la Santé, y compris Mme Awa Diop", "Mme Awa Diop"),
    ("Ministério da Saúde, entre elas a Sra. Ana Cossa", "Sra. Ana Cossa"),
])
def test_including_brings_in_the_people(text, people):
    m = lexicon.INCLUDING.search(text)
    assert m and text[m.end():] == people


@pytest.mark.parametrize("text, body", [
    ("Representatives of the Red Cross, CARE and Oxfam attended.", "Red Cross, CARE and Oxfam"),
    ("Staff of Plan International joined for the second half.", "Plan International"),
    ("Representantes de la Red de Mujeres y la Fundación Luz asistieron.", "Red de Mujeres y la Fundación Luz"),
    ("Représentants de ONU Femmes et de l'UNICEF étaient présentes.", "ONU Femmes et de l'UNICEF"),
    ("Representantes da Rede Lilás e do Fórum Mulher participaram.", "Rede Lilás e do Fórum Mulher"),
])
def test_prose_participant_lists_in_every_language(text, body):
    lead, tail = lexicon.PROSE_LEAD.match(text), lexicon.PROSE_TAIL.search(text)
    assert lead and tail and text[lead.end():tail.start()] == body


def test_every_exported_name_is_documented():
    doc = lexicon.__doc__
    missing = [n for n in lexicon.__all__ if f"``{n}``" not in doc and f"`{n}`" not in doc
               and n not in ("Lexicon", "LexiconError")]
    assert missing == []
