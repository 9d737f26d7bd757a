#!/usr/bin/env python3
"""Make l-maputo-sociedade-civil-pt.docx and l-guatemala-juventudes-es.docx (python-docx).

    OUT/.venv-make/bin/python make_docx.py
Reproducible: fixed core properties; the zip entries are rewritten with a fixed timestamp.
People's names are fictional; organisations are real.
"""
import datetime
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

DOCS = Path(__file__).resolve().parents[1] / "docs"
FIXED = datetime.datetime(2023, 12, 1, 9, 0, 0)


def fix_zip(path):
    """Rewrite the .docx zip with fixed timestamps and sorted-order-preserving entries."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def new_doc(title, author):
    d = Document()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def bold_line(d, text, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def table(d, rows, widths=None):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for row in rows:
        cells = t.add_row().cells
        for c, text in zip(cells, row):
            c.text = text
    d.add_paragraph()
    return t


# ---------------------------------------------------------------- Maputo (pt)
def maputo():
    d = new_doc("Relatório de missão - Consultas com a sociedade civil - Moçambique", "Escritório do Banco Mundial em Maputo")
    bold_line(d, "Grupo Banco Mundial", 10)
    d.add_heading("Estratégia de Género 2024-2030: consultas com a sociedade civil em Moçambique", level=1)
    d.add_paragraph("Relatório de missão | Maputo, 15 a 17 de novembro de 2023")
    d.add_paragraph(
        "Entre 15 e 17 de novembro de 2023, uma equipa do Grupo Banco Mundial reuniu-se com organizações da sociedade "
        "civil moçambicana para ouvir as suas opiniões sobre o projeto de Estratégia de Género 2024-2030. As reuniões "
        "realizaram-se em Maputo e, no último dia, por videoconferência com organizações que trabalham em Cabo Delgado. "
        "Apresentam-se abaixo por local, com as principais mensagens no final.")

    d.add_heading("Sede do Fórum Mulher, Maputo (quarta-feira, 15 de novembro)", level=2)
    d.add_paragraph(
        "As organizações reunidas na sede do Fórum Mulher saudaram o projeto de Estratégia e declararam apoiar os seus "
        "três objetivos, pedindo apenas que a implementação em Moçambique seja acompanhada pela sociedade civil. Os temas "
        "levantados foram a violência doméstica e as uniões prematuras, o acesso das adolescentes a serviços de saúde "
        "sexual e reprodutiva, a titularidade da terra pelas mulheres camponesas e a participação das mulheres nas "
        "assembleias municipais.")
    d.add_paragraph(
        "A WLSA Moçambique lembrou que a Lei de Prevenção e Combate às Uniões Prematuras, aprovada em 2019, continua pouco "
        "aplicada fora das capitais provinciais; foi citado um relatório do UNICEF segundo o qual quase metade das raparigas "
        "se casa antes dos 18 anos. A AMODEFA descreveu a falta de métodos contracetivos nas unidades sanitárias rurais. A "
        "MULEIDE insistiu em que as mulheres camponesas raramente têm o DUAT (direito de uso e aproveitamento da terra) em "
        "seu nome.")
    d.add_paragraph("Presentes:")
    table(d, [
        ("Fórum Mulher – Coordenação para a Mulher no Desenvolvimento", "Graça Nhantumbo Chissano", "Directora Executiva"),
        ("WLSA Moçambique", "Ilda Macuácua Mabote", "Investigadora"),
        ("Associação Mulher, Lei e Desenvolvimento (MULEIDE)", "Joana Tembe Cossa", "Coordenadora de Programas"),
        ("Associação Moçambicana para o Desenvolvimento da Família (AMODEFA)", "Rui Manhiça Langa", "Director de Programas"),
    ])

    d.add_heading("Escritórios do Centro de Integridade Pública, Maputo (quinta-feira, 16 de novembro)", level=2)
    d.add_paragraph(
        "A segunda reunião teve um tom mais crítico. O Centro de Integridade Pública (CIP) reconheceu avanços no "
        "projeto, mas considerou que a Estratégia ignora o peso da dívida pública e dos cortes orçamentais nos serviços de "
        "que as mulheres mais dependem, e pediu que o Banco analise o impacto de género das suas recomendações de "
        "política fiscal.")
    d.add_paragraph(
        "A Rede HOPEM sublinhou que nenhuma mudança duradoura será possível sem trabalhar com homens e rapazes para "
        "transformar as masculinidades e as normas que toleram a violência. A LAMBDA lamentou que o documento não "
        "mencione as pessoas LGBTI nem as mulheres com deficiência, e pediu uma abordagem que reconheça as "
        "discriminações que se acumulam. A N'weti juntou-se a este pedido e acrescentou que faltam dados desagregados "
        "para conhecer a situação destes grupos.")
    d.add_paragraph("Presentes:")
    table(d, [
        ("Centro de Integridade Pública (CIP)", "Celso Mabunda Nhaca", "Economista"),
        ("Rede HOPEM – Homens pela Mudança", "Jorge Matusse Bila", "Oficial de Programas"),
        ("LAMBDA – Associação Moçambicana para a Defesa das Minorias Sexuais", "Dércio Ubisse Mondlane", "Director Executivo"),
        ("N'weti – Comunicação para a Saúde", "—", "—"),
    ])

    bold_line(d, "Videoconferência com organizações de Cabo Delgado (sexta-feira, 17 de novembro)")
    d.add_paragraph(
        "No último dia, a equipa conversou por videoconferência com a Solidariedade Moçambique, representada pela "
        "Sra. Amina Saide Momade, coordenadora provincial em Pemba, e com o Centro para Democracia e Direitos Humanos "
        "(CDD), representado pelo Sr. Faizal Assane Juma, oficial de investigação. Ambas as organizações manifestaram "
        "preocupação por a Estratégia quase não tratar das mulheres deslocadas pelo conflito armado em Cabo Delgado, "
        "que vivem em centros de reassentamento sem rendimento próprio e expostas à violência sexual, e perguntaram como "
        "o Plano Nacional de Acção sobre Mulheres, Paz e Segurança será tido em conta. Pediram programas de meios de "
        "subsistência e de emprego para as deslocadas.")

    d.add_heading("Principais mensagens", level=2)
    for m in [
        "A sociedade civil apoia os objetivos da Estratégia, mas quer participar no seu acompanhamento em Moçambique.",
        "As uniões prematuras e a gravidez na adolescência são prioridades que exigem aplicação efetiva da lei de 2019.",
        "A Estratégia deve reconhecer os efeitos da política fiscal e da dívida sobre as mulheres.",
        "As mulheres deslocadas de Cabo Delgado precisam de atenção específica.",
    ]:
        d.add_paragraph(m, style="List Bullet")
    out = DOCS / "l-maputo-sociedade-civil-pt.docx"
    d.save(out)
    fix_zip(out)


# ---------------------------------------------------------------- Guatemala (es)
def guatemala():
    d = new_doc("Memoria del taller con juventudes - Guatemala", "Oficina del Banco Mundial en Guatemala")
    bold_line(d, "MEMORIA DEL TALLER", 14)
    bold_line(d, "«La Estrategia de Género del Banco Mundial vista por las y los jóvenes»")
    d.add_paragraph("Ciudad de Guatemala, lunes 9 de octubre de 2023 — Centro Cultural de España en Guatemala, Zona 1")
    d.add_paragraph("Consulta con juventudes sobre el borrador de la Estrategia de Género 2024-2030 del Grupo Banco Mundial")

    bold_line(d, "¿Quiénes participaron?")
    d.add_paragraph("Asistieron 34 jóvenes de entre 17 y 29 años, de seis departamentos, en representación de las siguientes organizaciones:")
    for o in [
        "Asociación Red de Jóvenes para la Incidencia Política (INCIDEJOVEN)",
        "Asociación Pop No'j",
        "Organización Mujeres Transformando el Mundo (MTM)",
        "Asociación Grupo Ceiba",
        "Plan Internacional Guatemala",
    ]:
        d.add_paragraph(o, style="List Number")
    d.add_paragraph("Abrieron la conversación, en un panel de veinte minutos:")
    table(d, [
        ("Andrea Sofía Coc Caal, coordinadora de juventudes", "Asociación Pop No'j"),
        ("Kevin Estuardo Ajanel Pérez, vocero nacional", "INCIDEJOVEN"),
        ("María José Orellana Paz, oficial de programas", "Mujeres Transformando el Mundo"),
        ("Diego Alejandro Tuyuc Son, voluntario", "Asociación Grupo Ceiba"),
    ])

    bold_line(d, "Lo que dijeron")
    d.add_paragraph(
        "Tras la presentación del borrador, las juventudes priorizaron cuatro temas: el embarazo en niñas y adolescentes, "
        "el acceso a empleo digno para mujeres jóvenes, la violencia en línea y la participación de las jóvenes indígenas "
        "en sus autoridades comunitarias.")
    for b in [
        "Pop No'j recordó que en 2022 se registraron miles de nacimientos de madres menores de 14 años, según datos del "
        "Observatorio en Salud Sexual y Reproductiva (OSAR), y pidió que el Banco apoye la educación integral en sexualidad y "
        "la continuidad del Plan Nacional de Prevención de Embarazos en Adolescentes (PLANEA).",
        "INCIDEJOVEN señaló que la mayoría de las jóvenes trabaja en la informalidad, sin contrato ni seguridad social, y que "
        "los programas de empleo rara vez llegan a las áreas rurales.",
        "MTM describió el acoso y la difusión de imágenes íntimas sin consentimiento que sufren las jóvenes en redes sociales "
        "y pidió que la Estrategia nombre la violencia digital.",
        "Las participantes mayas k'iche' y q'eqchi' explicaron que las jóvenes indígenas casi nunca ocupan cargos en las "
        "alcaldías indígenas ni en los COCODES, y que para ellas la discriminación por ser mujeres, jóvenes e indígenas se suma.",
    ]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph(
        "En general, las y los participantes expresaron inquietud porque el borrador casi no menciona a la juventud y no "
        "prevé mecanismos para que las organizaciones juveniles participen en su seguimiento. Se citó además un informe del "
        "Fondo de Población de las Naciones Unidas (UNFPA) sobre la maternidad temprana en Centroamérica.")
    bold_line(d, "Seguimiento")
    d.add_paragraph("La oficina del Banco Mundial enviará esta memoria a las organizaciones participantes y las invitará a la presentación de la versión final.")
    out = DOCS / "l-guatemala-juventudes-es.docx"
    d.save(out)
    fix_zip(out)


if __name__ == "__main__":
    maputo()
    guatemala()
