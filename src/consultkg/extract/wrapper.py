"""Letters and e-mails: what wraps a written input, told apart from what it carries.

An e-mail's header lines ("From:", "Asunto:", "Envoyé :") and the cover note of whoever
forwarded it are the wrapper; the forwarded or quoted message is the content. A letter is
told by its salutation and its closing. The words are the lexicon's (``letters`` tables)::

    >>> from consultkg.model import Block
    >>> mail = [Block("From: Ana Staff", 1), Block("To: Team", 2), Block("Subject: FW: Comments", 3),
    ...         Block("Please see below.", 4), Block("-----Original Message-----", 5),
    ...         Block("From: Red de Mujeres", 6), Block("Subject: Comments on the strategy", 7),
    ...         Block("Dear colleagues,", 8), Block("We welcome the draft.", 9)]
    >>> is_written(mail)
    True
    >>> w = unwrap(mail)
    >>> w.subject, [b.text for b in w.content]
    ('Comments on the strategy', ['Dear colleagues,', 'We welcome the draft.'])
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ..lexicon import CLOSING, EMAIL_HEADER, FORWARDED, SALUTATION, SENDER, SUBJECT_HEADER, SUBJECT_MARKS, WORLD_BANK
from ..model import TABLE, Block

_SHORT = 8  # a salutation or closing stands on a short line of its own


def _short(block: Block) -> bool:
    return block.kind != TABLE and len(block.text.split()) <= _SHORT


def is_header(block: Block) -> bool:
    return block.kind != TABLE and bool(EMAIL_HEADER.match(block.text))


def addressing(lines: list[Block]) -> set[int]:
    """``id`` of each header line of an e-mail's or a memo's head about the message itself ("To: ... (Washington)",
    "From:", "Date:", "Cc:"), not its subject: where the message went and when, not where and when the
    consultation was. A head is a run of three kinds of header or more; a lone "Date:" is a readout's field."""
    out: set[int] = set()
    run: list[Block] = []
    for b in [*lines, None]:
        if b is not None and is_header(b):
            run.append(b)
            continue
        if len({x.text.partition(":")[0].strip().casefold() for x in run}) >= 3:
            out |= {id(x) for x in run if not _is_subject(x.text.partition(":")[0])}
        run = []
    return out


def is_memo(lines: list[Block]) -> bool:
    """A memo for the record: three kinds of header at its head ("TO:", "FROM:", "DATE:", "RE:") and neither a
    salutation nor a closing: a file note, the office's own record, not a message written to it."""
    labels = [b.text.partition(":")[0].strip().casefold() if is_header(b) else None for b in lines[:20]]
    if len({x for x in labels if x}) < 3:
        return False
    return not any(_short(b) and SALUTATION.match(b.text) for b in lines[:25]) and \
        not any(b.kind != TABLE and CLOSING.search(b.text) for b in lines[-25:])


def is_written(lines: list[Block]) -> bool:
    """A letter or an e-mail: three kinds of e-mail header together (a readout's "Date:" and "Subject:"
    are not enough), or a salutation and a closing on short lines of their own."""
    labels = [b.text.partition(":")[0].strip().casefold() if is_header(b) else None for b in lines[:46]]
    headers = max((len({x for x in labels[i:i + 6] if x}) for i in range(min(len(labels), 40))), default=0)
    salutation = any(_short(b) and SALUTATION.match(b.text) for b in lines[:25])
    closing = any(b.kind != TABLE and CLOSING.search(b.text) for b in lines[-25:])  # signatures, "cc:" may follow
    senders = [m.group(1) for b in lines[:46] if is_header(b) for m in [SENDER.search(b.text)] if m]
    if senders and all(WORLD_BANK.search(s) for s in senders) and not (salutation and closing):
        return False  # a memo from the Bank's own office ("De: Escritório do Banco Mundial em Díli") reports; it is no input
    return headers >= 3 or (salutation and closing)


@dataclass
class Unwrapped:
    content: list[Block]
    subject: str | None = None
    subject_line: Block | None = None
    headers: list[Block] = field(default_factory=list)  # the innermost message's header lines


def _message_starts(lines: list[Block]) -> list[int]:
    """Where each message of a thread starts: the top, after each forwarded-message marker, and at each
    quoted message's own head (three kinds of header together, one naming its sender) after text."""
    starts = [0]
    for i, b in enumerate(lines):
        if b.kind != TABLE and FORWARDED.search(b.text) and len(b.text.split()) <= _SHORT + 4:
            starts.append(i + 1)
        elif i and is_header(b) and not is_header(lines[i - 1]) and starts[-1] < i - 1:
            run = list(itertools.takewhile(is_header, lines[i:i + 8]))
            if len({x.text.partition(":")[0].strip().casefold() for x in run}) >= 3 \
                    and any(SENDER.search(x.text) for x in run):
                starts.append(i)
    return sorted(set(starts))


def _carrier(lines: list[Block]) -> tuple[int, int]:
    """The span of the message that carries the input: of a thread's messages not sent by the Bank, the
    innermost, unless an outer one says twice as much (a cover note "please see below" says little; an
    input replied on top of the Bank's invitation says most)."""
    starts = _message_starts(lines)
    spans = list(zip(starts, starts[1:] + [len(lines)]))

    def said(span: tuple[int, int]) -> int:
        return sum(len(b.text) for b in lines[span[0]:span[1]] if not is_header(b) and not FORWARDED.search(b.text))

    def from_bank(span: tuple[int, int]) -> bool:
        senders = [m.group(1) for b in lines[span[0]:span[1]] if is_header(b) for m in [SENDER.search(b.text)] if m]
        return bool(senders) and all(WORLD_BANK.search(x) for x in senders)

    theirs = [span for span in spans if not from_bank(span)] or spans
    best = theirs[-1]  # the innermost, unless an outer message says twice as much
    for span in reversed(theirs[:-1]):
        if said(span) > 2 * said(best):
            best = span
    return best


def unwrap(lines: list[Block]) -> Unwrapped:
    """The content of a record without its e-mail wrapper: the message that carries the input (see
    :func:`_carrier`; the innermost of a forward), header lines dropped; its subject kept."""
    start, end = _carrier(lines)
    subject = subject_line = None
    content: list[Block] = []
    headers: list[Block] = []
    in_headers = True
    for b in lines[start:end]:
        if in_headers and is_header(b):
            headers.append(b)
            label, _, value = b.text.partition(":")
            if value.strip() and len(label.split()) <= 2 and _is_subject(label):
                subject, subject_line = _unmarked(value), b
            continue
        in_headers = in_headers and not b.text.strip()
        if is_header(b) and not content:
            continue
        content.append(b)
    if not subject:
        for b in lines:  # a letter's "Subject:" / "Asunto:" line
            label, _, value = b.text.partition(":")
            if is_header(b) and _is_subject(label) and value.strip():
                subject, subject_line = _unmarked(value), b
                break
    return Unwrapped(content or list(lines), subject, subject_line, headers)


def _unmarked(subject: str) -> str:
    """A subject without the marks forwarding and answering put before it ("FW: RE: Comments" -> "Comments")."""
    subject = subject.strip()
    marks = SUBJECT_MARKS.match(subject)
    return subject[marks.end():] if marks and marks.end() < len(subject) else subject


def _is_subject(label: str) -> bool:
    return bool(SUBJECT_HEADER.fullmatch(label.strip()))
