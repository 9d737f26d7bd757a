"""Tell repeated quotes apart: the ``prefix``/``suffix`` of a Web Annotation text quote.

An ``oa:TextQuoteSelector`` names words by their ``oa:exact`` text; where the
same words occur more than once in the document, ``oa:prefix`` and ``oa:suffix``
(the text just before and after) say which occurrence is meant. This module
computes them from the text a reader produced (:class:`~consultkg.model.SourceText`
blocks, markup removed, one block per line joined with newlines), for every
:class:`~consultkg.model.Evidence` of a record::

    >>> from consultkg.model import Block, Evidence, SourceText
    >>> src = SourceText("a.md", "a.md", "0" * 64, "markdown",
    ...                  [Block("UNDP and UN Women met.", 3), Block("Later UNDP spoke.", 5)])
    >>> quote_context(src, Evidence(line=5, exact="UNDP"))
    ('omen met.\\nLater ', ' spoke.')
    >>> quote_context(src, Evidence(line=3, exact="UN Women"))   # once only: no context needed
    (None, None)

The context is as short as keeps the occurrence unique, growing from
:data:`MIN_CONTEXT` characters on each side up to the ends of the text. An
occurrence is looked for on the evidence's line (and page) first, and where
the evidence has character offsets (a record published on one line, whose
every block is on line 1) at those characters; when the words are not found
there, nothing is set (the quote stays ambiguous, never wrongly pinned)::

    >>> one_line = SourceText("b.txt", "b.txt", "0" * 64, "text",
    ...                       [Block("UNDP spoke.", 1, char=0, char_end=11), Block("Then UNDP left.", 1, char=14, char_end=29)])
    >>> quote_context(one_line, Evidence(line=1, exact="UNDP", char=19, char_end=23))
    ('NDP spoke.\\nThen ', ' left.')
"""
from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Iterator

from ..model import TABLE, Evidence, Record, SourceText

__all__ = ["MAX_CONTEXT", "MIN_CONTEXT", "add_quote_context", "document_text", "quote_context"]

#: Characters of context taken on each side at first.
MIN_CONTEXT = 16


def _block_text(block) -> str:
    if block.kind == TABLE and block.rows:
        return "\n".join(" | ".join(row) for row in block.rows)
    return block.text


def document_text(source: SourceText) -> tuple[str, list[tuple[int, int, int, int | None]]]:
    """The source's text (blocks joined by newlines) and each block's ``(start, end, line, page)``."""
    parts, spans, offset = [], [], 0
    for block in source.blocks:
        text = _block_text(block)
        parts.append(text)
        spans.append((offset, offset + len(text), block.lineno, block.page))
        offset += len(text) + 1
    return "\n".join(parts), spans


#: Characters of context taken on each side at most: words that repeat with the same context further
#: than this (a line repeated throughout a file) are left without one, ambiguous rather than a quote
#: that grows with the file.
MAX_CONTEXT = 256


class _Index:
    """The source's text, its blocks by line, and each quoted string's occurrences and contexts,
    each computed once: the time for a record is linear in its text and evidence."""

    def __init__(self, source: SourceText):
        self.text, self.spans = document_text(source)
        self.blocks = source.blocks
        self.by_line: dict[int, list[int]] = {}
        for i, (_, _, line, _) in enumerate(self.spans):
            self.by_line.setdefault(line, []).append(i)
        self.starts: dict[str, list[int]] = {}
        self.counts: dict[tuple[str, int], Counter] = {}

    def occurrences(self, exact: str) -> list[int]:
        found = self.starts.get(exact)
        if found is None:
            found, i = [], self.text.find(exact)
            while i >= 0:
                found.append(i)
                i = self.text.find(exact, i + 1)
            self.starts[exact] = found
        return found

    def on_line(self, ev: Evidence, starts: list[int]) -> int | None:
        """The first occurrence inside a block of the evidence's line (and page, and characters)."""
        n = len(ev.exact)
        for i in self.by_line.get(ev.line, ()):
            b0, b1, _, page = self.spans[i]
            if ev.page is not None and page is not None and page != ev.page:
                continue
            block = self.blocks[i]
            if ev.char is not None:
                if block.char is None:
                    continue
                at = b0 + ev.char - block.char
                if b0 <= at and at + n <= b1 and self.text.startswith(ev.exact, at):
                    return at
                continue
            j = bisect.bisect_left(starts, b0)
            if j < len(starts) and starts[j] + n <= b1:
                return starts[j]
        return None

    def _key(self, exact: str, at: int, width: int) -> tuple[str, str]:
        text = self.text
        return text[max(0, at - width): at], text[at + len(exact): at + len(exact) + width]

    def context(self, exact: str, at: int, starts: list[int]) -> tuple[str, str] | None:
        """The shortest context (doubling from :data:`MIN_CONTEXT`) that no other occurrence shares;
        ``None`` when none up to :data:`MAX_CONTEXT` does (or the ends of the text)."""
        width = MIN_CONTEXT
        while True:
            counts = self.counts.get((exact, width))
            if counts is None:  # hashes of every occurrence's context at this width, once
                counts = self.counts[(exact, width)] = Counter(hash(self._key(exact, s, width)) for s in starts)
            key = self._key(exact, at, width)
            if counts[hash(key)] == 1:  # a hash collision only makes it look shared: never a wrong pin
                return key
            if width >= len(self.text):
                return key
            if width >= MAX_CONTEXT:
                return None
            width *= 2


def quote_context(source: SourceText, ev: Evidence,
                  _cache: dict | None = None) -> tuple[str | None, str | None]:
    """``(prefix, suffix)`` for ``ev`` in ``source``; ``(None, None)`` when its words occur once
    (or not at all, or not on its line, or repeat with the same context further than
    :data:`MAX_CONTEXT` characters on each side)."""
    index = (_cache or {}).get("index") or _Index(source)
    if _cache is not None:
        _cache["index"] = index
    if not ev.exact:
        return None, None
    starts = index.occurrences(ev.exact)
    if len(starts) < 2:
        return None, None
    at = index.on_line(ev, starts)
    if at is None:
        return None, None
    found = index.context(ev.exact, at, starts)
    return found if found is not None else (None, None)


def _holders(record: Record) -> Iterator[object]:
    """Every object of ``record`` with an ``evidence`` attribute."""
    yield record.consultation
    for meeting in record.meetings:
        yield meeting
        yield from meeting.mentions
    yield from record.organisations
    yield from record.people
    yield from record.key_messages
    yield from record.initiatives


def add_quote_context(record: Record, source: SourceText) -> Record:
    """Set ``prefix``/``suffix`` on every evidence of ``record`` whose words repeat in ``source``.

    Evidence that already has a prefix or suffix is left as it is. Returns ``record``.
    """
    cache: dict = {}
    if source.long_lines:  # a one-line record: words of a block left without offsets, placed where they occur once
        for holder in _holders(record):
            if getattr(holder, "evidence", None) is not None:
                holder.evidence = placed(source, holder.evidence)
        for m in record.meetings:
            if m.stance_evidence is not None:
                m.stance_evidence = placed(source, m.stance_evidence)
            m.follow_up_evidence = [placed(source, ev) for ev in m.follow_up_evidence]
    for holder in _holders(record):
        ev = getattr(holder, "evidence", None)
        if ev is None or ev.prefix is not None or ev.suffix is not None:
            continue
        prefix, suffix = quote_context(source, ev, cache)
        if prefix is not None:
            holder.evidence = dataclasses.replace(ev, prefix=prefix, suffix=suffix)
    for m in record.meetings:  # what was said: the stance sentence and each follow-up
        if m.stance_evidence is not None:
            m.stance_evidence = _with_context(source, m.stance_evidence, cache)
        m.follow_up_evidence = [_with_context(source, ev, cache) for ev in m.follow_up_evidence]
    return record


def placed(source: SourceText, ev: Evidence) -> Evidence:
    """``ev`` with the character offsets of its words when it has none, they lie on a long line of a
    one-line record (:attr:`SourceText.long_lines`) and occur there once; else ``ev`` as it is.

        >>> src = SourceText("c.txt", "c.txt", "0" * 64, "text", [], long_lines={1: (5, "A. The bankers agreed; bankers left.")})
        >>> placed(src, Evidence(line=1, exact="The bankers agreed")).char
        8
        >>> placed(src, Evidence(line=1, exact="bankers")).char is None  # twice on the line: which one is unknown
        True
    """
    if ev.char is not None or not ev.exact or ev.line not in source.long_lines:
        return ev
    start, line = source.long_lines[ev.line]
    at = line.find(ev.exact)
    if at < 0 or line.find(ev.exact, at + 1) >= 0:
        return ev
    return dataclasses.replace(ev, char=start + at, char_end=start + at + len(ev.exact))


def _with_context(source: SourceText, ev, cache: dict):
    prefix, suffix = quote_context(source, ev, cache)
    return dataclasses.replace(ev, prefix=prefix, suffix=suffix) if prefix is not None else ev
