#!/usr/bin/env python3
"""Make docs/n-maputo-osc-pt.txt: a mission summary in Portuguese as "flattened portal text".

The whole record is ONE line: headings, bullets ("•" for first level, "o" for second level),
the nested participant list and the page banners ("Public Disclosure Authorized", repeated where
the portal's PDF-to-text step put them) all run together, separated by single spaces.
People's names are fictional; the organisations are real.
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "n-maputo-osc-pt.txt"
BANNER = "Public Disclosure Authorized"

parts = [
    BANNER, BANNER, BANNER, BANNER,
    "Grupo Banco Mundial | Moçambique",
    "CONSULTA À SOCIEDADE CIVIL SOBRE A ESTRATÉGIA DE GÉNERO 2024-2030",
    "Relatório-síntese da missão",
    "Maputo, 25 a 27 de outubro de 2023",
    "Organizações da sociedade civil",
    "ENQUADRAMENTO",
    "Entre 25 e 27 de outubro de 2023, a equipa do Grupo Banco Mundial em Moçambique organizou três encontros "
    "com organizações da sociedade civil para recolher contributos sobre a proposta de Estratégia de Género "
    "2024-2030. Dois encontros decorreram em Maputo e o terceiro, com organizações que trabalham na província de "
    "Cabo Delgado, realizou-se por videoconferência. O presente relatório resume o que ouvimos; os contributos "
    "serão considerados na versão final da estratégia.",
    "MENSAGENS PRINCIPAIS",
    "• As organizações consultadas apoiaram os três objetivos da estratégia e pediram que o Banco trabalhe com "
    "elas desde a conceção dos projetos, e não apenas na fase de divulgação.",
    "• A violência doméstica e as uniões prematuras continuam a ser as violações mais frequentes dos direitos "
    "das mulheres e raparigas no país, apesar da aprovação da Lei de Prevenção e Combate às Uniões Prematuras "
    "em 2019.",
    "• As mulheres com deficiência e as pessoas LGBT estão praticamente ausentes das estatísticas oficiais e dos "
    "projetos de desenvolvimento.",
    "• Em Cabo Delgado, o conflito armado deslocou centenas de milhares de pessoas, na sua maioria mulheres e "
    "crianças, e as organizações locais pediram que a estratégia dê prioridade à sua proteção e aos seus meios de "
    "subsistência.",
    "ENCONTROS REALIZADOS",
    "Encontro com redes e associações de mulheres (25 de outubro, escritório do Banco Mundial, Maputo)",
    "Quem esteve presente: Fórum Mulher – Coordenação para a Mulher no Desenvolvimento; WLSA Moçambique; "
    "Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ); Rede HOPEM – Homens pela Mudança.",
    "O que ouvimos",
    "o As organizações manifestaram um apoio firme à proposta de estratégia e ofereceram-se para acompanhar a "
    "sua implementação no país.",
    "o Os temas que mais pesaram na conversa foram a violência doméstica, as uniões prematuras, a participação "
    "política das mulheres nas autarquias e o trabalho com homens e rapazes.",
    "o A AMMCJ lembrou que muitas sobreviventes desistem dos processos judiciais por falta de apoio jurídico "
    "gratuito fora das capitais provinciais.",
    BANNER,
    "Encontro sobre saúde, deficiência e diversidade (26 de outubro, sede da N'weti, Maputo)",
    "Quem esteve presente:",
    "• N'weti – Comunicação para a Saúde",
    "o Sra. Luísa Mabunda Cossa, Diretora Executiva",
    "• Associação dos Deficientes Moçambicanos (ADEMO)",
    "o Sr. Feliciano Tembe Nhantumbo, Oficial de Género",
    "o Sra. Rosa Elias Machava, Coordenadora de Projetos",
    "• Associação Moçambicana para a Defesa das Minorias Sexuais (LAMBDA)",
    "• Coligação para a Eliminação dos Casamentos Prematuros (CECAP)",
    "O que ouvimos",
    "o As participantes acolheram a estratégia, mas mostraram-se preocupadas com o facto de a proposta quase não "
    "referir as mulheres com deficiência nem as pessoas LGBT, que enfrentam discriminação tanto nos serviços "
    "públicos como nas próprias famílias.",
    "o A N'weti falou das dificuldades das adolescentes em obter serviços de saúde sexual e reprodutiva nas "
    "unidades sanitárias, onde são frequentemente mandadas para casa sem atendimento, e pediu que a estratégia "
    "reconheça o papel das campanhas de comunicação na mudança de atitudes.",
    "o A CECAP apresentou dados das províncias de Nampula e Zambézia, onde quase metade das raparigas se casa "
    "antes dos 18 anos, e sublinhou que a lei de 2019 ainda é pouco conhecida pelas autoridades comunitárias.",
    BANNER,
    "Encontro virtual com organizações que trabalham em Cabo Delgado (27 de outubro)",
    "Quem esteve presente: Associação Mulher, Lei e Desenvolvimento (MULEIDE), representada pela Dra. Helena "
    "Jossias Chivambo, Coordenadora Provincial em Pemba; Associação Progresso; Observatório do Meio Rural (OMR).",
    "O que ouvimos",
    "o As organizações apoiaram a proposta de estratégia e pediram que o Banco articule os seus projetos de "
    "recuperação no norte com as organizações locais de mulheres.",
    "o Destacaram-se a proteção das mulheres deslocadas pelo conflito em Cabo Delgado, o acesso das mulheres à "
    "terra nos reassentamentos e os meios de subsistência das mulheres rurais.",
    "o O OMR citou um relatório recente do ACNUR segundo o qual muitas famílias deslocadas são chefiadas por "
    "mulheres sem documentos de identificação, o que as impede de receber apoio.",
    "o A MULEIDE pediu que o Plano Nacional de Ação sobre Mulheres, Paz e Segurança seja atualizado e dotado de "
    "orçamento próprio.",
    BANNER,
]
text = " ".join(parts)
assert "\n" not in text
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(text + "\n", encoding="utf-8")
print(f"wrote {OUT}: {len(text)} characters on one line")
