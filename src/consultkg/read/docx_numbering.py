"""Word's automatic list numbering, computed from a DOCX's numbering part.

:class:`Numbering` keeps the counters while a document is walked in order:
``next(num_id, ilvl)`` gives the label Word shows (``"1."``, ``"(b)"``,
``"2.1"``) or ``None`` for a bullet; :func:`format_number` writes a counter in
one of Word's number formats.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .docx_parts import W, Package, flag, integer, val


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restarts after a level up to this (1-based); 0 never
    legal: bool = False  # w:isLgl (ISO/IEC 29500-1 17.9.4): every level in lvlText shown as decimal, its own too


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
        self._abstract: dict[str, object] = {}  # abstractNumId -> its element, or its levels once parsed
        self._links: dict[str, str] = {}  # abstractNumId -> numbering style it links to
        self._nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self._package = package
        self._counts: dict[str, list[int | None]] = {}
        self._applied: set[tuple[str, int]] = set()
        if root is None:
            return
        for node in root.iterfind(W + "abstractNum"):
            aid = node.get(W + "abstractNumId")
            self._abstract[aid] = node
            if (link := val(node, "w:numStyleLink")) is not None:
                self._links[aid] = link
        for num in root.iterfind(W + "num"):
            levels, starts = {}, {}
            for override in num.iterfind(W + "lvlOverride"):
                ilvl = integer(override.get(W + "ilvl"))
                if (start := val(override, "w:startOverride")) is not None:
                    starts[ilvl] = integer(start, 1)
                if (lvl := override.find(W + "lvl")) is not None:
                    levels[ilvl] = lvl
            self._nums[num.get(W + "numId")] = (val(num, "w:abstractNumId"), levels, starts)

    def _abstract_of(self, num_id: str) -> str | None:
        aid = self._nums[num_id][0]
        if aid in self._links and self._package is not None:  # numStyleLink: the style names the list
            style = self._package.style_element(self._links[aid], "numbering")
            linked = val(style, "w:pPr/w:numPr/w:numId") if style is not None else None
            if linked in self._nums and self._nums[linked][0] not in self._links:
                return self._nums[linked][0]
        return aid

    def _levels(self, aid) -> dict[int, Level]:
        """The levels of an abstract definition, parsed on first use (a numbering part often
        holds dozens of definitions of nine levels, and a record uses two or three)."""
        found = self._abstract.get(aid)
        if found is None:
            return {}
        if not isinstance(found, dict):
            found = self._abstract[aid] = {integer(lvl.get(W + "ilvl")): _level(lvl) for lvl in found.iterfind(W + "lvl")}
        return found

    def defines(self, num_id: str) -> bool:
        """Whether list ``num_id`` has any level defined (else Word shows no numbering)."""
        return num_id in self._nums and bool(self._nums[num_id][1] or self._levels(self._abstract_of(num_id)))

    def level(self, num_id: str, ilvl: int) -> Level | None:
        """The level definition (``None`` when the document defines none: no numbering shown)."""
        if num_id not in self._nums:
            return None
        own = self._nums[num_id][1]
        if ilvl in own:
            if not isinstance(own[ilvl], Level):
                own[ilvl] = _level(own[ilvl])
            return own[ilvl]
        return self._levels(self._abstract_of(num_id)).get(ilvl)

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

        Legal numbering (``w:isLgl``) shows every number of the level's text in decimal, its own too:

        >>> legal = etree.fromstring(
        ...     '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        ...     '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
        ...     '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/>'
        ...     '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
        ...     '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
        >>> n = Numbering(legal)
        >>> [n.next("1", 0), n.next("1", 1), n.next("1", 1), n.next("1", 0)]
        ['I.', '1.1', '1.2', 'II.']

        ``w:lvlRestart`` (one-based) names the level whose use restarts this one, and no level below that one
        does: a third level restarted by the first only runs on across the second's items.

        >>> restart = etree.fromstring(
        ...     '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        ...     '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        ...     '</w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
        ...     '<w:lvl w:ilvl="2"><w:numFmt w:val="decimal"/><w:lvlRestart w:val="1"/><w:lvlText w:val="%3)"/></w:lvl>'
        ...     '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
        >>> n = Numbering(restart)
        >>> [n.next("1", 0), n.next("1", 2), n.next("1", 1), n.next("1", 2), n.next("1", 0), n.next("1", 2)]
        ['1.', '1)', '1.1.', '2)', '2.', '1)']
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
            return format_number(value, "decimal" if level.legal else rule.fmt)

        label = re.sub(r"%([1-9])", shown, level.text[:_MAX_LABEL]).strip()[:_MAX_LABEL]  # a label, not a flood
        return label if any(c.isalnum() for c in label) else None


    def fallback(self, style_name: str, ilvl: int) -> str:
        """The label of a "List Number" paragraph whose style has no numbering: "1.", "2.", ..."""
        counts = self._counts.setdefault("style:" + style_name, [None] * 10)
        counts[ilvl] = 1 if counts[ilvl] is None else counts[ilvl] + 1
        counts[ilvl + 1:] = [None] * (9 - ilvl)
        return f"{counts[ilvl]}."


_MAX_LETTERS = 10  # "jjjjjjjjjj" (260) at most; a larger count is written as a number
_MAX_LABEL = 64  # characters of a list label (Word's own dialog takes far fewer)
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def format_number(value: int, fmt: str) -> str:
    """A counter in a Word number format (unknown formats fall back to decimal).

    >>> [format_number(4, f) for f in ("decimal", "decimalZero", "lowerLetter", "upperRoman", "ordinal")]
    ['4', '04', 'd', 'IV', '4th']
    >>> format_number(28, "lowerLetter")
    'bb'
    >>> format_number(520_000_000, "lowerLetter")  # a letter repeated 20 million times: a number instead
    '520000000'
    """
    if fmt in {"lowerLetter", "upperLetter"} and 0 < value <= 26 * _MAX_LETTERS:
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
