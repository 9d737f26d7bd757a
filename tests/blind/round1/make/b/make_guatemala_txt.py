#!/usr/bin/env python3
"""Make docs/b-guatemala-privado-es.txt: a mission note as flattened portal text (one line)."""
from pathlib import Path

B = "Public Disclosure Authorized"
parts = [
    B, B,
    "GRUPO BANCO MUNDIAL – CONSULTAS SOBRE LA ESTRATEGIA DE GÉNERO 2024-2030",
    "NOTA DE MISIÓN | GUATEMALA | SECTOR PRIVADO",
    "Fechas: 8 al 10 de noviembre de 2023 Lugar: Ciudad de Guatemala Equipo: Grupo Banco Mundial (Banco Mundial e IFC)",
    "1. Propósito",
    "La misión recogió la opinión de empresas, gremiales y entidades financieras guatemaltecas sobre el borrador de la Estrategia de Género 2024-2030. Se realizaron tres encuentros, todos en la Ciudad de Guatemala; el diálogo previsto con la Superintendencia de Bancos no formó parte del programa, aunque sus cifras sobre la cartera de crédito se citaron en varias ocasiones.",
    "2. Mensajes principales",
    "• Las empresas ven en la igualdad de género una ventaja competitiva y respaldan los objetivos propuestos.",
    "• La falta de servicios de cuidado infantil es, según las participantes, la primera razón por la que las mujeres dejan el empleo formal.",
    "• Los bancos reconocen que no conocen bien a sus clientas porque no separan sus datos por sexo.",
    "• Las grandes empresas piden que el Grupo Banco Mundial evite imponer requisitos que encarezcan la contratación de mujeres.",
    "3. Encuentros",
    "Conversatorio con mujeres empresarias (8 de noviembre, sede de AGEXPORT)",
    "Asistentes: Sofía Marroquín Estrada, Coordinadora de la Comisión de Mujeres Exportadoras, Asociación Guatemalteca de Exportadores (AGEXPORT); Lucía Fernanda Ordóñez Paz, Directora Ejecutiva, Cámara de Comercio de Guatemala; Andrea Cifuentes Batz, Gerente de Comercialización, Federación de Cooperativas Agrícolas de Productores de Café de Guatemala (FEDECOCAGUA); Mariela Solórzano de León, Presidenta, Asociación de Gerentes de Guatemala (AGG).",
    "Las empresarias dieron un respaldo entusiasta a la estrategia y se ofrecieron a difundirla entre sus socias. Los temas que plantearon fueron el acceso al crédito sin garantías hipotecarias, la oferta de guarderías cerca de los lugares de trabajo, la entrada de las pequeñas empresas de mujeres a los mercados de exportación y la conectividad en las zonas rurales del altiplano. La señora Cifuentes recordó que muchas socias de las cooperativas federadas son mujeres mayas que producen café en parcelas familiares.",
    "Mesa de trabajo con la banca (9 de noviembre, Asociación Bancaria de Guatemala)",
    "Participantes: Institución Área Asociación Bancaria de Guatemala (ABG) Gerencia de Estudios Económicos Banco Industrial Banca de Pequeña y Mediana Empresa Banco G&T Continental Área de Inclusión Financiera BAC Credomatic Programa Mujer BAC",
    "Los bancos se mostraron de acuerdo con el enfoque de la estrategia. Explicaron que la morosidad de las carteras de mujeres es menor que la de los hombres, pero que la mayoría de las entidades no registra el sexo de sus clientes de crédito de manera sistemática. El equipo de IFC presentó la experiencia del programa Banking on Women y de la Iniciativa de Financiamiento para Mujeres Emprendedoras (We-Fi), y los bancos pidieron apoyo técnico para construir bases de datos desagregadas y productos para mujeres que no tienen título de propiedad.",
    "Almuerzo con gremiales y grandes empresas (10 de noviembre)",
    "Con la participación del Comité Coordinador de Asociaciones Agrícolas, Comerciales, Industriales y Financieras (CACIF), la Fundación para el Desarrollo de Guatemala (FUNDESA), Pantaleon y Walmart México y Centroamérica. El director de FUNDESA, Juan Pablo Herrera Castañeda, abrió la conversación.",
    "Los participantes valoraron la propuesta, pero expresaron reservas sobre metas de contratación que, a su juicio, podrían aumentar los costos laborales. Coincidieron en que pocas mujeres llegan a las juntas directivas y en que los estereotipos sobre el trabajo \"de hombres\" pesan todavía en la agroindustria. Walmart describió su protocolo para prevenir el acoso sexual en tiendas y centros de distribución, y Pantaleon su programa de liderazgo para supervisoras en el ingenio.",
    "4. Próximos pasos",
    "o El equipo enviará a las gremiales el borrador en español. o IFC explorará con la ABG un ejercicio de datos de cartera por sexo.",
    B,
]
out = Path(__file__).resolve().parents[1] / "docs" / "b-guatemala-privado-es.txt"
out.write_text(" ".join(parts) + "\n", encoding="utf-8")
print("wrote", out)
