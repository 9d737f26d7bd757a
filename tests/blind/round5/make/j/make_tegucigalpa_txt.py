#!/usr/bin/env python3
"""Make docs/j-tegucigalpa-mision-es.txt: a mission summary as "flattened portal text".

The whole record is ONE line: headings, bullets ("•" for key messages, "o" for meeting points),
delegations and the disclosure banner (repeated where page breaks were) all run together.
People are fictional; organisations are real.  .venv-make/bin/python make_tegucigalpa_txt.py
"""
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "j-tegucigalpa-mision-es.txt"
BANNER = "Public Disclosure Authorized Public Disclosure Authorized"

parts = [
    BANNER,
    "GRUPO BANCO MUNDIAL | Estrategia de Género 2024-2030",
    "HONDURAS — CONSULTAS CON EL SECTOR PRIVADO",
    "Tegucigalpa, 10 y 11 de octubre de 2023",
    "Resumen de la misión",
    "Los días 10 y 11 de octubre de 2023, un equipo del Grupo Banco Mundial sostuvo en Tegucigalpa tres encuentros "
    "con representantes del sector privado hondureño para conocer su opinión sobre el borrador de la Estrategia de "
    "Género 2024-2030 y explorar oportunidades de colaboración con la Corporación Financiera Internacional (IFC). "
    "Cada encuentro se presenta a continuación con las delegaciones que asistieron y los puntos tratados.",
    "Mensajes principales",
    "• Las empresas consultadas ven en la estrategia una oportunidad para ampliar su base de clientas y proveedoras, "
    "siempre que vaya acompañada de instrumentos financieros concretos.",
    "• El acceso al financiamiento sigue siendo la principal barrera para las empresas lideradas por mujeres, que "
    "rara vez cuentan con garantías a su nombre.",
    "• La falta de servicios de cuidado infantil y la inseguridad en el transporte limitan el empleo de las mujeres, "
    "en particular en la industria maquiladora.",
    BANNER,
    "Conversatorio con mujeres empresarias (10 de octubre, sede de la Cámara de Comercio e Industrias de Tegucigalpa)",
    "Delegaciones: Voces Vitales Honduras: Sra. Gabriela Matamoros Zelaya, Presidenta; "
    "Cámara de Comercio e Industrias de Tegucigalpa (CCIT): Sra. Karla Ivonne Rivera Paz, Gerente de Emprendimiento; "
    "Consejo Hondureño de la Empresa Privada (COHEP): Lic. Mauricio Andino Flores, Asesor Económico.",
    "o Las participantes respaldaron con entusiasmo la estrategia y pidieron que el Grupo Banco Mundial la dé a conocer "
    "entre las cámaras de comercio del interior del país.",
    "o Se conversó sobre el acceso al crédito para pequeñas empresas lideradas por mujeres, la falta de guarderías "
    "cerca de los mercados y la presencia de mujeres en juntas directivas.",
    "o Varias empresarias mencionaron los centros Ciudad Mujer como un modelo de servicios integrados que podría "
    "ampliarse a las ciudades intermedias.",
    "Reunión con el sector financiero (10 de octubre, oficina del Banco Mundial en Tegucigalpa)",
    "Delegaciones: Asociación Hondureña de Instituciones Bancarias (AHIBA): Lic. Roberto Castellanos Mejía, Director "
    "Ejecutivo; Banco Atlántida: Ing. Sofía Alvarado Medina, Gerente de Banca PYME; Comisión Nacional de Bancos y "
    "Seguros (CNBS): Sra. Daniela Zúniga Pineda, Jefa de Inclusión Financiera.",
    "o Los bancos acogieron la estrategia, pero advirtieron que fijar metas de cartera para mujeres sin mejorar el "
    "registro de garantías mobiliarias podría aumentar la morosidad.",
    "o La CNBS explicó que desde 2022 solicita a las entidades reportar su cartera desagregada por sexo; esos datos "
    "muestran que las mujeres tienen cerca del 40 % de las cuentas de ahorro, pero apenas una cuarta parte del "
    "crédito comercial.",
    "o Banco Atlántida presentó su billetera móvil para comerciantes de mercado y propuso vincularla a la Estrategia "
    "Nacional de Inclusión Financiera.",
    BANNER,
    "Encuentro con la industria maquiladora (11 de octubre, por videoconferencia)",
    "Delegación: Asociación Hondureña de Maquiladores (AHM): Sr. Héctor Paz Bográn, Gerente de Responsabilidad Social.",
    "o La reunión se dedicó a intercambiar información práctica y la AHM no se pronunció sobre el borrador de la "
    "estrategia.",
    "o La AHM describió sus protocolos contra el acoso sexual en las plantas, los problemas de transporte nocturno de "
    "las operarias y la demanda de centros de cuidado infantil en los parques industriales.",
    "o Se acordó compartir con la AHM los resultados de la consulta cuando se publique la versión final.",
    BANNER,
]
text = " ".join(parts)
assert "\n" not in text
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(text + "\n", encoding="utf-8")
print(f"wrote {OUT}: {len(text)} characters on one line")
