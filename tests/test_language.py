"""Language detection from the lexicon's marker words: Portuguese told from Spanish on short texts."""
from __future__ import annotations

import pytest

from consultkg.extract import detect_language
from consultkg.extract.language import detect, scores
from consultkg.model import Block

PT = [
    "A reunião com as organizações da sociedade civil não foi adiada.",
    "Os participantes são representantes do governo e das associações de mulheres.",
    "Reunião 1 com Representantes do Governo",
    "As autoridades manifestaram apoio à proposta, mas levantaram preocupações.",
    "Uma das prioridades é a proteção das mulheres nas zonas rurais.",
    "Ministério da Mulher, Família e Direitos Humanos",
    # full of words that look Spanish ("de", "la"-like "a", "se", "que")
    "De acordo com a lei de cotas, a participação de mulheres de baixa renda se ampliou.",
    "Programa de apoio a mulheres empreendedoras de São Paulo e de Salvador",
]
ES = [
    "La reunión con las organizaciones de la sociedad civil no fue aplazada.",
    "Los participantes son representantes del gobierno y de las asociaciones de mujeres.",
    "Reunión 1 con Representantes del Gobierno",
    "Las autoridades expresaron su apoyo a la propuesta, pero manifestaron preocupación.",
    "Ministerio de la Mujer y Poblaciones Vulnerables",
    "El programa de cuidados llegará a los hogares más pobres del país.",
]
FR = [
    "La réunion avec les organisations de la société civile n'a pas été reportée.",
    "Les participants ont salué la stratégie et les priorités du Groupe.",
    "Réunion 2 avec les partenaires techniques et financiers",
]
EN = [
    "The meeting with civil society organisations was not postponed.",
    "Participants welcomed the strategy and its focus on care.",
    "Meeting 1 with Government Representatives",
]


@pytest.mark.parametrize(("text", "lang"), [(t, "pt") for t in PT] + [(t, "es") for t in ES]
                         + [(t, "fr") for t in FR] + [(t, "en") for t in EN])
def test_short_texts(text, lang):
    assert detect(text) == lang, scores(text.lower().split())


def test_a_record_is_judged_on_all_its_blocks():
    blocks = [Block(t, i) for i, t in enumerate(PT, start=1)]
    assert detect_language(blocks) == "pt"
    blocks = [Block(t, i) for i, t in enumerate(ES, start=1)]
    assert detect_language(blocks) == "es"


def test_shared_words_decide_nothing():
    got = scores(["para", "para"])  # a marker of Spanish and of Portuguese
    assert got["es"] == got["pt"] == 1.0 and got["fr"] == got["en"] == 0
    assert set(scores(["de", "de"]).values()) == {0}  # a word of three languages is no marker


def test_no_markers_is_the_default():
    assert detect("12345 — 678") == "en"
