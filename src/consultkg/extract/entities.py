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

from ..lexicon import (ARTICLE, INITIATIVE_HEADS, WEEKDAYS, COPY_HEADER, LIST_JOINER, PAGE_OF, PAGE_WORD, CLOSING, SALUTATION, GENERIC_WORDS, QUERY_WORDS, HEADING_WORDS, REGIONS, COLUMN_ROLES, DETERMINER_LOWER, FUNCTION_WORDS, MEETING_HEADING, OF_WORD, PAGE_LINE,
                       PARTICIPANTS, POSTS, SECTION_LINE, SENTENCE_VERB)
from ..text import fold, strip_accents
from .gazetteer import lookup
from .outline import is_dateline
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
    >>> is_sentence("Youth Leaders welcomed the Draft Strategy"), is_sentence("Women Groups raised Concerns about Funding")
    (True, True)
    """
    text = text.strip()
    if _ARTICLE_LOWER.match(text):
        return True
    words = _content_words(text)
    if not words:
        return False
    lower = sum(w[0].islower() for w in words) / len(words)
    verbs = [m.group(0) for m in _VERBISH.finditer(text)]
    if verbs and (lower >= 0.3 or any(v.islower() for v in verbs)):
        return True  # a verb among lower-case words, or one written in lower case between capitalised ones ("Youth
        # Leaders welcomed the Draft Strategy"): a name spells none so
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
    >>> is_job_title("Secretária Permanente"), is_job_title("Secretaria de Estado da Mulher")
    (True, False)
    >>> is_job_title("National Gender Policy"), is_job_title("Head of Policy"), is_job_title("Programme Officer")
    (False, True, True)
    """
    label, acronym = split_acronym(text)
    words = fold(label).split()
    if not words or acronym or lookup(label):
        return False
    head = fold(_OF.split(label, maxsplit=1)[0]).split()  # the words before "of": "Associate Professor"
    if head and head[-1] in INITIATIVE_HEADS or words[0] in INITIATIVE_HEADS and words[0] not in TITLE_WORDS:
        return False  # "National Gender Policy", "Plan national de lutte ...": a programme's name, named by its head
    if head == words and words[-1] in _POSTS and len(words) <= 5:
        return True  # "Senior Programme Officer": a title's last word names the post
    if not (words[0] in TITLE_WORDS or any(w in TITLE_WORDS for w in head[-1:])):
        return False
    # the organisation's words as written, accents kept: "Secretária Permanente" is a post, "Secretaria de ..." a body
    low, low_head = label.lower().split(), _OF.split(label, maxsplit=1)[0].lower().split()
    if words[0] in TITLE_WORDS and low[0] not in ORG_WORDS and not any(w[:1].isupper() for w in label.split()[1:]):
        return True  # "responsable del área de mujeres": a unit in lower case names no organisation
    return not any(w in ORG_WORDS for w in low[1:] + low_head)


_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ()\-]{6,}\d|%s" % COPY_HEADER.pattern, re.IGNORECASE)  # "cc:"
_PAGE_INSIDE = re.compile(r"\b%s\s*\d+\s*(?:%s|/)\s*\d+\b" % (PAGE_WORD, PAGE_OF), re.IGNORECASE)  # "página 2 de 5"
_FIELD = re.compile(r"^[^\W\d_][\w'’\- ]{0,30}:\s*\S")
_PUNCTUATION_LEAD = frozenset(";,.:!?=*/\\|&%$<>{}~^`")  # "; DROP ALL": no name starts with these
_GENERIC = GENERIC_WORDS  # "Ministry officials", "Total": a kind of participant, never one name (lexicon)
_HEADING_WORDS = HEADING_WORDS  # "Key Discussion Points" (lexicon)


_REGIONS = REGIONS  # "Oceania", "América Latina" (lexicon)


def is_place(text: str) -> bool:
    """A country, a known city, a world region, "City, Country", or "A and B" of those, on its own.

    >>> is_place("Amman, Jordan"), is_place("Rwanda and Uganda"), is_place("Oceania"), is_place("Songtaba")
    (True, True, True, False)
    """
    from . import countries

    if fold(text) in _REGIONS:
        return True
    pieces = [p for p in re.split(r"\s+(?:%s|&)\s+" % LIST_JOINER, text) if p.strip()]
    if len(pieces) > 1:
        return all(is_place(p) for p in pieces)
    parts = [p.strip() for p in re.split(r",|\s[\u2013\u2014-]\s", text)]  # "Amman, Jordan", "Luanda - Angola"
    if len(parts) > 2:  # "Maculusso, Luanda - Angola": a district of a known city of a known country
        return len(parts) == 3 and all(countries.country_code(p) or countries.city_country(p) for p in parts[1:]) \
            and len(parts[0].split()) <= 3 and not any(w in ORG_WORDS for w in fold(parts[0]).split())
    if all(countries.country_code(p) or countries.city_country(p) for p in parts):
        return True
    return len(parts) == 2 and bool(countries.country_code(parts[1])) and parts[0][:1].isupper() \
        and len(parts[0].split()) <= 3 and not any(w in ORG_WORDS for w in fold(parts[0]).split())


LABELLED_FIELD = "a labelled field, not a name"
_WEEKDAY = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(d) for d in WEEKDAYS), re.IGNORECASE)


#: a word and an article opening a text ("Reschedule the meeting ...", "Under the Public Finance Management Act"):
#: group 1 the word, group 2 the article
WORD_THEN_ARTICLE = re.compile(r"^([^\W\d_][\w'’\-]*)\s+(%s)\s+(?=\w)" % ARTICLE, re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 15)
def org_problem(text: str) -> str | None:
    """Why ``text`` is not the name of an organisation, or ``None`` when it may be one.

    >>> org_problem("Contact: ama@example.org"), org_problem("Amman, Jordan"), org_problem("Ministry officials")
    ('contact details, not a name', 'a place, not an organisation', 'a kind of participant, not a named organisation')
    >>> org_problem("Reschedule the meeting with the Ministry of Gender"), org_problem("Union des Femmes du Niger")
    ('a phrase before a name, not a name', None)
    >>> org_problem("DROP ALL"), org_problem(": Oxfam")
    ('query-language keywords, not a name', 'a fragment led by punctuation, not a name')
    """
    text = text.strip()
    if not text or not re.search(r"[^\W\d_]", text):
        return "no letters"
    if _CONTACT.search(text):
        return "contact details, not a name"
    if text[0] in _PUNCTUATION_LEAD:
        return "a fragment led by punctuation, not a name"
    if all(w in QUERY_WORDS for w in fold(text).split()):
        return "query-language keywords, not a name"  # "; DROP ALL ;"
    if _FIELD.match(text) and not split_acronym(text.split(":", 1)[0])[1] and not is_heading(text):
        # "Correspondência: Rede Brasil ... — São Paulo (SP)"; "UN Women (UNW): Ms. X" names its body
        return LABELLED_FIELD
    if "|" in text or _LEADING_NUMBER.match(text) or _PAGE.match(text) or _PAGE_INSIDE.search(text):
        return "page furniture or a table row, not a name"
    if ";" in text:
        return "a list of names, not one name"
    if fold(text) in COLUMN_ROLES:
        return "a table header, not a name"
    if CLOSING.match(text) or SALUTATION.match(text):
        return "a letter's salutation or closing, not a name"
    if is_dateline(text):
        return "a date, not a name"
    if _WEEKDAY.search(text) and any(c.isdigit() for c in text):
        return "a heading with its day, not a name"  # "Conversatorio con organizaciones (martes 10 de octubre"
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
    folded_words = fold(label).split()
    if all(w in _GENERIC or w in FUNCTION_WORDS for w in folded_words):
        return "a kind of participant, not a named organisation"
    if any(w in _HEADING_WORDS for w in folded_words) and not any(w in ORG_WORDS for w in folded_words):
        return "a heading, not a name"
    if is_place(label):
        return "a place, not an organisation"
    latin = [w for w in words if w[0] <= "\u024f"]  # the lexicon's head nouns are in Latin script
    lower = sum(w[0].islower() for w in latin) / len(latin) if latin else 0.0
    if lower >= 0.5 and len(latin) >= 3 and not any(w in ORG_WORDS for w in folded_words):
        return "does not read like a name"
    if lower >= 0.5 and len(latin) >= 4:  # "Présentation du projet de stratégie par l'équipe du Groupe ...":
        head = next((i for i, w in enumerate(latin) if fold(w) in ORG_WORDS), len(latin))  # a phrase before a name
        if sum(w[0].islower() for w in latin[:head]) >= 2:
            return "does not read like a name"
    opening = WORD_THEN_ARTICLE.match(label)
    if opening and len(label.split()) >= 4 and opening.group(2).islower() and not OF_WORD.fullmatch(opening.group(2)) \
            and fold(opening.group(1)) not in ORG_WORDS | TITLE_WORDS | INITIATIVE_HEADS:
        return "a phrase before a name, not a name"  # "Reschedule the meeting with the Ministry ...", "Reprogramar la
        # reunión con la Comisión ...": a word and an article open it, as no name opens ("Save the Children" is known)
    if words[0][0].islower() and not is_acronym(words[0]):  # scripts without case (Chinese) pass
        return "does not start like a name"
    if len(label.split()) > 16:
        return "too long for a name"
    return None
