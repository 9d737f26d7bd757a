"""Written inputs in layouts that name no author in their title: a text in the authors' own voice is a written
input whatever list of names it carries, and the names at its head or its foot are who wrote and signed it.
The texts are invented; each test would fail if the record were read as an event, or its authors missed.
"""
from __future__ import annotations

from consultkg.extract import extract
from tests.test_meeting_layouts import source_of

VOICE = """Nairobi, 20 November 2023

# Observations on the draft Gender Strategy 2024-2030

**{label}**

- Dr. Grace Wanjiru Mwangi, Senior Lecturer, University of Nairobi
- Ms. Achieng Atieno Odera, Programme Officer, Kenya Women Parliamentary Association (KEWOPA)

We welcome the draft and support its three objectives. We are concerned that care work is treated as an
obstacle to employment only. We ask the Bank to fund public childcare in rural counties. We recommend that the
results framework measures time use. Our members stand ready to help.

Signed on behalf of:

- FEMNET, Nairobi, Kenya
- Women's Legal Centre, South Africa

cc:

- The Country Director, World Bank Kenya Country Office
"""


def _record(tmp_path, label="Authors"):
    return extract(source_of(tmp_path, "observations.md", VOICE.format(label=label)))


def test_a_text_in_the_authors_voice_is_a_written_input_whatever_names_it_lists(tmp_path):
    record = _record(tmp_path)
    assert record.document_type == "WrittenInput"
    assert len(record.meetings) == 1


def test_the_names_at_the_head_and_foot_are_its_authors_under_any_label(tmp_path):
    for label in ("Authors", "Prepared by", "Zorblat"):  # the label is a cue at most
        record = _record(tmp_path, label)
        people = {p.name for p in record.people}
        orgs = {o.label for o in record.organisations}
        assert people == {"Grace Wanjiru Mwangi", "Achieng Atieno Odera"}, label
        assert {"University of Nairobi", "FEMNET", "Women's Legal Centre"} <= orgs, label
        assert not any("Country Office" in o or o.endswith(("Kenya", "South Africa")) for o in orgs), orgs  # the
        # copied-in office is no author, and a delegation's country no part of its name
        author_orgs = {record.organisations[[o.key for o in record.organisations].index(k)].label
                       for k in record.meetings[0].participants}
        assert "FEMNET" in author_orgs


def test_a_mission_told_in_our_voice_stays_a_mission(tmp_path):
    text = VOICE.format(label="Authors").replace(
        "We welcome the draft", "On 14 November the team met with staff of the Ministry of Gender. We welcome the draft")
    assert extract(source_of(tmp_path, "mission.md", text)).document_type != "WrittenInput"


CARTA = """Montevideo, 27 de noviembre de 2023

A la atención del Equipo de la Estrategia de Género
Grupo Banco Mundial

Ref.: Aportes al borrador de la Estrategia de Género 2024-2030

{salutation}

Las organizaciones firmantes presentan sus aportes al borrador de la estrategia.

- Cuidados. Que la estrategia apoye sistemas públicos de cuidado.
- Deuda. Que el Grupo evalúe el impacto de género de sus condiciones de política.

Atentamente,

Lucía Ferreyra Almada — Coordinadora, Cotidiano Mujer
Valeria Sosa Bertolini — Directora Ejecutiva, Equipo Latinoamericano de Justicia y Género (ELA)
"""


def test_a_letter_opened_by_a_salutation_of_its_region_is_a_written_input(tmp_path):
    """The salutations of a letter are lexicon data in each language ("De nuestra mayor consideración:" opens a
    letter in much of Latin America); with a closing they make a written input, its signatories its authors."""
    from consultkg.extract.wrapper import is_written
    for salutation in ("De nuestra mayor consideración:", "Estimadas señoras y señores:"):
        source = source_of(tmp_path, "carta.md", CARTA.format(salutation=salutation))
        assert is_written(source.blocks), salutation  # a letter by its salutation and closing, not by luck
        record = extract(source)
        assert record.document_type == "WrittenInput", salutation
        assert {p.name for p in record.people} == {"Lucía Ferreyra Almada", "Valeria Sosa Bertolini"}, salutation


STATEMENT = """DECLARACIÓN CONJUNTA

Organizaciones de mujeres ante la Estrategia de Género 2024-2030 del Grupo Banco Mundial

Las organizaciones que suscribimos esta declaración hemos leído el borrador. Pedimos que la estrategia reconozca
los cuidados como un derecho. Solicitamos financiamiento directo para nuestras organizaciones de base.
Consideramos que las condiciones de austeridad recortan la protección social.

Suscriben esta declaración:

Articulación Feminista Marcosur, Red de Mujeres Afrolatinoamericanas, Afrocaribeñas y de la Diáspora, Fondo de Mujeres del Sur (Argentina), Cotidiano Mujer (Uruguay), Equipo Latinoamericano de Justicia y Género (ELA, Argentina), Fundación Justicia y Género (Costa Rica).
"""


def test_a_paragraph_of_endorsers_between_commas_names_the_authors(tmp_path):
    """However long, a paragraph of nothing but bodies' names between commas is a list of names, not a sentence:
    each is an author and a body, none a person; a name that lists with commas stays whole."""
    record = extract(source_of(tmp_path, "declaracion.txt", STATEMENT))
    assert record.document_type == "WrittenInput"
    labels = {o.label for o in record.organisations}
    assert {"Articulación Feminista Marcosur", "Fondo de Mujeres del Sur", "Cotidiano Mujer",
            "Fundación Justicia y Género", "Red de Mujeres Afrolatinoamericanas, Afrocaribeñas y de la Diáspora"} <= labels
    assert not record.people
    assert len(record.meetings[0].participants) >= 6


SIGNED = """**RED DE MUJERES PARLAMENTARIAS DE RURITANIA**

# Posición sobre la Estrategia de Género 2024-2030 del Grupo Banco Mundial

## 1. Quiénes somos

La Red reúne a las diputadas de todos los partidos. La Red presenta este aporte a la consulta pública.

## 2. Apreciación general

La Red acoge favorablemente el proyecto de estrategia y sus tres objetivos. El cuidado no remunerado sigue
recayendo sobre las mujeres y la violencia basada en género no disminuye en las zonas rurales.

## 3. Pedidos

1. Que el Banco financie servicios de cuidado.
2. Que apoye a las comisiones parlamentarias.

Por la Red de Mujeres Parlamentarias de Ruritania,

**Diputada Ana Lucía Ferreyra Gómez**
Presidenta

**Diputada Marta Inés Quiroga Salas**
Vicepresidenta
"""


def test_a_paper_that_ends_signed_for_its_body_is_a_written_input_by_its_signers(tmp_path):
    record = extract(source_of(tmp_path, "posicion.md", SIGNED))
    assert record.document_type == "WrittenInput"  # no "we", no letter's salutation: its signed end says it
    people = {(p.name, p.honorific, p.job_title) for p in record.people}
    assert people == {("Ana Lucía Ferreyra Gómez", "Diputada", "Presidenta"),
                      ("Marta Inés Quiroga Salas", "Diputada", "Vicepresidenta")}
    labels = {o.label for o in record.organisations}
    assert "Red de Mujeres Parlamentarias de Ruritania" in labels
    assert not any(label.startswith("Por ") for label in labels)  # the sign-off's "Por" is no part of the name
    assert all(p.organisation == record.meetings[0].participants[0] for p in record.people)


def test_a_name_then_a_post_that_a_rank_opens_is_read_once():
    from consultkg.extract.orgs import OrgRegistry
    from consultkg.extract.participants import parse_entry

    _, people = parse_entry("Graciela Núñez Britos, Senadora de la República", OrgRegistry(), None)
    assert [(p.name, p.job_title) for p in people] == [("Graciela Núñez Britos", "Senadora de la República")]


FORM = """**Online consultation: World Bank Group Gender Strategy 2024-2030**

**WRITTEN INPUT FORM**

**Submission no.:** EN-2023-0099
**Submitted on:** 29/11/2023 10:15

### Part A: About you

**Name of your organisation:** Ruritania Women Farmers Network

**Type of organisation:** Network of civil society organisations

**Country:** Kenya

**City:** Kisumu

**Contact person:** Ms. Achieng Wanjiru Odhiambo

**Position:** Coordinator

**Is this input sent on behalf of other organisations?** Yes: the Lake Region Women Cooperative Union and
the Kisumu Girls Education Trust (KGET) also endorse it.

### Part B: Questions

**B1. Do you agree with the three objectives?**

( ) Strongly agree (X) Agree ( ) Disagree

*Comment:* We support the three objectives. Women farmers need land titles and access to credit, and care
services in rural areas would free their time.

**B2. What data is missing?**

*Comment:* Sex-disaggregated data on land ownership is missing.
"""


def test_a_forms_fields_say_who_wrote_it_where_and_when_and_its_answers_are_the_comments(tmp_path):
    record = extract(source_of(tmp_path, "form.md", FORM))
    assert record.document_type == "WrittenInput"  # by its fields, whatever its title
    orgs = {o.label for o in record.organisations}
    authors = {o.label for o in record.organisations if o.key in record.meetings[0].participants}
    assert {"Ruritania Women Farmers Network", "Lake Region Women Cooperative Union",
            "Kisumu Girls Education Trust"} <= authors
    assert not any("Network of civil society" in o for o in orgs)  # the organisation's type is no organisation
    assert [(p.name, p.honorific, p.job_title) for p in record.people] == [
        ("Achieng Wanjiru Odhiambo", "Ms.", "Coordinator")]
    c = record.consultation
    assert (c.start, c.city, c.country) == ("2023-11-29", "Kisumu", "Kenya")
    mentions = [x for m in record.meetings for x in m.mentions]
    assert any("land" in x.text or "care" in x.text for x in mentions)  # the answers are read for what they discuss
    assert not any(x.text.endswith("?") for x in mentions)  # the questions are not


MEMO = """**MEMORANDUM FOR THE RECORD**

**TO:** Consultation file

**FROM:** Ruritania Country Management Unit

**DATE:** October 3, 2023

**RE:** Roundtable with legislators on the draft strategy

**When and where.** Monday, October 2, 2023, Parliament House, Dorvik.

**Attendance**

- Ruritania National Assembly, Committee on Gender Equality: Hon. Anna Petrova Ilieva (Chairperson)
- Ruritania Women Parliamentarians Caucus: Hon. Maria Dobreva Stoyanova (Secretary)
- National Statistics Office of Ruritania: Mr. Ivan Georgiev Petrov (Director)

**What we heard**

The legislators welcomed the draft. They asked for support on care services and gender data.
"""


def test_a_memo_for_the_record_of_a_meeting_is_the_offices_readout_not_a_written_input(tmp_path):
    record = extract(source_of(tmp_path, "memo.md", MEMO))
    assert record.document_type != "WrittenInput"  # To/From/Re and no salutation or closing: a file note
    people = {p.name for p in record.people}
    assert {"Anna Petrova Ilieva", "Maria Dobreva Stoyanova", "Ivan Georgiev Petrov"} <= people
    # the same headers over a message written to the office, signed, stay a written input
    letter = MEMO.replace("**When and where.**", "Dear colleagues,\n\n**When and where.**") + "\nBest regards,\n\nAnna\n"
    assert extract(source_of(tmp_path, "letter.md", letter)).document_type == "WrittenInput"
