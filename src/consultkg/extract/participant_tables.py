"""Participant tables: column roles from the header words, then one entry per row.

    >>> from consultkg.model import Block
    >>> from consultkg.extract.orgs import OrgRegistry
    >>> table = Block("", 5, kind="table", header=True, row_lines=(5, 6),
    ...               rows=(("Nombre", "Cargo", "Organización"), ("Sra. Ana Ruiz", "Directora", "Red de Mujeres")))
    >>> reg, rejected = OrgRegistry(), []
    >>> orgs, people = table_participants(table, reg, None, rejected)
    >>> [reg.get(k).label for k in orgs], [(p.honorific, p.name, p.job_title) for p in people]
    (['Red de Mujeres'], [('Sra.', 'Ana Ruiz', 'Directora')])

A table whose header names no column this module knows is not read: its rows
go to ``rejected`` as ``(text, why, line)`` with the row's own line, so the build
report shows them.
"""
from __future__ import annotations

import re

from ..lexicon import COLUMN_ROLES
from ..model import TABLE, Block, Evidence, Person
from ..text import fold
from .entities import is_job_title, org_problem
from .gazetteer import lookup
from .names import ORG_WORDS, TITLE_WORDS, has_honorific, looks_like_person_name, split_acronym, split_honorific
from .orgs import OrgRegistry
from .participants import HONORIFIC_PATTERN, Rejected, make_person, parse_entry


def column_roles(header: tuple[str, ...]) -> dict[int, str]:
    """Column index -> "name" | "title" | "organisation" | "honorific", from the header cells' words."""
    roles: dict[int, str] = {}
    for i, cell in enumerate(header):
        key = fold(cell)
        role = COLUMN_ROLES.get(key)
        if role is None:  # "Name of participant", "Organisation / Institution"
            role = next((COLUMN_ROLES[w] for w in key.split() if w in COLUMN_ROLES), None)
        if role and role not in roles.values():
            roles[i] = role
    return roles


def _looks_like(role: str, cell: str) -> bool:
    cell = cell.strip()
    if role == "name":
        return has_honorific(cell) or (looks_like_person_name(split_honorific(cell)[1]) and not is_job_title(cell))
    if role == "title":
        return is_job_title(cell) or fold(cell).split()[:1] in ([w] for w in TITLE_WORDS)
    label, acronym = split_acronym(cell)
    return org_problem(cell) is None and bool(acronym or lookup(label) or any(w in ORG_WORDS for w in fold(label).split()))


def infer_roles(rows: list[tuple[str, ...]]) -> dict[int, str]:
    """Column index -> role, from what most of a column's filled cells look like: people's names,
    job titles or organisations' names (for tables with no header, or a header of unknown words).

    >>> infer_roles([("Mr. Karim Haddadin", "Senior Banker", "European Bank for Reconstruction and Development (EBRD)"),
    ...              ("Ms. Elena Rossetti", "Regional Representative", "European Investment Bank (EIB)")])
    {0: 'name', 2: 'organisation', 1: 'title'}
    """
    width = max((len(r) for r in rows), default=0)
    roles: dict[int, str] = {}
    for role in ("name", "organisation", "title"):
        best, best_share = None, 0.5
        for i in range(width):
            if i in roles:
                continue
            cells = [r[i] for r in rows if i < len(r) and r[i].strip() and r[i].strip() not in "-\u2013\u2014"]
            share = sum(_looks_like(role, c) for c in cells) / len(cells) if cells else 0.0
            if share > best_share:
                best, best_share = i, share
        if best is not None:
            roles[best] = role
    rest = [i for i in range(width) if i not in roles]
    if "name" in roles.values() and "organisation" not in roles.values() and len(rest) == 1:
        cells = [r[rest[0]] for r in rows if rest[0] < len(r) and r[rest[0]].strip()]
        if cells and sum(_proper(c) for c in cells) / len(cells) >= 0.5:
            roles[rest[0]] = "organisation"  # the one column left, of proper names that are no people's
    return roles


def _proper(cell: str) -> bool:
    """A proper name that is no person's ("Articulación Feminista Marcosur")."""
    words = [w for w in split_acronym(cell)[0].split() if w[:1].isalpha()]
    caps = sum(w[0].isupper() for w in words)
    return caps >= 2 and not _looks_like("name", cell) and not is_job_title(cell)


_INNER_HONORIFIC = re.compile(r"(?<=\s)(?:%s)\s+(?=[^\W\d_])" % HONORIFIC_PATTERN)


def _people_spans(cell: str) -> list[tuple[int, int]]:
    """Where each person of a name cell starts and ends: a cell may hold several, each after an honorific."""
    cuts = [m.start() for m in _INNER_HONORIFIC.finditer(cell) if has_honorific(cell)]
    bounds = [0, *cuts, len(cell)]
    return list(zip(bounds, bounds[1:]))


def is_header_row(cells: tuple[str, ...]) -> bool:
    """Every non-empty cell is a column word ("| Nombre | Cargo | Organización |")."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(fold(c) in COLUMN_ROLES for c in filled)


def table_participants(table: Block, reg: OrgRegistry, country: str | None, rejected: Rejected,
                       fallback_type: str | None = None) -> tuple[list[str], list[Person]]:
    """Organisation keys and people of a participants table; unread rows go to ``rejected``. A table whose
    cells are blocks of lines (signatures side by side) is read a row per cell; a small table that reads as
    nothing row by row is read column by column too (a name row over a title row over an organisation row)."""
    rows = [tuple(r) for r in table.rows]
    first: Rejected = []
    shapes = [_stacked_cells(rows), None]  # signatures side by side (one row per cell), then the table as it is
    if 2 <= len(rows) <= 4 and len({len(r) for r in rows}) == 1 and len(rows[0]) >= 2:
        shapes.append(tuple(zip(*rows)))  # then a name row over a title row over an organisation row
    for shape in shapes:
        if shape == ():
            continue
        said: Rejected = first if shape is None else []
        read = table if shape is None else Block(table.text, table.lineno, kind=TABLE, rows=shape, header=False,
                                                 page=table.page)
        orgs, people = _read_rows(read, reg, country, said, fallback_type)
        if orgs or people:
            rejected.extend(said)
            return orgs, people
    rejected.extend(first)
    return [], []


_RULE = re.compile(r"^[\s_.\-–—=]*$")  # a line to sign on ("______"), or nothing


def _stacked_cells(rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    r"""A table whose every filled cell is a block of lines (a signature: name, title, organisation, each on
    its line) as one row per cell, one column per line; () when some cell is a single line.

    >>> _stacked_cells([("____\nMtra. Ana Ruiz\nDirectora\nFondo Semillas", "Dr. Bo Li\nChair\nUNDP")])
    (('Mtra. Ana Ruiz', 'Directora', 'Fondo Semillas'), ('Dr. Bo Li', 'Chair', 'UNDP'))
    >>> _stacked_cells([("Ana Ruiz", "Fondo Semillas")])
    ()
    """
    cells = [[ln.strip() for ln in c.splitlines() if not _RULE.match(ln)] for r in rows for c in r if c.strip()]
    if not cells or any(len(c) < 2 for c in cells) or len({len(c) for c in cells}) > 2:
        return ()
    width = max(len(c) for c in cells)
    return tuple(tuple(c + [""] * (width - len(c))) for c in cells)


def _read_rows(table: Block, reg: OrgRegistry, country: str | None, rejected: Rejected,
               fallback_type: str | None = None) -> tuple[list[str], list[Person]]:
    rows = list(table.rows)
    lines = list(table.row_lines) or [table.lineno] * len(rows)
    header = rows[0] if rows and (table.header or is_header_row(rows[0])) else None
    roles = column_roles(header) if header else {}
    if header is not None:
        rows, lines = rows[1:], lines[1:]
    if not roles or not ({"name", "organisation"} & set(roles.values())):
        roles = infer_roles(rows)  # no header, or one of words nobody listed: the columns by what they hold
    orgs: list[str] = []
    people: list[Person] = []
    if not roles or not ({"name", "organisation"} & set(roles.values())):
        for row, line in zip(rows, lines):
            rejected.append((" | ".join(row), "a table whose columns are not named (Name, Title, Organisation ...)",
                             line))
        return orgs, people
    col = {role: i for i, role in roles.items()}
    for row, line in zip(rows, lines):
        cell = lambda role: row[col[role]].strip() if role in col and col[role] < len(row) else ""  # noqa: E731
        ev = Evidence(line=line, exact=" | ".join(c for c in row if c), page=table.page)
        org_key = None
        row_rejected: list[tuple[str, str]] = []
        if cell("organisation"):
            keys, _ = parse_entry(cell("organisation"), reg, country, ev, fallback_type, row_rejected)
            org_key = keys[0] if keys else None
            orgs += [k for k in keys if k not in orgs]
        names = [cell("name")[a:b].strip() for a, b in _people_spans(cell("name"))] if cell("name") else []
        for one in names:  # "Dra. Mariana Robles, Investigadora Mtro. Joaquín Barragán, Técnico": two people
            name = " ".join(x for x in (cell("honorific"), one) if x)
            title = cell("title") or None
            if "," in name:  # "Sra. Graça Mulungo Sitoe, Coordenadora Executiva" in one cell: the title is there
                name, title = (x.strip() for x in name.split(",", 1))
            person = make_person(name, org_key, ev, title)
            if person is None:
                row_rejected.append((one, "not a person's name"))
            else:
                people.append(person)
        rejected.extend((text, why, line) for text, why in row_rejected)  # each row reported at its own line
    return orgs, people
