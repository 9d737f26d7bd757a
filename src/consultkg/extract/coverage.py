"""How much of a record was read: the coverage summary that ``report.json`` gives per record.

A content block (a paragraph, list item or table after the title block; headings are not
content) *gave a fact* when some fact of the record cites it as evidence: an organisation,
person, meeting, theme mention, key message, initiative, stance sentence or follow-up. The
summary says which sections were read as what, the share of content blocks that gave a fact,
and every block that looked as if it should have yielded entities or themes and did not (those
go to the record's ``not_read`` too)::

    >>> from consultkg.model import Block, Consultation, Evidence, Meeting, Record
    >>> blocks = [Block("Notes", 1, kind="heading", level=1), Block("UN Women", 2, kind="item", level=1),
    ...           Block("Red Cross", 3, kind="item", level=1)]
    >>> rec = Record("x.md", "x.md", "", "markdown", "Notes", "en", "MissionSummary", Consultation("c"),
    ...              meetings=[Meeting(1, "Notes", evidence=Evidence(2, "UN Women"))])
    >>> cov = coverage(blocks, rec, lambda t: [])
    >>> cov["content_blocks"], cov["read_blocks"], cov["share"]
    (2, 1, 0.5)
"""
from __future__ import annotations

from ..model import ITEM, TABLE, Block, Evidence, NotRead, Record
from .common import Mapper
from .names import fold
from .outline import heading_kind
from .roles import ENTRIES, OTHER, TOPIC, Layout, block_roles, read_layout, roles, section_cue

#: A record of which less than this share of content blocks gave a fact is named in the build summary.
LOW = 0.5


def _evidence(record: Record) -> list[Evidence]:
    """Every evidence the record's facts cite."""
    holders = [record.consultation, *record.organisations, *record.people, *record.key_messages,
               *record.initiatives, *record.meetings, *(x for m in record.meetings for x in m.mentions)]
    return [h.evidence for h in holders if getattr(h, "evidence", None) is not None]


def _cites(block: Block, ev: Evidence) -> bool:
    if block.kind == TABLE:
        return ev.line == block.lineno or ev.line in block.row_lines
    if ev.line != block.lineno:
        return False
    if block.char is None or ev.char is None:
        return not ev.exact or ev.exact in block.text or block.text in ev.exact
    return block.char <= ev.char < (block.char_end or ev.char + 1)


def coverage(blocks: list[Block], record: Record, mapper: Mapper, layout: Layout | None = None) -> dict:
    """The coverage summary of ``record`` read from ``blocks`` (see the module's doc); adds what was
    not read to ``record.not_read``."""
    found = _evidence(record)
    said = [t for m in record.meetings for t in (m.stance_text, *m.follow_ups) if t]
    layout = layout or read_layout(blocks, mapper)
    start = layout.title
    content = [b for b in blocks[start:] if b.kind == TABLE or heading_kind(b) is None]
    # an organisation named again in a later meeting keeps the evidence of its first line: its name read there counts
    names = [n for n in (fold(o.label) for o in record.organisations) if n] + [fold(p.name) for p in record.people]
    by_line: dict[int, list[Evidence]] = {}
    for ev in found:
        by_line.setdefault(ev.line, []).append(ev)

    def gave_a_fact(b: Block) -> bool:
        lines = (b.lineno, *b.row_lines) if b.kind == TABLE else (b.lineno,)
        if any(_cites(b, ev) for ln in lines for ev in by_line.get(ln, ())) or any(t in b.text for t in said):
            return True
        text = fold(b.text) if b.kind != TABLE else ""
        return bool(text) and any(n in text for n in names)

    read = [b for b in content if gave_a_fact(b)]
    taken = {id(b) for b in read}
    reported = {n.line for n in record.not_read}  # what extraction already said of a line stands
    governed = layout.root.all_blocks()  # the blocks after the title, headings too: their roles are read already
    known = dict(zip(map(id, governed), roles(layout.root, mapper))) if len(governed) == len(blocks) - start else {}
    content_roles = [known[id(b)] for b in content] if all(id(b) in known for b in content) \
        else block_roles(content, mapper)
    for block, role in zip(content, content_roles):
        if id(block) in taken or (block.char is None and block.lineno in reported):
            continue
        why = {ENTRIES: "names organisations or people, but no meeting was read around it",
               TOPIC: "names a theme, but no meeting or key message was read around it",
               OTHER: "a list item read as neither a name nor a statement" if block.kind == ITEM else None}.get(role)
        if why:
            record.not_read.append(NotRead(block.lineno, block.text[:300] or "(a table)", why, block.page))
    root = layout.root
    meetings = {id(s) for s in layout.meetings} if record.document_type == "MissionSummary" else set()
    sections = []
    for sec in root.walk():
        if sec.heading is None:
            continue
        own = [b for b in sec.blocks if b.kind == TABLE or heading_kind(b) is None]
        role = ("meeting" if id(sec) in meetings else section_cue(sec) or
                ("read" if any(id(b) in taken for b in own) else "not read" if own else "heading"))
        sections.append({"line": sec.heading.lineno, "heading": sec.title[:120], "read_as": role})
    share = round(len(read) / len(content), 3) if content else 1.0
    return {"content_blocks": len(content), "read_blocks": len(read), "share": share, "sections": sections}
