"""The names a sentence holds: organisations it names surely, the one that speaks, a list written as prose.

A name is sure when it is known to the gazetteer, spelled by its acronym, headed by an organisation's noun or
led by an honorific (:func:`strong_name`); :func:`names_in_prose` finds such names in running text,
:func:`speakers_in_prose` the one a sentence opens with as its speaker, :func:`names_only` a paragraph that is
nothing but names ("A (ACR), B (ACR) et C, représentée par Mme D, conseillère genre.").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import (ARTICLE, ARTICLES, INITIATIVE_WORD, LIST_JOINER, NAME_ELISION, FUNCTION_WORDS, NAME_LINK, OF_WORD, ON_BEHALF, PORTFOLIO_HEAD, POST_LINK,
                       REPRESENTED_BY, SENTENCE_VERB, SPEECH, TITLE_WORDS, WORLD_BANK)
from ..lexicon.phrases import alternation
from ..text import cased, split_top
from .common import JOINED, TRAILING_JOINER, TRAILING_LINK
from .entities import is_job_title, is_place, org_problem
from .gazetteer import lookup
from .names import ACRONYM, ORG_WORDS, fold, has_honorific, is_acronym, spelled_from, split_acronym
from .participants import split_name_list


def strong_name(text: str) -> bool:
    """A name that is surely an organisation's or a person's: known, an acronym, a head noun, an honorific."""
    label, acronym = split_acronym(text)
    return bool(acronym or lookup(label) or has_honorific(text)
                or any(w in ORG_WORDS for w in fold(label).split()))


def is_proper_name(text: str) -> bool:
    """A name of its own: known, an acronym, or two capitalised words at least ("Womankind Worldwide",
    not "Joint" nor "Trade union").

    >>> is_proper_name("Womankind Worldwide"), is_proper_name("Trade union"), is_proper_name("ITUC")
    (True, False, True)
    """
    label, acronym = split_acronym(text)
    words = [w for w in label.split() if w[:1].isalpha()]
    return bool(acronym or lookup(label) or is_acronym(label.strip())
                or sum(w[0].isupper() for w in words) >= 2)


_REPRESENTED = re.compile(r",?\s*(?:%s)\s+(?P<who>.*)$" % REPRESENTED_BY, re.IGNORECASE)  # "..., représentée par Mme D"


def names_only(text: str, least: int = 2) -> bool:
    """``least`` sure names of organisations or more, and nothing else but capitalised words, commas, joining words
    and a closing "represented by" clause: a list written as a sentence, no statement."""
    if SENTENCE_VERB.search(text):
        return False
    body = _REPRESENTED.sub("", text)
    if any(has_honorific(piece.strip()) for piece in body.split(",")):
        return False  # "Sra. Miriam Güity, Coordinadora de Mujeres, OFRANEH": a person's entry
    names = names_in_prose(body)
    left = body
    for name in names:
        left = left.replace(name, " ")
    rest = [w for w in re.sub(r"[\s,;]+", " ", left).split() if not re.fullmatch(LIST_JOINER, w, re.IGNORECASE)]
    return len(names) >= least and all(w[:1].isupper() for w in rest)  # "et CARE Cameroun": a name it could not vouch for


def comma_names(text: str) -> list[str] | None:
    """The names of a long paragraph of nothing but names between commas, however long (a joint statement's
    sixteen endorsers): four parts or more, no verb, nearly every part capitalised and a third of them sure names;
    a ministry's portfolios stay with it (:func:`.participants.merge_name_parts`). None for any other text.

    >>> comma_names("Cotidiano Mujer (Uruguay), Fundación Justicia y Género (Costa Rica), Red de Salud de las Mujeres "
    ...             "(RSMLAC), Colectiva Feminista para el Desarrollo Local (El Salvador).")
    ['Cotidiano Mujer (Uruguay)', 'Fundación Justicia y Género (Costa Rica)', 'Red de Salud de las Mujeres (RSMLAC)', 'Colectiva Feminista para el Desarrollo Local (El Salvador)']
    >>> comma_names("Women, youth, farmers and traders took part, as did UN Women.") is None
    True
    """
    from .participants import merge_name_parts

    if SENTENCE_VERB.search(text) or ";" in text:
        return None
    parts = [_JOINER_ENDS.sub("", p) for p in split_top(text.strip().rstrip("."))]
    parts = [p for p in parts if p]
    if len(parts) < 4 or sum(p[:1].isupper() for p in parts) < 0.9 * len(parts):
        return None
    sure = sum(bool(strong_name(p)) for p in parts)
    if sure < 2 or sure * 3 < len(parts) or any(
            has_honorific(p) or is_job_title(p) for p in parts):
        return None  # "Pr Fatou Ndoye, Directrice du GESTES, Université ...": one person's entry
    merged: list[str] = []
    for part in parts:  # "Red de Mujeres Afrolatinoamericanas, Afrocaribeñas y de la Diáspora": one name
        if merged and "(" not in part and len(part.split()) <= 5 and not strong_name(part) \
                and _JOINER.search(f" {part} ") and not _JOINER.match(f" {part}"):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merge_name_parts(merged)


def headed_by_names(heading: str) -> bool:
    """A heading of nothing but organisations' names, one sure name at least ("Safaricom PLC and Kenya Association of
    Women Business Owners (KAWBO)"): a meeting headed by who took part.

    >>> headed_by_names("Safaricom PLC and Kenya Association of Women Business Owners (KAWBO)"), headed_by_names("Next steps")
    (True, False)
    """
    text = heading.rstrip(".:").strip()
    return len(text.split()) <= 20 and names_only(text, least=1)


_JOINER = re.compile(r"\s+(?:%s)\s+" % LIST_JOINER, re.IGNORECASE)


def _two_names(name: str) -> list[str]:
    """``name`` as the two names it joins when each half is a sure name of its own ("Equity Bank Kenya and KCB
    Group"), else whole ("Centre for Rights and Justice").

    >>> _two_names("Equity Bank Kenya and KCB Group"), _two_names("Centre for Rights and Justice")
    (['Equity Bank Kenya', 'KCB Group'], ['Centre for Rights and Justice'])
    """
    for m in _JOINER.finditer(name):
        left, right = name[:m.start()], name[m.end():]
        if strong_name(left) and strong_name(_ACRONYM_BRACKET.sub("", right)):  # "... Igualdade e Equidade de Género
            # (ICIEG)": the acronym is the whole name's
            return [left, *_two_names(right)]
    return [name]


_JOINER_ENDS = re.compile(r"^(?:%s)(?:\s+|$)|\s+(?:%s)$" % (LIST_JOINER, LIST_JOINER), re.IGNORECASE)


def names_of_paragraph(text: str, least: int = 2) -> list[str] | None:
    """The entries of a paragraph of nothing but names (:func:`names_only`), each sure name whole (commas inside it
    too), the others split at commas and joiners, the person of a closing "represented by" clause with the last
    body; None for any other text.

    >>> names_of_paragraph("Plan International (PI), Concertation Nationale des Organisations Paysannes (CNOP) et "
    ...                    "CARE Cameroun, représentée par Mme Jeanne Mvondo, conseillère genre.")
    ['Plan International (PI)', 'Concertation Nationale des Organisations Paysannes (CNOP)', 'Mme Jeanne Mvondo, conseillère genre, CARE Cameroun']
    """
    text = text.rstrip(".")
    if ";" in text or not names_only(text, least):
        return None
    clause = _REPRESENTED.search(text)
    body = text[:clause.start()] if clause else text
    sure = names_in_prose(body)
    rest = body
    sure = [part for name in sure for part in _two_names(name)]
    for name in sure:
        rest = rest.replace(name, ",")
    rest = rest.strip(" ,")
    loose = [_JOINER_ENDS.sub("", piece) for piece in split_name_list(rest)] if rest else []  # "Safaricom PLC and"
    items = sorted(sure + [piece for piece in loose if piece], key=body.find)
    if clause and items:
        items[-1] = f"{clause.group('who')}, {items[-1]}"
    return items


_WORD = cased(r"(?:(?:%s))?[\p{Lu}][\w'’\-]*") % NAME_ELISION  # "Coopération", "l'Économie"
_NAME_RUN = re.compile(cased(r"(?<![\w'’])%s(?:(?:\s+(?:(?:%s)\s+)*|\s+–\s+|,\s+(?:%s)\s+(?:(?:%s)\s+)*)(?:%s|[0-9][\w'’\-]*))*"
                       r"(?:\s+\([\p{Lu}][\w&\-]{1,15}\))?")  # ", de la Famille": a name goes on after a comma
                       % (_WORD, NAME_LINK, OF_WORD.pattern, NAME_LINK, _WORD))
_ACRONYM_BRACKET = re.compile(r"\s+\((%s)\)" % ACRONYM)
_SPEAKER = re.compile(cased(r"^\s*(?:(?i:%s)\s+)?(?P<name>%s)(?:\s+[\p{Ll}]+)?\s+(?:%s)") % (
    ARTICLE, _NAME_RUN.pattern, SPEECH))
_POST_OF = re.compile(r"^(?:%s)\s+(?:[^\W\d_]+\s+){0,2}?(?:%s)\s+(?:(?:%s)\s+)?(?=[^\W\d_])" % (
    alternation(sorted(TITLE_WORDS)), OF_WORD.pattern, ARTICLE), re.IGNORECASE)
_LINK_WORD = OF_WORD  # "of", "de", "pour": the name goes on ("Fonds des Nations Unies pour la population")
_ARTICLES = frozenset(a.casefold() for a in ARTICLES)


def names_in_prose(text: str) -> list[str]:
    """The sure names of organisations a sentence holds: capitalised runs with a head noun, an acronym or a
    gazetteer entry ("Federation of Women Entrepreneur Associations (FEWA)", "Embaixada da Suécia")."""
    out: list[tuple[int, int, str]] = []
    for b in _ACRONYM_BRACKET.finditer(text):
        # an acronym that spells the whole name, lower-case words and commas in it ("Observatoire national de
        # la Parité (ONP)", "Ministère de l'Agriculture, de l'Équipement rural et de la Souveraineté alimentaire")
        spelled = spelled_from(text, b.start(), b.group(1))
        name = text[spelled:b.end()] if spelled is not None else ""
        if name and org_problem(name) is None and not has_honorific(name):
            out.append((spelled, b.end(), name))
    taken = list(out)  # a programme's name ("Plan national ... (PNPDIM)") is none, nor any part of it
    out = [(a, z, n) for a, z, n in out if not _initiative(n)]
    for m in _NAME_RUN.finditer(text):
        if any(a <= m.start() < z for a, z, _ in taken):
            continue
        stop = min([a for a, _, _ in taken if m.start() < a < m.end()] or [m.end()])  # "ONU Mulheres e o " + spelled
        run = TRAILING_JOINER.sub("", text[m.start():stop])
        cuts = [m.start()] + [x for j in JOINED.finditer(run) for x in (m.start() + j.start(), m.start() + j.end())]
        for at, end in zip(cuts[::2], cuts[1::2] + [m.start() + len(run)]):  # "ONU Mulheres e o Banco": two names
            name = TRAILING_LINK.sub("", text[at:end]).strip(" ,")
            first = name.split(maxsplit=1)
            if len(first) == 2 and first[0].casefold() in _ARTICLES and not first[0].isupper():
                # "O Plano ...", "The Federation" opening a sentence; "UN Women" keeps its "UN"
                at, name = at + len(name) - len(first[1]), first[1]
            words_before = text[:at].split()
            before, after = words_before[-1:], text[at + len(name):].split()[:1]
            if len(words_before) >= 2 and not words_before[-2][:1].isupper():
                before = []  # "personal técnico del Instituto ...": the link follows a common word, no name
            inner = [w for w in before if w.casefold() not in _ARTICLES] + after  # "by the Federation ...": no link
            if any(_LINK_WORD.fullmatch(w) for w in inner) or (len(name.split()) < 2 and not split_acronym(name)[1]):
                continue  # a part of a longer name ("Fonds des Nations Unies" of "... pour la population"), or one word
            if org_problem(name) is not None and (opening := _OPENING.match(name)):
                at, name = at + opening.end(), name[opening.end():]  # "Encontro com o| Grupo de Coordenação ...":
                # the run took in the sentence's opening words
            more = _portfolios(text, at + len(name)) if PORTFOLIO_HEAD.match(name) else None
            if more and org_problem(text[at:more.end()]) is None:  # "Ministry of Public Service, Gender and
                name = text[at:more.end()]  # Affirmative Action": a ministry's portfolios are its name
            owner = WORLD_BANK.search(text[at:at + len(name) + 12])  # "Groupe de la Banque mondiale": the Bank itself
            if len(name) > 2 and org_problem(name) is None and strong_name(name) and not owner \
                    and not has_honorific(name) and not _initiative(name) and not _a_post(name):
                out.append((at, at + len(name), name))
    return [n for _, _, n in sorted(out)]


#: the opening word of a sentence and the small words after it, before a name ("Encontro com o ", "Meeting with the ")
_OPENING = re.compile(cased(r"^[\p{Lu}][\w'’\-]*(?:\s+[\p{Ll}][\w'’]*)+\s+(?=[\p{Lu}])"))


def speakers_in_prose(sentence: str, known: Callable[[str], bool]) -> list[str]:
    """The organisation a sentence opens with as the one speaking ("BRAC Bank described its loans …",
    "La WLSA lembrou que …", "El PNUD citó …"): it took part. The name must be sure (a head noun, an
    acronym, the gazetteer's) or ``known`` (named before in the record); one only mentioned ("a report by
    UNICEF was cited") is no speaker.

    >>> speakers_in_prose("La Cámara de Comercio de Cortés pidió más datos.", lambda n: False)
    ['Cámara de Comercio de Cortés']
    >>> speakers_in_prose("Safaricom said that childcare pays.", lambda n: False), speakers_in_prose(
    ...     "Safaricom said that childcare pays.", lambda n: n == "Safaricom")
    ([], ['Safaricom'])
    """
    m = _SPEAKER.match(sentence)
    if not m:
        return []
    subject = m.group("name").strip()
    post = _POST_OF.match(subject)  # "A Coordenadora do Fórum Mulher lembrou": the body is the one after the post
    if post and subject.split()[0].lower() not in ORG_WORDS:  # "La Secretaría de la Mujer": a body's name
        subject = subject[post.end():]
    out = []
    for name in names_in_prose(subject) or [subject]:  # "UNFPA and the Embassy of Sweden said": two
        if org_problem(name) is not None or has_honorific(name) or WORLD_BANK.search(name) or _initiative(name) \
                or _a_post(name):
            continue  # "A Secretária Permanente disse": a person by her post
        lone = len(name.split()) == 1 and not split_acronym(name)[1] and not is_acronym(name)
        if known(name) or (strong_name(name) and not (lone and not lookup(name))):
            out.append(name)  # "El Ministerio citó": a head noun alone names no body
    return out


def _a_post(name: str) -> bool:
    """A person named by her post, no body ("Secretária Permanente", "A Secretária Permanente"): a job title, or a
    title word first and no organisation's word anywhere."""
    words = [w for w in name.split() if w.casefold() not in _ARTICLES] or name.split()
    return is_job_title(name) or (fold(words[0]) in TITLE_WORDS and words[0].lower() not in ORG_WORDS
                                  and not any(w in ORG_WORDS for w in fold(" ".join(words)).split()[1:]))


def _initiative(name: str) -> bool:
    """A programme's, plan's or law's name, not an organisation's: its head noun (first or last word) is an
    initiative's ("Plano Nacional de Acção Mulheres", "Hustler Fund") and the gazetteer does not know it."""
    label = split_acronym(name)[0]
    words = label.split()
    return bool(words) and not lookup(label) and any(INITIATIVE_WORD.fullmatch(w) for w in (words[0], words[-1]))


def sure_name(text: str) -> bool:
    """A sure organisation name standing alone: a capitalised run (with its small linking words and an
    acronym) that :func:`strong_name` accepts ("Agence nationale de la Statistique" is cut short, "Ministère
    de l'Économie (MEPC)" is whole)."""
    return bool(_NAME_RUN.fullmatch(text.strip())) and strong_name(text) and org_problem(text) is None \
        and not has_honorific(text)


_STRICT_LINK = re.compile(r"(?:\s+(?:%s|%s)(?:\s+%s)?\s+|\s+%s)(?=\S)" % (OF_WORD.pattern, POST_LINK, ARTICLE, NAME_ELISION),
                          re.IGNORECASE)
_AT_LINK = re.compile(r"\s+(?:%s)(?:\s+%s)?\s+(?=\S)|,\s+\w+\s+(?:%s)(?:\s+%s)?\s+(?=\S)"  # "..., speaking for the"
                      % (POST_LINK, ARTICLE, ON_BEHALF, ARTICLE), re.IGNORECASE)
_POST_WORDS = 8  # a post before its body is short ("Especialista Principal em Género")


_CAP_RUN = r"[\p{Lu}][\w'’\-]*(?:\s+[\p{Lu}][\w'’\-]*)*"
#: the portfolios a ministry's name goes on to list ("..., Inclusão e Desenvolvimento Social", ", Labour and Social ...")
_PORTFOLIOS = re.compile(cased(r"(?:,\s+%s)+\s+(?:%s)\s+(%s)" % (_CAP_RUN, LIST_JOINER, _CAP_RUN)))


def _portfolios(text: str, at: int) -> re.Match | None:
    """The portfolios a ministry's name lists from ``at`` on (", Gender and Affirmative Action"), none when the last
    is a body of its own ("..., Labour and UN Women")."""
    m = _PORTFOLIOS.match(text, at)
    last = m.group(1) if m else ""
    return None if m is None or lookup(last) or is_acronym(last.split()[0]) else m


def _drop_verb(title: str) -> str:
    """A post without the one lower-case word a comma puts after it ("Member of Parliament, speaking")."""
    head, comma, last = title.rpartition(",")
    return (head if comma and len(last.split()) == 1 and last.strip()[:1].islower() else title).strip(" ,")


def post_and_body(post: str) -> tuple[str, str] | None:
    """A post written with the body it serves ("Director of Gender Affairs at the State Department for Gender and
    Affirmative Action"), cut where the body starts: at the first link word before a name that opens with an
    organisation's head noun, an acronym or a name the gazetteer knows; else at the first "at" / "au" / "em"
    before a proper name ("economics editor at The Jordan Times"). None when no body is written.

    >>> post_and_body("Especialista Principal em Género do Banco Africano de Desenvolvimento (BAD)")
    ('Especialista Principal em Género', 'Banco Africano de Desenvolvimento (BAD)')
    >>> post_and_body("Director of Gender Affairs at the State Department for Gender and Affirmative Action")
    ('Director of Gender Affairs', 'State Department for Gender and Affirmative Action')
    >>> post_and_body("co-founder of SADAQA"), post_and_body("Director of Gender Mainstreaming")
    (('co-founder', 'SADAQA'), None)
    """
    for links, sure in ((_STRICT_LINK, True), (_AT_LINK, False)):
        for m in links.finditer(post):
            title, rest = _drop_verb(post[:m.start()]), post[m.end():]
            if not title or len(title.split()) > _POST_WORDS or not rest[:1].isupper():
                continue
            run = _NAME_RUN.match(rest)
            body = TRAILING_LINK.sub("", run.group(0)).strip(" ,") if run else ""
            whole = next((n for n in names_in_prose(rest) if rest.startswith(n)), "")
            body = whole if len(whole) > len(body) else body  # "Ministério da Família, Inclusão e ...": its portfolios
            if not body or org_problem(body) is not None or has_honorific(body) or _initiative(body):
                continue
            after = rest[len(body):].split()[:1]
            if after and after[0][:1].islower() and fold(after[0]) not in FUNCTION_WORDS:
                continue  # "Ministère de la Promotion de la Jeunesse, de l'Insertion" / "professionnelle ...": cut short
            unit = _AT_LINK.match(rest, len(body))
            if sure and unit and is_proper_name(rest[unit.end():]) and not is_place(rest[unit.end():].split(",")[0]):
                continue  # "Head of SME Banking at Enat Bank": a unit of the body named after "at"
            head, acronym = split_acronym(body)
            if acronym and acronym[:1].casefold() != head[:1].casefold():
                continue  # "... Commission for Women (JNCW)": the acronym spells a longer name
            first = head.split()[0]
            if len(head.split()) < 2 and not acronym and not is_acronym(head) and not lookup(head):
                continue  # "Member of Parliament", "au Bureau régional ...": a common noun, not the body's name
            if sure and (fold(first) in ORG_WORDS or is_acronym(first) or lookup(head)):
                return title, body
            if not sure and is_proper_name(body):
                return title, body
    return None


_ELIDED_ARTICLE = re.compile(r"^(?:%s)" % NAME_ELISION, re.IGNORECASE)


def post_at_known_body(post: str, known: Callable[[str], object]) -> tuple[str, str] | None:
    """A post whose last words, after a link word, are a body the record has already named (``known``), the
    post then cut there ("chargé de programmes à Akendewa" when Akendewa is in the participants list).

    >>> post_at_known_body("juriste à l'AFJCI", {"AFJCI"}.__contains__)
    ('juriste', 'AFJCI')
    >>> post_at_known_body("chargé de programmes à Akendewa", {"UNFPA"}.__contains__) is None
    True
    >>> post_at_known_body("Member of Parliament", {"Parliament"}.__contains__) is None
    True
    """
    for m in _AT_LINK.finditer(post):  # "at", "à", "em": never "of" ("Member of Parliament" is a post whole)
        title, rest = post[:m.start()].strip(" ,"), _ELIDED_ARTICLE.sub("", post[m.end():].strip(" ,."))  # "l'AFJCI"
        if title and rest[:1].isupper() and len(title.split()) <= _POST_WORDS and known(rest):
            return title, rest
    return None

