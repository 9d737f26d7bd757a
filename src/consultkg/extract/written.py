"""Written inputs from one organisation, and records of no known shape.

The authors sit in the title ("... Draft Feedback of the International Rescue
Committee", "Joint Submission of A, B and C on ...", see :mod:`.authors`);
comments are numbered, lettered or bulleted; signatures close the letter.
"""
from __future__ import annotations

import re

from ..text import LIST_MARKER, cased
from ..lexicon import CLOSING as _CLOSING, CONTRAST, COPY_HEADER, POLITE, SALUTATION
from ..model import TABLE, Block, Consultation, Meeting, Person
from .participant_tables import table_participants
from .entities import org_problem
from .outline import heading_kind
from .wrapper import unwrap
from .prose_names import comma_names, is_proper_name
from .authors import about_strategy, authors_in_title, behalf_line, signature_blocks, signatories
from .participants import make_person, parse_entry
from .topics import discussed_mentions, introduced_topics, listed_topics, what_was_discussed
from .initiatives import initiatives_in
from .common import (Mapper, evidence, group_of_org_types, key_messages, mentions_from,
                     stance_of, themes_after_lead, topic_mentions)
from . import countries
from .dates import DateRange, find_dates
from .form import is_form, read_form
from .orgs import OrgRegistry
from .parts import Parts
from .titleblock import strategy_label

_SALUTATION = SALUTATION
_POLITE = POLITE  # "welcomes the opportunity", "agradece a oportunidade": no stance (lexicon)


def overall_stance(lines: list[Block]) -> tuple[str, str | None]:
    """The stance of the whole text: that of its first stance sentence.

    The opening paragraphs speak for the document; stance verbs inside
    numbered comments are about one point only, so they count only when the
    opening states no stance. A polite "welcomes the opportunity" is no stance.
    """
    first_item = next((i for i, ln in enumerate(lines) if ln.bullet is not None), len(lines))
    for chunk in (lines[:first_item], lines[first_item:]):
        for ln in chunk:
            if stance_of(ln.text) == "MixedStance":  # "We welcome ... However, we are concerned ..."
                return "MixedStance", ln.text
            for sentence in re.split(r"(?<=[.!?])\s+", ln.text):
                if _POLITE.search(sentence) and not CONTRAST.search(sentence):
                    continue
                found = stance_of(sentence)
                if found:
                    return found, sentence
    return "NoStanceStated", None


def _title_lines(lines: list[Block]) -> list[Block]:
    """The title: the first line, with a second one when the first ends mid-phrase."""
    out = [lines[0]]
    if len(lines) > 1 and not find_dates(lines[1].text) and not _SALUTATION.match(lines[1].text) \
            and lines[1].bullet is None and len(lines[1].text.split()) <= 12 and not lines[1].text.endswith("."):
        out.append(lines[1])
    return out


_ACRONYM_AFTER = re.compile(cased(r"\s*\(([\p{Lu}][\p{Lu}\p{Ll}0-9&\-]{1,15})\)"))


_HEAD_LINES = 20  # a letterhead, an addressee block and the place-and-date line: the head of a letter


def _place_of_writing(lines: list[Block]) -> tuple[str, str] | None:
    """The city and country of a letter's place-and-date line ("Kampala, 24th November 2023", "Lima, 3 de
    noviembre de 2023"): a known city written before the date on a short line."""
    for ln in lines:
        found = find_dates(ln.text) if len(ln.text.split()) <= 10 else None
        if found:
            head = ln.text[:ln.text.find(found.text)] if found.text in ln.text else ""
            city = countries.find_city(head) if head.strip(" ,") else None
            if city:
                return city
    return None


def extract_written(lines: list[Block], mapper: Mapper, path: str) -> Parts:
    parts = Parts()
    wrapped = unwrap(lines)
    lines = wrapped.content
    title_lines = _title_lines(lines)
    title = " ".join(ln.text for ln in title_lines)
    body = lines[len(title_lines):]
    if wrapped.subject_line is not None:  # an e-mail's or a letter's subject is its title
        title_lines, title, body = [wrapped.subject_line], wrapped.subject, [b for b in lines if b is not wrapped.subject_line]
    reg = OrgRegistry()
    names = [n for n in authors_in_title(title) if is_proper_name(n)]  # "Joint input", "Trade union input": no names
    body_text = " ".join(ln.text for ln in body)
    author_keys = []
    for name in names:
        at = body_text.find(name)
        acronym = _ACRONYM_AFTER.match(body_text, at + len(name)) if at >= 0 else None  # "Name (ACR)" in the body
        written_as = f"{name} ({acronym.group(1)})" if acronym and "(" not in name else name
        author_keys.append(reg.add(written_as, evidence=evidence(title_lines[0], name), fallback_type="civil-society"))
    form = read_form(body) if is_form(body) else None  # an online form's export: its fields say who and when
    form_person = None
    if form is not None:
        if form.organisation:
            key = reg.add(form.organisation, evidence=evidence(form.blocks["organisation"], form.organisation),
                          fallback_type="civil-society")
            author_keys.insert(0, key)
            if form.person:
                form_person = make_person(form.person, key, evidence(form.blocks["person"], form.person), form.post)
        for name in form.cosigners:
            k = reg.add(name, evidence=evidence(form.blocks.get("organisation", title_lines[0]), name),
                        fallback_type="civil-society")
            author_keys += [k] if k not in author_keys else []
    author = author_keys[0] if author_keys else None
    dates = (DateRange(form.date, form.date, form.date) if form is not None and form.date else None) \
        or find_dates(" ".join(ln.text for ln in wrapped.headers)) or find_dates(" ".join(ln.text for ln in lines[:6])) \
        or next((d for ln in lines[:_HEAD_LINES] if len(ln.text.split()) <= 10 and (d := find_dates(ln.text))), None)
    # a letter's place-and-date line under a letterhead of several lines ("Brussels, 30 November 2023")
    stance, stance_text = overall_stance(body)
    meeting = Meeting(position=1, label=title, stance=stance, stance_text=stance_text,
                      participants=list(dict.fromkeys(author_keys)), evidence=evidence(title_lines[0]))
    closing = max((i for i, ln in enumerate(body) if _CLOSING.match(ln.text)), default=len(body))
    fields_of_form = {id(b) for b in form.fields} if form is not None else set()  # a form's fields are no comments,
    if form is not None:  # nor are its questions ("B2. Which themes should the strategy strengthen?")
        fields_of_form |= {id(b) for b in body if b.text.rstrip(" *_").endswith("?")}
    content = [ln for ln in body[:closing] if not _SALUTATION.match(ln.text)  # the signatures and "cc:" say nothing
               and not (dates and ln.text.strip() == dates.text) and id(ln) not in fields_of_form]
    # "I. Women in leadership. ...": a paragraph opening with its number is a numbered comment too
    numbered = [ln for ln in content if isinstance(ln.bullet, str) or (ln.bullet is None and LIST_MARKER.match(ln.text))]
    comments = numbered or [ln for ln in content if ln.bullet is not None]
    themes_line = next((ln for ln in body if themes_after_lead(ln.text)), None)
    # the topics: its own list after a lead-in, the list its opening announces ("Our comments cover four areas:
    # A, B, C and D"), else its comments' own topics; and every theme its sentences discuss that they do not name
    opening = content[:content.index(comments[0])] if comments else content
    if themes_line:
        topics = mentions_from(listed_topics(themes_after_lead(themes_line.text), mapper), themes_line, mapper)
    else:
        topics = introduced_topics([ln for ln in opening if ln.kind != TABLE], mapper) or topic_mentions(
            [ln for ln in comments if ln.bullet != 2] or [ln for ln in content if heading_kind(ln) is not None], mapper)
    discussed = [m for ln in content if ln.kind != TABLE and heading_kind(ln) is None
                 for m in discussed_mentions(ln, mapper)]
    meeting.mentions = what_was_discussed(topics + discussed)
    if form is not None:  # a form is signed by no one: who filled it in is its contact person
        people = [form_person] if form_person is not None else []
    else:
        people = signatories(body, reg, [reg.get(k).label for k in author_keys]) or signature_blocks(
            body[len(body) // 2:], reg, [reg.get(k).label for k in author_keys])
    for p in people:  # the organisations the signatories sign for are authors too
        if p.organisation and p.organisation not in author_keys:
            author_keys.append(p.organisation)
    author = author or (author_keys[0] if author_keys else None)
    # signatories in a table after the closing ("Organização | Representante | Função"), beside any signature
    # read from lines: the table's rows are the surer reading
    closing_at = next((i for i, ln in enumerate(body) if _CLOSING.search(ln.text)), 0)
    tables = [ln for ln in body[closing_at:] if ln.kind == TABLE]
    if tables:
        for table in tables:
            orgs, found = table_participants(table, reg, None, [], "civil-society")
            people += [p for p in found if p.key not in {q.key for q in people}]
            author_keys += [k for k in orgs if k not in author_keys]
            meeting.participants += [k for k in orgs if k not in meeting.participants]
        author = author or (author_keys[0] if author_keys else None)
    if not names and form is None:  # "Autoras y autores" over a list, "Auteurs : A ; B", a list of signatories: the names at the
        orgs, listed = author_entries(body, reg)  # head or the foot of the text, under any label
        people += [p for p in listed if p.key not in {q.key for q in people}]
        author_keys += [k for k in orgs if k not in author_keys]
        meeting.participants += [k for k in orgs if k not in meeting.participants]
        author = author or (author_keys[0] if author_keys else None)
    meeting.people = [p.key for p in people]
    meeting.participants += [p.organisation for p in people if p.organisation and p.organisation not in meeting.participants]
    parts.people = people
    parts.meetings = [meeting]
    parts.key_messages = key_messages(comments, mapper)
    for ln in body:
        parts.add_initiatives(initiatives_in(ln))
    parts.organisations = list(reg)
    parts.author = author
    parts.title = title
    place = _place_of_writing(lines[:14])
    if form is not None and (form.city or form.country):
        place = form.city or (None, form.country)  # the form's "City:" and "Country:" fields
    parts.consultation = Consultation(
        label=f"Written input: {title}", start=dates.start if dates else None, end=dates.end if dates else None,
        city=place[0] if place else None, country=place[1] if place else None,
        # the authors' group: those who wrote it, not every body the text cites
        stakeholder_group=group_of_org_types([reg.get(k).org_type for k in meeting.participants], majority=0.6)
        if meeting.participants else group_of_org_types([o.org_type for o in parts.organisations]),
        strategy=strategy_label(title) or strategy_label(" ".join(ln.text for ln in body[:5])),
        evidence=evidence(title_lines[0]))
    if author is None:
        parts.warnings.append(f"line {title_lines[0].lineno}: no author organisation found in the title")
    if not comments:
        parts.warnings.append("no numbered or bulleted comments found")
    return parts


def author_entries(body: list[Block], reg: OrgRegistry) -> tuple[list[str], list[Person]]:
    """The organisations and people of the blocks that only name them (:func:`.roles.block_role` "entries") before
    the text's first statement or after its last: who wrote it or signs it, whatever the label over them."""
    from .roles import ENTRIES, STATEMENT, block_role, entry_texts, split_label
    said = [k for k, ln in enumerate(body) if block_role(ln) == STATEMENT]
    if not said:
        return [], []
    tail = body[said[-1] + 1:]
    copied = next((k for k, b in enumerate(tail) if COPY_HEADER.search(b.text)), len(tail))  # "cc:": sent to, not by
    edges = body[:said[0]] + tail[:copied]
    edges = [b for b in edges if not _SALUTATION.match(b.text)]  # "Exma. Senhora Dra. Inês Mendes,": addressed
    orgs: list[str] = []
    people: list[Person] = []
    in_tail = {id(b) for b in tail}
    for ln in (b for b in edges if block_role(b) == ENTRIES and not about_strategy(b.text)):
        label, named = split_label(ln.text.strip())
        behalf = behalf_line(named.rstrip(","))
        if behalf:  # "Pela Rede de Mulheres Parlamentares," / "On behalf of the Coalition,": that body
            named = behalf
        if label and id(ln) in in_tail and not parse_entry(named, OrgRegistry(), None)[1]:
            continue  # "Correspondência: Rede Brasil ... — São Paulo": where to write, below the signatures
        if ln.kind == TABLE:
            found_orgs, found = table_participants(ln, reg, None, [], "civil-society")
        else:
            found_orgs, found = [], []
            listed = comma_names(named)  # a paragraph of bodies' names: each a body, none a person
            for entry in listed or []:
                if org_problem(entry) is None:
                    found_orgs.append(reg.add(entry, evidence=evidence(ln, entry), fallback_type="civil-society"))
            for entry in ([] if listed else entry_texts(named.rstrip("."))):
                o, p = parse_entry(entry, reg, None, evidence(ln, entry), fallback_type="civil-society")
                found_orgs += o
                found += p
        orgs += [k for k in found_orgs + [p.organisation for p in found if p.organisation] if k not in orgs]
        people += found
    return orgs, people


def extract_other(lines: list[Block], mapper: Mapper, path: str) -> Parts:
    """A consultation text of no known shape: its title, dates, themes sentence and stance."""
    parts = Parts(title=lines[0].text)
    dates = find_dates(" ".join(ln.text for ln in lines[:8]))
    stance, stance_text = overall_stance(lines)
    meeting = Meeting(position=1, label=lines[0].text, stance=stance, stance_text=stance_text,
                      evidence=evidence(lines[0]))
    for ln in lines:
        listed = themes_after_lead(ln.text)
        if listed:
            meeting.mentions += mentions_from(listed_topics(listed, mapper), ln, mapper)
    parts.meetings = [meeting]
    parts.consultation = Consultation(label=lines[0].text, start=dates.start if dates else None,
                                      end=dates.end if dates else None, evidence=evidence(lines[0]))
    parts.warnings.append("record of no known shape: read as OtherDocument")
    return parts
