"""Character offsets for the blocks of a record a portal published on one physical line.

Such a record is split into logical lines (:func:`consultkg.read.portal.split_long_line`),
so every one of its blocks says "line 1". :func:`with_offsets` gives each block
split out of a long physical line the 0-based offsets, in Unicode code points of
the file's decoded text (RFC 5147 ``char=``), where its text starts and ends, so
that ``document[block.char:block.char_end] == block.text``::

    >>> from consultkg.model import Block
    >>> text = "NOTES Public Disclosure Authorized \\u2022 UNDP \\u2022 UN Women " + "." * 300
    >>> found = with_offsets([Block("NOTES", 1), Block("UNDP", 1), Block("UN Women", 1)], text)
    >>> [(b.text, b.char, b.char_end, text[b.char:b.char_end]) for b in found[:3]]
    [('NOTES', 0, 5, 'NOTES'), ('UNDP', 37, 41, 'UNDP'), ('UN Women', 44, 52, 'UN Women')]

It fails closed: a block gets offsets only when its text is in the line word
for word (markup, squeezed spaces or dropped footnote marks leave it without),
just after the block before it (nothing but spaces, bullets, numbers and
portal banners between), or else once only in the rest of the line. Every
other block, and every block of an ordinary multi-line record, keeps ``None``.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Callable

from ..lexicon import BANNERS
from ..model import TABLE, Block
from .portal import LONG_LINE

__all__ = ["with_offsets"]

_LETTER = re.compile(r"[^\W\d_]")
_SUB_BULLET = re.compile(r"(?<!\w)o(?!\w)")  # Word's "o" sub-bullet, a marker like any other


def _only_markers(gap: str) -> bool:
    """Whether the text between two blocks holds no words (bullets, numbers, banners only).

    >>> _only_markers(" \\u2022 1. o "), _only_markers(" Public Disclosure Authorized - "), _only_markers(" and ")
    (True, True, False)
    """
    return not _LETTER.search(_SUB_BULLET.sub("", BANNERS.sub(" ", gap)))


def _to_file(text: str, chars: str) -> Callable[[int], int] | None:
    """Map offsets in ``text`` (what the reader split: LF line ends, NFC) to offsets in
    ``chars`` (the file's characters); ``None`` where normalisation changed more than line ends.

    >>> _to_file("a\\nb", "a\\r\\nb")(2)
    3
    >>> _to_file("\\u00e9", "e\\u0301") is None
    True
    """
    if text == chars:
        return lambda offset: offset
    if chars.replace("\r\n", "\n").replace("\r", "\n") != text:
        return None  # Unicode normalisation changed characters: positions in the text are not the file's
    crlf, shift = [], 0  # offsets in ``text`` of the line ends written CR LF in the file
    for i, ch in enumerate(chars):
        if ch == "\r" and chars[i + 1 : i + 2] == "\n":
            crlf.append(i - shift)
            shift += 1
    return lambda offset: offset + bisect.bisect_left(crlf, offset)


def _locate(blocks: list[Block], line: str) -> list[tuple[int, int] | None]:
    """Each block's ``(start, end)`` in ``line`` (its physical line), or ``None`` (see the module)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for block in blocks:
        at = line.find(block.text, cursor) if block.text and block.kind != TABLE else -1
        if at >= 0 and not _only_markers(line[cursor:at]) and line.find(block.text, at + 1) >= 0:
            at = -1  # words of an unplaced block lie between, and this text occurs again: which one is unknown
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(block.text)))
        cursor = at + len(block.text)
    return spans


def with_offsets(blocks: list[Block], text: str, chars: str | Callable[[], str] | None = None,
                 long_lines: dict[int, tuple[int, str]] | None = None) -> list[Block]:
    """``blocks`` with ``char``/``char_end`` set for those split out of a long line of ``text``.

    ``text`` is the document as the reader split it into lines (``\\n`` line
    ends, NFC); ``chars`` the file's own characters (default ``text``), or a
    function that returns them, called only when some line is long. Offsets
    count in ``chars``; none are set where Unicode normalisation changed the
    text (they would not be the file's). ``long_lines``, when given, receives each long line's
    number -> (the file offset where it starts, its text): where words found in it once are
    (:func:`consultkg.extract.quote.add_quote_context` places evidence of a block left without offsets).
    """
    lines = text.split("\n")
    per_line = Counter(b.lineno for b in blocks if b.page is None)
    long = {n for n, count in per_line.items() if count > 1 and 0 < n <= len(lines) and len(lines[n - 1]) > LONG_LINE}
    if not long:
        return blocks
    to_file = _to_file(text, chars() if callable(chars) else text if chars is None else chars)
    if to_file is None:
        return blocks
    starts = [0]
    for physical in lines[:-1]:
        starts.append(starts[-1] + len(physical) + 1)
    placed: dict[int, tuple[int, int]] = {}
    for n in sorted(long):
        if long_lines is not None:
            long_lines[n] = (to_file(starts[n - 1]), lines[n - 1])
        members = [i for i, b in enumerate(blocks) if b.lineno == n and b.page is None]
        for i, span in zip(members, _locate([blocks[i] for i in members], lines[n - 1])):
            if span is not None:
                placed[i] = (to_file(starts[n - 1] + span[0]), to_file(starts[n - 1] + span[1]))
    return [dataclasses.replace(b, char=placed[i][0], char_end=placed[i][1]) if i in placed else b
            for i, b in enumerate(blocks)]
