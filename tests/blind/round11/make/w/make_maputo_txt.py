#!/usr/bin/env python3
"""Make docs/w-maputo-pt.txt: a mission summary as flattened portal text (the whole record on ONE line).

Bullets are inline "•" (level 1) and "o" (level 2), the partner table is flattened cell by cell,
and the portal banner "Public Disclosure Authorized" recurs where page breaks were.
People's names are fictional; the organisations are real.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "w-maputo-pt.txt"
BANNER = "Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized"

parts = [
    BANNER,
    "GRUPO BANCO MUNDIAL Estratégia de Género 2024–2030 CONSULTAS EM MOÇAMBIQUE Nota de síntese da missão",
    "Maputo, 23 a 25 de Outubro de 2023 Interlocutores: Governo, parceiros de cooperação e organizações da sociedade civil",
    "CONTEXTO Entre 23 e 25 de Outubro de 2023, uma equipa do Grupo Banco Mundial esteve em Maputo para recolher "
    "contributos sobre a proposta de Estratégia de Género 2024–2030. Foram realizados três encontros, organizados por "
    "tipo de interlocutor: um com o Governo, um com os parceiros de cooperação e um com organizações de mulheres. A "
    "missão decorreu poucos dias depois das eleições autárquicas de 11 de Outubro, num ambiente de tensão pós-eleitoral "
    "que obrigou a transferir o último encontro para o formato híbrido.",
    "MENSAGENS-CHAVE",
    "• Todos os interlocutores apoiaram os três objectivos estratégicos propostos e pediram que a versão final reflicta a "
    "realidade de um país afectado simultaneamente por conflito armado e por choques climáticos.",
    "• A violência baseada no género e as uniões prematuras continuam a ser as preocupações mais citadas, tanto pelo "
    "Governo como pela sociedade civil.",
    "• Os parceiros de cooperação sublinharam que a resposta às mulheres deslocadas em Cabo Delgado depende de "
    "financiamento previsível e plurianual.",
    "• As organizações de mulheres pediram ao Banco que as reconheça como interlocutoras e não apenas como prestadoras de serviços.",
    "ENCONTROS REALIZADOS",
    "1. Governo — Ministério do Género, Criança e Acção Social (MGCAS), 23 de Outubro",
    "Participaram: Dra. Celmira Joaquim Mabote, Secretária Permanente do MGCAS; Sr. Armando Zacarias Cossa, Director "
    "Nacional do Género; e dois técnicos do Instituto Nacional de Estatística (INE).",
    "o A Secretária Permanente manifestou o forte apoio do Governo de Moçambique à Estratégia e descreveu-a como "
    "plenamente alinhada com a Política de Género e Estratégia da sua Implementação.",
    "o Temas principais da conversa:",
    "• prevenção e resposta à violência baseada no género;",
    "• casamentos prematuros e gravidez na adolescência;",
    "• alargamento do Programa Subsídio Social Básico (PSSB) às mulheres chefes de agregado familiar;",
    BANNER,
    "• produção de estatísticas de género.",
    "o O MGCAS pediu apoio para a implementação da Lei de Prevenção e Combate às Uniões Prematuras, aprovada em 2019, "
    "sobretudo nas províncias do Norte, onde os casos continuam a ser pouco denunciados.",
    "o O INE informou que prepara um módulo sobre uso do tempo para o próximo inquérito aos agregados familiares e "
    "mostrou interesse numa colaboração técnica.",
    "2. Parceiros de cooperação — Grupo de Coordenação de Género, 24 de Outubro",
    "O encontro foi organizado pelo Grupo de Coordenação de Género, que reúne os parceiros de cooperação activos na área "
    "do género em Moçambique. Estiveram presentes os seguintes membros:",
    "Organização Representante Função",
    "Delegação da União Europeia em Moçambique Sra. Ingrid Van Damme-Kessler Adida para o Género e os Direitos Humanos",
    "Embaixada da Suécia Sr. Johan Ekström Berg Primeiro Secretário",
    "ONU Mulheres Sra. Amélia Rosário Nhantumbo Representante Adjunta",
    "Fundo das Nações Unidas para a População (UNFPA) Sra. Teresa Manuela Guambe Especialista em Programas",
    "Banco Africano de Desenvolvimento (BAD) Sr. Kwame Asante-Mensah Especialista em Género",
    "Alto Comissariado do Canadá Sra. Julie Bergeron-Lavoie Conselheira para o Desenvolvimento",
    "Agência dos Estados Unidos para o Desenvolvimento Internacional (USAID) — —",
    "Os parceiros apoiaram a proposta de Estratégia e disseram-se disponíveis para alinhar as suas próprias "
    "intervenções com ela. A maior parte da discussão centrou-se na situação das mulheres e raparigas deslocadas pelo "
    "conflito em Cabo Delgado, que enfrentam elevados riscos de violência sexual nos centros de reassentamento. Os "
    "parceiros lamentaram que o financiamento humanitário para a protecção das mulheres tenha diminuído em 2023 e "
    "sugeriram que o Banco utilize o Projecto de Recuperação da Crise no Norte para garantir serviços de resposta "
    "duradouros. A Delegação da União Europeia propôs ainda que o grupo e o Banco partilhem um conjunto comum de "
    "indicadores de género.",
    "3. Sociedade civil — Sessão com organizações de mulheres, 25 de Outubro (formato híbrido, a partir da sede do Fórum Mulher)",
    "Participaram: Fórum Mulher, representado pela Sra. Lurdes Ernesto Macuácua, Coordenadora Executiva; Women and Law "
    "in Southern Africa Moçambique (WLSA Moçambique); Associação Moçambicana das Mulheres de Carreira Jurídica "
    "(AMMCJ); Associação Moçambicana para o Desenvolvimento da Família (AMODEFA), representada pelo Dr. Hélder "
    "Tomás Mondlane, Director de Programas; N'weti – Comunicação para a Saúde.",
    "o As organizações manifestaram preocupação com o facto de o rascunho tratar a saúde e os direitos sexuais e "
    "reprodutivos de forma superficial, num país com uma das taxas de gravidez na adolescência mais elevadas da região.",
    "o Sublinharam que o espaço cívico se reduziu e que as organizações de mulheres raramente são chamadas a discutir "
    "os projectos financiados pelo Banco, e pediram mecanismos de consulta permanentes.",
    "o Queixaram-se de que o financiamento que chega às organizações de base é escasso e de curto prazo.",
    "o A AMMCJ relatou casos de intimidação de candidatas durante as eleições autárquicas e pediu que a Estratégia trate "
    "a participação política das mulheres com mais ambição. As participantes citaram um relatório da Amnistia "
    "Internacional sobre a situação das mulheres em Cabo Delgado.",
    BANNER,
    "PRÓXIMOS PASSOS O escritório do Banco em Maputo partilhará esta nota com os interlocutores e enviará as "
    "contribuições à equipa responsável pela Estratégia até 10 de Novembro de 2023.",
]
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(" ".join(parts) + "\n", encoding="utf-8")
print(f"wrote {OUT}")
