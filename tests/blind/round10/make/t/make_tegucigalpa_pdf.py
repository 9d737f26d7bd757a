#!/usr/bin/env python3
"""Make docs/t-tegucigalpa-es.pdf: a mission summary in TWO text columns (fpdf2 text_columns), A4.
Full-width masthead, then the body flows in two columns: meetings grouped under day headings
("Día 1 — Tegucigalpa ..."), each meeting a bold line, participants as a nested list (organisation, then
its people on indented "–" lines), discussion as prose under "Lo conversado". No key-message section.
Lists and sentences flow across column and page breaks. Reproducible (fixed creation date)."""
import datetime, sys
from pathlib import Path
from fpdf import FPDF

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "t-tegucigalpa-es.pdf"
FONT = Path("/usr/share/fonts/truetype/dejavu")
pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2023, 11, 20, 8, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Resumen de misión - Honduras")
pdf.set_author("r10-t")
pdf.add_font("DejaVu", "", str(FONT / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT / "DejaVuSans-Bold.ttf"))
pdf.set_margins(16, 16, 16)
pdf.set_auto_page_break(True, margin=18)
pdf.add_page()

pdf.set_font("DejaVu", "B", 15)
pdf.multi_cell(0, 7, "Consultas sobre la Estrategia de Género 2024-2030 del Grupo Banco Mundial", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5.5, "Honduras · Tegucigalpa y San Pedro Sula · 13 al 15 de noviembre de 2023\n"
               "Resumen de misión · Públicos: gobierno, sociedad civil, sector privado y cooperación internacional",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.line(16, pdf.get_y(), pdf.w - 16, pdf.get_y())
pdf.ln(4)

BODY = 10.5
with pdf.text_columns(ncols=2, gutter=7, text_align="L", line_height=1.15) as cols:
    def head(text, size=10.5):
        pdf.set_font("DejaVu", "B", size)
        with cols.paragraph(top_margin=2.5, bottom_margin=1.2) as par:
            par.write(text=text)
        pdf.set_font("DejaVu", "", BODY)

    def prose(text, bottom=1.8):
        pdf.set_font("DejaVu", "", BODY)
        with cols.paragraph(bottom_margin=bottom, text_align="J") as par:
            par.write(text=text)

    def org(text):
        pdf.set_font("DejaVu", "", BODY)
        with cols.paragraph(bottom_margin=0.4) as par:
            par.write(text="• " + text)

    def person(text):
        pdf.set_font("DejaVu", "", BODY - 0.5)
        with cols.paragraph(bottom_margin=0.4) as par:
            par.write(text="\u00a0\u00a0\u00a0\u00a0– " + text)
        pdf.set_font("DejaVu", "", BODY)

    head("Resumen", 11)
    prose("Del 13 al 15 de noviembre de 2023, un equipo del Grupo Banco Mundial sostuvo cuatro reuniones en "
          "Honduras para recoger opiniones sobre la propuesta de Estrategia de Género 2024-2030. Las reuniones "
          "reunieron a autoridades nacionales, organizaciones feministas, gremios empresariales de la zona norte y "
          "agencias de cooperación. En general, los objetivos de la estrategia fueron bien recibidos; las "
          "organizaciones de mujeres, sin embargo, expresaron preocupaciones serias que se detallan más abajo. Lo "
          "que sigue se presenta día por día.")

    head("Día 1 — Tegucigalpa, lunes 13 de noviembre", 11)
    head("Reunión con la Secretaría de Estado en el Despacho de la Mujer")
    pdf.set_font("DejaVu", "", BODY)
    with cols.paragraph(bottom_margin=0.6) as par:
        par.write(text="Participantes")
    org("Secretaría de Estado en el Despacho de la Mujer (SEMUJER)")
    person("Sra. Karla Patricia Zelaya Funes, Subsecretaria de Estado")
    person("Lic. Marvin Oseguera Paz, Director de Planificación y Evaluación de la Gestión")
    head("Lo conversado", 9.5)
    prose("La Subsecretaria expresó un respaldo pleno a la estrategia y pidió que Honduras sea considerada para su "
          "aplicación temprana. Las prioridades expuestas fueron la prevención del femicidio, la ampliación de los "
          "centros Ciudad Mujer y la autonomía económica de las mujeres rurales. La Secretaría recordó que Honduras "
          "registra una de las tasas de muertes violentas de mujeres más altas de la región.")

    head("Reunión con organizaciones feministas y de defensoras")
    pdf.set_font("DejaVu", "", BODY)
    with cols.paragraph(bottom_margin=0.6) as par:
        par.write(text="Participantes")
    org("Centro de Derechos de Mujeres (CDM)")
    person("Sra. Gilda Paredes Mejía, Coordinadora de Incidencia")
    org("Centro de Estudios de la Mujer – Honduras (CEM-H)")
    person("Sra. Suyapa Lagos Canales, Investigadora")
    org("Red Nacional de Defensoras de Derechos Humanos en Honduras")
    person("Sra. Marlen Reyes Lanza, Enlace nacional")
    head("Lo conversado", 9.5)
    prose("Las organizaciones dijeron compartir los objetivos, pero manifestaron una fuerte preocupación por los "
          "proyectos de infraestructura y energía financiados por la banca multilateral en territorios lencas y "
          "garífunas, donde las mujeres indígenas que defienden la tierra sufren amenazas y criminalización. "
          "Pidieron que la estrategia incluya salvaguardas específicas para las defensoras y mecanismos de "
          "consulta a la sociedad civil que no dependan del gobierno de turno. El CEM-H añadió que la violencia "
          "contra las mujeres en política ha aumentado desde las últimas elecciones municipales.")

    head("Día 2 — San Pedro Sula, martes 14 de noviembre", 11)
    head("Reunión con gremios del sector privado")
    pdf.set_font("DejaVu", "", BODY)
    with cols.paragraph(bottom_margin=0.6) as par:
        par.write(text="Participantes")
    org("Cámara de Comercio e Industrias de Cortés (CCIC)")
    person("Ing. Roberto Handal Kafie, Director Ejecutivo")
    person("Sra. Ana Lucía Bendeck Rosa, Coordinadora de Responsabilidad Social")
    org("Asociación Hondureña de Maquiladores (AHM)")
    person("Lic. Daysi Ramos Aguilar, Gerente de Relaciones Laborales")
    head("Lo conversado", 9.5)
    prose("Los gremios apoyaron la estrategia. La AHM explicó que la mayoría de su fuerza laboral son mujeres jóvenes "
          "y que la rotación es alta porque no hay guarderías cerca de los parques industriales; propuso alianzas "
          "público-privadas para abrir centros de cuidado infantil. La CCIC subrayó que las empresas necesitan "
          "orientación para prevenir el acoso sexual en el trabajo.")

    head("Día 3 — Tegucigalpa, miércoles 15 de noviembre", 11)
    head("Reunión con socios para el desarrollo")
    pdf.set_font("DejaVu", "", BODY)
    with cols.paragraph(bottom_margin=0.6) as par:
        par.write(text="Participantes")
    org("Agencia Española de Cooperación Internacional para el Desarrollo (AECID)")
    org("Programa de las Naciones Unidas para el Desarrollo (PNUD)")
    org("ONU Mujeres")
    person("Sra. Marisol Andrade Lupiáñez, Especialista de Programas")
    org("Banco Interamericano de Desarrollo (BID)")
    head("Lo conversado", 9.5)
    prose("Los socios valoraron la estrategia y ofrecieron coordinarse con el Banco en su aplicación. Pidieron que la "
          "estrategia atienda la migración forzada de mujeres y niñas, la producción de estadísticas de género y la "
          "coordinación del financiamiento entre cooperantes.")
    head("Próximos pasos", 11)
    prose("El equipo del Banco enviará este resumen a todas las instituciones participantes y lo compartirá con "
          "el equipo redactor de la estrategia. Con las organizaciones feministas se acordó una segunda reunión, "
          "virtual, para revisar cómo sus observaciones sobre las defensoras se reflejan en la versión final. Con "
          "los gremios de San Pedro Sula se explorará un estudio conjunto sobre la oferta de cuidado infantil en "
          "los parques industriales.", bottom=0)

pdf.output(str(OUT))
print("wrote", OUT, pdf.page_no(), "pages")
