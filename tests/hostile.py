"""A hostile-input corpus, generated (never committed): small files that once took quadratic time or
unbounded memory, at any size.

Each maker takes a size ``n`` and returns ``(file name, bytes)``; :data:`GROWING` are the cases whose
time must grow linearly with ``n`` (``bench/hostile.py`` measures them, ``tests/test_hostile.py`` asserts
the ratio). ``python -m tests.hostile FOLDER N`` writes every case at size ``N`` into ``FOLDER``.

    >>> name, data = repeated_line(3)
    >>> name, data.count(b"UN Women")
    ('repeated-line.md', 3)
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

_LINE = "Participants: UNDP, UN Women and the Ministry of Health met the team.\n"

_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
          '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
          'document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(paragraphs, padding: int = 0) -> bytes:
    """A minimal DOCX holding ``paragraphs`` (plain text), its XML padded with ``padding`` spaces."""
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>" for p in paragraphs)
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>{body}'
           f'{" " * padding}</w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", _TYPES), ("_rels/.rels", _RELS), ("word/document.xml", xml)):
            info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    return out.getvalue()


def repeated_line(n: int) -> tuple[str, bytes]:
    """One participants line repeated ``n`` times under one heading (quotes tell each occurrence apart)."""
    return "repeated-line.md", ("# Meeting with UNDP\n" + _LINE * n).encode()


def one_line_portal(n: int) -> tuple[str, bytes]:
    """A portal record on one line: ``n`` bullets naming the same organisations."""
    items = " • UNDP, UN Women and the Ministry of Health" * n
    return "one-line-portal.txt", f"Meeting with civil society Participants:{items} Discussion: funding.".encode()


def lower_case_paragraphs(n: int) -> tuple[str, bytes]:
    """A DOCX of ``n`` paragraphs that each start in lower case, so each carries on the one before."""
    return "lower-case.docx", docx(["Meeting with UN Women", "Participants: UNDP, UN Women.",
                                             "They discussed childcare and the ministry"]
                                            + [f"and the plan number {i} for women" for i in range(n)])


def many_organisations(n: int) -> tuple[str, bytes]:
    """A participants list of ``n`` distinct organisations."""
    rows = "".join(f"- Association of Women Farmers {i:06d} (AWF{i})\n" for i in range(n))
    return "many-organisations.md", f"# Meeting with civil society\n\nParticipants:\n\n{rows}".encode()


def many_meetings(n: int) -> tuple[str, bytes]:
    """``n`` meetings, each with its participants and a sentence of discussion."""
    parts = "".join(f"## Meeting {i} with the Women's Network {i}\n\nParticipants: UN Women, Oxfam {i}\n\n"
                    f"They discussed access to finance and childcare.\n\n" for i in range(1, n + 1))
    return "many-meetings.md", ("# Mission summary\n\n" + parts).encode()


def docx_bomb(unpacked: int) -> tuple[str, bytes]:
    """A small DOCX whose XML unpacks to about ``unpacked`` bytes (spaces compress about 1000 to 1)."""
    return "bomb.docx", docx(["Participants: UNDP"], padding=unpacked)


def _rezip(data: bytes, change) -> bytes:
    """``data`` (a zip) with ``change(name, bytes) -> (name, bytes)`` applied to each part."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            new_name, new_data = change(name, src.read(name))
            info = zipfile.ZipInfo(new_name, (2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, new_data)
    return out.getvalue()


def docx_bomb_not_named_xml(unpacked: int) -> tuple[str, bytes]:
    """A bomb whose main part is ``word/document.bin``: the directory's sum of .xml parts misses it."""
    def change(name, data):
        if name == "word/document.xml":
            return "word/document.bin", data
        return name, data.replace(b"word/document.xml", b"word/document.bin")
    return "bomb-bin.docx", _rezip(docx_bomb(unpacked)[1], change)


def docx_lying_directory(unpacked: int) -> tuple[str, bytes]:
    """A bomb whose zip directory (and local header) declares its main part 2,000 bytes long."""
    import struct

    data = bytearray(docx_bomb(unpacked)[1])
    for sig, size_at, name_len_at, header in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        i = data.find(sig)
        while i >= 0:
            n = struct.unpack_from("<H", data, i + name_len_at)[0]
            if bytes(data[i + header:i + header + n]) == b"word/document.xml":
                struct.pack_into("<I", data, i + size_at, 2000)
            i = data.find(sig, i + 4)
    return "liar.docx", bytes(data)


def numbering_flood(start: int = 520_000_000) -> tuple[str, bytes]:
    """1.5 KB: a list level that starts at ``start`` in letters, its label text repeating the number."""
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{_W}"><w:abstractNum w:abstractNumId="0">'
                 f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="lowerLetter"/>'
                 f'<w:lvlText w:val="{"%1" * 40}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId '
                 'w:val="0"/></w:num></w:numbering>')
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>UNDP</w:t></w:r></w:p>'

    def change(name, data):
        if name == "word/document.xml":
            return name, data.replace(b"</w:body>", (item * 3).encode() + b"</w:body>")
        if name == "[Content_Types].xml":
            return name, data.replace(b"</Types>", b'<Override PartName="/word/numbering.xml" ContentType="application/'
                                                   b'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                                                   b"</Types>")
        return name, data

    data = _rezip(docx(["Meeting with UN Women", "Participants:"]), change)
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/numbering" Target="numbering.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), src.read(name))
        z.writestr(zipfile.ZipInfo("word/_rels/document.xml.rels", (2024, 1, 1, 0, 0, 0)), rels)
        z.writestr(zipfile.ZipInfo("word/numbering.xml", (2024, 1, 1, 0, 0, 0)), numbering)
    return "numbering.docx", out.getvalue()


GROWING = (repeated_line, one_line_portal, lower_case_paragraphs, many_organisations, many_meetings)


def write_all(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for make in GROWING:
        name, data = make(n)
        (folder / name).write_bytes(data)
        out.append(folder / name)
    return out


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]), int(sys.argv[2])):
        print(path, path.stat().st_size)
