"""Turn physical lines (as a reader found them) into logical :class:`Block` objects.

Every reader produces ``(text, lineno, page)`` triples and hands them to
:func:`segment`, which cleans Markdown (emphasis, links, escapes, headings,
entities), recognises bullets and numbered items, drops portal banners,
re-joins paragraphs that a converter broke or wrapped, and splits records that
a document portal published as one very long line::

    >>> [l.text for l in segment([("- **Strong** support for", 1, None),
    ...                            ("(most) objectives.", 3, None)])]
    ['Strong support for (most) objectives.']
    >>> segment([("## Meeting with [Partners](#)", 1, None)])[0].heading
    2
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from ..text import INVISIBLE, cased, fold, is_capitals, run_in_label
from ..lexicon import BANNERS, COPY_HEADER, FUNCTION_WORDS, HONORIFICS, MEETING_HEADING, PARTICIPANTS, SECTION_PATTERNS
from .portal import _INLINE_BULLET, DAY_DATE, LONG_LINE, _split_spans, split_long_line
from ..model import HEADING, Block, item
from .inline import _FOOTNOTE_TEXT, _SPACES, clean_inline
from .pipe_tables import find_tables
from .hyphen import rejoin

PhysicalLine = tuple[str, int, "int | None"]

WRAP_RATIO = 0.6  # a line this full (relative to the widest line) was wrapped
MIN_WRAP_WIDTH = 40

# ---------------------------------------------------------------- line markers
_HEADING = re.compile(r"#{1,6}(?=\s)\s*(.*?)(?:\s+#+)?\s*$")
_HASHTAGS = re.compile(r"#[^\W\d_][\w-]*(?:\s+#[^\W\d_][\w-]*)*")
_GLYPH = re.compile(r"([-*\u2013])\s+(?=\S)|([\u2022\u25cf\u25aa\u25e6\u25a0\uf0b7\uf0a7])\s*(?=\S)")
_SUB_GLYPHS = "\u25aa\u25e6\uf0a7"  # ▪ ◦ and Wingdings' square: second level
_O_BULLET = re.compile(r"o\s+(?=[^\W_])")
_NUMBER = re.compile(cased(r"(\d{1,2}[.)]|\(\d{1,2}\)|[\p{Ll}]\)|\([\p{Ll}]\))\s+(?=\S)"))
_RULE = re.compile(r"(?:([-*_])\s*)(?:\1\s*){2,}|=+")
_CLOSED = re.compile(r"[.!?:\u2026][\"'\u201d\u2019)\]*_]*$")  # ends a logical line
_SENTENCE_FINAL = re.compile(r"\w[.!?:\u2026][\"'\u201d\u2019)\]]*$")
_SECTION_START = re.compile(r"(?:%s)\s*(?::|$)\s*" % "|".join(SECTION_PATTERNS.values()), re.I)
_ADDRESS_START = re.compile(r"^[^\W\d_]{1,4}\.\s+\d*\s*[^\W\d_]", re.UNICODE)  # "str. Sfatul Țării 17", "av. 5 de Outubro"
_DANGLING = re.compile(r"(?:^|\s)(?:\d{1,2}[.)]|[-\u2022\u25cf\u25aa\u25e6o])$")  # a marker awaiting its text


@dataclass
class _Piece:
    """One physical line (or fragment of a long one), its marker parsed off."""

    raw: str
    lineno: int
    page: int | None
    indent: int
    width: int
    blank_before: bool
    bullet: int | str | None = None
    glyph_level: int = 1
    heading: int | None = None
    kind: str = "text"  # text|heading|hashtag|section|label|meeting|participants|bullet|o|rule
    preview: str = ""


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _parse(text: str, lineno: int, page: int | None, blank_before: bool, width: int = 0, split: bool = False) -> _Piece:
    body = text.lstrip()
    indent = len(text) - len(body)
    piece = _Piece(body, lineno, page, indent, width or len(_SPACES.sub(" ", body)), blank_before)
    if m := _HEADING.match(body):
        piece.raw, piece.heading, piece.kind = m.group(1), len(body) - len(body.lstrip("#")), "heading"
    elif m := _GLYPH.match(body):
        piece.raw, piece.bullet, piece.kind = body[m.end():], 1, "bullet"
        piece.glyph_level = 2 if m.group(2) and m.group(2) in _SUB_GLYPHS else 1
    elif m := _NUMBER.match(body):
        piece.raw, piece.bullet, piece.kind = body[m.end():], m.group(1), "bullet"
    elif m := _O_BULLET.match(body):
        if body[m.end()].isupper() or body[m.end()].isdigit() or split:  # ``split``: cut there out of one long
            # line by what the portal reader saw ("Temas: o financiamiento ... o estadísticas ...")
            piece.raw, piece.bullet, piece.kind, piece.glyph_level = body[m.end():], 2, "o", 2
    piece.preview = clean_inline(piece.raw).text
    if piece.kind == "text":
        piece.kind = _text_kind(piece.preview)
    return piece


def _text_kind(preview: str) -> str:
    if _HASHTAGS.fullmatch(preview):
        return "hashtag"
    if not _capitalised(preview):
        return "text"
    if m := _SECTION_START.match(preview):
        return "section" if m.end() == len(preview) else "label"  # "Comments from: A, B" goes on
    if PARTICIPANTS.match(preview):
        return "participants"
    if MEETING_HEADING.match(preview):
        return "meeting"
    return "text"


# ---------------------------------------------------------------- joining
@dataclass
class _Logical:
    first: _Piece
    parts: list[str]  # raw Markdown of the pieces and the glue between them
    last: _Piece
    level: int | str | None = None
    starts: list[tuple[int, _Piece]] = field(default_factory=list)  # offset of each joined piece

    def join(self, glue: str, piece: _Piece) -> None:
        self.starts.append((sum(map(len, self.parts)) + len(glue), piece))
        self.parts += [glue, piece.raw]
        self.last = piece


#: A line that ends on a day ("Assemblée nationale — mardi 21 novembre", "14 de Novembro de 2023"): a heading
#: or a date line, which the next line does not carry on.
DATED_END = re.compile(r"(?:^|[\u2013\u2014])\s*%s\s*$" % DAY_DATE)
#: A line that opens with a day and a dash ("Mardi 14 novembre — Ministère des Finances"): the heading of what
#: follows, never the rest of the line before.
DATED_START = re.compile(r"^\s*%s\s*[\u2013\u2014]\s" % DAY_DATE)
#: A line that opens with a day and says where, with no stop ("Mardi 21 novembre, Direction générale de la
#: Planification"): a date line, which a capitalised line after it does not carry on.
DAY_LINE = re.compile(r"^\s*%s\s*[,\u00b7|\u2013\u2014][^.!?;:]*$" % DAY_DATE)
_LABEL_WORDS = 6  # a label line ("Who attended:", "Délégation du ministère :") is short


def heading_break(line: str, after: str) -> bool:
    """``after`` starts a line of its own below ``line``, whatever their widths, when ``line`` does not stop on a
    comma or a small word: a label line ("Délégation du ministère :"), a change between capitals and lower case
    (a heading in capitals and the line under it), or what follows a day's heading line ("Mardi 21 novembre,
    Direction générale de la Planification" / "Les échanges ...").

    >>> heading_break("MINISTÈRE DE L'ÉCONOMIE, DU PLAN", "Mardi 21 novembre, Direction générale")
    True
    >>> heading_break("Les échanges ont porté sur la budgétisation", "sensible au genre.")
    False
    """
    if line.rstrip().endswith(",") or _mid_phrase(line):
        return False
    if after[:1].isupper() and after.rstrip().endswith(":") and len(after.split()) <= _LABEL_WORDS:
        return True
    return is_capitals(line) != is_capitals(after) or bool(DAY_LINE.match(line)) and after[:1].isupper()


_HONORIFICS = frozenset(HONORIFICS)


def name_line(text: str, before: str) -> bool:
    """``text`` is a person's name on a line of its own ("Prof. Amina Said Abdalla": an honorific and five
    words at most) after a line ``before`` that does not stop mid-phrase: never that line's continuation."""
    words = text.split()
    return bool(words) and words[0] in _HONORIFICS and len(words) <= 6 and not before.rstrip()[-1:].islower()


def _mid_phrase(line: str) -> bool:
    """``line`` stops on a function word ("... a trabalhar com"): the sentence goes on on the next line."""
    words = line.split()
    return bool(words) and words[-1][:1].islower() and fold(words[-1]) in FUNCTION_WORDS


def _continues(prev: _Logical | None, piece: _Piece, width: int, paragraphs: bool) -> bool:
    """Whether ``piece`` carries on the logical line ``prev`` (a broken or wrapped line).

    With ``paragraphs`` (blank lines are known to mark every paragraph break), a
    full-width line that ends a sentence is continued by the next adjacent line.
    """
    if prev is None or piece.kind != "text" or prev.first.kind in {"heading", "hashtag", "section"}:
        return False
    adjacent = not piece.blank_before and prev.last.lineno != piece.lineno
    full = bool(width) and prev.last.width >= WRAP_RATIO * width
    if DATED_END.search(prev.last.preview) and piece.preview[:1].isupper() or DATED_START.match(piece.preview) \
            or name_line(piece.preview, prev.last.preview) or COPY_HEADER.match(piece.preview):
        return False  # ... "cc:": who the text was copied to starts a line of its own
    if heading_break(prev.last.preview, piece.preview) and (prev.first is prev.last or not DAY_LINE.match(
            prev.last.preview)):
        return False
    if piece.preview[:1].islower() and _ADDRESS_START.match(piece.preview) and not _mid_phrase(prev.last.preview) \
            and piece.preview.split(".", 1)[1].strip()[:1].isupper() and not full:
        return False  # "Coordinator, Gender Equality Platform" / "str. Sfatul Țării 17, Chișinău": an address line
    if _mid_phrase(prev.last.preview) and piece.preview[:1].isalpha():
        return True  # "... a trabalhar com" / "Instituto Nacional de Estatística.": a sentence cut by a page break
    if (close := _open_bracket(prev)) and (close in piece.preview or prev.last.preview.rstrip()[-1:] in ":;,"):
        return True  # "Women in Alternative Action (WAA" / "Cameroon)", "[...; membres présents :" / "Fonds ...":
        # a bracket open across the break
    if piece.preview[:1].isupper() and run_in_label(piece.preview, 3) and not _DANGLING.search(prev.last.preview):
        return False  # "Portugal: Camões – Instituto ..." under "Governo de Timor-Leste: SEI — ...": an entry of its own
    if _CLOSED.search(prev.last.preview) and not _DANGLING.search(prev.last.preview):
        return paragraphs and adjacent and full and bool(_SENTENCE_FINAL.search(prev.last.preview))
    first = piece.preview[:1]
    return first == "(" or first.islower() or (adjacent and full)


def _open_bracket(logical: _Logical) -> str | None:
    """The closing bracket that the logical line so far awaits: the last of its round or square brackets left
    open (a participant list in brackets that a page break cuts, "[présidence : ... ; membres présents :")."""
    depth = {"(": 0, "[": 0}
    last = None
    for text in logical.parts:
        for ch in text:
            if ch in "([":
                depth[ch] += 1
                last = ch
            elif ch in ")]":
                opener = "(" if ch == ")" else "["
                depth[opener] = max(0, depth[opener] - 1)
    if last and depth[last]:
        return ")" if last == "(" else "]"
    return next((")" if k == "(" else "]" for k, v in depth.items() if v), None)


def wrap_width(lines: list[PhysicalLine]) -> int:
    """The widest physical line that may have been wrapped (0 when none is wide enough)."""
    widths = (len(_SPACES.sub(" ", str(text)).strip()) for text, *_ in lines)
    width = max((w for w in widths if 0 < w <= LONG_LINE), default=0)
    return width if width >= MIN_WRAP_WIDTH else 0


def _pieces(lines: list[PhysicalLine]):
    """Yield parsed pieces; a blank line marks the next piece ``blank_before``."""
    blank = True
    for text, lineno, page in lines:
        text = unicodedata.normalize("NFC", str(text)).expandtabs(4).translate(INVISIBLE)
        if not text.strip():
            blank = True
            continue
        width = len(_SPACES.sub(" ", text.strip()))  # banners included: they fill the line too
        text = BANNERS.sub(" ", text).rstrip()
        if not text.strip() or _FOOTNOTE_TEXT.match(text):
            continue  # a banner alone is as if the line were not there; footnote text is no content
        if _RULE.fullmatch(text.strip()):
            yield _Piece(text.strip(), lineno, page, 0, 0, blank, kind="rule")
            blank = False
            continue
        fragments = split_long_line(text)
        for i, fragment in enumerate(fragments):
            yield _parse(fragment, lineno, page, blank and i == 0, width if len(fragments) == 1 else 0,
                         split=len(fragments) > 1)
        blank = False


def _level(piece: _Piece, prev: _Logical | None, base: list[int]) -> int | str:
    """Bullet level: sub-bullet glyphs and deeper indents under a bullet give 2;
    a single stray space of indentation does not."""
    in_list = prev is not None and prev.level is not None
    if not in_list:
        base[0] = piece.indent
    if isinstance(piece.bullet, str):
        return piece.bullet
    if in_list and (piece.glyph_level == 2 or piece.indent >= base[0] + 2):
        return 2
    base[0] = min(base[0], piece.indent)
    return 1


def segment(lines: list[PhysicalLine | Block], *, wrapped: bool | None = None, width: int | None = None,
            split: bool = True) -> list[Block]:
    """Blocks of a document from its physical ``(text, lineno, page)`` lines.

    A reader that already knows a block (a table found in a PDF, say) passes it
    as a :class:`Block` among the physical lines: it ends the text before it and
    is kept as it is, in its place.

    >>> table = Block("", 2, kind="table", rows=(("Name", "Role"), ("Ana", "Chair")), header=True)
    >>> [b.kind for b in segment([("Participants:", 1, None), table, ("- UN Women", 3, None)])]
    ['paragraph', 'table', 'item']

    A line that starts in lower case or with ``(`` after an unfinished line is
    joined to it in every case. ``wrapped`` says how far to trust line breaks:
    ``None`` (guess) also joins an adjacent line to an unfinished one that fills
    most of the widest line's width; ``True`` (PDF text whose paragraph gaps are
    marked by blank lines) also joins across a sentence end at a full-width
    line; ``False`` (DOCX, whose paragraphs are whole) never joins by width.

    >>> [(l.text, l.bullet) for l in segment([(" - One", 1, None), ("   o Two", 2, None)])]
    [('One', 1), ('Two', 2)]
    """
    items = list(lines)
    if any(not isinstance(x, Block) and "|" in str(x[0]) for x in items):
        items = [y for x in items for y in ([x] if isinstance(x, Block) else find_tables([x]))]
        items = _merge_table_rows(items)
    physical = [x for x in items if not isinstance(x, Block)]
    width = (wrap_width(physical) if width is None else width) if wrapped is not False else 0
    if len(physical) == len(items):
        return _segment(physical, width, wrapped, split)
    out: list[Block] = []
    run: list[PhysicalLine] = []
    for x in items:
        if isinstance(x, Block):
            out += _segment(run, width, wrapped, split) + [x]
            run = []
        else:
            run.append(x)
    return out + _segment(run, width, wrapped, split)


def _merge_table_rows(items: list) -> list:
    """Run :func:`find_tables` over each stretch of physical lines (rows span lines)."""
    out, run = [], []
    for x in items:
        if isinstance(x, Block):
            out += find_tables(run) + [x]
            run = []
        else:
            run.append(x)
    return out + find_tables(run)


def _segment(lines: list[PhysicalLine], width: int, wrapped: bool | None, split: bool = True) -> list[Block]:
    out: list[_Logical] = []
    base = [0]
    for piece in _pieces(lines):
        if piece.kind == "rule":
            _underline(piece, out)
            continue
        prev = out[-1] if out else None
        under_label = prev is not None and prev.level is None and prev.last.preview.rstrip().endswith(":") \
            and piece.lineno == prev.last.lineno  # "Participaron: o A o B" split out of one long line
        if piece.kind == "o" and under_label:
            piece.bullet, piece.glyph_level = 1, 1
        elif piece.kind == "o" and (prev is None or prev.level is None or _mid_phrase(prev.last.preview)):
            # "... a trabalhar com" / "o Instituto Nacional de Estatística.": an article, no sub-bullet
            piece.raw, piece.kind, piece.bullet = "o " + piece.raw, "text", None
            piece.preview = "o " + piece.preview
        if _continues(prev, piece, width, wrapped is True):
            left = None if piece.blank_before else rejoin(prev.parts[-1], piece.raw)
            if left is not None:  # a word broken at the line end (hyphen dropped) or a compound (kept)
                prev.parts[-1] = left
            prev.join(" " if left is None else "", piece)
            continue
        level = _level(piece, prev, base) if piece.kind in {"bullet", "o"} else None
        out.append(_Logical(piece, [piece.raw], piece, level, [(0, piece)]))
    if not split:  # the parts of a line split once are never split again (they could rejoin and split forever)
        return [line for logical in out for line in [_to_line(logical)] if line.text]
    spans = [_split_spans("".join(logical.parts), 0) for logical in out]
    # Inline markers inside joined lines mean a one-line record was wrapped: split every line.
    rewrapped = any(len(s) > 1 and len(l.starts) > 1 and _INLINE_BULLET.search("".join(l.parts))
                    for l, s in zip(out, spans))
    return [
        line
        for logical, parts in zip(out, spans)
        for line in _expand(logical, parts if rewrapped or len(logical.starts) > 1 else [])
        if line.text
    ]


def _expand(logical: _Logical, spans: list[tuple[int, int]]) -> list[Block]:
    """The logical line, or its parts when ``spans`` splits it (see :func:`split_long_line`)."""
    if len(spans) < 2:
        return [_to_line(logical)]
    raw = "".join(logical.parts)
    offsets = [offset for offset, _ in logical.starts]
    where = [logical.starts[bisect.bisect_right(offsets, a) - 1][1] for a, _ in spans]
    lines = segment([(raw[a:b], p.lineno, p.page) for (a, b), p in zip(spans, where)], wrapped=False, split=False)
    if lines and spans[0][0] == 0:  # the first part keeps the marker parsed off the whole line
        b = lines[0]
        lines[0] = _block(b.text, b.lineno, b.page, logical.level, logical.first.heading, b.emphasis, b.links)
    return lines


def _underline(piece: _Piece, out: list[_Logical]) -> None:
    prev = out[-1] if out else None
    mark = piece.raw.strip()[:1]
    if prev and not piece.blank_before and prev.first.kind == "text" and mark in "=-":
        prev.first.heading, prev.first.kind = (1 if mark == "=" else 2), "heading"


def _to_line(logical: _Logical) -> Block:
    inline, first = clean_inline("".join(logical.parts)), logical.first
    return _block(inline.text, first.lineno, first.page, logical.level, first.heading,
                  tuple(inline.emphasis), tuple(inline.links))


def _block(text: str, lineno: int, page: int | None, bullet: int | str | None, heading: int | None,
           emphasis: tuple[str, ...] = (), links: tuple[str, ...] = ()) -> Block:
    if heading:
        return Block(text, lineno, page, HEADING, heading, emphasis=emphasis, links=links)
    return item(text, lineno, page, bullet, emphasis=emphasis, links=links)
