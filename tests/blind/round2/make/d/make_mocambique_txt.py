#!/usr/bin/env python3
"""Make docs/d-mocambique-osc-pt.txt: a mission summary flattened to ONE line, as a portal's text export
gives it (bullets inline as "•" and "o", a table flattened, a repeated disclosure banner)."""
from pathlib import Path

BANNER = "Public Disclosure Authorized Public Disclosure Authorized"
parts = [
    BANNER,
    "GRUPO BANCO MUNDIAL | Moçambique",
    "Consultas sobre a Estratégia de Género 2024-2030 — Resumo da missão",
    "Maputo e Nampula, 4 a 6 de outubro de 2023",
    "Público consultado: Organizações da sociedade civil",
    "Enquadramento",
    "Entre 4 e 6 de outubro de 2023, uma equipa do Grupo Banco Mundial reuniu-se com organizações da sociedade civil moçambicana em Maputo e em Nampula para recolher opiniões sobre a proposta de Estratégia de Género 2024-2030. Realizaram-se três encontros, cujo resumo se apresenta abaixo, por dia.",
    "Mensagens principais",
    "• As organizações apoiam os três objetivos da estratégia e pedem que o Banco as trate como parceiras permanentes, não apenas em momentos de consulta.",
    "• A violência contra mulheres e raparigas e as uniões prematuras continuam a ser a primeira preocupação em todo o país.",
    "• Nas províncias do norte, a resposta às mulheres deslocadas pelo conflito em Cabo Delgado deve ser parte explícita da estratégia.",
    BANNER,
    "Quarta-feira, 4 de outubro — Maputo",
    "Mesa-redonda com redes de mulheres, na sede do Fórum Mulher",
    "Estiveram presentes:",
    "• Fórum Mulher — Coordenação para a Mulher no Desenvolvimento",
    "o Sra. Graça Armando Cossa, Coordenadora de Programas",
    "• WLSA Moçambique (Women and Law in Southern Africa)",
    "o Dra. Felismina Tembe Macuácua, Investigadora Sénior",
    "• Associação Moçambicana das Mulheres de Carreira Jurídica (AMMCJ)",
    "o Dra. Célia Rosário Nhantumbo, Presidente",
    "• Observatório das Mulheres",
    "As redes manifestaram um apoio firme à estratégia, que consideram “um passo em frente” em relação à anterior. Os temas centrais da conversa foram a violência doméstica, as uniões prematuras, a participação política das mulheres nas eleições autárquicas e o financiamento direto das organizações de base.",
    "A WLSA lembrou que a Lei de Prevenção e Combate às Uniões Prematuras, de 2019, continua pouco aplicada fora das capitais provinciais.",
    "Quinta-feira, 5 de outubro — Maputo",
    "Encontro sobre saúde, diversidade e masculinidades",
    "Participaram a Associação Moçambicana para o Desenvolvimento da Família (AMODEFA), a LAMBDA — Associação Moçambicana para a Defesa das Minorias Sexuais e a Rede HOMENS PELA MUDANÇA (HOPEM).",
    "A AMODEFA falou sobretudo do acesso das jovens ao planeamento familiar e da mortalidade materna nas zonas rurais, que continua entre as mais altas da região.",
    "A LAMBDA saudou a referência às desigualdades que se cruzam, mas lamentou que a estratégia não mencione as pessoas LGBTI, que enfrentam discriminação no acesso a serviços.",
    "A HOPEM defendeu o trabalho com homens e rapazes para mudar as normas sociais que toleram a violência.",
    "Os participantes acolheram a estratégia, mas com reservas: pedem que o Banco seja mais explícito sobre direitos e sobre quem fica de fora.",
    BANNER,
    "Sexta-feira, 6 de outubro — Nampula",
    "Encontro provincial com organizações do norte",
    "Organização | Representante | Função Plataforma Provincial da Sociedade Civil de Nampula | Sr. Abdul Cassimo Momade | Secretário Executivo Solidariedade Moçambique | Sra. Amina Saide Issufo | Oficial de Género MULEIDE — Associação Mulher, Lei e Desenvolvimento (delegação de Nampula) | Sra. Rosa Victorino Napuanha | Delegada Provincial",
    "As organizações de Nampula mostraram-se preocupadas com a distância entre a estratégia e a realidade das províncias. Falaram das mulheres deslocadas de Cabo Delgado que vivem em Nampula sem documentos nem terra para cultivar, e das camponesas que não têm título de uso da terra (DUAT) em seu nome.",
    "o A Solidariedade Moçambique pediu apoio aos grupos de poupança e crédito rotativo das mulheres rurais.",
    "o A Plataforma lamentou a falta de dados provinciais desagregados por sexo, que impede medir o alcance dos programas.",
    "Próximos passos",
    "A equipa partilhará este resumo com as organizações e voltará a contactá-las quando a versão final da estratégia for publicada.",
    BANNER,
]
out = Path(__file__).resolve().parents[1] / "docs" / "d-mocambique-osc-pt.txt"
out.write_text(" ".join(parts) + "\n", encoding="utf-8")
print(out, len(" ".join(parts)))
