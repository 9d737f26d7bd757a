#!/usr/bin/env python3
"""Make docs/t-maputo-pt.txt: a mission summary as flattened portal text (the whole record on one
line, bullets inline as "•" and "o", the third meeting's participant table flattened cell by cell,
a "Public Disclosure Authorized" banner repeated at the start and once in the middle)."""
from pathlib import Path
OUT = Path(__file__).resolve().parents[1] / "docs" / "t-maputo-pt.txt"
B = "Public Disclosure Authorized"
parts = [
 B, B, B, B,
 "#AccelerateEquality",
 "GRUPO BANCO MUNDIAL ESTRATÉGIA DE GÉNERO 2024-2030 RELATÓRIO DE MISSÃO DE CONSULTA",
 "Moçambique | Maputo | 30 de Outubro a 1 de Novembro de 2023",
 "Públicos consultados: Governo, organizações da sociedade civil e academia",
 "ENQUADRAMENTO",
 "Entre 30 de Outubro e 1 de Novembro de 2023, uma equipa do Grupo Banco Mundial realizou em Maputo três sessões de "
 "consulta sobre a proposta de Estratégia de Género 2024-2030. Cada sessão decorreu num local diferente e é "
 "apresentada abaixo pelo nome desse local. As contribuições recolhidas serão tidas em conta na versão final da estratégia.",
 "MENSAGENS PRINCIPAIS",
 "• Os interlocutores apoiaram os três objectivos estratégicos e pediram que a estratégia reconheça a situação "
 "específica das mulheres e raparigas afectadas pelo conflito no norte do país.",
 "• A Lei de Prevenção e Combate às Uniões Prematuras, aprovada em 2019, foi apontada como um avanço cuja aplicação "
 "nas zonas rurais continua fraca.",
 "• As organizações da sociedade civil pediram financiamento directo e plurianual para as organizações de mulheres.",
 "• A academia alertou para a escassez de dados desagregados por sexo abaixo do nível provincial.",
 "SÍNTESE POR LOCAL",
 "LOCAL: Ministério do Género, Criança e Acção Social, Sala de Reuniões do 3.º andar (30 de Outubro)",
 "Presentes: Sra. Leonor Mabunda Chissano, Directora Nacional do Género; Sr. Armando Tembe Cossa, Técnico Sénior "
 "do Departamento de Planificação.",
 "o O Ministério do Género, Criança e Acção Social (MGCAS) manifestou um forte apoio à estratégia e ofereceu-se "
 "para acolher a sua apresentação pública em Moçambique.",
 "o Os temas principais foram a violência baseada no género, as uniões prematuras, a situação das mulheres "
 "deslocadas em Cabo Delgado e a coordenação entre sectores na resposta às sobreviventes.",
 "o A Directora Nacional referiu que o Programa Subsídio Social Básico (PSSB) chega sobretudo a mulheres idosas "
 "chefes de agregado e sugeriu que seja associado a serviços de apoio psicossocial.",
 B,
 "LOCAL: Escritório do Banco Mundial em Maputo, Avenida Kenneth Kaunda (31 de Outubro, manhã)",
 "Estiveram presentes representantes do Fórum Mulher – Coordenação para a Mulher no Desenvolvimento, incluindo a "
 "Sra. Graça Mucavele Nhaca, Coordenadora de Programas; da WLSA Moçambique (Women and Law in Southern Africa); da "
 "Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ), incluindo a Dra. Celeste Muianga Bila, "
 "Presidente; e da Rede HOPEM – Homens pela Mudança, incluindo o Sr. Fernando Zandamela Cuna, Oficial de Programas.",
 "o As organizações acolheram a estratégia, mas disseram recear que ela seja aplicada sem a participação das "
 "organizações de base e sem recursos para elas.",
 "o A WLSA e a AMMCJ sublinharam que as viúvas continuam a perder o direito à terra e à herança por força de "
 "práticas costumeiras, apesar da Lei da Família.",
 "o A Rede HOPEM defendeu que o trabalho com homens e rapazes sobre masculinidades deve constar da estratégia como "
 "uma linha de acção própria e não apenas como componente dos projectos de prevenção da violência.",
 "o O Fórum Mulher pediu financiamento flexível e plurianual para as organizações de mulheres e um mecanismo "
 "permanente de diálogo com o Banco.",
 "LOCAL: Universidade Eduardo Mondlane, Campus Principal, Sala do Conselho Universitário (1 de Novembro)",
 "Participantes Nome Cargo Instituição Prof.ª Doutora Isabel Nhantumbo Macuácua Directora Centro de Coordenação dos "
 "Assuntos de Género (CeCAGe), Universidade Eduardo Mondlane Dr. Hélder Sitoe Matsinhe Investigador Instituto de "
 "Estudos Sociais e Económicos (IESE) Dra. Luísa Cumbe Mondlane Docente de Economia Faculdade de Economia, "
 "Universidade Eduardo Mondlane",
 "o Os investigadores mostraram-se preocupados com a distância entre os objectivos da estratégia e a realidade "
 "orçamental do país: com o peso do serviço da dívida pública, dizem, sobra pouco para políticas de género.",
 "o Sublinharam que a maior parte das mulheres camponesas trabalha na agricultura familiar sem acesso a extensão "
 "agrária nem a crédito, e que as estatísticas disponíveis, incluindo as do Instituto Nacional de Estatística, "
 "raramente permitem análises por distrito.",
 "o O IESE propôs partilhar os seus estudos sobre o emprego informal das mulheres nos mercados de Maputo.",
 "Relatório preparado pela equipa de país do Grupo Banco Mundial em Moçambique.",
]
OUT.write_text(" ".join(parts) + "\n", encoding="utf-8")
print("wrote", OUT)
