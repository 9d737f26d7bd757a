#!/usr/bin/env python3
"""Make docs/v-guatemala-es.txt: a mission summary as 'flattened portal text'.

The whole record is ONE line, as a document portal's text extraction gives it: the
"Public Disclosure Authorized" banner repeated at each page boundary, bullets inline as
"•" (key messages) and "o" (a sub-list, where "o" is also the Spanish word for "or"),
the participants' table flattened cell by cell after its header cells, and page footers
("Página N de 3") in the middle of sentences. People's names are fictional; the
organisations are real. Deterministic output.
"""
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "v-guatemala-es.txt"
BANNER = "Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized"

parts = [
    BANNER,
    "GRUPO BANCO MUNDIAL Oficina de País para Guatemala",
    "AYUDA MEMORIA",
    "Consultas con el sector privado sobre la Estrategia de Género 2024-2030 del Grupo Banco Mundial",
    "Ciudad de Guatemala, 13 y 14 de noviembre de 2023",
    "Antecedentes",
    "El Grupo Banco Mundial (GBM) prepara su Estrategia de Género 2024-2030 y abrió un proceso de consultas en todas "
    "las regiones. En Guatemala, la oficina de país organizó tres encuentros con el sector privado: gremios "
    "empresariales, mujeres empresarias y entidades financieras. El objetivo fue conocer cómo ven las empresas las "
    "brechas de género en el empleo y en el acceso a financiamiento, y qué esperan del GBM. La reunión prevista con la "
    "Secretaría Presidencial de la Mujer (SEPREM) para conversar sobre la Política Nacional de Promoción y Desarrollo "
    "Integral de las Mujeres (PNPDIM) fue reprogramada para enero de 2024 a solicitud de esa institución.",
    "Mensajes principales",
    "• El sector privado respalda los objetivos de la estrategia y pide que el GBM trabaje con las cámaras para "
    "llegar a las pequeñas y medianas empresas.",
    "• La falta de guarderías y la informalidad son, para las empresas, las dos principales razones por las que las "
    "mujeres dejan el empleo formal.",
    "• Las entidades financieras ven en la Ley de Garantías Mobiliarias una herramienta poco aprovechada para dar "
    "crédito a mujeres sin propiedades inscritas a su nombre.",
    "1. Diálogo con gremios empresariales",
    "13 de noviembre, sede del CACIF",
    "Institución Representante Cargo",
    "Comité Coordinador de Asociaciones Agrícolas, Comerciales, Industriales y Financieras (CACIF) "
    "Sra. Lucía Elizabeth Morales Pivaral Directora Ejecutiva Adjunta",
    "Cámara de Industria de Guatemala (CIG) Sr. Óscar René Castillo Ayala Gerente de Responsabilidad Social Empresarial",
    "Asociación Guatemalteca de Exportadores (AGEXPORT) Sra. Ana Gabriela Solís Recinos Coordinadora de la Comisión "
    "de Mujeres Exportadoras",
    "Cámara de Comercio de Guatemala - -",
    "Los gremios respaldaron los objetivos de la estrategia y ofrecieron difundirla entre sus asociados. Se conversó "
    "sobre la informalidad laboral de las mujeres, el acceso a guarderías para hijos de trabajadoras de maquila, la "
    "brecha digital en el área rural y el acoso sexual en el lugar de trabajo. AGEXPORT explicó que muchas "
    "exportadoras de artesanías y alimentos procesados no pueden vender en línea porque en sus municipios no hay "
    "conexión estable. La CIG pidió ejemplos de protocolos contra el acoso que hayan funcionado en plantas "
    "industriales de otros países de la región.",
    "Página 1 de 3",
    BANNER,
    "2. Desayuno de trabajo con mujeres empresarias",
    "14 de noviembre",
    "Participaron representantes de Vital Voices Guatemala, de la Fundación para el Desarrollo de Guatemala (FUNDESA) "
    "y de Fundación Crysol, entre ellas la Sra. María José Quiñónez Batres, presidenta de Vital Voices Guatemala. Las "
    "empresarias valoraron que el GBM las consultara, pero se mostraron escépticas de que metas globales se traduzcan "
    "en cambios concretos en Guatemala. Describieron cómo los bancos siguen pidiendo garantías hipotecarias que pocas "
    "mujeres tienen, y cómo la ausencia de mujeres en las juntas directivas de los gremios hace que sus problemas no "
    "lleguen a la mesa de negociación con el gobierno. Fundación Crysol añadió que en las comunidades donde trabaja "
    "persiste la idea de que el dinero del negocio lo administra el esposo.",
    "3. Reunión con la banca",
    "14 de noviembre, Asociación Bancaria de Guatemala",
    "Asistentes: Asociación Bancaria de Guatemala (ABG); Banco Industrial; Banco G&T Continental; Banco de Desarrollo "
    "Rural (Banrural).",
    "Temas tratados:",
    "o productos de ahorro y crédito para mujeres rurales",
    "o datos de cartera desagregados por sexo",
    "o uso de garantías mobiliarias para emprendedoras",
    "Los bancos apoyaron el énfasis de la estrategia en la inclusión financiera y pidieron información sobre la "
    "Iniciativa de Financiamiento para Mujeres Emprendedoras (We-Fi) y sobre las líneas de la IFC para bancos que "
    "atienden a pymes de mujeres. Banrural indicó que más de la mitad de sus clientes de ahorro en el "
    "Página 2 de 3",
    BANNER,
    "altiplano son mujeres, pero que su cartera de crédito no refleja esa proporción. La ABG se comprometió a "
    "consultar a sus asociados sobre un reporte voluntario de cartera por sexo.",
    "Próximos pasos",
    "La oficina de país compartirá esta ayuda memoria con los participantes y reprogramará el encuentro con la SEPREM. "
    "Los comentarios se incorporarán al informe de consultas de la región de América Latina y el Caribe.",
    "Página 3 de 3",
]
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(" ".join(parts) + "\n", encoding="utf-8")
print(f"wrote {OUT}")
