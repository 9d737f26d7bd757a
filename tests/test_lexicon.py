"""The lexicon: one data file per language, compiled once into the extractor's matchers."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import consultkg.lexicon as lexicon
from consultkg.extract.common import stance_of
from consultkg.lexicon.compile import HERE, LexiconError, compile_lexicon, keys_of, load, read_files, schema_errors
from consultkg.lexicon.phrases import phrase_regex

from .conftest import REPO

SHIPPED = sorted(HERE.glob("*.toml"))


def _toml(doc: dict) -> str:
    """A minimal TOML writer for language files: tables of strings, lists of strings and sub-tables."""
    out = []
    for table, body in doc.items():
        out.append(f"[{table}]")
        subs = {k: v for k, v in body.items() if isinstance(v, dict) and table == "places"}
        for key, value in body.items():
            if key in subs:
                continue
            if isinstance(value, dict):
                value = "{ " + ", ".join(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in value.items()) + " }"
                out.append(f"{json.dumps(key)} = {value}")
            else:
                out.append(f"{json.dumps(key)} = {json.dumps(value, ensure_ascii=False)}")
        for key, value in subs.items():
            out.append(f"[{table}.{key}]")
            out += [f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v)}" for k, v in value.items()]
    return "\n".join(out) + "\n"


# --- the files -----------------------------------------------------------------


def test_four_languages_ship():
    assert lexicon.LANGUAGES == ("en", "es", "fr", "pt")
    assert [p.stem for p in SHIPPED] == list(lexicon.LANGUAGES)


def test_every_language_file_has_the_same_keys():
    data = read_files(HERE)
    reference = keys_of(data["en"])
    assert len(reference) > 40
    for lang, doc in data.items():
        assert keys_of(doc) == reference, lang
    assert schema_errors(data) == []


def test_a_file_missing_a_key_is_refused(tmp_path):
    for p in SHIPPED:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    doc = tomllib.loads((HERE / "pt.toml").read_text(encoding="utf-8"))
    del doc["stances"]["MixedStance"]
    (tmp_path / "pt.toml").write_text(_toml(doc), encoding="utf-8")
    with pytest.raises(LexiconError, match="pt.toml: missing stances.MixedStance"):
        load(tmp_path)


def test_every_phrase_compiles():
    for path in SHIPPED:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        for table in ("sections", "headings_alone", "themes", "follow_up", "stances", "audiences", "readout"):
            for key, phrases in doc[table].items():
                for p in phrases:
                    re.compile(phrase_regex(p))


def test_no_phrase_holds_regular_expression_syntax():
    """Phrases have their own syntax ("[the]" for an optional word): "(three )?" would match a literal "?" and
    never fire. Every string of every shipped file is checked."""
    def strings(x):
        if isinstance(x, dict):
            for v in x.values():
                yield from strings(v)
        elif isinstance(x, list):
            for v in x:
                yield from strings(v)
        elif isinstance(x, str):
            yield x
    for path in SHIPPED:
        bad = [p for p in strings(tomllib.loads(path.read_text(encoding="utf-8"))) if re.search(r"[)\]][?+*]|\\[wsd]", p)]
        assert bad == [], f"{path.name}: {bad}"


def test_a_group_inside_a_word_is_refused():
    """"representad(o|a) por" compiled to "representad (o|a) por", with a space, and never matched "representada
    por": three languages' represented-by phrases were dead until this check. Groups hold whole words."""
    with pytest.raises(ValueError, match="whole words"):
        phrase_regex("representad(o|a) por")
    with pytest.raises(ValueError, match="whole words"):
        phrase_regex("(un|une)s rencontre")
    assert re.fullmatch(phrase_regex("(representado|representada) (por|pela)"), "representada pela", re.I)


def test_represented_by_reads_in_every_language():
    from consultkg.lexicon import REPRESENTED_BY
    for words in ("represented by", "representada por", "representado pela", "représentée par", "représenté par"):
        assert re.fullmatch(REPRESENTED_BY, words, re.I), words


def test_compiled_once():
    assert load() is load(HERE)


# --- phrases --------------------------------------------------------------------


def test_phrases_tolerate_accents_case_and_spacing():
    rx = re.compile(phrase_regex("reunião [de trabalho] com"), re.I)
    for text in ("Reunião com", "REUNIAO   com", "reuniao de trabalho com"):
        assert rx.fullmatch(text), text
    assert not rx.fullmatch("reuniões com")
    assert lexicon.MEETING_HEADING.match("REUNIAO 1 COM Parceiros de Desenvolvimento")
    assert lexicon.MEETING_HEADING.match("Reunião 1 com Parceiros de Desenvolvimento")


def test_stem_gap_anchor_and_apostrophe():
    assert re.search(phrase_regex("welcome* ... but ... concern*"), "We welcomed it but raised concerns")
    assert not re.search(phrase_regex("welcome* ... but ... concern*"), "We welcomed it and raised concerns")
    assert re.search(phrase_regex("^un"), "UN Women", re.I) and not re.search(phrase_regex("^un"), "Fun UN", re.I)
    assert re.match(phrase_regex("de l'") + r"\s*", "de l’État")
    assert not re.search(phrase_regex("bank"), "banking")


def test_unbalanced_phrase_is_an_error():
    with pytest.raises(ValueError):
        phrase_regex("(a|b")


# --- the public names, with their old semantics ----------------------------------


@pytest.mark.parametrize(("line", "section"), [
    ("MISSION OVERVIEW", "overview"), ("Summary", "overview"), ("What we heard:", "key_messages"),
    ("Key Messages and Feedback", "key_messages"), ("Meeting Takeaways", "takeaways"),
    ("Comments from:", "comments_from"), ("Suggestions and Insights:", "suggestions"),
    ("Comentarios de:", "comments_from"), ("Sugerencias y reflexiones:", "suggestions"),
    ("Commentaires de :", "comments_from"), ("Suggestions et réflexions", "suggestions"),
    ("Visão geral da missão", "overview"), ("VISAO GERAL DA MISSAO", "overview"),
    ("Principais mensagens e feedback", "key_messages"), ("Principais conclusões das reuniões", "takeaways"),
    ("Sugestões e contribuições:", "suggestions"), ("Comentários de:", "comments_from"),
    ("Aperçu de la mission", "overview"), ("Mensajes clave y comentarios", "key_messages"),
])
def test_section_lines(line, section):
    m = lexicon.SECTION_LINE.match(line)
    assert m and m.lastgroup == section


def test_line_only_headings_do_not_split_running_text():
    pattern = re.compile("|".join(lexicon.SECTION_PATTERNS.values()), re.I)
    assert not pattern.search("A short summary of what we heard follows.")
    assert lexicon.SECTION_LINE.match("Summary") and not lexicon.SECTION_LINE.match("A short summary")


@pytest.mark.parametrize("line", ["Participants: A, B", "Attendees: A", "Attended by: A", "Participantes: A",
                                  "Estiveram presentes: A", "Participants : A"])
def test_participant_labels(line):
    m = lexicon.PARTICIPANTS.match(line)
    assert m and line[m.end():] in ("A", "A, B")


@pytest.mark.parametrize(("line", "yes"), [
    ("Meeting 1 with Government Representatives", True), ("Meeting 1 – Private Sector", True),
    ("Meeting 2: Private Sector Roundtable", True), ("Reunión 1 con Sociedad Civil", True),
    ("Réunion 2 avec les partenaires", True), ("Reunião 1 com Representantes do Governo", True),
    ("Meeting notes were shared", False), ("Reuniones anteriores", False),
])
def test_meeting_headings(line, yes):
    assert bool(lexicon.MEETING_HEADING.match(line)) is yes


@pytest.mark.parametrize(("text", "rest"), [
    ("Key themes of the discussion included care, jobs and violence.", "care, jobs and violence."),
    ("Discussion focused on care and jobs.", "care and jobs."),
    ("Os principais temas da discussão incluíram o cuidado e o emprego.", "o cuidado e o emprego."),
    ("Los principales temas de la discusión incluyeron el cuidado.", "el cuidado."),
    ("Les principaux thèmes de la discussion comprenaient l'emploi.", "l'emploi."),
])
def test_theme_lead_ins(text, rest):
    m = lexicon.THEMES_LEAD.search(text)
    assert m and text[m.end():] == rest


@pytest.mark.parametrize(("text", "topic"), [
    ("Participants were interested in learning more about childcare.", "childcare."),
    ("Os participantes estavam interessados em saber mais sobre o financiamento.", "o financiamento."),
])
def test_follow_up(text, topic):
    m = lexicon.FOLLOW_UP.search(text)
    assert m and text[m.end():] == topic


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Participants welcomed the strategy but raised concerns about funding.", "MixedStance"),
    ("We welcome the draft. However, we are concerned that it says little on care.", "MixedStance"),
    ("We commend the Bank but are disappointed that unpaid care is missing.", "MixedStance"),
    ("Los participantes acogieron la estrategia, pero expresaron preocupación por el financiamiento.", "MixedStance"),
    ("Les participants ont accueilli la stratégie mais ont exprimé des préoccupations.", "MixedStance"),
    ("Os participantes acolheram a proposta, mas levantaram preocupações sobre o financiamento.", "MixedStance"),
    ("Os participantes manifestaram forte endosso à estratégia.", "StrongEndorsement"),
    ("Os participantes expressaram forte apoio à estratégia.", "StrongEndorsement"),
    ("Os participantes manifestaram apoio à proposta.", "Endorsement"),
    ("As organizações manifestaram preocupação com os prazos.", "Concern"),
    ("As organizações rejeitaram a proposta.", "Opposition"),
    ("O governo parabenizou o Banco pela consulta.", "Commendation"),
    ("The participants offered their strong endorsement of the strategy.", "StrongEndorsement"),
    ("Participants endorsed the strategy.", "Endorsement"),
    ("The meeting took place in the capital.", None),
    ('The Joint Secretary said the Ministry "fully supports" the three objectives.', "StrongEndorsement"),
    ("Los bancos se mostraron favorables a la estrategia.", "Endorsement"),
    ("Les partenaires se sont montrés favorables au projet.", "Endorsement"),
    ("No entanto, a proposta é praticamente omissa sobre o racismo.", "Concern"),
    ("Women with disabilities are missing from the draft's results framework.", "Concern"),
    ("Reconhecemos avanços no texto, mas consideramos que a estratégia não responde às desigualdades.", "MixedStance"),
    ("Both institutions supported the strategy's focus on jobs and entrepreneurship.", "Endorsement"),
    ("Ils ont appuyé le projet de stratégie.", "Endorsement"),
    ("The Chamber supported the draft strategy but insisted that it should say more about agribusiness.", "Endorsement"),
    ("They welcomed the draft but were worried that it ignores informal workers.", "MixedStance"),
])
def test_stances_in_four_languages(sentence, stance):
    assert stance_of(sentence) == stance


def test_stance_patterns_keep_their_order():
    order = [s for _, s in lexicon.STANCE_PATTERNS]
    assert order == ["MixedStance", "StrongEndorsement", "Opposition", "Concern", "Commendation", "Endorsement"]
    assert [g for _, g in lexicon.AUDIENCE_PATTERNS][0] == "multi-stakeholder"


@pytest.mark.parametrize(("header", "role"), [
    ("Name", "name"), ("Full name", "name"), ("Title", "title"), ("Position", "title"), ("Role", "title"),
    ("Designation", "title"), ("Organisation", "organisation"), ("Organization", "organisation"),
    ("Institution", "organisation"), ("Affiliation", "organisation"), ("Nombre", "name"), ("Cargo", "title"),
    ("Organización", "organisation"), ("Institución", "organisation"), ("Entidad", "organisation"),
    ("Nom", "name"), ("Fonction", "title"), ("Poste", "title"), ("Nome", "name"), ("Função", "title"),
    ("Organização", "organisation"), ("Instituição", "organisation"),
])
def test_column_roles(header, role):
    from consultkg.text import fold
    assert lexicon.COLUMN_ROLES[fold(header)] == role


def test_people_and_organisation_words():
    for h in ("Eng.", "Prof.", "Sr.", "Sra.", "Dra.", "Dr.", "Hon.", "H.E.", "Srª", "Exmo.", "Exma."):
        assert h in lexicon.HONORIFICS
    assert {"secretaria", "secretario", "diretora", "coordenadora", "ministra"} <= lexicon.TITLE_WORDS
    assert {"ministério", "ministerio", "fundação", "fundacao", "embaixada"} <= lexicon.ORG_WORDS
    assert lexicon.LIST_JOINERS[0] == "as well as" or len(lexicon.LIST_JOINERS[0]) >= len("as well as")
    assert {"and", "y", "et", "e", "as well as", "así como", "ainsi que", "bem como"} <= set(lexicon.LIST_JOINERS)
    assert re.fullmatch(lexicon.LIST_JOINER, "bem como", re.I) and not re.fullmatch(lexicon.LIST_JOINER, "band")


def test_including_and_officials_openers():
    text = "Representantes do Ministério das Mulheres, incluindo a Sra. Ana Souza"
    m = lexicon.OFFICIALS.match(text)
    assert m and text[m.end():].startswith("Ministério")
    inc = lexicon.INCLUDING.search(text)
    assert inc and text[inc.end():] == "Sra. Ana Souza"
    for opener, rest in (("Funcionários do Ministério da Saúde", "Ministério"),
                         ("Funcionarios del Gobierno del Ministerio de la Mujer", "Ministerio"),
                         ("Representatives of the Ministry of Finance", "Ministry"),
                         ("Représentants de l'Agence", "Agence")):
        m = lexicon.OFFICIALS.match(opener)
        assert m and opener[m.end():].startswith(rest), opener


def test_months_come_from_cldr():
    from babel.dates import get_month_names
    for lang in lexicon.LANGUAGES:
        for i, name in get_month_names("wide", locale=lang).items():
            assert lexicon.MONTHS[name.lower()] == i
    assert lexicon.MONTHS["novembro"] == 11 and lexicon.MONTHS["marco"] == 3 and lexicon.MONTHS["setiembre"] == 9
    assert "out" not in lexicon.MONTHS and "set" not in lexicon.MONTHS  # pt abbreviations that are English words
    assert all(re.fullmatch(r"[^\W\d_]+", m) for m in lexicon.MONTHS)  # safe to join into a regex


def test_readout_titles_and_strategy():
    assert lexicon.READOUT_TITLE.match("Aportes para la Estrategia de Género del Grupo Banco Mundial: Lima")
    assert lexicon.READOUT_TITLE.match("Contribuições para a Estratégia de Gênero do Grupo Banco Mundial: Recife")
    assert lexicon.STRATEGY.search("a nova estratégia de género") and not lexicon.STRATEGY.search("gender equality")


# --- audiences --------------------------------------------------------------------


@pytest.mark.parametrize(("line", "group"), [
    ("Representantes do Governo", "government"), ("Sociedade Civil", "civil-society"),
    ("Setor Privado", "private-sector"), ("Academia", "academia"),
    ("Parceiros de Desenvolvimento", "development-partners"), ("Jovens", "youth"),
    ("Parlamentares", "parliamentarians"), ("Government Representatives", "government"),
    ("Civil Society and Private Sector", "multi-stakeholder"), ("Sociedade civil e jovens", "multi-stakeholder"),
    ("Multi-stakeholder", "multi-stakeholder"), ("Weather report", None),
])
def test_audience_lines(line, group):
    assert lexicon.stakeholder_group(line) == group


def test_audience_labels_of_the_scheme_name_their_own_group():
    """Every prefLabel and altLabel of ontology/audiences.ttl, in every language, reads as its concept."""
    from rdflib import Graph
    from rdflib.namespace import SKOS
    g = Graph().parse(REPO / "ontology" / "audiences.ttl", format="turtle")
    seen = set()
    for concept, prop, label in g.triples((None, None, None)):
        if prop not in (SKOS.prefLabel, SKOS.altLabel) or str(concept).endswith("/scheme"):
            continue
        name = str(concept).rsplit("/", 1)[1]
        assert name in lexicon.audience_groups(str(label)) or lexicon.stakeholder_group(str(label)) == name, \
            (str(label), label.language, name)
        seen.add(label.language)
    assert seen == {"en", "es", "fr", "pt"}


# --- a language added from a data file alone ------------------------------------

ITALIAN = {
    "language": {"name": "Italiano", "markers": ["il", "della", "delle", "degli", "gli", "che", "sono", "per",
                                                 "con", "una", "dei", "nella", "sulla", "hanno", "anche"],
                 "suffixes": ["zione", "zioni"], "letters": []},
    "word_styles": {"headings": ["titolo"], "titles": ["titolo"], "bullets": ["elenco puntato"], "numbers": ["elenco numerato"]},
    "sections": {"overview": ["panoramica della missione"], "key_messages": ["messaggi chiave [e (commenti|riscontri)]"],
                 "takeaways": ["conclusioni delle riunioni"], "suggestions": ["suggerimenti e contributi"],
                 "comments_from": ["commenti di"], "next_steps": [], "initiatives": ["iniziative (citate|menzionate)"]},
    "headings_alone": {"overview": ["sintesi"], "key_messages": [], "takeaways": [], "suggestions": [],
                       "comments_from": [], "next_steps": ["prossimi passi"], "initiatives": []},
    "readout": {"title_leads": ["contributi per"], "strategy": ["strategia di genere"], "owner": ["banca mondiale"],
                "strategy_word": ["strategia"], "about": ["genere", "consultazion*"], "title_ends": ["sintesi"],
                "campaigns": ["acceleratequality"]},
    "meetings": {"words": ["riunione", "incontro"], "connectors": ["con"], "members_of": ["membri (di|del|della)"],
                 "prose": ["ha incontrato"]},
    "participants": {"speech": ["ha (detto|chiesto|sottolineato)"], "on_behalf": ["a nome di", "per"], "post_links": ["presso"], "represented_by": ["(rappresentato|rappresentata) da"], "labels": ["partecipanti", "erano presenti"], "prose_leads": ["rappresentanti (di|del|della)"],
                     "prose_tails": ["hanno partecipato"]},
    "columns": {"name": ["nome"], "title": ["ruolo", "qualifica"], "organisation": ["ente", "organizzazione"],
                "honorific": []},
    "themes": {"leads": ["[i] temi principali della discussione"], "verbs": ["includevano", "sono stati"],
               "not_discussed": ["ordine del giorno", "rinviata"], "introducers": ["hanno discusso", "si è parlato di"]},
    "follow_up": {"phrases": ["(erano|sono) interessat* a saperne di più su"]},
    "stances": {"MixedStance": ["(accolto|accolta|accolti|accolte) ... ma ... preoccupazion*"],
                "StrongEndorsement": ["forte sostegno"], "Opposition": ["respint*"],
                "Concern": ["preoccupazion*"], "Commendation": ["congratula*"], "Endorsement": ["sostegno"]},
    "people": {"name_particles": ["di", "de", "della"], "honorifics": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"], "title_words": ["ministra", "direttrice"],
               "including": ["tra cui"], "before_name": [], "officials": ["(funzionari|rappresentanti) (del|della|dei|di)"],
               "parliament_titles": ["deputata", "deputato", "senatrice", "senatore"],
               "posts": ["direttrice", "coordinatrice", "ricercatrice"]},
    "organisations": {"words": ["ministero", "associazione", "fondazione", "rete"], "units": ["facoltà", "dipartimento", "ufficio"], "government": ["[il] governo"],
                      "public_bodies": ["ministero", "governo"], "portfolio_heads": ["ministero"],
                      "premises": ["sede", "uffici"]},
    "org_heads": {**{t: [] for t in lexicon.ORG_HEADS}, "government-ministry": ["ministero"],
                  "civil-society": ["associazione", "fondazione", "rete"]},
    "lists": {"joiners": ["e", "nonché"], "function_words": ["di", "del", "della", "e", "per"],
              "articles": ["il", "lo", "la", "i", "gli", "le", "un", "una"], "determiners": ["alcuni", "alcune", "tutti"],
              "of_words": ["di", "del", "della", "per"], "name_links": ["di", "del", "della", "e", "per"],
              "elisions": ["l'", "dell'"], "contractions": ["del", "della", "nel", "nella"]},
    "audiences": {"multi-stakeholder": [], "parliamentarians": ["parlamentari"], "youth": ["giovani"],
                  "civil-society": ["società civile"], "private-sector": ["settore privato"],
                  "development-partners": ["partner di sviluppo"], "academia": ["università"],
                  "government": ["governo"]},
    "dates": {"range": ["al"], "of": ["di"], "extra_months": {}, "ambiguous": []},
    "places": {"prepositions": ["in", "a"], "not_countries": [], "city_particles": ["di", "del"], "cities": {"Roma": "IT"}, "adjectives": {"italiana": "IT"}, "aliases": {}},
    "banners": {"phrases": [], "page_words": ["pagina", "pag."], "page_of": ["di"]},
    "letters": {"copy_headers": ["cc", "ccn"], "subject_marks": ["r", "i"], "salutations": ["gentile", "gentili"], "closings": ["cordiali saluti", "distinti saluti"],
                "contact": ["per ulteriori informazioni"], "polite": ["(accoglie|accogliamo) l'opportunità"],
                "contrast": ["ma", "tuttavia"], "additive": ["ma anche"], "relatives": ["che", "cui"], "requests": ["chies*", "raccomand*"], "opening_verbs": ["accoglie", "saluta"],
                "email_headers": ["da", "inviato", "a", "oggetto"], "forwarded": ["messaggio originale"],
                "subject_headers": ["oggetto"], "senders": ["da"]},
    "fields": {"date": ["data"], "venue": ["luogo", "sede"], "organisation": ["ente"], "list": ["membri"],
               "absent": ["assenti"], "person": ["persona di contatto"], "post": ["ruolo"], "country": ["paese"],
               "city": ["città"], "kind": ["tipo"]},
    "names": {"generic": ["governo", "partner"], "heading": ["sintesi"], "regions": ["america latina"],
              "legal_suffixes": ["s.p.a.", "s.r.l."], "query_words": []},
    "sentences": {"verbs": ["è", "sono", "hanno", "chiesto", "espresso"], "subjects": ["[i] partecipanti"]},
    "initiatives": {"words": ["programma", "iniziativa", "progetto", "fondo"], "trailing": ["programma", "progetto"], "title_links": ["a", "al", "una", "sua"], "laws": ["legge", "decreto"], "number_marks": ["n."]},
    "written": {"kinds": ["commenti", "contributo"], "by": ["(di|del|della)"], "to": ["sulla", "alla", "per"],
                "targets": ["[la] (strategia|proposta|banca)"], "drafts": ["bozza"], "we": ["noi", "nostra", "chiediamo"]},
}

ITALIAN_RECORD = """\
CONSULTAZIONE SULLA STRATEGIA DI GENERE 2024-2030 DEL GRUPPO BANCA MONDIALE

6-9 dicembre 2023

Roma, Italia

Società civile

PANORAMICA DELLA MISSIONE

Dal 6 al 9 dicembre 2023 il Gruppo della Banca Mondiale ha tenuto consultazioni con la società civile.

MESSAGGI CHIAVE E COMMENTI

- Le organizzazioni hanno espresso un forte sostegno agli obiettivi della strategia.

CONCLUSIONI DELLE RIUNIONI

Riunione 1 con la Società Civile

Partecipanti:

- Ministero del Lavoro e delle Politiche Sociali
- Associazione Donne in Rete
- Fondazione per la Parità
- I partecipanti hanno accolto la strategia, ma hanno espresso preoccupazioni sul finanziamento.
- I temi principali della discussione includevano la violenza di genere e il lavoro di cura.
"""


def test_a_language_added_by_a_data_file_alone(tmp_path):
    assert set(keys_of(ITALIAN)) == keys_of(read_files(HERE)["en"])  # the fixture follows the schema
    folder = tmp_path / "lexicon"
    folder.mkdir()
    for p in SHIPPED:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "it.toml").write_text(_toml(ITALIAN), encoding="utf-8")

    lex = load(folder)  # the compiler, pointed at the folder
    assert lex.languages == ("en", "es", "fr", "it", "pt")
    assert lex.section_line.match("Panoramica della missione").lastgroup == "overview"
    assert lex.participants.match("Partecipanti: Associazione X")
    assert lex.months["dicembre"] == 12  # CLDR, not the file
    stance = next(s for p, s in lex.stance_patterns
                  if re.search(p, "hanno accolto la strategia, ma con preoccupazioni", re.I))
    assert stance == "MixedStance"

    # the whole extractor, unchanged, reading an Italian record with that folder as its lexicon
    record = tmp_path / "missione-it.md"
    record.write_text(ITALIAN_RECORD, encoding="utf-8")
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from consultkg.read import read_source\n"
        "from consultkg.extract import extract\n"
        "r = extract(read_source(Path(sys.argv[1])))\n"
        "m = r.meetings[0]\n"
        "print(json.dumps({'language': r.language, 'type': r.document_type, 'start': r.consultation.start,\n"
        "  'group': r.consultation.stakeholder_group, 'meetings': len(r.meetings), 'stance': m.stance,\n"
        "  'orgs': sorted((o.label, o.org_type) for o in r.organisations),\n"
        "  'messages': len(r.key_messages)}))\n"
    )
    env = {**os.environ, "CONSULTKG_LEXICON": str(folder)}
    out = subprocess.run([sys.executable, "-c", script, str(record)], capture_output=True, text=True, env=env,
                         check=True, timeout=120)
    got = json.loads(out.stdout)
    assert got == {"language": "it", "type": "MissionSummary", "start": "2023-12-06", "group": "civil-society",
                   "meetings": 1, "stance": "MixedStance",
                   "orgs": [["Associazione Donne in Rete", "civil-society"],
                            ["Fondazione per la Parità", "civil-society"],
                            ["Ministero del Lavoro e delle Politiche Sociali", "government-ministry"]], "messages": 1}
    # and without the Italian file the same record is not read that way
    out = subprocess.run([sys.executable, "-c", script, str(record)], capture_output=True, text=True,
                         env={k: v for k, v in os.environ.items() if k != "CONSULTKG_LEXICON"}, timeout=120)
    assert out.returncode != 0 or json.loads(out.stdout) != got


def test_an_alternation_is_one_atom():
    from consultkg.lexicon.phrases import alternation
    optional = re.compile(r"x\s*" + alternation(["included", "were"]) + r"?\s*:", re.I)
    assert optional.fullmatch("x:") and optional.fullmatch("x included:") and not optional.fullmatch("x inc:")


PORTUGUESE_RECORD = """\
#AccelerateEquality

CONSULTA SOBRE A ESTRATÉGIA DE GÊNERO 2024-2030 DO GRUPO BANCO MUNDIAL: RESUMO DOS COMENTÁRIOS DA MISSÃO

6 a 9 de novembro de 2023

Maputo, Moçambique

Representantes do Governo

VISÃO GERAL DA MISSÃO

De 6 a 9 de novembro de 2023, o Grupo Banco Mundial realizou uma série de consultas em Maputo sobre a proposta de Estratégia de Gênero 2024-2030. O objetivo foi ouvir as autoridades nacionais e os parceiros de cooperação.

PRINCIPAIS MENSAGENS E FEEDBACK

- As autoridades manifestaram apoio aos três objetivos estratégicos propostos.
- A falta de serviços de cuidado acessíveis limita a participação das mulheres no mercado de trabalho.

PRINCIPAIS CONCLUSÕES DAS REUNIÕES

Reunião 1 com Representantes do Governo

Participantes:

- Ministério do Género, Criança e Acção Social
- Os participantes acolheram a proposta, mas levantaram preocupações sobre o financiamento.
- Os principais temas da discussão incluíram a violência de gênero, a saúde materna e a liderança política das mulheres.

Reunião 2 com Parceiros de Desenvolvimento

Participantes:

- Embaixada do Reino dos Países Baixos em Moçambique
- Fundo de População das Nações Unidas (UNFPA)
- Os participantes expressaram forte apoio à estratégia.
- Os participantes estavam interessados em saber mais sobre o financiamento do cuidado infantil.
"""


def test_a_portuguese_mission_summary(tmp_path):
    """Sections, meetings, stances, dates, country and organisation types of a record in Portuguese."""
    from consultkg.extract import extract
    from consultkg.read import read_source
    path = tmp_path / "missao-pt.md"
    path.write_text(PORTUGUESE_RECORD, encoding="utf-8")
    r = extract(read_source(path))
    assert (r.language, r.document_type) == ("pt", "MissionSummary")
    c = r.consultation
    assert (c.start, c.end, c.country, c.stakeholder_group) == ("2023-11-06", "2023-11-09", "Mozambique", "government")
    assert [m.stance for m in r.meetings] == ["MixedStance", "StrongEndorsement"]
    assert r.meetings[1].follow_ups == ["o financiamento do cuidado infantil"]
    assert len(r.key_messages) == 2
    types = {o.label: (o.org_type, o.country, o.host_country) for o in r.organisations}
    assert types == {
        "Ministério do Género, Criança e Acção Social": ("government-ministry", "Mozambique", None),
        "Embaixada do Reino dos Países Baixos em Moçambique": ("embassy", "Netherlands", "Mozambique"),
        "Fundo de População das Nações Unidas": ("un-entity", None, None),
    }
