"""Meetings found by what a record says, not by its labels: a day's heading run into the paragraph above it,
a second meeting told in prose after the first one's participants, a ministry's portfolios in a heading.
The texts are invented; each case is a class of layout.
"""
from __future__ import annotations

from consultkg.extract import extract
from consultkg.lexicon import MEETING_PROSE
from consultkg.read import read_source
from consultkg.read.segment import segment
from consultkg.model import Block


def record_of(tmp_path, text: str, name: str = "mission.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read_source(path))


def test_a_line_opening_with_a_day_and_a_dash_never_continues_the_line_above():
    blocks = segment([Block("Le ministère souhaite un appui sur les données de police et de justice.", 1),
                      Block("Mardi 14 novembre — Ministère des Finances et du Budget", 2)], wrapped=None)
    assert [b.text for b in blocks][-1] == "Mardi 14 novembre — Ministère des Finances et du Budget"


def test_a_meeting_told_in_prose_after_the_first_ones_participants_is_a_meeting_of_its_own(tmp_path):
    record = record_of(tmp_path, """# Note de fin de mission : Stratégie genre 2024-2030, Niamey

## Lundi 13 novembre — Ministère de la Promotion de la Femme

Délégation du ministère :

- Mme Aïcha Issa Moussa, Directrice de la Promotion de la Femme
- M. Ibrahim Hama Sani, Conseiller technique

Le ministère a soutenu le projet de stratégie et demandé un appui sur les violences basées sur le genre.

L'équipe a ensuite été reçue par M. Souley Garba Issaka, Directeur du Budget au Ministère des Finances (MF), qui a salué le projet tout en s'inquiétant de son coût.

## Mercredi 15 novembre — Société civile

Présents : Réseau des Femmes pour la Paix (REFEPA) ; Association des Femmes Juristes du Niger (AFJN).

Les organisations ont soutenu la stratégie.
""")
    assert len(record.meetings) == 3
    second = record.meetings[1]
    assert [p.name for p in record.people if p.key in second.people] == ["Souley Garba Issaka"]
    first = record.meetings[0]
    assert "souley-garba-issaka" not in first.people


def test_a_ministrys_portfolios_in_a_meeting_heading_stay_one_name_a_place_after_them_does_not(tmp_path):
    record = record_of(tmp_path, """# Resumen de misión: Estrategia de Género 2024-2030, Tegucigalpa

## Reunión 1 — Ministerio de Trabajo, Empleo y Seguridad Social

- Sra. Marta Lidia Reyes, Viceministra
- Sr. Jorge Luis Mejía, Director de Empleo

El ministerio respaldó la estrategia y pidió apoyo para el empleo de las mujeres jóvenes.

## Reunión 2 — Ministerio de la Mujer, 5.º piso

- Sra. Ana Beatriz Flores, Directora de Planificación

La secretaría apoyó la estrategia.
""")
    labels = {o.label for o in record.organisations}
    assert "Ministerio de Trabajo, Empleo y Seguridad Social" in labels
    assert not any("piso" in label for label in labels)


def test_the_ways_of_telling_a_meeting_held_take_an_adverb_in_each_language():
    for text in ("L'équipe a ensuite été reçue par M. Garba", "The team then met with UN Women",
                 "El equipo se reunió luego con ONU Mujeres", "A equipa foi depois recebida pelo Ministro"):
        assert MEETING_PROSE.search(text), text
    assert not MEETING_PROSE.search("The team will meet the ministry next year")
