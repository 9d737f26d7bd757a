"""The parts of a DOCX that the reader needs: main document, styles and numbering.

They are read straight from the zip with lxml (python-docx parses every part of
the package, which costs ten times as much). Styles are resolved through
``basedOn``; Word's automatic list numbering is computed from the numbering part::

    >>> package = Package(open("record.docx", "rb").read())      # doctest: +SKIP
    >>> package.paragraph_style("ListNumber").num_id              # doctest: +SKIP
    '3'

:class:`Numbering` keeps the counters while a document is walked in order:
``next(num_id, ilvl)`` gives the label Word shows (``"1."``, ``"(b)"``,
``"2.1"``) or ``None`` for a bullet.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALSE = {"0", "false", "off", "none"}
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_STYLE_ATTR = re.compile(rb'\bw:(type|styleId|default)="([^"]*)"')

# Heading and title style names (and the ASCII style ids Word derives from them) in the
# languages consultkg reads, plus German, Dutch and Italian ids that Word writes for its
# built-in styles: "Heading 1", "Titre 1", "Título 1" (id "Ttulo1"), "Überschrift 1" (id "berschrift1").
_HEADING_NAME = re.compile(
    r"(?:heading|titre|t[íi]?tulo|encabezado|cabe[çc]alho|(?:ü|ue|u)?berschrift|kop|titolo)\s*([1-9])"
    r"|(title|titre|t[íi]?tulo|titel|titolo)", re.I)
# List styles recognised by name when they carry no numbering of their own.
_LIST_NAME = re.compile(r"list\s*(bullet|number)|liste?\s*(?:à\s*)?(puces|num[ée]ros)|lista\s*con\s*(vi[ñn]etas|n[úu]meros)", re.I)


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


def val(element, path: str):
    """``w:val`` of the child at ``path`` (``"w:pPr/w:numPr/w:ilvl"``), or ``None``."""
    node = element.find(path.replace("w:", W)) if element is not None else None
    return node.get(W + "val") if node is not None else None


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

    def __init__(self, raw: bytes):
        self._zip = zipfile.ZipFile(io.BytesIO(raw))
        self._parser = etree.XMLParser(resolve_entities=False, huge_tree=True, no_network=True)
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

    def xml(self, name: str, missing_ok: bool = False):
        try:
            data = self._zip.read(name)
        except KeyError:
            if missing_ok:
                return None
            raise
        return etree.fromstring(data, self._parser)

    def notes(self, kind: str) -> dict[str, object]:
        """The ``w:footnote`` (``kind`` "footnote") or ``w:endnote`` elements by id."""
        root = self.xml(self._notes_parts[kind], missing_ok=True)
        return {} if root is None else {n.get(W + "id"): n for n in root.iterfind(W + kind)}

    def numbering(self) -> Numbering:
        return Numbering(self.xml(self._numbering_part, missing_ok=True), self)

    def _target(self, rels: str, kind: str, folder: str, default: str) -> str:
        """The part a relationship of ``kind`` points to (relative to ``folder``)."""
        root = self.xml(rels, missing_ok=True)
        for rel in (root.iterfind(_REL) if root is not None else ()):
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
            data = self._zip.read(self._styles_part)
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
            if heading is None:
                own = heading_level(val(node, "w:name") or "") or heading_level(node.get(W + "styleId") or "")
                outline = val(node, "w:pPr/w:outlineLvl")
                if own:
                    heading = own
                elif outline is not None:  # 0-8 outline levels; 9 is body text
                    heading = min(integer(outline, 9) + 1, 6) if integer(outline, 9) < 9 else 0
            if num_id is None:
                num_id = val(node, "w:pPr/w:numPr/w:numId")
            if ilvl is None:
                ilvl = val(node, "w:pPr/w:numPr/w:ilvl")
            rpr = node.find(W + "rPr")
            if rpr is not None:
                bold = _first_flag(bold, rpr, "b")
                italic = _first_flag(italic, rpr, "i")
                hidden = _first_flag(hidden, rpr, "vanish")
                vert = vert if vert is not None else val(rpr, "w:vertAlign")
            if brk is None and (node.find(W + "pPr/" + W + "pageBreakBefore")) is not None:
                brk = flag(node.find(W + "pPr/" + W + "pageBreakBefore"))
        depth = re.search(r"\s([2-9])$", name)
        listed = _LIST_NAME.search(name) if num_id is None and "continue" not in name.lower() else None
        kind_by_name = None
        if listed:
            kind_by_name = "number" if re.search(r"number|num[ée]ro|n[úu]mero", listed.group(0), re.I) else "bullet"
        return Style(name, heading or 0, num_id, integer(ilvl), kind_by_name,
                     int(depth.group(1)) if depth and (num_id or listed) else 0,
                     bold, italic, hidden, bool(brk), vert)


def _first_flag(current, rpr, tag: str):
    if current is not None:
        return current
    node = rpr.find(W + tag)
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


# ---------------------------------------------------------------- numbering
@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restarts after a level up to this (1-based); 0 never
    legal: bool = False  # w:isLgl: every level shown as decimal


def _level(node) -> Level:
    restart = val(node, "w:lvlRestart")
    return Level(val(node, "w:numFmt") or "decimal", val(node, "w:lvlText") or "",
                 integer(val(node, "w:start"), 1), None if restart is None else integer(restart),
                 node.find(W + "isLgl") is not None and flag(node.find(W + "isLgl")))


class Numbering:
    """Word's list numbering, computed as the document is walked in order.

    Counters belong to the abstract numbering definition (several ``w:num`` that
    share one continue each other, as in Word); a ``w:startOverride`` restarts a
    level the first time its ``w:num`` is used; numbering a level restarts the
    deeper ones (``w:lvlRestart`` may say otherwise).
    """

    def __init__(self, root, package: Package | None = None):
        self._abstract: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}  # abstractNumId -> numbering style it links to
        self._nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self._package = package
        self._counts: dict[str, list[int | None]] = {}
        self._applied: set[tuple[str, int]] = set()
        if root is None:
            return
        for node in root.iterfind(W + "abstractNum"):
            aid = node.get(W + "abstractNumId")
            self._abstract[aid] = {integer(lvl.get(W + "ilvl")): _level(lvl) for lvl in node.iterfind(W + "lvl")}
            if (link := val(node, "w:numStyleLink")) is not None:
                self._links[aid] = link
        for num in root.iterfind(W + "num"):
            levels, starts = {}, {}
            for override in num.iterfind(W + "lvlOverride"):
                ilvl = integer(override.get(W + "ilvl"))
                if (start := val(override, "w:startOverride")) is not None:
                    starts[ilvl] = integer(start, 1)
                if (lvl := override.find(W + "lvl")) is not None:
                    levels[ilvl] = _level(lvl)
            self._nums[num.get(W + "numId")] = (val(num, "w:abstractNumId"), levels, starts)

    def _abstract_of(self, num_id: str) -> str | None:
        aid = self._nums[num_id][0]
        if aid in self._links and self._package is not None:  # numStyleLink: the style names the list
            style = self._package.style_element(self._links[aid], "numbering")
            linked = val(style, "w:pPr/w:numPr/w:numId") if style is not None else None
            if linked in self._nums and self._nums[linked][0] not in self._links:
                return self._nums[linked][0]
        return aid

    def defines(self, num_id: str) -> bool:
        """Whether list ``num_id`` has any level defined (else Word shows no numbering)."""
        return num_id in self._nums and bool(self._nums[num_id][1] or self._abstract.get(self._abstract_of(num_id)))

    def level(self, num_id: str, ilvl: int) -> Level | None:
        """The level definition (``None`` when the document defines none: no numbering shown)."""
        if num_id not in self._nums:
            return None
        return self._nums[num_id][1].get(ilvl) or self._abstract.get(self._abstract_of(num_id), {}).get(ilvl)

    def next(self, num_id: str, ilvl: int) -> str | None:
        """Count one more paragraph of list ``num_id`` at ``ilvl``; its label, ``None`` for a bullet.

        >>> from lxml import etree
        >>> root = etree.fromstring(
        ...     '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        ...     '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        ...     '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
        ...     '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
        ...     '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
        >>> n = Numbering(root)
        >>> [n.next("1", 0), n.next("1", 1), n.next("1", 1), n.next("1", 0), n.next("1", 1)]
        ['1.', '(a)', '(b)', '2.', '(a)']
        """
        level = self.level(num_id, ilvl)
        if level is None:
            return None
        aid = self._abstract_of(num_id)
        counts = self._counts.setdefault(aid, [None] * 10)
        starts = self._nums[num_id][2]
        if ilvl in starts and (num_id, ilvl) not in self._applied:
            self._applied.add((num_id, ilvl))
            counts[ilvl] = starts[ilvl] - 1
        counts[ilvl] = level.start if counts[ilvl] is None else counts[ilvl] + 1
        for deeper in range(ilvl + 1, 10):
            rule = self.level(num_id, deeper)
            restart = rule.restart if rule is not None and rule.restart is not None else deeper
            if restart and ilvl < restart:
                counts[deeper] = None
        if level.fmt in {"bullet", "none"}:
            return None

        def shown(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            rule = self.level(num_id, k) or Level()
            value = counts[k] if counts[k] is not None else rule.start
            return format_number(value, "decimal" if level.legal and k != ilvl else rule.fmt)

        label = re.sub(r"%([1-9])", shown, level.text).strip()
        return label if any(c.isalnum() for c in label) else None


    def fallback(self, style_name: str, ilvl: int) -> str:
        """The label of a "List Number" paragraph whose style has no numbering: "1.", "2.", ..."""
        counts = self._counts.setdefault("style:" + style_name, [None] * 10)
        counts[ilvl] = 1 if counts[ilvl] is None else counts[ilvl] + 1
        counts[ilvl + 1:] = [None] * (9 - ilvl)
        return f"{counts[ilvl]}."


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def format_number(value: int, fmt: str) -> str:
    """A counter in a Word number format (unknown formats fall back to decimal).

    >>> [format_number(4, f) for f in ("decimal", "decimalZero", "lowerLetter", "upperRoman", "ordinal")]
    ['4', '04', 'd', 'IV', '4th']
    >>> format_number(28, "lowerLetter")
    'bb'
    """
    if fmt in {"lowerLetter", "upperLetter"} and value > 0:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in {"lowerRoman", "upperRoman"} and 0 < value < 4000:
        out, rest = "", value
        for number, roman in _ROMAN:
            while rest >= number:
                out, rest = out + roman, rest - number
        return out if fmt == "lowerRoman" else out.upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    return str(value)
