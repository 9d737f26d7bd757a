"""Tables flattened into a run of words: the column names, then the cells, row after row.

A portal page or a PDF that lost its table rules gives "Nombre Cargo Institución Sra. Lesly Cáceres
Zúniga Subsecretaria de Estado Secretaría de la Mujer (SEMUJER) Sr. Óscar Paz Reyes Director ...". The
header says which columns follow and in which order; a careful reader then finds where each cell starts
by what it is: a person's name (an honorific, or two to five capitalised words before a post or a
body), a post (a title word), an organisation (a head noun, an acronym). Rows that cannot be told apart
are not guessed: the caller reports the block as not read.

    >>> roles, at = flat_header("Nombre Cargo Institución Sra. Ana Ruiz Directora Secretaría de la Mujer (SEMUJER) "
    ...                         "Sr. Luis Paz Director de Programas Instituto Nacional de Estadística (INE)")
    >>> roles
    ['name', 'title', 'organisation']
    >>> flat_entries("Nombre Cargo Institución Sra. Ana Ruiz Directora Secretaría de la Mujer (SEMUJER) "
    ...              "Sr. Luis Paz Director de Programas Instituto Nacional de Estadística (INE)"[at:], roles)
    ['Sra. Ana Ruiz, Directora, Secretaría de la Mujer (SEMUJER)', 'Sr. Luis Paz, Director de Programas, Instituto Nacional de Estadística (INE)']
"""
from __future__ import annotations

import itertools
import re

from ..lexicon import COLUMN_ROLES, HONORIFICS, NAME_LINK, NAME_PARTICLES, ORG_WORDS, TITLE_WORDS
from ..text import fold
from .names import is_acronym

_WORD = re.compile(r"\S+")
_HONORIFICS = frozenset(HONORIFICS)
_LINK = re.compile(r"(?:%s)" % NAME_LINK)
_CELLS = ("name", "title", "organisation")
_END = re.compile(r"^\d{1,2}[.)]$")  # a section number after the table ("5. Próximos passos")
_EMPTY = frozenset("-\u2013\u2014")  # a dash alone: an empty cell
_MAX_LABEL = 4  # words of a label before the header
_MAX_NAME = 5  # words of a person's name, honorific aside


def flat_header(text: str) -> tuple[list[str], int] | None:
    """The columns a run of header words opens ``text`` with ("Nombre Cargo Institución", after a short
    label such as "Participantes" or "Quiénes participaron") and the index where the cells begin; None
    unless two or more columns of a name, a post and an organisation are named, each once."""
    words = list(itertools.islice(_WORD.finditer(text), _MAX_LABEL + len(_CELLS)))  # a header opens the text
    named = [COLUMN_ROLES.get(fold(m.group(0).strip(":|"))) for m in words]
    if "name" not in named:
        return None  # most blocks: no column name among their first words
    for start in range(min(len(words), _MAX_LABEL + 1)):  # "Quiénes participaron Nombre Institución Cargo ..."
        roles: list[str] = []
        end = 0
        for m, role in zip(words[start:], named[start:]):
            if role not in _CELLS or role in roles:
                break
            roles.append(role)
            end = m.end()
        if len(roles) >= 2 and "name" in roles:
            return roles, end
    return None


def flat_entries(text: str, roles: list[str]) -> list[str] | None:
    """The rows of the cells in ``text`` as entries "Name, Post, Organisation", or None when the rows cannot
    be told apart (a name that is no name, a cell left empty)."""
    rows = flat_rows(text, roles)
    return [entry for entry, _ in rows] if rows else None


def flat_rows(text: str, roles: list[str]) -> list[tuple[str, str]] | None:
    """:func:`flat_entries` with each row's own words in ``text`` beside its entry (the row's evidence)."""
    spans = list(_WORD.finditer(text))
    words = [m.group(0) for m in spans]
    breaks = {k + 1 for k, m in enumerate(spans[:-1]) if "\n" in text[m.end():spans[k + 1].start()]}  # a line starts
    honorifics = any(w in _HONORIFICS for w in words)
    after_name = roles[(roles.index("name") + 1) % len(roles)]
    end = next((k for k, w in enumerate(words) if _END.match(w)), len(words))  # "5." opens what comes next
    words, spans = words[:end], spans[:end]
    rows, bounds, i = [], [], 0
    while i < len(words):
        row: dict[str, list[str]] = {}
        first = i
        for k, role in enumerate(roles):
            if i < len(words) and words[i] in _EMPTY and _starts(role, words, i, honorifics):  # "– –": empty cells
                row[role] = []
                i += 1
                continue
            following = roles[(k + 1) % len(roles)]
            j = i + 1
            while j < len(words) and not _END.match(words[j]) and not (
                    _long_enough(role, words[i:j]) and not _LINK.fullmatch(words[j - 1])
                    and _starts(following, words, j, honorifics, after_name, breaks)):
                j += 1
            row[role] = words[i:j]
            i = min(j, len(words))
        rows.append(row)
        bounds.append((spans[first].start(), spans[i - 1].end()))
    out = []
    for row, (a, z) in zip(rows, bounds):
        name = [w for w in row.get("name", []) if w not in _HONORIFICS]
        if name and not (2 <= len(name) <= _MAX_NAME and all(_name_word(w) or w.lower() in NAME_PARTICLES for w in name)):
            return None
        if not (name or row.get("organisation")) or (name and any(not row.get(role) for role in roles if role != "title")):
            return None
        if not _sound(row) or len(name) > _MAX_NAME - 1:
            return None
        out.append((", ".join(" ".join(row[role]) for role in ("name", "title", "organisation") if row.get(role)),
                    text[a:z]))
    return out or None


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised, and so is each part of it ("Kamau-Otieno", not "Cabo-verdianas")."""
    return all(part[:1].isupper() for part in word.split("-") if part)


def _is_title(word: str) -> bool:
    """A word a post opens with ("Directora", "Diretora-Geral", "Secretário-Geral")."""
    return fold(word).split()[0] in TITLE_WORDS if fold(word) else False


def _sound(row: dict[str, list[str]]) -> bool:
    """A row whose cells hold what their columns say: no post word inside a body's name that is not a body
    word too, no acronym, number or sentence inside a post."""
    org, title = row.get("organisation", []), row.get("title", [])
    if any(w[:1].isupper() and _is_title(w) and fold(w) not in ORG_WORDS for w in org[1:]):
        return False  # "... Desenvolvimento Social Filomena Brito Semedo Diretora-Geral ...": rows run together
    return not any(is_acronym(w.strip("(),")) or w.rstrip(".").isdigit() or w == "|" or (w.endswith(".") and len(w) > 3)
                   for w in title[1:])


def _long_enough(role: str, cell: list[str]) -> bool:
    if role == "name":
        return len([w for w in cell if w not in _HONORIFICS]) >= 2
    return bool(cell)


def _starts(role: str, words: list[str], j: int, honorifics: bool, after_name: str = "title",
            breaks: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether the cell of ``role`` can start at word ``j`` (``after_name``: the cell a name is followed by;
    ``breaks``: the words that open a line)."""
    word = words[j]
    if word in _EMPTY:  # an empty cell, not a dash inside a name ("Centro de Estudios de la Mujer – Honduras")
        after = words[j + 1] if j + 1 < len(words) else ""
        return not after or after in _EMPTY or after in _HONORIFICS or _is_title(after) \
            or fold(after) in ORG_WORDS or is_acronym(after.strip("(),"))
    if not word[:1].isupper() or _LINK.fullmatch(word):
        return False
    if role == "title":
        return _is_title(word)
    if role == "organisation":
        return fold(word) in ORG_WORDS or is_acronym(word.strip("(),"))
    if honorifics:
        return word in _HONORIFICS
    if j and not words[j - 1].endswith(")") and j not in breaks:
        return False  # no honorific: a name starts the text, a line, or follows a body's "(ACRONYM)", else it is a guess
    # no honorifics: two to five capitalised words that are neither a post nor a body, then the cell that
    # follows a name in this table (a post, or a body)
    ahead = words[j:j + _MAX_NAME + 1]
    for n, w in enumerate(ahead):
        if n >= 2 and w[:1].isupper() and _starts(after_name, ahead, n, False, "title"):
            return True
        if not (_name_word(w) or w.lower() in NAME_PARTICLES) or _is_title(w) or fold(w) in ORG_WORDS \
                or is_acronym(w.strip("(),")):
            return False
    return False
