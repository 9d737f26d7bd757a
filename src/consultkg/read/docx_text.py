"""The text of one DOCX paragraph as Word shows it, with its emphasis, links and page.

:class:`Pieces` walks a ``w:p`` (runs inside hyperlinks, fields, smart tags,
content controls, tracked insertions, alternate content) and yields pieces of
text; :func:`split_pieces` turns them into :class:`Line` objects::

    >>> lines = split_pieces([Piece("Key ", True, True, None, 1), Piece("point", False, False, None, 1)])
    >>> lines[0].text, lines[0].emphasis
    ('Key point', ('Key',))
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from ..text import INVISIBLE
from .docx_parts import W, flag

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_INLINE_CONTAINERS = {W + t for t in ("smartTag", "customXml", "ins", "moveTo", "dir", "bdo")}
_DROPPED = {W + t for t in ("del", "moveFrom", "pPr", "rPr")} | {_MATH + "oMath", _MATH + "oMathPara"}
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NOTE_MARK = re.compile(r"[\d*\u2020\u2021\u00a7,\s]+")  # a superscript footnote number typed by hand
BREAK = None  # a manual line break among the pieces
_RPR, _RSTYLE, _VERT, _VAL = W + "rPr", W + "rStyle", W + "vertAlign", W + "val"


class Piece(NamedTuple):
    text: str
    emphasis: bool  # bold or italic, from any source
    own_emphasis: bool  # bold or italic from the run or its character style (not the paragraph style)
    link: object  # a key shared by the pieces of one hyperlink, else None
    page: int


@dataclass(frozen=True)
class Line:
    text: str
    page: int | None
    emphasis: tuple[str, ...] = ()
    links: tuple[str, ...] = ()


def clean(text: str) -> str:
    """NFC, invisible characters (soft hyphens, zero-width spaces) dropped, spaces squeezed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(INVISIBLE)).strip()


class _Field:
    __slots__ = ("instr", "result", "link", "shown")

    def __init__(self):
        self.instr, self.result, self.link, self.shown = "", False, None, True


class Pieces:
    """Reads paragraphs for a reader that keeps ``page``, ``pending`` and ``seen_text``.

    Complex fields (``w:fldChar`` begin / separate / end) may span paragraphs, so
    their state lives here between calls: the instruction is dropped, the result
    kept, except a table of contents' or an index's (the paragraphs stay, empty).
    """

    def __init__(self, reader):
        self.reader = reader
        self.package = reader.package
        self.fields: list[_Field] = []

    def read(self, p, style) -> tuple[list, list]:
        """(pieces, text boxes) of paragraph ``p`` whose paragraph style is ``style``;
        ``self.notes`` then holds its footnote and endnote references."""
        self.out: list = []
        self.boxes: list = []
        self.notes: list = []  # [kind, id, custom mark, page] of each note reference
        self.style = style
        self._inline(p, None, 0)
        while self.fields and not self.fields[-1].result:
            self.fields.pop()  # an instruction does not run on past its paragraph: a field left open
        return self.out, self.boxes

    def _inline(self, element, link, depth: int) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == W + "r":
                self._run(child, link)
            elif tag in _DROPPED or depth > 32:
                continue
            elif tag == W + "hyperlink":
                self._inline(child, ("link", id(child)), depth + 1)
            elif tag == W + "fldSimple":
                hyper = (child.get(W + "instr") or "").split()[:1] == ["HYPERLINK"]
                self._inline(child, ("link", id(child)) if hyper else link, depth + 1)
            elif tag in _INLINE_CONTAINERS:
                self._inline(child, link, depth + 1)
            elif tag == W + "sdt":
                placeholder = child.find(W + "sdtPr/" + W + "showingPlcHdr")
                content = child.find(W + "sdtContent")
                if content is not None and not (placeholder is not None and flag(placeholder)):
                    self._inline(content, link, depth + 1)
            elif tag == _MC + "AlternateContent":
                chosen = branch(child)
                if chosen is not None:
                    self._inline(chosen, link, depth + 1)
            elif tag == W + "ruby":
                base = child.find(W + "rubyBase")
                if base is not None:
                    self._inline(base, link, depth + 1)

    def _run(self, r, link) -> None:
        rpr = next(r.iterchildren(_RPR), None)
        props = {c.tag: c for c in rpr} if rpr is not None else {}
        char = self.package.character_style(props[_RSTYLE].get(_VAL) if _RSTYLE in props else None)
        hidden = _prop(props.get(W + "vanish"), char.hidden, self.style.hidden)
        bold, bold_own = _weight(props.get(W + "b"), char.bold, self.style.bold)
        italic, italic_own = _weight(props.get(W + "i"), char.italic, self.style.italic)
        emphasis, own = bold or italic, bold_own or italic_own
        vert = props[_VERT].get(_VAL) if _VERT in props else char.vert_align
        if vert == "superscript" and _NOTE_MARK.fullmatch("".join(
                t.text or "" for t in r.iterfind(W + "t")) or "x"):
            hidden = True  # "Ministry of Health¹": the marker of a footnote typed by hand
        custom_mark = False
        for child in r.iterchildren():
            tag = child.tag
            if tag == W + "fldChar":
                self._field(child.get(W + "fldCharType"))
            elif tag == W + "instrText":
                if self.fields:
                    self.fields[-1].instr += child.text or ""
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                custom_mark = (child.get(W + "customMarkFollows") or "0").lower() in ("1", "true", "on")
                kind = "footnote" if tag == W + "footnoteReference" else "endnote"
                self.notes.append([kind, child.get(W + "id"), None, self.reader.page])
            elif tag == W + "lastRenderedPageBreak":
                reader = self.reader
                reader.page, reader.pending = reader.page + (0 if reader.pending else 1), False
            elif tag == W + "br" and child.get(W + "type") == "page":
                self.reader.page, self.reader.pending = self.reader.page + 1, True
            elif hidden or any(not (f.result and f.shown) for f in self.fields):
                continue  # hidden text, a field's instruction, or a table of contents
            elif tag == W + "t":
                if custom_mark:
                    custom_mark = False  # the custom footnote mark itself: the note's number
                    self.notes[-1][2] = (child.text or "").strip() or None
                    continue
                self._emit(child.text or "", emphasis, own, link)
            elif tag in (W + "tab", W + "ptab"):
                self._emit(" ", emphasis, own, link)
            elif tag == W + "br" and child.get(W + "type") == "column":
                self._emit(" ", emphasis, own, link)
            elif tag in (W + "br", W + "cr"):
                self.out.append(BREAK)
            elif tag == W + "noBreakHyphen":
                self._emit("-", emphasis, own, link)
            elif tag in (W + "drawing", W + "pict", _MC + "AlternateContent"):
                chosen = branch(child) if tag == _MC + "AlternateContent" else child
                if chosen is not None:
                    self.boxes += _outer_boxes(chosen)

    def _emit(self, text: str, emphasis: bool, own: bool, link) -> None:
        if not text:
            return
        if link is None:
            link = next((f.link for f in reversed(self.fields) if f.link is not None), None)
        if text.strip():
            self.reader.seen_text, self.reader.pending = True, False
        self.out.append(Piece(text, emphasis, own, link, self.reader.page))

    def _field(self, kind) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            field = self.fields[-1]
            field.result = True
            command = field.instr.split()[:1]
            if command == ["HYPERLINK"]:
                field.link = ("field", id(field))
            field.shown = command not in (["TOC"], ["INDEX"], ["TOA"])  # lists of the document's own headings
        elif kind == "end" and self.fields:
            self.fields.pop()


def _outer_boxes(element) -> list:
    """The text boxes (``w:txbxContent``) in a drawing, not those inside another of its boxes
    (a box's own paragraphs bring those when they are read)."""
    out = []
    for box in element.iter(W + "txbxContent"):
        node = box.getparent()
        while node is not None and node is not element and node.tag != W + "txbxContent":
            node = node.getparent()
        if node is element:
            out.append(box)
    return out


def branch(alternate):
    """The one branch of ``mc:AlternateContent`` to read: the Fallback, else the first Choice."""
    branch = alternate.find(_MC + "Fallback")
    return branch if branch is not None else alternate.find(_MC + "Choice")


def _prop(node, *inherited) -> bool:
    """An on/off run property: the run's own ``node`` if set, else the first inherited value set."""
    if node is not None:
        return flag(node)
    return next((v for v in inherited if v is not None), False)


def _weight(node, char, para) -> tuple[bool, bool]:
    """(on, on by the run or its character style) for ``w:b`` or ``w:i``: the run's ``node``,
    else its character style's value ``char``, else the paragraph style's ``para``."""
    if node is not None:
        return flag(node), flag(node)
    if char is not None:
        return char, char
    return bool(para), False


def split_pieces(pieces: list, style_emphasis: bool = True, join: bool = False) -> list[Line]:
    """Pieces to lines: one per manual line break (``join``: a single line, breaks as spaces).

    ``style_emphasis`` False leaves out emphasis that comes only from the paragraph style.
    """
    segments: list[list[Piece]] = [[]]
    for piece in pieces:
        if piece is BREAK:
            if join:
                prev = next((p for p in reversed(segments[-1])), None)
                segments[-1].append(Piece(" ", *(prev[1:] if prev else (False, False, None, 0))))
            else:
                segments.append([])
        else:
            segments[-1].append(piece)
    return [_line(seg, style_emphasis) for seg in segments]


def _line(pieces: list[Piece], style_emphasis: bool) -> Line:
    text = clean("".join(p.text for p in pieces))
    page = next((p.page for p in pieces if p.text.strip()), None)
    return Line(text, page, _spans(pieces, lambda p: p.emphasis if style_emphasis else p.own_emphasis),
                _spans(pieces, lambda p: p.link))


def _spans(pieces: list[Piece], key) -> tuple[str, ...]:
    """Texts of the runs of adjacent pieces that share a true ``key`` (whitespace joins its left)."""
    out, current, buffer = [], None, []
    for piece in pieces:
        k = key(piece)
        if not piece.text.strip() and buffer:
            k = current  # whitespace takes the weight of what precedes it
        if k != current:
            if current and (text := clean("".join(buffer))):
                out.append(text)
            current, buffer = k, []
        buffer.append(piece.text)
    if current and (text := clean("".join(buffer))):
        out.append(text)
    return tuple(out)
