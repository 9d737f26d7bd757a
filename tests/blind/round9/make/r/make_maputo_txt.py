#!/usr/bin/env python3
"""Make docs/r-maputo-pt.txt: a Portuguese mission summary as 'flattened portal text'.

The whole record is written on ONE line, as a document portal's text extraction gives it:
a repeated "Public Disclosure Authorized" banner at the start and again at a page break,
bullets inline as "•" (first level) and "o" (second level), and the partners' table of the
third meeting flattened cell after cell (no separators). People's names are fictional;
organisations are real. Deterministic: no dates or randomness are read at run time.
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "r-maputo-pt.txt"
BANNER = "Public Disclosure Authorized"

parts = [
    BANNER, BANNER, BANNER, BANNER,
    "GRUPO BANCO MUNDIAL | Estratégia de Género 2024-2030",
    "NOTA DE CONSULTA",
    "Moçambique — Maputo, 13 a 15 de Setembro de 2023",
    "Públicos consultados: Governo, sociedade civil e parceiros de cooperação",
    "1. Contexto",
    "Entre 13 e 15 de Setembro de 2023, uma equipa do Grupo Banco Mundial realizou em Maputo uma ronda de consultas "
    "sobre o projecto de Estratégia de Género 2024-2030 com o Governo de Moçambique, com organizações da sociedade "
    "civil e com os parceiros de cooperação. As reuniões decorreram no escritório do Banco em Maputo, com excepção da "
    "reunião com a sociedade civil, acolhida pelo Fórum Mulher. Os contributos recolhidos serão tidos em conta na "
    "versão final da estratégia.",
    "2. Principais mensagens",
    "(1) Todas as partes consultadas apoiaram os três objectivos estratégicos propostos e pediram que a estratégia "
    "tenha em conta a realidade de um país afectado por conflito e por choques climáticos.",
    "(2) As uniões prematuras continuam a afectar cerca de metade das raparigas em Moçambique; a aplicação da Lei de "
    "Prevenção e Combate às Uniões Prematuras é lenta fora das capitais provinciais.",
    "(3) O conflito em Cabo Delgado deslocou centenas de milhares de pessoas, na sua maioria mulheres e crianças, e as "
    "organizações de mulheres locais são muitas vezes as primeiras a responder.",
    "(4) Governo e parceiros pediram que os indicadores da estratégia sejam alinhados com os do Plano Nacional de "
    "Acção sobre Mulheres, Paz e Segurança e com os sistemas nacionais de estatística.",
    "3. Síntese das reuniões",
    "Quarta-feira, 13 de Setembro — Governo",
    "Presentes: Ministério do Género, Criança e Acção Social (MGCAS): Sra. Albertina Mucavele Nhantumbo, Secretária "
    "Permanente; Sr. Celso Jaime Macuácua, Director Nacional do Género.",
    "• O MGCAS manifestou forte apoio ao projecto de estratégia e considerou que os seus objectivos coincidem com as "
    "prioridades do Governo de Moçambique.",
    "• Os temas abordados incluíram a prevenção das uniões prematuras, a resposta à violência baseada no género, o "
    "empoderamento económico das mulheres rurais e a coordenação entre sectores na assistência às sobreviventes.",
    "o A Secretária Permanente referiu que o Programa de Acção Social Produtiva (PASP) chega a muitas mulheres chefes "
    "de agregado familiar e poderia servir de porta de entrada para acções de poupança e geração de rendimento.",
    "o O Director Nacional do Género pediu apoio para pôr em funcionamento os centros de atendimento integrado nos "
    "distritos, onde polícia, saúde e acção social ainda trabalham separadamente.",
    "Quinta-feira, 14 de Setembro — Sociedade civil",
    "Presentes: Fórum Mulher, representado pela Sra. Graça Tembe Cossa, Coordenadora Executiva; Associação Moçambicana "
    "das Mulheres de Carreira Jurídica (AMMCJ); WLSA Moçambique; N'weti – Comunicação para a Saúde.",
    "• As organizações acolheram a proposta, mas manifestaram preocupação com o facto de o projecto dizer pouco sobre "
    "o modo como o Banco trabalhará com as organizações de mulheres e sobre o financiamento que lhes chegará.",
    "• A AMMCJ e a WLSA Moçambique descreveram as dificuldades das mulheres vítimas de violência doméstica em obter "
    "protecção dos tribunais, sobretudo nas zonas rurais, onde a assistência jurídica gratuita quase não existe.",
    BANNER, BANNER,
    "• O Fórum Mulher sublinhou que as mulheres deslocadas pelo conflito em Cabo Delgado vivem em centros de "
    "reassentamento sem serviços básicos e com riscos elevados de exploração sexual.",
    "• A N'weti chamou a atenção para a gravidez na adolescência e para o acesso das raparigas a serviços de saúde "
    "sexual e reprodutiva, e pediu que as escolas sejam parte da resposta.",
    "Sexta-feira, 15 de Setembro — Parceiros de cooperação",
    "Reunião com o Grupo de Coordenação de Género dos Parceiros de Cooperação, presidido pela Embaixada da Suécia em "
    "Moçambique. Estiveram presentes os seguintes membros do grupo:",
    "Membro Representado por",
    "Embaixada da Suécia em Moçambique Primeira Secretária, Género e Direitos Humanos",
    "Alto Comissariado do Canadá em Moçambique Conselheira para o Desenvolvimento",
    "ONU Mulheres Representante Adjunta",
    "Fundo das Nações Unidas para a População (UNFPA) Especialista em Género",
    "Banco Africano de Desenvolvimento (BAD) Responsável de Operações, Género",
    "Delegação da União Europeia em Moçambique Chefe de Secção, Governação",
    "Agência Italiana para a Cooperação ao Desenvolvimento (AICS) Responsável de Programa",
    "• Os parceiros apoiaram a estratégia e ofereceram-se para partilhar os seus estudos de género ao nível do país.",
    "• Os parceiros destacaram: a harmonização dos indicadores de género entre parceiros; o financiamento climático "
    "sensível ao género; e a protecção das mulheres deslocadas em Cabo Delgado.",
    "• Ficou acordado que o Banco apresentará ao grupo, no primeiro trimestre de 2024, o plano de implementação da "
    "estratégia em Moçambique.",
    "4. Próximos passos",
    "A equipa partilhará esta nota com os participantes e continuará o diálogo com o MGCAS e com o Fórum Mulher durante "
    "a preparação do novo Quadro de Parceria com o País.",
]

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(" ".join(parts) + "\n", encoding="utf-8")
print(f"wrote {OUT}")
