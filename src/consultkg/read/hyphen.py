"""A hyphen at a line end: a word broken by hyphenation, or a compound that keeps it.

:func:`keep_hyphen` decides for the two parts, from evidence first: the
compound written whole elsewhere in the document (keep), the joined word
elsewhere (join); then from word lists: second parts that make compounds
("led", "based", "makers", "term", "level"...), first parts that do ("well",
"self", "non", "co"...), a number or a capital on either side; a lower-case
word broken anywhere else was broken by hyphenation::

    >>> keep_hyphen("vio", "lence"), keep_hyphen("ser", "vices")
    (False, False)
    >>> keep_hyphen("decision", "makers"), keep_hyphen("women", "led"), keep_hyphen("2024", "2030")
    (True, True, True)
    >>> keep_hyphen("cross", "border"), keep_hyphen("com", "munity", document_words(["community"]))
    (True, False)

:func:`join_lines` applies it to two physical lines, moving the rest of the
broken word up; :func:`rejoin` to the two raw texts that ``segment`` joins::

    >>> join_lines("against gender-based vio-", "lence, and for", document_words(["violence"]))
    ('against gender-based violence,', 'and for')
    >>> rejoin("the decision-", "makers said")
    'the decision-'
    >>> rejoin("public ser-", "vices")
    'public ser'
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable

# Second parts that make a compound with the word before (en, es, fr, pt).
COMPOUND_SECOND = frozenset("""
    led based makers maker making owned run oriented centred centered focused driven sensitive
    responsive specific friendly related wide scale term level income up out down in on off over
    free aged old long year years time day effective intensive holders disaggregated
    être là ci dire clés chave
""".split())
# First parts that make a compound with the word after.
COMPOUND_FIRST = frozenset("""
    well self non co cross multi anti ex post vice semi pan sex
    bem mal sócio socio afro latino ibero pós pré pró recém
""".split())
_END = re.compile(r"([^\W\d_]|\d)([^\W_]*)-$")
_WORD_START = re.compile(r"[^\W_][^\W_]*(?:[-\u2019'][^\W_]+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def document_words(texts: Iterable[str]) -> frozenset[str]:
    """The document's words, folded, hyphenated compounds whole, as evidence for :func:`keep_hyphen`."""
    return frozenset(w.casefold() for text in texts for w in _WORD.findall(text))


def keep_hyphen(first: str, second: str, words: Collection[str] = ()) -> bool:
    """Whether ``first-`` at a line end and ``second`` on the next line form a hyphenated
    compound (the hyphen stays) rather than a word broken by hyphenation."""
    if not first or not second or not second[0].isalpha() or not first[-1].isalpha():
        return True  # "2024-" "2030", "COVID-" "19", a stray hyphen
    if second[0].isupper() or len(first) == 1:
        return True  # "Afro-" "Caribbean", "e-" "mail": hyphenation never leaves one letter
    a, b = first.casefold(), second.casefold()
    if f"{a}-{b}" in words:
        return True
    if a + b in words:
        return False
    return b in COMPOUND_SECOND or a in COMPOUND_FIRST


def join_lines(left: str, right: str, words: Collection[str] = ()) -> tuple[str, str]:
    """``(left, right)`` with the word that ``left`` breaks off at a hyphen completed
    from ``right`` (hyphen dropped or kept, see :func:`keep_hyphen`); unchanged otherwise.
    Only a next line that starts in lower case (or a number after a number) is moved up."""
    if not left.endswith("-"):
        return left, right
    end, start = _END.search(left), _WORD_START.match(right)
    if not end or not start or not (right[0].islower() or right[0].isdigit() and left[-2].isdigit()):
        return left, right
    first = left[: end.end() - 1].split()[-1].split("-")[-1]
    rest = right[start.end():]
    tail = re.match(r"\S*", rest).group(0)  # punctuation that ends the word: "lence,"
    second = start.group(0)
    glue = "-" if keep_hyphen(first, second.split("-")[0], words) else ""
    return left[:-1] + glue + second + tail, rest[len(tail):].lstrip()


def rejoin(left: str, right: str, words: Collection[str] = ()) -> str | None:
    """The text ``left`` should end with before ``right`` is appended without a space,
    when ``left`` ends in a hyphenated word part: the hyphen dropped for a broken word,
    kept for a compound; ``None`` when the two join with a space."""
    if not left.endswith("-"):
        return None
    end, start = _END.search(left), _WORD_START.match(right)
    if not end or not start:
        return None
    first = left[: end.end() - 1].split()[-1].split("-")[-1] if left[: end.end() - 1].split() else ""
    return left if keep_hyphen(first, start.group(0).split("-")[0], words) else left[:-1]


def join_fragments(fragments: Iterable[str], words: Collection[str] = ()) -> str:
    """Lines of one paragraph or table cell as one text, words broken at a line end joined.

    >>> join_fragments(["Dr. Liza Santos-", "Reyes of the pro-", "gramme"])
    'Dr. Liza Santos-Reyes of the programme'
    """
    text = ""
    for fragment in fragments:
        left = rejoin(text, fragment, words) if text else None
        text = left + fragment if left is not None else f"{text} {fragment}".strip()
    return text
