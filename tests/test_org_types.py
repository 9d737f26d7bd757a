"""Organisation types from ontology/org-type-rules.toml and the gazetteer, in four languages."""
from __future__ import annotations

import re
import tomllib

import pytest
from rdflib import Graph
from rdflib.namespace import SKOS

from consultkg.lexicon import ORG_HEADS
from consultkg.extract.orgs import RULES_FILE, OrgRegistry, classify, country_of, type_rules
from consultkg.vocab import ontology_path


@pytest.mark.parametrize(("name", "org_type"), [
    # today's mistakes
    ("Ghana Trades Union Congress", "civil-society"),
    # an association whose members are businesses is the private sector's, in each language
    ("Asociación Guatemalteca de Exportadores", "private-sector"),
    ("Asociación Bancaria de Guatemala", "private-sector"),
    ("Federation of Nepalese Chambers of Commerce and Industry", "private-sector"),
    ("Kenya Bankers Association", "private-sector"),
    ("Union Nationale des Commerçants et Industriels du Sénégal", "private-sector"),
    ("Confederação das Associações Económicas de Moçambique", "private-sector"),
    ("National Council of Women", "civil-society"),
    ("Lusaka Community Food Bank", "civil-society"),
    ("Banco de Alimentos de Lima", "civil-society"),
    ("Embaixada do Reino dos Países Baixos no Brasil", "embassy"),
    ("Banco de Desenvolvimento da América Latina e Caribe", "multilateral-development-bank"),
    ("Novo Banco de Desenvolvimento", "multilateral-development-bank"),
    ("Comissão Econômica para a América Latina e o Caribe", "un-entity"),
    ("Alto Comissariado das Nações Unidas para Refugiados", "un-entity"),
    ("Organização Internacional do Trabalho", "un-entity"),
    ("Programa Mundial de Alimentos", "un-entity"),
    ("Organização Pan-Americana da Saúde", "un-entity"),
    ("Fundo Internacional de Desenvolvimento Agrícola", "un-entity"),
    ("Instituto Interamericano de Cooperação para a Agricultura", "intergovernmental-organization"),
    ("Organização dos Estados Ibero-americanos", "intergovernmental-organization"),
    ("Agence Française de Développement", "bilateral-agency"),
    ("Ministério das Mulheres", "government-ministry"),
    # Portuguese, French and Spanish head nouns
    ("Ministério do Desenvolvimento e Assistência Social", "government-ministry"),
    ("MINISTÈRE DE LA FEMME", "government-ministry"),
    ("Ministere de la Femme", "government-ministry"),
    ("Secretaria das Mulheres do Estado", "government-ministry"),
    ("Governo do Estado do Pará", "national-government"),
    ("Prefeitura de Recife", "local-government"),
    ("Câmara dos Deputados", "parliament"),
    ("Agência Brasileira de Cooperação", "bilateral-agency"),
    ("Fundação Getulio Vargas", "civil-society"),
    ("Associação de Mães Solo", "civil-society"),
    ("Associação das Mulheres Empresárias", "private-sector"),  # empresárias: business, as "business association"
    ("Rede de Mulheres Negras", "civil-society"),
    ("Universidade de São Paulo", "academia"),
    ("Confederação Nacional da Indústria", "private-sector"),
    ("Instituto Nacional de Estatística", "government-agency"),
    ("ONU Mulheres", "un-entity"),
    ("União Europeia", "supranational-union"),
    ("Sindicato dos Trabalhadores Domésticos", "civil-society"),
    # English that worked before keeps working
    ("Ministry of Development and Social Inclusion", "government-ministry"),
    ("British Embassy in Peru", "embassy"),
    ("Kenya Commercial Bank", "private-sector"),
    ("Inter-American Development Bank", "multilateral-development-bank"),
    ("Parliament of Ghana", "parliament"),
    ("Women's Rights Network", "civil-society"),
    ("Acme Widgets", "other"),
])
def test_types(name, org_type):
    assert classify(name)[0] == org_type


def test_gazetteer_before_rules():
    assert classify("Organização Internacional do Trabalho") == ("un-entity", "Q54129")


def test_embassy_countries_in_portuguese():
    assert country_of("Embaixada do Reino dos Países Baixos no Brasil", "embassy") == ("Netherlands", "Brazil")
    assert country_of("Embaixada da Noruega", "embassy", default="Brazil") == ("Norway", "Brazil")


def _scheme_types() -> set[str]:
    """The local names of the concepts of ``org-types.ttl``."""
    g = Graph().parse(ontology_path("org-types.ttl"), format="turtle")
    return {str(c).rsplit("/", 1)[1] for c in g.subjects(SKOS.inScheme, None)}


def test_every_rule_names_a_type_of_the_scheme():
    types = _scheme_types()
    rules = tomllib.loads(ontology_path(RULES_FILE).read_text(encoding="utf-8"))["rule"]
    assert len(rules) == len(type_rules()) > 10
    assert {r["type"] for r in rules} <= types
    assert all(r.get("match") or r.get("heads") for r in rules)
    assert set(ORG_HEADS) <= types
    assert all(ORG_HEADS[r["type"]] for r in rules if r.get("heads"))  # every language file may add to these


def test_every_gazetteer_entry_names_a_type_of_the_scheme_and_one_wikidata_item_at_most():
    from consultkg.extract.gazetteer import GAZETTEER_FILE, known
    types = _scheme_types()
    entries = tomllib.loads(ontology_path(GAZETTEER_FILE).read_text(encoding="utf-8"))["organisation"]
    assert len(entries) == len(known()) > 50
    assert {e["type"] for e in entries} <= types
    assert all(re.fullmatch(r"Q\d+", e["wikidata"]) for e in entries if "wikidata" in e)
    assert len({e["label"] for e in entries}) == len(entries)  # one entry a body


def test_rules_are_compiled_once():
    assert type_rules() is type_rules()


def test_first_rule_wins(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\ntype = "academia"\nmatch = ["institut*"]\n'
                     '[[rule]]\ntype = "civil-society"\nmatch = ["instituto"]\n', encoding="utf-8")
    compiled = type_rules(rules)
    assert next(t for rx, t in compiled if rx.search("Instituto Alfa")) == "academia"


def test_registry_uses_the_rules():
    reg = OrgRegistry()
    key = reg.add("Embaixada do Reino dos Países Baixos no Brasil")
    org = reg.get(key)
    assert (org.org_type, org.country, org.host_country) == ("embassy", "Netherlands", "Brazil")


def test_a_short_form_in_portuguese_is_the_same_organisation():
    reg = OrgRegistry()
    key = reg.add("Ministério do Desenvolvimento e Assistência Social")
    assert reg.resolve("Ministério da Assistência Social") == key  # "do", "da", "e" are function words
    assert reg.resolve("Ministério da Saúde") is None
