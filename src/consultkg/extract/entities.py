"""What a name of an organisation or a person looks like: the gate every participant passes.

Extraction fails closed: a text becomes an organisation only when it looks like
one. :func:`org_problem` says why a text is *not* an organisation's name (a
sentence, a heading, a table header, a job title alone, page furniture, a
place), or ``None`` when it may be one::

    >>> org_problem("Network for Women's Rights in Ghana (NETRIGHT)") is None
    True
    >>> org_problem("Os parceiros manifestaram apoio à proposta de estratégia.")
    'a sentence, not a name'
    >>> org_problem("Senior Research Fellow")
    'a job title, not an organisation'
    >>> org_problem("Gender Strategy Consultation | Ghana")
    'page furniture or a table row, not a name'

The reasons go to the build report (``report.json``), never into the graph.
"""
from __future__ import annotations

import functools
import re

from ..lexicon import (COLUMN_ROLES, DETERMINER_LOWER, FUNCTION_WORDS, MEETING_HEADING, OF_WORD, PAGE_LINE,
                       PARTICIPANTS, POSTS, SECTION_LINE, SENTENCE_VERB)
from ..text import fold, strip_accents
from .gazetteer import lookup
from .names import ORG_WORDS, TITLE_WORDS, is_acronym, split_acronym

_ARTICLE_LOWER = DETERMINER_LOWER  # "The participants ...", "Varios asistentes ...": a sentence's opening
_LEADING_NUMBER = re.compile(r"^\(?\d{1,3}[\s.)]")
_PAGE = PAGE_LINE  # "Page 3 of 12", "Página 2 de 5"
_CONNECTORS = FUNCTION_WORDS  # folded
_VERBISH = SENTENCE_VERB


def _content_words(text: str) -> list[str]:
    words = [(w, w.lower()) for w in re.findall(r"[^\W\d_][\w'’\-]*", text)]
    return [w for w, low in words
            if low not in _CONNECTORS and (low.isascii() or strip_accents(low) not in _CONNECTORS)]


@functools.lru_cache(maxsize=1 << 15)
def is_sentence(text: str) -> bool:
    """A statement rather than a name: an article before a lower-case word at the start, or a
    verb among mostly lower-case words, or a long text that ends like a sentence.

    >>> is_sentence("The participants were keen to learn more."), is_sentence("The Ark Foundation")
    (True, False)
    """
    text = text.strip()
    if _ARTICLE_LOWER.match(text):
        return True
    words = _content_words(text)
    if not words:
        return False
    lower = sum(w[0].islower() for w in words) / len(words)
    if _VERBISH.search(text) and lower >= 0.3:
        return True
    return (len(text.split()) >= 8 and text.endswith((".", "!", "?")) and lower >= 0.3) or len(text.split()) > 18


def is_heading(text: str) -> bool:
    """A section, meeting or participants heading ("Reunión 2 con ...", "Participants:")."""
    return bool(SECTION_LINE.match(text) or MEETING_HEADING.match(text) or PARTICIPANTS.match(text))


_POSTS = POSTS  # nouns that name a post when they end a title ("Senior Programme Officer"), folded
_OF = OF_WORD  # "of", "de", "pour": what follows is no longer the title's head


@functools.lru_cache(maxsize=1 << 15)
def is_job_title(text: str) -> bool:
    """A job title with no organisation in it ("Senior Research Fellow", "Associate Professor of Economics").

    >>> is_job_title("Research Associate"), is_job_title("National Council of Women")
    (True, False)
    """
    label, acronym = split_acronym(text)
    words = fold(label).split()
    if not words or acronym or lookup(label):
        return False
    head = fold(_OF.split(label, maxsplit=1)[0]).split()  # the words before "of": "Associate Professor"
    if head == words and words[-1] in _POSTS and len(words) <= 5:
        return True  # "Senior Programme Officer": a title's last word names the post
    if not (words[0] in TITLE_WORDS or any(w in TITLE_WORDS for w in head[-1:])):
        return False
    return not any(w in ORG_WORDS for w in words[1:] + head)


@functools.lru_cache(maxsize=1 << 15)
def org_problem(text: str) -> str | None:
    """Why ``text`` is not the name of an organisation, or ``None`` when it may be one."""
    text = text.strip()
    if not text or not re.search(r"[^\W\d_]", text):
        return "no letters"
    if "|" in text or _LEADING_NUMBER.match(text) or _PAGE.match(text):
        return "page furniture or a table row, not a name"
    if ";" in text:
        return "a list of names, not one name"
    if fold(text) in COLUMN_ROLES:
        return "a table header, not a name"
    if is_heading(text):
        return "a heading, not a name"
    if is_sentence(text):
        return "a sentence, not a name"
    label, acronym = split_acronym(text)
    if lookup(label, acronym) or is_acronym(label.strip()):
        return None
    if is_job_title(text):
        return "a job title, not an organisation"
    words = _content_words(label)
    if not words:
        return "no name"
    if words[0][0].islower() and not is_acronym(words[0]):  # scripts without case (Chinese) pass
        return "does not start like a name"
    if len(label.split()) > 16:
        return "too long for a name"
    return None
