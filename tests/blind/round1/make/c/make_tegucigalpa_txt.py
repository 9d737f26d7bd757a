#!/usr/bin/env python3
"""Make docs/c-tegucigalpa-es.txt: a mission summary in Spanish as flattened portal text (one line).

The whole record is one line: headings, inline bullets ("•" for points, "o" for participants),
a participants table flattened row by row, and the portal's "Public Disclosure Authorized"
banner repeated where the source PDF had page breaks. People are fictional; organisations real.
"""
from pathlib import Path
import sys

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "c-tegucigalpa-es.txt"
BANNER = "Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized Public Disclosure Authorized"

parts = [
    BANNER,
    "GRUPO BANCO MUNDIAL | Oficina de Honduras",
    "Informe de misión: consultas nacionales sobre la Estrategia de Género 2024-2030",
    "Fechas: 28 al 30 de noviembre de 2023 Lugar: Tegucigalpa, M.D.C., Honduras Interlocutores: gobierno, sociedad civil, academia y cooperación internacional",
    "MENSAJES PRINCIPALES",
    "• Las instituciones y organizaciones consultadas respaldan los objetivos de la estrategia, con matices importantes por parte de la sociedad civil.",
    "• La violencia contra las mujeres, y en particular los femicidios, es la prioridad compartida por todos los interlocutores.",
    "• Se pidió al Grupo Banco Mundial reforzar los sistemas de información y la coordinación entre instituciones para que los programas lleguen a las mujeres fuera de Tegucigalpa y San Pedro Sula.",
    "RELATORÍA POR LUGAR DE REUNIÓN",
    "1. EN LA SECRETARÍA DE LA MUJER (martes 28 de noviembre, 10:00)",
    "Participaron: o Secretaría de Estado en el Despacho de la Mujer (SEMUJER): Sra. Ana Lucía Mejía Zelaya, Subsecretaria de Estado; Lic. Carlos Eduardo Banegas Flores, Director de Planificación o Instituto Nacional de Estadística (INE): Licda. Marta Julia Irías Cálix, Jefa de Estadísticas Sociales",
    "• La Subsecretaria expresó el respaldo pleno de la Secretaría a la propuesta de estrategia y pidió que Honduras sea considerada país prioritario para su implementación.",
    "• SEMUJER presentó el modelo de Ciudad Mujer y la puesta en marcha de la Ley de Casas Refugio, aprobada en 2023, y señaló que la falta de presupuesto limita la apertura de nuevos centros.",
    "• El INE explicó que no existe aún un registro único de femicidios y que las cifras de la Policía, la Fiscalía y la Secretaría no coinciden; propuso trabajar con el Banco en una encuesta nacional de uso del tiempo.",
    "• Ambas instituciones insistieron en la necesidad de coordinar mejor a las secretarías de Estado y a las municipalidades en la atención a sobrevivientes.",
    BANNER,
    "2. EN LA OFICINA DEL BANCO MUNDIAL (miércoles 29 de noviembre, 9:00)",
    "Participantes Organización Representante Cargo Centro de Derechos de Mujeres (CDM) Sra. Reina Isabel Castellanos Directora Ejecutiva Centro de Estudios de la Mujer – Honduras (CEM-H) Sra. Dilcia Marisol Andino Coordinadora de Programas Movimiento de Mujeres por la Paz \"Visitación Padilla\" Sra. Teresa de Jesús Ordóñez Integrante de la Junta Directiva Red Nacional de Defensoras de Derechos Humanos en Honduras – – Organización Fraternal Negra Hondureña (OFRANEH) Sra. Miriam Elena Güity Coordinadora de Mujeres",
    "• Las organizaciones valoraron que el Banco las convocara, pero expresaron preocupación por los proyectos de infraestructura y energía que, a su juicio, han afectado a comunidades sin consulta previa.",
    "• Los temas centrales fueron la seguridad de las defensoras de derechos humanos, el acceso de las mujeres garífunas y lencas a la tierra, los femicidios impunes y la participación de las organizaciones en el seguimiento de los proyectos del Banco.",
    "• OFRANEH pidió que la estrategia reconozca expresamente a los pueblos garífuna y lenca y el derecho a la consulta libre, previa e informada.",
    "3. EN EL HOTEL PLAZA JUAN CARLOS (miércoles 29 de noviembre, 15:00)",
    "La reunión con la cooperación internacional contó con la participación de ONU Mujeres, el Programa de las Naciones Unidas para el Desarrollo (PNUD), la Agencia Española de Cooperación Internacional para el Desarrollo (AECID), la Delegación de la Unión Europea en Honduras, el Banco Centroamericano de Integración Económica (BCIE) y la Agencia de los Estados Unidos para el Desarrollo Internacional (USAID). Los socios coincidieron con las prioridades de la estrategia y ofrecieron coordinar sus programas de género con el Banco. La conversación se centró en la migración: las mujeres que retornan deportadas o que huyen de la violencia de las maras necesitan empleo y servicios de cuidado para sus hijos, y la AECID recordó que la carga de cuidados es el principal motivo de inactividad de las hondureñas. El BCIE presentó su línea de crédito para mipymes lideradas por mujeres.",
    BANNER,
    "4. EN LA UNIVERSIDAD NACIONAL AUTÓNOMA DE HONDURAS (jueves 30 de noviembre, 9:30)",
    "Participaron: o Universidad Nacional Autónoma de Honduras (UNAH), Observatorio de la Violencia: Dra. Lourdes Patricia Zúniga Reyes, Coordinadora o Universidad Pedagógica Nacional Francisco Morazán (UPNFM): M.Sc. Jorge Alberto Maradiaga, Docente investigador",
    "• Las universidades apoyaron la estrategia y ofrecieron sus bases de datos sobre muertes violentas de mujeres, que el Observatorio publica cada semestre.",
    "• La UPNFM señaló que el abandono escolar de las niñas en zonas rurales se ha agravado desde la pandemia y propuso investigaciones conjuntas.",
    "REUNIÓN NO REALIZADA: La reunión prevista con la Comisión de Equidad de Género del Congreso Nacional el jueves 30 por la tarde fue pospuesta debido a una sesión extraordinaria del pleno; se reprogramará de forma virtual en enero de 2024.",
    "PRÓXIMOS PASOS • Enviar este informe a las instituciones participantes. • Reprogramar la reunión con el Congreso Nacional. • Explorar con el INE el apoyo técnico a la encuesta de uso del tiempo.",
    BANNER,
]
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(" ".join(parts) + "\n", encoding="utf-8")
print(f"wrote {OUT}")
