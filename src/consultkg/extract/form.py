"""A form's answers: a written input exported from an online consultation's form, read by its fields.

A form is told by its shape, not its title: among its first blocks, at least four short
"Label: value" fields, of kinds the lexicon knows (``FORM_FIELDS``: the organisation, a
contact person, their post, the country, the city, the date), one naming an organisation and
one the person who filled it in or their post. What each
field holds is read by its label's words: "Nombre de la organización" names the author (but
"Tipo de organización" only its kind), "Persona de contacto" and "Cargo" the person who wrote
and their post, "País" and "Ciudad" where they are, "Fecha de envío" when; a field whose label
speaks of organisations and whose answer names some ("¿... en nombre de otras organizaciones?
Sí. Lo suscriben también el Centro X y el Colectivo Y") adds them as co-authors. The questions'
answers are the comments.

    >>> from consultkg.model import Block
    >>> lines = [Block("FORM", 1), Block("Organisation name: Women's Forum of Ruritania", 2),
    ...          Block("Type of organisation: Network", 3), Block("Contact person: Ms. Ana Ruiz", 4),
    ...          Block("Position: Director", 5), Block("Country: Bolivia", 6), Block("Date: 2023-11-30", 7)]
    >>> f = read_form(lines)
    >>> f.organisation, f.person, f.post, f.country, f.date
    ("Women's Forum of Ruritania", 'Ms. Ana Ruiz', 'Director', 'Bolivia', '2023-11-30')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import FORM_FIELDS
from ..model import TABLE, Block
from ..text import fold
from . import countries
from .dates import find_dates

_FIELD = re.compile(r"^\s*(?P<label>[^:?]{2,70}?\??)\s*:\s*(?P<value>\S.*)$")
_QUESTION_FIELD = re.compile(r"^\s*(?P<label>[^:]{2,160}\?)\s*(?P<value>\S.*)$")  # "¿... otras organizaciones? Sí. ..."
_HEAD = 40  # blocks: a form's fields come first
_MIN_FIELDS = 4
_SHORT_VALUE = 20  # words: a field's value is short, unless its label says what it holds
_NUMERIC_DATE = re.compile(r"\b(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<yy>\d{4}))\b")


@dataclass
class Form:
    organisation: str | None = None
    person: str | None = None
    post: str | None = None
    country: str | None = None
    city: tuple[str, str] | None = None
    date: str | None = None
    cosigners: list[str] = field(default_factory=list)
    blocks: dict = field(default_factory=dict)  # kind -> the block of its field (evidence)
    fields: list[Block] = field(default_factory=list)  # every field block (none is a comment)


def _words(label: str) -> str:
    return " " + " ".join(re.findall(r"\w+", fold(label))) + " "


def kind_of(label: str) -> str | None:
    """The kind of a field by its label's words: "organisation" (its name), "kind" (its type, no name), "person",
    "post", "country", "city", "date"; None for a question or a label the lexicon does not know."""
    words = _words(label)
    # a label's phrase as whole words; an organisation's word as a word's start too ("organizaciones")
    has = {k: any((f" {w}" if k == "organisation" else f" {w} ") in words for w in FORM_FIELDS[k]) for k in FORM_FIELDS}
    if has["organisation"]:
        return "kind" if has["kind"] else "organisation"
    for k in ("person", "post", "country", "city", "date"):
        if has[k]:
            return k
    return None


def fields(lines: list[Block]) -> list[tuple[str, str, Block]]:
    """(label, value, block) of the short "Label: value" fields among a record's first blocks."""
    out = []
    for b in lines[:_HEAD]:
        if b.kind == TABLE:
            continue
        m = _FIELD.match(b.text) or _QUESTION_FIELD.match(b.text)
        if not m or len(m.group("label").split()) > 25 or m.group("label").rstrip("?").endswith((".", ";")):
            continue
        if len(m.group("value").split()) > _SHORT_VALUE and kind_of(m.group("label")) is None:
            continue  # "Comment: We support the three objectives ...": an answer, no field
        out.append((m.group("label").strip(), m.group("value").strip(), b))
    return out


def is_form(lines: list[Block]) -> bool:
    """Four fields or more among the first blocks, of kinds the lexicon knows: one naming an organisation and one
    naming the person who filled the form in or their post (a readout's head of "Date:", "Lieu:",
    "Organisation:" names who organised an event, and no one who wrote)."""
    found = fields(lines)
    kinds = {kind_of(label) for label, _, _ in found} - {None}
    return len(found) >= _MIN_FIELDS and "organisation" in kinds and bool(kinds & {"person", "post"})


def numeric_date(text: str) -> str | None:
    """An ISO date from "2023-11-30" or an unambiguous "30/11/2023" (a day over 12); None when unsure."""
    m = _NUMERIC_DATE.search(text)
    if not m:
        return None
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("yy"))
        if a > 12 >= b:
            d, mo = a, b
        elif b > 12 >= a:
            d, mo = b, a
        else:
            return None  # 01/12/2023: the first of December or the twelfth of January
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def read_form(lines: list[Block]) -> Form:
    """What a form's fields say (see the module's text)."""
    from .prose_names import names_in_prose

    form = Form()
    for label, value, block in fields(lines):
        kind = kind_of(label)
        form.fields.append(block)
        if kind and kind not in form.blocks and kind != "kind":
            form.blocks[kind] = block
        if kind == "organisation" and form.organisation is None and not label.endswith("?"):
            form.organisation = value.strip(" .")
        elif kind == "person" and form.person is None:
            form.person = value.strip(" .")
        elif kind == "post" and form.post is None:
            form.post = value.strip(" .")
        elif kind == "country" and form.country is None:
            form.country = countries.find_country(value)
        elif kind == "city" and form.city is None:  # a known city, else what the field says (a short name)
            form.city = countries.find_city(value) or ((value.strip(" ."), None) if len(value.split()) <= 4
                                                       and value[:1].isupper() else None)
        elif kind == "date" and form.date is None:
            found = find_dates(value)
            form.date = found.start if found else numeric_date(value)
        elif kind == "organisation":  # "... on behalf of other organisations? Yes: A, B and C"
            form.cosigners += [n for n in names_in_prose(value) if n not in form.cosigners]
    if form.city and form.city[1] is None:
        form.city = (form.city[0], form.country) if form.country else None
    return form
