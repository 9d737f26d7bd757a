"""People a sentence names with an honorific, wherever they stand in a meeting's prose.

    >>> from consultkg.extract.orgs import OrgRegistry
    >>> reg = OrgRegistry()
    >>> orgs, people = people_in_prose("Interventions were made by Dr. Rania Haddad Khoury (Executive Director, "
    ...     "ABAAD) and Ms. Samah Al-Hakimi (Programme Manager, Food4Humanity).", reg, None, None, lambda t: True)
    >>> [(p.name, p.job_title) for p in people], [reg.get(k).label for k in orgs]
    ([('Rania Haddad Khoury', 'Executive Director'), ('Samah Al-Hakimi', 'Programme Manager')], ['ABAAD', 'Food4Humanity'])
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..text import cased, fold
from ..lexicon import FUNCTION_WORDS, ON_BEHALF, RELATIVE
from ..model import Evidence, Person
from .common import LAST_AND, TRAILING_JOINER
from .names import HONORIFICS, split_acronym
from .orgs import OrgRegistry
from .entities import is_job_title
from .participants import HONORIFIC_PATTERN, is_unit, parse_entry
from .prose_names import post_and_body, post_at_known_body


_HONORIFIC_AT = re.compile(cased(r"(?<![\w.])(?:%s)\s+(?=[\p{Lu}])") % HONORIFIC_PATTERN)
_NAME_AND_BODY = re.compile(cased(r"(?P<name>(?:%s)\s+[\p{Lu}][\p{Ll}\-]+(?:\s+[\p{Lu}][\p{Ll}\-]+)+)\s*\((?P<body>[^(),]{2,120})\)")
                            % HONORIFIC_PATTERN)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:%s)(?:\s|(?<=['’]))" % RELATIVE.pattern, re.IGNORECASE)
_SENTENCE_END = re.compile(r"(\S+)\.\s|[;:]\s")
_HONORIFIC_WORDS = frozenset(h.rstrip(".").casefold() for h in HONORIFICS)


def names_a_person(text: str) -> bool:
    """``text`` names someone with an honorific ("... reçue par Mme Aminata Sow Ndiaye, ...").

    >>> names_a_person("La mission a été reçue par Mme Aminata Sow Ndiaye."), names_a_person("Mme la Ministre")
    (True, False)
    """
    return people_named(text) > 0


def first_person_at(text: str) -> int | None:
    """Where the first person ``text`` names with an honorific starts, or None.

    >>> first_person_at("Ministère de la Femme [Mme Aïssatou Sarr, Directrice]")
    23
    """
    return next((m.start() for m in _HONORIFIC_AT.finditer(text) if _NAME_WORD.match(text, m.end())), None)


def people_named(text: str) -> int:
    """How many people ``text`` names with an honorific.

    >>> people_named("SEMUJER: Abg. Gabriela Osorio Lagos, Viceministra. SEFIN: Lic. Mario Castellanos Ayala.")
    2
    """
    return sum(bool(_NAME_WORD.match(text, m.end())) for m in _HONORIFIC_AT.finditer(text))


_NAME_WORD = re.compile(cased(r"[\p{Lu}][\p{Ll}]+(?:[\s-][\p{Lu}][\p{Ll}]+)+"))  # two capitalised words at least


def _first_sentence(text: str) -> str:
    """``text`` up to the end of its sentence (a stop after a word that is no honorific, or ";" or ":")."""
    for m in _SENTENCE_END.finditer(text):
        if m.group(1) is None or m.group(1).casefold() not in _HONORIFIC_WORDS:
            return text[:m.start() + (len(m.group(1)) if m.group(1) else 0)]
    return text


def people_in_prose(text: str, reg: OrgRegistry, country: str | None, evidence: Evidence | None,
                    sure: Callable[[str], bool], proper: Callable[[str], bool] | None = None,
                    named_in: Callable[[str], list[str]] | None = None) -> tuple[list[str], list[Person]]:
    """People a sentence names with an honorific ("... en présence de M. Mamadou Lamine Ba, Directeur de la
    Planification, ..."), each with the title and organisation written after the name; an organisation is
    kept only when ``sure`` of its name (the sentence around it is no list to vouch for it), or, in the
    brackets after a name and a title ("Dr. Rania Khoury (Executive Director, ABAAD)"), where that
    place vouches for it, when it is a ``proper`` name. A person no organisation follows belongs to the one
    ``named_in`` the words right before the honorific ("l'Agence nationale de la Statistique (ANSD), représentée
    par Mme Coumba Ndiaye Guèye, Cheffe de la Division ...")."""
    starts = [m.start() for m in _HONORIFIC_AT.finditer(text)]
    orgs: list[str] = []
    people: list[Person] = []
    handed = _post_before(text[:starts[0]]) if starts else None  # "received by the Principal Secretary, Ms. A"
    # and a post written before the next person's name ("..., acompanhada pelo Director
    for i, start in enumerate(starts):  # Nacional do Género, Sr. Alberto Sitoe")
        chunk = text[start:starts[i + 1] if i + 1 < len(starts) else len(text)]
        chunk = _first_sentence(chunk)
        clause = _RELATIVE_CLAUSE.search(chunk)  # "Sra. A, que apresentou o Plano ...": what she did, no post
        chunk = chunk[:clause.start()] if clause else chunk
        chunk = _what_they_did_off(chunk)
        chunk, before_next = _joining_tail(chunk) if i + 1 < len(starts) else (chunk, None)
        given, handed = handed, before_next
        named = _NAME_AND_BODY.match(chunk)  # "Mme Essowè Tchalim (GF2D) a insisté sur ...": the name, and its
        if named:  # body in the brackets, which vouch for it as for "(Executive Director, ABAAD)"
            chunk = f"{named.group('name')}, {named.group('body').strip()}"
        chunk = TRAILING_JOINER.sub("", chunk).rstrip(" ,.")
        scratch = OrgRegistry()
        _, found = parse_entry(chunk, scratch, country, evidence)
        for person in found:
            org = scratch.get(person.organisation) if person.organisation else None
            label = org.label if org else None
            person.organisation = None
            split = _post_then_body(chunk, person.name)
            if split is not None and label and org is not None and (
                    body := split_acronym(split[1])[0]).casefold() != label.casefold() \
                    and label.casefold().endswith(body.casefold()):  # "Género do Banco Africano ...": the post ran
                label, person.job_title = body, split[0]  # into the body's name; the body starts at its head noun
            bracketed = named or label and re.search(r"\([^()]*,\s*%s\s*\)" % re.escape(label), chunk + ")")
            known = reg.resolve(label, org.acronym) if org else None  # named before in the record ("... (ALVF)")
            if known:
                person.organisation = known
                if known not in orgs:
                    orgs.append(known)
            elif label and (sure(label) or (bracketed and proper is not None and proper(label))):
                written = f"{label} ({org.acronym})" if org is not None and org.acronym else label  # "Name (ACR)"
                person.organisation = reg.add(written, country=country, evidence=evidence)
                if person.organisation not in orgs:
                    orgs.append(person.organisation)
            if person.organisation is None and split is not None:
                person.job_title = split[0]  # "Ms. X, economics editor at The Jordan Times": the post names its body
                person.organisation = reg.resolve(split[1]) or reg.add(split[1], country=country, evidence=evidence)
                if person.organisation not in orgs:
                    orgs.append(person.organisation)
            at_known = post_at_known_body(person.job_title, reg.resolve) if not person.organisation \
                and person.job_title else None
            if at_known:  # "juriste à l'AFJCI": the post names a body the record named before
                person.job_title, person.organisation = at_known[0], reg.resolve(at_known[1])
                if person.organisation not in orgs:
                    orgs.append(person.organisation)
            if person.organisation is None and (label is None or is_unit(label)) and named_in is not None:
                # no body after the name, or a unit of one ("Cheffe de la Division des statistiques")
                person.organisation = _named_just_before(text, start, starts[i - 1] if i else 0, reg, country,
                                                         evidence, named_in)
                if person.organisation and person.organisation not in orgs:
                    orgs.append(person.organisation)
            if given and not person.job_title:
                person.job_title = given
            people.append(person)
    return orgs, people


_LOWER_AFTER_COMMA = re.compile(r",\s+(?=[^\W\d_])(?P<word>[\w'’]+)(?:\s+(?P<next>[\w'’]+))?")


_SPEAKING_FOR = re.compile(r",\s+[\w'’]+\s+(?:%s)(?!\w)" % ON_BEHALF, re.IGNORECASE)


def _what_they_did_off(chunk: str) -> str:
    """A person's words without what the sentence goes on to say they did: after the name and the post, a
    comma and a word in lower case that links nothing ("M. A, chargé de programmes à Akendewa, a insisté sur
    ...", "Ms. B, Director of X, stressed that ...").

    >>> _what_they_did_off("M. Serge Kouassi, chargé de programmes à Akendewa, a insisté sur la formation")
    'M. Serge Kouassi, chargé de programmes à Akendewa'
    >>> _what_they_did_off("Hon. Ann Rono, Member of Parliament, speaking for the Kenya Women Parliamentary Association")[-11:]
    'Association'
    >>> _what_they_did_off("Ms. Ann Ruto, Director, Gender Unit, Ministry of Health")
    'Ms. Ann Ruto, Director, Gender Unit, Ministry of Health'
    """
    commas = list(_LOWER_AFTER_COMMA.finditer(chunk))
    for m in commas[1:] if commas and commas[0].start() == chunk.find(",") else commas:
        word, after = m.group("word"), m.group("next") or ""
        if _SPEAKING_FOR.match(chunk, m.start()):
            continue  # "..., speaking for the Kenya Women Parliamentary Association": the body follows
        if word[:1].islower() and not is_job_title(word) and (
                fold(word) not in FUNCTION_WORDS or after[:1].islower() and fold(after) not in FUNCTION_WORDS):
            return chunk[:m.start()]  # "stressed", "a insisté": a verb, or a word the next one shows is one
    return chunk


def _post_before(text: str) -> str | None:
    """The post written right before a person's name, after a comma ("... received by the Principal Secretary, ").

    >>> _post_before("A equipa foi recebida pela Secretária Permanente, "), _post_before("Ont participé, ")
    ('Secretária Permanente', None)
    """
    if not text.rstrip().endswith(","):
        return None
    words = text.rstrip(" ,").rpartition(",")[2].split()
    for k in range(len(words) - 1, max(-1, len(words) - 9), -1):  # "... reçu par sa Secrétaire générale, "
        opens = words[k][:1].isupper() and (k == 0 or not words[k - 1][:1].isupper())  # a capitalised run's first
        if opens and is_job_title(" ".join(words[k:])):
            return " ".join(words[k:])
    return None


def _joining_tail(chunk: str) -> tuple[str, str | None]:
    """A person's words up to the next person's honorific without the words that join them ("Mme A, Secrétaire
    générale, entourée de" / "Ms. A, together with"), and the post those words give the next person, if any
    ("Sra. A, acompanhada pelo Director Nacional do Género,": "Director Nacional do Género").

    >>> _joining_tail("Sra. Helena Cossa, acompanhada pelo Director Nacional do Género, ")
    ('Sra. Helena Cossa', 'Director Nacional do Género')
    >>> _joining_tail("Mme Khady Diop Faye, Secrétaire générale, entourée de ")
    ('Mme Khady Diop Faye, Secrétaire générale', None)
    """
    head, comma, last = chunk.rstrip(" ,").rpartition(",")
    words = last.split()
    if not comma or not words or not words[0][:1].islower():
        return chunk, None
    first_cap = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    post = " ".join(words[first_cap:]) if first_cap is not None else None
    if post is not None and not is_job_title(post):
        return chunk, None  # "..., reçue au Ministère de ...": a place, kept for the body after the name
    return head.rstrip(" ,"), post


def _post_then_body(chunk: str, name: str) -> tuple[str, str] | None:
    """The post and the body written after ``name`` in ``chunk`` (see :func:`.prose_names.post_and_body`)."""
    at = chunk.find(name)
    after = chunk[at + len(name):] if at >= 0 else ""
    if not after.startswith(","):
        return None
    return post_and_body(after.lstrip(" ,"))


_BETWEEN = 40  # characters between an organisation's name and the honorific of its person, at most


def _named_just_before(text: str, at: int, since: int, reg: OrgRegistry, country: str | None,
                       evidence: Evidence | None, named_in: Callable[[str], list[str]]) -> str | None:
    """The key of the organisation named last in ``text[since:at]`` (the sentence before a person's honorific),
    when a few linking words at most stand between ("(MEPC), en présence de M. ..."), or None."""
    before = text[since:at]
    stop = max((m.end() for m in _SENTENCE_END.finditer(before) if m.group(1) is None
                or m.group(1).casefold() not in _HONORIFIC_WORDS), default=0)
    before = before[stop:]
    names = named_in(before)
    if not names:
        return None
    name = names[-1]
    end = before.rfind(name) + len(name)
    bracket = re.match(r"\s*\([^()]{1,20}\)", before[end:])  # "... (ANSD), représentée par"
    end += bracket.end() if bracket else 0
    if len(before) - end > _BETWEEN or any(c.isupper() for c in before[end:]):
        return None
    return reg.resolve(name) or reg.add(name, country=country, evidence=evidence)  # ``named_in`` names surely


_SERIES_HONORIFIC = re.compile(r"(?<!\w)(?:%s)\s" % "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True)))


def people_in_a_series(sentence: str) -> str | None:
    """People a sentence lists between semicolons, each with an honorific ("le panel réunissait Mme A, directrice
    de ... ; M. B, secrétaire ... ; et Mme C, ..."): the entries from the first honorific on, or None.

    >>> people_in_a_series("Le panel réunissait Mme Awa Sy, directrice ; M. Paul Kone, président ; et Mme Ana Diop.")
    'Mme Awa Sy, directrice ; M. Paul Kone, président ; Mme Ana Diop'
    >>> people_in_a_series("Trois sujets : le crédit ; la formalisation ; le numérique.") is None
    True
    """
    items = [i.strip() for i in sentence.rstrip(". ").split(";") if i.strip()]
    first = _SERIES_HONORIFIC.search(items[0]) if len(items) >= 2 else None
    if first is None:
        return None
    items[0] = items[0][first.start():]
    items[-1] = LAST_AND.sub("", items[-1])
    if sum(bool(_SERIES_HONORIFIC.match(i)) for i in items) * 2 <= len(items):
        return None
    return " ; ".join(items)
