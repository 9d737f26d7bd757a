"""The theme matcher and the theme scheme it reads (ontology/themes.ttl)."""
from __future__ import annotations

import doctest
import re
from collections import defaultdict

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

import consultkg.themes as themes_module
from consultkg.namespaces import CKGT
from consultkg.themes import ThemeMatcher, default_matcher, normalise, tokens, word_forms
from consultkg.vocab import ontology_path

# (phrase, expected concepts in order of first occurrence)
CASES = [
    # the Lima sample record
    ("GBV prevention and response", ["gender-based-violence"]),
    ("protection of women's sexual and reproductive health and rights", ["srhr"]),
    ("care services", ["care"]),
    # decision: "overlapping disadvantages" is itself a wording of intersectionality
    ("overlapping disadvantages for rural women", ["intersectionality", "rural-women"]),
    ("women's leadership and political participation", ["leadership"]),
    ("childcare", ["care"]),
    (
        "intersectionality (highlighting more significant gender disparities faced by indigenous women)",
        ["intersectionality", "indigenous-women"],
    ),
    ("complementarity of public services", ["institutional-coordination"]),
    ("GBV prevention", ["gender-based-violence"]),
    ("vulnerability of underage girls", ["adolescent-girls"]),
    (
        "the relationship between a rights-based discussion and understanding economic benefits "
        "of advancing gender equality",
        ["rights-and-economic-case"],
    ),
    ("the importance of an improved care services system", ["care"]),
    # Spanish and French wordings, acronyms
    ("violencia basada en género", ["gender-based-violence"]),
    ("violence basée sur le genre", ["gender-based-violence"]),
    ("VBG", ["gender-based-violence"]),
    ("salud sexual y reproductiva", ["srhr"]),
    ("santé sexuelle et reproductive", ["srhr"]),
    ("economía del cuidado", ["care"]),
    ("services de garde d'enfants", ["care"]),
    ("unpaid care work", ["care"]),
    # objective 2
    ("women's access to finance", ["economic-assets"]),
    ("financial inclusion", ["economic-assets"]),
    ("land and property rights", ["economic-assets"]),
    ("female labor force participation", ["economic-participation"]),
    ("women's employment and jobs", ["economic-participation"]),
    ("digital skills and connectivity", ["enabling-services"]),
    ("transport and infrastructure", ["enabling-services"]),
    # cross-cutting
    ("sex-disaggregated data", ["gender-data"]),
    ("datos desagregados por sexo", ["gender-data"]),
    ("engaging men and boys to shift social norms", ["social-norms"]),
    ("women in fragile and conflict-affected settings", ["fragility-conflict"]),
    ("refugees and displaced women", ["fragility-conflict"]),
    # decision: funding is the theme; the longer label claims "women's rights organizations"
    ("funding for women's rights organizations", ["financing"]),
    ("women's rights organizations", ["civil-society-engagement"]),
    ("meaningful consultation with civil society", ["civil-society-engagement"]),
    ("gender-responsive budgeting", ["macroeconomic-policy"]),
    ("fiscal policy", ["macroeconomic-policy"]),
    ("liderazgo de las mujeres", ["leadership"]),
    ("participation politique des femmes", ["leadership"]),
    ("mujeres indígenas", ["indigenous-women"]),
    ("femmes rurales", ["rural-women"]),
    # decision: adolescent pregnancy is an adolescent-girls theme, not srhr
    ("adolescent pregnancy", ["adolescent-girls"]),
    ("education and health", ["human-capital"]),
    # unmapped
    ("climate change", []),
    ("the weather", []),
    ("", []),
    # matching mechanics: case, accents, plural, punctuation, order, duplicates
    ("CARE SERVICE", ["care"]),
    ("Violencia Basada En Genero", ["gender-based-violence"]),
    ("childcare, GBV and childcare again", ["care", "gender-based-violence"]),
    ("rural women’s groups", ["rural-women"]),
    # Portuguese wordings (invented): accents, articles, and plurals in -oes, -ais, -es, -s
    ("o combate à violência contra as mulheres no transporte", ["gender-based-violence", "enabling-services"]),
    ("a diferença salarial entre homens e mulheres", ["economic-participation"]),
    ("ampliar as vagas em creches públicas", ["care"]),
    ("mais mulheres em cargos de liderança", ["leadership"]),
    ("crédito para as mulheres chefes de família", ["economic-assets"]),
    ("programas de inclusão produtiva", ["economic-participation"]),
    ("estatísticas de gênero e dados desagregados", ["gender-data"]),
    ("financiamento climático", ["financing"]),
    ("agricultoras familiares e segurança alimentar", ["rural-women"]),
    ("acolhimento de mulheres refugiadas", ["fragility-conflict"]),
    ("mulheres negras, quilombolas e indígenas", ["intersectionality", "indigenous-women"]),
    ("organizações da sociedade civil", ["civil-society-engagement"]),
    ("a organização da sociedade civil", ["civil-society-engagement"]),
    ("a mulher rural", ["rural-women"]),
    ("saúde sexual e reprodutiva das adolescentes", ["srhr", "adolescent-girls"]),
    ("orçamentos sensíveis ao gênero", ["macroeconomic-policy"]),
    ("normas sociais e estereótipos de gênero", ["social-norms"]),
    ("coordenações intersetoriais", ["institutional-coordination"]),
    ("health", ["human-capital"]),
    ("engage women as leaders", ["leadership"]),
]


@pytest.fixture(scope="module")
def theme_graph() -> Graph:
    return Graph().parse(ontology_path("themes.ttl"), format="turtle")


@pytest.mark.parametrize(("phrase", "expected"), CASES, ids=[c[0][:50] or "empty" for c in CASES])
def test_concepts(phrase: str, expected: list[str]) -> None:
    assert default_matcher().concepts(phrase) == expected


def test_matcher_from_graph_equals_default(theme_graph: Graph) -> None:
    matcher = ThemeMatcher.from_graph(theme_graph)
    for phrase, expected in CASES:
        assert matcher.concepts(phrase) == expected


def test_objectives_are_never_returned(theme_graph: Graph) -> None:
    matcher = default_matcher()
    for concept in theme_graph.subjects(SKOS.inScheme, CKGT.scheme):
        name = str(concept).rsplit("/", 1)[-1]
        if name.startswith("objective-"):
            for label in theme_graph.objects(concept, SKOS.prefLabel):
                assert not any(c.startswith("objective-") for c in matcher.concepts(str(label)))


def test_labels() -> None:
    m = default_matcher()
    assert m.labels("care") == "Care services"
    assert m.labels(CKGT.srhr, lang="fr") == "Santé et droits sexuels et reproductifs"
    assert m.labels("care", lang="de") == "Care services"  # falls back to English
    assert m.labels("objective-leadership") == "Engage women as leaders"
    with pytest.raises(KeyError):
        m.labels("no-such-theme")


def test_default_matcher_is_cached() -> None:
    assert default_matcher() is default_matcher()


def test_normalise() -> None:
    assert normalise("Women's  SEX-disaggregated\u00a0data") == "womens sex disaggregated data"
    assert normalise("Économie du « care »") == "economie du care"


def test_doctests() -> None:
    failures, _ = doctest.testmod(themes_module)
    assert failures == 0


# --- the scheme --------------------------------------------------------------

CONTRACT = {
    "objective-gbv-human-capital": ("End gender-based violence and elevate human capital", None),
    "objective-economic-opportunities": ("Expand and enable economic opportunities", None),
    "objective-leadership": ("Engage women as leaders", None),
    "gender-based-violence": ("Gender-based violence", "objective-gbv-human-capital"),
    "srhr": ("Sexual and reproductive health and rights", "objective-gbv-human-capital"),
    "human-capital": ("Human capital", "objective-gbv-human-capital"),
    "adolescent-girls": ("Adolescent and underage girls", "objective-gbv-human-capital"),
    "care": ("Care services", "objective-economic-opportunities"),
    "economic-participation": ("Women's economic participation and jobs", "objective-economic-opportunities"),
    "economic-assets": ("Economic assets and financial inclusion", "objective-economic-opportunities"),
    "enabling-services": ("Enabling services", "objective-economic-opportunities"),
    "leadership": ("Women's leadership and political participation", "objective-leadership"),
    "intersectionality": ("Intersectionality", None),
    "rural-women": ("Rural women", "intersectionality"),
    "indigenous-women": ("Indigenous women", "intersectionality"),
    "social-norms": ("Social and gender norms", None),
    "institutional-coordination": ("Institutional coordination and public services", None),
    "rights-and-economic-case": ("Rights-based and economic case for gender equality", None),
    "gender-data": ("Gender data", None),
    "financing": ("Financing for gender equality", None),
    "fragility-conflict": ("Fragility, conflict and displacement", None),
    "civil-society-engagement": ("Civil society engagement", None),
    "macroeconomic-policy": ("Macroeconomic and fiscal policy", None),
}


def _scheme_concepts(graph: Graph) -> set[str]:
    return {str(c)[len(str(CKGT._NS)) :] for c in graph.subjects(SKOS.inScheme, CKGT.scheme)}


def test_scheme_holds_exactly_the_contract_concepts(theme_graph: Graph) -> None:
    namespace_terms = set(CKGT.__annotations__) | set(CKGT._extras)
    namespace_terms.discard("scheme")
    assert _scheme_concepts(theme_graph) == set(CONTRACT) == namespace_terms


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_concept_labels_and_hierarchy(theme_graph: Graph, name: str) -> None:
    concept = CKGT[name]
    english, broader = CONTRACT[name]
    assert (concept, RDF.type, SKOS.Concept) in theme_graph
    prefs = {lit.language: str(lit) for lit in theme_graph.objects(concept, SKOS.prefLabel)}
    assert prefs.get("en") == english
    assert prefs.get("es") and prefs.get("fr") and prefs.get("pt")
    assert len(list(theme_graph.objects(concept, SKOS.prefLabel))) == 4  # one per language
    assert any(d.language == "en" for d in theme_graph.objects(concept, SKOS.definition))
    broaders = {str(b)[len(str(CKGT._NS)) :] for b in theme_graph.objects(concept, SKOS.broader)}
    is_top = (concept, SKOS.topConceptOf, CKGT.scheme) in theme_graph
    if broader is None:
        assert broaders == set() and is_top
        assert (CKGT.scheme, SKOS.hasTopConcept, concept) in theme_graph
    else:
        assert broaders == {broader} and not is_top


def test_scheme_labels(theme_graph: Graph) -> None:
    assert (CKGT.scheme, RDF.type, SKOS.ConceptScheme) in theme_graph
    langs = {lit.language for lit in theme_graph.objects(CKGT.scheme, SKOS.prefLabel)}
    assert langs == {"en", "es", "fr", "pt"}


LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)


def test_every_label_is_tagged_en_es_fr_or_pt(theme_graph: Graph) -> None:
    for prop in LABELS:
        for _, lit in theme_graph.subject_objects(prop):
            assert isinstance(lit, Literal) and lit.language in {"en", "es", "fr", "pt"}, lit


ACRONYM = re.compile(r"[A-Z][A-Z0-9]+s?")


def test_single_words_are_hidden_labels(theme_graph: Graph) -> None:
    """altLabels are names (several words, or an acronym); a lone search word is a hiddenLabel."""
    for _, lit in theme_graph.subject_objects(SKOS.altLabel):
        assert len(tokens(str(lit))) > 1 or ACRONYM.fullmatch(str(lit)), lit
    hidden = list(theme_graph.subject_objects(SKOS.hiddenLabel))
    assert len(hidden) > 100
    for _, lit in hidden:
        assert len(tokens(str(lit))) == 1 and not ACRONYM.fullmatch(str(lit)), lit


def test_hidden_labels_are_matched() -> None:
    """The matcher reads skos:hiddenLabel: these phrases are only hidden labels."""
    assert "violence" not in {str(a) for a in _alt_and_pref()}
    m = default_matcher()
    assert m.concepts("violence") == ["gender-based-violence"]
    assert m.concepts("credit") == ["economic-assets"]
    assert m.concepts("jobs") == ["economic-participation"]


def _alt_and_pref() -> list[Literal]:
    g = Graph().parse(ontology_path("themes.ttl"), format="turtle")
    return [o for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(None, p)]


def test_matcher_reads_hidden_labels_from_the_graph() -> None:
    g = Graph()
    concept = CKGT["care"]
    g.add((concept, RDF.type, SKOS.Concept))
    g.add((concept, SKOS.inScheme, CKGT.scheme))
    g.add((concept, SKOS.prefLabel, Literal("Care services", lang="en")))
    g.add((concept, SKOS.hiddenLabel, Literal("creche", lang="fr")))
    m = ThemeMatcher.from_graph(g)
    assert m.concepts("des creches") == ["care"]
    g.remove((concept, SKOS.hiddenLabel, None))
    assert ThemeMatcher.from_graph(g).concepts("des creches") == []


# Plural folding: each pair differs only in a plural ending, and must match both ways.
PLURALS = [
    ("Care services", "care service"),
    ("Mulheres rurais", "mulher rural"),
    ("organização comunitária", "organizações comunitárias"),
    ("papel social", "papéis sociais"),
    ("jovem mulher", "jovens mulheres"),
    ("mãe solteira", "mães solteiras"),
    ("box office", "boxes offices"),
    ("service social", "services sociaux"),
    ("bureau régional", "bureaux régionaux"),
]


@pytest.mark.parametrize(("label", "phrase"), PLURALS)
def test_plural_folding_matches_every_word(label: str, phrase: str) -> None:
    for a, b in ((label, phrase), (phrase, label)):
        m = ThemeMatcher({"care": [a]}, {"care": {"en": a}})
        assert m.concepts(b) == ["care"], (a, b)


def test_plural_folding_keeps_different_words_apart() -> None:
    m = ThemeMatcher({"care": ["access"]}, {"care": {"en": "access"}})
    assert m.concepts("acces") == []  # "-ss" is not a plural
    m = ThemeMatcher({"care": ["note"]}, {"care": {"en": "note"}})
    assert m.concepts("nos") == [] and m.concepts("not") == []
    assert word_forms("bus") == {"bus"}  # three letters: left alone


def test_no_label_is_shared_by_two_concepts(theme_graph: Graph) -> None:
    """Ambiguity check: after normalisation a label (pref or alt) names one concept only."""
    owners: dict[str, set[str]] = defaultdict(set)
    for prop in LABELS:
        for concept, lit in theme_graph.subject_objects(prop):
            if concept != CKGT.scheme:
                owners[normalise(str(lit))].add(str(concept))
    shared = {label: sorted(c) for label, c in owners.items() if len(c) > 1}
    assert shared == {}


def test_every_altlabel_maps_back_to_its_concept(theme_graph: Graph) -> None:
    """Each label, read on its own, maps to its concept only (nothing longer inside it steals it)."""
    m = default_matcher()
    for concept, lit in (*theme_graph.subject_objects(SKOS.altLabel), *theme_graph.subject_objects(SKOS.hiddenLabel)):
        name = str(concept)[len(str(CKGT._NS)) :]
        assert m.concepts(str(lit)) == [name], (str(lit), name)


@pytest.mark.parametrize("phrase, concept", [
    ("l'inclusion financière des femmes rurales", "economic-assets"),
    ("l'emploi des jeunes femmes", "economic-participation"),
    ("la garde d'enfants", "care"),
])
def test_french_elided_articles_do_not_hide_the_word(phrase, concept):
    """"l'inclusion" is "l'" and "inclusion": the article elided before a vowel is a word of its own."""
    from consultkg.themes import default_matcher

    assert concept in default_matcher().concepts(phrase)


@pytest.mark.parametrize("phrase, concept", [
    ("la faible présence des femmes dans les conseils d'administration", "leadership"),
    ("la poca presencia de mujeres en las juntas directivas de las cámaras", "leadership"),
    ("more than 14,000 women elected to local office", "leadership"),
    ("publicar datos de cartera desagregados por sexo", "gender-data"),
    ("a session about sex-disaggregated lending data", "gender-data"),
    ("les données ventilées par sexe produites par l'ANSD", "gender-data"),
])
def test_women_in_boards_and_elected_office_and_data_by_sex_in_each_language(phrase, concept):
    """Leadership is also women on boards and in elected office; gender data is also data broken down by sex."""
    assert concept in default_matcher().concepts(phrase)
