"""Who wrote a written input: the authors its title names, and the people who sign it.

    >>> authors_in_title("Oxfam Input to the World Bank Group Gender Strategy 2024-2030")
    ['Oxfam']
    >>> authors_in_title("Comments on the Draft Strategy: Feedback of the International Rescue Committee")
    ['International Rescue Committee']
    >>> authors_in_title("Joint Submission of ActionAid, CARE International and Plan International on the Draft Strategy")
    ['ActionAid', 'CARE International', 'Plan International']
    >>> authors_in_title("Submission from Women Deliver and the Centre for Rights and Justice (CRJ) to the Gender Strategy")
    ['Women Deliver', 'Centre for Rights and Justice (CRJ)']
"""
from __future__ import annotations

import re

from ..lexicon import (ARTICLE, COPY_HEADER, ON_BEHALF, WRITTEN_DRAFT, CLOSING, CONTACT, STRATEGY_WORD, WORLD_BANK, WRITTEN_BY, WRITTEN_KIND, WRITTEN_TARGET,
                       WRITTEN_TO)
from ..model import TABLE, Block, Person
from ..text import fold
from .entities import is_job_title, is_place, is_sentence, org_problem
from .flat import flat_header, flat_rows
from .gazetteer import lookup
from .names import TITLE_WORDS, has_honorific, is_acronym, looks_like_person_name
from .orgs import OrgRegistry
from .participants import make_person, parse_entry, split_name_list

# The words of a title come from the lexicon: its kind ("Joint Submission", "Aportes"), the word before
# its authors ("of the", "de la"), the word before what it addresses ("to", "sobre") and that target.
_KIND = WRITTEN_KIND
_TARGET = WRITTEN_TARGET
_AUTHOR_RX = [re.compile(p, re.IGNORECASE) for p in (
    _KIND + r"\s+" + WRITTEN_BY + r"\s*(?P<org>.+?)\s+" + WRITTEN_TO + r"\s+" + _TARGET,
    _KIND + r"\s+" + WRITTEN_BY + r"\s*(?P<org>[^:]+?)\s*$",
    r"^(?P<org>.+?)\s+" + _KIND + r"\s+" + WRITTEN_TO,
    r"^(?P<org>.+?)\s*:\s*" + _KIND,
)]


def about_strategy(text: str) -> bool:
    """The words name the strategy or its owner, not an author ("the Gender Strategy", "Banco Mundial")."""
    return bool(STRATEGY_WORD.search(text) or WORLD_BANK.search(text))


# where the authors end: before "on/to/for the ..." naming the strategy or the bank; a name may hold
# "for Gender ..." itself ("Institute for Gender and Development"), so every such place is tried
_LEAD = re.compile(_KIND + r"\s+" + WRITTEN_BY + r"\s*", re.IGNORECASE)
_END = re.compile(r"\s+" + WRITTEN_TO + r"\s+" + _TARGET, re.IGNORECASE)
_STRONG_END = re.compile(r"\s(?:%s)\s+(?:%s\s*)?(?:%s|%s|%s)" % (WRITTEN_TO, ARTICLE, WRITTEN_DRAFT, STRATEGY_WORD.pattern,
                                                                   WORLD_BANK.pattern), re.IGNORECASE)


def _ends(part: str) -> list[str]:
    lead = _LEAD.search(part)
    if not lead:
        return []
    rest = part[lead.end():]
    return [rest[:m.start()] for m in _END.finditer(rest) if not _STRONG_END.search(rest[:m.start()])]



def authors_in_title(title: str) -> list[str]:
    """The organisations a written input's title names as its authors (empty when none)."""
    for part in [title] + [p for p in re.split(r"\s*[:–—|]\s*", title) if p]:
        found: list[list[str]] = []
        candidates = _ends(part) or [m.group("org") for rx in _AUTHOR_RX[1:] if (m := rx.search(part))][:1]
        for org in candidates:
            if not about_strategy(org):
                names = split_name_list(org)
                if names and all(org_problem(n) is None for n in names):
                    found.append(names)
        if found:  # the reading that keeps the longest names ("... Institute for Gender and Development")
            return max(found, key=lambda names: (sum(map(len, names)), -len(names)))
    return []


_CLOSING = CLOSING  # "Sincerely,", "On behalf of", "Atenciosamente" (lexicon)
_CONTACT = CONTACT  # "For further information", "Contacto:" (lexicon)


_CONTACT_LINE = re.compile(r"@|https?://|www\.|\d")  # a signature's address, phone or e-mail line


def _is_name_line(text: str) -> bool:
    return "," not in text and (has_honorific(text) or (looks_like_person_name(text) and not is_job_title(text)))


def signed_off(lines: list[Block]) -> bool:
    """The record ends signed: near its end a sign-off on a short line of its own ("Sincerely,", "On behalf
    of the Coalition,", "Pela Rede de Mulheres Parlamentares,"), then within four lines a signer's name."""
    tail = [b for b in lines if b.kind != TABLE][-16:]
    for k, b in enumerate(tail):
        text = b.text.strip()
        if len(text.split()) > _CLOSING_WORDS or not (
                _CLOSING.match(text) or (_BEHALF_LINE.match(text) and text.endswith(","))):
            continue
        if any(_is_name_line(x.text.strip()) for x in tail[k + 1:k + 5]):
            return True
    return False


def signatories(lines: list[Block], reg: OrgRegistry, authors: list[str]) -> list[Person]:
    """The people who sign (after "Sincerely," or a contact line): one per signature.

    A signature is "Name, Title, Organisation" on one line, or a name line
    followed by a "Title, Organisation" line (or a title line and an
    organisation line). A signer with no organisation written is given the
    only author, when there is one.
    """
    for i, ln in enumerate(lines):
        if not (_CLOSING.match(ln.text) and len(ln.text.split()) <= _CLOSING_WORDS or _CONTACT.match(ln.text)):
            continue  # "On behalf of the ITUC, which represents 191 million workers, ...": a letter's opening
        after = lines[i + 1:i + 14]
        after = after[:next((k for k, x in enumerate(after) if COPY_HEADER.match(x.text.strip())), len(after))]
        block = [x for x in after if x.bullet is None and not _CONTACT_LINE.search(x.text)  # no address; "c.c.":
                 and any(c.isalnum() for c in x.text)][:8]  # those copied in sign nothing; "……………": a line to sign on
        rest = ""
        if ":" in ln.text and _CONTACT.match(ln.text):
            rest = ln.text.split(":", 1)[1].strip()
        elif "," in ln.text:  # "Sincerely, Ms. Jane Doe ..." on one line
            rest = ln.text.split(",", 1)[1].strip()
        texts = ([(rest, ln)] if rest else []) + [
            (x.text.strip().rstrip(",").replace(" | ", ", ") if x.kind != TABLE else x.text.strip(), x) for x in block]
        # "Assessora Técnica | Centro Feminista ...": a signature's cells side by side
        people = _flat_signatures(lines[i + 1:], reg) or _read_signatures(texts, reg, authors, _address_lines(lines[i + 1:]))
        if people:
            return people
    return []


_CLOSING_WORDS = 15  # a sign-off ("Yours sincerely,", "On behalf of the Coalition,") is short

_BEHALF_LINE = re.compile(r"^\s*(?:%s)\s+(?:(?:%s)\s+)?(\S.{1,120})$" % (ON_BEHALF, ARTICLE), re.IGNORECASE)


def behalf_line(text: str) -> str | None:
    """The body a sign-off speaks for ("On behalf of the Coalition" -> "Coalition", "Pela Rede X" -> "Rede X")."""
    m = _BEHALF_LINE.match(text)
    return m.group(1).strip() if m else None


def _flat_signatures(lines: list[Block], reg: OrgRegistry) -> list[Person]:
    """Signatories in a table whose rules were lost: a header line of column names ("Nombre Cargo
    Organización"), then the cells, a row wrapped over lines perhaps (:mod:`.flat`)."""
    from .common import evidence

    at = next((k for k, x in enumerate(lines[:3]) if flat_header(x.text)), None)  # after "Atentamente," perhaps
    if at is None:
        return []
    lines = lines[at:]
    head = flat_header(lines[0].text)
    rest = [x for x in lines[1:] if x.kind != TABLE]
    cells = [lines[0].text[head[1]:], *(x.text for x in rest[:next((k for k, x in enumerate(rest) if is_sentence(x.text)),
                                                                    len(rest))])]
    people: list[Person] = []
    for entry, _ in flat_rows("\n".join(c.strip() for c in cells if c.strip()), head[0]) or []:  # a row a line
        _, found = parse_entry(entry, reg, None, evidence(lines[0]), fallback_type="civil-society")
        people += found
    return people


def _address_lines(lines: list[Block]) -> set[int]:
    """The lines beside a contact line (a street with its number, a phone, an e-mail): the rest of an
    address when a signature's organisation is already read ("Rede Mulher Angola" / "Lobito, Benguela" /
    "Tel.: +244 ...")."""
    near: set[int] = set()
    for k, line in enumerate(lines):
        if _CONTACT_LINE.search(line.text):
            near |= {lines[j].lineno for j in (k - 1, k + 1) if 0 <= j < len(lines)}
    return near


def _read_signatures(texts: list[tuple[str, Block]], reg: OrgRegistry, authors: list[str],
                     address: set[int] = frozenset()) -> list[Person]:
    from .common import evidence

    people: list[Person] = []
    merged = []  # "Pela FONG-STP" / "Sra. Edite Carvalho Neto, Presidente": she signs for the body above her
    for k, (text, line) in enumerate(texts):
        behalf = _BEHALF_LINE.match(text)
        if behalf and k + 1 < len(texts) and has_honorific(texts[k + 1][0]):
            texts[k + 1] = (f"{texts[k + 1][0]}, {behalf.group(1).strip()}", texts[k + 1][1])
            continue
        merged.append((text, line))
    texts = merged
    k = 0
    while k < len(texts):
        text, line = texts[k]
        if len(text.split()) == 1 and not is_acronym(text.strip(".,")) and not lookup(text.strip(".,")):
            k += 1  # "Koffi", "Beatriz": a sign-off's first name, no body
            continue
        entry = text
        if len(texts) == 1 and "," not in text:
            entry = ", ".join(_split_run_on(text, authors))
        elif _is_name_line(text):
            follow = []
            for nxt, _ in texts[k + 1:k + 3]:
                if _is_name_line(nxt) or not nxt:
                    break
                follow.append(nxt)
                if "," in nxt:
                    break
            entry = ", ".join([text, *follow])
            k += len(follow)
        k += 1
        if line.lineno in address and people and people[-1].organisation is not None and not _is_name_line(text):
            continue  # "Lobito, Benguela" below "Associação OMUNGA": where the signer's body is, not a body
        _, found = parse_entry(entry, reg, None, evidence(line, text), fallback_type="civil-society")
        if not found:
            if people:
                break
            continue
        for p in found:
            if p.organisation is None and len(authors) == 1:
                p.organisation = reg.resolve(authors[0])
        people += found
    return people


def _split_run_on(text: str, authors: list[str]) -> list[str]:
    """"Ms. Jane Doe Executive Director Some Network" (portal text) -> name, title, organisation."""
    for author in authors:
        if text.endswith(author) and text != author:
            return _split_run_on(text[: -len(author)].strip(), []) + [author]
    words = text.split()
    for i, w in enumerate(words[1:], start=1):
        if fold(w) in TITLE_WORDS and i >= 2:
            return [" ".join(words[:i]), " ".join(words[i:])]
    return [text]



def signature_blocks(lines: list[Block], reg: OrgRegistry, authors: list[str]) -> list[Person]:
    """Signatures recognised by their shape wherever they stand: a person's name on a line of its own,
    then a title line or two and an organisation line, ending where the address, phone and e-mail
    lines begin ("Farah Iskandar" / "Programme Director" / "Asian-Pacific Resource ... (ARROW)" /
    "1 & 2 Jalan Scott ..."). An address, phone or e-mail never becomes an entity."""
    from .common import evidence
    from .prose_names import strong_name

    people: list[Person] = []
    signing_for = None  # "Pela Rede de Mulheres Parlamentares," over the signatures: the body they sign for
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text.strip().rstrip(",")
        behalf = _BEHALF_LINE.match(text)
        nxt = lines[i + 1].text.strip().rstrip(",") if behalf and i + 1 < len(lines) else ""
        if behalf and "," in nxt and has_honorific(nxt):
            # "Pela FONG-STP" / "Sra. Edite Carvalho Neto, Presidente da Direção": she signs for that body
            signer = lines[i + 1]
            _, found = parse_entry(f"{nxt}, {behalf.group(1).strip()}", reg, None,
                                   evidence(signer, signer.text.strip()), fallback_type="civil-society")
            people += found
            i += 2
            continue
        if behalf and _is_name_line(nxt):
            signing_for = behalf.group(1).strip()  # "Deputada Filomena Tavares Monteiro" / "Presidente" follow
            i += 1
            continue
        if not (line.bullet is None and _is_name_line(text) and len(text.split()) <= 5
                and (has_honorific(text) or not is_job_title(text))):  # "Deputada Ivone Lopes Semedo" is a name
            i += 1
            continue
        follow: list[str] = []
        j = i + 1
        while j < len(lines) and len(follow) < 3:
            nxt = lines[j].text.strip()
            if not nxt or len(nxt.split()) > 14 or _CONTACT_LINE.search(nxt) or _is_name_line(nxt) \
                    or is_place(nxt.split(",")[-1].strip()):
                break  # an address ("Maculusso, Luanda - Angola"), a phone or an e-mail: the signature ends
            follow.append(nxt)
            j += 1
        org = next((f for f in reversed(follow) if org_problem(f) is None and strong_name(f)), None)
        if (follow or signing_for) and (org or signing_for or len(authors) == 1):
            titles = [f for f in follow if f is not org]  # every line between the name and the organisation
            key = reg.add(org or signing_for, evidence=evidence(line, line.text.strip()),
                          fallback_type="civil-society") if org or signing_for else reg.resolve(authors[0])
            person = make_person(text, key, evidence(line, line.text.strip()), ", ".join(titles) or None)
            if person is not None:
                people.append(person)
        i = max(j, i + 1)
    return people
