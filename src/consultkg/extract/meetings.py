"""Meetings: the lines under one meeting heading, read into a :class:`Meeting`.

    >>> from consultkg.model import Block
    >>> from consultkg.extract.orgs import OrgRegistry
    >>> lines = [Block("Participants:", 2), Block("UN Women", 3, kind="item", level=1),
    ...          Block("The participants offered their endorsement of the strategy.", 4, kind="item", level=1),
    ...          Block("Key themes of the discussion included care services and GBV.", 5, kind="item", level=1)]
    >>> reg = OrgRegistry()
    >>> m, people = read_meeting(1, Block("Meeting with UN agencies", 1), lines, reg, None, lambda t: [])
    >>> [reg.get(k).label for k in m.participants], m.stance, [x.text for x in m.mentions]
    (['UN Women'], 'Endorsement', ['care services and GBV'])
"""
from __future__ import annotations

import re

from ..text import cased, ends_sentence, is_capitals, sentences
from ..model import ITEM, TABLE, Block, Meeting, NotRead, Person, cut
from .topics import discussed_mentions, listed_topics, what_was_discussed
from .common import Mapper, evidence, tells_of_meeting, follow_up_of, mentions_from, stance_of, themes_after_lead
from ..lexicon import LIST_JOINER, PROSE_LEAD, OF_WORD, PORTFOLIO_HEAD, MEMBERS_OF, NOT_DISCUSSED, PARTICIPANTS, PROSE_TAIL, STRATEGY_WORD, SUBJECT, THEMES_LEAD, WRITTEN_DRAFT, stakeholder_group
from .flat import flat_header, flat_rows
from .name_lines import pair_name_lines, read_name_over_post
from .names import ACRONYM, ORG_WORDS, fold, has_honorific, is_acronym
from .orgs import OrgRegistry
from .entities import is_place, is_sentence, org_problem
from .orgs import classify, group_names
from .participants import is_prose_list as parse_prose_shape, parse_entry, split_name_list
from .prose import people_in_a_series, people_in_prose
from .participant_tables import table_participants
from .prose_names import (headed_by_names, is_proper_name, names_in_prose, names_of_paragraph, speakers_in_prose, strong_name,
                          sure_name)
from .roles import ENTRIES, STATEMENT, TOPIC, is_statement, roles_of, split_label

_SUBJECT = SUBJECT  # "The participants ...", "Los asistentes ...", "Os participantes ..." (lexicon)
_MEMBERS_OF = MEMBERS_OF  # "Members of <Group>", "Miembros de", "Membres du", "Membros da" (lexicon)


_POSITIVE = frozenset({"StrongEndorsement", "Endorsement", "Commendation"})
_NEGATIVE = frozenset({"Concern", "Opposition"})
_MIXES = _POSITIVE | _NEGATIVE


def _is_sentence(text: str) -> bool:
    """A statement about the meeting rather than a participant's name."""
    if _SUBJECT.match(text) or themes_after_lead(text) is not None or follow_up_of(text):
        return True
    return bool(stance_of(text)) and (text.endswith(".") or len(text.split()) > 12)


# where an item ran on into the sentence after it: a capitalised sentence subject ("The participants", "Los
# participantes", "Os parceiros": the lexicon's SUBJECT) after a word, followed by a lower-case word
_RUN_ON = re.compile(cased(r"(?<=[^\W\d_])\s+(?=(?=(?-i:[\p{Lu}]))(?:%s)\s+(?-i:[\p{Ll}]))")
                     % SUBJECT.pattern.lstrip("^").replace("(?!\\s*:)", ""), re.IGNORECASE)


_STOP = re.compile(r"(\S+)\.\s+(?=[^\W\d_])")


def _list_end(text: str) -> re.Match | None:
    """Where a list of participants ("Asistentes: A, Title, Org; B, Title, Org (AGG).") ends and the
    sentences about the meeting begin ("Las empresarias dieron un respaldo entusiasta ..."): the first full
    stop (after no abbreviation) followed by a sentence."""
    for m in _STOP.finditer(text):
        if not ends_sentence(m.group(1)):
            continue  # "Sra.", "M.Sc.", "Dr."
        rest = text[m.end():]
        if is_sentence(re.split(r"(?<=\w)\.\s", rest, maxsplit=1)[0]):
            return m
    return None


def _unrun(body: list[Block]) -> list[Block]:
    """A list item that ran on into the sentence after it ("..., Council The participants expressed ...",
    "Asistentes: A; B (AGG). Las empresarias ..."), as a PDF or a flattened page does when it sees no gap,
    split back into the item and the sentences."""
    out: list[Block] = []
    for b in body:
        m = _RUN_ON.search(b.text) if b.kind != TABLE else None
        if m and m.start() > 0:
            out += [cut(b, 0, m.start(), keep=True), cut(b, m.end())]
            continue
        listed = b.kind != TABLE and PARTICIPANTS.match(b.text) and ";" in b.text
        end = _list_end(b.text) if listed else None
        if end and ";" in b.text[:end.start()]:
            out += [cut(b, 0, end.start() + len(end.group(1)) + 1, keep=True), cut(b, end.end())]
            continue
        named = _NAME_THEN_SENTENCE.match(b.text) if b.kind == ITEM else None
        if named and is_sentence(b.text[named.end():]) and not is_sentence(named.group(1)):
            out += [cut(b, 0, named.end(1), keep=True), cut(b, named.end())]  # "... (AMMCJ) As redes manifestaram ..."
        else:
            out.append(b)
    return out


# a list item that is a name with its acronym, run on into the sentence after it
_NAME_THEN_SENTENCE = re.compile(cased(r"^(.{3,120}?\([\p{Lu}][\p{Lu}\p{Ll}0-9&\-]{1,15}\))\s+(?=[\p{Lu}])"))


def group_of_heading(heading: str, reg: OrgRegistry, country: str | None, line: Block) -> str | None:
    """The coordination group of "Meeting with Members of <Group> (<ACR>)", registered."""
    m = _MEMBERS_OF.search(heading)
    if not m or org_problem(m.group("group").strip()) or classify(m.group("group"))[0] == "parliament":
        return None  # "Members of Parliament" are parliamentarians, not a coordination group
    return reg.add(m.group("group").strip(), country=country, evidence=evidence(line, m.group("group")),
                   org_type="coordination-group")


# The organisation type to assume for an unknown name met in a meeting of this stakeholder group.
_TYPE_OF_GROUP = {"civil-society": "civil-society", "youth": "civil-society", "private-sector": "private-sector",
                  "academia": "academia"}


def read_meeting(position: int, heading: Block, body: list[Block], reg: OrgRegistry, country: str | None,
                 mapper: Mapper, audience: str | None = None,
                 report: list[NotRead] | None = None) -> tuple[Meeting, list[Person]]:
    """One meeting from its heading line and the blocks below it.

    ``audience`` is the record's stakeholder group; the heading's own group
    ("Meeting 2: Private Sector Roundtable") takes precedence for typing
    organisations the rules do not know. What the participants part holds that
    is not read goes to ``report``.
    """
    report = report if report is not None else []
    meeting = Meeting(position=position, label=heading.text.rstrip(":").strip(), evidence=evidence(heading))
    fallback = _TYPE_OF_GROUP.get(stakeholder_group(heading.text) or audience or "")
    people: list[Person] = []
    group = group_of_heading(heading.text, reg, country, heading)
    state = None
    themes_level = None
    prose: list = []  # theme mentions read from the discussion's sentences and topic lines

    parent: list[str | None] = [None]  # the organisation a list item named, for the people nested under it

    def add_entries(text: str, line: Block, source: str | None = None) -> None:
        items = [t for t in re.split(r"\s*;\s*", text) if t.strip()] if ";" in text else [text]
        if line.kind != ITEM:  # "A (ACR), B (ACR) et C, représentée par Mme D, ...": a paragraph of names (a list
            items = names_of_paragraph(text) or items  # item is one entry)
        nested = line.kind == ITEM and (line.level or 1) >= 2 and parent[0] is not None
        for item in items:
            rejected: list[tuple[str, str]] = []
            before = reg.mark()  # (not a set of every key: thousands of entries would take quadratic time)
            orgs, ppl = parse_entry(item, reg, country, evidence(line, source or item), fallback_type=fallback,
                                    rejected=rejected)
            if nested:  # "Embaixada da Suécia" / "  Sra. Karin Lindqvist, Primeira Secretária, Igualdade de Género"
                for p in ppl:
                    weak = p.organisation if p.organisation and not strong_name(reg.get(p.organisation).label) else None
                    if p.organisation is None or weak:
                        if weak:
                            p.job_title = ", ".join(x for x in (p.job_title, reg.get(weak).label) if x)
                            orgs = [k for k in orgs if k != weak]
                            if reg.added_since(weak, before):
                                reg.discard(weak)
                        p.organisation = parent[0]
            elif line.kind == ITEM and (line.level or 1) == 1:
                if ppl and not orgs and parent[0] is not None and all(p.organisation is None for p in ppl):
                    for p in ppl:  # "Association … (ALVF)" / "Mme Odile Mbarga Nkolo, coordinatrice nationale": the
                        p.organisation = parent[0]  # list lost its indents (a PDF); the person is the body's above
                else:
                    parent[0] = orgs[-1] if orgs and not ppl else None
            _extend(meeting.participants, orgs)
            people.extend(ppl)
            report.extend(NotRead(line.lineno, t, why, line.page) for t, why in rejected)

    body = _unrun(body)
    body_roles = roles_of(body, mapper)
    if ENTRIES not in body_roles and not is_capitals(heading.text) and headed_by_names(heading.text):
        named = heading.text.rstrip(".:").strip()  # no list below, its heading names who met: "Kenya Bankers
        add_entries("; ".join(names_of_paragraph(named, least=1) or [named]), heading)  # Association (KBA), ..."
    posts = pair_name_lines(body)  # "Mr. Habil Odhiambo Were" / "Head of SME Banking, Equity Bank Kenya"
    under = {id(b) for b in posts.values()}
    for line, role in zip(body, body_roles):
        text = line.text.strip()
        if id(line) in posts:
            orgs, person = read_name_over_post(line, posts[id(line)], reg, country)
            _extend(meeting.participants, orgs)
            people.extend([person] if person else [])
            continue
        if id(line) in under:
            continue
        if line.kind == TABLE:
            rejected = []
            orgs, ppl = table_participants(line, reg, country, rejected, fallback)
            if orgs or ppl or state == "participants":
                _extend(meeting.participants, orgs)
                people.extend(ppl)
                report.extend(NotRead(at, t, why, line.page) for t, why, at in rejected)
            state = None
            continue
        flat = flat_header(text)
        if flat:  # "Nombre Cargo Institución Sra. Lesly Cáceres Subsecretaria ...": a table flattened into words
            rows = flat_rows(text[flat[1]:], flat[0])
            for entry, words in rows or []:
                add_entries(entry, line, words)
            if rows:
                state = None
                continue
            report.append(NotRead(line.lineno, text[:200], "a table flattened into words whose rows could not be told "
                                  "apart", line.page))
            state = None
            continue  # reported, never guessed at: its header's label ("Quiénes participaron") is no name
        if state == "participants" and (meeting.participants or people) and is_sentence(text) \
                and not parse_prose_shape(text):
            state = None  # the list has ended; what follows is about the meeting
        p = PARTICIPANTS.match(text)
        if p:
            state = "participants"
            if text[p.end():].strip():
                add_entries(text[p.end():].strip(), line)
            continue
        listed = themes_after_lead(text)
        if listed is not None:
            before = text[:THEMES_LEAD.search(text).start()].strip()
            if before and meeting.stance_text is None and stance_of(before):
                # a stance sentence run into the themes sentence (a PDF paragraph gap not seen)
                meeting.stance, meeting.stance_text = stance_of(before), before
            if listed:
                meeting.mentions += mentions_from(listed_topics(listed, mapper), line, mapper)
                state = None
            else:
                state, themes_level = "themes", None
            if len(sentences(text)) < 2:
                continue  # a paragraph that says more than its themes is read on, sentence by sentence, below
        if state == "themes" and not _is_sentence(text) and (line.bullet is not None or len(text.split()) < 15):
            if themes_level is None:
                themes_level = line.bullet
            if line.bullet == themes_level or themes_level is None:
                meeting.mentions += mentions_from([text.rstrip(".;,")], line, mapper)
                continue
        if _is_sentence(text) or role == STATEMENT:  # a sentence about the meeting: what was said, and themes
            state = None if state == "themes" else state
            wanted = follow_up_of(text)
            if wanted:
                meeting.follow_ups.append(wanted)
            _take_stance(meeting, text)
            if not wanted:  # what they want to learn more about is an interest, not what was discussed
                prose += discussed_mentions(line, mapper)
            if state != "participants":  # people a sentence names with an honorific, and their organisations
                told_all = sentences(text)
                lists = {at: _bracketed_list(told) or _list_after_colon(told) or people_in_a_series(told)
                         for at, told in told_all}
                for at, listed in lists.items():  # "Ont pris part à cette réunion : ONU Femmes ; UNFPA ; ...", "le
                    if listed:  # panel réunissait Mme A, directrice ... ; M. B, ... ; et Mme C, ...": entries
                        add_entries(listed, line)
                rest = " ".join(told for at, told in told_all if not lists[at])
                orgs, ppl = people_in_prose(rest, reg, country, evidence(line), sure_name, is_proper_name, names_in_prose)
                _extend(meeting.participants, orgs)
                people.extend(p for p in ppl if all(p.name != q.name and not q.name.endswith(" " + p.name)
                                                    for q in people))  # "Dr. Abdi Noor": Halima Abdi Noor again
                for at, told in told_all:  # "the team also met with staff of UN Women and the Embassy of Sweden"
                    if lists[at]:
                        continue
                    met = names_in_prose(told) if (tells_of_meeting(told) or PROSE_TAIL.search(told)) \
                        and not NOT_DISCUSSED.search(told) else []  # "About 60 attended, including staff of ..."
                    spoke = speakers_in_prose(told, lambda n: reg.resolve(n) is not None)  # "BRAC Bank described ..."
                    _extend(meeting.participants, [reg.add(n, country=country, evidence=evidence(line, n))
                                                   for n in met + spoke])
            continue
        if role == TOPIC and state != "participants":
            prose += mentions_from([text.rstrip(".;,")], line, mapper)
            continue
        if state == "participants" or role == ENTRIES:
            label, rest = split_label(text)
            if label and role == ENTRIES and rest != text:
                add_entries(rest, cut(line, len(line.text) - len(rest)))
            else:
                add_entries(text, line)
    # the record's own list of the themes, the topics its sentences list, and a theme said in passing
    meeting.mentions = what_was_discussed(meeting.mentions + prose)
    if group:
        for key in meeting.participants:
            org = reg.get(key)
            if key != group and group not in org.member_of:
                org.member_of.append(group)
        _extend(meeting.participants, [group])
    if not meeting.participants and not people or not meeting.participants and any(not p.organisation for p in people):
        first = next((b for b in body if b.kind != TABLE and b is not heading and is_statement(b.text)
                      and not flat_header(b.text)), None)  # a flattened table is read above, or reported
        named = names_in_prose(first.text) if first is not None else []
        for name in named:  # "Séance de travail au Ministère de la Femme ... (MFFPE)": the meeting's host
            _extend(meeting.participants, [reg.add(name, country=country, evidence=evidence(first, name))])
    for p in people:  # "M. Ibrahima Sow Camara (MAERSA, Coordonnateur de la Cellule genre)": the acronym is his body's
        lead = _TITLE_ACRONYM.match(p.job_title or "")
        key = reg.resolve(lead.group(1)) if lead and is_acronym(lead.group(1)) else None
        if key and p.organisation in (None, key):
            p.organisation, p.job_title = key, p.job_title[lead.end():].strip() or None
    orphans = [p for p in people if not p.organisation]
    host = _organisation_of_heading(heading.text, reg, country, heading) if orphans else None
    if orphans and host is None and len(meeting.participants) == 1:
        host = meeting.participants[0]
    for p in orphans:  # people with no organisation in a meeting headed by one: "3.1 Governo — Ministério ... (MGCAS)"
        p.organisation = host
    person_orgs = [p.organisation for p in people if p.organisation]
    _extend(meeting.participants, person_orgs)
    if not group:  # a meeting of a coordination group named in its heading or among those present: the others are its members
        opening = next((b for b in body if b.kind != TABLE and b is not heading), None)  # "La mission a présenté
        # le projet lors de la réunion mensuelle du Groupe thématique Genre des partenaires ...": the group met
        named = [reg.add(n, country=country, evidence=evidence(heading, n)) for n in names_in_prose(heading.text)
                 if classify(n)[0] == "coordination-group"]
        named += [reg.add(n, country=country, evidence=evidence(line, n), org_type="coordination-group")
                  for line in ([heading] + ([opening] if opening is not None else [])) for n in group_names(line.text)
                  if not named]
        groups = list(dict.fromkeys(named + [k for k in meeting.participants if reg.get(k).org_type == "coordination-group"]))
        if len(groups) == 1:
            _extend(meeting.participants, groups)
            for key in meeting.participants:
                if key != groups[0] and groups[0] not in reg.get(key).member_of:
                    reg.get(key).member_of.append(groups[0])
    meeting.people = [p.key for p in people]
    return meeting, people


def _take_stance(meeting: Meeting, text: str) -> None:
    """Read the stance of each sentence of ``text`` into the meeting's: its first stance sentence states
    it; a later sentence that is mixed, or that says the opposite of the strategy itself ("... s'est
    interrogé sur le coût du projet"), makes it mixed. A worry about something else ("child marriage
    remains the most urgent concern") is no view of the strategy."""
    for _, sentence in sentences(text):
        stance = stance_of(sentence)
        if not stance:
            continue
        if meeting.stance_text is None:
            meeting.stance, meeting.stance_text = stance, sentence
        elif stance == "MixedStance" or {stance, meeting.stance} <= _MIXES and stance != meeting.stance \
                and (stance in _NEGATIVE) != (meeting.stance in _NEGATIVE) and _about_strategy(sentence):
            meeting.stance = "MixedStance"  # support in one sentence, concern in another


def _about_strategy(sentence: str) -> bool:
    return bool(STRATEGY_WORD.search(sentence) or re.search(WRITTEN_DRAFT, sentence, re.I))


def _head_first(name: str) -> bool:
    """A name that opens with an organisation's head noun ("Ministère de la femme"), however cased."""
    words = fold(name).split()
    return bool(words) and words[0] in ORG_WORDS


_TITLE_ACRONYM = re.compile(r"^(%s)(?:\s*[,:;\u2013\u2014-]\s*|\s+)(?=\S)" % ACRONYM)
_HEADING_PARTS = re.compile(r"\s+[\u2013\u2014-]\s+|\s*[:|]\s*")
_JOINER = re.compile(r"\s(?:%s)\s" % LIST_JOINER, re.IGNORECASE)


def _heading_parts(heading: str) -> list[str]:
    """A heading's parts between dashes, colons and commas; a ministry's list of portfolios stays whole
    ("Ministère de la Femme, de la Famille et de la Protection des Enfants"), a place after it does not."""
    out: list[str] = []
    for part in _HEADING_PARTS.split(heading):
        pieces = part.split(", ")
        merged = pieces[:1]
        for k, piece in enumerate(pieces[1:], start=1):
            portfolio = OF_WORD.match(piece) or any(_JOINER.search(p) for p in pieces[k:])  # "du Plan", "B and C"
            if PORTFOLIO_HEAD.match(merged[-1]) and portfolio and not is_place(piece.strip()) \
                    and not any(c.isdigit() for c in piece):  # not "Arat Kilo", "5.º nivel"
                merged[-1] = f"{merged[-1]}, {piece}"
            else:
                merged.append(piece)
        out += merged
    return out


def _uncapitalised(heading: str) -> str | None:
    """A heading in capitals that opens with an organisation's head noun, in sentence case ("Ministère de
    l'économie, du plan et de la coopération"); None when it opens with any other word.

    >>> _uncapitalised("MINISTÈRE DE L'ÉCONOMIE, DU PLAN ET DE LA COOPÉRATION"), _uncapitalised("EN LA SECRETARÍA")
    ("Ministère de l'économie, du plan et de la coopération", None)
    """
    words = heading.split()
    if not words or fold(words[0]) not in ORG_WORDS:
        return None
    joined = [k for k, w in enumerate(words[1:-1], start=1) if re.fullmatch(LIST_JOINER, w, re.IGNORECASE)
              and fold(words[k + 1]) in ORG_WORDS]
    if joined:
        return None  # "AGENCE NATIONALE DE LA STATISTIQUE ... ET OBSERVATOIRE NATIONAL ...": two bodies
    return " ".join([words[0][:1] + words[0][1:].lower()] + [w if w.startswith("(") else w.lower() for w in words[1:]])


def _organisation_of_heading(heading: str, reg: OrgRegistry, country: str | None, line: Block) -> str | None:
    """The one organisation a meeting's heading names surely ("Governo — Ministério do Género (MGCAS)"), or None."""
    if is_capitals(heading):
        heading = _uncapitalised(heading)  # "MINISTÈRE DE L'ÉCONOMIE, DU PLAN ET DE LA COOPÉRATION"
        if heading is None:
            return None  # "EN LA SECRETARÍA DE LA MUJER": capitals hide where a name starts
    found = {part.strip() for part in _heading_parts(heading)
             if part.strip() and org_problem(part.strip()) is None and strong_name(part.strip())
             and not has_honorific(part.strip())  # "Interlocuteur principal : M. Mamadou Lamine Sow": a person
             and (is_proper_name(part.strip()) or _head_first(part.strip()))}  # not "Jeunes femmes et emploi"
    if len(found) != 1:
        return None
    name = found.pop()
    return reg.resolve(name) or reg.add(name, country=country, evidence=evidence(line, name))


_BRACKETED_LIST = re.compile(r"\[([^\[\]]{8,}?;[^\[\]]*)\]|\(([^()]{8,}?;[^()]*)\)")


def _bracketed_list(sentence: str) -> str | None:
    """The entries a sentence lists in brackets between semicolons, each perhaps after a short label ("[présidence :
    Mme A, ... ; membres présents : UNICEF ; Ambassade de France]"), when most are sure names or people.

    >>> _bracketed_list("Secteur privé (CCIN) [M. Ousmane Abdou, Secrétaire général, CCIN ; représentants du CNPN].")
    'M. Ousmane Abdou, Secrétaire général, CCIN ; représentants du CNPN'
    >>> _bracketed_list("Trois sujets (le crédit ; la formalisation) ont dominé.") is None
    True
    """
    m = _BRACKETED_LIST.search(sentence)
    if m is None:
        return None
    items = [split_label(i.strip())[1].strip() for i in (m.group(1) or m.group(2)).split(";") if i.strip()]
    sure = sum(bool(strong_name(i) or PROSE_LEAD.match(i)) for i in items)
    return " ; ".join(items) if len(items) >= 2 and sure * 2 >= len(items) else None


_COLON = re.compile(r"(?<!\d):|:(?!\d)")


def _list_after_colon(sentence: str) -> str | None:
    """The list a sentence ends on after a colon when its items, two or more between semicolons, are mostly
    sure names (an organisation's head noun or acronym, an honorific): a participant list, whatever the words
    before it ("Ont pris part à cette réunion : ONU Femmes ; UNFPA ; ..."). Not when those words say the
    names were only cited ("Reports were cited: ...")."""
    colons = [m.start() for m in _COLON.finditer(sentence)]  # not a clock's ("10:00 — Secteur privé ...")
    head, colon, rest = (sentence[:colons[-1]], ":", sentence[colons[-1] + 1:]) if colons else (sentence, "", "")
    rest = rest.strip().rstrip(".")
    if not colon or NOT_DISCUSSED.search(head):
        return None
    items = [i.strip() for i in rest.split(";") if i.strip()]
    if len(items) >= 2:
        return rest if sum(map(strong_name, items)) * 2 > len(items) else None
    items = split_name_list(rest)  # "Étaient représentés : ONU Femmes, l'Ambassade du Canada (...) et la ...": each
    if len(items) >= 3 and all(map(strong_name, items)):  # item of a series of commas a sure name
        return "; ".join(items)
    return None


def _extend(target: list[str], keys: list[str]) -> None:
    for k in keys:
        if k not in target:
            target.append(k)
