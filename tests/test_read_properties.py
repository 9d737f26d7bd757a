"""Property tests: segmenting never fails, and reading any bytes either gives a
SourceText or an InputError — never another exception."""
from __future__ import annotations

import io
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultkg.errors import InputError
from consultkg.model import SourceText
from consultkg.read import read_source
from consultkg.read.segment import segment
from tests.helpers import make_docx, make_pdf

QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOKENS = [
    "-", "*", "•", "●", "▪", "◦", "o", "–", "1.", "2)", "(3)", "a)", "#", "##", "#Tag", "**", "__", "_", "\\",
    "[", "](", ")", "(", "&amp;", "&#x;", "MEETING TAKEAWAYS", "KEY MESSAGES", "Participants:", "Participantes :",
    "Meeting 1 with", "Reunión 2 con", "Suggestions and Insights:", "Public Disclosure Authorized", "---", "===",
    "word", "Word", "end.", "más", "\t", "  ", "\u00a0", "\ufeff", "\u200b", "\ue02a", "x" * 120,
]
token_text = st.lists(st.sampled_from(TOKENS) | st.text(max_size=8), max_size=80).map(" ".join)
line_text = st.one_of(st.text(max_size=400), token_text)
physical = st.lists(
    st.tuples(line_text, st.integers(1, 10_000), st.none() | st.integers(1, 50)), max_size=30
)


@QUICK
@given(physical, st.sampled_from([None, True, False]))
def test_segment_never_raises(lines, wrapped):
    result = segment(lines, wrapped=wrapped)
    numbers = {n for _, n, _ in lines}
    pages = {p for _, _, p in lines}
    for line in result:
        assert line.text and line.text == line.text.strip() and "\n" not in line.text
        assert line.lineno in numbers and line.page in pages
        assert line.bullet is None or line.bullet in (1, 2) or isinstance(line.bullet, str)


def read_bytes(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            result = read_source(path)
        except InputError as error:
            assert error.message
            return None
    assert isinstance(result, SourceText) and result.blocks
    return result


@QUICK
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md"]))
def test_any_bytes_as_text(data, suffix):
    read_bytes(data, suffix)


@QUICK
@given(st.lists(line_text, max_size=20).map("\n".join), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_any_text_in_any_encoding(text, encoding):
    read_bytes(text.encode(encoding, "replace"), ".md")


@lru_cache(maxsize=None)
def valid_file(suffix: str) -> bytes:
    lines = ["# Note", "", "Participants:", "- **Bold** item", "  - nested", "1. numbered", "\f", "Page two."]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"valid{suffix}"
        (make_pdf if suffix == ".pdf" else make_docx)(lines, path)
        return path.read_bytes()


def mutated(base: bytes):
    """A valid file with some bytes overwritten, a slice cut out, or truncated."""
    def apply(edits, cut, keep):
        data = bytearray(base)
        for position, value in edits:
            data[position % len(data)] = value
        start, length = cut
        del data[start % len(data) : start % len(data) + length]
        return bytes(data[: max(1, int(len(data) * keep))])

    return st.builds(
        apply,
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
        st.tuples(st.integers(0, 10**6), st.integers(0, 200)),
        st.sampled_from([1.0, 1.0, 0.9, 0.5, 0.1]),
    )


@SLOW
@given(st.one_of(st.binary(max_size=2000), mutated(valid_file(".pdf"))))
def test_any_bytes_as_pdf(data):
    read_bytes(data, ".pdf")


XML_BITS = [
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>text</w:t>", '<w:br w:type="page"/>', "<w:lastRenderedPageBreak/>",
    '<w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="99"/></w:numPr></w:pPr>', '<w:pStyle w:val="Nope"/>',
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", "<w:hyperlink>",
    '<w:rPr><w:b w:val="maybe"/></w:rPr>', "&", "<", "]]>", "\x00",
]


def docx_with_document_xml(base: bytes):
    """The valid DOCX whose document.xml is damaged: slices dropped, odd elements inserted."""
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    xml = members["word/document.xml"].decode("utf-8")

    def rebuild(cut, inserts):
        text = xml
        start, length = cut
        text = text[: start % len(text)] + text[start % len(text) + length :]
        for position, bit in inserts:
            position %= len(text)
            text = text[:position] + bit + text[position:]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, content in members.items():
                archive.writestr(name, text.encode("utf-8") if name == "word/document.xml" else content)
        return buffer.getvalue()

    return st.builds(
        rebuild,
        st.tuples(st.integers(0, 10**6), st.integers(0, 60)),
        st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(XML_BITS)), max_size=5),
    )


@SLOW
@given(st.one_of(st.binary(max_size=2000), mutated(valid_file(".docx")), docx_with_document_xml(valid_file(".docx"))))
def test_any_bytes_as_docx(data):
    read_bytes(data, ".docx")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_round_trips_as_an_n_triples_literal(text):
    """Document text is escaped when written: parsing the line gives the same string back."""
    from rdflib import Graph, Literal

    from consultkg.rdf.writer import literal

    g = Graph().parse(data=f"<urn:s> <urn:p> {literal(text)} .", format="nt")
    assert list(g.objects()) == [Literal(text)]
