"""Run-in heads: a paragraph that opens with its own heading in bold, ended by a stop.

Offices that number their paragraphs often head each one in bold on the same line
("3. **Ministère de la Femme — lundi 11 septembre.** La mission a été reçue par
..."). A reader sees a heading and its section; :func:`split_run_in_heads` makes the
outline see them too, by giving each such paragraph as two blocks: the head (a bold
line, its final stop dropped) and the body. It does so only where two such paragraphs
at least tell of meetings, so that the bold heads of a letter's comments or of key
messages stay with their paragraphs::

    >>> from consultkg.model import Block, ITEM
    >>> def item(head, body, n):
    ...     return Block(f"{head}. {body}", n, kind=ITEM, level=1, number=f"{n}.", emphasis=(f"{head}.",))
    >>> blocks = [item("Ministère de la Femme — lundi 11", "La mission a été reçue par Mme Awa Sy Ndiaye.", 1),
    ...           item("ONU Femmes — mardi 12", "Ont pris part à l'échange Mme Ana Diop et M. Paul Kone.", 2)]
    >>> [(b.text, b.kind, b.emphasis) for b in split_run_in_heads(blocks)]  # doctest: +NORMALIZE_WHITESPACE
    [('Ministère de la Femme — lundi 11', 'paragraph', ('Ministère de la Femme — lundi 11',)),
     ('La mission a été reçue par Mme Awa Sy Ndiaye.', 'paragraph', ()),
     ('ONU Femmes — mardi 12', 'paragraph', ('ONU Femmes — mardi 12',)),
     ("Ont pris part à l'échange Mme Ana Diop et M. Paul Kone.", 'paragraph', ())]

Nothing is lost: the two blocks keep the paragraph's line and page, and a block
split out of one long line keeps exact character offsets.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import ITEM, PARAGRAPH, Block
from .common import tells_of_meeting
from .outline import heading_kind
from .prose import names_a_person
from .prose_names import names_in_prose, names_only
from ..text import cased
from .roles import NOT_MEETINGS, heading_cue

_STOP = re.compile(cased(r"\.\s+(?=[\p{Lu}\d])"))
MAX_HEAD_WORDS = 20  # as many as a heading line may have (outline.MAX_HEADING_WORDS)
MIN_BODY_WORDS = 4


def run_in_head(block: Block) -> tuple[int, int] | None:
    """``(end of the head, start of the body)`` when ``block`` opens with a bold head ended by a stop.

    >>> run_in_head(Block("Réunion reportée. La rencontre prévue n'a pu avoir lieu.", 1, emphasis=("Réunion reportée.",)))
    (16, 18)
    >>> run_in_head(Block("Les données restent lacunaires ; sans appui, rien.", 1, emphasis=("Les données restent",))) is None
    True
    """
    if block.kind not in (PARAGRAPH, ITEM) or not block.emphasis:
        return None
    text, bold = block.text, block.emphasis[0].strip()
    if not bold or not text.startswith(bold):
        return None
    end = len(bold)
    if not bold.endswith("."):
        if text[end:end + 1] != ".":
            return None
        end += 1
    head = text[:end - 1].rstrip()
    body = len(text) - len(text[end:].lstrip())
    words = head.split()
    if not words or len(words) > MAX_HEAD_WORDS or len(text[body:].split()) < MIN_BODY_WORDS:
        return None
    if not head[:1].isupper() or head[-1:] in ".:;,":
        return None
    return len(head), body


def names_head(block: Block, least: int = 2) -> tuple[int, int] | None:
    """``(end of the head, start of the body)`` when a list item opens with a sentence of nothing but the names of
    organisations (:func:`.prose_names.names_only`), its heading whatever its type: "2. Kenya Bankers Association
    (KBA), Equity Bank Kenya and KCB Group. On 5 October the team met ...".

    >>> names_head(Block("Kenya Bankers Association (KBA) and Equity Bank Kenya. On 5 October the team met them.", 1,
    ...                  kind=ITEM, level=1, number="2."))
    (53, 55)
    """
    if block.kind != ITEM or not block.number or block.emphasis or "." not in block.text:
        return None  # a numbered item: "2. Kenya Bankers Association ..." (a bullet's head is bold when it has one)
    stop = next((m for m in _STOP.finditer(block.text, 0, len(block.text) - 1)), None)  # the first stop before a
    # capital ("... Equity Bank Kenya and KCB Group.| On 5 October"): "Group." may end a sentence as "Sra." does not,
    # so no abbreviation test: the head must be names only
    if stop is None:
        return None
    head, start = block.text[:stop.start()].rstrip(), stop.end()
    if len(head.split()) > MAX_HEAD_WORDS or len(block.text[start:].split()) < MIN_BODY_WORDS \
            or not names_only(head, least):
        return None
    return len(head), start


def _names_item(block: Block) -> bool:
    """A list item of nothing but the names of organisations: "1. Kenya Private Sector Alliance (KEPSA) and ..."."""
    return block.kind == ITEM and bool(block.number) and len(block.text.split()) <= MAX_HEAD_WORDS \
        and names_only(block.text.rstrip("."))


def _tells_of_meeting(text: str) -> bool:
    """A meeting held, a person named with an honorific, or three organisations named surely."""
    return tells_of_meeting(text) or names_a_person(text) or len(names_in_prose(text)) >= 3


def split_run_in_heads(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run-in head given as a bold line of its own, when two or more of their paragraphs
    tell of a meeting (a meeting held, a person named with an honorific, three organisations named): then the
    heads are the record's outline. Elsewhere a bold head is a comment's or a message's own ("1. **Care is
    public infrastructure.** The World Bank Group should ..."), and under a heading the lexicon names as key
    messages or next steps it always is."""
    heads = {id(b): cut for b in blocks if (cut := run_in_head(b) or names_head(b)) is not None}
    told = {}  # what tells of each head's meeting: its own paragraph, or the one under it
    for b, after in zip(blocks, blocks[1:]):  # "1. KEPSA and FKE." over a paragraph of its own: a head as well
        if id(b) not in heads and b.kind == ITEM and after.kind == PARAGRAPH and _names_item(b):
            heads[id(b)] = (len(b.text.rstrip(".").rstrip()), len(b.text))
            told[id(b)] = after.text
    if len(heads) < 2:
        return blocks  # most records: no paragraph headed so
    found: dict[int, tuple[int, int]] = {}
    cue = None
    for b in blocks:
        if heading_kind(b) is not None:
            cue = heading_cue(b.text)
        elif cue not in NOT_MEETINGS and id(b) in heads:
            found[id(b)] = heads[id(b)]
    meetings = sum(_tells_of_meeting(told.get(id(b), b.text)) for b in blocks if id(b) in found)
    if len(found) < 2 or meetings < 2:
        return blocks
    levels = {b.level for b in blocks if id(b) in found and b.kind == ITEM}
    for b in blocks:  # beside such heads, "3. Safaricom PLC and KAWBO. Ms. ...": one sure name is enough
        if b.kind == ITEM and id(b) not in found and b.level in levels and (cut := names_head(b, least=1)):
            found[id(b)] = cut
    out: list[Block] = []
    for b in blocks:
        cut = found.get(id(b))
        if cut is None:
            out.append(b)
            continue
        end, start = cut
        head, body = b.text[:end], b.text[start:]
        at = b.char
        out.append(replace(b, text=head, kind=PARAGRAPH, level=None, number=None, emphasis=(head,), links=(),
                           char=at, char_end=None if at is None else at + end))
        if not body.strip():
            continue
        out.append(replace(b, text=body, kind=PARAGRAPH, level=None, number=None,
                           emphasis=tuple(e for e in b.emphasis[1:] if e in body),
                           links=tuple(x for x in b.links if x in body),
                           char=None if at is None else at + start))
    return out
