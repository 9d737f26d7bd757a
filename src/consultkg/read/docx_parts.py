"""The parts of a DOCX that the reader needs: main document, styles, numbering, notes.

They are read straight from the zip with lxml (python-docx parses every part of
the package, which costs ten times as much). Styles are resolved through
``basedOn``; the numbering part is read by :mod:`consultkg.read.docx_numbering`::

    >>> package = Package(open("record.docx", "rb").read())      # doctest: +SKIP
    >>> package.paragraph_style("ListNumber").num_id              # doctest: +SKIP
    '3'
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from ..lexicon import WORD_HEADING, WORD_LIST
from ..limits import DEFAULT_LIMITS, Limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALSE = {"0", "false", "off", "none"}
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_TRANSITIONAL = W[1:-1].encode()
_STYLE_ATTR = re.compile(rb'\bw:(type|styleId|default)="([^"]*)"')

# Heading, title and list style names (and the ASCII style ids Word derives from them) come from the
# lexicon (``word_styles`` of each language file): "Heading 1", "Titre 1", "Título 1" (id "Ttulo1").
_HEADING_NAME = WORD_HEADING
_LIST_NAME = WORD_LIST  # list styles recognised by name when they carry no numbering of their own


def flag(element, default: bool = True) -> bool:
    """A Word on/off property (``<w:b/>``, ``<w:b w:val="0"/>``)."""
    if element is None:
        return False
    value = element.get(W + "val")
    return default if value is None else value.lower() not in FALSE


def integer(value, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


_PATHS: dict[str, tuple[str, ...]] = {}
_VAL = W + "val"


def val(element, path: str):
    """``w:val`` of the child at ``path`` (``"w:pPr/w:numPr/w:ilvl"``), or ``None``.

    (``iterchildren`` by tag runs in C; ``find`` with a path goes through ElementPath.)
    """
    tags = _PATHS.get(path) or _PATHS.setdefault(path, tuple(W + t[2:] for t in path.split("/")))
    node = element
    for tag in tags:
        if node is None:
            return None
        node = next(node.iterchildren(tag), None)
    return node.get(_VAL) if node is not None else None


def heading_level(name: str) -> int:
    """1 for a title style, N for "Heading N" (at most 6), 0 for any other name.

    >>> [heading_level(n) for n in ("Title", "heading 2", "Titre 1", "Ttulo3", "berschrift1", "Subtitle")]
    [1, 2, 1, 3, 1, 0]
    """
    m = _HEADING_NAME.fullmatch(name.strip())
    return 0 if not m else 1 if m.group(2) else min(int(m.group(1)), 6)


@dataclass(frozen=True)
class Style:
    """What the reader needs of a paragraph or character style, ``basedOn`` resolved."""

    name: str = ""
    heading: int = 0  # 1-6 from the name or the outline level, else 0
    num_id: str | None = None
    ilvl: int = 0
    list_kind: str | None = None  # "bullet" / "number" from the name when there is no numbering
    list_depth: int = 0  # the N of "List Bullet N"
    bold: bool | None = None  # None: not set by the style
    italic: bool | None = None
    hidden: bool | None = None
    page_break_before: bool = False
    vert_align: str | None = None  # "superscript" / "subscript" set by the style


class Package:
    """The main document, its styles and numbering, read straight from the zip."""

    def __init__(self, raw: bytes, where: str = "<bytes>", limits: Limits = DEFAULT_LIMITS):
        self._zip = zipfile.ZipFile(io.BytesIO(raw))
        # what the XML parts unpack to, from the zip directory, before one is read; then each part read is
        # counted as it is inflated (read): a directory that lies, or a part not named .xml, is caught there
        limits.check_unpacked(where, sum(i.file_size for i in self._zip.infolist()
                                         if i.filename.lower().endswith((".xml", ".rels"))), len(raw))
        self._where, self._limits, self._packed, self._unpacked = where, limits, len(raw), 0
        self._parser = etree.XMLParser(resolve_entities=False, huge_tree=True, no_network=True)
        self._rels: dict[str, list] = {}
        main = self._target("_rels/.rels", "officeDocument", "", "word/document.xml")
        folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
        rels = f"{folder}_rels/{main.rsplit('/', 1)[-1]}.rels"
        self.body = self.xml(main).find(W + "body")
        if self.body is None:
            raise KeyError("no w:body in the main document")
        self._numbering_part = self._target(rels, "/numbering", folder, folder + "numbering.xml")
        self._styles_part = self._target(rels, "/styles", folder, folder + "styles.xml")
        self._notes_parts = {kind: self._target(rels, f"/{kind}s", folder, f"{folder}{kind}s.xml")
                             for kind in ("footnote", "endnote")}
        self._raw_styles: dict[tuple[str, str], object] | None = None  # parsed on first use
        self._defaults: dict[str, object] = {}
        self._resolved: dict[tuple[str, str | None], Style] = {}

    def read(self, name: str) -> bytes:
        """A part's bytes; Strict OOXML's WordprocessingML namespace is read as the usual one.

        A part is inflated a slice at a time and never past what the budget has left (``--max-unpacked``),
        whatever the zip directory declares; the parts read so far count against it and against the ratio.
        """
        info = self._zip.getinfo(name)
        budget = self._limits.max_unpacked
        left = None if budget is None else budget - self._unpacked
        self._limits.check_unpacked(self._where, self._unpacked + info.file_size, self._packed)
        chunks, size = [], 0
        with self._zip.open(info) as part:  # a megabyte at a time: what a lying directory hides stays unread
            while chunk := part.read(1 << 20):
                chunks.append(chunk)
                size += len(chunk)
                if left is not None and size > left:
                    break
        data = b"".join(chunks)
        self._unpacked += len(data)
        self._limits.check_unpacked(self._where, self._unpacked, self._packed)
        return data.replace(_STRICT, _TRANSITIONAL) if _STRICT in data else data

    def xml(self, name: str, missing_ok: bool = False):
        try:
            data = self.read(name)
        except KeyError:
            if missing_ok:
                return None
            raise
        return etree.fromstring(data, self._parser)

    def notes(self, kind: str) -> dict[str, object]:
        """The ``w:footnote`` (``kind`` "footnote") or ``w:endnote`` elements by id."""
        root = self.xml(self._notes_parts[kind], missing_ok=True)
        return {} if root is None else {n.get(W + "id"): n for n in root.iterfind(W + kind)}

    def numbering_xml(self):
        """The numbering part's root element, ``None`` when there is none."""
        return self.xml(self._numbering_part, missing_ok=True)

    def _target(self, rels: str, kind: str, folder: str, default: str) -> str:
        """The part a relationship of ``kind`` points to (relative to ``folder``)."""
        if rels not in self._rels:
            root = self.xml(rels, missing_ok=True)
            self._rels[rels] = list(root.iterfind(_REL)) if root is not None else []
        for rel in self._rels[rels]:
            if rel.get("Type", "").endswith(kind) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                return target.lstrip("/") if target.startswith("/") else folder + target
        return default

    # ------------------------------------------------------------ raw styles
    def _load_styles(self) -> None:
        """Index the w:style elements. Word's styles part is large (hundreds of kB) and a record
        uses a handful of styles, so each is cut out by its tags and parsed only when asked for."""
        self._raw_styles = {}
        try:
            data = self.read(self._styles_part)
        except KeyError:
            return
        ns = b'xmlns:w="' + W[1:-1].encode() + b'"'
        wrap = b"<w:styles " + ns + b">%s</w:styles>"
        if ns not in data[:2000]:  # another prefix: serialise each style with its namespace
            snippets = [etree.tostring(n) for n in etree.fromstring(data, self._parser).iterfind(W + "style")]
            wrap = b"<w:styles>%s</w:styles>"
        else:
            snippets = list(_style_elements(data))
        for raw in snippets:
            head = raw[: raw.find(b">") + 1]
            attrs = {k.decode(): v.decode() for k, v in _STYLE_ATTR.findall(head)}
            kind = attrs.get("type", "paragraph")
            self._raw_styles.setdefault((kind, attrs.get("styleId")), (wrap, raw))
            if attrs.get("default") in ("1", "true", "on"):
                self._defaults.setdefault(kind, (wrap, raw))

    def style_element(self, style_id, kind: str, default: bool = False):
        """The parsed w:style of ``style_id`` (or the kind's default style when ``default``)."""
        if self._raw_styles is None:
            self._load_styles()
        found = self._raw_styles.get((kind, style_id)) if style_id else None
        if found is None and default:
            found = self._defaults.get(kind)
        if isinstance(found, tuple):  # parse on first use
            wrap, raw = found
            node = etree.fromstring(wrap % raw, self._parser)[0]
            for table in (self._raw_styles, self._defaults):
                for key, value in list(table.items()):
                    if value is found:
                        table[key] = node
            found = node
        return found

    def _chain(self, style_id, kind: str):
        """The style and its ``basedOn`` ancestors, nearest first (cycles cut)."""
        node, seen = self.style_element(style_id, kind, default=kind == "paragraph"), set()
        while node is not None and id(node) not in seen and len(seen) < 12:
            seen.add(id(node))
            yield node
            node = self.style_element(val(node, "w:basedOn"), kind)

    # ------------------------------------------------------------ resolved styles
    def paragraph_style(self, style_id) -> Style:
        """The paragraph style ``style_id`` (the default paragraph style when unknown)."""
        return self._resolve(style_id, "paragraph")

    def character_style(self, style_id) -> Style:
        return self._resolve(style_id, "character") if style_id else Style()

    def _resolve(self, style_id, kind: str) -> Style:
        key = (kind, style_id)
        if key not in self._resolved:
            self._resolved[key] = self._compute(style_id, kind)
        return self._resolved[key]

    def _compute(self, style_id, kind: str) -> Style:
        chain = list(self._chain(style_id, kind))
        name = (val(chain[0], "w:name") or "") if chain else ""
        heading = num_id = ilvl = None
        bold = italic = hidden = brk = vert = None
        for node in chain:
            ppr = next(node.iterchildren(W + "pPr"), None)
            ppr_kids = {c.tag: c for c in ppr} if ppr is not None else {}
            if heading is None:
                own = heading_level(val(node, "w:name") or "") or heading_level(node.get(W + "styleId") or "")
                outline = ppr_kids.get(W + "outlineLvl")
                if own:
                    heading = own
                elif outline is not None:  # 0-8 outline levels; 9 is body text
                    level = integer(outline.get(W + "val"), 9)
                    heading = min(level + 1, 6) if level < 9 else 0
            if (num := ppr_kids.get(W + "numPr")) is not None:
                num_id = num_id if num_id is not None else val(num, "w:numId")
                ilvl = ilvl if ilvl is not None else val(num, "w:ilvl")
            rpr = next(node.iterchildren(W + "rPr"), None)
            if rpr is not None:
                bold = _first_flag(bold, rpr, "b")
                italic = _first_flag(italic, rpr, "i")
                hidden = _first_flag(hidden, rpr, "vanish")
                vert = vert if vert is not None else val(rpr, "w:vertAlign")
            if brk is None and (node_brk := ppr_kids.get(W + "pageBreakBefore")) is not None:
                brk = flag(node_brk)
        depth = re.search(r"\s([2-9])$", name)
        listed = _LIST_NAME.search(name) if num_id is None and "continue" not in name.lower() else None
        kind_by_name = None
        if listed:
            kind_by_name = "number" if listed.group("number") else "bullet"
        return Style(name, heading or 0, num_id, integer(ilvl), kind_by_name,
                     int(depth.group(1)) if depth and (num_id or listed) else 0,
                     bold, italic, hidden, bool(brk), vert)


def _first_flag(current, rpr, tag: str):
    if current is not None:
        return current
    node = next(rpr.iterchildren(W + tag), None)
    return None if node is None else flag(node)


def _style_elements(data: bytes):
    """The raw ``<w:style ...>...</w:style>`` elements of a styles part (found with bytes.find: fast)."""
    pos = 0
    while (start := data.find(b"<w:style ", pos)) >= 0:
        head_end = data.find(b">", start)
        if head_end < 0:
            return
        if data[head_end - 1:head_end] == b"/":
            end = head_end + 1
        else:
            close = data.find(b"</w:style>", head_end)
            if close < 0:
                return
            end = close + len(b"</w:style>")
        yield data[start:end]
        pos = end
