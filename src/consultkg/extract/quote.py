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

import dataclasses
from collections.abc import Iterator

from ..model import TABLE, Evidence, Record, SourceText

__all__ = ["MIN_CONTEXT", "add_quote_context", "document_text", "quote_context"]

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


def _occurrences(text: str, exact: str) -> list[int]:
    found, i = [], text.find(exact)
    while i >= 0:
        found.append(i)
        i = text.find(exact, i + 1)
    return found


def _context(text: str, exact: str, at: int, starts: list[int]) -> tuple[str, str]:
    width = MIN_CONTEXT
    while True:
        prefix = text[max(0, at - width) : at]
        suffix = text[at + len(exact) : at + len(exact) + width]
        rivals = [s for s in starts if s != at
                  and text[max(0, s - len(prefix)) : s] == prefix
                  and text[s + len(exact) : s + len(exact) + len(suffix)] == suffix]
        if not rivals or width >= len(text):
            return prefix, suffix
        width *= 2


def quote_context(source: SourceText, ev: Evidence,
                  _cache: dict | None = None) -> tuple[str | None, str | None]:
    """``(prefix, suffix)`` for ``ev`` in ``source``; ``(None, None)`` when its words occur once
    (or not at all, or not on its line)."""
    text, spans = (_cache or {}).get("text") or document_text(source)
    if _cache is not None:
        _cache["text"] = (text, spans)
    if not ev.exact:
        return None, None
    starts = _occurrences(text, ev.exact)
    if len(starts) < 2:
        return None, None
    on_line = [s for s in starts for (b0, b1, line, page), block in zip(spans, source.blocks)
               if b0 <= s and s + len(ev.exact) <= b1 and line == ev.line
               and (ev.page is None or page is None or page == ev.page)
               and (ev.char is None or (block.char is not None and block.char + s - b0 == ev.char))]
    if not on_line:
        return None, None
    return _context(text, ev.exact, on_line[0], starts)


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


def _with_context(source: SourceText, ev, cache: dict):
    prefix, suffix = quote_context(source, ev, cache)
    return dataclasses.replace(ev, prefix=prefix, suffix=suffix) if prefix is not None else ev
