"""Dates in every lexicon language (months from CLDR), countries and cities as each language writes them."""
from __future__ import annotations

import pytest

from consultkg.extract import countries
from consultkg.extract.dates import find_dates


@pytest.mark.parametrize(("text", "start", "end"), [
    ("6 a 9 de novembro de 2023", "2023-11-06", "2023-11-09"),
    ("6-9 de noviembre de 2023", "2023-11-06", "2023-11-09"),
    ("du 6 au 9 novembre 2023", "2023-11-06", "2023-11-09"),
    ("March 6-9, 2023", "2023-03-06", "2023-03-09"),
    ("30 December 2023 – 2 January 2024", "2023-12-30", "2024-01-02"),
    ("December 30, 2023 - January 2, 2024", "2023-12-30", "2024-01-02"),
    ("30 de dezembro de 2023 a 2 de janeiro de 2024", "2023-12-30", "2024-01-02"),
    ("30 December – 2 January 2024", "2023-12-30", "2024-01-02"),
    ("14 al 16 de agosto de 2023", "2023-08-14", "2023-08-16"),
    ("novembro de 2023", "2023-11-01", "2023-11-30"),
    ("fevereiro de 2024", "2024-02-01", "2024-02-29"),
    ("1º de março de 2024", "2024-03-01", "2024-03-01"),
    ("Brasília, 13 a 15 de setembro de 2023", "2023-09-13", "2023-09-15"),
    ("4 to 7 March 2024", "2024-03-04", "2024-03-07"),
    ("13-15 novembre 2023", "2023-11-13", "2023-11-15"),
])
def test_date_forms(text, start, end):
    got = find_dates(text)
    assert got is not None and (got.start, got.end) == (start, end), got


@pytest.mark.parametrize("text", ["carried out 2023 surveys", "set 2023 targets", "31 de fevereiro de 2023",
                                  "9-6 de novembro de 2023", "no date here"])
def test_no_date(text):
    assert find_dates(text) is None


def test_a_cross_year_range_keeps_both_years():
    got = find_dates("From 30 December 2023 – 2 January 2024 the team met in Accra")
    assert got.text == "30 December 2023 – 2 January 2024"


@pytest.mark.parametrize(("text", "country"), [
    ("Brasil", "Brazil"), ("Moçambique", "Mozambique"), ("Estados Unidos", "United States"),
    ("Reino dos Países Baixos", "Netherlands"), ("Países Baixos", "Netherlands"), ("Guiné-Bissau", "Guinea-Bissau"),
    ("Costa do Marfim", "Côte d'Ivoire"), ("Timor-Leste", "Timor-Leste"), ("Cabo Verde", "Cabo Verde"),
    ("São Tomé e Príncipe", "Sao Tome and Principe"), ("Lima, Perú", "Peru"), ("Maputo, Moçambique", "Mozambique"),
    ("Embajada de Canadá en la República Dominicana", "Canada"),
])
def test_country_names_from_cldr(text, country):
    assert countries.find_country(text) == country


def test_country_code_needs_the_whole_text():
    assert countries.country_code("Moçambique") == "MZ"
    assert countries.country_code("Moçambique do Sul") is None


def test_a_common_word_is_no_country():
    assert countries.find_country("la mujer gana menos que el hombre") is None  # "Gana" is Ghana in Portuguese
    for heading in ("Reunião 1 com Representantes do Governo", "Reunión 2 con Sociedad Civil", "Réunion avec"):
        assert countries.find_country(heading) is None, heading  # CLDR's pt name of Réunion is "Reunião"
    assert countries.find_country("Saint-Denis, La Réunion") == "Réunion"


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Reunião em Brasília", "Brasília", "Brazil"), ("Maputo", "Maputo", "Mozambique"),
    ("Luanda, Angola", "Luanda", "Angola"), ("SÃO PAULO", "São Paulo", "Brazil"), ("Praia", "Praia", "Cabo Verde"),
    ("Bissau", "Bissau", "Guinea-Bissau"), ("Dili", "Díli", "Timor-Leste"), ("Yaoundé", "Yaoundé", "Cameroon"),
    ("Bogotá D.C.", "Bogotá", "Colombia"),
])
def test_cities(text, city, country):
    assert countries.find_city(text) == (city, country)
    assert countries.city_country(city) == country


def test_no_city():
    assert countries.find_city("the praiaful coast") is None


@pytest.mark.parametrize(("text", "country"), [
    ("British Embassy", "United Kingdom"), ("Embaixada Britânica", "United Kingdom"),
    ("Embajada Británica", "United Kingdom"), ("Ambassade de Suisse", "Switzerland"), ("Canadian High Commission", "Canada"),
])
def test_adjectives(text, country):
    assert countries.find_adjective_country(text) == country
