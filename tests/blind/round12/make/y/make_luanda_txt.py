#!/usr/bin/env python3
"""Make docs/y-luanda-pt.txt: a Portuguese mission summary as "flattened portal text".

The whole record is ONE line (as a document portal's text extraction gives it): headings,
bullets ("•" and "o"), a programme table and a participants table run together, with the
portal's "Public Disclosure Authorized" banner repeated where page edges were.
People's names are fictional; the organisations are real. Deterministic output.

    python3 make_luanda_txt.py [OUT.txt]
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "y-luanda-pt.txt"
BANNER = "Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized"

parts = [
    BANNER,
    "GRUPO BANCO MUNDIAL Estratégia de Género 2024-2030 | Consultas nacionais NOTA DE SÍNTESE DA MISSÃO ANGOLA",
    "Luanda, 18 a 20 de Setembro de 2023 Interlocutores: Governo, sector privado e sociedade civil",
    "Enquadramento Entre 18 e 20 de Setembro de 2023, uma equipa do Grupo Banco Mundial esteve em Luanda para "
    "recolher opiniões sobre a proposta de Estratégia de Género 2024-2030. Foram realizados quatro encontros, "
    "com uma entidade governamental, um fundo público, o sector privado e organizações da sociedade civil. "
    "A nota resume as principais mensagens e, a seguir, cada encontro.",
    "Mensagens principais",
    "• Os interlocutores governamentais manifestaram apoio claro aos três objectivos estratégicos e pediram "
    "alinhamento com a Política Nacional para a Igualdade e Equidade de Género.",
    "• O Programa Kwenda é visto como a principal porta de entrada para chegar às mulheres pobres das zonas "
    "rurais e periurbanas.",
    "• As empresárias consideram que a falta de garantias e o custo do crédito travam o crescimento dos seus "
    "negócios.",
    "• As organizações da sociedade civil pedem mais espaço de participação e receiam que a consulta não tenha "
    "consequências práticas.",
    "Quadro 1 – Programa Data Encontro Local 18/09 Ministério da Acção Social, Família e Promoção da Mulher "
    "Luanda (Mutamba) 18/09 Fundo de Apoio Social Luanda (Maianga) 19/09 Mesa-redonda com empresárias e banca "
    "Sede da CCIA 20/09 Organizações da sociedade civil Sede da ADRA",
    "Página 1 de 3",
    BANNER,
    "1. Encontro com o Ministério da Acção Social, Família e Promoção da Mulher (MASFAMU) Presentes: "
    "Dra. Emília Cassoma Tchipilica, Secretária de Estado para a Família e Promoção da Mulher; "
    "Sr. Domingos Catumbela Neto, Director Nacional para os Direitos da Mulher; técnicos do Gabinete de Estudos, "
    "Planeamento e Estatística.",
    "A Secretária de Estado expressou o forte apoio do Executivo angolano à Estratégia e à forma como foi "
    "consultada. Os temas em destaque foram: o a aplicação da Lei contra a Violência Doméstica; o a expansão das "
    "creches comunitárias; o o acesso das mulheres rurais ao bilhete de identidade e ao registo de terras; "
    "o a presença de mulheres em cargos de direcção.",
    "O Ministério informou que os centros de aconselhamento familiar existem em todas as províncias, mas com "
    "pessoal insuficiente, e pediu apoio para formar técnicos municipais.",
    "2. Encontro com o Fundo de Apoio Social (FAS) – Programa Kwenda Presentes: Eng. Paulo Sebastião Lutonda, "
    "Coordenador Adjunto do Programa Kwenda; Dra. Helena Mbiavanga Kiala, Especialista em Género e Inclusão Social.",
    "O FAS apoia a Estratégia e vê nela uma oportunidade para reforçar a componente de género do Kwenda. A equipa "
    "do programa explicou que a maioria dos titulares das transferências monetárias são mulheres e que o "
    "pagamento por telemóvel está a ser alargado para evitar deslocações longas até aos pontos de pagamento nas "
    "comunas rurais. O cadastro social único já recolhe dados por sexo, mas ainda não permite saber quem decide "
    "sobre o uso do dinheiro dentro do agregado. Foi discutida a possibilidade de ligar as transferências a "
    "actividades de inclusão produtiva para mulheres camponesas.",
    "Página 2 de 3",
    BANNER,
    "3. Mesa-redonda com mulheres empresárias e o sector financeiro",
    "Instituição Representante Cargo Câmara de Comércio e Indústria de Angola (CCIA) Sra. Joana Manuel Capemba "
    "Vice-Presidente Banco de Fomento Angola (BFA) Sra. Teresa Ndala Chingui Directora de Marketing e Sustentabilidade "
    "Banco Angolano de Investimentos (BAI) – – Associação Angolana de Bancos (ABANC) Sr. Osvaldo Kanjila Mateus "
    "Secretário-Geral",
    "As participantes concordaram com o diagnóstico da Estratégia, mas acharam as propostas para o sector privado "
    "demasiado genéricas e pouco ligadas à realidade angolana.",
    "• Os bancos exigem garantias imobiliárias que poucas mulheres possuem, e a taxa de juro afasta as pequenas "
    "empresárias.",
    "• A maioria das mulheres que vendem nos mercados e nas ruas trabalha na informalidade e não tem conta "
    "bancária.",
    "• O BFA apresentou a sua linha de crédito para empreendedoras e admitiu que a procura supera a oferta.",
    "• A CCIA lembrou que as mulheres continuam raras nos conselhos de administração das grandes empresas.",
    "4. Conversa com organizações da sociedade civil Organizações presentes: Plataforma Mulheres em Acção (PMA); "
    "Associação Mãos Livres; Rede Mulher Angola; Acção para o Desenvolvimento Rural e Ambiente (ADRA); "
    "Associação OMUNGA.",
    "As organizações manifestaram preocupação com a distância entre os compromissos assumidos e a prática, e "
    "com o pouco tempo dado à sociedade civil para comentar o documento. Os temas levantados foram o espaço "
    "cívico para as associações, a violência contra as zungueiras, a seca no Sul e a perda de terras das "
    "camponesas, e o adiamento das eleições autárquicas. A Rede Mulher Angola citou um relatório da UNICEF "
    "sobre a malnutrição infantil no Cunene.",
    "Próximos passos o Partilhar esta nota com os participantes. o Marcar um encontro de seguimento com o "
    "MASFAMU e o FAS sobre os indicadores de género do Kwenda.",
    "Página 3 de 3",
    BANNER,
]
text = " ".join(parts)
assert "\n" not in text
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(text + "\n", encoding="utf-8")
print(f"wrote {OUT}: {len(text)} characters on one line")
