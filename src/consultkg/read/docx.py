"""DOCX to physical lines: the main document, its styles and numbering, read straight from the zip.

    >>> lines = docx_lines(open("record.docx", "rb").read())   # doctest: +SKIP
    >>> lines[0]                                               # doctest: +SKIP
    ('# Inputs for WBG Gender Strategy: ...', 1, 1)

Each paragraph (table cells included) is one line in the Markdown-like form that
:func:`consultkg.segment.segment` reads, with its page from explicit and rendered
page breaks.
"""
from __future__ import annotations

import functools
import io
import itertools
import re

from ..errors import InputError, brief as _brief

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CONTAINERS = {_W + t for t in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins")}
_ESCAPES = str.maketrans({**{c: "\\" + c for c in "\\*_[]`"}, "&": "&amp;", "<": "&lt;"})
_FALSE = {"0", "false", "off", "none"}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_lines(raw: bytes, where: str = "<bytes>") -> list[tuple[str, int, int]]:
    """Physical lines of a DOCX: one per paragraph (table cells included), in the
    Markdown-like form that :func:`segment` reads: list paragraphs as ``- `` /
    ``◦ `` bullets or ``1.`` items, headings as ``#``, bold runs as ``**...**``,
    hyperlinks as ``[text](#)``. Pages follow explicit and rendered page breaks.
    """
    try:
        walker = _DocxWalker(_DocxPackage(raw))
        walker.walk(walker.document.body)
    except Exception as exc:  # zipfile, lxml and KeyError alike
        raise InputError(where, f"not a readable DOCX ({_brief(exc)})") from None
    return walker.lines


def _int(value, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class _DocxPackage:
    """The parts of a DOCX that matter here, read straight from the zip: the main
    document, its styles and its numbering (python-docx parses every part of the
    package, which costs ten times as much)."""

    _REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

    def __init__(self, raw: bytes):
        import zipfile

        from lxml import etree

        self._zip = zipfile.ZipFile(io.BytesIO(raw))
        self._parser = etree.XMLParser(resolve_entities=False, huge_tree=True)
        main = self._target("_rels/.rels", "officeDocument", "", "word/document.xml")
        folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
        rels = f"{folder}_rels/{main.rsplit('/', 1)[-1]}.rels"
        self.body = self._xml(main).find(_W + "body")
        if self.body is None:
            raise KeyError("no w:body in the main document")
        self.numbering = self._xml(self._target(rels, "/numbering", folder, folder + "numbering.xml"), missing_ok=True)
        self._styles_part = self._target(rels, "/styles", folder, folder + "styles.xml")
        self._styles: dict[tuple[str, str], object] | None = None  # parsed on first use
        self._defaults: dict[str, object] = {}

    _STYLE_ATTR = re.compile(rb'\bw:(type|styleId|default)="([^"]*)"')

    def _load_styles(self) -> None:
        """Index the w:style elements. Word's styles part is large (hundreds of kB) and a record
        uses a handful of styles, so each is cut out by its tags and parsed only when asked for."""
        from lxml import etree

        self._styles = {}
        try:
            data = self._zip.read(self._styles_part)
        except KeyError:
            return
        wrap = b'<w:styles xmlns:w="' + _W[1:-1].encode() + b'">%s</w:styles>'
        if b'xmlns:w="' + _W[1:-1].encode() + b'"' not in data[:2000]:
            snippets = [etree.tostring(n) for n in etree.fromstring(data, self._parser).iterfind(_W + "style")]
            wrap = b"<w:styles>%s</w:styles>"  # another prefix: serialise each with its namespace
        else:
            snippets = list(_style_elements(data))
        for raw in snippets:
            head = raw[: raw.find(b">") + 1]
            attrs = {k.decode(): v.decode() for k, v in self._STYLE_ATTR.findall(head)}
            kind = attrs.get("type", "paragraph")
            self._styles[(kind, attrs.get("styleId"))] = (wrap, raw)
            if attrs.get("default") in ("1", "true", "on"):
                self._defaults.setdefault(kind, (wrap, raw))

    def _xml(self, name: str, missing_ok: bool = False):
        from lxml import etree

        try:
            data = self._zip.read(name)
        except KeyError:
            if missing_ok:
                return None
            raise
        return etree.fromstring(data, self._parser)

    def _target(self, rels: str, kind: str, folder: str, default: str) -> str:
        """The part a relationship of ``kind`` points to (relative to ``folder``)."""
        root = self._xml(rels, missing_ok=True)
        for rel in (root.iterfind(self._REL) if root is not None else ()):
            if rel.get("Type", "").endswith(kind) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                return target.lstrip("/") if target.startswith("/") else folder + target
        return default

    def style(self, style_id, kind: str, default: bool = True):
        """The w:style element of ``style_id`` (the default style of the kind when there is none)."""
        from lxml import etree

        if self._styles is None:
            self._load_styles()
        found = self._styles.get((kind, style_id)) if style_id else None
        if found is None and default:
            found = self._defaults.get(kind)
        if found is None:
            return None
        if isinstance(found, tuple):  # parse on first use
            wrap, raw = found
            node = etree.fromstring(wrap % raw, self._parser)[0]
            for table in (self._styles, self._defaults):
                for key, value in list(table.items()):
                    if value is found:
                        table[key] = node
            found = node
        return found


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


class _DocxWalker:
    """Walks a document body in order, one paragraph to one physical line."""

    def __init__(self, document):
        self.document = document
        self.lines: list[tuple[str, int, int]] = []
        self.page = 1
        self.pending = False  # an explicit page break not yet followed by text
        self.counters: dict[tuple, int] = {}
        self.formats = _numbering_formats(document)
        self.styles: dict[tuple, tuple] = {}

    def walk(self, element, depth: int = 0) -> None:
        for child in element.iterchildren():
            if child.tag == _W + "p":
                self.paragraph(child)
            elif child.tag in _CONTAINERS and depth < 32:
                self.walk(child, depth + 1)

    def paragraph(self, p) -> None:
        ppr = p.find(_W + "pPr")
        brk = ppr.find(_W + "pageBreakBefore") if ppr is not None else None
        if brk is not None and brk.get(_W + "val", "1") not in _FALSE:
            self.page, self.pending = self.page + 1, True
        text, page = self.runs(p)
        if text.strip():
            text = self.marker(p) + (("\\" + text) if text.startswith("#") else text)
        self.lines.append((text, len(self.lines) + 1, page))

    def runs(self, p) -> tuple[str, int]:
        parts: list[tuple[str, bool, object]] = []
        page = None
        fallbacks = next(p.iter(_MC_FALLBACK), None) is not None
        for run in p.iter(_W + "r"):
            if fallbacks and any(a.tag == _MC_FALLBACK for a in run.iterancestors()):
                continue  # text boxes come twice: as mc:Choice and as mc:Fallback
            bold = self.bold(run)
            parent = run.getparent()
            link = parent if parent is not None and parent.tag == _W + "hyperlink" else None
            for child in run.iterchildren():
                piece = self.run_child(child)
                if piece:
                    if piece.strip():
                        page = self.page if page is None else page
                        self.pending = False
                    parts.append((piece, bold, link))
        return _markdown(parts), (self.page if page is None else page)

    def run_child(self, child) -> str:
        tag = child.tag
        if tag == _W + "t":
            return child.text or ""
        if tag == _W + "br" and child.get(_W + "type") == "page":
            self.page, self.pending = self.page + 1, True
        elif tag == _W + "lastRenderedPageBreak":
            self.page, self.pending = self.page + (0 if self.pending else 1), False
        elif tag in (_W + "tab", _W + "br", _W + "cr"):
            return " "
        elif tag == _W + "noBreakHyphen":
            return "-"
        return ""

    def bold(self, run) -> bool:
        rpr = run.find(_W + "rPr")
        if rpr is not None and (b := rpr.find(_W + "b")) is not None:
            return b.get(_W + "val", "1").lower() not in _FALSE
        style = rpr.find(_W + "rStyle") if rpr is not None else None
        if style is None:
            return False
        return self.style(style.get(_W + "val"), character=True)[3]

    def style(self, style_id, character: bool = False) -> tuple[str, str | None, int, bool]:
        """(name, numId, ilvl, bold) of a style, following ``basedOn`` for numbering."""
        if (style_id, character) not in self.styles:
            kind = "character" if character else "paragraph"
            style = first = self.document.style(style_id, kind)
            for _ in range(8):  # numbering may come from a base style
                if style is None or _first(style, "./w:pPr/w:numPr/w:numId") is not None:
                    break
                style = self.document.style(_first(style, "./w:basedOn/@w:val"), kind, default=False)
            num_id = _first(style, "./w:pPr/w:numPr/w:numId/@w:val") if style is not None else None
            ilvl = _int(_first(style, "./w:pPr/w:numPr/w:ilvl/@w:val")) if num_id else 0
            name = (_first(first, "./w:name/@w:val") or "") if first is not None else ""
            bold = first is not None and (_first(first, "./w:rPr/w:b/@w:val") or (
                "1" if _first(first, "./w:rPr/w:b") is not None else "0")).lower() not in _FALSE
            self.styles[(style_id, character)] = (name, num_id, ilvl, bold)
        return self.styles[(style_id, character)]

    def marker(self, p) -> str:
        name, num_id, ilvl, _ = self.style(_first(p, "./w:pPr/w:pStyle/@w:val"))
        if level := _heading_level(name):
            return "#" * level + " "
        own_id, own_level = _first(p, "./w:pPr/w:numPr/w:numId/@w:val"), _first(p, "./w:pPr/w:numPr/w:ilvl/@w:val")
        num_id = own_id if own_id is not None else num_id
        ilvl = _int(own_level, ilvl or 0) if own_level is not None else (ilvl or 0)
        if num_id == "0" or (num_id is None and "list" not in name.lower()):
            return ""
        fmt, start = self.formats.get((num_id, ilvl), ("number" if "number" in name.lower() else "bullet", 1))
        if fmt in {"bullet", "none"}:
            return "\u25e6 " if ilvl >= 1 or re.search(r"\s[2-9]$", name) else "- "
        key = (num_id or name, ilvl)
        for other in [k for k in self.counters if k[0] == key[0] and k[1] > ilvl]:
            del self.counters[other]
        self.counters[key] = self.counters.get(key, start - 1) + 1
        n = self.counters[key]
        return f"{chr(96 + n)}) " if fmt == "lowerLetter" and 0 < n <= 26 else f"{n}. "


@functools.lru_cache(maxsize=64)
def _xpath(path: str):
    from lxml import etree

    return etree.XPath(path, namespaces={"w": _W[1:-1]})


def _first(element, path: str):
    hits = _xpath(path)(element)
    return str(hits[0]) if hits else None


_HEADING_STYLE = re.compile(r"(?:heading|titre|t[íi]tulo|encabezado)\s*([1-9])|(title|titre|t[íi]tulo)", re.I)


def _heading_level(style_name: str) -> int:
    m = _HEADING_STYLE.fullmatch(style_name.strip())
    return 0 if not m else 1 if m.group(2) else min(int(m.group(1)), 6)


def _numbering_formats(document) -> dict[tuple[str, int], tuple[str, int]]:
    """(numId, ilvl) -> (numFmt, start) from the numbering part, when there is one."""
    root = document.numbering
    if root is None:
        return {}
    abstract: dict[str, dict[int, tuple[str, int]]] = {}
    for node in root.findall(_W + "abstractNum"):
        abstract[node.get(_W + "abstractNumId")] = {
            _int(lvl.get(_W + "ilvl")): (_first(lvl, "./w:numFmt/@w:val") or "decimal",
                                         _int(_first(lvl, "./w:start/@w:val"), 1))
            for lvl in node.findall(_W + "lvl")
        }
    return {
        (num.get(_W + "numId"), ilvl): value
        for num in root.findall(_W + "num")
        for ilvl, value in abstract.get(_first(num, "./w:abstractNumId/@w:val"), {}).items()
    }


def _markdown(parts: list[tuple[str, bool, object]]) -> str:
    """Runs to Markdown: bold spans in ``**``, hyperlinks in ``[...](#)``."""
    out = []
    for link, group in itertools.groupby(parts, key=lambda part: part[2]):
        text = _bold_spans(list(group))
        out.append(f"[{text}](#)" if link is not None and text.strip() else text)
    return "".join(out)


def _bold_spans(parts: list[tuple[str, bool, object]]) -> str:
    out, span, bold = [], [], False
    for text, is_bold, _ in parts:
        if not text.strip():
            is_bold = bold  # whitespace takes the weight of what precedes it
        if is_bold != bold:
            out.append(_wrap("".join(span), bold))
            span, bold = [], is_bold
        span.append(text.translate(_ESCAPES))
    out.append(_wrap("".join(span), bold))
    return "".join(out)


def _wrap(text: str, bold: bool) -> str:
    core = text.strip()
    if not bold or not core:
        return text
    return text[: len(text) - len(text.lstrip())] + f"**{core}**" + text[len(text.rstrip()) :]
