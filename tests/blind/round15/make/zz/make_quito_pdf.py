#!/usr/bin/env python3
"""Make docs/zz-quito-carta-es.pdf: a Spanish joint letter from an Ecuadorian coalition, one column, two pages.

    ../.venv-make/bin/python make_quito_pdf.py [OUT.pdf]

Layout: letterhead, place and date, reference number, addressee block, subject line,
salutation, comments numbered I-VI (one of them runs across the page break), signatories
in a table (Nombre | Cargo | Organización) at the end. Lines are broken once by fpdf2 and
placed by pdf_columns.Flow. Fixed creation date: the same bytes on every run.
"""
import datetime
import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdf_columns import FONT, Flow  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "zz-quito-carta-es.pdf"


class Doc(FPDF):
    def header(self):
        self.set_font("Sans", "B", 11)
        self.set_xy(25, 12)
        self.cell(160, 5, "COALICIÓN NACIONAL DE MUJERES DEL ECUADOR", align="C")
        self.set_font("Sans", "", 7.5)
        self.set_xy(25, 17)
        self.cell(160, 4, "Quito · Guayaquil · Cuenca", align="C")
        self.line(25, 22.5, 185, 22.5)

    def footer(self):
        self.set_font("Sans", "", 7.5)
        self.set_xy(25, self.h - 14)
        self.cell(160, 4, f"{self.page_no()}/{{nb}}", align="R")


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.set_auto_page_break(False)
pdf.c_margin = 0
pdf.set_creation_date(datetime.datetime(2023, 11, 17, 15, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Aportes a la Estrategia de Genero 2024-2030")
pdf.set_author("Coalicion Nacional de Mujeres del Ecuador")
for st, f in [("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")]:
    pdf.add_font("Sans", st, str(FONT / f))
pdf.add_page()

f = Flow(pdf, "Sans", left=25, right=25, top=30, bottom=22, columns=1)
S, L = 10, 5.2
f.block("Quito, 17 de noviembre de 2023", size=S, lead=L, align="R", after=1)
f.block("Oficio CNME-2023-041", size=S, lead=L, align="R", after=5)
for line in ["Señoras y señores", "Equipo de la Estrategia de Género", "Grupo Banco Mundial", "Washington, D.C."]:
    f.block(line, size=S, lead=L, after=0)
f.block("", size=S, lead=L, after=2)
f.block("Asunto: Aportes de la sociedad civil ecuatoriana al borrador de la Estrategia de Género 2024-2030 del "
        "Grupo Banco Mundial", style="B", size=S, lead=L, after=4)
f.block("De nuestra consideración:", size=S, lead=L, after=3)
P = dict(size=S, lead=L, after=3)
f.block("La Coalición Nacional de Mujeres del Ecuador, espacio que articula a organizaciones de mujeres de todo el "
        "país desde 2006, junto con el Centro Ecuatoriano para la Promoción y Acción de la Mujer (CEPAM Guayaquil), "
        "la Fundación Desafío y Surkuna, organizaciones integrantes de la Coalición, presenta a continuación sus "
        "aportes al borrador de la Estrategia de Género 2024-2030 sometido a consulta.", **P)
f.block("Reconocemos el esfuerzo del Grupo Banco Mundial por consultar a la sociedad civil. Sin embargo, nos "
        "preocupa seriamente que el borrador guarde silencio sobre los derechos sexuales y reproductivos y sobre "
        "los efectos de las políticas de ajuste en la vida de las mujeres, dos temas que en el Ecuador de hoy son "
        "inseparables de cualquier agenda de igualdad. Por ello formulamos las siguientes observaciones:", **P)
C = dict(size=S, lead=L, after=3, indent=8)
comments = [
    ("I.", "Derechos sexuales y reproductivos. La estrategia debe reconocer explícitamente la salud y los derechos "
           "sexuales y reproductivos. En el Ecuador, la Ley Orgánica que Regula la Interrupción Voluntaria del "
           "Embarazo para Niñas, Adolescentes y Mujeres en Caso de Violación, aprobada en 2022, sigue sin "
           "aplicarse plenamente en los servicios públicos de salud, y el Banco, que financia programas de salud "
           "en el país, no puede ignorarlo."),
    ("II.", "Niñas y adolescentes. Cada año cientos de niñas menores de catorce años dan a luz en el país; casi "
            "todos esos embarazos son producto de violencia sexual, muchas veces dentro de la familia o en el "
            "entorno escolar. Pedimos que la estrategia trate el embarazo en niñas como una forma de violencia y "
            "no sólo como un problema de salud o de permanencia escolar."),
    ("III.", "Violencia contra las mujeres. Los femicidios han aumentado en los últimos años, al mismo tiempo que "
             "se recortaba el presupuesto del sistema creado por la Ley Orgánica Integral para Prevenir y "
             "Erradicar la Violencia contra las Mujeres de 2018. Sin recursos estables, las juntas cantonales y "
             "las casas de acogida no pueden funcionar, y las sobrevivientes quedan sin protección efectiva. "
             "Solicitamos que el Banco condicione su apoyo presupuestario al mantenimiento de esos recursos."),
    ("IV.", "Política fiscal. El programa acordado con el Fondo Monetario Internacional ha llevado a recortes en "
            "salud, educación y protección social que recaen sobre las mujeres, que son quienes suplen con trabajo "
            "no remunerado los servicios que el Estado deja de prestar. Pedimos evaluaciones de impacto de género "
            "de las reformas fiscales que el Banco apoya."),
    ("V.", "Mujeres indígenas, afroecuatorianas y montubias. La estrategia debe reconocer la discriminación "
           "múltiple que enfrentan estas mujeres, en particular las mujeres indígenas de la Amazonía afectadas por "
           "proyectos extractivos, y garantizar su consulta previa, libre e informada."),
    ("VI.", "Financiamiento y participación. Pedimos fondos directos, flexibles y plurianuales para las "
            "organizaciones de mujeres, así como un mecanismo permanente que permita a la sociedad civil dar "
            "seguimiento a la ejecución de la estrategia en cada país."),
]
for num, text in comments:
    f.block(f"{num}  {text}", **C)
f.block("Agradecemos de antemano la atención a la presente y quedamos a disposición del equipo para ampliar "
        "cualquiera de estos puntos.", **P)
f.block("Atentamente,", size=S, lead=L, after=4)

# signatories table
rows = [("Nombre", "Cargo", "Organización"),
        ("María Fernanda Chiriboga Andrade", "Coordinadora nacional", "Coalición Nacional de Mujeres del Ecuador"),
        ("Gabriela Solórzano Vera", "Directora ejecutiva", "CEPAM Guayaquil"),
        ("Verónica Paredes Toapanta", "Presidenta", "Fundación Desafío"),
        ("Daniela Ortiz Cevallos", "Coordinadora jurídica", "Surkuna")]
if f.y + 8 * len(rows) > pdf.h - f.bottom:
    f.next_column()
pdf.set_y(f.y)
pdf.set_font("Sans", "", 9)
with pdf.table(col_widths=(60, 40, 60), line_height=6, text_align="LEFT", first_row_as_headings=True) as table:
    for r in rows:
        row = table.row()
        for v in r:
            row.cell(v)
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
for page, col, text in f.log:
    print(page, text)
print(f"wrote {OUT}: {pdf.page_no()} pages")
