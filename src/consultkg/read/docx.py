"""DOCX to blocks, straight from the document's structure (no Markdown round trip).

    >>> blocks = docx_blocks(open("record.docx", "rb").read(), "record.docx")   # doctest: +SKIP
    >>> [(b.kind, b.level, b.number, b.text) for b in blocks[:2]]                # doctest: +SKIP
    [('heading', 1, None, 'Inputs for the Gender Strategy'), ('item', 1, '1.', 'Farmers union')]

The rules, in the order a paragraph meets them:

* **lineno** is the 1-based index of the paragraph (``w:p``) in document order,
  counting every paragraph of the body, of table cells and of content controls,
  empty ones included, so evidence can cite "paragraph N". Text-box paragraphs
  take their anchor paragraph's number; the lines of a paragraph split at manual
  line breaks share it; a table takes the number of its first paragraph and
  ``row_lines`` holds each row's.
* **headings**: the Title style and Heading 1-6 styles (by name or style id,
  through ``basedOn``, localised: "Titre 1", "Título 1", "Überschrift 1") and any
  paragraph with an outline level 0-5 are ``heading`` blocks. Title is level 1,
  like Heading 1 (the extractor takes the first heading as the title block).
* **list items**: a paragraph with numbering (``w:numPr`` on it or on its style)
  is an ``item`` of level ``ilvl + 1`` (at least N for "List Bullet N"), its
  ``number`` the label Word computes (``"1."``, ``"(b)"``), ``None`` for bullets.
  A list style without numbering counts by its name; a plain paragraph that
  starts with a typed "•", "-", "1." or "a)" is an item too.
* **emphasis**: bold or italic runs (direct, character style or paragraph style;
  a heading's own style weight is not emphasis), adjacent runs merged.
  **links**: ``w:hyperlink`` and HYPERLINK fields.
* **text as Word shows it**: deleted, hidden and placeholder text, field
  instructions, footnote and comment marks and superscript footnote numbers are
  dropped, and so are tables of contents (their paragraphs still count); page
  headers and footers are other parts and are not read; ``mc:AlternateContent`` is read once; tabs are spaces. A manual line
  break splits a plain paragraph into lines (a line that starts in lower case
  carries on the one before); in headings, items and cells it is a space. A
  plain paragraph of more than 300 characters that holds a whole flattened
  record (portal text pasted into Word) is split as the text reader splits it
  (:func:`consultkg.read.segment.segment`).
* **tables**: one ``table`` block (``text`` empty) with ``rows`` of cell texts,
  a cell's paragraphs one per line and nested tables flattened into it; a
  cell spanning N grid columns is followed by N-1 empty cells, a vertically
  merged cell repeats the text of the cell it continues. A table with at most
  one non-empty cell per row is layout: its paragraphs become ordinary blocks; so is
  a table of one row whose cells are blocks of three lines or more (signatures side by side).
  ``header`` is true for a table of two rows or more whose first row is marked
  as the repeating header row (``w:tblHeader``), whose first row the table
  style makes bold, whose first-row cells are all bold while some later row is
  not, or (fallback) whose first-row cells all look like labels (at most four
  words and 40 characters, no digits or ``.,;``) while some later cell does not.
  ``header`` is a hint: the extractor still reads the header words.
* **notes**: footnote and endnote texts stay out of the blocks; :func:`read_docx`
  returns them apart (``SourceText.footnotes``).
* **packages**: the main document, styles, numbering and notes parts are found
  through the package relationships; Strict OOXML is read like the usual kind.
* **pages**: explicit page breaks, ``pageBreakBefore`` (on the paragraph or its
  style), section breaks that start a new page and ``w:lastRenderedPageBreak``
  (once after an explicit break); a block's page is where its text starts.
"""
from __future__ import annotations

import re
import unicodedata

from ..text import cased
from ..errors import InputError, brief as _brief
from ..limits import DEFAULT_LIMITS, Limits
from ..model import HEADING, ITEM, PARAGRAPH, TABLE, Block
from .docx_numbering import Numbering, format_number
from .docx_parts import W, Package, flag, integer, val
from .docx_text import Line, Pieces, branch, split_pieces
from .segment import segment

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BLOCK_CONTAINERS = {W + t for t in ("customXml", "ins", "moveTo", "smartTag")}
_TYPED = re.compile(cased(r"([-*\u2013\u2022\u25cf\u25aa\u25e6\u25a0\u2023\uf0b7\uf0a7])\s+(?=\S)"
                    r"|([\u2022\u25cf\u25aa\u25e6\u25a0\uf0b7\uf0a7])(?=\S)"
                    r"|(\d{1,2}[.)]|\(\d{1,2}\)|[\p{Ll}]\)|\([\p{Ll}]\))\s+(?=\S)"))
_SUB_GLYPHS = "\u25aa\u25e6\uf0a7"
_ENDS = re.compile(r"[.!?:;\u2026][\"'\u201d\u2019)\]]*$")
_LABEL_BAD = re.compile(r"[\d.,;]")
_FLATTENED = 300  # a plain paragraph this long may be a record flattened onto one line


def docx_blocks(raw: bytes, where: str = "<bytes>") -> list[Block]:
    """The blocks of a DOCX in body order (see the module docstring for the rules).

    Raises :class:`InputError` ("not a readable DOCX (...)") for a damaged,
    encrypted or non-zip file.
    """
    return read_docx(raw, where)[0]


def read_docx(raw: bytes, where: str = "<bytes>", limits: Limits = DEFAULT_LIMITS) -> tuple[list[Block], list[Block]]:
    """``(blocks, notes)``: the body's blocks and its footnotes and endnotes, kept apart.

    A note is a paragraph block in the order of its reference, ``number`` its mark
    ("1", "2", ... for footnotes, "i", "ii", ... for endnotes, or the custom mark),
    ``lineno`` and ``page`` those of the paragraph that refers to it.
    """
    try:
        reader = _Reader(Package(raw, where, limits))
        blocks = reader.content(reader.package.body)
        return blocks, reader.notes()
    except InputError:  # over a budget of ``limits``
        raise
    except Exception as exc:  # zipfile, lxml and KeyError alike
        raise InputError(where, f"not a readable DOCX ({_brief(exc)})") from None


class _Reader:
    """Walks a document body in order; paragraphs and tables to blocks."""

    def __init__(self, package: Package):
        self.package = package
        self.numbering = Numbering(package.numbering_xml(), package)
        self.lineno = 0
        self.page = 1
        self.pending = False  # a page break not yet followed by text
        self.seen_text = False
        self.fixed: int | None = None  # the line number of a text box's anchor while it is read
        sections = [val(s, "w:type") or "nextPage" for s in package.body.iter(W + "sectPr")
                    if s.getparent().tag == W + "body" or s.getparent().getparent().tag == W + "p"]
        self.section_types = iter(sections[1:])  # the type of the section after each section break
        self.pieces = Pieces(self)
        self.note_refs: list[tuple[str, str, str | None, int, int]] = []  # kind, id, mark, lineno, page

    # ------------------------------------------------------------ containers
    def content(self, element, depth: int = 0) -> list[Block]:
        out = _Flow()
        for child in element.iterchildren():
            tag = child.tag
            if tag == W + "p":
                for block in self.paragraph(child):
                    out.append(block)
            elif tag == W + "tbl":
                out += self.table(child, depth)
            elif depth >= 32:
                continue
            elif tag in _BLOCK_CONTAINERS:
                out += self.content(child, depth + 1)
            elif tag == W + "sdt" and (val(child, "w:sdtPr/w:docPartObj/w:docPartGallery") or "").startswith(
                    "Table of Contents"):
                if self.fixed is None:  # a table of contents: its paragraphs count, their text is skipped
                    self.lineno += sum(1 for _ in child.iter(W + "p"))
            elif tag in (W + "sdt", _MC + "AlternateContent"):
                inner = child.find(W + "sdtContent") if tag == W + "sdt" else branch(child)
                if inner is not None:
                    out += self.content(inner, depth + 1)
        return out.blocks()

    # ------------------------------------------------------------ paragraphs
    def paragraph(self, p) -> list[Block]:
        if self.fixed is None:
            self.lineno += 1
        lineno = self.fixed or self.lineno
        ppr = p.find(W + "pPr")
        style = self.package.paragraph_style(val(ppr, "w:pStyle"))
        brk = ppr.find(W + "pageBreakBefore") if ppr is not None else None
        if (flag(brk) if brk is not None else style.page_break_before) and self.seen_text:
            self.page, self.pending = self.page + 1, True
        pieces, boxes = self.pieces.read(p, style)
        self.note_refs += [(kind, nid, mark, lineno, page) for kind, nid, mark, page in self.pieces.notes]
        if ppr is not None and ppr.find(W + "sectPr") is not None:  # a section ends here
            starts = next(self.section_types, "nextPage")  # how the next one starts
            if self.seen_text and starts not in {"continuous", "nextColumn"}:
                self.page, self.pending = self.page + 1, True
        blocks = self._blocks(pieces, lineno, ppr, style)
        for box in boxes:  # text boxes anchored in this paragraph, read after it with its number
            saved, self.fixed = self.fixed, lineno
            blocks += self.content(box, 1)
            self.fixed = saved
        return blocks

    def _blocks(self, pieces, lineno: int, ppr, style) -> list[Block]:
        outline = val(ppr, "w:outlineLvl")
        heading = style.heading
        if outline is not None:
            heading = min(integer(outline, 9) + 1, 6) if integer(outline, 9) < 9 else 0
        if heading:
            self._item(ppr, style)  # a numbered heading still counts in its list
            line = split_pieces(pieces, style_emphasis=False, join=True)[0]
            return [Block(line.text, lineno, line.page, HEADING, heading, None, line.emphasis, line.links)] \
                if line.text else []
        item = self._item(ppr, style)
        if item is not None:
            line = split_pieces(pieces, join=True)[0]
            if not line.text:
                return []
            return [Block(line.text, lineno, line.page, ITEM, item[0], item[1], line.emphasis, line.links)]
        out: list[Block] = []
        for line in split_pieces(pieces):
            if len(line.text) > _FLATTENED:  # a whole record pasted as one paragraph (portal text)?
                parts = segment([(line.text, lineno, line.page)], wrapped=False)
                if len(parts) > 1:
                    out += parts
                    continue
            if line.text:
                out.append(_plain(line, lineno))
        return out

    def _item(self, ppr, style) -> tuple[int, str | None] | None:
        """(level, number) of a list paragraph, ``None`` for any other."""
        num_pr = next(ppr.iterchildren(W + "numPr"), None) if ppr is not None else None
        num_id = val(num_pr, "w:numId")
        own_ilvl = val(num_pr, "w:ilvl")
        num_id = num_id if num_id is not None else style.num_id
        ilvl = integer(own_ilvl, style.ilvl) if own_ilvl is not None else style.ilvl
        ilvl = min(max(ilvl, 0), 8)
        if num_id == "0" or (num_id is None and style.list_kind is None):
            return None
        if num_id is not None and self.numbering.defines(num_id):
            # a level the list does not define (a single-level list indented by ilvl) has no label
            return max(ilvl + 1, style.list_depth), self.numbering.next(num_id, ilvl)
        if style.list_kind is None:
            return None  # numbering that the numbering part does not define: Word shows none
        if style.list_kind == "bullet":
            return max(ilvl + 1, style.list_depth), None
        label = self.numbering.fallback(style.name, ilvl)
        return max(ilvl + 1, style.list_depth), label

    def notes(self) -> list[Block]:
        """The footnotes and endnotes referred to in the body, each one paragraph block."""
        out: list[Block] = []
        parts: dict[str, dict] = {}
        counts = {"footnote": 0, "endnote": 0}
        for kind, nid, mark, lineno, page in self.note_refs:
            if mark is None:
                counts[kind] += 1
                mark = format_number(counts[kind], "decimal" if kind == "footnote" else "lowerRoman")
            note = (parts[kind] if kind in parts else parts.setdefault(kind, self.package.notes(kind))).get(nid)
            if note is None:
                continue
            reader = _Reader(self.package)
            reader.fixed = lineno
            blocks = _text_blocks(reader.content(note))
            text = " ".join(b.text for b in blocks)
            if text:
                out.append(Block(text, lineno, page, PARAGRAPH, None, mark,
                                 tuple(e for b in blocks for e in b.emphasis), tuple(x for b in blocks for x in b.links)))
        return out

    # ------------------------------------------------------------ tables
    def table(self, tbl, depth: int) -> list[Block]:
        rows: list[list[tuple[list[Block], int, str | None]]] = []  # (blocks, span, vmerge) per cell
        row_lines: list[int] = []
        marked: list[bool] = []
        for tr in _children(tbl, "tr"):
            trpr = tr.find(W + "trPr")
            before = integer(val(trpr, "w:gridBefore"))
            after = integer(val(trpr, "w:gridAfter"))
            first = self.fixed or self.lineno + 1
            cells = [([], 1, None)] * before
            for tc in _children(tr, "tc"):
                tcpr = tc.find(W + "tcPr")
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                cells.append((self.content(tc, depth + 1), max(integer(val(tcpr, "w:gridSpan"), 1), 1),
                              None if vmerge is None else (vmerge.get(W + "val") or "continue")))
            cells += [([], 1, None)] * after
            rows.append(cells)
            row_lines.append(first)
            header = trpr.find(W + "tblHeader") if trpr is not None else None
            marked.append(header is not None and flag(header))
        if all(sum(1 for blocks, *_ in cells if _cell_text(blocks)) <= 1 for cells in rows):
            return [b for cells in rows for blocks, *_ in cells for b in blocks]  # a layout table
        if len(rows) == 1 and all(len(_text_blocks(blocks)) >= 3 for blocks, *_ in rows[0] if _cell_text(blocks)):
            return [b for blocks, *_ in rows[0] for b in blocks]  # blocks side by side (signatures): layout too
        return self._data_table(tbl, rows, row_lines, marked)

    def _data_table(self, tbl, rows, row_lines, marked) -> list[Block]:
        grid: list[list[str]] = []
        bold: list[bool | None] = []  # per row: all its text bold (None: no text)
        emphasis: list[str] = []
        links: list[str] = []
        page = None
        above: list[str] = []
        kept_lines, kept_marked = [], []
        for cells, lineno, mark in zip(rows, row_lines, marked):
            texts: list[str] = []
            weights: list[bool] = []
            for blocks, span, vmerge in cells:
                text = _cell_text(blocks)
                if vmerge == "continue":
                    text = above[len(texts)] if len(texts) < len(above) else ""
                elif text:
                    weights.append(all(b.emphasis == (b.text,) for b in _text_blocks(blocks)))
                for b in _text_blocks(blocks):
                    emphasis.extend(b.emphasis)
                    links.extend(b.links)
                    page = b.page if page is None else page
                texts += [text] + [""] * (span - 1)
            above = texts
            if any(texts):
                grid.append(texts)
                kept_lines.append(lineno)
                kept_marked.append(mark)
                bold.append(all(weights) if weights else None)
        if not grid:
            return []
        width = max(map(len, grid))
        grid = [row + [""] * (width - len(row)) for row in grid]
        header = len(grid) > 1 and (kept_marked[0] or self._style_bold_first_row(tbl)
                                    or (bold[0] is True and any(b is False for b in bold[1:]))
                                    or _labels(grid[0], grid[1:]))
        return [Block("", kept_lines[0], page, TABLE, emphasis=tuple(emphasis), links=tuple(links),
                      rows=tuple(map(tuple, grid)), header=bool(header), row_lines=tuple(kept_lines))]

    def _style_bold_first_row(self, tbl) -> bool:
        """Whether the table style makes the first row bold (and the table turns that on)."""
        tblpr = tbl.find(W + "tblPr")
        look = tblpr.find(W + "tblLook") if tblpr is not None else None
        on = look is not None and (look.get(W + "firstRow") in ("1", "true", "on")
                                   or (look.get(W + "firstRow") is None and _hex(look.get(W + "val")) & 0x20))
        if not on:
            return False
        style = self.package.style_element(val(tblpr, "w:tblStyle"), "table")
        for node in (style.iterfind(W + "tblStylePr") if style is not None else ()):
            if node.get(W + "type") == "firstRow":
                b = node.find(W + "rPr/" + W + "b")
                return b is not None and flag(b)
        return False


def _hex(value) -> int:
    try:
        return int(value or "0", 16)
    except ValueError:
        return 0


def _children(element, tag: str):
    """Rows of a table or cells of a row, also inside content controls and custom XML."""
    for child in element.iterchildren():
        if child.tag == W + tag:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            inner = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if inner is not None:
                yield from _children(inner, tag)


def _text_blocks(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.text]


def _cell_text(blocks: list[Block]) -> str:
    """A cell's text: its paragraphs one per line, nested tables flattened row by row."""
    parts = []
    for b in blocks:
        if b.kind == TABLE:
            parts += [" ".join(cell for cell in row if cell) for row in b.rows if any(row)]  # a row a line
        elif b.text:
            parts.append(b.text)
    return "\n".join(parts)


def _labels(first: list[str], rest: list[list[str]]) -> bool:
    """The fallback header rule: first-row cells look like labels and some later cell does not."""
    def label(text: str) -> bool:
        return len(text) <= 40 and len(text.split()) <= 4 and not _LABEL_BAD.search(text)

    cells = [c for c in first if c]
    return len(cells) >= 2 and all(map(label, cells)) and any(c and not label(c) for row in rest for c in row)


def _plain(line: Line, lineno: int) -> Block:
    """A plain paragraph, or an item when it starts with a typed bullet or number."""
    m = _TYPED.match(line.text)
    if not m:
        return Block(line.text, lineno, line.page, PARAGRAPH, emphasis=line.emphasis, links=line.links)
    marker = m.group(0).strip()
    text = line.text[m.end():]
    emphasis = tuple(e[len(marker):].strip() if e.startswith(marker) else e for e in line.emphasis)
    emphasis = tuple(e for e in emphasis if e)
    if m.group(3):
        return Block(text, lineno, line.page, ITEM, 1, m.group(3), emphasis, line.links)
    glyph = m.group(1) or m.group(2)
    return Block(text, lineno, line.page, ITEM, 2 if glyph in _SUB_GLYPHS else 1, None, emphasis, line.links)


class _Flow:
    """The blocks of a container in order; a plain paragraph that starts in lower case (or with "(")
    carries on an unfinished paragraph or item before it, as a converter that broke a line leaves it.

    The pieces of a carried-on paragraph are joined once, at the end, so a document of thousands of
    such paragraphs takes linear time:

        >>> flow = _Flow()
        >>> for text in ("Women in", "agriculture and", "(rural) areas.", "next one"):
        ...     flow.append(Block(text, 1))
        >>> [b.text for b in flow.blocks()]
        ['Women in agriculture and (rural) areas.', 'next one']
    """

    def __init__(self):
        self.groups: list[list[Block]] = []

    def append(self, block: Block) -> None:
        group = self.groups[-1] if self.groups else None
        if (group is not None and block.kind == PARAGRAPH and group[0].kind in {PARAGRAPH, ITEM}
                and block.text[:1] and (block.text[0].islower() or block.text[0] == "(")
                and not _ENDS.search(group[-1].text[-64:])):
            group.append(block)
        else:
            self.groups.append([block])

    def __iadd__(self, blocks: list[Block]) -> "_Flow":
        self.groups += [[b] for b in blocks]
        return self

    def blocks(self) -> list[Block]:
        return [group[0] if len(group) == 1 else _joined(group) for group in self.groups]


def _joined(group: list[Block]) -> Block:
    head = group[0]
    return Block(unicodedata.normalize("NFC", " ".join(b.text for b in group)), head.lineno, head.page,
                 head.kind, head.level, head.number, tuple(e for b in group for e in b.emphasis),
                 tuple(x for b in group for x in b.links))


__all__ = ["docx_blocks", "read_docx"]
